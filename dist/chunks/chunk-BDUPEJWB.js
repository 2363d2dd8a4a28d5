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
  ProcessedTraceComputed
} from "./chunk-OKU7VGNV.js";
import {
  makeComputedArtifact
} from "./chunk-JJ7AI7FF.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/computed/navigation-insights.js
var NavigationInsights = class {
  static {
    __name(this, "NavigationInsights");
  }
  /**
    * @param {{trace: LH.Trace, settings: LH.Audit.Context['settings'], SourceMaps: LH.Artifacts['SourceMaps'], HostDPR: LH.Artifacts['HostDPR']}} data
    * @param {LH.Artifacts.ComputedContext} context
   */
  static async compute_(data, context) {
    const { trace, settings, SourceMaps, HostDPR } = data;
    const processedTrace = await ProcessedTraceComputed.request(trace, context);
    const traceEngineResult = await TraceEngineResultComputed.request({ trace, settings, SourceMaps, HostDPR }, context);
    const navigationId = processedTrace.timeOriginEvt.args.data?.navigationId;
    if (!navigationId) throw new Error("No navigationId found");
    const navInsights = [...traceEngineResult.insights.values()].find((insightSet) => insightSet.navigation?.args.data?.navigationId === navigationId);
    if (!navInsights) throw new Error("No navigations insights found");
    return navInsights;
  }
};
var NavigationInsightsComputed = makeComputedArtifact(NavigationInsights, ["trace", "settings", "SourceMaps", "HostDPR"]);

export {
  NavigationInsightsComputed
};
