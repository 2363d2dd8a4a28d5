import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  SpeedIndexComputed
} from "./chunk-5FBB3TJX.js";
import {
  LargestContentfulPaintComputed
} from "./chunk-VFTXEWIX.js";
import {
  MaxPotentialFIDComputed
} from "./chunk-LP6TZT6G.js";
import {
  LCPImageRecordComputed
} from "./chunk-V4R3YH25.js";
import {
  SpeedlineComputed
} from "./chunk-6FA6DHVC.js";
import {
  NavigationInsightsComputed
} from "./chunk-BDUPEJWB.js";
import {
  FirstContentfulPaintComputed
} from "./chunk-GQI72ZUL.js";
import {
  TotalBlockingTimeComputed
} from "./chunk-7CLNSH5T.js";
import {
  InteractiveComputed
} from "./chunk-5HMS6HMB.js";
import {
  NavigationMetric
} from "./chunk-EXKLB22B.js";
import {
  ProcessedNavigationComputed
} from "./chunk-UREHS7U6.js";
import {
  TraceEngineResultComputed
} from "./chunk-EXEOABRE.js";
import {
  CumulativeLayoutShiftComputed
} from "./chunk-XR4JOZX6.js";
import {
  NetworkAnalysisComputed
} from "./chunk-ZUY3BTUL.js";
import {
  ProcessedTraceComputed
} from "./chunk-OKU7VGNV.js";
import {
  MainResourceComputed
} from "./chunk-6H6HYPUO.js";
import {
  LighthouseError
} from "./chunk-5RDVE6B4.js";
import {
  makeComputedArtifact
} from "./chunk-JJ7AI7FF.js";
import {
  calculateDocFirstByteTs
} from "./chunk-M6BVBSCB.js";
import {
  isUnderTest
} from "./chunk-NQT3LCYB.js";
import {
  lighthouse_logger_default
} from "./chunk-SUS4HUZI.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/computed/metrics/first-contentful-paint-all-frames.js
var FirstContentfulPaintAllFrames = class extends NavigationMetric {
  static {
    __name(this, "FirstContentfulPaintAllFrames");
  }
  /**
   * @return {Promise<LH.Artifacts.LanternMetric>}
   */
  static computeSimulatedMetric() {
    throw new Error("FCP All Frames not implemented in lantern");
  }
  /**
   * @param {LH.Artifacts.NavigationMetricComputationData} data
   * @return {Promise<LH.Artifacts.Metric>}
   */
  static async computeObservedMetric(data) {
    const { processedNavigation } = data;
    return {
      timing: processedNavigation.timings.firstContentfulPaintAllFrames,
      timestamp: processedNavigation.timestamps.firstContentfulPaintAllFrames
    };
  }
};
var FirstContentfulPaintAllFramesComputed = makeComputedArtifact(
  FirstContentfulPaintAllFrames,
  ["devtoolsLog", "gatherContext", "settings", "simulator", "trace", "URL", "SourceMaps", "HostDPR"]
);

// node_modules/lighthouse/core/computed/metrics/largest-contentful-paint-all-frames.js
var LargestContentfulPaintAllFrames = class extends NavigationMetric {
  static {
    __name(this, "LargestContentfulPaintAllFrames");
  }
  /**
   * TODO: Simulate LCP all frames in lantern.
   * @return {Promise<LH.Artifacts.LanternMetric>}
   */
  static async computeSimulatedMetric() {
    throw new Error("LCP All Frames not implemented in lantern");
  }
  /**
   * @param {LH.Artifacts.NavigationMetricComputationData} data
   * @return {Promise<LH.Artifacts.Metric>}
   */
  static async computeObservedMetric(data) {
    const { processedNavigation } = data;
    if (processedNavigation.timings.largestContentfulPaintAllFrames === void 0) {
      throw new LighthouseError(LighthouseError.errors.NO_LCP_ALL_FRAMES);
    }
    return {
      timing: processedNavigation.timings.largestContentfulPaintAllFrames,
      timestamp: processedNavigation.timestamps.largestContentfulPaintAllFrames
    };
  }
};
var LargestContentfulPaintAllFramesComputed = makeComputedArtifact(
  LargestContentfulPaintAllFrames,
  ["devtoolsLog", "gatherContext", "settings", "simulator", "trace", "URL", "SourceMaps", "HostDPR"]
);

