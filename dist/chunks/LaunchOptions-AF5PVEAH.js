import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirname } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __filename = __perfGateFileURLToPath(import.meta.url);
const __dirname = __perfGateDirname(__filename);
import {
  convertPuppeteerChannelToBrowsersChannel
} from "./chunk-DIQELY4M.js";
import "./chunk-WYIPQLSI.js";
import "./chunk-NPWTAH35.js";
export {
  convertPuppeteerChannelToBrowsersChannel
};
