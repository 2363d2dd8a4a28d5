import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/puppeteer-core/lib/puppeteer/environment.js
var isNode = !!(typeof process !== "undefined" && process.version);
var environment = {
  value: {
    followSymlinks: true,
    ScreenRecorder: class {
      static {
        __name(this, "ScreenRecorder");
      }
      constructor() {
        throw new Error("ScreenRecorder is not available in this environment");
      }
    },
    readFile: /* @__PURE__ */ __name((() => {
      throw new Error("readFile is not available in this environment");
    }), "readFile"),
    writeFile: /* @__PURE__ */ __name(() => {
      throw new Error("writeFile is not available in this environment");
    }, "writeFile"),
    openFileForWriting: /* @__PURE__ */ __name(() => {
      throw new Error("openFileForWriting is not available in this environment");
    }, "openFileForWriting"),
    createWriteStream: /* @__PURE__ */ __name(() => {
      throw new Error("createWriteStream is not available in this environment");
    }, "createWriteStream"),
    mkdir: /* @__PURE__ */ __name(() => {
      throw new Error("mkdir is not available in this environment");
    }, "mkdir")
  }
};

// node_modules/puppeteer-core/lib/puppeteer/common/Debug.js
var DEBUG_PREFIXES = {
  cdpSend: "puppeteer:protocol:SEND \u25BA",
  cdpReceive: "puppeteer:protocol:RECV \u25C0",
  bidiSend: "puppeteer:webDriverBiDi:SEND \u25BA",
  bidiReceive: "puppeteer:webDriverBiDi:RECV \u25C0",
  error: "puppeteer:error",
  ffmpeg: "puppeteer:ffmpeg"
};
var debug = /* @__PURE__ */ __name((prefix) => {
  if (isNode) {
    const nodeDebug = environment.value.debuglog?.(prefix);
    if (!nodeDebug || !nodeDebug.enabled) {
      return;
    }
    return (...logArgs) => {
      nodeDebug(...logArgs);
    };
  }
  const debugLevel = globalThis.__PUPPETEER_DEBUG;
  if (!debugLevel) {
    return;
  }
  const everythingShouldBeLogged = debugLevel === "*";
  const prefixMatchesDebugLevel = everythingShouldBeLogged || /**
   * If the debug level is `foo*`, that means we match any prefix that
   * starts with `foo`. If the level is `foo`, we match only the prefix
   * `foo`.
   */
  (debugLevel.endsWith("*") ? prefix.startsWith(debugLevel.slice(0, -1)) : prefix === debugLevel);
  if (!prefixMatchesDebugLevel) {
    return;
  }
  return (...logArgs) => {
    console.log(`${prefix}:`, ...logArgs);
  };
}, "debug");

export {
  isNode,
  environment,
  DEBUG_PREFIXES,
  debug
};
