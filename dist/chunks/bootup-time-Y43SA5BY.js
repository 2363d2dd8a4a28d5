import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  getExecutionTimingsByURL
} from "./chunk-QYB2QZMK.js";
import {
  FirstContentfulPaintComputed
} from "./chunk-GQI72ZUL.js";
import {
  TotalBlockingTimeComputed
} from "./chunk-7CLNSH5T.js";
import {
  InteractiveComputed
} from "./chunk-5HMS6HMB.js";
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
import {
  ProcessedTraceComputed
} from "./chunk-OKU7VGNV.js";
import {
  NetworkRecordsComputed
} from "./chunk-TLUPT47U.js";
import "./chunk-KOJ2RCGK.js";
import "./chunk-5RDVE6B4.js";
import "./chunk-5URQEILV.js";
import {
  makeComputedArtifact
} from "./chunk-JJ7AI7FF.js";
import "./chunk-5OCP4ICV.js";
import "./chunk-UYWBNZ7J.js";
import "./chunk-RPGCNC5P.js";
import "./chunk-OGF3ODRV.js";
import {
  metrics_exports
} from "./chunk-M6BVBSCB.js";
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

// node_modules/lighthouse/core/computed/tbt-impact-tasks.js
var { calculateTbtImpactForEvent } = metrics_exports.TBTUtils;
var TBTImpactTasks = class {
  static {
    __name(this, "TBTImpactTasks");
  }
  /**
   * @param {LH.Artifacts.TaskNode} task
   * @return {LH.Artifacts.TaskNode}
   */
  static getTopLevelTask(task) {
    let topLevelTask = task;
    while (topLevelTask.parent) {
      topLevelTask = topLevelTask.parent;
    }
    return topLevelTask;
  }
  /**
   * @param {LH.Artifacts.MetricComputationDataInput} metricComputationData
   * @param {LH.Artifacts.ComputedContext} context
   * @return {Promise<{startTimeMs: number, endTimeMs: number}>}
   */
  static async getTbtBounds(metricComputationData, context) {
    const processedTrace = await ProcessedTraceComputed.request(metricComputationData.trace, context);
    if (metricComputationData.gatherContext.gatherMode !== "navigation") {
      return {
        startTimeMs: 0,
        endTimeMs: processedTrace.timings.traceEnd
      };
    }
    const fcpResult = await FirstContentfulPaintComputed.request(metricComputationData, context);
    const ttiResult = await InteractiveComputed.request(metricComputationData, context);
    let startTimeMs = fcpResult.timing;
    let endTimeMs = ttiResult.timing;
    if ("optimisticEstimate" in fcpResult) {
      startTimeMs = fcpResult.optimisticEstimate.timeInMs;
    }
    if ("pessimisticEstimate" in ttiResult) {
      endTimeMs = ttiResult.pessimisticEstimate.timeInMs;
    }
    return { startTimeMs, endTimeMs };
  }
  /**
   * @param {LH.Artifacts.TaskNode[]} tasks
   * @param {Map<LH.Artifacts.TaskNode, number>} taskToImpact
   * @param {Map<LH.Artifacts.TaskNode, number>} taskToBlockingTime
   */
  static createImpactTasks(tasks, taskToImpact, taskToBlockingTime) {
    const tbtImpactTasks = [];
    for (const task of tasks) {
      const tbtImpact = taskToImpact.get(task) || 0;
      let selfTbtImpact = tbtImpact;
      const blockingTime = taskToBlockingTime.get(task) || 0;
      let selfBlockingTime = blockingTime;
      for (const child of task.children) {
        const childTbtImpact = taskToImpact.get(child) || 0;
        selfTbtImpact -= childTbtImpact;
        const childBlockingTime = taskToBlockingTime.get(child) || 0;
        selfBlockingTime -= childBlockingTime;
      }
      tbtImpactTasks.push({
        ...task,
        // Floating point numbers are not perfectly precise, so the subtraction operations above
        // can sometimes output negative numbers close to 0 here. To prevent potentially confusing
        // output we should bump those values to 0.
        tbtImpact: Math.max(tbtImpact, 0),
        selfTbtImpact: Math.max(selfTbtImpact, 0),
        selfBlockingTime: Math.max(selfBlockingTime, 0)
      });
    }
    return tbtImpactTasks;
  }
  /**
   * @param {LH.Artifacts.TaskNode[]} tasks
   * @param {number} startTimeMs
   * @param {number} endTimeMs
   * @return {LH.Artifacts.TBTImpactTask[]}
   */
  static computeImpactsFromObservedTasks(tasks, startTimeMs, endTimeMs) {
    const taskToImpact = /* @__PURE__ */ new Map();
    const taskToBlockingTime = /* @__PURE__ */ new Map();
    for (const task of tasks) {
      const event = {
        start: task.startTime,
        end: task.endTime,
        duration: task.duration
      };
      const topLevelTask = this.getTopLevelTask(task);
      const topLevelEvent = {
        start: topLevelTask.startTime,
        end: topLevelTask.endTime,
        duration: topLevelTask.duration
      };
      const tbtImpact = calculateTbtImpactForEvent(event, startTimeMs, endTimeMs, topLevelEvent);
      const blockingTime = calculateTbtImpactForEvent(event, -Infinity, Infinity, topLevelEvent);
      taskToImpact.set(task, tbtImpact);
      taskToBlockingTime.set(task, blockingTime);
    }
    return this.createImpactTasks(tasks, taskToImpact, taskToBlockingTime);
  }
  /**
   * @param {LH.Artifacts.TaskNode[]} tasks
   * @param {LH.Gatherer.Simulation.Result['nodeTimings']} tbtNodeTimings
   * @param {number} startTimeMs
   * @param {number} endTimeMs
   * @return {LH.Artifacts.TBTImpactTask[]}
   */
  static computeImpactsFromLantern(tasks, tbtNodeTimings, startTimeMs, endTimeMs) {
    const taskToImpact = /* @__PURE__ */ new Map();
    const taskToBlockingTime = /* @__PURE__ */ new Map();
    const topLevelTaskToEvent = /* @__PURE__ */ new Map();
    const traceEventToTask = /* @__PURE__ */ new Map();
    for (const task of tasks) {
      traceEventToTask.set(task.event, task);
    }
    for (const [node, timing] of tbtNodeTimings) {
      if (node.type !== "cpu") continue;
      const event = {
        start: timing.startTime,
        end: timing.endTime,
        duration: timing.duration
      };
      const tbtImpact = calculateTbtImpactForEvent(event, startTimeMs, endTimeMs);
      const blockingTime = calculateTbtImpactForEvent(event, -Infinity, Infinity);
      const task = traceEventToTask.get(node.event);
      if (!task) continue;
      topLevelTaskToEvent.set(task, event);
      taskToImpact.set(task, tbtImpact);
      taskToBlockingTime.set(task, blockingTime);
    }
    for (const task of tasks) {
      if (taskToImpact.has(task) || taskToBlockingTime.has(task)) continue;
      const topLevelTask = this.getTopLevelTask(task);
      const topLevelEvent = topLevelTaskToEvent.get(topLevelTask);
      if (!topLevelEvent) continue;
      const startRatio = (task.startTime - topLevelTask.startTime) / topLevelTask.duration;
      const start = startRatio * topLevelEvent.duration + topLevelEvent.start;
      const endRatio = (topLevelTask.endTime - task.endTime) / topLevelTask.duration;
      const end = topLevelEvent.end - endRatio * topLevelEvent.duration;
      const event = {
        start,
        end,
        duration: end - start
      };
      const tbtImpact = calculateTbtImpactForEvent(event, startTimeMs, endTimeMs, topLevelEvent);
      const blockingTime = calculateTbtImpactForEvent(event, -Infinity, Infinity, topLevelEvent);
      taskToImpact.set(task, tbtImpact);
      taskToBlockingTime.set(task, blockingTime);
    }
    return this.createImpactTasks(tasks, taskToImpact, taskToBlockingTime);
  }
  /**
   * @param {LH.Artifacts.MetricComputationDataInput} metricComputationData
   * @param {LH.Artifacts.ComputedContext} context
   * @return {Promise<LH.Artifacts.TBTImpactTask[]>}
   */
  static async compute_(metricComputationData, context) {
    const tbtResult = await TotalBlockingTimeComputed.request(metricComputationData, context);
    const tasks = await MainThreadTasksComputed.request(metricComputationData.trace, context);
    const { startTimeMs, endTimeMs } = await this.getTbtBounds(metricComputationData, context);
    if ("pessimisticEstimate" in tbtResult) {
      return this.computeImpactsFromLantern(
        tasks,
        tbtResult.pessimisticEstimate.nodeTimings,
        startTimeMs,
        endTimeMs
      );
    }
    return this.computeImpactsFromObservedTasks(tasks, startTimeMs, endTimeMs);
  }
};
var TBTImpactTasksComputed = makeComputedArtifact(
  TBTImpactTasks,
  ["trace", "devtoolsLog", "URL", "SourceMaps", "gatherContext", "settings", "simulator", "HostDPR"]
);

