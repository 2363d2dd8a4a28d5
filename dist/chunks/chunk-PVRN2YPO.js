import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/shared/esm-utils.js
import url from "url";
import path from "path";
function getModulePath(importMeta) {
  return url.fileURLToPath(importMeta.url);
}
__name(getModulePath, "getModulePath");
function getModuleDirectory(importMeta) {
  return path.dirname(getModulePath(importMeta));
}
__name(getModuleDirectory, "getModuleDirectory");

export {
  getModulePath,
  getModuleDirectory
};
