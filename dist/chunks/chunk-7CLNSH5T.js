import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  InteractiveComputed
} from "./chunk-5HMS6HMB.js";
import {
  metric_default
} from "./chunk-EXKLB22B.js";
import {
  LanternInteractiveComputed
} from "./chunk-OFVYDZZ3.js";
import {
  LanternFirstContentfulPaintComputed,
  getComputationDataParams
} from "./chunk-UREHS7U6.js";
import {
  makeComputedArtifact
} from "./chunk-JJ7AI7FF.js";
import {
  TraceProcessor
} from "./chunk-UYWBNZ7J.js";
import {
  metrics_exports
} from "./chunk-M6BVBSCB.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/computed/metrics/lantern-total-blocking-time.js
var LanternTotalBlockingTime = class extends metrics_exports.TotalBlockingTime {
  static {
    __name(this, "LanternTotalBlockingTime");
  }
  /**
   * @param {LH.Artifacts.MetricComputationDataInput} data
   * @param {LH.Artifacts.ComputedContext} context
   * @param {Omit<Lantern.Metrics.Extras, 'optimistic'>=} extras
   * @return {Promise<LH.Artifacts.LanternMetric>}
   */
  static async computeMetricWithGraphs(data, context, extras) {
    return this.compute(await getComputationDataParams(data, context), extras);
  }
  /**
   * @param {LH.Artifacts.MetricComputationDataInput} data
   * @param {LH.Artifacts.ComputedContext} context
   * @return {Promise<LH.Artifacts.LanternMetric>}
   */
  static async compute_(data, context) {
    const fcpResult = await LanternFirstContentfulPaintComputed.request(data, context);
    const interactiveResult = await LanternInteractiveComputed.request(data, context);
    return this.computeMetricWithGraphs(data, context, { fcpResult, interactiveResult });
  }
};
var LanternTotalBlockingTimeComputed = makeComputedArtifact(
  LanternTotalBlockingTime,
  ["devtoolsLog", "gatherContext", "settings", "simulator", "trace", "URL", "SourceMaps", "HostDPR"]
);

// node_modules/lighthouse/core/computed/metrics/total-blocking-time.js
var { calculateSumOfBlockingTime } = metrics_exports.TBTUtils;
var TotalBlockingTime = class extends metric_default {
  static {
    __name(this, "TotalBlockingTime");
  }
  /**
   * @param {LH.Artifacts.MetricComputationData} data
   * @param {LH.Artifacts.ComputedContext} context
   * @return {Promise<LH.Artifacts.LanternMetric>}
   */
  static computeSimulatedMetric(data, context) {
    const metricData = metric_default.getMetricComputationInput(data);
    return LanternTotalBlockingTimeComputed.request(metricData, context);
  }
  /**
   * @param {LH.Artifacts.MetricComputationData} data
   * @param {LH.Artifacts.ComputedContext} context
   * @return {Promise<LH.Artifacts.Metric>}
   */
  static async computeObservedMetric(data, context) {
    const events = TraceProcessor.getMainThreadTopLevelEvents(data.processedTrace);
    if (data.processedNavigation) {
      const { firstContentfulPaint } = data.processedNavigation.timings;
      const metricData = metric_default.getMetricComputationInput(data);
      const interactiveTimeMs = (await InteractiveComputed.request(metricData, context)).timing;
      return {
        timing: calculateSumOfBlockingTime(
          events,
          firstContentfulPaint,
          interactiveTimeMs
        )
      };
    } else {
      return {
        timing: calculateSumOfBlockingTime(
          events,
          0,
          data.processedTrace.timings.traceEnd
        )
      };
    }
  }
};
var TotalBlockingTimeComputed = makeComputedArtifact(
  TotalBlockingTime,
  ["devtoolsLog", "gatherContext", "settings", "simulator", "trace", "URL", "SourceMaps", "HostDPR"]
);

export {
  TotalBlockingTimeComputed
};
