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
  NO_NAVIGATION
} from "./chunk-M6BVBSCB.js";
import {
  Audit
} from "./chunk-EE5QGFNO.js";
import {
  UIStrings,
  createIcuMessageFn
} from "./chunk-ZXPRQ4W4.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/audits/insights/insight-audit.js
var str_ = createIcuMessageFn(import.meta.url, {});
async function getInsightSet(artifacts, context) {
  const settings = context.settings;
  const trace = artifacts.Trace;
  const processedTrace = await ProcessedTraceComputed.request(trace, context);
  const { SourceMaps, HostDPR } = artifacts;
  const traceEngineResult = await TraceEngineResultComputed.request({ trace, settings, SourceMaps, HostDPR }, context);
  const navigationId = processedTrace.timeOriginEvt.args.data?.navigationId;
  const insights = navigationId ? [...traceEngineResult.insights.values()].find((insightSet) => insightSet.navigation?.args.data?.navigationId) : traceEngineResult.insights.get(NO_NAVIGATION);
  return { insights, data: traceEngineResult.data };
}
__name(getInsightSet, "getInsightSet");
async function adaptInsightToAuditProduct(artifacts, context, insightName, createDetails) {
  const { data, insights } = await getInsightSet(artifacts, context);
  if (!insights) {
    return {
      scoreDisplayMode: Audit.SCORING_MODES.NOT_APPLICABLE,
      score: null
    };
  }
  const error = insights.modelErrors[insightName];
  if (error) {
    return {
      errorMessage: error.message,
      errorStack: error.stack,
      score: null
    };
  }
  const insight = insights.model[insightName];
  if (!insight) {
    return {
      scoreDisplayMode: Audit.SCORING_MODES.NOT_APPLICABLE,
      score: null
    };
  }
  const cbResult = createDetails(insight, {
    data,
    insights
  });
  const warnings = [...insight.warnings ?? []];
  let numericValue;
  let numericUnit;
  let details;
  if (cbResult && "details" in cbResult) {
    details = cbResult.details;
    if (cbResult.warnings) warnings.push(...cbResult.warnings);
    numericValue = cbResult.numericValue;
    numericUnit = cbResult.numericUnit;
  } else {
    details = cbResult;
  }
  if (!details) {
    return {
      scoreDisplayMode: Audit.SCORING_MODES.NOT_APPLICABLE,
      score: null,
      details
    };
  }
  if (insight.wastedBytes !== void 0) {
    if (!details.debugData) {
      details.debugData = { type: "debugdata" };
    }
    details.debugData.wastedBytes = insight.wastedBytes;
  }
  if (insight.metricSavings) {
    for (const [metric, value] of Object.entries(insight.metricSavings)) {
      if (!Number.isFinite(value)) {
        delete insight.metricSavings[metric];
      }
    }
  }
  let metricSavings = insight.metricSavings;
  if (insight.category === "INP" && !metricSavings?.INP) {
    metricSavings = { ...metricSavings, INP: (
      /** @type {any} */
      0
    ) };
  } else if (insight.category === "CLS" && !metricSavings?.CLS) {
    metricSavings = { ...metricSavings, CLS: (
      /** @type {any} */
      0
    ) };
  } else if (insight.category === "LCP" && !metricSavings?.LCP) {
    metricSavings = { ...metricSavings, LCP: (
      /** @type {any} */
      0
    ) };
  }
  let displayValue;
  if (insight.wastedBytes) {
    displayValue = str_(UIStrings.displayValueByteSavings, { wastedBytes: insight.wastedBytes });
  } else {
    let wastedMs;
    switch (insight.insightKey) {
      case "DocumentLatency":
      case "DuplicatedJavaScript":
      case "FontDisplay":
      case "LegacyJavaScript":
      case "RenderBlocking": {
        wastedMs = metricSavings?.FCP;
        break;
      }
      case "LCPDiscovery":
      case "ModernHTTP": {
        wastedMs = metricSavings?.LCP;
        break;
      }
      case "Viewport": {
        wastedMs = metricSavings?.INP;
        break;
      }
    }
    if (wastedMs) {
      displayValue = str_(UIStrings.displayValueMsSavings, { wastedMs });
    }
  }
  let score;
  let scoreDisplayMode;
  if (insight.state === "fail" || insight.state === "pass") {
    score = insight.state === "fail" ? 0 : 1;
    scoreDisplayMode = insight.metricSavings ? Audit.SCORING_MODES.METRIC_SAVINGS : Audit.SCORING_MODES.NUMERIC;
  } else {
    score = null;
    scoreDisplayMode = Audit.SCORING_MODES.INFORMATIVE;
  }
  if (numericValue !== void 0 && numericUnit !== void 0) {
    return {
      scoreDisplayMode,
      score,
      numericValue,
      numericUnit,
      metricSavings,
      warnings: warnings.length ? warnings : void 0,
      displayValue,
      details
    };
  }
  return {
    scoreDisplayMode,
    score,
    metricSavings,
    warnings: warnings.length ? warnings : void 0,
    displayValue,
    details
  };
}
__name(adaptInsightToAuditProduct, "adaptInsightToAuditProduct");
function makeNodeItemForNodeId(traceElements, nodeId) {
  if (typeof nodeId !== "number") {
    return;
  }
  const traceElement = traceElements.find((te) => te.traceEventType === "trace-engine" && te.nodeId === nodeId);
  const node = traceElement?.node;
  if (!node) {
    return;
  }
  return Audit.makeNodeItem(node);
}
__name(makeNodeItemForNodeId, "makeNodeItemForNodeId");

export {
  adaptInsightToAuditProduct,
  makeNodeItemForNodeId
};
