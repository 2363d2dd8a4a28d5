import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirname } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __filename = __perfGateFileURLToPath(import.meta.url);
const __dirname = __perfGateDirname(__filename);
import {
  DEFAULT_KEEP_ALIVE_INTERVAL_MS,
  DEFAULT_MAX_PAYLOAD_BYTES,
  NodeWebSocketTransport
} from "./chunk-E4HB5EUA.js";
import "./chunk-TMS6W2DJ.js";
import "./chunk-257G3RBO.js";
import "./chunk-NPWTAH35.js";
export {
  DEFAULT_KEEP_ALIVE_INTERVAL_MS,
  DEFAULT_MAX_PAYLOAD_BYTES,
  NodeWebSocketTransport
};
