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
import {
  LanternSpeedIndexComputed
} from "./chunk-KAD5P3PW.js";
import "./chunk-ZPBLOGXF.js";
import "./chunk-H5LWH6J2.js";
import "./chunk-3HOOVH4R.js";
import "./chunk-3J2ETGAJ.js";
import "./chunk-PYFQ76U6.js";
import "./chunk-66KCYWAM.js";
import "./chunk-QZ3OSI4Z.js";
import "./chunk-EPB6KFYP.js";
import {
  LanternInteractiveComputed
} from "./chunk-2GMMCWKZ.js";
import {
  LanternLargestContentfulPaintComputed
} from "./chunk-2HO5DFWY.js";
import {
  LanternFirstContentfulPaintComputed
} from "./chunk-GGKXRYR6.js";
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
import {
  defaultSettings
} from "./chunk-3KM644WB.js";
import "./chunk-5BBHM7BZ.js";
import {
  Audit
} from "./chunk-FSWK4TCA.js";
import "./chunk-7GKXG23E.js";
import "./chunk-5PV2OCCB.js";
import {
  UIStrings,
  createIcuMessageFn
} from "./chunk-LKICZOEU.js";
import "./chunk-FQTCD4Y2.js";
import "./chunk-CCAZ4I2I.js";
import "./chunk-TX2N5ISY.js";
import "./chunk-RMSGWGKU.js";
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
