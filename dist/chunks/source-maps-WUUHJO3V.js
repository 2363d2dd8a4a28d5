import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirname } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __filename = __perfGateFileURLToPath(import.meta.url);
const __dirname = __perfGateDirname(__filename);
import {
  source_maps_default
} from "./chunk-Q4OW4WES.js";
import "./chunk-YICVA74P.js";
import "./chunk-3KFQCHM4.js";
import "./chunk-OJI7KLWC.js";
import "./chunk-QX4LR4A3.js";
import "./chunk-NPWTAH35.js";
export {
  source_maps_default as default
};
