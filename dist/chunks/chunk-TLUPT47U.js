import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  url_utils_default
} from "./chunk-KOJ2RCGK.js";
import {
  makeComputedArtifact
} from "./chunk-JJ7AI7FF.js";
import {
  graph_exports
} from "./chunk-M6BVBSCB.js";
import {
  lighthouse_logger_default
} from "./chunk-SUS4HUZI.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/lib/network-request.js
var HEADER_TCP = "X-TCPMs";
var HEADER_SSL = "X-SSLMs";
var HEADER_REQ = "X-RequestMs";
var HEADER_RES = "X-ResponseMs";
var HEADER_TOTAL = "X-TotalMs";
var HEADER_FETCHED_SIZE = "X-TotalFetchedSize";
var HEADER_PROTOCOL_IS_H2 = "X-ProtocolIsH2";
var RESOURCE_TYPES = {
  XHR: "XHR",
  Fetch: "Fetch",
  EventSource: "EventSource",
  Script: "Script",
  Stylesheet: "Stylesheet",
  Image: "Image",
  Media: "Media",
  Font: "Font",
  Document: "Document",
  TextTrack: "TextTrack",
  WebSocket: "WebSocket",
  Other: "Other",
  Manifest: "Manifest",
  SignedExchange: "SignedExchange",
  Ping: "Ping",
  Preflight: "Preflight",
  CSPViolationReport: "CSPViolationReport",
  Prefetch: "Prefetch",
  FedCM: "FedCM"
};
var NetworkRequest = class _NetworkRequest {
  static {
    __name(this, "NetworkRequest");
  }
  constructor() {
    this.requestId = "";
    this.connectionId = 0;
    this.connectionReused = false;
    this.url = "";
    this.protocol = "";
    this.isSecure = false;
    this.isValid = false;
    this.parsedURL = /** @type {ParsedURL} */
    { scheme: "" };
    this.documentURL = "";
    this.rendererStartTime = -1;
    this.networkRequestTime = -1;
    this.responseHeadersEndTime = -1;
    this.networkEndTime = -1;
    this.transferSize = 0;
    this.responseHeadersTransferSize = 0;
    this.resourceSize = 0;
    this.fromDiskCache = false;
    this.fromMemoryCache = false;
    this.fromPrefetchCache = false;
    this.lrStatistics = void 0;
    this.finished = false;
    this.requestMethod = "";
    this.statusCode = -1;
    this.redirectSource = void 0;
    this.redirectDestination = void 0;
    this.redirects = void 0;
    this.failed = false;
    this.localizedFailDescription = "";
    this.initiator = { type: "other" };
    this.timing = void 0;
    this.resourceType = void 0;
    this.mimeType = "";
    this.priority = "Low";
    this.initiatorRequest = void 0;
    this.responseHeaders = [];
    this.responseHeadersText = "";
    this.fetchedViaServiceWorker = false;
    this.frameId = "";
    this.sessionId = void 0;
    this.sessionTargetType = void 0;
    this.fromWorker = false;
    this.isLinkPreload = false;
  }
  /**
   * @return {boolean}
   */
  hasErrorStatusCode() {
    return this.statusCode >= 400;
  }
  /**
   * @param {NetworkRequest} initiatorRequest
   */
  setInitiatorRequest(initiatorRequest) {
    this.initiatorRequest = initiatorRequest;
  }
  /**
   * @param {LH.Crdp.Network.RequestWillBeSentEvent} data
   */
  onRequestWillBeSent(data) {
    this.requestId = data.requestId;
    let url;
    try {
      url = new URL(data.request.url);
    } catch (e) {
      return;
    }
    this.url = data.request.url;
    this.documentURL = data.documentURL;
    this.parsedURL = {
      scheme: url.protocol.split(":")[0],
      // Intentional, DevTools uses different terminology
      host: url.hostname,
      securityOrigin: url.origin
    };
    this.isSecure = url_utils_default.isSecureScheme(this.parsedURL.scheme);
    this.rendererStartTime = data.timestamp * 1e3;
    this.networkRequestTime = this.rendererStartTime;
    this.responseHeadersEndTime = this.rendererStartTime;
    this.requestMethod = data.request.method;
    this.initiator = data.initiator;
    this.resourceType = data.type && RESOURCE_TYPES[data.type];
    this.priority = data.request.initialPriority;
    this.frameId = data.frameId;
    this.isLinkPreload = data.initiator.type === "preload" || !!data.request.isLinkPreload;
    this.isValid = true;
  }
  onRequestServedFromCache() {
    this.fromMemoryCache = true;
  }
  /**
   * @param {LH.Crdp.Network.ResponseReceivedEvent} data
   */
  onResponseReceived(data) {
    this._onResponse(data.response, data.timestamp, data.type);
    this._updateProtocolForLightrider();
    this.frameId = data.frameId;
  }
  /**
   * @param {LH.Crdp.Network.ResponseReceivedExtraInfoEvent} data
   */
  onResponseReceivedExtraInfo(data) {
    this.responseHeadersText = data.headersText || "";
  }
  /**
   * @param {LH.Crdp.Network.DataReceivedEvent} data
   */
  onDataReceived(data) {
    this.resourceSize += data.dataLength;
    if (data.encodedDataLength !== -1) {
      this.transferSize += data.encodedDataLength;
    }
  }
  /**
   * @param {LH.Crdp.Network.LoadingFinishedEvent} data
   */
  onLoadingFinished(data) {
    if (this.finished) return;
    this.finished = true;
    this.networkEndTime = data.timestamp * 1e3;
    if (data.encodedDataLength >= 0) {
      this.transferSize = data.encodedDataLength;
    }
    this._updateResponseHeadersEndTimeIfNecessary();
    this._updateTransferSizeForLightrider();
    this._updateTimingsForLightrider();
  }
  /**
   * @param {LH.Crdp.Network.LoadingFailedEvent} data
   */
  onLoadingFailed(data) {
    if (this.finished) return;
    this.finished = true;
    this.networkEndTime = data.timestamp * 1e3;
    this.failed = true;
    this.resourceType = data.type && RESOURCE_TYPES[data.type];
    this.localizedFailDescription = data.errorText;
    this._updateResponseHeadersEndTimeIfNecessary();
    this._updateTransferSizeForLightrider();
    this._updateTimingsForLightrider();
  }
  /**
   * @param {LH.Crdp.Network.ResourceChangedPriorityEvent} data
   */
  onResourceChangedPriority(data) {
    this.priority = data.newPriority;
  }
  /**
   * @param {LH.Crdp.Network.RequestWillBeSentEvent} data
   */
  onRedirectResponse(data) {
    if (!data.redirectResponse) throw new Error("Missing redirectResponse data");
    this._onResponse(data.redirectResponse, data.timestamp, data.type);
    this.resourceType = void 0;
    this.finished = true;
    this.networkEndTime = data.timestamp * 1e3;
    this._updateResponseHeadersEndTimeIfNecessary();
  }
  /**
   * @param {string|undefined} sessionId
   */
  setSession(sessionId) {
    this.sessionId = sessionId;
  }
  get isOutOfProcessIframe() {
    return this.sessionTargetType === "iframe";
  }
  /**
   * @param {LH.Crdp.Network.Response} response
   * @param {number} timestamp in seconds
   * @param {LH.Crdp.Network.ResponseReceivedEvent['type']=} resourceType
   */
  _onResponse(response, timestamp, resourceType) {
    this.url = response.url;
    this.connectionId = response.connectionId;
    this.connectionReused = response.connectionReused;
    if (response.protocol) this.protocol = response.protocol;
    this.responseTimestamp = timestamp * 1e3;
    this.transferSize = response.encodedDataLength;
    this.responseHeadersTransferSize = response.encodedDataLength;
    if (typeof response.fromDiskCache === "boolean") this.fromDiskCache = response.fromDiskCache;
    if (typeof response.fromPrefetchCache === "boolean") {
      this.fromPrefetchCache = response.fromPrefetchCache;
    }
    this.statusCode = response.status;
    this.timing = response.timing;
    if (resourceType) this.resourceType = RESOURCE_TYPES[resourceType];
    this.mimeType = response.mimeType;
    this.responseHeaders = _NetworkRequest._headersDictToHeadersArray(response.headers);
    this.fetchedViaServiceWorker = !!response.fromServiceWorker;
    if (this.fromMemoryCache) this.timing = void 0;
    if (this.timing) this._recomputeTimesWithResourceTiming(this.timing);
  }
  /**
   * Resolve differences between conflicting timing signals. Based on the property setters in DevTools.
   * @see https://github.com/ChromeDevTools/devtools-frontend/blob/56a99365197b85c24b732ac92b0ac70feed80179/front_end/sdk/NetworkRequest.js#L485-L502
   * @param {LH.Crdp.Network.ResourceTiming} timing
   */
  _recomputeTimesWithResourceTiming(timing) {
    if (timing.requestTime === -1 || timing.receiveHeadersEnd === -1) return;
    this.networkRequestTime = timing.requestTime * 1e3;
    const headersReceivedTime = this.networkRequestTime + timing.receiveHeadersEnd;
    this.responseHeadersEndTime = headersReceivedTime;
    if (this.responseTimestamp !== void 0) {
      this.responseHeadersEndTime = Math.min(this.responseHeadersEndTime, this.responseTimestamp);
    }
    this.responseHeadersEndTime = Math.max(this.responseHeadersEndTime, this.networkRequestTime);
    this.networkEndTime = Math.max(this.networkEndTime, this.responseHeadersEndTime);
  }
  /**
   * Update responseHeadersEndTime to the networkEndTime if networkEndTime is earlier.
   * A response can't be received after the entire request finished.
   */
  _updateResponseHeadersEndTimeIfNecessary() {
    this.responseHeadersEndTime = Math.min(this.networkEndTime, this.responseHeadersEndTime);
  }
  /**
   * LR loses transfer size information, but passes it in the 'X-TotalFetchedSize' header.
   * 'X-TotalFetchedSize' is the canonical transfer size in LR. Nothing should supersede it.
   *
   * The total length of the encoded data is spread out among multiple events. The sum of the
   * values in onResponseReceived and all the onDataReceived events typically equals the value
   * seen on the onLoadingFinished event. In <1% of cases we see the values differ. As we process
   * onResponseReceived and onDataReceived we accumulate the total encodedDataLength. When we
   * process onLoadingFinished, we override the accumulated total. We do this so that if the
   * request is aborted or fails, we still get a value via the accumulation.
   *
   * In Lightrider, due to instrumentation limitations, our values for encodedDataLength are bogus
   * and not valid. However the resource's true encodedDataLength/transferSize is shared via a
   * special response header, X-TotalFetchedSize. In this situation, we read this value from
   * responseReceived, use it for the transferSize and ignore the encodedDataLength values in
   * both dataReceived and loadingFinished.
   */
  _updateTransferSizeForLightrider() {
    if (!global.isLightrider) return;
    const totalFetchedSize = this.responseHeaders.find((item) => item.name === HEADER_FETCHED_SIZE);
    if (!totalFetchedSize) return;
    const floatValue = parseFloat(totalFetchedSize.value);
    if (isNaN(floatValue)) return;
    this.transferSize = floatValue;
  }
  /**
   * LR loses protocol information.
   */
  _updateProtocolForLightrider() {
    if (!global.isLightrider) return;
    if (this.responseHeaders.some((item) => item.name === HEADER_PROTOCOL_IS_H2)) {
      this.protocol = "h2";
    }
  }
  /**
   * LR gets additional, accurate timing information from its underlying fetch infrastructure.  This
   * is passed in via X-Headers similar to 'X-TotalFetchedSize'.
   */
  _updateTimingsForLightrider() {
    if (!global.isLightrider) return;
    const totalHeader = this.responseHeaders.find((item) => item.name === HEADER_TOTAL);
    if (!totalHeader) return;
    let totalMs = parseInt(totalHeader.value);
    const TCPMsHeader = this.responseHeaders.find((item) => item.name === HEADER_TCP);
    const SSLMsHeader = this.responseHeaders.find((item) => item.name === HEADER_SSL);
    const requestMsHeader = this.responseHeaders.find((item) => item.name === HEADER_REQ);
    const responseMsHeader = this.responseHeaders.find((item) => item.name === HEADER_RES);
    const TCPMs = TCPMsHeader ? Math.max(0, parseInt(TCPMsHeader.value)) : 0;
    const SSLMs = SSLMsHeader ? Math.max(0, parseInt(SSLMsHeader.value)) : 0;
    const requestMs = requestMsHeader ? Math.max(0, parseInt(requestMsHeader.value)) : 0;
    const responseMs = responseMsHeader ? Math.max(0, parseInt(responseMsHeader.value)) : 0;
    if (Number.isNaN(TCPMs + requestMs + responseMs + totalMs)) {
      return;
    }
    if (TCPMs + requestMs + responseMs !== totalMs) {
      const delta = Math.abs(TCPMs + requestMs + responseMs - totalMs);
      if (delta >= 25) return;
      totalMs = TCPMs + requestMs + responseMs;
    }
    if (SSLMs > TCPMs) {
      return;
    }
    this.lrStatistics = {
      endTimeDeltaMs: this.networkEndTime - (this.networkRequestTime + totalMs),
      TCPMs,
      requestMs,
      responseMs
    };
    this.serverResponseTime = responseMs;
  }
  /**
   * Convert the requestId to backend-version by removing the `:redirect` portion
   *
   * @param {string} requestId
   * @return {string}
   */
  static getRequestIdForBackend(requestId) {
    return requestId.replace(/(:redirect)+$/, "");
  }
  /**
   * Based on DevTools NetworkManager.
   * @see https://github.com/ChromeDevTools/devtools-frontend/blob/3415ee28e86a3f4bcc2e15b652d22069938df3a6/front_end/sdk/NetworkManager.js#L285-L297
   * @param {LH.Crdp.Network.Headers} headersDict
   * @return {Array<HeaderEntry>}
   */
  static _headersDictToHeadersArray(headersDict) {
    const result = [];
    for (const name of Object.keys(headersDict)) {
      const values = headersDict[name].split("\n");
      for (let i = 0; i < values.length; ++i) {
        result.push({ name, value: values[i] });
      }
    }
    return result;
  }
  static get TYPES() {
    return RESOURCE_TYPES;
  }
  /**
   * @param {NetworkRequest} record
   * @return {Lantern.Types.NetworkRequest<NetworkRequest>}
   */
  static asLanternNetworkRequest(record) {
    let timing = record.timing;
    let serverResponseTime;
    if (global.isLightrider && record.lrStatistics) {
      if (record.protocol.startsWith("h3")) {
        timing = {
          connectStart: 0,
          connectEnd: record.lrStatistics.TCPMs
        };
      } else {
        timing = {
          connectStart: 0,
          sslStart: record.lrStatistics.TCPMs / 2,
          connectEnd: record.lrStatistics.TCPMs,
          sslEnd: record.lrStatistics.TCPMs
        };
        serverResponseTime = record.lrStatistics.requestMs;
      }
    }
    record.fromWorker = record.sessionTargetType === "worker";
    return {
      rawRequest: record,
      ...record,
      timing,
      serverResponseTime
    };
  }
  /**
   * @param {Pick<NetworkRequest, 'protocol'|'parsedURL'>} record
   * @return {boolean}
   */
  static isNonNetworkRequest(record) {
    return url_utils_default.isNonNetworkProtocol(record.protocol) || // But `protocol` can fail to be populated if the request fails, so fallback to scheme.
    url_utils_default.isNonNetworkProtocol(record.parsedURL.scheme);
  }
  /**
   * Technically there's not alignment on URLs that create "secure connections" vs "secure contexts"
   * https://github.com/GoogleChrome/lighthouse/pull/11766#discussion_r582340683
   * But for our purposes, we don't need to worry too much.
   * @param {NetworkRequest} record
   * @return {boolean}
   */
  static isSecureRequest(record) {
    return url_utils_default.isSecureScheme(record.parsedURL.scheme) || url_utils_default.isSecureScheme(record.protocol) || url_utils_default.isLikeLocalhost(record.parsedURL.host) || _NetworkRequest.isHstsRequest(record);
  }
  /**
   * Returns whether the network request was an HSTS redirect request.
   * @param {NetworkRequest} record
   * @return {boolean}
   */
  static isHstsRequest(record) {
    const destination = record.redirectDestination;
    if (!destination) return false;
    const reasonHeader = record.responseHeaders.find((header) => header.name === "Non-Authoritative-Reason");
    const reason = reasonHeader?.value;
    return reason === "HSTS" && _NetworkRequest.isSecureRequest(destination);
  }
  /**
   * Returns whether the network request was sent encoded.
   * @param {NetworkRequest} record
   * @return {boolean}
   */
  static isContentEncoded(record) {
    const patterns = global.isLightrider ? [
      /^x-original-content-encoding$/i
    ] : [
      /^content-encoding$/i,
      /^x-content-encoding-over-network$/i
    ];
    const compressionTypes = ["gzip", "br", "deflate", "zstd"];
    return record.responseHeaders.some(
      (header) => patterns.some((p) => header.name.match(p)) && compressionTypes.includes(header.value)
    );
  }
  /**
   * Resource size is almost always the right one to be using because of the below:
   *     `transferSize = resourceSize + headers.length`.
   * HOWEVER, there are some cases where an image is compressed again over the network and transfer size
   * is smaller (see https://github.com/GoogleChrome/lighthouse/pull/4968).
   * Use the min of the two numbers to be safe.
   * `tranferSize` of cached records is 0
   * @param {NetworkRequest} networkRecord
   * @return {number}
   */
  static getResourceSizeOnNetwork(networkRecord) {
    return Math.min(networkRecord.resourceSize || 0, networkRecord.transferSize || Infinity);
  }
};
NetworkRequest.HEADER_TCP = HEADER_TCP;
NetworkRequest.HEADER_SSL = HEADER_SSL;
NetworkRequest.HEADER_REQ = HEADER_REQ;
NetworkRequest.HEADER_RES = HEADER_RES;
NetworkRequest.HEADER_TOTAL = HEADER_TOTAL;
NetworkRequest.HEADER_FETCHED_SIZE = HEADER_FETCHED_SIZE;
NetworkRequest.HEADER_PROTOCOL_IS_H2 = HEADER_PROTOCOL_IS_H2;

