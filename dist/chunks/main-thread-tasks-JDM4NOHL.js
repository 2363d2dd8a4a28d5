import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  MainThreadTasksComputed
} from "./chunk-XGC32MZW.js";
import "./chunk-F4KVDJHG.js";
import "./chunk-2NDN4UYY.js";
import "./chunk-MMYCO4A4.js";
import "./chunk-XDP7JP2V.js";
import {
  Audit
} from "./chunk-EE5QGFNO.js";
import "./chunk-NQT3LCYB.js";
import "./chunk-WHNLLLG3.js";
import "./chunk-4HNUH45J.js";
import "./chunk-PVRN2YPO.js";
import "./chunk-S7DQYX2D.js";
import "./chunk-N23IISKJ.js";
import "./chunk-SBARIJAF.js";
import "./chunk-HQY6G4FK.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/audits/main-thread-tasks.js
var MainThreadTasks = class extends Audit {
  static {
    __name(this, "MainThreadTasks");
  }
  /**
   * @return {LH.Audit.Meta}
   */
  static get meta() {
    return {
      id: "main-thread-tasks",
      scoreDisplayMode: Audit.SCORING_MODES.INFORMATIVE,
      title: "Tasks",
      description: "Lists the toplevel main thread tasks that executed during page load.",
      requiredArtifacts: ["Trace"]
    };
  }
  /**
   * @param {LH.Artifacts} artifacts
   * @param {LH.Audit.Context} context
   * @return {Promise<LH.Audit.Product>}
   */
  static async audit(artifacts, context) {
    const trace = artifacts.Trace;
    const tasks = await MainThreadTasksComputed.request(trace, context);
    const results = tasks.filter((task) => task.duration > 5 && !task.parent).map((task) => {
      return {
        duration: task.duration,
        startTime: task.startTime
      };
    });
    const headings = [
      { key: "startTime", valueType: "ms", granularity: 1, label: "Start Time" },
      { key: "duration", valueType: "ms", granularity: 1, label: "End Time" }
    ];
    const tableDetails = Audit.makeTableDetails(headings, results);
    return {
      score: 1,
      details: tableDetails
    };
  }
};
var main_thread_tasks_default = MainThreadTasks;
export {
  main_thread_tasks_default as default
};
