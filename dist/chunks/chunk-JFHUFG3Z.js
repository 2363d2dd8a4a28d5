import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  __name
} from "./chunk-OMWRFWOT.js";

// src/model/metrics.ts
var SAVINGS_METRICS = ["FCP", "LCP", "TBT", "CLS", "INP"];
var TABLE = {
  score: { audit: "categories:performance", label: "performance score", unit: "score", direction: "higher-is-better", noiseFloor: 0.03, budget: "score" },
  fcp: { audit: "first-contentful-paint", label: "FCP", unit: "ms", direction: "lower-is-better", noiseFloor: 100, savings: "FCP", benchmark: { name: "FCP", unit: "ms" }, budget: "timing" },
  lcp: { audit: "largest-contentful-paint", label: "LCP", unit: "ms", direction: "lower-is-better", noiseFloor: 100, savings: "LCP", benchmark: { name: "LCP", unit: "ms" }, budget: "timing" },
  tbt: { audit: "total-blocking-time", label: "TBT", unit: "ms", direction: "lower-is-better", noiseFloor: 50, savings: "TBT", benchmark: { name: "TBT", unit: "ms" }, budget: "timing" },
  cls: { audit: "cumulative-layout-shift", label: "CLS", unit: "unitless", direction: "lower-is-better", noiseFloor: 0.02, savings: "CLS", benchmark: { name: "CLS", unit: "CLS" }, budget: "cls" },
  si: { audit: "speed-index", label: "Speed Index", unit: "ms", direction: "lower-is-better", noiseFloor: 100, benchmark: { name: "Speed Index", unit: "ms" }, budget: "timing" },
  tti: { audit: "interactive", label: "TTI", unit: "ms", direction: "lower-is-better", noiseFloor: 100, budget: "timing" }
};
var METRIC_TABLE = TABLE;
var METRIC_NAMES = Object.keys(METRIC_TABLE);
var METRICS = Object.fromEntries(METRIC_NAMES.map((name) => [name, METRIC_TABLE[name].audit]));
function isMetricName(name) {
  return typeof name === "string" && Object.hasOwn(METRIC_TABLE, name);
}
__name(isMetricName, "isMetricName");
function higherIsBetter(metric) {
  return isMetricName(metric) && METRIC_TABLE[metric].direction === "higher-is-better";
}
__name(higherIsBetter, "higherIsBetter");
var BUDGET_OPERATORS = {
  "higher-is-better": { lhciOption: "minScore", meets: /* @__PURE__ */ __name((actual, budget) => actual >= budget, "meets") },
  "lower-is-better": { lhciOption: "maxNumericValue", meets: /* @__PURE__ */ __name((actual, budget) => actual <= budget, "meets") }
};
function budgetOperator(metric) {
  return BUDGET_OPERATORS[METRIC_TABLE[metric].direction];
}
__name(budgetOperator, "budgetOperator");
function categoryOf(metric) {
  const audit = METRIC_TABLE[metric].audit;
  return audit.startsWith("categories:") ? audit.slice("categories:".length) : void 0;
}
__name(categoryOf, "categoryOf");

export {
  SAVINGS_METRICS,
  METRIC_TABLE,
  METRIC_NAMES,
  isMetricName,
  higherIsBetter,
  budgetOperator,
  categoryOf
};
