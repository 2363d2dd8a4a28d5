import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  convertPuppeteerChannelToBrowsersChannel
} from "./chunk-3AB3ZMZY.js";
import {
  Browser,
  CDP_WEBSOCKET_ENDPOINT_REGEX,
  TimeoutError as TimeoutError2,
  WEBDRIVER_BIDI_WEBSOCKET_ENDPOINT_REGEX,
  computeExecutablePath,
  computeSystemExecutablePath,
  createProfile,
  detectBrowserPlatform,
  getInstalledBrowsers,
  launch,
  resolveBuildId,
  uninstall
} from "./chunk-S3TIOY2V.js";
import {
  CDPSessionEvent,
  CdpBrowser,
  Connection,
  DEFAULT_VIEWPORT,
  DisposableStack,
  EventEmitter,
  PUPPETEER_REVISIONS,
  Puppeteer,
  TimeoutError,
  assert,
  assertSupportedUrlRestrictions,
  asyncDisposeSymbol,
  bufferCount,
  concatMap,
  createIncrementalIdGenerator,
  filter,
  firstValueFrom,
  from,
  fromEmitterEvent,
  fromEvent,
  guarded,
  lastValueFrom,
  map,
  mergeMap,
  race,
  takeUntil,
  tap,
  timer
} from "./chunk-IYHYKFYQ.js";
import "./chunk-LF7XQ6CF.js";
import {
  NodeWebSocketTransport
} from "./chunk-EBXXONNL.js";
import "./chunk-HDUY2NWZ.js";
import {
  DEBUG_PREFIXES,
  debug,
  environment
} from "./chunk-V7UEI4FO.js";
import {
  clearThrottling,
  emulate,
  getBenchmarkIndex,
  getBrowserVersion,
  getDevicePixelRatio,
  getEnvironmentWarnings,
  throttle
} from "./chunk-ZL5TNP4A.js";
import {
  ExecutionContext,
  waitForFrameNavigated,
  waitForFullyLoaded,
  waitForUserToContinue
} from "./chunk-4COP53WN.js";
import {
  devtools_log_default
} from "./chunk-RZT26TP4.js";
import {
  pageFunctions
} from "./chunk-WVYO5LHX.js";
import {
  NetworkMonitor
} from "./chunk-PWMRVCNQ.js";
import {
  Runner,
  Sentry,
  deepClone,
  initializeConfig,
  mergeConfigFragment
} from "./chunk-46JEON4P.js";
import {
  ReportGenerator
} from "./chunk-LTKMILJT.js";
import "./chunk-UZUBZ4TX.js";
import "./chunk-ZUY3BTUL.js";
import {
  NetworkRecordsComputed,
  NetworkRequest
} from "./chunk-TLUPT47U.js";
import {
  url_utils_default
} from "./chunk-KOJ2RCGK.js";
import {
  LighthouseError
} from "./chunk-5RDVE6B4.js";
import {
  isEqual_default
} from "./chunk-JJ7AI7FF.js";
import {
  trace_default
} from "./chunk-KNPVPF4J.js";
import {
  base_gatherer_default
} from "./chunk-5OCP4ICV.js";
import "./chunk-UYWBNZ7J.js";
import {
  default_config_default
} from "./chunk-RPGCNC5P.js";
import {
  defaultSettings,
  screenEmulationMetrics,
  throttling,
  userAgents
} from "./chunk-OGF3ODRV.js";
import {
  core_exports
} from "./chunk-M6BVBSCB.js";
import {
  Audit
} from "./chunk-EE5QGFNO.js";
import "./chunk-NQT3LCYB.js";
import "./chunk-WHNLLLG3.js";
import {
  createIcuMessageFn,
  getFormatted
} from "./chunk-ZXPRQ4W4.js";
import "./chunk-PVRN2YPO.js";
import {
  lighthouse_logger_default
} from "./chunk-SUS4HUZI.js";
import "./chunk-DGA7P555.js";
import "./chunk-IN4OIQDI.js";
import "./chunk-HQY6G4FK.js";
import "./chunk-CUMEVQG2.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/gather/driver/target-manager.js
import EventEmitter3 from "events";

// node_modules/lighthouse/core/gather/session.js
import EventEmitter2 from "events";
var DEFAULT_PROTOCOL_TIMEOUT = 3e4;
var PPTR_BUFFER = 50;
var MAX_TIMEOUT = 2147483647 - PPTR_BUFFER;
var CrdpEventEmitter = (
  /** @type {CrdpEventMessageEmitter} */
  EventEmitter2
);
var ProtocolSession = class extends CrdpEventEmitter {
  static {
    __name(this, "ProtocolSession");
  }
  /**
   * @param {LH.Puppeteer.CDPSession} cdpSession
   */
  constructor(cdpSession) {
    super();
    this._cdpSession = cdpSession;
    this._targetInfo = void 0;
    this._nextProtocolTimeout = void 0;
    this._handleProtocolEvent = this._handleProtocolEvent.bind(this);
    this._cdpSession.on("*", this._handleProtocolEvent);
    let rej = /* @__PURE__ */ __name((_) => {
    }, "rej");
    this._targetCrashedPromise = /** @type {Promise<never>} */
    new Promise((_, theRej) => rej = theRej);
    this.on("Inspector.targetCrashed", async () => {
      lighthouse_logger_default.error("TargetManager", "Inspector.targetCrashed");
      void this.dispose();
      rej(new LighthouseError(LighthouseError.errors.TARGET_CRASHED));
    });
  }
  id() {
    return this._cdpSession.id();
  }
  /**
   * Re-emit protocol events from the underlying CDPSession.
   * @template {keyof LH.CrdpEvents} E
   * @param {E} method
   * @param {LH.CrdpEvents[E]} params
   */
  _handleProtocolEvent(method, ...params) {
    this.emit(method, ...params);
  }
  /** @param {LH.Crdp.Target.TargetInfo} targetInfo */
  setTargetInfo(targetInfo) {
    this._targetInfo = targetInfo;
  }
  /**
   * @return {boolean}
   */
  hasNextProtocolTimeout() {
    return this._nextProtocolTimeout !== void 0;
  }
  /**
   * @return {number}
   */
  getNextProtocolTimeout() {
    return this._nextProtocolTimeout || DEFAULT_PROTOCOL_TIMEOUT;
  }
  /**
   * @param {number} ms
   */
  setNextProtocolTimeout(ms) {
    if (ms > MAX_TIMEOUT) ms = MAX_TIMEOUT;
    this._nextProtocolTimeout = ms;
  }
  /**
   * @template {keyof LH.CrdpCommands} C
   * @param {C} method
   * @param {LH.CrdpCommands[C]['paramsType']} params
   * @return {Promise<LH.CrdpCommands[C]['returnType']>}
   */
  sendCommand(method, ...params) {
    const timeoutMs = this.getNextProtocolTimeout();
    this._nextProtocolTimeout = void 0;
    let timeout;
    const timeoutPromise = new Promise((resolve, reject) => {
      timeout = setTimeout(reject, timeoutMs, new LighthouseError(LighthouseError.errors.PROTOCOL_TIMEOUT, {
        protocolMethod: method
      }));
    });
    const resultPromise = this._cdpSession.send(method, ...params, {
      // Add 50ms to the Puppeteer timeout to ensure the Lighthouse timeout finishes first.
      timeout: timeoutMs + PPTR_BUFFER
    }).catch((error) => {
      lighthouse_logger_default.formatProtocol("method <= browser ERR", { method }, "error");
      throw LighthouseError.fromProtocolMessage(method, error);
    });
    const resultWithTimeoutPromise = Promise.race([resultPromise, timeoutPromise, this._targetCrashedPromise]);
    return resultWithTimeoutPromise.finally(() => {
      if (timeout) clearTimeout(timeout);
    });
  }
  /**
   * Send and if there's an error response, do not reject.
   * @template {keyof LH.CrdpCommands} C
   * @param {C} method
   * @param {LH.CrdpCommands[C]['paramsType']} params
   * @return {Promise<void>}
   */
  sendCommandAndIgnore(method, ...params) {
    return this.sendCommand(method, ...params).catch((e) => lighthouse_logger_default.verbose("session", method, e.message)).then((_) => void 0);
  }
  /**
   * Disposes of a session so that it can no longer talk to Chrome.
   * @return {Promise<void>}
   */
  async dispose() {
    this._cdpSession.off("*", this._handleProtocolEvent);
    await this._cdpSession.detach().catch((e) => lighthouse_logger_default.verbose("session", "detach failed", e.message));
  }
  onCrashPromise() {
    return this._targetCrashedPromise;
  }
};

