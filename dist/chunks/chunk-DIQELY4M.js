import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirname } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __filename = __perfGateFileURLToPath(import.meta.url);
const __dirname = __perfGateDirname(__filename);
import {
  ChromeReleaseChannel
} from "./chunk-WYIPQLSI.js";
import {
  __name
} from "./chunk-NPWTAH35.js";

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
