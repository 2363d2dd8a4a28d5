import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  DEFAULT_KEEP_ALIVE_INTERVAL_MS,
  DEFAULT_MAX_PAYLOAD_BYTES,
  NodeWebSocketTransport
} from "./chunk-EBXXONNL.js";
import "./chunk-HDUY2NWZ.js";
import "./chunk-V7UEI4FO.js";
import "./chunk-OMWRFWOT.js";
export {
  DEFAULT_KEEP_ALIVE_INTERVAL_MS,
  DEFAULT_MAX_PAYLOAD_BYTES,
  NodeWebSocketTransport
};
