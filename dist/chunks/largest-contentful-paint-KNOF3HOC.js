import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  LargestContentfulPaintComputed
} from "./chunk-IVQOC55U.js";
import "./chunk-PAQZAXDN.js";
import "./chunk-Z3CABXSZ.js";
import "./chunk-672NMUMG.js";
import "./chunk-X3MROZVS.js";
import "./chunk-N6IEHMNS.js";
import "./chunk-ZCDCEIXT.js";
import "./chunk-LTKMILJT.js";
import "./chunk-HEXXHXNP.js";
import "./chunk-4AWAE4MI.js";
import "./chunk-BJHEQ4OP.js";
import "./chunk-ONCDSVQ5.js";
import "./chunk-5URQEILV.js";
import "./chunk-F4KVDJHG.js";
import "./chunk-2NDN4UYY.js";
import "./chunk-MMYCO4A4.js";
import "./chunk-5OCP4ICV.js";
import "./chunk-XDP7JP2V.js";
import "./chunk-IKRFTKV6.js";
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
} from "./chunk-4HNUH45J.js";
import "./chunk-PVRN2YPO.js";
import "./chunk-S7DQYX2D.js";
import "./chunk-N23IISKJ.js";
import "./chunk-SBARIJAF.js";
import "./chunk-HQY6G4FK.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/audits/metrics/largest-contentful-paint.js
var UIStrings2 = {
  /** Description of the Largest Contentful Paint (LCP) metric, which marks the time at which the largest text or image is painted by the browser. This is displayed within a tooltip when the user hovers on the metric name to see more. No character length limits. The last sentence starting with 'Learn' becomes link text to additional documentation. */
  description: `Largest Contentful Paint marks the time at which the largest text or image is painted. [Learn more about the Largest Contentful Paint metric](https://developer.chrome.com/docs/lighthouse/performance/lighthouse-largest-contentful-paint/)`
};
var str_ = createIcuMessageFn(import.meta.url, UIStrings2);
var LargestContentfulPaint = class extends Audit {
  static {
    __name(this, "LargestContentfulPaint");
  }
  /**
   * @return {LH.Audit.Meta}
   */
  static get meta() {
    return {
      id: "largest-contentful-paint",
      title: str_(UIStrings.largestContentfulPaintMetric),
      description: str_(UIStrings2.description),
      scoreDisplayMode: Audit.SCORING_MODES.NUMERIC,
      supportedModes: ["navigation"],
      requiredArtifacts: [
        "HostUserAgent",
        "Trace",
        "DevtoolsLog",
        "GatherContext",
        "URL",
        "SourceMaps",
        "HostDPR"
      ]
    };
  }
  /**
   * @return {{mobile: {scoring: LH.Audit.ScoreOptions}, desktop: {scoring: LH.Audit.ScoreOptions}}}
   */
  static get defaultOptions() {
    return {
      mobile: {
        // 25th and 13th percentiles HTTPArchive -> median and p10 points.
        // https://bigquery.cloud.google.com/table/httparchive:lighthouse.2020_02_01_mobile?pli=1
        // https://web.dev/articles/lcp#what_is_a_good_lcp_score
        // see https://www.desmos.com/calculator/1etesp32kt
        scoring: {
          p10: 2500,
          median: 4e3
        }
      },
      desktop: {
        // 25th and 5th percentiles HTTPArchive -> median and p10 points.
        // SELECT
        //   APPROX_QUANTILES(lcpValue, 100)[OFFSET(5)] AS p05_lcp,
        //   APPROX_QUANTILES(lcpValue, 100)[OFFSET(25)] AS p25_lcp
        // FROM (
        //   SELECT CAST(JSON_EXTRACT_SCALAR(payload, "$['_chromeUserTiming.LargestContentfulPaint']") AS NUMERIC) AS lcpValue
        //   FROM `httparchive.pages.2020_04_01_desktop`
        // )
        scoring: {
          p10: 1200,
          median: 2400
        }
      }
    };
  }
  /**
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
      simulator: null,
      HostDPR: artifacts.HostDPR
    };
    const metricResult = await LargestContentfulPaintComputed.request(metricComputationData, context);
    const options = context.options[context.settings.formFactor];
    return {
      score: Audit.computeLogNormalScore(
        options.scoring,
        metricResult.timing
      ),
      scoringOptions: options.scoring,
      numericValue: metricResult.timing,
      numericUnit: "millisecond",
      displayValue: str_(UIStrings.seconds, { timeInMs: metricResult.timing })
    };
  }
};
var largest_contentful_paint_default = LargestContentfulPaint;
export {
  UIStrings2 as UIStrings,
  largest_contentful_paint_default as default
};
