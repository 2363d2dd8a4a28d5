import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirname } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __filename = __perfGateFileURLToPath(import.meta.url);
const __dirname = __perfGateDirname(__filename);
import {
  NetworkRecordsComputed
} from "./chunk-SYESP6GA.js";
import {
  makeComputedArtifact
} from "./chunk-ZXMZWSLD.js";
import {
  core_exports
} from "./chunk-5BBHM7BZ.js";
import {
  lighthouse_logger_default
} from "./chunk-CCAZ4I2I.js";
import {
  __name
} from "./chunk-NPWTAH35.js";

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
