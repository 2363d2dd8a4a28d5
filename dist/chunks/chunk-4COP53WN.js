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
  LighthouseError
} from "./chunk-5RDVE6B4.js";
import {
  lighthouse_logger_default
} from "./chunk-SUS4HUZI.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/gather/driver/execution-context.js
var ExecutionContext = class _ExecutionContext {
  static {
    __name(this, "ExecutionContext");
  }
  /** @param {LH.Gatherer.ProtocolSession} session */
  constructor(session) {
    this._session = session;
    this._executionContextId = void 0;
    this._executionContextIdentifiersCreated = 0;
    session.on("Page.frameNavigated", () => this.clearContextId());
    session.on("Runtime.executionContextDestroyed", (event) => {
      if (event.executionContextId === this._executionContextId) {
        this.clearContextId();
      }
    });
  }
  /**
   * Returns the isolated context ID currently in use.
   */
  getContextId() {
    return this._executionContextId;
  }
  /**
   * Clears the remembered context ID. Use this method when we have knowledge that the runtime context
   * we were using has been destroyed by the browser and is no longer available.
   */
  clearContextId() {
    this._executionContextId = void 0;
  }
  /**
   * Returns the cached isolated execution context ID or creates a new execution context for the main
   * frame. The cached execution context is cleared on every gotoURL invocation, so a new one will
   * always be created on the first call on a new page.
   * @return {Promise<number>}
   */
  async _getOrCreateIsolatedContextId() {
    if (typeof this._executionContextId === "number") return this._executionContextId;
    await this._session.sendCommand("Page.enable");
    await this._session.sendCommand("Runtime.enable");
    const frameTreeResponse = await this._session.sendCommand("Page.getFrameTree");
    const mainFrameId = frameTreeResponse.frameTree.frame.id;
    const isolatedWorldResponse = await this._session.sendCommand("Page.createIsolatedWorld", {
      frameId: mainFrameId,
      worldName: "lighthouse_isolated_context"
    });
    this._executionContextId = isolatedWorldResponse.executionContextId;
    this._executionContextIdentifiersCreated++;
    return isolatedWorldResponse.executionContextId;
  }
  /**
   * Evaluate an expression in the given execution context; an undefined contextId implies the main
   * page without isolation.
   * @param {string} expression
   * @param {number|undefined} contextId
   * @param {number} timeout
   * @return {Promise<*>}
   */
  async _evaluateInContext(expression, contextId, timeout) {
    const uniqueExecutionContextIdentifier = contextId === void 0 ? void 0 : this._executionContextIdentifiersCreated;
    const evaluationParams = {
      // We need to explicitly wrap the raw expression for several purposes:
      // 1. Ensure that the expression will be a native Promise and not a polyfill/non-Promise.
      // 2. Ensure that errors in the expression are captured by the Promise.
      // 3. Ensure that errors captured in the Promise are converted into plain-old JS Objects
      //    so that they can be serialized properly b/c JSON.stringify(new Error('foo')) === '{}'
      //
      // `__lighthouseExecutionContextUniqueIdentifier` is only used by the FullPageScreenshot gatherer.
      // See `getNodeDetails` in page-functions.
      expression: `(function wrapInNativePromise() {
        ${_ExecutionContext._cachedNativesPreamble};
        globalThis.__lighthouseExecutionContextUniqueIdentifier =
          ${uniqueExecutionContextIdentifier};
        ${pageFunctions.esbuildFunctionWrapperString}
        return new Promise(function (resolve) {
          return Promise.resolve()
            .then(_ => ${expression})
            .catch(${pageFunctions.wrapRuntimeEvalErrorInBrowser})
            .then(resolve);
        });
      }())
      //# sourceURL=_lighthouse-eval.js`,
      includeCommandLineAPI: true,
      awaitPromise: true,
      returnByValue: true,
      timeout,
      contextId
    };
    this._session.setNextProtocolTimeout(timeout);
    const response = await this._session.sendCommand("Runtime.evaluate", evaluationParams);
    const ex = response.exceptionDetails;
    if (ex) {
      const elidedExpression = expression.replace(/\s+/g, " ").substring(0, 100);
      const messageLines = [
        "Runtime.evaluate exception",
        `Expression: ${elidedExpression}
---- (elided)`,
        !ex.stackTrace ? `Parse error at: ${ex.lineNumber + 1}:${ex.columnNumber + 1}` : null,
        ex.exception?.description || ex.text
      ].filter(Boolean);
      const evaluationError = new Error(messageLines.join("\n"));
      return Promise.reject(evaluationError);
    }
    if (response.result === void 0) {
      return Promise.reject(
        new Error('Runtime.evaluate response did not contain a "result" object')
      );
    }
    const value = response.result.value;
    if (value?.__failedInBrowser) {
      return Promise.reject(Object.assign(new Error(), value));
    } else {
      return value;
    }
  }
  /**
   * Evaluate an expression in the context of the current page. If useIsolation is true, the expression
   * will be evaluated in a content script that has access to the page's DOM but whose JavaScript state
   * is completely separate.
   * Returns a promise that resolves on the expression's value.
   *
   * @deprecated Use `evaluate` instead! It has a better API, and unlike `evaluateAsync` doesn't sometimes
   * execute invalid code.
   * @param {string} expression
   * @param {{useIsolation?: boolean}=} options
   * @return {Promise<*>}
   */
  async evaluateAsync(expression, options = {}) {
    const timeout = this._session.hasNextProtocolTimeout() ? this._session.getNextProtocolTimeout() : 6e4;
    const contextId = options.useIsolation ? await this._getOrCreateIsolatedContextId() : void 0;
    try {
      return await this._evaluateInContext(expression, contextId, timeout);
    } catch (err) {
      if (contextId && err.message.includes("Cannot find context")) {
        this.clearContextId();
        const freshContextId = await this._getOrCreateIsolatedContextId();
        return this._evaluateInContext(expression, freshContextId, timeout);
      }
      throw err;
    }
  }
  /**
   * Evaluate a function in the context of the current page.
   * If `useIsolation` is true, the function will be evaluated in a content script that has
   * access to the page's DOM but whose JavaScript state is completely separate.
   * Returns a promise that resolves on a value of `mainFn`'s return type.
   * @template {unknown[]} T, R
   * @param {((...args: T) => R)} mainFn The main function to call.
   * @param {{args: T, useIsolation?: boolean, deps?: Array<Function|string>}} options `args` should
   *   match the args of `mainFn`, and can be any serializable value. `deps` are functions that must be
   *   defined for `mainFn` to work.
   * @return {Promise<Awaited<R>>}
   */
  evaluate(mainFn, options) {
    const argsSerialized = _ExecutionContext.serializeArguments(options.args);
    const depsSerialized = _ExecutionContext.serializeDeps(options.deps);
    const expression = `(() => {
      ${depsSerialized}
      return (${mainFn})(${argsSerialized});
    })()`;
    return this.evaluateAsync(expression, options);
  }
  /**
   * Evaluate a function on every new frame from now on.
   * @template {unknown[]} T
   * @param {((...args: T) => void)} mainFn The main function to call.
   * @param {{args: T, deps?: Array<Function|string>}} options `args` should
   *   match the args of `mainFn`, and can be any serializable value. `deps` are functions that must be
   *   defined for `mainFn` to work.
   * @return {Promise<void>}
   */
  async evaluateOnNewDocument(mainFn, options) {
    const argsSerialized = _ExecutionContext.serializeArguments(options.args);
    const depsSerialized = _ExecutionContext.serializeDeps(options.deps);
    const expression = `(() => {
      ${_ExecutionContext._cachedNativesPreamble};
      ${pageFunctions.esbuildFunctionWrapperString}
      ${depsSerialized};
      (${mainFn})(${argsSerialized});
    })()
    //# sourceURL=_lighthouse-eval.js`;
    await this._session.sendCommand("Page.addScriptToEvaluateOnNewDocument", { source: expression });
  }
  /**
   * Call a function on the given object.
   * Returns a promise that resolves on a value of `mainFn`'s return type.
   * @template {unknown[]} T, R
   * @param {((thisArg: any, ...args: T) => R)} mainFn The main function to call.
   * @param {{args: T, objectId: string, deps?: Array<Function|string>}} options `args` should
   *   match the args of `mainFn`, and can be any serializable value. `deps` are functions that must be
   *   defined for `mainFn` to work.
   * @return {Promise<Awaited<R>>}
   */
  evaluateOnObject(mainFn, options) {
    const argsSerialized = _ExecutionContext.serializeArguments(options.args);
    const depsSerialized = _ExecutionContext.serializeDeps(options.deps);
    const argsString = argsSerialized ? `this, ${argsSerialized}` : "this";
    const functionDeclaration = `function() {
      ${depsSerialized}
      return (${mainFn})(${argsString});
    }`;
    return this._callFunctionOn(functionDeclaration, options);
  }
  /**
   * @param {string} functionDeclaration
   * @param {{objectId: string}} options
   * @return {Promise<*>}
   */
  async _callFunctionOn(functionDeclaration, options) {
    const timeout = this._session.hasNextProtocolTimeout() ? this._session.getNextProtocolTimeout() : 6e4;
    const evaluationParams = {
      functionDeclaration: `function wrapInNativePromise() {
        ${_ExecutionContext._cachedNativesPreamble};
        ${pageFunctions.esbuildFunctionWrapperString}
        const self = this;
        const args = arguments;
        return new Promise(function (resolve) {
          return Promise.resolve()
            .then(_ => (${functionDeclaration}).apply(self, args))
            .catch(${pageFunctions.wrapRuntimeEvalErrorInBrowser})
            .then(resolve);
        });
      }
      //# sourceURL=_lighthouse-eval.js
      `,
      objectId: options.objectId,
      returnByValue: true,
      awaitPromise: true,
      timeout
    };
    this._session.setNextProtocolTimeout(timeout);
    const response = await this._session.sendCommand("Runtime.callFunctionOn", evaluationParams);
    const ex = response.exceptionDetails;
    if (ex) {
      const elidedExpression = functionDeclaration.replace(/\s+/g, " ").substring(0, 100);
      const messageLines = [
        "Runtime.callFunctionOn exception",
        `Expression: ${elidedExpression}
---- (elided)`,
        !ex.stackTrace ? `Parse error at: ${ex.lineNumber + 1}:${ex.columnNumber + 1}` : null,
        ex.exception?.description || ex.text
      ].filter(Boolean);
      const evaluationError = new Error(messageLines.join("\n"));
      return Promise.reject(evaluationError);
    }
    if (response.result === void 0) {
      return Promise.reject(
        new Error('Runtime.callFunctionOn response did not contain a "result" object')
      );
    }
    const value = response.result.value;
    if (value?.__failedInBrowser) {
      return Promise.reject(Object.assign(new Error(), value));
    } else {
      return value;
    }
  }
  /**
   * Cache native functions/objects inside window so we are sure polyfills do not overwrite the
   * native implementations when the page loads.
   * @return {Promise<void>}
   */
  async cacheNativesOnNewDocument() {
    await this.evaluateOnNewDocument(() => {
      window.__nativePromise = window.Promise;
      window.__nativeURL = window.URL;
      window.__nativePerformance = window.performance;
      window.__nativeFetch = window.fetch;
      window.__ElementMatches = window.Element.prototype.matches;
      window.__HTMLElementBoundingClientRect = window.HTMLElement.prototype.getBoundingClientRect;
    }, { args: [] });
  }
  /**
   * Prefix every script evaluation with a shadowing of common globals that tend to be ponyfilled
   * incorrectly by many sites. This allows functions to still refer to `Promise` instead of
   * Lighthouse-specific backups like `__nativePromise` (injected by `cacheNativesOnNewDocument` above).
   */
  static _cachedNativesPreamble = [
    "const Promise = globalThis.__nativePromise || globalThis.Promise",
    "const URL = globalThis.__nativeURL || globalThis.URL",
    "const performance = globalThis.__nativePerformance || globalThis.performance",
    "const fetch = globalThis.__nativeFetch || globalThis.fetch"
  ].join(";\n");
  /**
   * Serializes an array of arguments for use in an `eval` string across the protocol.
   * @param {unknown[]} args
   * @return {string}
   */
  static serializeArguments(args) {
    return args.map((arg) => arg === void 0 ? "undefined" : JSON.stringify(arg)).join(",");
  }
  /**
   * Serializes an array of functions or strings.
   *
   * Also makes sure that an esbuild-bundled version of Lighthouse will
   * continue to create working code to be executed within the browser.
   * @param {Array<Function|string>=} deps
   * @return {string}
   */
  static serializeDeps(deps) {
    if (!deps) {
      return "";
    }
    return deps.map((dep) => {
      if (typeof dep === "function") {
        const output = dep.toString();
        const runtimeName = pageFunctions.getRuntimeFunctionName(dep);
        if (runtimeName !== dep.name) {
          return `${output}; const ${dep.name} = ${runtimeName};`;
        } else {
          return output;
        }
      } else {
        return dep;
      }
    }).join("\n");
  }
};

