import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  Browser,
  BrowserPlatform,
  BrowserTag,
  CDP_WEBSOCKET_ENDPOINT_REGEX,
  CLI,
  Cache,
  ChromeReleaseChannel,
  DefaultProvider,
  InstalledBrowser,
  Process,
  TimeoutError,
  WEBDRIVER_BIDI_WEBSOCKET_ENDPOINT_REGEX,
  buildArchiveFilename,
  canDownload,
  computeExecutablePath,
  computeSystemExecutablePath,
  createProfile,
  detectBrowserPlatform,
  getDownloadUrl,
  getInstalledBrowsers,
  getVersionComparator,
  install,
  launch,
  resolveBuildId,
  resolveDefaultUserDataDir,
  uninstall
} from "./chunk-S3TIOY2V.js";
import "./chunk-OMWRFWOT.js";
export {
  Browser,
  BrowserPlatform,
  BrowserTag,
  CDP_WEBSOCKET_ENDPOINT_REGEX,
  CLI,
  Cache,
  ChromeReleaseChannel,
  DefaultProvider,
  InstalledBrowser,
  Process,
  TimeoutError,
  WEBDRIVER_BIDI_WEBSOCKET_ENDPOINT_REGEX,
  buildArchiveFilename,
  canDownload,
  computeExecutablePath,
  computeSystemExecutablePath,
  createProfile,
  detectBrowserPlatform,
  getDownloadUrl,
  getInstalledBrowsers,
  getVersionComparator,
  install,
  launch,
  resolveBuildId,
  resolveDefaultUserDataDir,
  uninstall
};
