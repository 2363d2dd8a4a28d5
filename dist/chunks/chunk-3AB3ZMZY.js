import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  ChromeReleaseChannel
} from "./chunk-S3TIOY2V.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/puppeteer-core/lib/puppeteer/node/LaunchOptions.js
function convertPuppeteerChannelToBrowsersChannel(channel) {
  switch (channel) {
    case "chrome":
      return ChromeReleaseChannel.STABLE;
    case "chrome-dev":
      return ChromeReleaseChannel.DEV;
    case "chrome-beta":
      return ChromeReleaseChannel.BETA;
    case "chrome-canary":
      return ChromeReleaseChannel.CANARY;
  }
}
__name(convertPuppeteerChannelToBrowsersChannel, "convertPuppeteerChannelToBrowsersChannel");

export {
  convertPuppeteerChannelToBrowsersChannel
};
