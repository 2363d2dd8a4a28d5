import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirname } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __filename = __perfGateFileURLToPath(import.meta.url);
const __dirname = __perfGateDirname(__filename);
import {
  LanternFirstContentfulPaintComputed,
  getComputationDataParams,
  lanternErrorAdapter
} from "./chunk-GGKXRYR6.js";
import {
  makeComputedArtifact
} from "./chunk-ZXMZWSLD.js";
import {
  metrics_exports
} from "./chunk-5BBHM7BZ.js";
import {
  __name
} from "./chunk-NPWTAH35.js";

// node_modules/lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js
var LanternLargestContentfulPaint = class extends metrics_exports.LargestContentfulPaint {
  static {
    __name(this, "LanternLargestContentfulPaint");
  }
  /**
   * @param {LH.Artifacts.MetricComputationDataInput} data
   * @param {LH.Artifacts.ComputedContext} context
   * @param {Omit<Lantern.Metrics.Extras, 'optimistic'>=} extras
   * @return {Promise<LH.Artifacts.LanternMetric>}
   */
  static async computeMetricWithGraphs(data, context, extras) {
    const params = await getComputationDataParams(data, context);
    return Promise.resolve(this.compute(params, extras)).catch(lanternErrorAdapter);
  }
  /**
   * @param {LH.Artifacts.MetricComputationDataInput} data
   * @param {LH.Artifacts.ComputedContext} context
   * @return {Promise<LH.Artifacts.LanternMetric>}
   */
  static async compute_(data, context) {
    const fcpResult = await LanternFirstContentfulPaintComputed.request(data, context);
    return this.computeMetricWithGraphs(data, context, { fcpResult });
  }
};
var LanternLargestContentfulPaintComputed = makeComputedArtifact(
  LanternLargestContentfulPaint,
  ["devtoolsLog", "gatherContext", "settings", "simulator", "trace", "URL", "SourceMaps", "HostDPR"]
);

export {
  LanternLargestContentfulPaintComputed
};
