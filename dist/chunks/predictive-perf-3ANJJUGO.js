import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  TimingSummaryComputed
} from "./chunk-U3ZFQJWR.js";
import {
  LanternSpeedIndexComputed
} from "./chunk-5FBB3TJX.js";
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
import {
  LanternInteractiveComputed
} from "./chunk-OFVYDZZ3.js";
import {
  LanternLargestContentfulPaintComputed
} from "./chunk-OFMTRQAO.js";
import {
  LanternFirstContentfulPaintComputed
} from "./chunk-UREHS7U6.js";
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
import {
  defaultSettings
} from "./chunk-OGF3ODRV.js";
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
