import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  MODULES_PER_ASSET,
  measureComposition,
  packageOf
} from "./chunk-FFY6NEJV.js";
import "./chunk-RMT35EB4.js";
import "./chunk-MM7ZC2FD.js";
import "./chunk-OMWRFWOT.js";
export {
  MODULES_PER_ASSET,
  measureComposition,
  packageOf
};
