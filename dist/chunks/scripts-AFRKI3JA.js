import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  scripts_default
} from "./chunk-FGI5HY46.js";
import "./chunk-5OCP4ICV.js";
import "./chunk-HQY6G4FK.js";
import "./chunk-OMWRFWOT.js";
export {
  scripts_default as default
};
