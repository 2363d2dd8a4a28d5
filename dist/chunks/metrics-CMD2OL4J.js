import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  TimingSummaryComputed
} from "./chunk-U3ZFQJWR.js";
import "./chunk-5FBB3TJX.js";
import "./chunk-VFTXEWIX.js";
import "./chunk-LP6TZT6G.js";
import "./chunk-V4R3YH25.js";
import "./chunk-6FA6DHVC.js";
import "./chunk-BDUPEJWB.js";
import "./chunk-GQI72ZUL.js";
import "./chunk-7CLNSH5T.js";
import "./chunk-5HMS6HMB.js";
import "./chunk-PWMRVCNQ.js";
import "./chunk-EXKLB22B.js";
import "./chunk-OFVYDZZ3.js";
import "./chunk-OFMTRQAO.js";
import "./chunk-UREHS7U6.js";
import "./chunk-EXEOABRE.js";
import "./chunk-XR4JOZX6.js";
import "./chunk-46JEON4P.js";
import "./chunk-LTKMILJT.js";
import "./chunk-UZUBZ4TX.js";
import "./chunk-ZUY3BTUL.js";
import "./chunk-OKU7VGNV.js";
import "./chunk-6H6HYPUO.js";
import "./chunk-TLUPT47U.js";
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
import "./chunk-ZXPRQ4W4.js";
import "./chunk-PVRN2YPO.js";
import "./chunk-SUS4HUZI.js";
import "./chunk-DGA7P555.js";
import "./chunk-IN4OIQDI.js";
import "./chunk-HQY6G4FK.js";
import "./chunk-CUMEVQG2.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/audits/metrics.js
var DECIMAL_METRIC_KEYS = /* @__PURE__ */ new Set([
  "cumulativeLayoutShift",
  "cumulativeLayoutShiftMainFrame",
  "observedCumulativeLayoutShift",
  "observedCumulativeLayoutShiftMainFrame"
]);
var Metrics = class extends Audit {
  static {
    __name(this, "Metrics");
  }
  /**
   * @return {LH.Audit.Meta}
   */
  static get meta() {
    return {
      id: "metrics",
      scoreDisplayMode: Audit.SCORING_MODES.INFORMATIVE,
      title: "Metrics",
      description: "Collects all available metrics.",
      supportedModes: ["navigation"],
      requiredArtifacts: ["Trace", "DevtoolsLog", "GatherContext", "URL", "SourceMaps", "HostDPR"]
    };
  }
  /**
   * @param {LH.Artifacts} artifacts
   * @param {LH.Audit.Context} context
   * @return {Promise<LH.Audit.Product>}
   */
  static async audit(artifacts, context) {
    const settings = context.settings;
    const gatherContext = artifacts.GatherContext;
    const trace = artifacts.Trace;
    const devtoolsLog = artifacts.DevtoolsLog;
    const { URL, HostDPR, SourceMaps } = artifacts;
    const summary = await TimingSummaryComputed.request({ trace, devtoolsLog, gatherContext, settings, URL, SourceMaps, HostDPR }, context);
    const metrics = summary.metrics;
    const debugInfo = summary.debugInfo;
    for (const [name, value] of Object.entries(metrics)) {
      const key = (
        /** @type {keyof LH.Artifacts.TimingSummary} */
        name
      );
      if (typeof value === "number" && !DECIMAL_METRIC_KEYS.has(key)) {
        metrics[key] = Math.round(value);
      }
    }
    const details = {
      type: "debugdata",
      // TODO: Consider not nesting metrics under `items`.
      items: [metrics, debugInfo]
    };
    return {
      score: 1,
      numericValue: metrics.interactive || 0,
      numericUnit: "millisecond",
      details
    };
  }
};
var metrics_default = Metrics;
export {
  metrics_default as default
};
