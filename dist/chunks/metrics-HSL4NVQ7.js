import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirname } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __filename = __perfGateFileURLToPath(import.meta.url);
const __dirname = __perfGateDirname(__filename);
import {
  TimingSummaryComputed
} from "./chunk-BODRONZB.js";
import "./chunk-6HJJYSOX.js";
import "./chunk-6NWMIVGQ.js";
import "./chunk-GCAPIBN2.js";
import "./chunk-HGZM4UPU.js";
import "./chunk-OWBUQT2M.js";
import "./chunk-2K3CXTNX.js";
import "./chunk-BAD4INBB.js";
import "./chunk-RYSQUQ5S.js";
import "./chunk-K3SR54W3.js";
import "./chunk-NA6YWQWE.js";
import "./chunk-3FCMIYAK.js";
import "./chunk-2SN6R7EN.js";
import "./chunk-DIL2VNNV.js";
import "./chunk-7OUNDFOU.js";
import "./chunk-N3K66X6R.js";
import "./chunk-A2VZLC7O.js";
import "./chunk-55ZN7BAG.js";
import "./chunk-3KM644WB.js";
import "./chunk-UT74UKR5.js";
import "./chunk-TBUUV2YV.js";
import "./chunk-3KFQCHM4.js";
import "./chunk-RYL4IQBK.js";
import "./chunk-7GVW2FMQ.js";
import "./chunk-B6YPWBWC.js";
import "./chunk-5BBHM7BZ.js";
import "./chunk-OYL5QUQM.js";
import "./chunk-VBC5SOUF.js";
import "./chunk-XZRLS2KF.js";
import "./chunk-OJI7KLWC.js";
import "./chunk-GJQVB7BC.js";
import "./chunk-LXOYKW2X.js";
import "./chunk-CCAZ4I2I.js";
import "./chunk-TX2N5ISY.js";
import "./chunk-RMSGWGKU.js";
import {
  Audit
} from "./chunk-FSWK4TCA.js";
import "./chunk-7GKXG23E.js";
import "./chunk-5PV2OCCB.js";
import "./chunk-QX4LR4A3.js";
import {
  __name
} from "./chunk-NPWTAH35.js";

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
