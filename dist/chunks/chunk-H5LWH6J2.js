import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirname } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __filename = __perfGateFileURLToPath(import.meta.url);
const __dirname = __perfGateDirname(__filename);
import {
  TraceEngineResultComputed
} from "./chunk-XJYUVFMM.js";
import {
  ProcessedTraceComputed
} from "./chunk-YWRXZ2DQ.js";
import {
  makeComputedArtifact
} from "./chunk-ZXMZWSLD.js";
import {
  __name
} from "./chunk-NPWTAH35.js";

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