// node_modules/lighthouse/core/audits/bootup-time.js
var UIStrings2 = {
  /** Title of a diagnostic audit that provides detail on the time spent executing javascript files during the load. This descriptive title is shown to users when the amount is acceptable and no user action is required. */
  title: "JavaScript execution time",
  /** Title of a diagnostic audit that provides detail on the time spent executing javascript files during the load. This imperative title is shown to users when there is a significant amount of execution time that could be reduced. */
  failureTitle: "Reduce JavaScript execution time",
  /** Description of a Lighthouse audit that tells the user that they should reduce the amount of time spent executing javascript and one method of doing so. This is displayed after a user expands the section to see more. No character length limits. The last sentence starting with 'Learn' becomes link text to additional documentation. */
  description: "Consider reducing the time spent parsing, compiling, and executing JS. You may find delivering smaller JS payloads helps with this. [Learn how to reduce Javascript execution time](https://developer.chrome.com/docs/lighthouse/performance/bootup-time/).",
  /** Label for the total time column in a data table; entries will be the number of milliseconds spent executing per resource loaded by the page. */
  columnTotal: "Total CPU Time",
  /** Label for a time column in a data table; entries will be the number of milliseconds spent evaluating script for every script loaded by the page. */
  columnScriptEval: "Script Evaluation",
  /** Label for a time column in a data table; entries will be the number of milliseconds spent parsing script files for every script loaded by the page. */
  columnScriptParse: "Script Parse",
  /** A message displayed in a Lighthouse audit result warning that Chrome extensions on the user's system substantially affected Lighthouse's measurements and instructs the user on how to run again without those extensions. */
  chromeExtensionsWarning: "Chrome extensions negatively affected this page's load performance. Try auditing the page in incognito mode or from a Chrome profile without extensions."
};
var str_ = createIcuMessageFn(import.meta.url, UIStrings2);
var BootupTime = class _BootupTime extends Audit {
  static {
    __name(this, "BootupTime");
  }
  /**
   * @return {LH.Audit.Meta}
   */
  static get meta() {
    return {
      id: "bootup-time",
      title: str_(UIStrings2.title),
      failureTitle: str_(UIStrings2.failureTitle),
      description: str_(UIStrings2.description),
      scoreDisplayMode: Audit.SCORING_MODES.METRIC_SAVINGS,
      guidanceLevel: 1,
      requiredArtifacts: ["Trace", "DevtoolsLog", "URL", "GatherContext", "SourceMaps", "HostDPR"]
    };
  }
  /**
   * @return {LH.Audit.ScoreOptions & {thresholdInMs: number}}
   */
  static get defaultOptions() {
    return {
      // see https://www.desmos.com/calculator/ynl8fzh1wd
      // <500ms ~= 100, >1.3s is yellow, >3.5s is red
      p10: 1282,
      median: 3500,
      thresholdInMs: 50
    };
  }
  /**
   * @param {LH.Artifacts} artifacts
   * @param {LH.Audit.Context} context
   * @return {Promise<number>}
   */
  static async getTbtImpact(artifacts, context) {
    let tbtImpact = 0;
    try {
      const metricComputationData = Audit.makeMetricComputationDataInput(artifacts, context);
      const tasks = await TBTImpactTasksComputed.request(metricComputationData, context);
      for (const task of tasks) {
        const groupId = task.group.id;
        if (groupId !== "scriptEvaluation" && groupId !== "scriptParseCompile") continue;
        tbtImpact += task.selfTbtImpact;
      }
    } catch (err) {
      Sentry.captureException(err, {
        tags: { audit: this.meta.id },
        level: "error"
      });
      lighthouse_logger_default.error(this.meta.id, err.message);
    }
    return tbtImpact;
  }
  /**
   * @param {LH.Artifacts} artifacts
   * @param {LH.Audit.Context} context
   * @return {Promise<LH.Audit.Product>}
   */
  static async audit(artifacts, context) {
    const settings = context.settings || {};
    const trace = artifacts.Trace;
    const devtoolsLog = artifacts.DevtoolsLog;
    const networkRecords = await NetworkRecordsComputed.request(devtoolsLog, context);
    const tasks = await MainThreadTasksComputed.request(trace, context);
    const multiplier = settings.throttlingMethod === "simulate" ? settings.throttling.cpuSlowdownMultiplier : 1;
    const executionTimings = getExecutionTimingsByURL(tasks, networkRecords);
    executionTimings.delete("_lighthouse-eval.js");
    const tbtImpact = await this.getTbtImpact(artifacts, context);
    let hadExcessiveChromeExtension = false;
    let totalBootupTime = 0;
    const results = Array.from(executionTimings).map(([url, timingByGroupId]) => {
      let totalExecutionTimeForURL = 0;
      for (const [groupId, timespanMs] of Object.entries(timingByGroupId)) {
        timingByGroupId[groupId] = timespanMs * multiplier;
        totalExecutionTimeForURL += timespanMs * multiplier;
      }
      const scriptingTotal = timingByGroupId[taskGroups.scriptEvaluation.id] || 0;
      const parseCompileTotal = timingByGroupId[taskGroups.scriptParseCompile.id] || 0;
      if (totalExecutionTimeForURL >= context.options.thresholdInMs) {
        totalBootupTime += scriptingTotal + parseCompileTotal;
      }
      hadExcessiveChromeExtension = hadExcessiveChromeExtension || url.startsWith("chrome-extension:") && scriptingTotal > 100;
      return {
        url,
        total: totalExecutionTimeForURL,
        // Highlight the JavaScript task costs
        scripting: scriptingTotal,
        scriptParseCompile: parseCompileTotal
      };
    }).filter((result) => result.total >= context.options.thresholdInMs).sort((a, b) => b.total - a.total);
    let runWarnings;
    if (hadExcessiveChromeExtension) {
      runWarnings = [str_(UIStrings2.chromeExtensionsWarning)];
    }
    const headings = [
      { key: "url", valueType: "url", label: str_(UIStrings.columnURL) },
      { key: "total", granularity: 1, valueType: "ms", label: str_(UIStrings2.columnTotal) },
      { key: "scripting", granularity: 1, valueType: "ms", label: str_(UIStrings2.columnScriptEval) },
      {
        key: "scriptParseCompile",
        granularity: 1,
        valueType: "ms",
        label: str_(UIStrings2.columnScriptParse)
      }
    ];
    const details = _BootupTime.makeTableDetails(
      headings,
      results,
      { wastedMs: totalBootupTime, sortedBy: ["total"] }
    );
    const score = Audit.computeLogNormalScore(
      { p10: context.options.p10, median: context.options.median },
      totalBootupTime
    );
    return {
      score,
      notApplicable: !results.length,
      numericValue: totalBootupTime,
      numericUnit: "millisecond",
      displayValue: totalBootupTime > 0 ? str_(UIStrings.seconds, { timeInMs: totalBootupTime }) : "",
      details,
      runWarnings,
      metricSavings: {
        TBT: tbtImpact
      }
    };
  }
};
var bootup_time_default = BootupTime;
export {
  UIStrings2 as UIStrings,
  bootup_time_default as default
};
