import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  ProcessedTraceComputed
} from "./chunk-OKU7VGNV.js";
import {
  LighthouseError
} from "./chunk-5RDVE6B4.js";
import {
  makeComputedArtifact
} from "./chunk-JJ7AI7FF.js";
import "./chunk-UYWBNZ7J.js";
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

// node_modules/lighthouse/core/computed/screenshots.js
var SCREENSHOT_TRACE_NAME = "Screenshot";
var Screenshots = class {
  static {
    __name(this, "Screenshots");
  }
  /**
   * @param {LH.Trace} trace
   * @return {Promise<Array<{timestamp: number, datauri: string}>>}
  */
  static async compute_(trace) {
    return trace.traceEvents.filter((evt) => evt.name === SCREENSHOT_TRACE_NAME).map((evt) => {
      return {
        timestamp: evt.ts,
        datauri: `data:image/jpeg;base64,${evt.args.snapshot}`
      };
    });
  }
};
var ScreenshotsComputed = makeComputedArtifact(Screenshots, null);

// node_modules/lighthouse/core/audits/final-screenshot.js
var FinalScreenshot = class extends Audit {
  static {
    __name(this, "FinalScreenshot");
  }
  /**
   * @return {LH.Audit.Meta}
   */
  static get meta() {
    return {
      id: "final-screenshot",
      scoreDisplayMode: Audit.SCORING_MODES.INFORMATIVE,
      title: "Final Screenshot",
      description: "The last screenshot captured of the pageload.",
      requiredArtifacts: ["Trace", "GatherContext"]
    };
  }
  /**
   * @param {LH.Artifacts} artifacts
   * @param {LH.Audit.Context} context
   * @return {Promise<LH.Audit.Product>}
   */
  static async audit(artifacts, context) {
    const trace = artifacts.Trace;
    const processedTrace = await ProcessedTraceComputed.request(trace, context);
    const screenshots = await ScreenshotsComputed.request(trace, context);
    const { timeOrigin } = processedTrace.timestamps;
    const finalScreenshot = screenshots[screenshots.length - 1];
    if (!finalScreenshot) {
      if (artifacts.GatherContext.gatherMode === "timespan") return { notApplicable: true, score: 1 };
      throw new LighthouseError(LighthouseError.errors.NO_SCREENSHOTS);
    }
    return {
      score: 1,
      details: {
        type: "screenshot",
        timing: Math.round((finalScreenshot.timestamp - timeOrigin) / 1e3),
        timestamp: finalScreenshot.timestamp,
        data: finalScreenshot.datauri
      }
    };
  }
};
var final_screenshot_default = FinalScreenshot;
export {
  final_screenshot_default as default
};
