import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  pageFunctions
} from "./chunk-WVYO5LHX.js";
import {
  defaultSettings
} from "./chunk-OGF3ODRV.js";
import {
  createIcuMessageFn
} from "./chunk-ZXPRQ4W4.js";
import {
  lighthouse_logger_default
} from "./chunk-SUS4HUZI.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/gather/driver/environment.js
var UIStrings = {
  /**
   * @description Warning that the host device where Lighthouse is running appears to have a slower
   * CPU than the expected Lighthouse baseline.
   */
  warningSlowHostCpu: "The tested device appears to have a slower CPU than  Lighthouse expects. This can negatively affect your performance score. Learn more about [calibrating an appropriate CPU slowdown multiplier](https://github.com/GoogleChrome/lighthouse/blob/main/docs/throttling.md#cpu-throttling)."
};
var SLOW_CPU_BENCHMARK_INDEX_THRESHOLD = 1e3;
var str_ = createIcuMessageFn(import.meta.url, UIStrings);
async function getBrowserVersion(session) {
  const status = { msg: "Getting browser version", id: "lh:gather:getVersion" };
  lighthouse_logger_default.time(status, "verbose");
  const version = await session.sendCommand("Browser.getVersion");
  const match = version.product.match(/\/(\d+)/);
  const milestone = match ? parseInt(match[1]) : 0;
  lighthouse_logger_default.timeEnd(status);
  return Object.assign(version, { milestone });
}
__name(getBrowserVersion, "getBrowserVersion");
async function getBenchmarkIndex(executionContext) {
  const status = { msg: "Benchmarking machine", id: "lh:gather:getBenchmarkIndex" };
  lighthouse_logger_default.time(status);
  const indexVal = await executionContext.evaluate(pageFunctions.computeBenchmarkIndex, {
    args: []
  });
  lighthouse_logger_default.timeEnd(status);
  return indexVal;
}
__name(getBenchmarkIndex, "getBenchmarkIndex");
async function getDevicePixelRatio(executionContext) {
  const status = { msg: "Host device pixel ratio", id: "lh:gather:getDevicePixelRatio" };
  lighthouse_logger_default.time(status);
  const indexVal = await executionContext.evaluate(() => devicePixelRatio, {
    args: []
  });
  lighthouse_logger_default.timeEnd(status);
  return indexVal;
}
__name(getDevicePixelRatio, "getDevicePixelRatio");
function getSlowHostCpuWarning(context) {
  const { settings, baseArtifacts } = context;
  const { throttling, throttlingMethod } = settings;
  const defaultThrottling = defaultSettings.throttling;
  if (settings.channel !== "cli") return;
  const isThrottledMethod = throttlingMethod === "simulate" || throttlingMethod === "devtools";
  const isDefaultMultiplier = throttling.cpuSlowdownMultiplier === defaultThrottling.cpuSlowdownMultiplier;
  if (!isThrottledMethod || !isDefaultMultiplier) return;
  if (baseArtifacts.BenchmarkIndex > SLOW_CPU_BENCHMARK_INDEX_THRESHOLD) return;
  return str_(UIStrings.warningSlowHostCpu);
}
__name(getSlowHostCpuWarning, "getSlowHostCpuWarning");
function getEnvironmentWarnings(context) {
  return [
    getSlowHostCpuWarning(context)
  ].filter((s) => !!s);
}
__name(getEnvironmentWarnings, "getEnvironmentWarnings");

