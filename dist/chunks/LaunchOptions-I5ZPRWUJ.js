import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  convertPuppeteerChannelToBrowsersChannel
} from "./chunk-3AB3ZMZY.js";
import "./chunk-S3TIOY2V.js";
import "./chunk-OMWRFWOT.js";
export {
  convertPuppeteerChannelToBrowsersChannel
};
