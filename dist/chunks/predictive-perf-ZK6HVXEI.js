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
import {
  LanternSpeedIndexComputed
} from "./chunk-GCAPIBN2.js";
import "./chunk-HGZM4UPU.js";
import "./chunk-OWBUQT2M.js";
import "./chunk-2K3CXTNX.js";
import "./chunk-BAD4INBB.js";
import "./chunk-RYSQUQ5S.js";
import "./chunk-K3SR54W3.js";
import "./chunk-NA6YWQWE.js";
import "./chunk-3FCMIYAK.js";
import {
  LanternInteractiveComputed
} from "./chunk-2SN6R7EN.js";
import {
  LanternLargestContentfulPaintComputed
} from "./chunk-DIL2VNNV.js";
import {
  LanternFirstContentfulPaintComputed
} from "./chunk-7OUNDFOU.js";
import "./chunk-N3K66X6R.js";
import "./chunk-A2VZLC7O.js";
import "./chunk-55ZN7BAG.js";
import {
  defaultSettings
} from "./chunk-3KM644WB.js";
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
import {
  UIStrings,
  createIcuMessageFn
} from "./chunk-LXOYKW2X.js";
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

// node_modules/lighthouse/core/audits/predictive-perf.js
var SCORING_P10 = 3651;
var SCORING_MEDIAN = 1e4;
var str_ = createIcuMessageFn(import.meta.url, {});
var PredictivePerf = class extends Audit {
  static {
    __name(this, "PredictivePerf");
  }
  /**
   * @return {LH.Audit.Meta}
   */
  static get meta() {
    return {
      id: "predictive-perf",
      title: "Predicted Performance (beta)",
      description: "Predicted performance evaluates how your site will perform under a cellular connection on a mobile device.",
      scoreDisplayMode: Audit.SCORING_MODES.NUMERIC,
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
    const gatherContext = artifacts.GatherContext;
    const trace = artifacts.Trace;
    const devtoolsLog = artifacts.DevtoolsLog;
    const { URL, HostDPR, SourceMaps } = artifacts;
    const settings = JSON.parse(JSON.stringify(defaultSettings));
    const computationData = { trace, devtoolsLog, gatherContext, settings, URL, SourceMaps, HostDPR, simulator: null };
    const fcp = await LanternFirstContentfulPaintComputed.request(computationData, context);
    const tti = await LanternInteractiveComputed.request(computationData, context);
    const si = await LanternSpeedIndexComputed.request(computationData, context);
    const lcp = await LanternLargestContentfulPaintComputed.request(computationData, context);
    const timingSummary = await TimingSummaryComputed.request(computationData, context);
    const values = {
      roughEstimateOfFCP: fcp.timing,
      optimisticFCP: fcp.optimisticEstimate.timeInMs,
      pessimisticFCP: fcp.pessimisticEstimate.timeInMs,
      roughEstimateOfTTI: tti.timing,
      optimisticTTI: tti.optimisticEstimate.timeInMs,
      pessimisticTTI: tti.pessimisticEstimate.timeInMs,
      roughEstimateOfSI: si.timing,
      optimisticSI: si.optimisticEstimate.timeInMs,
      pessimisticSI: si.pessimisticEstimate.timeInMs,
      roughEstimateOfLCP: lcp.timing,
      optimisticLCP: lcp.optimisticEstimate.timeInMs,
      pessimisticLCP: lcp.pessimisticEstimate.timeInMs,
      roughEstimateOfTTFB: timingSummary.metrics.timeToFirstByte,
      roughEstimateOfLCPLoadStart: timingSummary.metrics.lcpLoadDelay,
      roughEstimateOfLCPLoadEnd: timingSummary.metrics.lcpLoadDuration
    };
    const score = Audit.computeLogNormalScore(
      { p10: SCORING_P10, median: SCORING_MEDIAN },
      values.roughEstimateOfTTI
    );
    return {
      score,
      numericValue: values.roughEstimateOfTTI,
      numericUnit: "millisecond",
      displayValue: str_(UIStrings.ms, { timeInMs: values.roughEstimateOfTTI }),
      details: {
        type: "debugdata",
        // TODO: Consider not nesting values under `items`.
        items: [values]
      }
    };
  }
};
var predictive_perf_default = PredictivePerf;
export {
  predictive_perf_default as default
};