// node_modules/lighthouse/core/gather/driver/target-manager.js
var ProtocolEventEmitter = (
  /** @type {ProtocolEventMessageEmitter} */
  EventEmitter3
);
var TargetManager = class extends ProtocolEventEmitter {
  static {
    __name(this, "TargetManager");
  }
  /** @param {LH.Puppeteer.CDPSession} cdpSession */
  constructor(cdpSession) {
    super();
    this._enabled = false;
    this._rootCdpSession = cdpSession;
    this._mainFrameId = "";
    this._targetIdToTargets = /* @__PURE__ */ new Map();
    this._executionContextIdToDescriptions = /* @__PURE__ */ new Map();
    this._onSessionAttached = this._onSessionAttached.bind(this);
    this._onFrameNavigated = this._onFrameNavigated.bind(this);
    this._onExecutionContextCreated = this._onExecutionContextCreated.bind(this);
    this._onExecutionContextDestroyed = this._onExecutionContextDestroyed.bind(this);
    this._onExecutionContextsCleared = this._onExecutionContextsCleared.bind(this);
  }
  /**
   * @param {LH.Crdp.Page.FrameNavigatedEvent} frameNavigatedEvent
   */
  async _onFrameNavigated(frameNavigatedEvent) {
    if (frameNavigatedEvent.frame.parentId) return;
    if (!this._enabled) return;
    try {
      await this._rootCdpSession.send("Target.setAutoAttach", {
        autoAttach: true,
        flatten: true,
        waitForDebuggerOnStart: true
      });
    } catch (err) {
      if (this._enabled) throw err;
    }
  }
  /**
   * @param {string} sessionId
   * @return {LH.Gatherer.ProtocolSession}
   */
  _findSession(sessionId) {
    for (const { session, cdpSession } of this._targetIdToTargets.values()) {
      if (cdpSession.id() === sessionId) return session;
    }
    throw new Error(`session ${sessionId} not found`);
  }
  /**
   * @param {string} targetType
   * @return {targetType is LH.Protocol.TargetType}
   */
  _isAcceptedTargetType(targetType) {
    return targetType === "page" || targetType === "iframe" || targetType === "worker";
  }
  /**
   * Returns the root session.
   * @return {LH.Gatherer.ProtocolSession}
   */
  rootSession() {
    const rootSessionId = this._rootCdpSession.id();
    return this._findSession(rootSessionId);
  }
  mainFrameExecutionContexts() {
    return [...this._executionContextIdToDescriptions.values()].filter((executionContext) => {
      return executionContext.auxData.frameId === this._mainFrameId;
    });
  }
  /**
   * @param {LH.Puppeteer.CDPSession} cdpSession
   */
  async _onSessionAttached(cdpSession) {
    const newSession = new ProtocolSession(cdpSession);
    let targetType;
    try {
      const { targetInfo } = await newSession.sendCommand("Target.getTargetInfo");
      targetType = targetInfo.type;
      if (!this._isAcceptedTargetType(targetType)) return;
      const targetId = targetInfo.targetId;
      if (this._targetIdToTargets.has(targetId)) return;
      newSession.setTargetInfo(targetInfo);
      const targetName = targetInfo.url || targetInfo.targetId;
      lighthouse_logger_default.verbose("target-manager", `target ${targetName} attached`);
      const trueProtocolListener = this._getProtocolEventListener(targetType, newSession.id());
      const protocolListener = trueProtocolListener;
      cdpSession.on("*", protocolListener);
      cdpSession.on("sessionattached", this._onSessionAttached);
      const targetWithSession = {
        target: targetInfo,
        cdpSession,
        session: newSession,
        protocolListener
      };
      this._targetIdToTargets.set(targetId, targetWithSession);
      await newSession.sendCommand("Network.enable");
      await newSession.sendCommand("Target.setAutoAttach", {
        autoAttach: true,
        flatten: true,
        waitForDebuggerOnStart: true
      });
    } catch (err) {
      if (/Target closed/.test(err.message)) return;
      if (/'Target.getTargetInfo' wasn't found/.test(err)) return;
      if (targetType === "worker") {
        lighthouse_logger_default.warn("target-manager", `Issue attaching to worker target: ${err}`);
        return;
      }
      throw err;
    } finally {
      await newSession.sendCommandAndIgnore("Runtime.runIfWaitingForDebugger");
    }
  }
  /**
   * @param {LH.Crdp.Runtime.ExecutionContextCreatedEvent} event
   */
  _onExecutionContextCreated(event) {
    if (event.context.name.match(/^__puppeteer_utility_world__/)) return;
    if (event.context.name === "lighthouse_isolated_context") return;
    this._executionContextIdToDescriptions.set(event.context.uniqueId, event.context);
  }
  /**
   * @param {LH.Crdp.Runtime.ExecutionContextDestroyedEvent} event
   */
  _onExecutionContextDestroyed(event) {
    this._executionContextIdToDescriptions.delete(event.executionContextUniqueId);
  }
  _onExecutionContextsCleared() {
    this._executionContextIdToDescriptions.clear();
  }
  /**
   * Returns a listener for all protocol events from session, and augments the
   * event with the sessionId.
   * @param {LH.Protocol.TargetType} targetType
   * @param {string} sessionId
   */
  _getProtocolEventListener(targetType, sessionId) {
    const onProtocolEvent = /* @__PURE__ */ __name((method, params) => {
      const payload = (
        /** @type {LH.Protocol.RawEventMessage} */
        { method, params, targetType, sessionId }
      );
      this.emit("protocolevent", payload);
    }, "onProtocolEvent");
    return onProtocolEvent;
  }
  /**
   * @return {Promise<void>}
   */
  async enable() {
    if (this._enabled) return;
    this._enabled = true;
    this._targetIdToTargets = /* @__PURE__ */ new Map();
    this._executionContextIdToDescriptions = /* @__PURE__ */ new Map();
    this._rootCdpSession.on("Page.frameNavigated", this._onFrameNavigated);
    this._rootCdpSession.on("Runtime.executionContextCreated", this._onExecutionContextCreated);
    this._rootCdpSession.on("Runtime.executionContextDestroyed", this._onExecutionContextDestroyed);
    this._rootCdpSession.on("Runtime.executionContextsCleared", this._onExecutionContextsCleared);
    await this._rootCdpSession.send("Page.enable");
    await this._rootCdpSession.send("Runtime.enable");
    this._mainFrameId = (await this._rootCdpSession.send("Page.getFrameTree")).frameTree.frame.id;
    await this._onSessionAttached(this._rootCdpSession);
  }
  /**
   * @return {Promise<void>}
   */
  async disable() {
    this._rootCdpSession.off("Page.frameNavigated", this._onFrameNavigated);
    this._rootCdpSession.off("Runtime.executionContextCreated", this._onExecutionContextCreated);
    this._rootCdpSession.off(
      "Runtime.executionContextDestroyed",
      this._onExecutionContextDestroyed
    );
    this._rootCdpSession.off("Runtime.executionContextsCleared", this._onExecutionContextsCleared);
    for (const { cdpSession, protocolListener } of this._targetIdToTargets.values()) {
      cdpSession.off("*", protocolListener);
      cdpSession.off("sessionattached", this._onSessionAttached);
    }
    await this._rootCdpSession.send("Page.disable").catch((_) => {
    });
    await this._rootCdpSession.send("Runtime.disable").catch((_) => {
    });
    this._enabled = false;
    this._targetIdToTargets = /* @__PURE__ */ new Map();
    this._executionContextIdToDescriptions = /* @__PURE__ */ new Map();
    this._mainFrameId = "";
  }
};

// node_modules/lighthouse/core/gather/fetcher.js
var Fetcher = class {
  static {
    __name(this, "Fetcher");
  }
  /**
   * @param {LH.Gatherer.ProtocolSession} session
   */
  constructor(session) {
    this.session = session;
  }
  /**
   * Fetches any resource using the network directly.
   *
   * @param {string} url
   * @param {{timeout: number}=} options timeout is in ms
   * @return {Promise<FetchResponse>}
   */
  async fetchResource(url, options = { timeout: 2e3 }) {
    if (global.isLightrider) {
      return this._wrapWithTimeout(this._fetchWithFetchApi(url), options.timeout);
    }
    return this._fetchResourceOverProtocol(url, options);
  }
  /**
   * @param {Headers|Record<string, string|number|boolean>|null|undefined} rawHeaders
   * @return {Record<string, string>|null}
   */
  _normalizeHeaders(rawHeaders) {
    if (!rawHeaders) return null;
    const headers = {};
    const entries = typeof /** @type {Headers} */
    rawHeaders.entries === "function" ? (
      /** @type {Headers} */
      rawHeaders.entries()
    ) : Object.entries(rawHeaders);
    for (const [key, value] of entries) {
      headers[key.toLowerCase()] = String(value);
    }
    return headers;
  }
  /**
   * @param {string} url
   * @return {Promise<FetchResponse>}
   */
  async _fetchWithFetchApi(url) {
    const response = await fetch(url);
    let content = null;
    try {
      content = await response.text();
    } catch {
    }
    const headers = this._normalizeHeaders(response.headers);
    return {
      content,
      status: response.status,
      headers
    };
  }
  /**
   * @param {string} handle
   * @param {{timeout: number}=} options,
   * @return {Promise<string>}
   */
  async _readIOStream(handle, options = { timeout: 2e3 }) {
    const startTime = Date.now();
    let ioResponse;
    let data = "";
    while (!ioResponse || !ioResponse.eof) {
      const elapsedTime = Date.now() - startTime;
      if (elapsedTime > options.timeout) {
        throw new Error("Waiting for the end of the IO stream exceeded the allotted time.");
      }
      ioResponse = await this.session.sendCommand("IO.read", { handle });
      const responseData = ioResponse.base64Encoded ? Buffer.from(ioResponse.data, "base64").toString("utf-8") : ioResponse.data;
      data = data.concat(responseData);
    }
    return data;
  }
  /**
   * @param {string} url
   * @return {Promise<{stream: LH.Crdp.IO.StreamHandle|null, status: number|null, headers?: Record<string, string>|null}>}
   */
  async _loadNetworkResource(url) {
    const frameTreeResponse = await this.session.sendCommand("Page.getFrameTree");
    const networkResponse = await this.session.sendCommand("Network.loadNetworkResource", {
      frameId: frameTreeResponse.frameTree.frame.id,
      url,
      options: {
        disableCache: true,
        includeCredentials: true
      }
    });
    return {
      stream: networkResponse.resource.success ? networkResponse.resource.stream || null : null,
      status: networkResponse.resource.httpStatusCode || null,
      headers: networkResponse.resource.headers || null
    };
  }
  /**
   * @param {string} url
   * @param {{timeout: number}} options timeout is in ms
   * @return {Promise<FetchResponse>}
   */
  async _fetchResourceOverProtocol(url, options) {
    const startTime = Date.now();
    const response = await this._wrapWithTimeout(this._loadNetworkResource(url), options.timeout);
    const headers = this._normalizeHeaders(response.headers);
    const isOk = response.status && response.status >= 200 && response.status <= 299;
    if (!response.stream || !isOk) return { status: response.status, content: null, headers };
    const timeout = options.timeout - (Date.now() - startTime);
    const content = await this._readIOStream(response.stream, { timeout });
    return { status: response.status, content, headers };
  }
  /**
   * @template T
   * @param {Promise<T>} promise
   * @param {number} ms
   */
  async _wrapWithTimeout(promise, ms) {
    let timeoutHandle;
    const timeoutPromise = new Promise((_, reject) => {
      timeoutHandle = setTimeout(reject, ms, new Error("Timed out fetching resource"));
    });
    const wrappedPromise = await Promise.race([promise, timeoutPromise]).finally(() => clearTimeout(timeoutHandle));
    return wrappedPromise;
  }
};

// node_modules/lighthouse/core/gather/driver.js
var throwNotConnectedFn = /* @__PURE__ */ __name(() => {
  throw new Error("Session not connected");
}, "throwNotConnectedFn");
var throwingSession = {
  setTargetInfo: throwNotConnectedFn,
  hasNextProtocolTimeout: throwNotConnectedFn,
  getNextProtocolTimeout: throwNotConnectedFn,
  setNextProtocolTimeout: throwNotConnectedFn,
  on: throwNotConnectedFn,
  once: throwNotConnectedFn,
  off: throwNotConnectedFn,
  sendCommand: throwNotConnectedFn,
  sendCommandAndIgnore: throwNotConnectedFn,
  dispose: throwNotConnectedFn,
  onCrashPromise: throwNotConnectedFn
};
var Driver = class {
  static {
    __name(this, "Driver");
  }
  /**
   * @param {LH.Puppeteer.Page} page
   */
  constructor(page) {
    this._page = page;
    this._targetManager = void 0;
    this._networkMonitor = void 0;
    this._executionContext = void 0;
    this._fetcher = void 0;
    this.defaultSession = throwingSession;
  }
  /** @return {LH.Gatherer.Driver['executionContext']} */
  get executionContext() {
    if (!this._executionContext) return throwNotConnectedFn();
    return this._executionContext;
  }
  get fetcher() {
    if (!this._fetcher) return throwNotConnectedFn();
    return this._fetcher;
  }
  get targetManager() {
    if (!this._targetManager) return throwNotConnectedFn();
    return this._targetManager;
  }
  get networkMonitor() {
    if (!this._networkMonitor) return throwNotConnectedFn();
    return this._networkMonitor;
  }
  /** @return {Promise<string>} */
  async url() {
    return this._page.url();
  }
  /** @return {Promise<void>} */
  async connect() {
    if (this.defaultSession !== throwingSession) return;
    const status = { msg: "Connecting to browser", id: "lh:driver:connect" };
    lighthouse_logger_default.time(status);
    const cdpSession = await this._page.target().createCDPSession();
    this._targetManager = new TargetManager(cdpSession);
    await this._targetManager.enable();
    this._networkMonitor = new NetworkMonitor(this._targetManager);
    await this._networkMonitor.enable();
    this.defaultSession = this._targetManager.rootSession();
    this._executionContext = new ExecutionContext(this.defaultSession);
    this._fetcher = new Fetcher(this.defaultSession);
    lighthouse_logger_default.timeEnd(status);
  }
  /** @return {Promise<void>} */
  async disconnect() {
    if (this.defaultSession === throwingSession) return;
    await this._targetManager?.disable();
    await this._networkMonitor?.disable();
    await this.defaultSession.dispose();
  }
};

// node_modules/lighthouse/core/gather/runner-helpers.js
function createDependencyError(dependency, error) {
  const err = new Error(`Dependency "${dependency.id}" failed with exception: ${error.message}`);
  err.expected = true;
  return err;
}
__name(createDependencyError, "createDependencyError");
function getEmptyArtifactState() {
  return {
    startInstrumentation: {},
    startSensitiveInstrumentation: {},
    stopSensitiveInstrumentation: {},
    stopInstrumentation: {},
    getArtifact: {}
  };
}
__name(getEmptyArtifactState, "getEmptyArtifactState");
var phaseToPriorPhase = {
  startInstrumentation: void 0,
  startSensitiveInstrumentation: "startInstrumentation",
  stopSensitiveInstrumentation: "startSensitiveInstrumentation",
  stopInstrumentation: "stopSensitiveInstrumentation",
  getArtifact: "stopInstrumentation"
};
async function collectPhaseArtifacts(options) {
  const {
    driver,
    page,
    artifactDefinitions,
    artifactState,
    baseArtifacts,
    phase,
    gatherMode,
    computedCache,
    settings
  } = options;
  const priorPhase = phaseToPriorPhase[phase];
  const priorPhaseArtifacts = priorPhase && artifactState[priorPhase] || {};
  const isFinalPhase = phase === "getArtifact";
  for (const artifactDefn of artifactDefinitions) {
    lighthouse_logger_default.verbose(`artifacts:${phase}`, artifactDefn.id);
    const gatherer = artifactDefn.gatherer.instance;
    const priorArtifactPromise = priorPhaseArtifacts[artifactDefn.id] || Promise.resolve();
    const artifactPromise = priorArtifactPromise.then(async () => {
      const dependencies = isFinalPhase ? await collectArtifactDependencies(artifactDefn, artifactState.getArtifact) : (
        /** @type {Dependencies} */
        {}
      );
      const status = {
        msg: `Getting artifact: ${artifactDefn.id}`,
        id: `lh:gather:getArtifact:${artifactDefn.id}`
      };
      if (isFinalPhase) {
        lighthouse_logger_default.time(status);
      }
      const artifact = await gatherer[phase]({
        gatherMode,
        driver,
        page,
        baseArtifacts,
        dependencies,
        computedCache,
        settings
      });
      if (isFinalPhase) {
        lighthouse_logger_default.timeEnd(status);
      }
      return artifact;
    });
    await artifactPromise.catch((err) => {
      Sentry.captureException(err, {
        tags: { gatherer: artifactDefn.id, phase },
        level: "error"
      });
      lighthouse_logger_default.error(artifactDefn.id, err.message);
    });
    artifactState[phase][artifactDefn.id] = artifactPromise;
  }
}
__name(collectPhaseArtifacts, "collectPhaseArtifacts");
async function collectArtifactDependencies(artifact, artifactsById) {
  if (!artifact.dependencies) return (
    /** @type {Dependencies} */
    {}
  );
  const dependencyPromises = Object.entries(artifact.dependencies).map(
    async ([dependencyName, dependency]) => {
      const dependencyArtifact = artifactsById[dependency.id];
      if (dependencyArtifact === void 0) throw new Error(`"${dependency.id}" did not run`);
      if (dependencyArtifact instanceof Error) {
        throw createDependencyError(dependency, dependencyArtifact);
      }
      const dependencyPromise = Promise.resolve().then(() => dependencyArtifact).catch((err) => Promise.reject(createDependencyError(dependency, err)));
      return [dependencyName, await dependencyPromise];
    }
  );
  return Object.fromEntries(await Promise.all(dependencyPromises));
}
__name(collectArtifactDependencies, "collectArtifactDependencies");
async function awaitArtifacts(artifactState) {
  const artifacts = {};
  for (const [id, promise] of Object.entries(artifactState.getArtifact)) {
    const artifact = await promise.catch((err) => err);
    if (artifact !== void 0) artifacts[id] = artifact;
  }
  return artifacts;
}
__name(awaitArtifacts, "awaitArtifacts");

// node_modules/lighthouse/core/gather/base-artifacts.js
async function getBaseArtifacts(resolvedConfig, driver, context) {
  const BenchmarkIndex = await getBenchmarkIndex(driver.executionContext);
  const { userAgent, product } = await getBrowserVersion(driver.defaultSession);
  const HostDPR = await getDevicePixelRatio(driver.executionContext);
  return {
    // Meta artifacts.
    fetchTime: (/* @__PURE__ */ new Date()).toJSON(),
    Timing: [],
    LighthouseRunWarnings: [],
    settings: resolvedConfig.settings,
    // Environment artifacts that can always be computed.
    BenchmarkIndex,
    HostDPR,
    HostUserAgent: userAgent,
    HostFormFactor: userAgent.includes("Android") || userAgent.includes("Mobile") ? "mobile" : "desktop",
    HostProduct: product,
    // Contextual artifacts whose collection changes based on gather mode.
    URL: {
      finalDisplayedUrl: ""
    },
    PageLoadError: null,
    GatherContext: context
  };
}
__name(getBaseArtifacts, "getBaseArtifacts");
function deduplicateWarnings(warnings) {
  const unique = [];
  for (const warning of warnings) {
    if (unique.some((existing) => isEqual_default(warning, existing))) continue;
    unique.push(warning);
  }
  return unique;
}
__name(deduplicateWarnings, "deduplicateWarnings");
function finalizeArtifacts(baseArtifacts, gathererArtifacts) {
  baseArtifacts.LighthouseRunWarnings.push(
    ...getEnvironmentWarnings({ settings: baseArtifacts.settings, baseArtifacts })
  );
  const artifacts = (
    /** @type {LH.Artifacts} */
    { ...baseArtifacts, ...gathererArtifacts }
  );
  artifacts.Timing = lighthouse_logger_default.getTimeEntries();
  artifacts.LighthouseRunWarnings = deduplicateWarnings(baseArtifacts.LighthouseRunWarnings);
  if (artifacts.PageLoadError && !artifacts.URL.finalDisplayedUrl) {
    artifacts.URL.finalDisplayedUrl = artifacts.URL.requestedUrl || "";
  }
  if (!artifacts.URL.finalDisplayedUrl) throw new Error("Runner did not set finalDisplayedUrl");
  return artifacts;
}
__name(finalizeArtifacts, "finalizeArtifacts");

// node_modules/lighthouse/core/gather/snapshot-runner.js
async function snapshotGather(page, options = {}) {
  const { flags = {}, config: config2 } = options;
  lighthouse_logger_default.setLevel(flags.logLevel || "error");
  const { resolvedConfig } = await initializeConfig("snapshot", config2, flags);
  const driver = new Driver(page);
  await driver.connect();
  const computedCache = /* @__PURE__ */ new Map();
  const url = await driver.url();
  const runnerOptions = { resolvedConfig, computedCache };
  const gatherFn = /* @__PURE__ */ __name(async () => {
    const baseArtifacts = await getBaseArtifacts(resolvedConfig, driver, { gatherMode: "snapshot" });
    baseArtifacts.URL = {
      finalDisplayedUrl: url
    };
    const artifactDefinitions = resolvedConfig.artifacts || [];
    const artifactState = getEmptyArtifactState();
    await collectPhaseArtifacts({
      phase: "getArtifact",
      gatherMode: "snapshot",
      driver,
      page,
      baseArtifacts,
      artifactDefinitions,
      artifactState,
      computedCache,
      settings: resolvedConfig.settings
    });
    await driver.disconnect();
    const artifacts2 = await awaitArtifacts(artifactState);
    return finalizeArtifacts(baseArtifacts, artifacts2);
  }, "gatherFn");
  const artifacts = await Runner.gather(gatherFn, runnerOptions);
  return { artifacts, runnerOptions };
}
__name(snapshotGather, "snapshotGather");

// node_modules/lighthouse/core/gather/driver/storage.js
var UIStrings = {
  /**
   * @description A warning that previously-saved data may have affected the measured performance and instructions on how to avoid the problem. "locations" will be a list of possible types of data storage locations, e.g. "IndexedDB",  "Local Storage", or "Web SQL".
   * @example {IndexedDB, Local Storage} locations
   */
  warningData: `{locationCount, plural,
    =1 {There may be stored data affecting loading performance in this location: {locations}. Audit this page in an incognito window to prevent those resources from affecting your scores.}
    other {There may be stored data affecting loading performance in these locations: {locations}. Audit this page in an incognito window to prevent those resources from affecting your scores.}
  }`,
  /** A warning that the data in the browser cache may have affected the measured performance because the operation to clear the browser cache timed out. */
  warningCacheTimeout: "Clearing the browser cache timed out. Try auditing this page again and file a bug if the issue persists.",
  /** A warning that the data on the page's origin may have affected the measured performance because the operation to clear the origin data timed out. */
  warningOriginDataTimeout: "Clearing the origin data timed out. Try auditing this page again and file a bug if the issue persists."
};
var str_ = createIcuMessageFn(import.meta.url, UIStrings);
async function clearDataForOrigin(session, url, clearStorageTypes) {
  const status = { msg: "Cleaning origin data", id: "lh:storage:clearDataForOrigin" };
  lighthouse_logger_default.time(status);
  const warnings = [];
  const origin = new URL(url).origin;
  const typesToClear = clearStorageTypes.join(",");
  session.setNextProtocolTimeout(5e3);
  try {
    await session.sendCommand("Storage.clearDataForOrigin", {
      origin,
      storageTypes: typesToClear
    });
  } catch (err) {
    if (
      /** @type {LH.LighthouseError} */
      err.code === "PROTOCOL_TIMEOUT"
    ) {
      lighthouse_logger_default.warn("Driver", "clearDataForOrigin timed out");
      warnings.push(str_(UIStrings.warningOriginDataTimeout));
    } else {
      throw err;
    }
  } finally {
    lighthouse_logger_default.timeEnd(status);
  }
  return warnings;
}
__name(clearDataForOrigin, "clearDataForOrigin");
async function getImportantStorageWarning(session, url) {
  const usageData = await session.sendCommand("Storage.getUsageAndQuota", {
    origin: url
  });
  if (!usageData || !usageData.usageBreakdown) {
    const err = new Error(`missing usageData: ${JSON.stringify(usageData)}`);
    Sentry.captureException(err, {
      level: "error"
    });
    return;
  }
  const storageTypeNames = {
    local_storage: "Local Storage",
    indexeddb: "IndexedDB",
    websql: "Web SQL"
  };
  const locations = usageData.usageBreakdown.filter((usage) => usage.usage).map((usage) => storageTypeNames[usage.storageType] || "").filter(Boolean);
  if (locations.length) {
    return str_(UIStrings.warningData, {
      locations: locations.join(", "),
      locationCount: locations.length
    });
  }
}
__name(getImportantStorageWarning, "getImportantStorageWarning");
async function clearBrowserCaches(session) {
  const status = { msg: "Cleaning browser cache", id: "lh:storage:clearBrowserCaches" };
  lighthouse_logger_default.time(status);
  const warnings = [];
  try {
    await session.sendCommand("Network.clearBrowserCache");
    await session.sendCommand("Network.setCacheDisabled", { cacheDisabled: true });
    await session.sendCommand("Network.setCacheDisabled", { cacheDisabled: false });
  } catch (err) {
    if (
      /** @type {LH.LighthouseError} */
      err.code === "PROTOCOL_TIMEOUT"
    ) {
      lighthouse_logger_default.warn("Driver", "clearBrowserCaches timed out");
      warnings.push(str_(UIStrings.warningCacheTimeout));
    } else {
      throw err;
    }
  } finally {
    lighthouse_logger_default.timeEnd(status);
  }
  return warnings;
}
__name(clearBrowserCaches, "clearBrowserCaches");

// node_modules/lighthouse/core/gather/driver/prepare.js
async function enableAsyncStacks(session) {
  const enable = /* @__PURE__ */ __name(async () => {
    await session.sendCommand("Debugger.enable");
    await session.sendCommand("Debugger.setSkipAllPauses", { skip: true });
    await session.sendCommand("Debugger.setAsyncCallStackDepth", { maxDepth: 8 });
  }, "enable");
  function onDebuggerPaused() {
    session.sendCommand("Debugger.resume");
  }
  __name(onDebuggerPaused, "onDebuggerPaused");
  function onFrameNavigated(event) {
    if (event.frame.parentId) return;
    enable().catch((err) => lighthouse_logger_default.error("Driver", err));
  }
  __name(onFrameNavigated, "onFrameNavigated");
  session.on("Debugger.paused", onDebuggerPaused);
  session.on("Page.frameNavigated", onFrameNavigated);
  await enable();
  return async () => {
    await session.sendCommandAndIgnore("Debugger.disable");
    session.off("Debugger.paused", onDebuggerPaused);
    session.off("Page.frameNavigated", onFrameNavigated);
  };
}
__name(enableAsyncStacks, "enableAsyncStacks");
async function shimRequestIdleCallbackOnNewDocument(driver, settings) {
  await driver.executionContext.evaluateOnNewDocument(pageFunctions.wrapRequestIdleCallback, {
    args: [settings.throttling.cpuSlowdownMultiplier]
  });
}
__name(shimRequestIdleCallbackOnNewDocument, "shimRequestIdleCallbackOnNewDocument");
async function dismissJavaScriptDialogs(session) {
  session.on("Page.javascriptDialogOpening", (data) => {
    lighthouse_logger_default.warn("Driver", `${data.type} dialog opened by the page automatically suppressed.`);
    session.sendCommand("Page.handleJavaScriptDialog", {
      accept: true,
      promptText: "Lighthouse prompt response"
    }).catch((err) => lighthouse_logger_default.warn("Driver", err));
  });
  await session.sendCommand("Page.enable");
}
__name(dismissJavaScriptDialogs, "dismissJavaScriptDialogs");
async function resetStorageForUrl(session, url, clearStorageTypes) {
  const warnings = [];
  const clearDataWarnings = await clearDataForOrigin(session, url, clearStorageTypes);
  warnings.push(...clearDataWarnings);
  const clearCacheWarnings = await clearBrowserCaches(session);
  warnings.push(...clearCacheWarnings);
  const importantStorageWarning = await getImportantStorageWarning(session, url);
  if (importantStorageWarning) warnings.push(importantStorageWarning);
  return { warnings };
}
__name(resetStorageForUrl, "resetStorageForUrl");
async function prepareThrottlingAndNetwork(session, settings) {
  const status = { msg: "Preparing network conditions", id: `lh:gather:prepareThrottlingAndNetwork` };
  lighthouse_logger_default.time(status);
  await throttle(session, settings);
  const blockedUrls = settings.blockedUrlPatterns || [];
  await session.sendCommand("Network.setBlockedURLs", { urls: blockedUrls });
  const headers = settings.extraHeaders;
  if (headers) await session.sendCommand("Network.setExtraHTTPHeaders", { headers });
  lighthouse_logger_default.timeEnd(status);
}
__name(prepareThrottlingAndNetwork, "prepareThrottlingAndNetwork");
async function prepareDeviceEmulation(driver, settings) {
  await driver.defaultSession.sendCommand("Network.enable");
  await emulate(driver.defaultSession, settings);
}
__name(prepareDeviceEmulation, "prepareDeviceEmulation");
async function prepareTargetForTimespanMode(driver, settings) {
  const status = { msg: "Preparing target for timespan mode", id: "lh:prepare:timespanMode" };
  lighthouse_logger_default.time(status);
  await prepareDeviceEmulation(driver, settings);
  await prepareThrottlingAndNetwork(driver.defaultSession, settings);
  await warmUpIntlSegmenter(driver);
  lighthouse_logger_default.timeEnd(status);
}
__name(prepareTargetForTimespanMode, "prepareTargetForTimespanMode");
async function warmUpIntlSegmenter(driver) {
  await driver.executionContext.evaluate(pageFunctions.truncate, {
    args: ["aaa", 2]
  });
}
__name(warmUpIntlSegmenter, "warmUpIntlSegmenter");
async function prepareTargetForNavigationMode(driver, settings, requestor) {
  const status = { msg: "Preparing target for navigation mode", id: "lh:prepare:navigationMode" };
  lighthouse_logger_default.time(status);
  const warnings = [];
  await prepareDeviceEmulation(driver, settings);
  await dismissJavaScriptDialogs(driver.defaultSession);
  await driver.executionContext.cacheNativesOnNewDocument();
  if (settings.throttlingMethod === "simulate") {
    await shimRequestIdleCallbackOnNewDocument(driver, settings);
  }
  await warmUpIntlSegmenter(driver);
  const shouldResetStorage = !settings.disableStorageReset && // Without prior knowledge of the destination, we cannot know which URL to clear storage for.
  typeof requestor === "string";
  if (shouldResetStorage) {
    const { warnings: storageWarnings } = await resetStorageForUrl(
      driver.defaultSession,
      requestor,
      settings.clearStorageTypes
    );
    warnings.push(...storageWarnings);
  }
  await prepareThrottlingAndNetwork(driver.defaultSession, settings);
  lighthouse_logger_default.timeEnd(status);
  return { warnings };
}
__name(prepareTargetForNavigationMode, "prepareTargetForNavigationMode");

// node_modules/lighthouse/core/gather/timespan-runner.js
var UIStrings2 = {
  /** A warning that indicates page navigations should be audited using navigation mode, as opposed to timespan mode. "navigation mode" refers to a Lighthouse mode that analyzes a page navigation. "timespan mode" refers to a Lighthouse mode that analyzes user interactions over an arbitrary period of time. */
  warningNavigationDetected: "A page navigation was detected during the run. Using timespan mode to audit page navigations is not recommended. Use navigation mode to audit page navigations for better third-party attribution and main thread detection."
};
var str_2 = createIcuMessageFn(import.meta.url, UIStrings2);
async function startTimespanGather(page, options = {}) {
  const { flags = {}, config: config2 } = options;
  lighthouse_logger_default.setLevel(flags.logLevel || "error");
  const { resolvedConfig } = await initializeConfig("timespan", config2, flags);
  const driver = new Driver(page);
  await driver.connect();
  const computedCache = /* @__PURE__ */ new Map();
  const artifactDefinitions = resolvedConfig.artifacts || [];
  const baseArtifacts = await getBaseArtifacts(resolvedConfig, driver, { gatherMode: "timespan" });
  const artifactState = getEmptyArtifactState();
  const phaseOptions = {
    driver,
    page,
    artifactDefinitions,
    artifactState,
    baseArtifacts,
    computedCache,
    gatherMode: "timespan",
    settings: resolvedConfig.settings
  };
  await prepareTargetForTimespanMode(driver, resolvedConfig.settings);
  let pageNavigationDetected = false;
  function onFrameNavigated() {
    pageNavigationDetected = true;
  }
  __name(onFrameNavigated, "onFrameNavigated");
  driver.defaultSession.on("Page.frameNavigated", onFrameNavigated);
  const disableAsyncStacks = await enableAsyncStacks(driver.defaultSession);
  await collectPhaseArtifacts({ phase: "startInstrumentation", ...phaseOptions });
  await collectPhaseArtifacts({ phase: "startSensitiveInstrumentation", ...phaseOptions });
  return {
    async endTimespanGather() {
      const finalDisplayedUrl = await driver.url();
      const runnerOptions = { resolvedConfig, computedCache };
      const gatherFn = /* @__PURE__ */ __name(async () => {
        baseArtifacts.URL = { finalDisplayedUrl };
        await collectPhaseArtifacts({ phase: "stopSensitiveInstrumentation", ...phaseOptions });
        await collectPhaseArtifacts({ phase: "stopInstrumentation", ...phaseOptions });
        await disableAsyncStacks();
        driver.defaultSession.off("Page.frameNavigated", onFrameNavigated);
        if (pageNavigationDetected) {
          baseArtifacts.LighthouseRunWarnings.push(str_2(UIStrings2.warningNavigationDetected));
        }
        await collectPhaseArtifacts({ phase: "getArtifact", ...phaseOptions });
        await driver.disconnect();
        const artifacts2 = await awaitArtifacts(artifactState);
        return finalizeArtifacts(baseArtifacts, artifacts2);
      }, "gatherFn");
      const artifacts = await Runner.gather(gatherFn, runnerOptions);
      return { artifacts, runnerOptions };
    }
  };
}
__name(startTimespanGather, "startTimespanGather");

// node_modules/puppeteer-core/lib/puppeteer/node-env-setup.js
import fs from "node:fs";
import path from "node:path";
import { debuglog } from "node:util";
var READ_NOFOLLOW_FLAGS = fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW;
var WRITE_NOFOLLOW_FLAGS = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_TRUNC | fs.constants.O_NOFOLLOW;
var WRITE_NOFOLLOW_NOOVERWRITE_FLAGS = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW;
var WRITE_NOOVERWRITE_FLAGS = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL;
var WRITE_NOFOLLOW_MODE = 384;
async function readFile(path4, encoding) {
  if (!environment.value.followSymlinks && fs.constants.O_NOFOLLOW !== void 0) {
    return await fs.promises.readFile(path4, {
      encoding,
      flag: READ_NOFOLLOW_FLAGS
    });
  }
  return await fs.promises.readFile(path4, { encoding });
}
__name(readFile, "readFile");
environment.value = {
  path,
  debuglog: environment.value.debuglog ?? debuglog,
  ScreenRecorder: environment.value.ScreenRecorder,
  followSymlinks: true,
  readFile,
  writeFile: /* @__PURE__ */ __name(async (filePath, data) => {
    if (!environment.value.followSymlinks && fs.constants.O_NOFOLLOW !== void 0) {
      await fs.promises.writeFile(filePath, data, {
        flag: WRITE_NOFOLLOW_FLAGS,
        mode: WRITE_NOFOLLOW_MODE
      });
    } else {
      await fs.promises.writeFile(filePath, data);
    }
  }, "writeFile"),
  openFileForWriting: /* @__PURE__ */ __name(async (filePath) => {
    if (!environment.value.followSymlinks && fs.constants.O_NOFOLLOW !== void 0) {
      return await fs.promises.open(filePath, WRITE_NOFOLLOW_FLAGS, WRITE_NOFOLLOW_MODE);
    }
    return await fs.promises.open(filePath, "w+");
  }, "openFileForWriting"),
  createWriteStream: /* @__PURE__ */ __name((filePath, options) => {
    const encoding = options?.encoding;
    const overwrite = options?.overwrite ?? true;
    if (!environment.value.followSymlinks && fs.constants.O_NOFOLLOW !== void 0) {
      const flags = overwrite ? WRITE_NOFOLLOW_FLAGS : WRITE_NOFOLLOW_NOOVERWRITE_FLAGS;
      const fd = fs.openSync(filePath, flags, WRITE_NOFOLLOW_MODE);
      return fs.createWriteStream("", {
        fd,
        mode: WRITE_NOFOLLOW_MODE,
        encoding
      });
    }
    if (!overwrite) {
      const fd = fs.openSync(filePath, WRITE_NOOVERWRITE_FLAGS);
      return fs.createWriteStream("", {
        fd,
        encoding
      });
    }
    return fs.createWriteStream(filePath, encoding ? { encoding } : void 0);
  }, "createWriteStream"),
  mkdir: /* @__PURE__ */ __name(async (dirPath, options) => {
    await fs.promises.mkdir(dirPath, options);
  }, "mkdir")
};

// node_modules/puppeteer-core/lib/puppeteer/node/ChromeLauncher.js
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path2 from "node:path";

// node_modules/puppeteer-core/lib/puppeteer/node/BrowserLauncher.js
import { accessSync, constants, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// node_modules/puppeteer-core/lib/puppeteer/node/PipeTransport.js
var PipeTransport = class {
  static {
    __name(this, "PipeTransport");
  }
  #pipeWrite;
  #subscriptions = new DisposableStack();
  #logger;
  #isClosed = false;
  #pendingMessage = [];
  onclose;
  onmessage;
  constructor(pipeWrite, pipeRead, logger) {
    this.#pipeWrite = pipeWrite;
    this.#logger = logger;
    const pipeReadEmitter = this.#subscriptions.use(
      // NodeJS event emitters don't support `*` so we need to typecast
      // As long as we don't use it we should be OK.
      new EventEmitter(pipeRead, logger)
    );
    pipeReadEmitter.on("data", (buffer) => {
      return this.#dispatch(buffer);
    });
    pipeReadEmitter.on("close", () => {
      if (this.onclose) {
        this.onclose.call(null);
      }
    });
    pipeReadEmitter.on("error", (err) => {
      this.#logger?.(DEBUG_PREFIXES.error)?.(err);
    });
    const pipeWriteEmitter = this.#subscriptions.use(
      // NodeJS event emitters don't support `*` so we need to typecast
      // As long as we don't use it we should be OK.
      new EventEmitter(pipeWrite)
    );
    pipeWriteEmitter.on("error", (err) => {
      this.#logger?.(DEBUG_PREFIXES.error)?.(err);
    });
  }
  send(message) {
    assert(!this.#isClosed, "`PipeTransport` is closed.");
    this.#pipeWrite.write(message);
    this.#pipeWrite.write("\0");
  }
  #dispatch(buffer) {
    assert(!this.#isClosed, "`PipeTransport` is closed.");
    this.#pendingMessage.push(buffer);
    if (buffer.indexOf("\0") === -1) {
      return;
    }
    const concatBuffer = Buffer.concat(this.#pendingMessage);
    let start = 0;
    let end = concatBuffer.indexOf("\0");
    while (end !== -1) {
      const message = concatBuffer.toString(void 0, start, end);
      setImmediate(() => {
        if (this.onmessage) {
          this.onmessage.call(null, message);
        }
      });
      start = end + 1;
      end = concatBuffer.indexOf("\0", start);
    }
    if (start >= concatBuffer.length) {
      this.#pendingMessage = [];
    } else {
      this.#pendingMessage = [concatBuffer.subarray(start)];
    }
  }
  close() {
    this.#isClosed = true;
    this.#subscriptions.dispose();
  }
};

// node_modules/puppeteer-core/lib/puppeteer/node/BrowserLauncher.js
function isWritableDirectory(directory) {
  try {
    accessSync(directory, constants.W_OK);
    return true;
  } catch {
    return !existsSync(directory);
  }
}
__name(isWritableDirectory, "isWritableDirectory");
function getBrowserTypeDisplayName(browserType) {
  switch (browserType) {
    case Browser.FIREFOX:
    case Browser.CHROME:
      return browserType.charAt(0).toUpperCase() + browserType.slice(1);
    default:
      return browserType;
  }
}
__name(getBrowserTypeDisplayName, "getBrowserTypeDisplayName");
var BrowserLauncher = class {
  static {
    __name(this, "BrowserLauncher");
  }
  #browser;
  #logger;
  /**
   * @internal
   */
  /**
   * @internal
   */
  puppeteer;
  /**
   * @internal
   */
  constructor(puppeteer2, browser, logger) {
    this.puppeteer = puppeteer2;
    this.#browser = browser;
    this.#logger = logger;
  }
  /**
   * @internal
   */
  get logger() {
    return this.#logger;
  }
  get browser() {
    return this.#browser;
  }
  async launch(options = {}) {
    options.logger ??= this.#logger;
    const { dumpio = false, enableExtensions = false, extensionsEnabledInIncognito = [], env = process.env, handleSIGINT = true, handleSIGTERM = true, handleSIGHUP = true, acceptInsecureCerts = false, networkEnabled = true, issuesEnabled = true, defaultViewport = DEFAULT_VIEWPORT, downloadBehavior, slowMo = 0, timeout = 3e4, waitForInitialPage = true, protocolTimeout, handleDevToolsAsPage, idGenerator = createIncrementalIdGenerator(), blocklist, allowlist } = options;
    let { protocol } = options;
    if (this.#browser === "firefox" && protocol === void 0) {
      protocol = "webDriverBiDi";
    }
    assertSupportedUrlRestrictions({
      allowlist,
      blocklist,
      protocol
    });
    if (this.#browser === "firefox" && protocol === "cdp") {
      throw new Error("Connecting to Firefox using CDP is no longer supported");
    }
    const launchArgs = await this.computeLaunchArguments({
      ...options,
      protocol
    });
    if (!existsSync(launchArgs.executablePath)) {
      if (launchArgs.isTempUserDataDir) {
        await this.cleanUserDataDir(launchArgs.userDataDir, {
          isTemp: true
        });
      }
      throw new Error(`Browser was not found at the configured executablePath (${launchArgs.executablePath})`);
    }
    const usePipe = launchArgs.args.includes("--remote-debugging-pipe");
    const onProcessExit = /* @__PURE__ */ __name(async () => {
      try {
        await this.cleanUserDataDir(launchArgs.userDataDir, {
          isTemp: launchArgs.isTempUserDataDir
        });
      } finally {
        removeTempUserDataDirOnExit?.();
      }
    }, "onProcessExit");
    if (this.#browser === "firefox" && protocol === "webDriverBiDi" && usePipe) {
      await this.cleanUserDataDir(launchArgs.userDataDir, {
        isTemp: launchArgs.isTempUserDataDir
      });
      throw new Error("Pipe connections are not supported with Firefox and WebDriver BiDi");
    }
    let removeTempUserDataDirOnExit;
    let browserProcess;
    try {
      browserProcess = launch({
        executablePath: launchArgs.executablePath,
        args: launchArgs.args,
        handleSIGHUP,
        handleSIGTERM,
        handleSIGINT,
        dumpio,
        env,
        pipe: usePipe,
        onExit: onProcessExit,
        signal: options.signal,
        logger: options.logger
      });
      removeTempUserDataDirOnExit = launchArgs.isTempUserDataDir ? registerProcessExitCleanup(launchArgs.userDataDir, this.#logger) : void 0;
    } catch (error) {
      removeTempUserDataDirOnExit?.();
      await this.cleanUserDataDir(launchArgs.userDataDir, {
        isTemp: launchArgs.isTempUserDataDir
      });
      throw error;
    }
    let browser;
    let cdpConnection;
    let closing = false;
    const browserCloseCallback = /* @__PURE__ */ __name(async () => {
      if (closing) {
        return;
      }
      closing = true;
      await this.closeBrowser(browserProcess, cdpConnection);
    }, "browserCloseCallback");
    try {
      if (this.#browser === "firefox") {
        browser = await this.createBiDiBrowser(browserProcess, browserCloseCallback, {
          timeout,
          protocolTimeout,
          slowMo,
          defaultViewport,
          acceptInsecureCerts,
          networkEnabled,
          idGenerator,
          logger: options.logger,
          wsOptions: options.wsOptions
        });
      } else {
        if (usePipe) {
          cdpConnection = await this.createCdpPipeConnection(browserProcess, {
            timeout,
            protocolTimeout,
            slowMo,
            idGenerator,
            logger: options.logger
          });
        } else {
          cdpConnection = await this.createCdpSocketConnection(browserProcess, {
            timeout,
            protocolTimeout,
            slowMo,
            idGenerator,
            logger: options.logger,
            wsOptions: options.wsOptions
          });
        }
        if (protocol === "webDriverBiDi") {
          browser = await this.createBiDiOverCdpBrowser(browserProcess, cdpConnection, browserCloseCallback, {
            defaultViewport,
            acceptInsecureCerts,
            networkEnabled,
            issuesEnabled,
            logger: options.logger
          });
        } else {
          browser = await CdpBrowser._create(cdpConnection, [], acceptInsecureCerts, defaultViewport, downloadBehavior, browserProcess.nodeProcess, browserCloseCallback, options.targetFilter, void 0, void 0, networkEnabled, issuesEnabled, handleDevToolsAsPage, blocklist, allowlist, options.logger);
        }
      }
    } catch (error) {
      void browserCloseCallback();
      const logs = browserProcess.getRecentLogs().join("\n");
      if (logs.includes("Failed to create a ProcessSingleton for your profile directory") || // On Windows we will not get logs due to the singleton process handover. See
      // https://source.chromium.org/chromium/chromium/src/+/main:chrome/browser/process_singleton_win.cc;l=46;drc=fc7952f0422b5073515a205a04ec9c3a1ae81658
      process.platform === "win32" && existsSync(join(launchArgs.userDataDir, "lockfile"))) {
        if (!isWritableDirectory(launchArgs.userDataDir)) {
          throw new Error(`The browser cannot write to ${launchArgs.userDataDir}. Make the \`userDataDir\` writable or use a different one.`);
        }
        throw new Error(`The browser is already running for ${launchArgs.userDataDir}. Use a different \`userDataDir\` or stop the running browser first.`);
      }
      if (logs.includes("Missing X server") && options.headless === false) {
        throw new Error(`Missing X server to start the headful browser. Either set headless to true or use xvfb-run to run your Puppeteer script.`);
      }
      if (error instanceof TimeoutError2) {
        throw new TimeoutError(error.message);
      }
      throw error;
    }
    if (Array.isArray(enableExtensions)) {
      await Promise.all([
        enableExtensions.map((path4) => {
          return browser.installExtension(path4, {
            enabledInIncognito: extensionsEnabledInIncognito.includes(path4)
          });
        })
      ]);
    }
    if (waitForInitialPage) {
      await this.waitForPageTarget(browser, timeout);
    }
    return browser;
  }
  /**
   * @internal
   */
  async closeBrowser(browserProcess, cdpConnection) {
    if (cdpConnection) {
      try {
        await cdpConnection.closeBrowser();
        await browserProcess.hasClosed();
      } catch (error) {
        this.#logger?.(DEBUG_PREFIXES.error)?.(error);
        await browserProcess.close();
      }
    } else {
      await firstValueFrom(race(from(browserProcess.hasClosed()), timer(5e3).pipe(mergeMap(() => {
        return from(browserProcess.close());
      }))));
    }
  }
  /**
   * @internal
   */
  async waitForPageTarget(browser, timeout) {
    try {
      await browser.waitForTarget((t) => {
        return t.type() === "page";
      }, { timeout });
    } catch (error) {
      await browser.close();
      throw error;
    }
  }
  /**
   * @internal
   */
  async createCdpSocketConnection(browserProcess, opts) {
    const browserWSEndpoint = await browserProcess.waitForLineOutput(CDP_WEBSOCKET_ENDPOINT_REGEX, opts.timeout);
    const transport = await NodeWebSocketTransport.create(browserWSEndpoint, void 0, opts.logger, opts.wsOptions);
    return new Connection(
      browserWSEndpoint,
      transport,
      opts.slowMo,
      opts.protocolTimeout,
      /* rawErrors */
      false,
      opts.idGenerator,
      opts.logger
    );
  }
  /**
   * @internal
   */
  async createCdpPipeConnection(browserProcess, opts) {
    const { 3: pipeWrite, 4: pipeRead } = browserProcess.nodeProcess.stdio;
    const transport = new PipeTransport(pipeWrite, pipeRead, opts.logger);
    return new Connection(
      "",
      transport,
      opts.slowMo,
      opts.protocolTimeout,
      /* rawErrors */
      false,
      opts.idGenerator,
      opts.logger
    );
  }
  /**
   * @internal
   */
  async createBiDiOverCdpBrowser(browserProcess, cdpConnection, closeCallback, opts) {
    const bidiOnly = process.env["PUPPETEER_WEBDRIVER_BIDI_ONLY"] === "true";
    const BiDi = await import(
      /* webpackIgnore: true */
      "./bidi-4HKGTFAJ.js"
    );
    const bidiConnection = await BiDi.connectBidiOverCdp(cdpConnection, opts.logger);
    return await BiDi.BidiBrowser.create({
      connection: bidiConnection,
      // Do not provide CDP connection to Browser, if BiDi-only mode is enabled. This
      // would restrict Browser to use only BiDi endpoint.
      cdpConnection: bidiOnly ? void 0 : cdpConnection,
      closeCallback,
      process: browserProcess.nodeProcess,
      defaultViewport: opts.defaultViewport,
      acceptInsecureCerts: opts.acceptInsecureCerts,
      networkEnabled: opts.networkEnabled,
      issuesEnabled: opts.issuesEnabled,
      logger: opts.logger
    });
  }
  /**
   * @internal
   */
  async createBiDiBrowser(browserProcess, closeCallback, opts) {
    const browserWSEndpoint = await browserProcess.waitForLineOutput(WEBDRIVER_BIDI_WEBSOCKET_ENDPOINT_REGEX, opts.timeout) + "/session";
    const transport = await NodeWebSocketTransport.create(browserWSEndpoint, void 0, opts.logger, opts.wsOptions);
    const BiDi = await import(
      /* webpackIgnore: true */
      "./bidi-4HKGTFAJ.js"
    );
    const bidiConnection = new BiDi.BidiConnection(browserWSEndpoint, transport, opts.idGenerator, opts.slowMo, opts.protocolTimeout, opts.logger);
    return await BiDi.BidiBrowser.create({
      connection: bidiConnection,
      closeCallback,
      process: browserProcess.nodeProcess,
      defaultViewport: opts.defaultViewport,
      acceptInsecureCerts: opts.acceptInsecureCerts,
      networkEnabled: opts.networkEnabled ?? true,
      issuesEnabled: opts.issuesEnabled ?? true,
      logger: opts.logger
    });
  }
  /**
   * @internal
   */
  async getProfilePath() {
    const config2 = await this.puppeteer.configuration();
    return join(config2.temporaryDirectory ?? tmpdir(), `puppeteer_dev_${this.browser}_profile-`);
  }
  /**
   * @internal
   */
  async resolveExecutablePath(headless, validatePath = true) {
    const config2 = await this.puppeteer.configuration();
    let executablePath2 = config2.executablePath;
    if (executablePath2) {
      if (validatePath && !existsSync(executablePath2)) {
        throw new Error(`Tried to find the browser at the configured path (${executablePath2}), but no executable was found.`);
      }
      return executablePath2;
    }
    function puppeteerBrowserToInstalledBrowser(browser, headless2) {
      switch (browser) {
        case "chrome":
          if (headless2 === "shell") {
            return Browser.CHROMEHEADLESSSHELL;
          }
          return Browser.CHROME;
        case "firefox":
          return Browser.FIREFOX;
      }
      return Browser.CHROME;
    }
    __name(puppeteerBrowserToInstalledBrowser, "puppeteerBrowserToInstalledBrowser");
    const browserType = puppeteerBrowserToInstalledBrowser(this.browser, headless);
    const defaultDownloadPath = await this.puppeteer.defaultDownloadPath();
    const browserVersion = await this.puppeteer.browserVersion();
    executablePath2 = computeExecutablePath({
      cacheDir: defaultDownloadPath,
      browser: browserType,
      buildId: browserVersion
    });
    if (validatePath && !existsSync(executablePath2)) {
      const configVersion = config2?.[this.browser]?.version;
      if (configVersion) {
        throw new Error(`Tried to find the browser at the configured path (${executablePath2}) for version ${configVersion}, but no executable was found.`);
      }
      throw new Error(`Could not find ${getBrowserTypeDisplayName(browserType)} (ver. ${browserVersion}). This can occur if either
 1. you did not perform an installation before running the script (e.g. \`npx puppeteer browsers install ${browserType}\`) or
 2. your cache path is incorrectly configured (which is: ${config2.cacheDirectory}).
For (2), check out our guide on configuring puppeteer at https://pptr.dev/guides/configuration.`);
    }
    return executablePath2;
  }
};
var processExitCleanupEntries = /* @__PURE__ */ new WeakMap();
function registerProcessExitCleanup(userDataDir, logger, processEmitter = process) {
  let cleanup = processExitCleanupEntries.get(processEmitter);
  if (!cleanup) {
    const entries = /* @__PURE__ */ new Set();
    const onExit = /* @__PURE__ */ __name(() => {
      for (const entry2 of entries) {
        try {
          rmSync(entry2.userDataDir, {
            recursive: true,
            force: true,
            maxRetries: 3,
            retryDelay: 100
          });
        } catch (error) {
          entry2.logger(DEBUG_PREFIXES.error)?.(error);
        }
      }
    }, "onExit");
    cleanup = { entries, onExit };
    processExitCleanupEntries.set(processEmitter, cleanup);
    processEmitter.once("exit", onExit);
  }
  const entry = { userDataDir, logger };
  cleanup.entries.add(entry);
  return () => {
    if (!cleanup?.entries.delete(entry) || cleanup.entries.size > 0) {
      return;
    }
    processEmitter.off("exit", cleanup.onExit);
    processExitCleanupEntries.delete(processEmitter);
  };
}
__name(registerProcessExitCleanup, "registerProcessExitCleanup");

// node_modules/puppeteer-core/lib/puppeteer/node/util/fs.js
import fs2 from "node:fs";
var rmOptions = {
  force: true,
  recursive: true,
  maxRetries: 10,
  retryDelay: 100
};
async function rm(path4) {
  await fs2.promises.rm(path4, rmOptions);
}
__name(rm, "rm");

// node_modules/puppeteer-core/lib/puppeteer/node/ChromeLauncher.js
var ChromeLauncher = class extends BrowserLauncher {
  static {
    __name(this, "ChromeLauncher");
  }
  constructor(puppeteer2, logger) {
    super(puppeteer2, "chrome", logger);
  }
  async launch(options = {}) {
    const config2 = await this.puppeteer.configuration();
    if (config2.logLevel === "warn" && process.platform === "darwin" && process.arch === "x64") {
      const cpus = os.cpus();
      if (cpus[0]?.model.includes("Apple")) {
        console.warn([
          "\x1B[1m\x1B[43m\x1B[30m",
          "Degraded performance warning:\x1B[0m\x1B[33m",
          "Launching Chrome on Mac Silicon (arm64) from an x64 Node installation results in",
          "Rosetta translating the Chrome binary, even if Chrome is already arm64. This would",
          "result in huge performance issues. To resolve this, you must run Puppeteer with",
          "a version of Node built for arm64."
        ].join("\n  "));
      }
    }
    return await super.launch(options);
  }
  /**
   * @internal
   */
  async computeLaunchArguments(options = {}) {
    const { ignoreDefaultArgs = false, args = [], pipe = false, debuggingPort, channel, executablePath: executablePath2 } = options;
    const chromeArguments = [];
    if (!ignoreDefaultArgs) {
      chromeArguments.push(...this.defaultArgs(options));
    } else if (Array.isArray(ignoreDefaultArgs)) {
      chromeArguments.push(...this.defaultArgs(options).filter((arg) => {
        return !ignoreDefaultArgs.includes(arg);
      }));
    } else {
      chromeArguments.push(...args);
    }
    if (!chromeArguments.some((argument) => {
      return argument.startsWith("--remote-debugging-");
    })) {
      if (pipe) {
        assert(!debuggingPort, "Browser should be launched with either pipe or debugging port - not both.");
        chromeArguments.push("--remote-debugging-pipe");
      } else {
        chromeArguments.push(`--remote-debugging-port=${debuggingPort || 0}`);
      }
    }
    let isTempUserDataDir = false;
    const userDataDirIndex = chromeArguments.findIndex((arg) => {
      return arg.startsWith("--user-data-dir");
    });
    let userDataDir;
    if (userDataDirIndex < 0) {
      isTempUserDataDir = true;
      const profilePath = await this.getProfilePath();
      userDataDir = await mkdtemp(profilePath);
      chromeArguments.push(`--user-data-dir=${userDataDir}`);
    } else {
      const parsedUserDataDir = chromeArguments[userDataDirIndex].split("=", 2)[1];
      assert(typeof parsedUserDataDir === "string", "`--user-data-dir` is malformed");
      userDataDir = parsedUserDataDir;
    }
    let chromeExecutable = executablePath2;
    if (!chromeExecutable) {
      assert(channel || !this.puppeteer._isPuppeteerCore, `An \`executablePath\` or \`channel\` must be specified for \`puppeteer-core\``);
      chromeExecutable = channel ? await this.executablePath(channel) : await this.resolveExecutablePath(options.headless ?? true);
    }
    return {
      executablePath: chromeExecutable,
      args: chromeArguments,
      isTempUserDataDir,
      userDataDir
    };
  }
  /**
   * @internal
   */
  async cleanUserDataDir(path4, opts) {
    if (opts.isTemp) {
      try {
        await rm(path4);
      } catch (error) {
        this.logger(DEBUG_PREFIXES.error)?.(error);
      }
    }
  }
  defaultArgs(options = {}) {
    const userDisabledFeatures = getFeatures("--disable-features", options.args);
    if (options.args && userDisabledFeatures.length > 0) {
      removeMatchingFlags(options.args, "--disable-features");
    }
    const turnOnExperimentalFeaturesForTesting = process.env["PUPPETEER_TEST_EXPERIMENTAL_CHROME_FEATURES"] === "true";
    const userEnabledFeatures = getFeatures("--enable-features", options.args);
    if (options.args && userEnabledFeatures.length > 0) {
      removeMatchingFlags(options.args, "--enable-features");
    }
    const enabledFeatures = [
      "PdfOopif",
      // Add features to enable by default here.
      ...userEnabledFeatures
    ].filter((feature) => {
      return feature !== "";
    });
    const disabledFeatures = [
      "Translate",
      // AcceptCHFrame disabled because of crbug.com/1348106.
      "AcceptCHFrame",
      "MediaRouter",
      "OptimizationHints",
      "WebUIReloadButton",
      "WebUIOmniboxPopup",
      "WebUIOmniboxAimPopup",
      ...turnOnExperimentalFeaturesForTesting ? [] : [
        // https://crbug.com/1492053
        "ProcessPerSiteUpToMainFrameThreshold",
        // https://github.com/puppeteer/puppeteer/issues/10715
        "IsolateSandboxedIframes"
      ],
      ...userDisabledFeatures
    ].filter((feature) => {
      return feature !== "";
    }).filter((disabledFeature) => {
      return !enabledFeatures.includes(disabledFeature);
    });
    const chromeArguments = [
      "--allow-pre-commit-input",
      "--disable-background-networking",
      "--disable-background-timer-throttling",
      "--disable-backgrounding-occluded-windows",
      "--disable-breakpad",
      "--disable-client-side-phishing-detection",
      "--disable-component-extensions-with-background-pages",
      "--disable-crash-reporter",
      // No crash reporting in CfT.
      "--disable-default-apps",
      "--disable-dev-shm-usage",
      "--disable-hang-monitor",
      "--disable-infobars",
      "--disable-ipc-flooding-protection",
      "--disable-popup-blocking",
      "--disable-prompt-on-repost",
      "--disable-renderer-backgrounding",
      "--disable-search-engine-choice-screen",
      "--disable-sync",
      "--enable-automation",
      "--export-tagged-pdf",
      "--force-color-profile=srgb",
      "--generate-pdf-document-outline",
      "--metrics-recording-only",
      "--no-first-run",
      "--password-store=basic",
      "--use-mock-keychain",
      `--disable-features=${disabledFeatures.join(",")}`,
      `--enable-features=${enabledFeatures.join(",")}`
    ].filter((arg) => {
      return arg !== "";
    });
    const { devtools = false, headless = !devtools, args = [], userDataDir, enableExtensions = false } = options;
    if (process.env["PUPPETEER_DANGEROUS_NO_SANDBOX"] === "true" && !args.includes("--no-sandbox")) {
      chromeArguments.push("--no-sandbox");
    }
    if (userDataDir) {
      chromeArguments.push(`--user-data-dir=${path2.posix.isAbsolute(userDataDir) || path2.win32.isAbsolute(userDataDir) ? userDataDir : path2.resolve(userDataDir)}`);
    }
    if (devtools) {
      chromeArguments.push("--auto-open-devtools-for-tabs");
    }
    if (headless) {
      chromeArguments.push(headless === "shell" ? "--headless" : "--headless=new", "--hide-scrollbars", "--mute-audio");
    }
    if (!enableExtensions) {
      chromeArguments.push("--disable-extensions");
    }
    if (args.every((arg) => {
      return arg.startsWith("-");
    })) {
      chromeArguments.push("about:blank");
    }
    chromeArguments.push(...args);
    return chromeArguments;
  }
  async executablePath(channel, validatePath = true) {
    if (channel) {
      return computeSystemExecutablePath({
        browser: Browser.CHROME,
        channel: convertPuppeteerChannelToBrowsersChannel(channel)
      }, validatePath);
    } else {
      return await this.resolveExecutablePath(void 0, validatePath);
    }
  }
};
function getFeatures(flag, options = []) {
  const prefix = flag.endsWith("=") ? flag : `${flag}=`;
  return options.filter((s) => {
    return s.startsWith(prefix);
  }).flatMap((s) => {
    return s.substring(s.indexOf("=") + 1).trim().split(",").map((feature) => {
      return feature.trim();
    });
  }).filter((s) => {
    return s;
  });
}
__name(getFeatures, "getFeatures");
function removeMatchingFlags(array, flag) {
  const prefix = flag.endsWith("=") ? flag : `${flag}=`;
  let i = 0;
  while (i < array.length) {
    if (array[i].startsWith(prefix)) {
      array.splice(i, 1);
    } else {
      i++;
    }
  }
  return array;
}
__name(removeMatchingFlags, "removeMatchingFlags");

// node_modules/puppeteer-core/lib/puppeteer/node/FirefoxLauncher.js
import fs3 from "node:fs";
import { rename, unlink, mkdtemp as mkdtemp2 } from "node:fs/promises";
import os2 from "node:os";
import path3 from "node:path";
var FirefoxLauncher = class _FirefoxLauncher extends BrowserLauncher {
  static {
    __name(this, "FirefoxLauncher");
  }
  constructor(puppeteer2, logger) {
    super(puppeteer2, "firefox", logger);
  }
  static getPreferences(extraPrefsFirefox) {
    return {
      ...extraPrefsFirefox,
      // Force all web content to use a single content process. TODO: remove
      // this once Firefox supports mouse event dispatch from the main frame
      // context. See https://bugzilla.mozilla.org/show_bug.cgi?id=1773393.
      "fission.webContentIsolationStrategy": 0
    };
  }
  /**
   * @internal
   */
  async computeLaunchArguments(options = {}) {
    const { ignoreDefaultArgs = false, args = [], executablePath: executablePath2, pipe = false, extraPrefsFirefox = {}, debuggingPort = null } = options;
    const firefoxArguments = [];
    if (!ignoreDefaultArgs) {
      firefoxArguments.push(...this.defaultArgs(options));
    } else if (Array.isArray(ignoreDefaultArgs)) {
      firefoxArguments.push(...this.defaultArgs(options).filter((arg) => {
        return !ignoreDefaultArgs.includes(arg);
      }));
    } else {
      firefoxArguments.push(...args);
    }
    if (!firefoxArguments.some((argument) => {
      return argument.startsWith("--remote-debugging-");
    })) {
      if (pipe) {
        assert(debuggingPort === null, "Browser should be launched with either pipe or debugging port - not both.");
      }
      firefoxArguments.push(`--remote-debugging-port=${debuggingPort || 0}`);
    }
    let userDataDir;
    let isTempUserDataDir = true;
    const profileArgIndex = firefoxArguments.findIndex((arg) => {
      return ["-profile", "--profile"].includes(arg);
    });
    if (profileArgIndex !== -1) {
      userDataDir = firefoxArguments[profileArgIndex + 1];
      if (!userDataDir) {
        throw new Error(`Missing value for profile command line argument`);
      }
      isTempUserDataDir = false;
    } else {
      const profilePath = await this.getProfilePath();
      userDataDir = await mkdtemp2(profilePath);
      firefoxArguments.push("--profile");
      firefoxArguments.push(userDataDir);
    }
    await createProfile(Browser.FIREFOX, {
      path: userDataDir,
      preferences: _FirefoxLauncher.getPreferences(extraPrefsFirefox)
    });
    let firefoxExecutable;
    if (this.puppeteer._isPuppeteerCore || executablePath2) {
      assert(executablePath2, `An \`executablePath\` must be specified for \`puppeteer-core\``);
      firefoxExecutable = executablePath2;
    } else {
      firefoxExecutable = await this.executablePath(void 0);
    }
    return {
      isTempUserDataDir,
      userDataDir,
      args: firefoxArguments,
      executablePath: firefoxExecutable
    };
  }
  /**
   * @internal
   */
  async cleanUserDataDir(userDataDir, opts) {
    if (opts.isTemp) {
      try {
        await rm(userDataDir);
      } catch (error) {
        this.logger(DEBUG_PREFIXES.error)?.(error);
      }
    } else {
      try {
        const backupSuffix = ".puppeteer";
        const backupFiles = ["prefs.js", "user.js"];
        const results = await Promise.allSettled(backupFiles.map(async (file) => {
          const prefsBackupPath = path3.join(userDataDir, file + backupSuffix);
          if (fs3.existsSync(prefsBackupPath)) {
            const prefsPath = path3.join(userDataDir, file);
            await unlink(prefsPath);
            await rename(prefsBackupPath, prefsPath);
          }
        }));
        for (const result of results) {
          if (result.status === "rejected") {
            throw result.reason;
          }
        }
      } catch (error) {
        this.logger(DEBUG_PREFIXES.error)?.(error);
      }
    }
  }
  async executablePath(_, validatePath = true) {
    return await this.resolveExecutablePath(
      void 0,
      /* validatePath=*/
      validatePath
    );
  }
  defaultArgs(options = {}) {
    const { devtools = false, headless = !devtools, args = [], userDataDir = null } = options;
    const firefoxArguments = [];
    switch (os2.platform()) {
      case "darwin":
        firefoxArguments.push("--foreground");
        break;
      case "win32":
        firefoxArguments.push("--wait-for-browser");
        break;
    }
    if (userDataDir) {
      firefoxArguments.push("--profile");
      firefoxArguments.push(userDataDir);
    }
    if (headless) {
      firefoxArguments.push("--headless");
    }
    if (devtools) {
      firefoxArguments.push("--devtools");
    }
    if (args.every((arg) => {
      return arg.startsWith("-");
    })) {
      firefoxArguments.push("about:blank");
    }
    firefoxArguments.push(...args);
    return firefoxArguments;
  }
};

// node_modules/puppeteer-core/lib/puppeteer/node/PuppeteerNode.js
var PuppeteerNode = class extends Puppeteer {
  static {
    __name(this, "PuppeteerNode");
  }
  #launcher;
  #lastLaunchedBrowser;
  configuration;
  /**
   * @internal
   */
  constructor(settings) {
    const { configuration, ...commonSettings } = settings;
    super(commonSettings);
    if (configuration) {
      this.configuration = configuration;
    } else {
      this.configuration = () => {
        return Promise.resolve({});
      };
    }
    this.connect = this.connect.bind(this);
    this.launch = this.launch.bind(this);
    this.executablePath = this.executablePath.bind(this);
    this.defaultArgs = this.defaultArgs.bind(this);
    this.trimCache = this.trimCache.bind(this);
  }
  /**
   * This method attaches Puppeteer to an existing browser instance.
   *
   * @param options - Set of configurable options to set on the browser.
   * @returns Promise which resolves to browser instance.
   */
  connect(options) {
    options.logger ??= debug;
    return super.connect(options);
  }
  /**
   * Launches a browser instance with given arguments and options when
   * specified.
   *
   * When using with `puppeteer-core`,
   * {@link LaunchOptions.executablePath | options.executablePath} or
   * {@link LaunchOptions.channel | options.channel} must be provided.
   *
   * @example
   * You can use {@link LaunchOptions.ignoreDefaultArgs | options.ignoreDefaultArgs}
   * to filter out `--mute-audio` from default arguments:
   *
   * ```ts
   * const browser = await puppeteer.launch({
   *   ignoreDefaultArgs: ['--mute-audio'],
   * });
   * ```
   *
   * @remarks
   * Puppeteer can also be used to control the Chrome browser, but it works best
   * with the version of Chrome for Testing downloaded by default.
   * There is no guarantee it will work with any other version. If Google Chrome
   * (rather than Chrome for Testing) is preferred, a
   * {@link https://www.google.com/chrome/browser/canary.html | Chrome Canary}
   * or
   * {@link https://www.chromium.org/getting-involved/dev-channel | Dev Channel}
   * build is suggested. See
   * {@link https://www.howtogeek.com/202825/what%E2%80%99s-the-difference-between-chromium-and-chrome/ | this article}
   * for a description of the differences between Chromium and Chrome.
   * {@link https://chromium.googlesource.com/chromium/src/+/lkgr/docs/chromium_browser_vs_google_chrome.md | This article}
   * describes some differences for Linux users. See
   * {@link https://developer.chrome.com/blog/chrome-for-testing/ | this doc} for the description
   * of Chrome for Testing.
   *
   * @param options - Options to configure launching behavior.
   */
  async launch(options = {}) {
    options.logger ??= debug;
    const { browser = await this.defaultBrowser() } = options;
    this.#lastLaunchedBrowser = browser;
    if (!["chrome", "firefox"].includes(browser)) {
      throw new Error(`Unknown product: ${browser}`);
    }
    this.#launcher = this.#getLauncher(browser, options.logger);
    return await this.#launcher.launch(options);
  }
  #getLauncher(browser, logger) {
    if (this.#launcher && this.#launcher.browser === browser) {
      return this.#launcher;
    }
    switch (browser) {
      case "chrome":
        return new ChromeLauncher(this, logger);
      case "firefox":
        return new FirefoxLauncher(this, logger);
      default:
        throw new Error(`Unknown product: ${browser}`);
    }
  }
  async executablePath(optsOrChannel) {
    if (optsOrChannel === void 0) {
      return await this.#getLauncher(await this.lastLaunchedBrowser(), debug).executablePath(
        void 0,
        /* validatePath= */
        false
      );
    }
    if (typeof optsOrChannel === "string") {
      return await this.#getLauncher("chrome", debug).executablePath(
        optsOrChannel,
        /* validatePath= */
        false
      );
    }
    return await this.#getLauncher(optsOrChannel.browser ?? await this.lastLaunchedBrowser(), optsOrChannel.logger ?? debug).resolveExecutablePath(
      optsOrChannel.headless,
      /* validatePath= */
      false
    );
  }
  /**
   * @internal
   */
  async browserVersion() {
    const config2 = await this.configuration();
    const lastLaunched = await this.lastLaunchedBrowser();
    return config2?.[lastLaunched]?.version ?? PUPPETEER_REVISIONS[lastLaunched];
  }
  /**
   * The default download path for puppeteer. For puppeteer-core, this
   * code should never be called as it is never defined.
   *
   * @internal
   */
  async defaultDownloadPath() {
    const config2 = await this.configuration();
    return config2.cacheDirectory;
  }
  /**
   * The name of the browser that was last launched.
   */
  async lastLaunchedBrowser() {
    return this.#lastLaunchedBrowser ?? await this.defaultBrowser();
  }
  /**
   * The name of the browser that will be launched by default. For
   * `puppeteer`, this is influenced by your configuration. Otherwise, it's
   * `chrome`.
   */
  async defaultBrowser() {
    const config2 = await this.configuration();
    return config2.defaultBrowser ?? "chrome";
  }
  /**
   * @param options - Set of configurable options to set on the browser.
   *
   * @returns The default arguments that the browser will be launched with.
   */
  async defaultArgs(options = {}) {
    return this.#getLauncher(options.browser ?? await this.lastLaunchedBrowser(), options.logger ?? debug).defaultArgs(options);
  }
  /**
   * Removes all non-current Firefox and Chrome binaries in the cache directory
   * identified by the provided Puppeteer configuration. The current browser
   * version is determined by resolving PUPPETEER_REVISIONS from Puppeteer
   * unless `configuration.browserRevision` is provided.
   *
   * @remarks
   *
   * Note that the method does not check if any other Puppeteer versions
   * installed on the host that use the same cache directory require the
   * non-current binaries.
   *
   * @public
   */
  async trimCache() {
    const platform = detectBrowserPlatform();
    if (!platform) {
      throw new Error("The current platform is not supported.");
    }
    const config2 = await this.configuration();
    const cacheDir = config2.cacheDirectory;
    const installedBrowsers = await getInstalledBrowsers({
      cacheDir
    });
    const puppeteerBrowsers = [
      {
        product: "chrome",
        browser: Browser.CHROME,
        currentBuildId: ""
      },
      {
        product: "firefox",
        browser: Browser.FIREFOX,
        currentBuildId: ""
      }
    ];
    await Promise.all(puppeteerBrowsers.map(async (item) => {
      const tag = config2?.[item.product]?.version ?? PUPPETEER_REVISIONS[item.product];
      item.currentBuildId = await resolveBuildId(item.browser, platform, tag);
    }));
    const currentBrowserBuilds = new Set(puppeteerBrowsers.map((browser) => {
      return `${browser.browser}_${browser.currentBuildId}`;
    }));
    const currentBrowsers = new Set(puppeteerBrowsers.map((browser) => {
      return browser.browser;
    }));
    for (const installedBrowser of installedBrowsers) {
      if (!currentBrowsers.has(installedBrowser.browser)) {
        continue;
      }
      if (currentBrowserBuilds.has(`${installedBrowser.browser}_${installedBrowser.buildId}`)) {
        continue;
      }
      await uninstall({
        browser: installedBrowser.browser,
        platform,
        cacheDir,
        buildId: installedBrowser.buildId
      });
    }
  }
  /**
   * Defines whether Puppeteer should follow symlinks for file operations.
   *
   * @param followSymlinks - Whether Puppeteer should follow symlinks.
   *
   * @public
   */
  setFollowSymlinks(followSymlinks) {
    environment.value.followSymlinks = followSymlinks;
  }
};

