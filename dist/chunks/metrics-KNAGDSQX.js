import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirname } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __filename = __perfGateFileURLToPath(import.meta.url);
const __dirname = __perfGateDirname(__filename);
import {
  TimingSummaryComputed
} from "./chunk-W3AIV7ZC.js";
import "./chunk-DAEMCCIG.js";
import "./chunk-AET2HOWR.js";
import "./chunk-KAD5P3PW.js";
import "./chunk-ZPBLOGXF.js";
import "./chunk-H5LWH6J2.js";
import "./chunk-3HOOVH4R.js";
import "./chunk-3J2ETGAJ.js";
import "./chunk-PYFQ76U6.js";
import "./chunk-66KCYWAM.js";
import "./chunk-QZ3OSI4Z.js";
import "./chunk-EPB6KFYP.js";
import "./chunk-2GMMCWKZ.js";
import "./chunk-2HO5DFWY.js";
import "./chunk-GGKXRYR6.js";
import "./chunk-XJYUVFMM.js";
import "./chunk-6LDEO2DW.js";
import "./chunk-ZDTZO4FP.js";
import "./chunk-6K4RRHRO.js";
import "./chunk-P6RRBHLG.js";
import "./chunk-C6Y33VRW.js";
import "./chunk-MNPB7OV4.js";
import "./chunk-SYESP6GA.js";
import "./chunk-GFHU54RB.js";
import "./chunk-3KFQCHM4.js";
import "./chunk-YWRXZ2DQ.js";
import "./chunk-234O27YG.js";
import "./chunk-ZXMZWSLD.js";
import "./chunk-OJI7KLWC.js";
import "./chunk-GJQVB7BC.js";
import "./chunk-BQGYKYRY.js";
import "./chunk-3KM644WB.js";
import "./chunk-5BBHM7BZ.js";
import {
  Audit
} from "./chunk-FSWK4TCA.js";
import "./chunk-7GKXG23E.js";
import "./chunk-5PV2OCCB.js";
import "./chunk-LKICZOEU.js";
import "./chunk-FQTCD4Y2.js";
import "./chunk-CCAZ4I2I.js";
import "./chunk-TX2N5ISY.js";
import "./chunk-RMSGWGKU.js";
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
