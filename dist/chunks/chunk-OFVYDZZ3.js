import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  LanternLargestContentfulPaintComputed
} from "./chunk-OFMTRQAO.js";
import {
  getComputationDataParams,
  lanternErrorAdapter
} from "./chunk-UREHS7U6.js";
import {
  makeComputedArtifact
} from "./chunk-JJ7AI7FF.js";
import {
  metrics_exports
} from "./chunk-M6BVBSCB.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

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