// node_modules/lighthouse/core/computed/metrics/time-to-first-byte.js
var TimeToFirstByte = class extends NavigationMetric {
  static {
    __name(this, "TimeToFirstByte");
  }
  /**
   * @param {LH.Artifacts.NavigationMetricComputationData} data
   * @param {LH.Artifacts.ComputedContext} context
   * @return {Promise<LH.Artifacts.Metric>}
   */
  static async computeSimulatedMetric(data, context) {
    const mainResource = await MainResourceComputed.request(data, context);
    const networkAnalysis = await NetworkAnalysisComputed.request(data.devtoolsLog, context);
    const observedTTFB = (await this.computeObservedMetric(data, context)).timing;
    const observedResponseTime = networkAnalysis.serverResponseTimeByOrigin.get(mainResource.parsedURL.securityOrigin);
    if (observedResponseTime === void 0) throw new Error("No response time for origin");
    let roundTrips = 2;
    if (!mainResource.protocol.startsWith("h3")) roundTrips += 1;
    if (mainResource.parsedURL.scheme === "https") roundTrips += 1;
    const estimatedTTFB = data.settings.throttling.rttMs * roundTrips + observedResponseTime;
    const timing = Math.max(observedTTFB, estimatedTTFB);
    return { timing };
  }
  /**
   * @param {LH.Artifacts.NavigationMetricComputationData} data
   * @param {LH.Artifacts.ComputedContext} context
   * @return {Promise<LH.Artifacts.Metric>}
   */
  static async computeObservedMetric(data, context) {
    const { trace, settings, SourceMaps, HostDPR } = data;
    const traceEngineResult = await TraceEngineResultComputed.request({ trace, settings, SourceMaps, HostDPR }, context);
    const navInsights = await NavigationInsightsComputed.request({ trace, settings, SourceMaps, HostDPR }, context);
    const lcpBreakdown = navInsights.model.LCPBreakdown;
    if (lcpBreakdown && !(lcpBreakdown instanceof Error) && lcpBreakdown.subparts) {
      return {
        timing: lcpBreakdown.subparts.ttfb.range / 1e3,
        timestamp: lcpBreakdown.subparts.ttfb.max
      };
    } else if (navInsights.navigation?.args.data?.navigationId) {
      const request = traceEngineResult.data.NetworkRequests.byId.get(
        navInsights.navigation.args.data.navigationId
      );
      if (!request) {
        throw new Error();
      }
      const timestamp = calculateDocFirstByteTs(request);
      if (timestamp === null) {
        throw new Error("cannot calculate ttfb");
      }
      return {
        timing: (timestamp - navInsights.navigation.ts) / 1e3,
        timestamp
      };
    }
    throw new Error("cannot determine ttfb");
  }
};
var TimeToFirstByteComputed = makeComputedArtifact(
  TimeToFirstByte,
  ["devtoolsLog", "gatherContext", "settings", "simulator", "trace", "URL", "SourceMaps", "HostDPR"]
);

// node_modules/lighthouse/core/computed/metrics/lcp-breakdown.js
var LCPBreakdown = class {
  static {
    __name(this, "LCPBreakdown");
  }
  /**
   * @param {LH.Artifacts.MetricComputationDataInput} data
   * @param {LH.Artifacts.ComputedContext} context
   * @return {Promise<{ttfb: number, loadDelay?: number, loadDuration?: number, renderDelay?: number}>}
   */
  static async compute_(data, context) {
    if (data.settings.throttlingMethod === "simulate") {
      const processedNavigation = await ProcessedNavigationComputed.request(data.trace, context);
      const observedLcp = processedNavigation.timings.largestContentfulPaint;
      if (observedLcp === void 0) {
        throw new LighthouseError(LighthouseError.errors.NO_LCP);
      }
      const timeOrigin = processedNavigation.timestamps.timeOrigin / 1e3;
      const { timing: ttfb } = await TimeToFirstByteComputed.request(data, context);
      const lcpRecord = await LCPImageRecordComputed.request(data, context);
      if (!lcpRecord) {
        return { ttfb };
      }
      const { timing: metricLcp } = await LargestContentfulPaintComputed.request(data, context);
      const throttleRatio = metricLcp / observedLcp;
      const unclampedLoadStart = (lcpRecord.networkRequestTime - timeOrigin) * throttleRatio;
      const loadDelay = Math.max(ttfb, Math.min(unclampedLoadStart, metricLcp));
      const unclampedLoadEnd = (lcpRecord.networkEndTime - timeOrigin) * throttleRatio;
      const loadDuration = Math.max(loadDelay, Math.min(unclampedLoadEnd, metricLcp));
      return {
        ttfb,
        loadDelay,
        loadDuration
      };
    }
    const { trace, settings, SourceMaps, HostDPR } = data;
    const navInsights = await NavigationInsightsComputed.request({ trace, settings, SourceMaps, HostDPR }, context);
    const lcpBreakdown = navInsights.model.LCPBreakdown;
    if (lcpBreakdown instanceof Error) {
      throw new LighthouseError(LighthouseError.errors.NO_LCP, {}, { cause: lcpBreakdown });
    }
    if (!lcpBreakdown || !lcpBreakdown.subparts) {
      throw new LighthouseError(LighthouseError.errors.NO_LCP);
    }
    return {
      ttfb: lcpBreakdown.subparts.ttfb.range / 1e3,
      loadDelay: lcpBreakdown.subparts.loadDelay !== void 0 ? lcpBreakdown.subparts.loadDelay.range / 1e3 : void 0,
      loadDuration: lcpBreakdown.subparts.loadDuration !== void 0 ? lcpBreakdown.subparts.loadDuration.range / 1e3 : void 0,
      renderDelay: lcpBreakdown.subparts.renderDelay.range / 1e3
    };
  }
};
var LCPBreakdownComputed = makeComputedArtifact(
  LCPBreakdown,
  ["devtoolsLog", "gatherContext", "settings", "simulator", "trace", "URL", "SourceMaps", "HostDPR"]
);

