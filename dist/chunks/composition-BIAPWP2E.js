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
} from "./chunk-OPCQLOUK.js";
import "./chunk-MPZUTK3E.js";
import "./chunk-OMWRFWOT.js";
export {
  MODULES_PER_ASSET,
  measureComposition,
  packageOf
};
