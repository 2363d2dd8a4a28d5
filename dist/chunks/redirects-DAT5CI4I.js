import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  LanternInteractiveComputed
} from "./chunk-OFVYDZZ3.js";
import "./chunk-OFMTRQAO.js";
import "./chunk-UREHS7U6.js";
import "./chunk-EXEOABRE.js";
import "./chunk-XR4JOZX6.js";
import "./chunk-46JEON4P.js";
import "./chunk-LTKMILJT.js";
import "./chunk-UZUBZ4TX.js";
import "./chunk-ZUY3BTUL.js";
import {
  ProcessedTraceComputed
} from "./chunk-OKU7VGNV.js";
import {
  NetworkRecordsComputed
} from "./chunk-TLUPT47U.js";
import "./chunk-KOJ2RCGK.js";
import "./chunk-5RDVE6B4.js";
import "./chunk-5URQEILV.js";
import "./chunk-JJ7AI7FF.js";
import "./chunk-5OCP4ICV.js";
import "./chunk-UYWBNZ7J.js";
import "./chunk-RPGCNC5P.js";
import "./chunk-OGF3ODRV.js";
import "./chunk-M6BVBSCB.js";
import {
  Audit
} from "./chunk-EE5QGFNO.js";
import "./chunk-NQT3LCYB.js";
import "./chunk-WHNLLLG3.js";
import {
  UIStrings,
  createIcuMessageFn
} from "./chunk-ZXPRQ4W4.js";
import "./chunk-PVRN2YPO.js";
import "./chunk-SUS4HUZI.js";
import "./chunk-DGA7P555.js";
import "./chunk-IN4OIQDI.js";
import "./chunk-HQY6G4FK.js";
import "./chunk-CUMEVQG2.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/audits/redirects.js
var UIStrings2 = {
  /** Imperative title of a Lighthouse audit that tells the user to eliminate the redirects taken through multiple URLs to load the page. This is shown in a list of audits that Lighthouse generates. */
  title: "Avoid multiple page redirects",
  /** Description of a Lighthouse audit that tells users why they should reduce the number of server-side redirects on their page. This is displayed after a user expands the section to see more. No character length limits. The last sentence starting with 'Learn' becomes link text to additional documentation. */
  description: "Redirects introduce additional delays before the page can be loaded. [Learn how to avoid page redirects](https://developer.chrome.com/docs/lighthouse/performance/redirects/)."
};
var str_ = createIcuMessageFn(import.meta.url, UIStrings2);
var Redirects = class _Redirects extends Audit {
  static {
    __name(this, "Redirects");
  }
  /**
   * @return {LH.Audit.Meta}
   */
  static get meta() {
    return {
      id: "redirects",
      title: str_(UIStrings2.title),
      description: str_(UIStrings2.description),
      scoreDisplayMode: Audit.SCORING_MODES.METRIC_SAVINGS,
      supportedModes: ["navigation"],
      guidanceLevel: 2,
      requiredArtifacts: ["URL", "GatherContext", "DevtoolsLog", "Trace", "SourceMaps", "HostDPR"]
    };
  }
  /**
   * This method generates the document request chain including client-side and server-side redirects.
   *
   * Example:
   *    GET /requestedUrl => 302 /firstRedirect
   *    GET /firstRedirect => 200 /firstRedirect, window.location = '/secondRedirect'
   *    GET /secondRedirect => 302 /thirdRedirect
   *    GET /thirdRedirect => 302 /mainDocumentUrl
   *    GET /mainDocumentUrl => 200 /mainDocumentUrl
   *
   * Returns network records [/requestedUrl, /firstRedirect, /secondRedirect, /thirdRedirect, /mainDocumentUrl]
   *
   * @param {Array<LH.Artifacts.NetworkRequest>} networkRecords
   * @param {LH.Artifacts.ProcessedTrace} processedTrace
   * @return {Array<LH.Artifacts.NetworkRequest>}
   */
  static getDocumentRequestChain(networkRecords, processedTrace) {
    const documentRequests = [];
    for (const event of processedTrace.processEvents) {
      if (event.name !== "navigationStart") continue;
      const data = event.args.data || {};
      if (!data.documentLoaderURL || !data.isLoadingMainFrame) continue;
      let networkRecord = networkRecords.find((record) => record.requestId === data.navigationId);
      while (networkRecord) {
        documentRequests.push(networkRecord);
        networkRecord = networkRecord.redirectDestination;
      }
    }
    if (!documentRequests.length) {
      throw new Error("No navigation requests found");
    }
    return documentRequests;
  }
  /**
   * @param {LH.Artifacts} artifacts
   * @param {LH.Audit.Context} context
   * @return {Promise<LH.Audit.Product>}
   */
  static async audit(artifacts, context) {
    const settings = context.settings;
    const trace = artifacts.Trace;
    const devtoolsLog = artifacts.DevtoolsLog;
    const gatherContext = artifacts.GatherContext;
    const { URL, HostDPR, SourceMaps } = artifacts;
    const processedTrace = await ProcessedTraceComputed.request(trace, context);
    const networkRecords = await NetworkRecordsComputed.request(devtoolsLog, context);
    const documentRequests = _Redirects.getDocumentRequestChain(networkRecords, processedTrace);
    const metricComputationData = { trace, devtoolsLog, gatherContext, settings, URL, SourceMaps, HostDPR, simulator: null };
    const metricResult = await LanternInteractiveComputed.request(metricComputationData, context);
    const nodeTimingsById = /* @__PURE__ */ new Map();
    for (const [node, timing] of metricResult.pessimisticEstimate.nodeTimings.entries()) {
      if (node.type === "network") {
        nodeTimingsById.set(node.request.requestId, timing);
      }
    }
    let totalWastedMs = 0;
    const tableRows = [];
    for (let i = 0; i < documentRequests.length; i++) {
      if (documentRequests.length < 2) break;
      const initialRequest = documentRequests[i];
      const redirectedRequest = documentRequests[i + 1] || initialRequest;
      const initialTiming = nodeTimingsById.get(initialRequest.requestId);
      const redirectedTiming = nodeTimingsById.get(redirectedRequest.requestId);
      if (!initialTiming || !redirectedTiming) {
        throw new Error("Could not find redirects in graph");
      }
      const lanternTimingDeltaMs = redirectedTiming.startTime - initialTiming.startTime;
      const observedTimingDeltaMs = redirectedRequest.networkRequestTime - initialRequest.networkRequestTime;
      const wastedMs = settings.throttlingMethod === "simulate" ? lanternTimingDeltaMs : observedTimingDeltaMs;
      totalWastedMs += wastedMs;
      tableRows.push({
        url: initialRequest.url,
        wastedMs
      });
    }
    const headings = [
      { key: "url", valueType: "url", label: str_(UIStrings.columnURL) },
      { key: "wastedMs", valueType: "timespanMs", label: str_(UIStrings.columnTimeSpent) }
    ];
    const details = Audit.makeOpportunityDetails(
      headings,
      tableRows,
      { overallSavingsMs: totalWastedMs }
    );
    return {
      score: tableRows.length ? 0 : 1,
      numericValue: totalWastedMs,
      numericUnit: "millisecond",
      displayValue: totalWastedMs ? str_(UIStrings.displayValueMsSavings, { wastedMs: totalWastedMs }) : "",
      details,
      metricSavings: {
        LCP: totalWastedMs,
        FCP: totalWastedMs
      }
    };
  }
};
var redirects_default = Redirects;
export {
  UIStrings2 as UIStrings,
  redirects_default as default
};
