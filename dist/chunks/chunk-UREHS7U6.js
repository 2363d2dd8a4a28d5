import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  TraceEngineResultComputed
} from "./chunk-EXEOABRE.js";
import {
  LoadSimulatorComputed
} from "./chunk-46JEON4P.js";
import {
  ProcessedTraceComputed,
  lh_trace_processor_default
} from "./chunk-OKU7VGNV.js";
import {
  NetworkRecordsComputed,
  NetworkRequest
} from "./chunk-TLUPT47U.js";
import {
  LighthouseError
} from "./chunk-5RDVE6B4.js";
import {
  makeComputedArtifact
} from "./chunk-JJ7AI7FF.js";
import {
  LanternComputationData_exports,
  core_exports,
  graph_exports,
  metrics_exports
} from "./chunk-M6BVBSCB.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/computed/processed-navigation.js
var ProcessedNavigation = class {
  static {
    __name(this, "ProcessedNavigation");
  }
  /**
   * @param {LH.Trace | LH.Artifacts.ProcessedTrace} traceOrProcessedTrace
   * @return {traceOrProcessedTrace is LH.Artifacts.ProcessedTrace}
   */
  static isProcessedTrace(traceOrProcessedTrace) {
    return "timeOriginEvt" in traceOrProcessedTrace;
  }
  /**
   * @param {LH.Trace | LH.Artifacts.ProcessedTrace} traceOrProcessedTrace
   * @param {LH.Artifacts.ComputedContext} context
   * @return {Promise<LH.Artifacts.ProcessedNavigation>}
   */
  static async compute_(traceOrProcessedTrace, context) {
    if (this.isProcessedTrace(traceOrProcessedTrace)) {
      return lh_trace_processor_default.processNavigation(traceOrProcessedTrace);
    }
    const processedTrace = await ProcessedTraceComputed.request(traceOrProcessedTrace, context);
    return lh_trace_processor_default.processNavigation(processedTrace);
  }
};
var ProcessedNavigationComputed = makeComputedArtifact(ProcessedNavigation, null);

// node_modules/lighthouse/core/computed/page-dependency-graph.js
var PageDependencyGraph = class {
  static {
    __name(this, "PageDependencyGraph");
  }
  /**
   * @param {{trace: LH.Trace, devtoolsLog: LH.DevtoolsLog, settings: LH.Audit.Context['settings'], URL: LH.Artifacts['URL'], SourceMaps: LH.Artifacts['SourceMaps'], HostDPR: LH.Artifacts['HostDPR'], fromTrace: boolean}} data
   * @param {LH.Artifacts.ComputedContext} context
   * @return {Promise<LH.Gatherer.Simulation.GraphNode>}
   */
  static async compute_(data, context) {
    const { trace, settings, devtoolsLog, URL, SourceMaps, HostDPR } = data;
    const [{ mainThreadEvents }, networkRecords] = await Promise.all([
      ProcessedTraceComputed.request(trace, context),
      NetworkRecordsComputed.request(devtoolsLog, context)
    ]);
    if (data.fromTrace) {
      const traceEngineResult = await TraceEngineResultComputed.request({ trace, settings, SourceMaps, HostDPR }, context);
      const parsedTrace = traceEngineResult.data;
      const requests = LanternComputationData_exports.createNetworkRequests(trace, parsedTrace);
      const graph = LanternComputationData_exports.createGraph(requests, trace, parsedTrace, URL);
      return graph;
    }
    const lanternRequests = networkRecords.map(NetworkRequest.asLanternNetworkRequest);
    return graph_exports.PageDependencyGraph.createGraph(mainThreadEvents, lanternRequests, URL);
  }
};
var PageDependencyGraphComputed = makeComputedArtifact(
  PageDependencyGraph,
  ["devtoolsLog", "settings", "trace", "URL", "SourceMaps", "HostDPR", "fromTrace"]
);

// node_modules/lighthouse/core/computed/metrics/lantern-metric.js
async function getComputationDataParamsFromDevtoolsLog(data, context) {
  if (data.gatherContext.gatherMode !== "navigation") {
    throw new Error(`Lantern metrics can only be computed on navigations`);
  }
  const graph = await PageDependencyGraphComputed.request({ ...data, fromTrace: false }, context);
  const processedNavigation = await ProcessedNavigationComputed.request(data.trace, context);
  const simulator = data.simulator || await LoadSimulatorComputed.request(data, context);
  return { simulator, graph, processedNavigation };
}
__name(getComputationDataParamsFromDevtoolsLog, "getComputationDataParamsFromDevtoolsLog");
async function getComputationDataParamsFromTrace(data, context) {
  if (data.gatherContext.gatherMode !== "navigation") {
    throw new Error(`Lantern metrics can only be computed on navigations`);
  }
  const graph = await PageDependencyGraphComputed.request({ ...data, fromTrace: true }, context);
  const traceEngineResult = await TraceEngineResultComputed.request(data, context);
  const frameId = traceEngineResult.data.Meta.mainFrameId;
  const navigation = traceEngineResult.data.Meta.mainFrameNavigations[0];
  if (!navigation) {
    throw new Error(`Lantern metrics could not be calculated due to missing navigation id`);
  }
  const processedNavigation = LanternComputationData_exports.createProcessedNavigation(
    traceEngineResult.data,
    frameId,
    navigation
  );
  const simulator = data.simulator || await LoadSimulatorComputed.request(data, context);
  return { simulator, graph, processedNavigation };
}
__name(getComputationDataParamsFromTrace, "getComputationDataParamsFromTrace");
function lanternErrorAdapter(err) {
  if (!(err instanceof core_exports.LanternError)) {
    throw err;
  }
  const code = (
    /** @type {keyof typeof LighthouseError.errors} */
    err.message
  );
  if (LighthouseError.errors[code]) {
    throw new LighthouseError(LighthouseError.errors[code]);
  }
  throw err;
}
__name(lanternErrorAdapter, "lanternErrorAdapter");
function getComputationDataParams(data, context) {
  if (process.env.INTERNAL_LANTERN_USE_TRACE !== void 0) {
    return getComputationDataParamsFromTrace(data, context);
  } else {
    return getComputationDataParamsFromDevtoolsLog(data, context);
  }
}
__name(getComputationDataParams, "getComputationDataParams");

// node_modules/lighthouse/core/computed/metrics/lantern-first-contentful-paint.js
var LanternFirstContentfulPaint = class extends metrics_exports.FirstContentfulPaint {
  static {
    __name(this, "LanternFirstContentfulPaint");
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
    return this.computeMetricWithGraphs(data, context);
  }
};
var LanternFirstContentfulPaintComputed = makeComputedArtifact(
  LanternFirstContentfulPaint,
  ["devtoolsLog", "gatherContext", "settings", "simulator", "trace", "URL", "SourceMaps", "HostDPR"]
);

export {
  ProcessedNavigationComputed,
  PageDependencyGraphComputed,
  lanternErrorAdapter,
  getComputationDataParams,
  LanternFirstContentfulPaintComputed
};
