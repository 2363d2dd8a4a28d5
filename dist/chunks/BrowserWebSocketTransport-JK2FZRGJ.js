import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirname } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __filename = __perfGateFileURLToPath(import.meta.url);
const __dirname = __perfGateDirname(__filename);
import {
  BrowserWebSocketTransport
} from "./chunk-JUTDSVR4.js";
import "./chunk-257G3RBO.js";
import "./chunk-NPWTAH35.js";
export {
  BrowserWebSocketTransport
};
