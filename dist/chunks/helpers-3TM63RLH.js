import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirname } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __filename = __perfGateFileURLToPath(import.meta.url);
const __dirname = __perfGateDirname(__filename);
import {
  applyExtends,
  esm_default,
  hideBin,
  lib_default
} from "./chunk-VI4TIXVE.js";
import {
  __name
} from "./chunk-NPWTAH35.js";

// node_modules/@puppeteer/browsers/node_modules/yargs/helpers/helpers.mjs
var applyExtends2 = /* @__PURE__ */ __name((config, cwd, mergeExtends) => {
  return applyExtends(config, cwd, mergeExtends, esm_default);
}, "applyExtends");
export {
  lib_default as Parser,
  applyExtends2 as applyExtends,
  hideBin
};
