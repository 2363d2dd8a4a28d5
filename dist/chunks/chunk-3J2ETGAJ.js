import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirname } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __filename = __perfGateFileURLToPath(import.meta.url);
const __dirname = __perfGateDirname(__filename);
import {
  NavigationMetric
} from "./chunk-EPB6KFYP.js";
import {
  LanternFirstContentfulPaintComputed
} from "./chunk-GGKXRYR6.js";
import {
  makeComputedArtifact
} from "./chunk-ZXMZWSLD.js";
import {
  __name
} from "./chunk-NPWTAH35.js";

// node_modules/lighthouse/core/computed/metrics/first-contentful-paint.js
var FirstContentfulPaint = class extends NavigationMetric {
  static {
    __name(this, "FirstContentfulPaint");
  }
  /**
   * @param {LH.Artifacts.NavigationMetricComputationData} data
   * @param {LH.Artifacts.ComputedContext} context
   * @return {Promise<LH.Artifacts.LanternMetric>}
   */
  static computeSimulatedMetric(data, context) {
    const metricData = NavigationMetric.getMetricComputationInput(data);
    return LanternFirstContentfulPaintComputed.request(metricData, context);
  }
  /**
   * @param {LH.Artifacts.NavigationMetricComputationData} data
   * @return {Promise<LH.Artifacts.Metric>}
   */
  static async computeObservedMetric(data) {
    const { processedNavigation } = data;
    return {
      timing: processedNavigation.timings.firstContentfulPaint,
      timestamp: processedNavigation.timestamps.firstContentfulPaint
    };
  }
};
var FirstContentfulPaintComputed = makeComputedArtifact(
  FirstContentfulPaint,
  ["devtoolsLog", "gatherContext", "settings", "simulator", "trace", "URL", "SourceMaps", "HostDPR"]
);

export {
  FirstContentfulPaintComputed
};
