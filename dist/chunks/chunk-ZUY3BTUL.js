import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  NetworkRecordsComputed
} from "./chunk-TLUPT47U.js";
import {
  makeComputedArtifact
} from "./chunk-JJ7AI7FF.js";
import {
  core_exports
} from "./chunk-M6BVBSCB.js";
import {
  lighthouse_logger_default
} from "./chunk-SUS4HUZI.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/computed/network-analysis.js
var NetworkAnalysis = class {
  static {
    __name(this, "NetworkAnalysis");
  }
  /**
   * @param {LH.DevtoolsLog} devtoolsLog
   * @param {LH.Artifacts.ComputedContext} context
   * @return {Promise<LH.Artifacts.NetworkAnalysis>}
   */
  static async compute_(devtoolsLog, context) {
    const records = await NetworkRecordsComputed.request(devtoolsLog, context);
    const analysis = core_exports.NetworkAnalyzer.analyze(
      records
    );
    if (!analysis) {
      lighthouse_logger_default.error("NetworkAnalysis", "Network analysis failed due to lack of transfer data");
      return {
        throughput: 0,
        rtt: Number.POSITIVE_INFINITY,
        additionalRttByOrigin: /* @__PURE__ */ new Map(),
        serverResponseTimeByOrigin: /* @__PURE__ */ new Map()
      };
    }
    return analysis;
  }
};
var NetworkAnalysisComputed = makeComputedArtifact(NetworkAnalysis, null);

export {
  NetworkAnalysisComputed
};
