import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  applyExtends,
  esm_default,
  hideBin,
  lib_default
} from "./chunk-FZMQMN5G.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/@puppeteer/browsers/node_modules/yargs/helpers/helpers.mjs
var applyExtends2 = /* @__PURE__ */ __name((config, cwd, mergeExtends) => {
  return applyExtends(config, cwd, mergeExtends, esm_default);
}, "applyExtends");
export {
  lib_default as Parser,
  applyExtends2 as applyExtends,
  hideBin
};