// node_modules/lighthouse/core/lib/emulation.js
var NO_THROTTLING_METRICS = {
  latency: 0,
  downloadThroughput: 0,
  uploadThroughput: 0,
  offline: false
};
var NO_CPU_THROTTLE_METRICS = {
  rate: 1
};
function parseUseragentIntoMetadata(fullVersion, formFactor) {
  const [version] = fullVersion.split(".", 1);
  const brands = [
    { brand: "Chromium", version },
    { brand: "Google Chrome", version }
  ];
  const motoGPowerDetails = {
    platform: "Android",
    platformVersion: "11.0",
    architecture: "",
    model: "moto g power (2022)"
  };
  const macDesktopDetails = {
    platform: "macOS",
    platformVersion: "10.15.7",
    architecture: "x86",
    model: ""
  };
  const mobile = formFactor === "mobile";
  return {
    brands,
    fullVersion,
    // Since config users can supply a custom useragent, they likely are emulating something
    // other than Moto G Power and MacOS Desktop.
    // TODO: Determine how to thoughtfully expose this metadata/client-hints configurability.
    ...mobile ? motoGPowerDetails : macDesktopDetails,
    mobile
  };
}
__name(parseUseragentIntoMetadata, "parseUseragentIntoMetadata");
async function matchHostUAVersion(session, userAgent) {
  const { milestone } = await getBrowserVersion(session);
  const tweakedUA = userAgent.replace(/(Chrome\/)[\d.]+/, `$1${milestone}.0.0.0`);
  const fullVersion = `${milestone}.0.0.0`;
  return { tweakedUA, fullVersion };
}
__name(matchHostUAVersion, "matchHostUAVersion");
async function emulate(session, settings) {
  if (settings.emulatedUserAgent !== false) {
    const userAgent = (
      /** @type {string} */
      settings.emulatedUserAgent
    );
    const { tweakedUA, fullVersion } = await matchHostUAVersion(session, userAgent);
    await session.sendCommand("Network.setUserAgentOverride", {
      userAgent: tweakedUA,
      userAgentMetadata: parseUseragentIntoMetadata(fullVersion, settings.formFactor)
    });
  }
  if (settings.screenEmulation.disabled !== true) {
    const { width, height, deviceScaleFactor, mobile } = settings.screenEmulation;
    const params = { width, height, deviceScaleFactor, mobile };
    await session.sendCommand("Emulation.setDeviceMetricsOverride", params);
    await session.sendCommand("Emulation.setTouchEmulationEnabled", {
      enabled: params.mobile
    });
  }
}
__name(emulate, "emulate");
async function throttle(session, settings) {
  if (settings.throttlingMethod !== "devtools") return clearNetworkThrottling(session);
  await Promise.all([
    enableNetworkThrottling(session, settings.throttling),
    enableCPUThrottling(session, settings.throttling)
  ]);
}
__name(throttle, "throttle");
async function clearThrottling(session) {
  await Promise.all([clearNetworkThrottling(session), clearCPUThrottling(session)]);
}
__name(clearThrottling, "clearThrottling");
function enableNetworkThrottling(session, throttlingSettings) {
  const conditions = {
    offline: false,
    latency: throttlingSettings.requestLatencyMs || 0,
    downloadThroughput: throttlingSettings.downloadThroughputKbps || 0,
    uploadThroughput: throttlingSettings.uploadThroughputKbps || 0
  };
  conditions.downloadThroughput = Math.floor(conditions.downloadThroughput * 1024 / 8);
  conditions.uploadThroughput = Math.floor(conditions.uploadThroughput * 1024 / 8);
  return session.sendCommand("Network.emulateNetworkConditions", conditions);
}
__name(enableNetworkThrottling, "enableNetworkThrottling");
function clearNetworkThrottling(session) {
  return session.sendCommandAndIgnore("Network.emulateNetworkConditions", NO_THROTTLING_METRICS);
}
__name(clearNetworkThrottling, "clearNetworkThrottling");
function enableCPUThrottling(session, throttlingSettings) {
  const rate = throttlingSettings.cpuSlowdownMultiplier;
  return session.sendCommand("Emulation.setCPUThrottlingRate", { rate });
}
__name(enableCPUThrottling, "enableCPUThrottling");
function clearCPUThrottling(session) {
  return session.sendCommandAndIgnore("Emulation.setCPUThrottlingRate", NO_CPU_THROTTLE_METRICS);
}
__name(clearCPUThrottling, "clearCPUThrottling");

export {
  getBrowserVersion,
  getBenchmarkIndex,
  getDevicePixelRatio,
  getEnvironmentWarnings,
  emulate,
  throttle,
  clearThrottling
};