// node_modules/lighthouse/core/gather/driver/wait-for-condition.js
function waitForNothing() {
  return { promise: Promise.resolve(), cancel() {
  } };
}
__name(waitForNothing, "waitForNothing");
function waitForFrameNavigated(session) {
  let cancel = /* @__PURE__ */ __name(() => {
    throw new Error("waitForFrameNavigated.cancel() called before it was defined");
  }, "cancel");
  const promise = new Promise((resolve, reject) => {
    session.once("Page.frameNavigated", resolve);
    cancel = /* @__PURE__ */ __name(() => {
      session.off("Page.frameNavigated", resolve);
      reject(new Error("Wait for navigated cancelled"));
    }, "cancel");
  });
  return { promise, cancel };
}
__name(waitForFrameNavigated, "waitForFrameNavigated");
function waitForFcp(session, pauseAfterFcpMs, maxWaitForFcpMs) {
  let cancel = /* @__PURE__ */ __name(() => {
    throw new Error("waitForFcp.cancel() called before it was defined");
  }, "cancel");
  const promise = new Promise((resolve, reject) => {
    const maxWaitTimeout = setTimeout(() => {
      reject(new LighthouseError(LighthouseError.errors.NO_FCP));
    }, maxWaitForFcpMs);
    let loadTimeout;
    const lifecycleListener = /* @__PURE__ */ __name((e) => {
      if (e.name === "firstContentfulPaint") {
        loadTimeout = setTimeout(() => {
          resolve();
          cancel();
        }, pauseAfterFcpMs);
      }
    }, "lifecycleListener");
    session.on("Page.lifecycleEvent", lifecycleListener);
    let canceled = false;
    cancel = /* @__PURE__ */ __name(() => {
      if (canceled) return;
      canceled = true;
      session.off("Page.lifecycleEvent", lifecycleListener);
      maxWaitTimeout && clearTimeout(maxWaitTimeout);
      loadTimeout && clearTimeout(loadTimeout);
      reject(new Error("Wait for FCP canceled"));
    }, "cancel");
  });
  return {
    promise,
    cancel
  };
}
__name(waitForFcp, "waitForFcp");
function waitForNetworkIdle(session, networkMonitor, networkQuietOptions) {
  let hasDCLFired = false;
  let idleTimeout;
  let cancel = /* @__PURE__ */ __name(() => {
    throw new Error("waitForNetworkIdle.cancel() called before it was defined");
  }, "cancel");
  const { networkQuietThresholdMs, busyEvent, idleEvent, isIdle } = networkQuietOptions;
  const promise = new Promise((resolve, reject) => {
    const onIdle = /* @__PURE__ */ __name(() => {
      networkMonitor.once(busyEvent, onBusy);
      idleTimeout = setTimeout(() => {
        cancel();
        resolve();
      }, networkQuietThresholdMs);
    }, "onIdle");
    const onBusy = /* @__PURE__ */ __name(() => {
      networkMonitor.once(idleEvent, onIdle);
      idleTimeout && clearTimeout(idleTimeout);
    }, "onBusy");
    const domContentLoadedListener = /* @__PURE__ */ __name(() => {
      hasDCLFired = true;
      if (isIdle(networkMonitor)) {
        onIdle();
      } else {
        onBusy();
      }
    }, "domContentLoadedListener");
    const logStatus = /* @__PURE__ */ __name(() => {
      if (!hasDCLFired) {
        lighthouse_logger_default.verbose("waitFor", "Waiting on DomContentLoaded");
        return;
      }
      const inflightRecords = networkMonitor.getInflightRequests();
      if (lighthouse_logger_default.isVerbose() && inflightRecords.length < 20 && inflightRecords.length > 0) {
        lighthouse_logger_default.verbose("waitFor", `=== Waiting on ${inflightRecords.length} requests to finish`);
        for (const record of inflightRecords) {
          lighthouse_logger_default.verbose("waitFor", `Waiting on ${record.url.slice(0, 120)} to finish`);
        }
      }
    }, "logStatus");
    networkMonitor.on("requeststarted", logStatus);
    networkMonitor.on("requestfinished", logStatus);
    networkMonitor.on(busyEvent, logStatus);
    if (!networkQuietOptions.pretendDCLAlreadyFired) {
      session.once("Page.domContentEventFired", domContentLoadedListener);
    } else {
      domContentLoadedListener();
    }
    let canceled = false;
    cancel = /* @__PURE__ */ __name(() => {
      if (canceled) return;
      canceled = true;
      if (idleTimeout) clearTimeout(idleTimeout);
      if (!networkQuietOptions.pretendDCLAlreadyFired) {
        session.off("Page.domContentEventFired", domContentLoadedListener);
      }
      networkMonitor.removeListener(busyEvent, onBusy);
      networkMonitor.removeListener(idleEvent, onIdle);
      networkMonitor.removeListener("requeststarted", logStatus);
      networkMonitor.removeListener("requestfinished", logStatus);
      networkMonitor.removeListener(busyEvent, logStatus);
    }, "cancel");
  });
  return {
    promise,
    cancel
  };
}
__name(waitForNetworkIdle, "waitForNetworkIdle");
function waitForCPUIdle(session, waitForCPUQuiet) {
  if (!waitForCPUQuiet) {
    return {
      promise: Promise.resolve(),
      cancel: /* @__PURE__ */ __name(() => void 0, "cancel")
    };
  }
  let lastTimeout;
  let canceled = false;
  async function checkForQuiet(executionContext2, resolve) {
    if (canceled) return;
    const timeSinceLongTask = await executionContext2.evaluate(
      checkTimeSinceLastLongTaskInPage,
      { args: [], useIsolation: true }
    );
    if (canceled) return;
    if (typeof timeSinceLongTask === "number") {
      if (timeSinceLongTask >= waitForCPUQuiet) {
        lighthouse_logger_default.verbose("waitFor", `CPU has been idle for ${timeSinceLongTask} ms`);
        resolve();
      } else {
        lighthouse_logger_default.verbose("waitFor", `CPU has been idle for ${timeSinceLongTask} ms`);
        const timeToWait = waitForCPUQuiet - timeSinceLongTask;
        lastTimeout = setTimeout(() => checkForQuiet(executionContext2, resolve), timeToWait);
      }
    }
  }
  __name(checkForQuiet, "checkForQuiet");
  let cancel = /* @__PURE__ */ __name(() => {
    throw new Error("waitForCPUIdle.cancel() called before it was defined");
  }, "cancel");
  const executionContext = new ExecutionContext(session);
  const promise = new Promise((resolve, reject) => {
    executionContext.evaluate(registerPerformanceObserverInPage, { args: [], useIsolation: true }).then(() => checkForQuiet(executionContext, resolve)).catch(reject);
    cancel = /* @__PURE__ */ __name(() => {
      if (canceled) return;
      canceled = true;
      if (lastTimeout) clearTimeout(lastTimeout);
      reject(new Error("Wait for CPU idle canceled"));
    }, "cancel");
  });
  return {
    promise,
    cancel
  };
}
__name(waitForCPUIdle, "waitForCPUIdle");
function registerPerformanceObserverInPage() {
  if (window.____lastLongTask !== void 0) return;
  window.____lastLongTask = performance.now();
  const observer = new window.PerformanceObserver((entryList) => {
    const entries = entryList.getEntries();
    for (const entry of entries) {
      if (entry.entryType === "longtask") {
        const taskEnd = entry.startTime + entry.duration;
        window.____lastLongTask = Math.max(window.____lastLongTask || 0, taskEnd);
      }
    }
  });
  observer.observe({ type: "longtask", buffered: true });
}
__name(registerPerformanceObserverInPage, "registerPerformanceObserverInPage");
function checkTimeSinceLastLongTaskInPage() {
  return new Promise((resolve) => {
    const firstAttemptTs = performance.now();
    const firstAttemptLastLongTaskTs = window.____lastLongTask || 0;
    setTimeout(() => {
      const secondAttemptLastLongTaskTs = window.____lastLongTask || 0;
      const timeSinceLongTask = firstAttemptLastLongTaskTs === secondAttemptLastLongTaskTs ? (
        // The time of the last long task hasn't changed, the information from our first attempt is accurate.
        firstAttemptTs - firstAttemptLastLongTaskTs
      ) : (
        // The time of the last long task *did* change, we can't really trust the information we have.
        0
      );
      resolve(timeSinceLongTask);
    }, 150);
  });
}
__name(checkTimeSinceLastLongTaskInPage, "checkTimeSinceLastLongTaskInPage");
function waitForLoadEvent(session, pauseAfterLoadMs) {
  let cancel = /* @__PURE__ */ __name(() => {
    throw new Error("waitForLoadEvent.cancel() called before it was defined");
  }, "cancel");
  const promise = new Promise((resolve, reject) => {
    let loadTimeout;
    const loadListener = /* @__PURE__ */ __name(function() {
      loadTimeout = setTimeout(resolve, pauseAfterLoadMs);
    }, "loadListener");
    session.once("Page.loadEventFired", loadListener);
    let canceled = false;
    cancel = /* @__PURE__ */ __name(() => {
      if (canceled) return;
      canceled = true;
      session.off("Page.loadEventFired", loadListener);
      loadTimeout && clearTimeout(loadTimeout);
    }, "cancel");
  });
  return {
    promise,
    cancel
  };
}
__name(waitForLoadEvent, "waitForLoadEvent");
async function isPageHung(session) {
  try {
    session.setNextProtocolTimeout(1e3);
    await session.sendCommand("Runtime.evaluate", {
      expression: '"ping"',
      returnByValue: true
    });
    return false;
  } catch (err) {
    try {
      await Promise.race([session.onCrashPromise(), Promise.resolve()]);
    } catch (crashErr) {
      if (crashErr.code === "TARGET_CRASHED") throw crashErr;
    }
    if (err.code === "TARGET_CRASHED") throw err;
    return true;
  }
}
__name(isPageHung, "isPageHung");
var DEFAULT_WAIT_FUNCTIONS = { waitForFcp, waitForLoadEvent, waitForCPUIdle, waitForNetworkIdle };
async function waitForFullyLoaded(session, networkMonitor, options, signal) {
  const {
    pauseAfterFcpMs,
    pauseAfterLoadMs,
    networkQuietThresholdMs,
    cpuQuietThresholdMs,
    maxWaitForLoadedMs,
    maxWaitForFcpMs
  } = options;
  const { waitForFcp: waitForFcp2, waitForLoadEvent: waitForLoadEvent2, waitForNetworkIdle: waitForNetworkIdle2, waitForCPUIdle: waitForCPUIdle2 } = options._waitForTestOverrides || DEFAULT_WAIT_FUNCTIONS;
  let maxTimeoutHandle;
  const resolveOnFcp = maxWaitForFcpMs ? waitForFcp2(session, pauseAfterFcpMs, maxWaitForFcpMs) : waitForNothing();
  const resolveOnLoadEvent = waitForLoadEvent2(session, pauseAfterLoadMs);
  const resolveOnNetworkIdle = waitForNetworkIdle2(session, networkMonitor, {
    networkQuietThresholdMs,
    busyEvent: "network-2-busy",
    idleEvent: "network-2-idle",
    isIdle: /* @__PURE__ */ __name((recorder) => recorder.is2Idle(), "isIdle")
  });
  const resolveOnCriticalNetworkIdle = waitForNetworkIdle2(session, networkMonitor, {
    networkQuietThresholdMs,
    busyEvent: "network-critical-busy",
    idleEvent: "network-critical-idle",
    isIdle: /* @__PURE__ */ __name((recorder) => recorder.isCriticalIdle(), "isIdle")
  });
  let resolveOnCPUIdle = waitForNothing();
  if (lighthouse_logger_default.isVerbose()) {
    resolveOnFcp.promise.then(() => {
      lighthouse_logger_default.verbose("waitFor", "resolveOnFcp fired");
    });
    resolveOnLoadEvent.promise.then(() => {
      lighthouse_logger_default.verbose("waitFor", "resolveOnLoadEvent fired");
    });
    resolveOnNetworkIdle.promise.then(() => {
      lighthouse_logger_default.verbose("waitFor", "resolveOnNetworkIdle fired");
    });
    resolveOnCriticalNetworkIdle.promise.then(() => {
      lighthouse_logger_default.verbose("waitFor", "resolveOnCriticalNetworkIdle fired");
    });
  }
  const loadPromise = Promise.all([
    resolveOnFcp.promise,
    resolveOnLoadEvent.promise,
    resolveOnNetworkIdle.promise,
    resolveOnCriticalNetworkIdle.promise
  ]).then(() => {
    resolveOnCPUIdle = waitForCPUIdle2(session, cpuQuietThresholdMs);
    return resolveOnCPUIdle.promise;
  }).then(() => {
    const cleanupFn2 = /* @__PURE__ */ __name(async function() {
      lighthouse_logger_default.verbose("waitFor", "loadEventFired and network considered idle");
      return { timedOut: false };
    }, "cleanupFn");
    return cleanupFn2;
  }).catch((err) => {
    return function() {
      throw err;
    };
  });
  const maxTimeoutPromise = new Promise((resolve, reject) => {
    maxTimeoutHandle = setTimeout(resolve, maxWaitForLoadedMs);
  }).then((_) => {
    return async () => {
      lighthouse_logger_default.warn("waitFor", "Timed out waiting for page load. Checking if page is hung...");
      if (await isPageHung(session)) {
        lighthouse_logger_default.warn("waitFor", "Page appears to be hung, killing JavaScript...");
        void session.sendCommandAndIgnore("Emulation.setScriptExecutionDisabled", { value: true });
        void session.sendCommandAndIgnore("Runtime.terminateExecution");
        throw new LighthouseError(LighthouseError.errors.PAGE_HUNG);
      }
      const inflightRequestUrls = networkMonitor.getInflightRequests().map((request) => request.url);
      if (inflightRequestUrls.length > 0) {
        lighthouse_logger_default.warn(
          "waitFor",
          "Remaining inflight requests URLs",
          inflightRequestUrls
        );
      }
      return { timedOut: true };
    };
  });
  let onAbort = /* @__PURE__ */ __name(() => {
  }, "onAbort");
  const abortPromise = new Promise((resolve) => {
    signal?.throwIfAborted();
    onAbort = /* @__PURE__ */ __name(() => resolve(async () => ({ timedOut: false })), "onAbort");
    signal?.addEventListener("abort", onAbort, { once: true });
  });
  const cleanupFn = await Promise.race([
    loadPromise,
    maxTimeoutPromise,
    abortPromise
  ]);
  signal?.removeEventListener("abort", onAbort);
  maxTimeoutHandle && clearTimeout(maxTimeoutHandle);
  resolveOnFcp.cancel();
  resolveOnLoadEvent.cancel();
  resolveOnNetworkIdle.cancel();
  resolveOnCPUIdle.cancel();
  return cleanupFn();
}
__name(waitForFullyLoaded, "waitForFullyLoaded");
function waitForUserToContinue(driver) {
  function createInPagePromise() {
    let resolve = /* @__PURE__ */ __name(() => {
    }, "resolve");
    const promise = new Promise((r) => resolve = r);
    console.log([
      `You have enabled Lighthouse navigation debug mode.`,
      `When you have finished inspecting the page, evaluate "continueLighthouseRun()"`,
      `in the console to continue with the Lighthouse run.`
    ].join(" "));
    window.continueLighthouseRun = resolve;
    return promise;
  }
  __name(createInPagePromise, "createInPagePromise");
  driver.defaultSession.setNextProtocolTimeout(Infinity);
  return driver.executionContext.evaluate(createInPagePromise, { args: [] });
}
__name(waitForUserToContinue, "waitForUserToContinue");

export {
  ExecutionContext,
  waitForFrameNavigated,
  waitForNetworkIdle,
  waitForLoadEvent,
  waitForFullyLoaded,
  waitForUserToContinue
};
