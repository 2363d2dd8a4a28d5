import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirname } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __filename = __perfGateFileURLToPath(import.meta.url);
const __dirname = __perfGateDirname(__filename);
import {
  TotalBlockingTimeComputed
} from "./chunk-PYFQ76U6.js";
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

// node_modules/lighthouse/core/audits/metrics/total-blocking-time.js
var UIStrings2 = {
  /** Description of the Total Blocking Time (TBT) metric, which calculates the total duration of blocking time for a web page. Blocking times are time periods when the page would be blocked (prevented) from responding to user input (clicks, taps, and keypresses will feel slow to respond). This is displayed within a tooltip when the user hovers on the metric name to see more. No character length limits.*/
  description: "Sum of all time periods between FCP and Time to Interactive, when task length exceeded 50ms, expressed in milliseconds. [Learn more about the Total Blocking Time metric](https://developer.chrome.com/docs/lighthouse/performance/lighthouse-total-blocking-time/)."
};
var str_ = createIcuMessageFn(import.meta.url, UIStrings2);
var TotalBlockingTime = class extends Audit {
  static {
    __name(this, "TotalBlockingTime");
  }
  /**
   * @return {LH.Audit.Meta}
   */
  static get meta() {
    return {
      id: "total-blocking-time",
      title: str_(UIStrings.totalBlockingTimeMetric),
      description: str_(UIStrings2.description),
      scoreDisplayMode: Audit.SCORING_MODES.NUMERIC,
      requiredArtifacts: ["Trace", "DevtoolsLog", "GatherContext", "URL", "SourceMaps", "HostDPR"]
    };
  }
  /**
   * @return {{mobile: {scoring: LH.Audit.ScoreOptions}, desktop: {scoring: LH.Audit.ScoreOptions}}}
   */
  static get defaultOptions() {
    return {
      mobile: {
        // If determined from HTTP Archive data…
        //     SELECT
        //         APPROX_QUANTILES(tbt_value, 100)[OFFSET(8)] AS p08_tbt,
        //         APPROX_QUANTILES(tbt_value, 100)[OFFSET(25)] AS p25_tbt
        //     FROM (
        //         SELECT CAST(JSON_EXTRACT_SCALAR(report, '$.audits.total-blocking-time.numericValue') AS FLOAT64) AS tbt_value
        //         FROM `httparchive.lighthouse.2021_05_01_mobile`
        //         WHERE report is not NULL
        //     )
        // …we'd use control points of 19 and 189, which leads to surprisingly harsh scoring.
        //
        // The following coefficients are semi-arbitrarily chosen, but start to approach the "correct" ones:
        // See https://www.desmos.com/calculator/pwcgna1cvf go/lh8-tbt-curves
        scoring: {
          p10: 200,
          median: 600
        }
      },
      desktop: {
        // Chosen in HTTP Archive desktop results to approximate curve easing described above.
        // SELECT
        //   APPROX_QUANTILES(tbtValue, 100)[OFFSET(40)] AS p40_tbt,
        //   APPROX_QUANTILES(tbtValue, 100)[OFFSET(60)] AS p60_tbt
        // FROM (
        //   SELECT CAST(JSON_EXTRACT_SCALAR(payload, '$._TotalBlockingTime') AS NUMERIC) AS tbtValue
        //   FROM `httparchive.pages.2020_04_01_desktop`
        // )
        scoring: {
          p10: 150,
          median: 350
        }
      }
    };
  }
  /**
   * Audits the page to calculate Total Blocking Time.
   *
   * We define Blocking Time as any time interval in the loading timeline where task length exceeds
   * 50ms. For example, if there is a 110ms main thread task, the last 60ms of it is blocking time.
   * Total Blocking Time is the sum of all Blocking Time between First Contentful Paint and
   * Interactive Time (TTI).
   *
   * @param {LH.Artifacts} artifacts
   * @param {LH.Audit.Context} context
   * @return {Promise<LH.Audit.Product>}
   */
  static async audit(artifacts, context) {
    const trace = artifacts.Trace;
    const devtoolsLog = artifacts.DevtoolsLog;
    const gatherContext = artifacts.GatherContext;
    const metricComputationData = {
      trace,
      devtoolsLog,
      gatherContext,
      settings: context.settings,
      URL: artifacts.URL,
      SourceMaps: artifacts.SourceMaps,
      HostDPR: artifacts.HostDPR,
      simulator: null
    };
    if (gatherContext.gatherMode === "timespan" && context.settings.throttlingMethod === "simulate") {
      return { score: 1, notApplicable: true };
    }
    const metricResult = await TotalBlockingTimeComputed.request(metricComputationData, context);
    const options = context.options[context.settings.formFactor];
    return {
      score: Audit.computeLogNormalScore(
        options.scoring,
        metricResult.timing
      ),
      scoringOptions: options.scoring,
      numericValue: metricResult.timing,
      numericUnit: "millisecond",
      displayValue: str_(UIStrings.ms, { timeInMs: metricResult.timing })
    };
  }
};
var total_blocking_time_default = TotalBlockingTime;
export {
  UIStrings2 as UIStrings,
  total_blocking_time_default as default
};
