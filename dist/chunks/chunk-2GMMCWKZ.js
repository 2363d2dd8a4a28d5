import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirname } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __filename = __perfGateFileURLToPath(import.meta.url);
const __dirname = __perfGateDirname(__filename);
import {
  LanternLargestContentfulPaintComputed
} from "./chunk-2HO5DFWY.js";
import {
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

// node_modules/lighthouse/core/computed/metrics/lantern-interactive.js
var LanternInteractive = class extends metrics_exports.Interactive {
  static {
    __name(this, "LanternInteractive");
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
    const lcpResult = await LanternLargestContentfulPaintComputed.request(data, context);
    return this.computeMetricWithGraphs(data, context, { lcpResult });
  }
};
var LanternInteractiveComputed = makeComputedArtifact(
  LanternInteractive,
  ["devtoolsLog", "gatherContext", "settings", "simulator", "trace", "URL", "SourceMaps", "HostDPR"]
);

export {
  LanternInteractiveComputed
};
