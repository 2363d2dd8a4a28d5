import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirname } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __filename = __perfGateFileURLToPath(import.meta.url);
const __dirname = __perfGateDirname(__filename);
import {
  MainThreadTasksComputed
} from "./chunk-7KS6NAZM.js";
import "./chunk-YWRXZ2DQ.js";
import "./chunk-234O27YG.js";
import "./chunk-ZXMZWSLD.js";
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