// node_modules/puppeteer-core/lib/puppeteer/node/ScreenRecorder.js
import { spawn, spawnSync } from "node:child_process";
import os3 from "node:os";
import { PassThrough } from "node:stream";
var __runInitializers = function(thisArg, initializers, value) {
  var useValue = arguments.length > 2;
  for (var i = 0; i < initializers.length; i++) {
    value = useValue ? initializers[i].call(thisArg, value) : initializers[i].call(thisArg);
  }
  return useValue ? value : void 0;
};
var __esDecorate = function(ctor, descriptorIn, decorators, contextIn, initializers, extraInitializers) {
  function accept(f) {
    if (f !== void 0 && typeof f !== "function") throw new TypeError("Function expected");
    return f;
  }
  __name(accept, "accept");
  var kind = contextIn.kind, key = kind === "getter" ? "get" : kind === "setter" ? "set" : "value";
  var target = !descriptorIn && ctor ? contextIn["static"] ? ctor : ctor.prototype : null;
  var descriptor = descriptorIn || (target ? Object.getOwnPropertyDescriptor(target, contextIn.name) : {});
  var _, done = false;
  for (var i = decorators.length - 1; i >= 0; i--) {
    var context = {};
    for (var p in contextIn) context[p] = p === "access" ? {} : contextIn[p];
    for (var p in contextIn.access) context.access[p] = contextIn.access[p];
    context.addInitializer = function(f) {
      if (done) throw new TypeError("Cannot add initializers after decoration has completed");
      extraInitializers.push(accept(f || null));
    };
    var result = (0, decorators[i])(kind === "accessor" ? { get: descriptor.get, set: descriptor.set } : descriptor[key], context);
    if (kind === "accessor") {
      if (result === void 0) continue;
      if (result === null || typeof result !== "object") throw new TypeError("Object expected");
      if (_ = accept(result.get)) descriptor.get = _;
      if (_ = accept(result.set)) descriptor.set = _;
      if (_ = accept(result.init)) initializers.unshift(_);
    } else if (_ = accept(result)) {
      if (kind === "field") initializers.unshift(_);
      else descriptor[key] = _;
    }
  }
  if (target) Object.defineProperty(target, contextIn.name, descriptor);
  done = true;
};
var __setFunctionName = function(f, name, prefix) {
  if (typeof name === "symbol") name = name.description ? "[".concat(name.description, "]") : "";
  return Object.defineProperty(f, "name", { configurable: true, value: prefix ? "".concat(prefix, " ", name) : name });
};
var CRF_VALUE = 30;
var DEFAULT_FPS = 30;
function countFrames(startTimestamp, previousTimestamp, timestamp, fps) {
  const end = Math.round((timestamp - startTimestamp) * fps);
  const start = Math.round((previousTimestamp - startTimestamp) * fps);
  return Math.max(0, end - start);
}
__name(countFrames, "countFrames");
var ScreenRecorder = (() => {
  let _classSuper = PassThrough;
  let _instanceExtraInitializers = [];
  let _private_writeFrame_decorators;
  let _private_writeFrame_descriptor;
  let _stop_decorators;
  return class ScreenRecorder extends _classSuper {
    static {
      __name(this, "ScreenRecorder");
    }
    static {
      const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(_classSuper[Symbol.metadata] ?? null) : void 0;
      __esDecorate(this, _private_writeFrame_descriptor = { value: __setFunctionName(async function(buffer) {
        const error = await new Promise((resolve) => {
          this.#process.stdin.write(buffer, resolve);
        });
        if (error) {
          console.log(`ffmpeg failed to write: ${error.message}.`);
        }
      }, "#writeFrame") }, _private_writeFrame_decorators, { kind: "method", name: "#writeFrame", static: false, private: true, access: { has: /* @__PURE__ */ __name((obj) => #writeFrame in obj, "has"), get: /* @__PURE__ */ __name((obj) => obj.#writeFrame, "get") }, metadata: _metadata }, null, _instanceExtraInitializers);
      __esDecorate(this, null, _stop_decorators, { kind: "method", name: "stop", static: false, private: false, access: { has: /* @__PURE__ */ __name((obj) => "stop" in obj, "has"), get: /* @__PURE__ */ __name((obj) => obj.stop, "get") }, metadata: _metadata }, null, _instanceExtraInitializers);
      if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
    }
    #page = __runInitializers(this, _instanceExtraInitializers);
    #process;
    #controller = new AbortController();
    #lastFrame;
    #fps;
    #logger;
    /**
     * @internal
     */
    constructor(page, width, height, { ffmpegPath, speed, scale, crop, format, fps, loop, delay, quality, colors } = {}, logger) {
      super({ allowHalfOpen: false });
      this.#logger = logger;
      ffmpegPath ??= "ffmpeg";
      format ??= "webm";
      fps ??= DEFAULT_FPS;
      loop ||= -1;
      delay ??= -1;
      quality ??= CRF_VALUE;
      colors ??= 256;
      this.#fps = fps;
      const { error } = spawnSync(ffmpegPath);
      if (error) {
        throw error;
      }
      const filters = [
        `crop='min(${width},iw):min(${height},ih):0:0'`,
        `pad=${width}:${height}:0:0`
      ];
      if (speed) {
        filters.push(`setpts=${1 / speed}*PTS`);
      }
      if (crop) {
        filters.push(`crop=${crop.width}:${crop.height}:${crop.x}:${crop.y}`);
      }
      if (scale) {
        filters.push(`scale=iw*${scale}:-1:flags=lanczos`);
      }
      const formatArgs = this.#getFormatArgs(format, fps, loop, delay, quality, colors);
      const vf = formatArgs.indexOf("-vf");
      if (vf !== -1) {
        filters.push(formatArgs.splice(vf, 2).at(-1) ?? "");
      }
      this.#process = spawn(
        ffmpegPath,
        // See https://trac.ffmpeg.org/wiki/Encode/VP9 for more information on flags.
        [
          ["-loglevel", "error"],
          // Reduces general buffering.
          ["-avioflags", "direct"],
          // Reduces initial buffering while analyzing input fps and other stats.
          [
            "-fpsprobesize",
            "0",
            "-probesize",
            "32",
            "-analyzeduration",
            "0",
            "-fflags",
            "nobuffer"
          ],
          // Forces input to be read from standard input, and forces png input
          // image format. `-framerate` is an input option and must appear before
          // `-i`; otherwise ffmpeg ignores it and the image2pipe demuxer falls
          // back to its default 25fps, stretching the output timeline relative to
          // the frames we feed it at `fps`.
          // prettier-ignore
          ["-framerate", `${fps}`, "-f", "image2pipe", "-vcodec", "png", "-i", "pipe:0"],
          // No audio
          ["-an"],
          // This drastically reduces stalling when cpu is overbooked. By default
          // VP9 tries to use all available threads?
          ["-threads", "1"],
          // Disable bitrate.
          ["-b:v", "0"],
          // Specifies the encoding and format we are using.
          formatArgs,
          // Filters to ensure the images are piped correctly,
          // combined with any format-specific filters.
          ["-vf", filters.join()],
          "pipe:1"
        ].flat(),
        { stdio: ["pipe", "pipe", "pipe"] }
      );
      this.#process.stdout.pipe(this);
      this.#process.stderr.on("data", (data) => {
        this.#logger?.(DEBUG_PREFIXES.ffmpeg)?.(data.toString("utf8"));
      });
      this.#page = page;
      const { client } = this.#page.mainFrame();
      client.once(CDPSessionEvent.Disconnected, () => {
        void this.stop().catch((err) => {
          this.#logger?.(DEBUG_PREFIXES.error)?.(err);
        });
      });
      let startTimestamp;
      this.#lastFrame = lastValueFrom(fromEmitterEvent(client, "Page.screencastFrame").pipe(tap((event) => {
        void client.send("Page.screencastFrameAck", {
          sessionId: event.sessionId
        });
      }), filter((event) => {
        return event.metadata.timestamp !== void 0;
      }), map((event) => {
        return {
          buffer: Buffer.from(event.data, "base64"),
          timestamp: event.metadata.timestamp
        };
      }), bufferCount(2, 1), concatMap(([{ timestamp: previousTimestamp, buffer }, { timestamp }]) => {
        startTimestamp ??= previousTimestamp;
        return from(Array(countFrames(startTimestamp, previousTimestamp, timestamp, fps)).fill(buffer));
      }), map((buffer) => {
        void this.#writeFrame(buffer);
        return [buffer, performance.now()];
      }), takeUntil(fromEvent(this.#controller.signal, "abort"))), { defaultValue: [Buffer.from([]), performance.now()] });
    }
    #getFormatArgs(format, fps, loop, delay, quality, colors) {
      const libvpx = [
        ["-vcodec", "vp9"],
        // Sets the quality. Lower the better.
        ["-crf", `${quality}`],
        // Sets the quality and how efficient the compression will be.
        [
          "-deadline",
          "realtime",
          "-cpu-used",
          `${Math.min(os3.cpus().length / 2, 8)}`
        ]
      ];
      switch (format) {
        case "webm":
          return [
            ...libvpx,
            // Sets the format
            ["-f", "webm"]
          ].flat();
        case "gif":
          fps = DEFAULT_FPS === fps ? 20 : "source_fps";
          if (loop === Infinity) {
            loop = 0;
          }
          if (delay !== -1) {
            delay /= 10;
          }
          return [
            // Sets the frame rate and uses a custom palette generated from the
            // input.
            [
              "-vf",
              `fps=${fps},split[s0][s1];[s0]palettegen=stats_mode=diff:max_colors=${colors}[p];[s1][p]paletteuse=dither=bayer`
            ],
            // Sets the number of times to loop playback.
            ["-loop", `${loop}`],
            // Sets the delay between iterations of a loop.
            ["-final_delay", `${delay}`],
            // Sets the format
            ["-f", "gif"]
          ].flat();
        case "mp4":
          return [
            ...libvpx,
            // Fragment file during stream to avoid errors.
            ["-movflags", "hybrid_fragmented"],
            // Sets the format
            ["-f", "mp4"]
          ].flat();
      }
    }
    get #writeFrame() {
      return _private_writeFrame_descriptor.value;
    }
    /**
     * Stops the recorder.
     *
     * @public
     */
    async stop() {
      if (this.#controller.signal.aborted) {
        return;
      }
      await this.#page._stopScreencast().catch((err) => {
        this.#logger?.(DEBUG_PREFIXES.error)?.(err);
      });
      this.#controller.abort();
      const [buffer, timestamp] = await this.#lastFrame;
      await Promise.all(Array(Math.max(1, Math.round(this.#fps * (performance.now() - timestamp) / 1e3))).fill(buffer).map(this.#writeFrame.bind(this)));
      this.#process.stdin.end();
      await new Promise((resolve) => {
        this.#process.once("close", resolve);
      });
    }
    async [(_private_writeFrame_decorators = [guarded()], _stop_decorators = [guarded()], asyncDisposeSymbol)]() {
      await this.stop();
      await super[asyncDisposeSymbol]();
    }
  };
})();

// node_modules/puppeteer-core/lib/puppeteer/puppeteer-core.js
environment.value.ScreenRecorder = ScreenRecorder;
var puppeteer = new PuppeteerNode({
  isPuppeteerCore: true
});
var {
  /**
   * @public
   */
  connect,
  /**
   * @public
   */
  defaultArgs,
  /**
   * @public
   */
  executablePath,
  /**
   * @public
   */
  launch: launch2
} = puppeteer;
var puppeteer_core_default = puppeteer;

// node_modules/lighthouse/core/gather/driver/navigation.js
var UIStrings3 = {
  /**
   * @description Warning that the web page redirected during testing and that may have affected the load.
   * @example {https://example.com/requested/page} requested
   * @example {https://example.com/final/resolved/page} final
   */
  warningRedirected: `The page may not be loading as expected because your test URL ({requested}) was redirected to {final}. Try testing the second URL directly.`,
  /**
   * @description Warning that Lighthouse timed out while waiting for the page to load.
   */
  warningTimeout: "The page loaded too slowly to finish within the time limit. Results may be incomplete."
};
var str_3 = createIcuMessageFn(import.meta.url, UIStrings3);
var DEFAULT_PAUSE_AFTER_FCP = 0;
var DEFAULT_PAUSE_AFTER_LOAD = 0;
var DEFAULT_NETWORK_QUIET_THRESHOLD = 5e3;
var DEFAULT_CPU_QUIET_THRESHOLD = 0;
function resolveWaitForFullyLoadedOptions(options) {
  let { pauseAfterFcpMs, pauseAfterLoadMs, networkQuietThresholdMs, cpuQuietThresholdMs } = options;
  let maxWaitMs = options.maxWaitForLoad;
  let maxFCPMs = options.maxWaitForFcp;
  if (typeof pauseAfterFcpMs !== "number") pauseAfterFcpMs = DEFAULT_PAUSE_AFTER_FCP;
  if (typeof pauseAfterLoadMs !== "number") pauseAfterLoadMs = DEFAULT_PAUSE_AFTER_LOAD;
  if (typeof networkQuietThresholdMs !== "number") {
    networkQuietThresholdMs = DEFAULT_NETWORK_QUIET_THRESHOLD;
  }
  if (typeof cpuQuietThresholdMs !== "number") cpuQuietThresholdMs = DEFAULT_CPU_QUIET_THRESHOLD;
  if (typeof maxWaitMs !== "number") maxWaitMs = defaultSettings.maxWaitForLoad;
  if (typeof maxFCPMs !== "number") maxFCPMs = defaultSettings.maxWaitForFcp;
  if (!options.waitUntil.includes("fcp")) maxFCPMs = void 0;
  return {
    pauseAfterFcpMs,
    pauseAfterLoadMs,
    networkQuietThresholdMs,
    cpuQuietThresholdMs,
    maxWaitForLoadedMs: maxWaitMs,
    maxWaitForFcpMs: maxFCPMs
  };
}
__name(resolveWaitForFullyLoadedOptions, "resolveWaitForFullyLoadedOptions");
async function gotoURL(driver, requestor, options) {
  const status = typeof requestor === "string" ? { msg: `Navigating to ${requestor}`, id: "lh:driver:navigate" } : { msg: "Navigating using a user defined function", id: "lh:driver:navigate" };
  lighthouse_logger_default.time(status);
  const session = driver.defaultSession;
  const networkMonitor = driver.networkMonitor;
  await session.sendCommand("Page.enable");
  await session.sendCommand("Page.setLifecycleEventsEnabled", { enabled: true });
  let waitForNavigationTriggered;
  if (typeof requestor === "string") {
    session.setNextProtocolTimeout(Infinity);
    waitForNavigationTriggered = session.sendCommand("Page.navigate", { url: requestor });
  } else {
    waitForNavigationTriggered = requestor();
  }
  const waitForNavigated = options.waitUntil.includes("navigated");
  const waitForLoad = options.waitUntil.includes("load");
  const waitForFcp = options.waitUntil.includes("fcp");
  const waitConditionPromises = [];
  const cleanups = [];
  let onAbort = /* @__PURE__ */ __name(() => {
  }, "onAbort");
  const abortPromise = new Promise((_, reject) => {
    if (!options.signal) return;
    options.signal.throwIfAborted();
    onAbort = /* @__PURE__ */ __name(() => reject(new Error("Navigation aborted by signal")), "onAbort");
    options.signal.addEventListener("abort", onAbort, { once: true });
  });
  if (options.signal) cleanups.push(() => options.signal?.removeEventListener("abort", onAbort));
  if (waitForNavigated) {
    const { promise, cancel } = waitForFrameNavigated(session);
    cleanups.push(() => cancel());
    waitConditionPromises.push(promise.then(() => ({ timedOut: false })).catch(() => ({ timedOut: false })));
  }
  if (waitForLoad) {
    const waitOptions = resolveWaitForFullyLoadedOptions(options);
    waitConditionPromises.push(
      waitForFullyLoaded(session, networkMonitor, waitOptions, options.signal)
    );
  } else if (waitForFcp) {
    throw new Error("Cannot wait for FCP without waiting for page load");
  }
  const waitConditionsRace = [
    session.onCrashPromise(),
    Promise.all(waitConditionPromises)
  ];
  if (options.signal) waitConditionsRace.push(abortPromise);
  let waitConditions;
  try {
    waitConditions = await Promise.race(waitConditionsRace);
  } finally {
    for (const cleanup of cleanups) cleanup();
  }
  const timedOut = waitConditions.some((condition) => condition.timedOut);
  const navigationUrls = await networkMonitor.getNavigationUrls();
  let requestedUrl = navigationUrls.requestedUrl;
  if (typeof requestor === "string") {
    if (requestedUrl && !url_utils_default.equalWithExcludedFragments(requestor, requestedUrl)) {
      lighthouse_logger_default.error(
        "Navigation",
        `Provided URL (${requestor}) did not match initial navigation URL (${requestedUrl})`
      );
    }
    requestedUrl = requestor;
  }
  if (!requestedUrl) throw Error("No navigations detected when running user defined requestor.");
  const mainDocumentUrl = navigationUrls.mainDocumentUrl || requestedUrl;
  await Promise.race(options.signal ? [waitForNavigationTriggered, abortPromise] : [waitForNavigationTriggered]);
  if (options.debugNavigation) {
    await waitForUserToContinue(driver);
  }
  lighthouse_logger_default.timeEnd(status);
  return {
    requestedUrl,
    mainDocumentUrl,
    warnings: getNavigationWarnings({ timedOut, mainDocumentUrl, requestedUrl })
  };
}
__name(gotoURL, "gotoURL");
function getNavigationWarnings(navigation2) {
  const { requestedUrl, mainDocumentUrl } = navigation2;
  const warnings = [];
  if (navigation2.timedOut) warnings.push(str_3(UIStrings3.warningTimeout));
  if (!url_utils_default.equalWithExcludedFragments(requestedUrl, mainDocumentUrl)) {
    warnings.push(str_3(UIStrings3.warningRedirected, {
      requested: requestedUrl,
      final: mainDocumentUrl
    }));
  }
  return warnings;
}
__name(getNavigationWarnings, "getNavigationWarnings");

// node_modules/lighthouse/core/lib/navigation-error.js
var UIStrings4 = {
  /**
   * Warning shown in report when the page under test is an XHTML document, which Lighthouse does not directly support
   * so we display a warning.
   */
  warningXhtml: "The page MIME type is XHTML: Lighthouse does not explicitly support this document type",
  /**
   * @description Warning shown in report when the page under test returns an error code, which Lighthouse is not able to reliably load so we display a warning.
   * @example {404} errorCode
   */
  warningStatusCode: "Lighthouse was unable to reliably load the page you requested. Make sure you are testing the correct URL and that the server is properly responding to all requests. (Status code: {errorCode})"
};
var str_4 = createIcuMessageFn(import.meta.url, UIStrings4);
var HTML_MIME_TYPE = "text/html";
var XHTML_MIME_TYPE = "application/xhtml+xml";
function getNetworkError(mainRecord, context) {
  if (!mainRecord) {
    return new LighthouseError(LighthouseError.errors.NO_DOCUMENT_REQUEST);
  } else if (mainRecord.failed) {
    const netErr = mainRecord.localizedFailDescription;
    if (netErr === "net::ERR_NAME_NOT_RESOLVED" || netErr === "net::ERR_NAME_RESOLUTION_FAILED" || netErr.startsWith("net::ERR_DNS_")) {
      return new LighthouseError(LighthouseError.errors.DNS_FAILURE);
    } else {
      return new LighthouseError(
        LighthouseError.errors.FAILED_DOCUMENT_REQUEST,
        { errorDetails: netErr }
      );
    }
  } else if (mainRecord.hasErrorStatusCode()) {
    if (context.ignoreStatusCode) {
      context.warnings.push(str_4(UIStrings4.warningStatusCode, { errorCode: mainRecord.statusCode }));
    } else {
      return new LighthouseError(LighthouseError.errors.ERRORED_DOCUMENT_REQUEST, {
        statusCode: `${mainRecord.statusCode}`
      });
    }
  }
}
__name(getNetworkError, "getNetworkError");
function getInterstitialError(mainRecord, networkRecords) {
  if (!mainRecord) return void 0;
  const interstitialRequest = networkRecords.find(
    (record) => record.documentURL.startsWith("chrome-error://")
  );
  if (!interstitialRequest) return void 0;
  if (!mainRecord.failed) return void 0;
  if (mainRecord.localizedFailDescription.startsWith("net::ERR_CERT")) {
    return new LighthouseError(LighthouseError.errors.INSECURE_DOCUMENT_REQUEST, {
      securityMessages: mainRecord.localizedFailDescription
    });
  }
  return new LighthouseError(LighthouseError.errors.CHROME_INTERSTITIAL_ERROR);
}
__name(getInterstitialError, "getInterstitialError");
function getNonHtmlError(finalRecord) {
  if (!finalRecord) return void 0;
  if (!finalRecord.mimeType || finalRecord.statusCode === -1) return void 0;
  if (finalRecord.mimeType !== HTML_MIME_TYPE && finalRecord.mimeType !== XHTML_MIME_TYPE) {
    return new LighthouseError(LighthouseError.errors.NOT_HTML, {
      mimeType: finalRecord.mimeType
    });
  }
  return void 0;
}
__name(getNonHtmlError, "getNonHtmlError");
function getPageLoadError(navigationError, context) {
  const { url, networkRecords } = context;
  const mainRecordLantern = core_exports.NetworkAnalyzer.findResourceForUrl(
    networkRecords,
    url
  );
  let mainRecord = mainRecordLantern;
  if (!mainRecord) {
    const documentRequests = networkRecords.filter(
      (record) => record.resourceType === NetworkRequest.TYPES.Document
    );
    if (documentRequests.length) {
      mainRecord = documentRequests.reduce((min, r) => {
        return r.networkRequestTime < min.networkRequestTime ? r : min;
      });
    }
  }
  let finalRecord;
  if (mainRecord) {
    finalRecord = core_exports.NetworkAnalyzer.resolveRedirects(mainRecord);
  } else {
    return navigationError;
  }
  if (finalRecord?.mimeType === XHTML_MIME_TYPE) {
    context.warnings.push(str_4(UIStrings4.warningXhtml));
  }
  const networkError = getNetworkError(mainRecord, context);
  const interstitialError = getInterstitialError(mainRecord, networkRecords);
  const nonHtmlError = getNonHtmlError(finalRecord);
  if (interstitialError) return interstitialError;
  if (networkError) return networkError;
  if (nonHtmlError) return nonHtmlError;
  return navigationError;
}
__name(getPageLoadError, "getPageLoadError");

// node_modules/lighthouse/core/gather/navigation-runner.js
var DEFAULT_HOSTNAME = "127.0.0.1";
var DEFAULT_PORT = 9222;
async function _setup({ driver, resolvedConfig, requestor }) {
  await driver.connect();
  if (typeof requestor === "string" && !resolvedConfig.settings.skipAboutBlank) {
    await driver._networkMonitor?.disable();
    await gotoURL(driver, resolvedConfig.settings.blankPage, { waitUntil: ["navigated"] });
    await driver._networkMonitor?.enable();
  }
  const baseArtifacts = await getBaseArtifacts(resolvedConfig, driver, { gatherMode: "navigation" });
  const { warnings } = await prepareTargetForNavigationMode(driver, resolvedConfig.settings, requestor);
  baseArtifacts.LighthouseRunWarnings.push(...warnings);
  return { baseArtifacts };
}
__name(_setup, "_setup");
async function _cleanupNavigation({ driver }) {
  await clearThrottling(driver.defaultSession);
}
__name(_cleanupNavigation, "_cleanupNavigation");
async function _navigate(navigationContext) {
  const { driver, resolvedConfig, requestor, signal } = navigationContext;
  try {
    const { requestedUrl, mainDocumentUrl, warnings } = await gotoURL(driver, requestor, {
      ...resolvedConfig.settings,
      waitUntil: resolvedConfig.settings.pauseAfterFcpMs ? ["fcp", "load"] : ["load"],
      signal
    });
    navigationContext.baseArtifacts.LighthouseRunWarnings.push(...warnings);
    return { requestedUrl, mainDocumentUrl, navigationError: void 0 };
  } catch (err) {
    if (!(err instanceof LighthouseError)) throw err;
    if (err.code !== "NO_FCP" && err.code !== "PAGE_HUNG" && err.code !== "TARGET_CRASHED") {
      throw err;
    }
    if (typeof requestor !== "string") throw err;
    return {
      requestedUrl: requestor,
      mainDocumentUrl: requestor,
      navigationError: err
    };
  }
}
__name(_navigate, "_navigate");
async function _collectDebugData(navigationContext, phaseState) {
  let devtoolsLog;
  let trace;
  for (const definition of phaseState.artifactDefinitions) {
    const { instance } = definition.gatherer;
    if (instance instanceof devtools_log_default) {
      devtoolsLog = instance.getDebugData();
    } else if (instance instanceof trace_default) {
      trace = instance.getDebugData();
    }
  }
  const records = devtoolsLog && await NetworkRecordsComputed.request(devtoolsLog, navigationContext);
  return { devtoolsLog, records, trace };
}
__name(_collectDebugData, "_collectDebugData");
async function _computeNavigationResult(navigationContext, phaseState, navigateResult) {
  const { navigationError, requestedUrl, mainDocumentUrl } = navigateResult;
  const debugData = await _collectDebugData(navigationContext, phaseState);
  const pageLoadError = debugData.records ? getPageLoadError(navigationError, {
    url: mainDocumentUrl,
    ignoreStatusCode: navigationContext.resolvedConfig.settings.ignoreStatusCode,
    networkRecords: debugData.records,
    warnings: navigationContext.baseArtifacts.LighthouseRunWarnings
  }) : navigationError;
  if (pageLoadError) {
    const locale = navigationContext.resolvedConfig.settings.locale;
    const localizedMessage = getFormatted(pageLoadError.friendlyMessage, locale);
    lighthouse_logger_default.error("NavigationRunner", localizedMessage, requestedUrl);
    const artifacts = {};
    if (debugData.devtoolsLog) {
      artifacts.DevtoolsLogError = debugData.devtoolsLog;
    }
    if (debugData.trace) {
      artifacts.TraceError = debugData.trace;
    }
    navigationContext.baseArtifacts.LighthouseRunWarnings.push(pageLoadError.friendlyMessage);
    navigationContext.baseArtifacts.PageLoadError = pageLoadError;
    return artifacts;
  } else {
    await collectPhaseArtifacts({ phase: "getArtifact", ...phaseState });
    return await awaitArtifacts(phaseState.artifactState);
  }
}
__name(_computeNavigationResult, "_computeNavigationResult");
async function _navigation(navigationContext) {
  if (!navigationContext.resolvedConfig.artifacts) {
    throw new Error("No artifacts were defined on the config");
  }
  const artifactState = getEmptyArtifactState();
  const phaseState = {
    url: await navigationContext.driver.url(),
    gatherMode: (
      /** @type {const} */
      "navigation"
    ),
    driver: navigationContext.driver,
    page: navigationContext.page,
    computedCache: navigationContext.computedCache,
    artifactDefinitions: navigationContext.resolvedConfig.artifacts,
    artifactState,
    baseArtifacts: navigationContext.baseArtifacts,
    settings: navigationContext.resolvedConfig.settings
  };
  const disableAsyncStacks = await enableAsyncStacks(navigationContext.driver.defaultSession);
  await collectPhaseArtifacts({ phase: "startInstrumentation", ...phaseState });
  await collectPhaseArtifacts({ phase: "startSensitiveInstrumentation", ...phaseState });
  const navigateResult = await _navigate(navigationContext);
  if (!Object.values(phaseState.baseArtifacts.URL).every(Boolean)) {
    phaseState.baseArtifacts.URL = {
      requestedUrl: navigateResult.requestedUrl,
      mainDocumentUrl: navigateResult.mainDocumentUrl,
      finalDisplayedUrl: await navigationContext.driver.url()
    };
  }
  phaseState.url = navigateResult.mainDocumentUrl;
  await collectPhaseArtifacts({ phase: "stopSensitiveInstrumentation", ...phaseState });
  await collectPhaseArtifacts({ phase: "stopInstrumentation", ...phaseState });
  await disableAsyncStacks();
  await _cleanupNavigation(navigationContext);
  return _computeNavigationResult(navigationContext, phaseState, navigateResult);
}
__name(_navigation, "_navigation");
async function _cleanup({ requestedUrl, driver, resolvedConfig, lhBrowser, lhPage }) {
  const didResetStorage = !resolvedConfig.settings.disableStorageReset && requestedUrl;
  if (didResetStorage) {
    await clearDataForOrigin(
      driver.defaultSession,
      requestedUrl,
      resolvedConfig.settings.clearStorageTypes
    );
  }
  await driver.disconnect();
  await lhPage?.close();
  await lhBrowser?.disconnect();
}
__name(_cleanup, "_cleanup");
async function navigationGather(page, requestor, options = {}) {
  const { flags = {}, config: config2, signal } = options;
  lighthouse_logger_default.setLevel(flags.logLevel || "error");
  const { resolvedConfig } = await initializeConfig("navigation", config2, flags);
  const computedCache = /* @__PURE__ */ new Map();
  const isCallback = typeof requestor === "function";
  const runnerOptions = { resolvedConfig, computedCache };
  const gatherFn = /* @__PURE__ */ __name(async () => {
    const normalizedRequestor = isCallback ? requestor : url_utils_default.normalizeUrl(requestor);
    let lhBrowser = void 0;
    let lhPage = void 0;
    if (!page) {
      const { hostname = DEFAULT_HOSTNAME, port = DEFAULT_PORT } = flags;
      lhBrowser = await puppeteer_core_default.connect({ browserURL: `http://${hostname}:${port}`, defaultViewport: null });
      lhPage = await lhBrowser.newPage();
      page = lhPage;
    }
    const driver = new Driver(page);
    const context = {
      driver,
      lhBrowser,
      lhPage,
      page,
      resolvedConfig,
      requestor: normalizedRequestor,
      computedCache,
      signal
    };
    const { baseArtifacts } = await _setup(context);
    const artifacts2 = await _navigation({ ...context, baseArtifacts });
    await _cleanup(context);
    return finalizeArtifacts(baseArtifacts, artifacts2);
  }, "gatherFn");
  const artifacts = await Runner.gather(gatherFn, runnerOptions);
  return { artifacts, runnerOptions };
}
__name(navigationGather, "navigationGather");

// node_modules/lighthouse/core/user-flow.js
var UIStrings5 = {
  /**
   * @description Default name for a user flow on the given url. "User flow" refers to the series of page navigations and user interactions being tested on the page. "url" is a trimmed version of a url that only includes the domain name.
   * @example {example.com} url
   */
  defaultFlowName: "User flow ({url})",
  /**
   * @description Default name for a Lighthouse report that analyzes a page navigation. "url" is a trimmed version of a url that only includes the domain name and path.
   * @example {example.com/page} url
   */
  defaultNavigationName: "Navigation report ({url})",
  /**
   * @description Default name for a Lighthouse report that analyzes user interactions over a period of time. "url" is a trimmed version of a url that only includes the domain name and path.
   * @example {example.com/page} url
   */
  defaultTimespanName: "Timespan report ({url})",
  /**
   * @description Default name for a Lighthouse report that analyzes the page state at a point in time. "url" is a trimmed version of a url that only includes the domain name and path.
   * @example {example.com/page} url
   */
  defaultSnapshotName: "Snapshot report ({url})"
};
var str_5 = createIcuMessageFn(import.meta.url, UIStrings5);
function translate(message, values, locale) {
  const icuMessage = str_5(message, values);
  return getFormatted(icuMessage, locale);
}
__name(translate, "translate");
var UserFlow = class {
  static {
    __name(this, "UserFlow");
  }
  /**
   * @param {LH.Puppeteer.Page} page
   * @param {LH.UserFlow.Options} [options]
   */
  constructor(page, options) {
    this._page = page;
    this._options = options;
    this._gatherSteps = [];
    this._gatherStepRunnerOptions = /* @__PURE__ */ new WeakMap();
    this._controller = new AbortController();
    page.on("close", () => {
      this.dispose();
    });
  }
  dispose() {
    this._controller.abort();
  }
  /**
   * @param {LH.UserFlow.StepFlags|undefined} flags
   * @return {LH.UserFlow.StepFlags|undefined}
   */
  _getNextFlags(flags) {
    const clonedFlowFlags = this._options?.flags && deepClone(this._options?.flags);
    const mergedFlags = mergeConfigFragment(clonedFlowFlags || {}, flags || {}, true);
    if (mergedFlags.usePassiveGathering === void 0) {
      mergedFlags.usePassiveGathering = true;
    }
    return mergedFlags;
  }
  /**
   * @param {LH.UserFlow.StepFlags|undefined} flags
   * @return {LH.UserFlow.StepFlags}
   */
  _getNextNavigationFlags(flags) {
    const newStepFlags = this._getNextFlags(flags) || {};
    if (newStepFlags.skipAboutBlank === void 0) {
      newStepFlags.skipAboutBlank = true;
    }
    const isSubsequentNavigation = this._gatherSteps.some((step) => step.artifacts.GatherContext.gatherMode === "navigation");
    if (isSubsequentNavigation) {
      if (newStepFlags.disableStorageReset === void 0) {
        newStepFlags.disableStorageReset = true;
      }
    }
    return newStepFlags;
  }
  /**
   * @param {LH.Gatherer.GatherResult} gatherResult
   * @param {LH.UserFlow.StepFlags} [flags]
   */
  _addGatherStep(gatherResult, flags) {
    const gatherStep = {
      artifacts: gatherResult.artifacts,
      flags
    };
    this._gatherSteps.push(gatherStep);
    this._gatherStepRunnerOptions.set(gatherStep, gatherResult.runnerOptions);
  }
  /**
   * @param {LH.NavigationRequestor} requestor
   * @param {LH.UserFlow.StepFlags} [flags]
   */
  async navigate(requestor, flags) {
    if (this.currentTimespan) throw new Error("Timespan already in progress");
    if (this.currentNavigation) throw new Error("Navigation already in progress");
    const nextFlags = this._getNextNavigationFlags(flags);
    const gatherResult = await navigationGather(this._page, requestor, {
      config: this._options?.config,
      flags: nextFlags,
      signal: this._controller.signal
    });
    this._addGatherStep(gatherResult, nextFlags);
  }
  /**
   * This is an alternative to `navigate()` that can be used to analyze a navigation triggered by user interaction.
   * For more on user triggered navigations, see https://github.com/GoogleChrome/lighthouse/blob/main/docs/user-flows.md#triggering-a-navigation-via-user-interactions.
   *
   * @param {LH.UserFlow.StepFlags} [stepOptions]
   */
  async startNavigation(stepOptions) {
    let completeSetup;
    let rejectDuringSetup;
    const navigationSetupPromise = new Promise((resolve, reject) => {
      completeSetup = resolve;
      rejectDuringSetup = reject;
    });
    const navigationResultPromise = this.navigate(
      () => new Promise((continueNavigation2) => completeSetup(continueNavigation2)),
      stepOptions
    ).catch((err) => {
      if (this._controller.signal.aborted) return;
      if (this.currentNavigation) {
        throw err;
      } else {
        rejectDuringSetup(err);
      }
    });
    const continueNavigation = await navigationSetupPromise;
    async function continueAndAwaitResult() {
      continueNavigation();
      await navigationResultPromise;
    }
    __name(continueAndAwaitResult, "continueAndAwaitResult");
    this.currentNavigation = { continueAndAwaitResult };
  }
  async endNavigation() {
    if (this.currentTimespan) throw new Error("Timespan already in progress");
    if (!this.currentNavigation) throw new Error("No navigation in progress");
    await this.currentNavigation.continueAndAwaitResult();
    this.currentNavigation = void 0;
  }
  /**
   * @param {LH.UserFlow.StepFlags} [flags]
   */
  async startTimespan(flags) {
    if (this.currentTimespan) throw new Error("Timespan already in progress");
    if (this.currentNavigation) throw new Error("Navigation already in progress");
    const nextFlags = this._getNextFlags(flags);
    const timespan = await startTimespanGather(this._page, {
      config: this._options?.config,
      flags: nextFlags
    });
    this.currentTimespan = { timespan, flags: nextFlags };
  }
  async endTimespan() {
    if (!this.currentTimespan) throw new Error("No timespan in progress");
    if (this.currentNavigation) throw new Error("Navigation already in progress");
    const { timespan, flags } = this.currentTimespan;
    const gatherResult = await timespan.endTimespanGather();
    this.currentTimespan = void 0;
    this._addGatherStep(gatherResult, flags);
  }
  /**
   * @param {LH.UserFlow.StepFlags} [flags]
   */
  async snapshot(flags) {
    if (this.currentTimespan) throw new Error("Timespan already in progress");
    if (this.currentNavigation) throw new Error("Navigation already in progress");
    const nextFlags = this._getNextFlags(flags);
    const gatherResult = await snapshotGather(this._page, {
      config: this._options?.config,
      flags: nextFlags
    });
    this._addGatherStep(gatherResult, nextFlags);
  }
  /**
   * @returns {Promise<LH.FlowResult>}
   */
  async createFlowResult() {
    return auditGatherSteps(this._gatherSteps, {
      name: this._options?.name,
      config: this._options?.config,
      gatherStepRunnerOptions: this._gatherStepRunnerOptions
    });
  }
  /**
   * @return {Promise<string>}
   */
  async generateReport() {
    const flowResult = await this.createFlowResult();
    return ReportGenerator.generateFlowReportHtml(flowResult);
  }
  /**
   * @return {LH.UserFlow.FlowArtifacts}
   */
  createArtifactsJson() {
    return {
      gatherSteps: this._gatherSteps,
      name: this._options?.name
    };
  }
};
function shortenUrl(longUrl) {
  const url = new URL(longUrl);
  return `${url.hostname}${url.pathname}`;
}
__name(shortenUrl, "shortenUrl");
function getStepName(flags, artifacts) {
  if (flags?.name) return flags.name;
  const { locale } = artifacts.settings;
  const shortUrl = shortenUrl(artifacts.URL.finalDisplayedUrl);
  switch (artifacts.GatherContext.gatherMode) {
    case "navigation":
      return translate(UIStrings5.defaultNavigationName, { url: shortUrl }, locale);
    case "timespan":
      return translate(UIStrings5.defaultTimespanName, { url: shortUrl }, locale);
    case "snapshot":
      return translate(UIStrings5.defaultSnapshotName, { url: shortUrl }, locale);
    default:
      throw new Error("Unsupported gather mode");
  }
}
__name(getStepName, "getStepName");
function getFlowName(name, gatherSteps) {
  if (name) return name;
  const firstArtifacts = gatherSteps[0].artifacts;
  const { locale } = firstArtifacts.settings;
  const url = new URL(firstArtifacts.URL.finalDisplayedUrl).hostname;
  return translate(UIStrings5.defaultFlowName, { url }, locale);
}
__name(getFlowName, "getFlowName");
async function auditGatherSteps(gatherSteps, options) {
  if (!gatherSteps.length) {
    throw new Error("Need at least one step before getting the result");
  }
  const steps = [];
  for (const gatherStep of gatherSteps) {
    const { artifacts, flags } = gatherStep;
    const name = getStepName(flags, artifacts);
    let runnerOptions = options.gatherStepRunnerOptions?.get(gatherStep);
    if (!runnerOptions) {
      const config2 = options.config;
      const { gatherMode } = artifacts.GatherContext;
      const { resolvedConfig } = await initializeConfig(gatherMode, config2, flags);
      runnerOptions = {
        resolvedConfig,
        computedCache: /* @__PURE__ */ new Map()
      };
    }
    const result = await Runner.audit(artifacts, runnerOptions);
    if (!result) throw new Error(`Step "${name}" did not return a result`);
    steps.push({ lhr: result.lhr, name });
  }
  return { steps, name: getFlowName(options.name, gatherSteps) };
}
__name(auditGatherSteps, "auditGatherSteps");

// node_modules/lighthouse/core/config/desktop-config.js
var config = {
  extends: "lighthouse:default",
  settings: {
    formFactor: "desktop",
    throttling: throttling.desktopDense4G,
    screenEmulation: screenEmulationMetrics.desktop,
    emulatedUserAgent: userAgents.desktop
  }
};
var desktop_config_default = config;

// node_modules/lighthouse/core/index.js
async function lighthouse(url, flags = {}, config2, page) {
  return navigation(page, url, { config: config2, flags });
}
__name(lighthouse, "lighthouse");
async function startFlow(page, options) {
  return new UserFlow(page, options);
}
__name(startFlow, "startFlow");
async function navigation(page, requestor, options) {
  const gatherResult = await navigationGather(page, requestor, options);
  return Runner.audit(gatherResult.artifacts, gatherResult.runnerOptions);
}
__name(navigation, "navigation");
async function snapshot(page, options) {
  const gatherResult = await snapshotGather(page, options);
  return Runner.audit(gatherResult.artifacts, gatherResult.runnerOptions);
}
__name(snapshot, "snapshot");
async function startTimespan(page, options) {
  const { endTimespanGather } = await startTimespanGather(page, options);
  const endTimespan = /* @__PURE__ */ __name(async () => {
    const gatherResult = await endTimespanGather();
    return Runner.audit(gatherResult.artifacts, gatherResult.runnerOptions);
  }, "endTimespan");
  return { endTimespan };
}
__name(startTimespan, "startTimespan");
function generateReport(result, format = "html") {
  const reportOutput = ReportGenerator.generateReport(result, format);
  if (Array.isArray(reportOutput)) {
    return reportOutput[0];
  } else {
    return reportOutput;
  }
}
__name(generateReport, "generateReport");
async function auditFlowArtifacts(flowArtifacts, config2) {
  const { gatherSteps, name } = flowArtifacts;
  return await auditGatherSteps(gatherSteps, { name, config: config2 });
}
__name(auditFlowArtifacts, "auditFlowArtifacts");
function getAuditList() {
  return Runner.getAuditList();
}
__name(getAuditList, "getAuditList");
var traceCategories = trace_default.getDefaultTraceCategories();
var core_default = lighthouse;
export {
  Audit,
  base_gatherer_default as Gatherer,
  NetworkRecordsComputed as NetworkRecords,
  auditFlowArtifacts,
  core_default as default,
  default_config_default as defaultConfig,
  desktop_config_default as desktopConfig,
  generateReport,
  getAuditList,
  navigation,
  snapshot,
  startFlow,
  startTimespan,
  traceCategories
};
