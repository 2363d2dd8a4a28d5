import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  ReportGenerator
} from "./chunk-LTKMILJT.js";
import "./chunk-PVRN2YPO.js";
import "./chunk-OMWRFWOT.js";
export {
  ReportGenerator
};
