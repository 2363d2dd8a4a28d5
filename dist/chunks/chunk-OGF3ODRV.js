import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  simulation_exports
} from "./chunk-M6BVBSCB.js";
import {
  __export
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/config/constants.js
var constants_exports = {};
__export(constants_exports, {
  defaultSettings: () => defaultSettings,
  nonSimulatedSettingsOverrides: () => nonSimulatedSettingsOverrides,
  screenEmulationMetrics: () => screenEmulationMetrics,
  throttling: () => throttling,
  userAgents: () => userAgents
});
var throttling = simulation_exports.Constants.throttling;
var MOTOGPOWER_EMULATION_METRICS = {
  mobile: true,
  width: 412,
  height: 823,
  // This value has some interesting ramifications for image-size-responsive, see:
  // https://github.com/GoogleChrome/lighthouse/issues/10741#issuecomment-626903508
  deviceScaleFactor: 1.75,
  disabled: false
};
var DESKTOP_EMULATION_METRICS = {
  mobile: false,
  width: 1350,
  height: 940,
  deviceScaleFactor: 1,
  disabled: false
};
var screenEmulationMetrics = {
  mobile: MOTOGPOWER_EMULATION_METRICS,
  desktop: DESKTOP_EMULATION_METRICS
};
var MOTOG4_USERAGENT = "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Mobile Safari/537.36";
var DESKTOP_USERAGENT = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Safari/537.36";
var userAgents = {
  mobile: MOTOG4_USERAGENT,
  desktop: DESKTOP_USERAGENT
};
var defaultSettings = {
  output: "json",
  maxWaitForFcp: 30 * 1e3,
  maxWaitForLoad: 45 * 1e3,
  pauseAfterFcpMs: 1e3,
  pauseAfterLoadMs: 1e3,
  networkQuietThresholdMs: 1e3,
  cpuQuietThresholdMs: 1e3,
  formFactor: "mobile",
  throttling: throttling.mobileSlow4G,
  throttlingMethod: "simulate",
  screenEmulation: screenEmulationMetrics.mobile,
  emulatedUserAgent: userAgents.mobile,
  auditMode: false,
  gatherMode: false,
  clearStorageTypes: ["file_systems", "shader_cache", "service_workers", "cache_storage"],
  disableStorageReset: false,
  debugNavigation: false,
  channel: "node",
  usePassiveGathering: false,
  disableFullPageScreenshot: false,
  skipAboutBlank: false,
  blankPage: "about:blank",
  ignoreStatusCode: false,
  // the following settings have no defaults but we still want ensure that `key in settings`
  // in config will work in a typechecked way
  locale: "en-US",
  // actual default determined by Config using lib/i18n
  blockedUrlPatterns: null,
  additionalTraceCategories: null,
  extraHeaders: null,
  precomputedLanternData: null,
  onlyAudits: null,
  onlyCategories: null,
  skipAudits: null
};
var nonSimulatedSettingsOverrides = {
  pauseAfterFcpMs: 5250,
  pauseAfterLoadMs: 5250,
  networkQuietThresholdMs: 5250,
  cpuQuietThresholdMs: 5250
};

export {
  throttling,
  screenEmulationMetrics,
  userAgents,
  defaultSettings,
  nonSimulatedSettingsOverrides,
  constants_exports
};
