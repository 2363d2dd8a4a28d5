import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirname } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __filename = __perfGateFileURLToPath(import.meta.url);
const __dirname = __perfGateDirname(__filename);
import {
  ReportGenerator
} from "./chunk-6K4RRHRO.js";
import "./chunk-FQTCD4Y2.js";
import "./chunk-NPWTAH35.js";
export {
  ReportGenerator
};
