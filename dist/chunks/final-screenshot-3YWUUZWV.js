import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirname } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __filename = __perfGateFileURLToPath(import.meta.url);
const __dirname = __perfGateDirname(__filename);
import {
  ProcessedTraceComputed
} from "./chunk-YWRXZ2DQ.js";
import {
  LighthouseError
} from "./chunk-234O27YG.js";
import {
  makeComputedArtifact
} from "./chunk-ZXMZWSLD.js";
import "./chunk-GJQVB7BC.js";
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