// node_modules/lighthouse/core/lib/network-recorder.js
import { EventEmitter } from "events";
var RequestEventEmitter = (
  /** @type {RequestEmitter} */
  EventEmitter
);
var NetworkRecorder = class _NetworkRecorder extends RequestEventEmitter {
  static {
    __name(this, "NetworkRecorder");
  }
  /**
   * Creates an instance of NetworkRecorder.
   */
  constructor() {
    super();
    this._records = [];
    this._recordsById = /* @__PURE__ */ new Map();
  }
  /**
   * Returns the array of raw network request data without finalizing the initiator and
   * redirect chain.
   * @return {Array<NetworkRequest>}
   */
  getRawRecords() {
    return Array.from(this._records);
  }
  /**
   * Listener for the DevTools SDK NetworkManager's RequestStarted event, which includes both
   * web socket and normal request creation.
   * @param {NetworkRequest} request
   * @private
   */
  onRequestStarted(request) {
    this._records.push(request);
    this._recordsById.set(request.requestId, request);
    this.emit("requeststarted", request);
  }
  /**
   * Listener for the DevTools SDK NetworkManager's RequestFinished event, which includes
   * request finish, failure, and redirect, as well as the closing of web sockets.
   * @param {NetworkRequest} request
   * @private
   */
  onRequestFinished(request) {
    this.emit("requestfinished", request);
  }
  // The below methods proxy network data into the NetworkRequest object which mimics the
  // DevTools SDK network layer.
  /**
   * @param {{params: LH.Crdp.Network.RequestWillBeSentEvent, targetType: LH.Protocol.TargetType, sessionId?: string}} event
   */
  onRequestWillBeSent(event) {
    const data = event.params;
    const originalRequest = this._findRealRequestAndSetSession(
      data.requestId,
      event.targetType,
      event.sessionId
    );
    if (!originalRequest) {
      const request = new NetworkRequest();
      request.onRequestWillBeSent(data);
      request.sessionId = event.sessionId;
      request.sessionTargetType = event.targetType;
      this.onRequestStarted(request);
      lighthouse_logger_default.verbose("network", `request will be sent to ${request.url}`);
      return;
    }
    if (!data.redirectResponse) {
      return;
    }
    const modifiedData = {
      ...data,
      // Copy over the initiator as well to match DevTools behavior
      initiator: originalRequest.initiator,
      requestId: `${originalRequest.requestId}:redirect`
    };
    const redirectedRequest = new NetworkRequest();
    redirectedRequest.onRequestWillBeSent(modifiedData);
    originalRequest.onRedirectResponse(data);
    lighthouse_logger_default.verbose("network", `${originalRequest.url} redirected to ${redirectedRequest.url}`);
    originalRequest.redirectDestination = redirectedRequest;
    redirectedRequest.redirectSource = originalRequest;
    this.onRequestStarted(redirectedRequest);
    this.onRequestFinished(originalRequest);
  }
  /**
   * @param {{params: LH.Crdp.Network.RequestServedFromCacheEvent, targetType: LH.Protocol.TargetType, sessionId?: string}} event
   */
  onRequestServedFromCache(event) {
    const data = event.params;
    const request = this._findRealRequestAndSetSession(
      data.requestId,
      event.targetType,
      event.sessionId
    );
    if (!request) return;
    lighthouse_logger_default.verbose("network", `${request.url} served from cache`);
    request.onRequestServedFromCache();
  }
  /**
   * @param {{params: LH.Crdp.Network.ResponseReceivedEvent, targetType: LH.Protocol.TargetType, sessionId?: string}} event
   */
  onResponseReceived(event) {
    const data = event.params;
    const request = this._findRealRequestAndSetSession(
      data.requestId,
      event.targetType,
      event.sessionId
    );
    if (!request) return;
    lighthouse_logger_default.verbose("network", `${request.url} response received`);
    request.onResponseReceived(data);
  }
  /**
   * @param {{params: LH.Crdp.Network.ResponseReceivedExtraInfoEvent, targetType: LH.Protocol.TargetType, sessionId?: string}} event
   */
  onResponseReceivedExtraInfo(event) {
    const data = event.params;
    const request = this._findRealRequestAndSetSession(
      data.requestId,
      event.targetType,
      event.sessionId
    );
    if (!request) return;
    lighthouse_logger_default.verbose("network", `${request.url} response received extra info`);
    request.onResponseReceivedExtraInfo(data);
  }
  /**
   * @param {{params: LH.Crdp.Network.DataReceivedEvent, targetType: LH.Protocol.TargetType, sessionId?: string}} event
   */
  onDataReceived(event) {
    const data = event.params;
    const request = this._findRealRequestAndSetSession(
      data.requestId,
      event.targetType,
      event.sessionId
    );
    if (!request) return;
    lighthouse_logger_default.verbose("network", `${request.url} data received`);
    request.onDataReceived(data);
  }
  /**
   * @param {{params: LH.Crdp.Network.LoadingFinishedEvent, targetType: LH.Protocol.TargetType, sessionId?: string}} event
   */
  onLoadingFinished(event) {
    const data = event.params;
    const request = this._findRealRequestAndSetSession(
      data.requestId,
      event.targetType,
      event.sessionId
    );
    if (!request) return;
    lighthouse_logger_default.verbose("network", `${request.url} loading finished`);
    request.onLoadingFinished(data);
    this.onRequestFinished(request);
  }
  /**
   * @param {{params: LH.Crdp.Network.LoadingFailedEvent, targetType: LH.Protocol.TargetType, sessionId?: string}} event
   */
  onLoadingFailed(event) {
    const data = event.params;
    const request = this._findRealRequestAndSetSession(
      data.requestId,
      event.targetType,
      event.sessionId
    );
    if (!request) return;
    lighthouse_logger_default.verbose("network", `${request.url} loading failed`);
    request.onLoadingFailed(data);
    this.onRequestFinished(request);
  }
  /**
   * @param {{params: LH.Crdp.Network.ResourceChangedPriorityEvent, targetType: LH.Protocol.TargetType, sessionId?: string}} event
   */
  onResourceChangedPriority(event) {
    const data = event.params;
    const request = this._findRealRequestAndSetSession(
      data.requestId,
      event.targetType,
      event.sessionId
    );
    if (!request) return;
    request.onResourceChangedPriority(data);
  }
  /**
   * Routes network events to their handlers, so we can construct networkRecords
   * @param {LH.Protocol.RawEventMessage} event
   */
  dispatch(event) {
    switch (event.method) {
      case "Network.requestWillBeSent":
        return this.onRequestWillBeSent(event);
      case "Network.requestServedFromCache":
        return this.onRequestServedFromCache(event);
      case "Network.responseReceived":
        return this.onResponseReceived(event);
      case "Network.responseReceivedExtraInfo":
        return this.onResponseReceivedExtraInfo(event);
      case "Network.dataReceived":
        return this.onDataReceived(event);
      case "Network.loadingFinished":
        return this.onLoadingFinished(event);
      case "Network.loadingFailed":
        return this.onLoadingFailed(event);
      case "Network.resourceChangedPriority":
        return this.onResourceChangedPriority(event);
      default:
        return;
    }
  }
  /**
   * Redirected requests all have identical requestIds over the protocol. Once a request has been
   * redirected all future messages referrencing that requestId are about the new destination, not
   * the original. This method is a helper for finding the real request object to which the current
   * message is referring.
   *
   * @param {string} requestId
   * @param {LH.Protocol.TargetType} targetType
   * @param {string|undefined} sessionId
   * @return {NetworkRequest|undefined}
   */
  _findRealRequestAndSetSession(requestId, targetType, sessionId) {
    let request = this._recordsById.get(requestId);
    if (!request || !request.isValid) return void 0;
    while (request.redirectDestination) {
      request = request.redirectDestination;
    }
    request.setSession(sessionId);
    request.sessionTargetType = targetType;
    return request;
  }
  /**
   * @param {NetworkRequest} record The record to find the initiator of
   * @param {Map<string, NetworkRequest[]>} recordsByURL
   * @return {NetworkRequest|null}
   * @private
   */
  static _chooseInitiatorRequest(record, recordsByURL) {
    if (record.redirectSource) {
      return record.redirectSource;
    }
    const lanternReq = NetworkRequest.asLanternNetworkRequest(record);
    const initiatorURL = graph_exports.PageDependencyGraph.getNetworkInitiators(lanternReq)[0];
    let candidates = recordsByURL.get(initiatorURL) || [];
    candidates = candidates.filter((c) => {
      return c.responseHeadersEndTime <= record.rendererStartTime && c.finished && !c.failed;
    });
    if (candidates.length > 1) {
      const nonPrefetchCandidates = candidates.filter(
        (cand) => cand.resourceType !== NetworkRequest.TYPES.Other
      );
      if (nonPrefetchCandidates.length) {
        candidates = nonPrefetchCandidates;
      }
    }
    if (candidates.length > 1) {
      const sameFrameCandidates = candidates.filter((cand) => cand.frameId === record.frameId);
      if (sameFrameCandidates.length) {
        candidates = sameFrameCandidates;
      }
    }
    if (candidates.length > 1 && record.initiator.type === "parser") {
      const documentCandidates = candidates.filter((cand) => cand.resourceType === NetworkRequest.TYPES.Document);
      if (documentCandidates.length) {
        candidates = documentCandidates;
      }
    }
    if (candidates.length > 1) {
      const linkPreloadCandidates = candidates.filter((c) => c.isLinkPreload);
      if (linkPreloadCandidates.length) {
        const nonPreloadCandidates = candidates.filter((c) => !c.isLinkPreload);
        const allPreloaded = nonPreloadCandidates.every((c) => c.fromDiskCache || c.fromMemoryCache);
        if (nonPreloadCandidates.length && allPreloaded) {
          candidates = linkPreloadCandidates;
        }
      }
    }
    return candidates.length === 1 ? candidates[0] : null;
  }
  /**
   * Construct network records from a log of devtools protocol messages.
   * @param {LH.DevtoolsLog} devtoolsLog
   * @return {Array<LH.Artifacts.NetworkRequest>}
   */
  static recordsFromLogs(devtoolsLog) {
    const networkRecorder = new _NetworkRecorder();
    devtoolsLog.forEach((message) => networkRecorder.dispatch(message));
    const records = networkRecorder.getRawRecords().filter((record) => record.isValid);
    const recordsByURL = /* @__PURE__ */ new Map();
    for (const record of records) {
      const records2 = recordsByURL.get(record.url) || [];
      records2.push(record);
      recordsByURL.set(record.url, records2);
    }
    for (const record of records) {
      const initiatorRequest = _NetworkRecorder._chooseInitiatorRequest(record, recordsByURL);
      if (initiatorRequest) {
        record.setInitiatorRequest(initiatorRequest);
      }
      let finalRecord = record;
      while (finalRecord.redirectDestination) finalRecord = finalRecord.redirectDestination;
      if (finalRecord === record || finalRecord.redirects) continue;
      const redirects = [];
      for (let redirect = finalRecord.redirectSource; redirect; redirect = redirect.redirectSource) {
        redirects.unshift(redirect);
      }
      finalRecord.redirects = redirects;
    }
    return records;
  }
};

// node_modules/lighthouse/core/computed/network-records.js
var NetworkRecords = class {
  static {
    __name(this, "NetworkRecords");
  }
  /**
   * @param {LH.DevtoolsLog} devtoolsLog
   * @return {Promise<Array<LH.Artifacts.NetworkRequest>>} networkRecords
   */
  static async compute_(devtoolsLog) {
    return NetworkRecorder.recordsFromLogs(devtoolsLog);
  }
};
var NetworkRecordsComputed = makeComputedArtifact(NetworkRecords, null);

export {
  NetworkRequest,
  NetworkRecorder,
  NetworkRecordsComputed
};
