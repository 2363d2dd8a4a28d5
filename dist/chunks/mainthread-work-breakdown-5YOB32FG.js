import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  TotalBlockingTimeComputed
} from "./chunk-7CLNSH5T.js";
import "./chunk-5HMS6HMB.js";
import "./chunk-PWMRVCNQ.js";
import "./chunk-EXKLB22B.js";
import "./chunk-OFVYDZZ3.js";
import "./chunk-OFMTRQAO.js";
import "./chunk-UREHS7U6.js";
import "./chunk-EXEOABRE.js";
import "./chunk-XR4JOZX6.js";
import {
  Sentry
} from "./chunk-46JEON4P.js";
import "./chunk-LTKMILJT.js";
import "./chunk-UZUBZ4TX.js";
import {
  MainThreadTasksComputed,
  taskGroups
} from "./chunk-GB6ADJMD.js";
import "./chunk-ZUY3BTUL.js";
import "./chunk-OKU7VGNV.js";
import "./chunk-TLUPT47U.js";
import "./chunk-KOJ2RCGK.js";
import "./chunk-5RDVE6B4.js";
import "./chunk-5URQEILV.js";
import "./chunk-JJ7AI7FF.js";
import "./chunk-5OCP4ICV.js";
import "./chunk-UYWBNZ7J.js";
import "./chunk-RPGCNC5P.js";
import "./chunk-OGF3ODRV.js";
import "./chunk-M6BVBSCB.js";
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
import {
  lighthouse_logger_default
} from "./chunk-SUS4HUZI.js";
import "./chunk-DGA7P555.js";
import "./chunk-IN4OIQDI.js";
import "./chunk-HQY6G4FK.js";
import "./chunk-CUMEVQG2.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/audits/mainthread-work-breakdown.js
var UIStrings2 = {
  /** Title of a diagnostic audit that provides detail on the main thread work the browser did to load the page. This descriptive title is shown to users when the amount is acceptable and no user action is required. */
  title: "Minimizes main-thread work",
  /** Title of a diagnostic audit that provides detail on the main thread work the browser did to load the page. This imperative title is shown to users when there is a significant amount of execution time that could be reduced. */
  failureTitle: "Minimize main-thread work",
  /** Description of a Lighthouse audit that tells the user *why* they should reduce JS execution times. This is displayed after a user expands the section to see more. No character length limits. The last sentence starting with 'Learn' becomes link text to additional documentation. */
  description: "Consider reducing the time spent parsing, compiling and executing JS. You may find delivering smaller JS payloads helps with this. [Learn how to minimize main-thread work](https://developer.chrome.com/docs/lighthouse/performance/mainthread-work-breakdown/)",
  /** Label for the Main Thread Category column in data tables, rows will have a main thread Category and main thread Task Name. */
  columnCategory: "Category"
};
var str_ = createIcuMessageFn(import.meta.url, UIStrings2);
var MainThreadWorkBreakdown = class _MainThreadWorkBreakdown extends Audit {
  static {
    __name(this, "MainThreadWorkBreakdown");
  }
  /**
   * @return {LH.Audit.Meta}
   */
  static get meta() {
    return {
      id: "mainthread-work-breakdown",
      title: str_(UIStrings2.title),
      failureTitle: str_(UIStrings2.failureTitle),
      description: str_(UIStrings2.description),
      scoreDisplayMode: Audit.SCORING_MODES.METRIC_SAVINGS,
      guidanceLevel: 1,
      requiredArtifacts: ["Trace", "DevtoolsLog", "URL", "GatherContext", "SourceMaps", "HostDPR"]
    };
  }
  /**
   * @return {LH.Audit.ScoreOptions}
   */
  static get defaultOptions() {
    return {
      // see https://www.desmos.com/calculator/vhglu1x8zv
      p10: 2017,
      median: 4e3
    };
  }
  /**
   * @param {LH.Artifacts.TaskNode[]} tasks
   * @return {Map<TaskGroupIds, number>}
   */
  static getExecutionTimingsByGroup(tasks) {
    const result = /* @__PURE__ */ new Map();
    for (const task of tasks) {
      const originalTime = result.get(task.group.id) || 0;
      result.set(task.group.id, originalTime + task.selfTime);
    }
    return result;
  }
  /**
   * @param {LH.Artifacts} artifacts
   * @param {LH.Audit.Context} context
   * @return {Promise<LH.Audit.Product>}
   */
  static async audit(artifacts, context) {
    const settings = context.settings || {};
    const trace = artifacts.Trace;
    let tbtSavings = 0;
    try {
      const metricComputationData = Audit.makeMetricComputationDataInput(artifacts, context);
      const tbtResult = await TotalBlockingTimeComputed.request(metricComputationData, context);
      tbtSavings = tbtResult.timing;
    } catch (err) {
      Sentry.captureException(err, {
        tags: { audit: this.meta.id },
        level: "error"
      });
      lighthouse_logger_default.error(this.meta.id, err.message);
    }
    const tasks = await MainThreadTasksComputed.request(trace, context);
    const multiplier = settings.throttlingMethod === "simulate" ? settings.throttling.cpuSlowdownMultiplier : 1;
    const executionTimings = _MainThreadWorkBreakdown.getExecutionTimingsByGroup(tasks);
    let totalExecutionTime = 0;
    const categoryTotals = {};
    const results = Array.from(executionTimings).map(([groupId, rawDuration]) => {
      const duration = rawDuration * multiplier;
      totalExecutionTime += duration;
      const categoryTotal = categoryTotals[groupId] || 0;
      categoryTotals[groupId] = categoryTotal + duration;
      return {
        group: groupId,
        groupLabel: taskGroups[groupId].label,
        duration
      };
    });
    const headings = [
      /* eslint-disable max-len */
      { key: "groupLabel", valueType: "text", label: str_(UIStrings2.columnCategory) },
      { key: "duration", valueType: "ms", granularity: 1, label: str_(UIStrings.columnTimeSpent) }
      /* eslint-enable max-len */
    ];
    results.sort((a, b) => categoryTotals[b.group] - categoryTotals[a.group]);
    const tableDetails = _MainThreadWorkBreakdown.makeTableDetails(
      headings,
      results,
      { sortedBy: ["duration"] }
    );
    const score = Audit.computeLogNormalScore(
      { p10: context.options.p10, median: context.options.median },
      totalExecutionTime
    );
    return {
      score,
      numericValue: totalExecutionTime,
      numericUnit: "millisecond",
      displayValue: str_(UIStrings.seconds, { timeInMs: totalExecutionTime }),
      details: tableDetails,
      metricSavings: {
        TBT: tbtSavings
      }
    };
  }
};
var mainthread_work_breakdown_default = MainThreadWorkBreakdown;
export {
  UIStrings2 as UIStrings,
  mainthread_work_breakdown_default as default
};
