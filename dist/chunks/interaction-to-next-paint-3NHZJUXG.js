import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  ResponsivenessComputed
} from "./chunk-QFBQQCZZ.js";
import "./chunk-OKU7VGNV.js";
import "./chunk-5RDVE6B4.js";
import "./chunk-JJ7AI7FF.js";
import "./chunk-UYWBNZ7J.js";
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

// node_modules/lighthouse/core/audits/metrics/interaction-to-next-paint.js
var UIStrings2 = {
  /** Description of the Interaction to Next Paint metric. This description is displayed within a tooltip when the user hovers on the metric name to see more. No character length limits. The last sentence starting with 'Learn' becomes link text to additional documentation. */
  description: "Interaction to Next Paint measures page responsiveness, how long it takes the page to visibly respond to user input. [Learn more about the Interaction to Next Paint metric](https://web.dev/articles/inp)."
};
var str_ = createIcuMessageFn(import.meta.url, UIStrings2);
var InteractionToNextPaint = class extends Audit {
  static {
    __name(this, "InteractionToNextPaint");
  }
  /**
   * @return {LH.Audit.Meta}
   */
  static get meta() {
    return {
      id: "interaction-to-next-paint",
      title: str_(UIStrings.interactionToNextPaint),
      description: str_(UIStrings2.description),
      scoreDisplayMode: Audit.SCORING_MODES.NUMERIC,
      supportedModes: ["timespan"],
      requiredArtifacts: ["Trace"]
    };
  }
  /**
   * @return {LH.Audit.ScoreOptions}
   */
  static get defaultOptions() {
    return {
      // https://web.dev/articles/inp
      // This is using the same threshold as field tools since only supported in
      // unsimulated user flows for now.
      // see https://www.desmos.com/calculator/4xtrhg51th
      p10: 200,
      median: 500
    };
  }
  /**
   * @param {LH.Artifacts} artifacts
   * @param {LH.Audit.Context} context
   * @return {Promise<LH.Audit.Product>}
   */
  static async audit(artifacts, context) {
    const { settings } = context;
    if (settings.throttlingMethod === "simulate") {
      return { score: null, notApplicable: true };
    }
    const trace = artifacts.Trace;
    const metricData = { trace, settings };
    const interactionEvent = await ResponsivenessComputed.request(metricData, context);
    if (interactionEvent === null) {
      return { score: null, notApplicable: true };
    }
    const timing = interactionEvent.args.data.duration;
    return {
      score: Audit.computeLogNormalScore(
        { p10: context.options.p10, median: context.options.median },
        timing
      ),
      numericValue: timing,
      numericUnit: "millisecond",
      displayValue: str_(UIStrings.ms, { timeInMs: timing })
    };
  }
};
var interaction_to_next_paint_default = InteractionToNextPaint;
export {
  UIStrings2 as UIStrings,
  interaction_to_next_paint_default as default
};
