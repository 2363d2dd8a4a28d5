import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  MainThreadTasksComputed
} from "./chunk-GB6ADJMD.js";
import {
  NetworkAnalysisComputed
} from "./chunk-ZUY3BTUL.js";
import "./chunk-OKU7VGNV.js";
import {
  MainResourceComputed
} from "./chunk-6H6HYPUO.js";
import {
  NetworkRecordsComputed
} from "./chunk-TLUPT47U.js";
import "./chunk-KOJ2RCGK.js";
import "./chunk-5RDVE6B4.js";
import "./chunk-JJ7AI7FF.js";
import "./chunk-UYWBNZ7J.js";
import "./chunk-M6BVBSCB.js";
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
