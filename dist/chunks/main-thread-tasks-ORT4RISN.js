import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  MainThreadTasksComputed
} from "./chunk-GB6ADJMD.js";
import "./chunk-OKU7VGNV.js";
import "./chunk-5RDVE6B4.js";
import "./chunk-JJ7AI7FF.js";
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
