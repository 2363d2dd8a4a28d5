import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirname } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __filename = __perfGateFileURLToPath(import.meta.url);
const __dirname = __perfGateDirname(__filename);
import {
  MainThreadTasksComputed
} from "./chunk-7KS6NAZM.js";
import {
  NetworkAnalysisComputed
} from "./chunk-C6Y33VRW.js";
import {
  MainResourceComputed
} from "./chunk-MNPB7OV4.js";
import {
  NetworkRecordsComputed
} from "./chunk-SYESP6GA.js";
import "./chunk-GFHU54RB.js";
import "./chunk-YWRXZ2DQ.js";
import "./chunk-234O27YG.js";
import "./chunk-ZXMZWSLD.js";
import "./chunk-GJQVB7BC.js";
import "./chunk-5BBHM7BZ.js";
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

// node_modules/lighthouse/core/audits/diagnostics.js
var Diagnostics = class extends Audit {
  static {
    __name(this, "Diagnostics");
  }
  /**
   * @return {LH.Audit.Meta}
   */
  static get meta() {
    return {
      id: "diagnostics",
      scoreDisplayMode: Audit.SCORING_MODES.INFORMATIVE,
      title: "Diagnostics",
      description: "Collection of useful page vitals.",
      supportedModes: ["navigation"],
      requiredArtifacts: ["URL", "Trace", "DevtoolsLog"]
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
    const tasks = await MainThreadTasksComputed.request(trace, context);
    const records = await NetworkRecordsComputed.request(devtoolsLog, context);
    const analysis = await NetworkAnalysisComputed.request(devtoolsLog, context);
    const mainResource = await MainResourceComputed.request({ devtoolsLog, URL: artifacts.URL }, context);
    const toplevelTasks = tasks.filter((t) => !t.parent);
    const mainDocumentTransferSize = mainResource.transferSize;
    const totalByteWeight = records.reduce((sum, r) => sum + (r.transferSize || 0), 0);
    const totalTaskTime = toplevelTasks.reduce((sum, t) => sum + (t.duration || 0), 0);
    const maxRtt = Math.max(...analysis.additionalRttByOrigin.values()) + analysis.rtt;
    const maxServerLatency = Math.max(...analysis.serverResponseTimeByOrigin.values());
    const diagnostics = {
      numRequests: records.length,
      numScripts: records.filter((r) => r.resourceType === "Script").length,
      numStylesheets: records.filter((r) => r.resourceType === "Stylesheet").length,
      numFonts: records.filter((r) => r.resourceType === "Font").length,
      numTasks: toplevelTasks.length,
      numTasksOver10ms: toplevelTasks.filter((t) => t.duration > 10).length,
      numTasksOver25ms: toplevelTasks.filter((t) => t.duration > 25).length,
      numTasksOver50ms: toplevelTasks.filter((t) => t.duration > 50).length,
      numTasksOver100ms: toplevelTasks.filter((t) => t.duration > 100).length,
      numTasksOver500ms: toplevelTasks.filter((t) => t.duration > 500).length,
      rtt: analysis.rtt,
      throughput: analysis.throughput,
      maxRtt,
      maxServerLatency,
      totalByteWeight,
      totalTaskTime,
      mainDocumentTransferSize
    };
    return {
      score: 1,
      details: {
        type: "debugdata",
        // TODO: Consider not nesting diagnostics under `items`.
        items: [diagnostics]
      }
    };
  }
};
var diagnostics_default = Diagnostics;
export {
  diagnostics_default as default
};
