import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  changeTarget,
  comparePaired,
  judgeBudget,
  suspectedRegression
} from "./chunk-7YIHUWMR.js";
import {
  METRIC_NAMES,
  METRIC_TABLE,
  SAVINGS_METRICS,
  budgetOperator,
  higherIsBetter
} from "./chunk-JFHUFG3Z.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// src/analyze/lighthouse.ts
function validateLighthouse(lighthouse, budgets, failOn) {
  const targets = [];
  for (const page of lighthouse.pages) {
    if (!page.median) {
      targets.push({ kind: "lighthouse-error", subject: page.name, target: 0, actual: 0, passed: false, blocking: failOn.budget, detail: page.error ?? "every run failed" });
      continue;
    }
    for (const [name, budget] of Object.entries(budgets)) {
      const actual = page.median[name];
      if (actual === void 0) continue;
      const values = page.runs.flatMap((run) => run.metrics?.[name] === void 0 ? [] : [run.metrics[name]]);
      const state = values.length > 0 ? judgeBudget(values, (value) => budgetOperator(name).meets(value, budget)) : budgetOperator(name).meets(actual, budget) ? "pass" : "fail";
      targets.push({
        kind: "lighthouse-metric",
        subject: page.name,
        metric: name,
        target: budget,
        actual,
        passed: state === "pass",
        ...state === "inconclusive" ? { inconclusive: true } : {},
        ...values.length > 0 ? { runs: values.length } : {},
        blocking: failOn.budget
      });
    }
  }
  return targets;
}
__name(validateLighthouse, "validateLighthouse");
var TOP = 5;
function findLighthouseBottlenecks(lighthouse) {
  const all = lighthouse.pages.flatMap((page) => page.opportunities.map((opportunity) => ({ kind: "lighthouse-opportunity", subject: page.name, ...opportunity, moves: opportunity.moves ?? [] }))).sort((a, b) => b.savingsMs - a.savingsMs || b.savingsBytes - a.savingsBytes);
  const kept = new Set(all.slice(0, TOP));
  for (const page of lighthouse.pages) {
    for (const metric of SAVINGS_METRICS) {
      const moving = all.filter((item) => item.subject === page.name && item.moves.includes(metric));
      const largest = moving.sort((a, b) => (b.metricSavings?.[metric] ?? 0) - (a.metricSavings?.[metric] ?? 0))[0];
      if (largest) kept.add(largest);
    }
  }
  return all.filter((item) => kept.has(item));
}
__name(findLighthouseBottlenecks, "findLighthouseBottlenecks");
function comparePages(head, base, threshold) {
  if (!head) return [];
  const baseByName = new Map((base?.pages ?? []).map((page) => [page.name, page]));
  return head.pages.map((page) => {
    const comparison = { name: page.name, ...page.median ? { head: page.median } : {} };
    const before = baseByName.get(page.name)?.median;
    if (before) comparison.base = before;
    const changes = page.baseRuns && pairedRenderChanges(page.runs, page.baseRuns, threshold);
    if (changes) {
      comparison.changes = changes;
      const over = /* @__PURE__ */ __name((side) => Object.fromEntries(Object.entries(changes).map(([name, change]) => [name, change[side]])), "over");
      comparison.base = { ...comparison.base, ...over("base") };
      comparison.head = { ...comparison.head, ...over("head") };
    }
    return comparison;
  });
}
__name(comparePages, "comparePages");
function pairedRenderChanges(runs, baseRuns, threshold) {
  const pairs = runs.flatMap((run, index) => {
    const baseRun = baseRuns[index];
    return run.metrics && baseRun?.metrics ? [{ head: run.metrics, base: baseRun.metrics }] : [];
  });
  if (pairs.length === 0) return void 0;
  const changes = {};
  for (const name of METRIC_NAMES) {
    const headValues = pairs.map((pair) => pair.head[name]);
    const baseValues = pairs.map((pair) => pair.base[name]);
    if (headValues.some((value) => value === void 0) || baseValues.some((value) => value === void 0)) continue;
    changes[name] = comparePaired(baseValues, headValues, {
      threshold,
      // Changes smaller than the metric's noise floor never count, however sure.
      floor: METRIC_TABLE[name].noiseFloor ?? 0,
      higherIsBetter: higherIsBetter(name),
      // A layout-shift fraction has no meaningful ratio: 0 → 0.09 is +0.09, not a percentage of 0.
      absolute: METRIC_TABLE[name].unit === "unitless"
    });
  }
  return changes;
}
__name(pairedRenderChanges, "pairedRenderChanges");
function validateRenderChanges(pages, threshold, failOn) {
  return pages.flatMap((page) => Object.entries(page.changes ?? {}).map(([metric, change]) => changeTarget("render-regression", page.name, metric, change, threshold, failOn)));
}
__name(validateRenderChanges, "validateRenderChanges");
function pageUndecided(runs, baseRuns, budgets, threshold, everyChange) {
  for (const [name, budget] of Object.entries(budgets)) {
    const values = runs.flatMap((run) => run.metrics?.[name] === void 0 ? [] : [run.metrics[name]]);
    if (values.length > 0 && judgeBudget(values, (value) => budgetOperator(name).meets(value, budget)) === "inconclusive") return true;
  }
  const changes = baseRuns ? pairedRenderChanges(runs, baseRuns, threshold) : void 0;
  return Object.entries(changes ?? {}).some(([name, change]) => suspectedRegression(change, higherIsBetter(name)) && (everyChange || Object.hasOwn(budgets, name)));
}
__name(pageUndecided, "pageUndecided");

export {
  validateLighthouse,
  findLighthouseBottlenecks,
  comparePages,
  pairedRenderChanges,
  validateRenderChanges,
  pageUndecided
};
