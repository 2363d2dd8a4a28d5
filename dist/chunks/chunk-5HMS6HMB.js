import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  NetworkMonitor
} from "./chunk-PWMRVCNQ.js";
import {
  NavigationMetric
} from "./chunk-EXKLB22B.js";
import {
  LanternInteractiveComputed
} from "./chunk-OFVYDZZ3.js";
import {
  LighthouseError
} from "./chunk-5RDVE6B4.js";
import {
  makeComputedArtifact
} from "./chunk-JJ7AI7FF.js";
import {
  TraceProcessor
} from "./chunk-UYWBNZ7J.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/computed/metrics/interactive.js
var REQUIRED_QUIET_WINDOW = 5e3;
var ALLOWED_CONCURRENT_REQUESTS = 2;
var Interactive = class _Interactive extends NavigationMetric {
  static {
    __name(this, "Interactive");
  }
  /**
   * Finds all time periods where the number of inflight requests is less than or equal to the
   * number of allowed concurrent requests (2).
   * @param {Array<LH.Artifacts.NetworkRequest>} networkRecords
   * @param {{timestamps: {traceEnd: number}}} processedNavigation
   * @return {Array<TimePeriod>}
   */
  static _findNetworkQuietPeriods(networkRecords, processedNavigation) {
    const traceEndTsInMs = processedNavigation.timestamps.traceEnd / 1e3;
    const filteredNetworkRecords = networkRecords.filter((record) => {
      return record.finished && record.requestMethod === "GET" && !record.failed && // Consider network records that had 4xx/5xx status code as "failed"
      record.statusCode < 400;
    });
    return NetworkMonitor.findNetworkQuietPeriods(
      filteredNetworkRecords,
      ALLOWED_CONCURRENT_REQUESTS,
      traceEndTsInMs
    );
  }
  /**
   * Finds all time periods where there are no long tasks.
   * @param {Array<TimePeriod>} longTasks
   * @param {{timestamps: {timeOrigin: number, traceEnd: number}}} processedNavigation
   * @return {Array<TimePeriod>}
   */
  static _findCPUQuietPeriods(longTasks, processedNavigation) {
    const timeOriginTsInMs = processedNavigation.timestamps.timeOrigin / 1e3;
    const traceEndTsInMs = processedNavigation.timestamps.traceEnd / 1e3;
    if (longTasks.length === 0) {
      return [{ start: 0, end: traceEndTsInMs }];
    }
    const quietPeriods = [];
    longTasks.forEach((task, index) => {
      if (index === 0) {
        quietPeriods.push({
          start: 0,
          end: task.start + timeOriginTsInMs
        });
      }
      if (index === longTasks.length - 1) {
        quietPeriods.push({
          start: task.end + timeOriginTsInMs,
          end: traceEndTsInMs
        });
      } else {
        quietPeriods.push({
          start: task.end + timeOriginTsInMs,
          end: longTasks[index + 1].start + timeOriginTsInMs
        });
      }
    });
    return quietPeriods;
  }
  /**
   * Finds the first time period where a network quiet period and a CPU quiet period overlap.
   * @param {Array<TimePeriod>} longTasks
   * @param {Array<LH.Artifacts.NetworkRequest>} networkRecords
   * @param {LH.Artifacts.ProcessedNavigation} processedNavigation
   * @return {{cpuQuietPeriod: TimePeriod, networkQuietPeriod: TimePeriod, cpuQuietPeriods: Array<TimePeriod>, networkQuietPeriods: Array<TimePeriod>}}
   */
  static findOverlappingQuietPeriods(longTasks, networkRecords, processedNavigation) {
    const FcpTsInMs = processedNavigation.timestamps.firstContentfulPaint / 1e3;
    const isLongEnoughQuietPeriod = /* @__PURE__ */ __name((period) => period.end > FcpTsInMs + REQUIRED_QUIET_WINDOW && period.end - period.start >= REQUIRED_QUIET_WINDOW, "isLongEnoughQuietPeriod");
    const networkQuietPeriods = this._findNetworkQuietPeriods(networkRecords, processedNavigation).filter(isLongEnoughQuietPeriod);
    const cpuQuietPeriods = this._findCPUQuietPeriods(longTasks, processedNavigation).filter(isLongEnoughQuietPeriod);
    const cpuQueue = cpuQuietPeriods.slice();
    const networkQueue = networkQuietPeriods.slice();
    let cpuCandidate = cpuQueue.shift();
    let networkCandidate = networkQueue.shift();
    while (cpuCandidate && networkCandidate) {
      if (cpuCandidate.start >= networkCandidate.start) {
        if (networkCandidate.end >= cpuCandidate.start + REQUIRED_QUIET_WINDOW) {
          return {
            cpuQuietPeriod: cpuCandidate,
            networkQuietPeriod: networkCandidate,
            cpuQuietPeriods,
            networkQuietPeriods
          };
        } else {
          networkCandidate = networkQueue.shift();
        }
      } else {
        if (cpuCandidate.end >= networkCandidate.start + REQUIRED_QUIET_WINDOW) {
          return {
            cpuQuietPeriod: cpuCandidate,
            networkQuietPeriod: networkCandidate,
            cpuQuietPeriods,
            networkQuietPeriods
          };
        } else {
          cpuCandidate = cpuQueue.shift();
        }
      }
    }
    throw new LighthouseError(
      cpuCandidate ? LighthouseError.errors.NO_TTI_NETWORK_IDLE_PERIOD : LighthouseError.errors.NO_TTI_CPU_IDLE_PERIOD
    );
  }
  /**
   * @param {LH.Artifacts.NavigationMetricComputationData} data
   * @param {LH.Artifacts.ComputedContext} context
   * @return {Promise<LH.Artifacts.LanternMetric>}
   */
  static computeSimulatedMetric(data, context) {
    const metricData = NavigationMetric.getMetricComputationInput(data);
    return LanternInteractiveComputed.request(metricData, context);
  }
  /**
   * @param {LH.Artifacts.NavigationMetricComputationData} data
   * @return {Promise<LH.Artifacts.Metric>}
   */
  static computeObservedMetric(data) {
    const { processedTrace, processedNavigation, networkRecords } = data;
    if (!processedNavigation.timestamps.domContentLoaded) {
      throw new LighthouseError(LighthouseError.errors.NO_DCL);
    }
    const longTasks = TraceProcessor.getMainThreadTopLevelEvents(processedTrace).filter((event) => event.duration >= 50);
    const quietPeriodInfo = _Interactive.findOverlappingQuietPeriods(
      longTasks,
      networkRecords,
      processedNavigation
    );
    const cpuQuietPeriod = quietPeriodInfo.cpuQuietPeriod;
    const timestamp = Math.max(
      cpuQuietPeriod.start,
      processedNavigation.timestamps.firstContentfulPaint / 1e3,
      processedNavigation.timestamps.domContentLoaded / 1e3
    ) * 1e3;
    const timing = (timestamp - processedNavigation.timestamps.timeOrigin) / 1e3;
    return Promise.resolve({ timing, timestamp });
  }
};
var InteractiveComputed = makeComputedArtifact(
  Interactive,
  ["devtoolsLog", "gatherContext", "settings", "simulator", "trace", "URL", "SourceMaps", "HostDPR"]
);

export {
  InteractiveComputed
};
