import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  SpeedIndexComputed
} from "./chunk-5FBB3TJX.js";
import "./chunk-6FA6DHVC.js";
import "./chunk-EXKLB22B.js";
import "./chunk-UREHS7U6.js";
import "./chunk-EXEOABRE.js";
import "./chunk-XR4JOZX6.js";
import "./chunk-46JEON4P.js";
import "./chunk-LTKMILJT.js";
import "./chunk-UZUBZ4TX.js";
import "./chunk-ZUY3BTUL.js";
import "./chunk-OKU7VGNV.js";
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

// node_modules/lighthouse/core/audits/metrics/speed-index.js
var UIStrings2 = {
  /** Description of the Speed Index metric, which summarizes how quickly the page looked visually complete. This is displayed within a tooltip when the user hovers on the metric name to see more. No character length limits. The last sentence starting with 'Learn' becomes link text to additional documentation. */
  description: "Speed Index shows how quickly the contents of a page are visibly populated. [Learn more about the Speed Index metric](https://developer.chrome.com/docs/lighthouse/performance/speed-index/)."
};
var str_ = createIcuMessageFn(import.meta.url, UIStrings2);
var SpeedIndex = class extends Audit {
  static {
    __name(this, "SpeedIndex");
  }
  /**
   * @return {LH.Audit.Meta}
   */
  static get meta() {
    return {
      id: "speed-index",
      title: str_(UIStrings.speedIndexMetric),
      description: str_(UIStrings2.description),
      scoreDisplayMode: Audit.SCORING_MODES.NUMERIC,
      supportedModes: ["navigation"],
      requiredArtifacts: ["Trace", "DevtoolsLog", "GatherContext", "URL", "SourceMaps", "HostDPR"]
    };
  }
  /**
   * @return {{mobile: {scoring: LH.Audit.ScoreOptions}, desktop: {scoring: LH.Audit.ScoreOptions}}}
   */
  static get defaultOptions() {
    return {
      mobile: {
        // 25th and 5th percentiles HTTPArchive -> median and PODR, then p10 derived from them.
        // https://bigquery.cloud.google.com/table/httparchive:lighthouse.2018_04_01_mobile?pli=1
        // see https://www.desmos.com/calculator/dvuzvpl7mi
        scoring: {
          p10: 3387,
          median: 5800
        }
      },
      desktop: {
        // SELECT QUANTILES(SpeedIndex, 21) FROM [httparchive:summary_pages.2018_12_15_desktop] LIMIT 1000
        scoring: {
          p10: 1311,
          median: 2300
        }
      }
    };
  }
  /**
   * Audits the page to give a score for the Speed Index.
   * @see https://github.com/GoogleChrome/lighthouse/issues/197
   * @param {LH.Artifacts} artifacts The artifacts from the gather phase.
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
    const metricResult = await SpeedIndexComputed.request(metricComputationData, context);
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
var speed_index_default = SpeedIndex;
export {
  UIStrings2 as UIStrings,
  speed_index_default as default
};