// node_modules/lighthouse/core/computed/metrics/timing-summary.js
var TimingSummary = class _TimingSummary {
  static {
    __name(this, "TimingSummary");
  }
  /**
     * @param {LH.Trace} trace
     * @param {LH.DevtoolsLog} devtoolsLog
     * @param {LH.Artifacts['GatherContext']} gatherContext
     * @param {LH.Util.ImmutableObject<LH.Config.Settings>} settings
     * @param {LH.Artifacts['URL']} URL
     * @param {LH.Artifacts['SourceMaps']} SourceMaps
     * @param {LH.Artifacts['HostDPR']} HostDPR
     * @param {LH.Artifacts.ComputedContext} context
     * @return {Promise<{metrics: LH.Artifacts.TimingSummary, debugInfo: Record<string,boolean>}>}
     */
  // eslint-disable-next-line max-len
  static async summarize(trace, devtoolsLog, gatherContext, settings, URL, SourceMaps, HostDPR, context) {
    const metricComputationData = { trace, devtoolsLog, gatherContext, settings, URL, SourceMaps, HostDPR, simulator: null };
    const requestOrUndefined = /* @__PURE__ */ __name((Artifact, artifact) => {
      return Artifact.request(artifact, context).catch((err) => {
        if (isUnderTest) {
          lighthouse_logger_default.error("lh:computed:TimingSummary", err);
        }
        return void 0;
      });
    }, "requestOrUndefined");
    const processedTrace = await ProcessedTraceComputed.request(trace, context);
    const processedNavigation = await requestOrUndefined(ProcessedNavigationComputed, trace);
    const speedline = await SpeedlineComputed.request(trace, context);
    const firstContentfulPaint = await requestOrUndefined(FirstContentfulPaintComputed, metricComputationData);
    const firstContentfulPaintAllFrames = await requestOrUndefined(FirstContentfulPaintAllFramesComputed, metricComputationData);
    const largestContentfulPaint = await requestOrUndefined(LargestContentfulPaintComputed, metricComputationData);
    const largestContentfulPaintAllFrames = await requestOrUndefined(LargestContentfulPaintAllFramesComputed, metricComputationData);
    const interactive = await requestOrUndefined(InteractiveComputed, metricComputationData);
    const cumulativeLayoutShiftValues = await requestOrUndefined(CumulativeLayoutShiftComputed, trace);
    const maxPotentialFID = await requestOrUndefined(MaxPotentialFIDComputed, metricComputationData);
    const speedIndex = await requestOrUndefined(SpeedIndexComputed, metricComputationData);
    const totalBlockingTime = await requestOrUndefined(TotalBlockingTimeComputed, metricComputationData);
    const lcpBreakdown = await requestOrUndefined(LCPBreakdownComputed, metricComputationData);
    const ttfb = await requestOrUndefined(TimeToFirstByteComputed, metricComputationData);
    const {
      cumulativeLayoutShift,
      cumulativeLayoutShiftMainFrame
    } = cumulativeLayoutShiftValues || {};
    const metrics = {
      // Include the simulated/observed performance metrics
      firstContentfulPaint: firstContentfulPaint?.timing,
      firstContentfulPaintTs: firstContentfulPaint?.timestamp,
      firstContentfulPaintAllFrames: firstContentfulPaintAllFrames?.timing,
      firstContentfulPaintAllFramesTs: firstContentfulPaintAllFrames?.timestamp,
      largestContentfulPaint: largestContentfulPaint?.timing,
      largestContentfulPaintTs: largestContentfulPaint?.timestamp,
      largestContentfulPaintAllFrames: largestContentfulPaintAllFrames?.timing,
      largestContentfulPaintAllFramesTs: largestContentfulPaintAllFrames?.timestamp,
      interactive: interactive?.timing,
      interactiveTs: interactive?.timestamp,
      speedIndex: speedIndex?.timing,
      speedIndexTs: speedIndex?.timestamp,
      totalBlockingTime: totalBlockingTime?.timing,
      maxPotentialFID: maxPotentialFID?.timing,
      cumulativeLayoutShift,
      cumulativeLayoutShiftMainFrame,
      lcpLoadDelay: lcpBreakdown?.loadDelay,
      lcpLoadDuration: lcpBreakdown?.loadDuration,
      lcpRenderDelay: lcpBreakdown?.renderDelay,
      timeToFirstByte: ttfb?.timing,
      timeToFirstByteTs: ttfb?.timestamp,
      // Include all timestamps of interest from the processed trace
      observedTimeOrigin: processedTrace.timings.timeOrigin,
      observedTimeOriginTs: processedTrace.timestamps.timeOrigin,
      // For now, navigationStart is always timeOrigin.
      observedNavigationStart: processedNavigation?.timings.timeOrigin,
      observedNavigationStartTs: processedNavigation?.timestamps.timeOrigin,
      observedFirstPaint: processedNavigation?.timings.firstPaint,
      observedFirstPaintTs: processedNavigation?.timestamps.firstPaint,
      observedFirstContentfulPaint: processedNavigation?.timings.firstContentfulPaint,
      observedFirstContentfulPaintTs: processedNavigation?.timestamps.firstContentfulPaint,
      observedFirstContentfulPaintAllFrames: processedNavigation?.timings.firstContentfulPaintAllFrames,
      observedFirstContentfulPaintAllFramesTs: processedNavigation?.timestamps.firstContentfulPaintAllFrames,
      observedLargestContentfulPaint: processedNavigation?.timings.largestContentfulPaint,
      observedLargestContentfulPaintTs: processedNavigation?.timestamps.largestContentfulPaint,
      observedLargestContentfulPaintAllFrames: processedNavigation?.timings.largestContentfulPaintAllFrames,
      observedLargestContentfulPaintAllFramesTs: processedNavigation?.timestamps.largestContentfulPaintAllFrames,
      observedTraceEnd: processedTrace.timings.traceEnd,
      observedTraceEndTs: processedTrace.timestamps.traceEnd,
      observedLoad: processedNavigation?.timings.load,
      observedLoadTs: processedNavigation?.timestamps.load,
      observedDomContentLoaded: processedNavigation?.timings.domContentLoaded,
      observedDomContentLoadedTs: processedNavigation?.timestamps.domContentLoaded,
      observedCumulativeLayoutShift: cumulativeLayoutShift,
      observedCumulativeLayoutShiftMainFrame: cumulativeLayoutShiftMainFrame,
      // Include some visual metrics from speedline
      observedFirstVisualChange: speedline.first,
      observedFirstVisualChangeTs: (speedline.first + speedline.beginning) * 1e3,
      observedLastVisualChange: speedline.complete,
      observedLastVisualChangeTs: (speedline.complete + speedline.beginning) * 1e3,
      observedSpeedIndex: speedline.speedIndex,
      observedSpeedIndexTs: (speedline.speedIndex + speedline.beginning) * 1e3
    };
    const debugInfo = {
      lcpInvalidated: !!processedNavigation?.lcpInvalidated
    };
    return { metrics, debugInfo };
  }
  /**
   * @param {{trace: LH.Trace, devtoolsLog: LH.DevtoolsLog, gatherContext: LH.Artifacts['GatherContext']; settings: LH.Util.ImmutableObject<LH.Config.Settings>, URL: LH.Artifacts['URL'], SourceMaps: LH.Artifacts['SourceMaps'], HostDPR: LH.Artifacts['HostDPR']}} data
   * @param {LH.Artifacts.ComputedContext} context
   * @return {Promise<{metrics: LH.Artifacts.TimingSummary, debugInfo: Record<string,boolean>}>}
   */
  static async compute_(data, context) {
    return _TimingSummary.summarize(
      data.trace,
      data.devtoolsLog,
      data.gatherContext,
      data.settings,
      data.URL,
      data.SourceMaps,
      data.HostDPR,
      context
    );
  }
};
var TimingSummaryComputed = makeComputedArtifact(
  TimingSummary,
  ["devtoolsLog", "gatherContext", "settings", "trace", "URL", "SourceMaps", "HostDPR"]
);

export {
  TimingSummaryComputed
};
