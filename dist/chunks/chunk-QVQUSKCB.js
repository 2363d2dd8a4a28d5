import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  P95_FLOOR_MS,
  compareEndpoints,
  validateLatencyChanges
} from "./chunk-ZBY5XHQA.js";
import {
  comparePaired
} from "./chunk-KHQ65BD2.js";
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
      const passed = budgetOperator(name).meets(actual, budget);
      targets.push({ kind: "lighthouse-metric", subject: page.name, metric: name, target: budget, actual, passed, blocking: failOn.budget });
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
      if (!before) comparison.base = Object.fromEntries(Object.entries(changes).map(([name, change]) => [name, change.baseMean]));
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
      higherIsBetter: higherIsBetter(name)
    });
  }
  return changes;
}
__name(pairedRenderChanges, "pairedRenderChanges");
function validateRenderChanges(pages, threshold, failOn) {
  return pages.flatMap(
    (page) => Object.entries(page.changes ?? {}).map(([metric, change]) => ({
      kind: "render-regression",
      subject: page.name,
      metric,
      target: threshold,
      actual: change.change,
      passed: change.verdict !== "regression" && change.verdict !== "inconclusive",
      ...change.verdict === "inconclusive" ? { inconclusive: true } : {},
      blocking: failOn.regression
    }))
  );
}
__name(validateRenderChanges, "validateRenderChanges");

// src/analyze/verdict.ts
function validateBundles(comparisons, regressionThreshold, failOn) {
  const present = comparisons.filter((bundle) => bundle.status !== "removed");
  const subjectOf = /* @__PURE__ */ __name((bundle) => bundle.pairing ? bundle.file ?? bundle.name : bundle.name, "subjectOf");
  const budgets = present.map((bundle) => ({
    kind: "bundle-budget",
    subject: subjectOf(bundle),
    target: bundle.limit,
    actual: bundle.size,
    passed: !bundle.overBudget,
    blocking: failOn.budget
  }));
  const regressions = present.filter((bundle) => bundle.change !== void 0).map((bundle) => ({
    kind: "bundle-regression",
    subject: subjectOf(bundle),
    target: regressionThreshold,
    actual: bundle.change ?? 0,
    passed: !bundle.regression,
    // A pair guessed by rank of size may be two different files: shown, but it does not block.
    blocking: failOn.regression && bundle.pairing !== "size-order"
  }));
  return [...budgets, ...regressions];
}
__name(validateBundles, "validateBundles");
function validateSizeLimitTimes(bundles, failOn) {
  return bundles.flatMap((bundle) => {
    const measured = bundle.sizeLimit;
    if (measured?.timeLimit === void 0) return [];
    const actual = (measured.loading ?? 0) + (measured.running ?? 0);
    return [{ kind: "size-limit-time", subject: bundle.name, target: measured.timeLimit, actual, passed: actual <= measured.timeLimit, blocking: failOn.budget }];
  });
}
__name(validateSizeLimitTimes, "validateSizeLimitTimes");
var REGRESSION_KINDS = ["bundle-regression", "latency-regression", "render-regression"];
function targetState(target) {
  if (target.unavailable) return "unavailable";
  if (target.inconclusive) return "inconclusive";
  if (target.passed) return "pass";
  return REGRESSION_KINDS.includes(target.kind) ? "regression" : "fail";
}
__name(targetState, "targetState");
function acceptRegressions(targets, accepted) {
  if (!accepted) return [...targets];
  return targets.map((target) => target.blocking && targetState(target) === "regression" ? { ...target, blocking: false, accepted: true } : target);
}
__name(acceptRegressions, "acceptRegressions");
function withAcceptance(report, accepted) {
  const revoked = report.validation.map((target) => {
    if (!target.accepted) return target;
    const { accepted: _accepted, ...rest2 } = target;
    return { ...rest2, blocking: true };
  });
  const { accepted: _earlier, ...rest } = report;
  const validation = acceptRegressions(revoked, accepted);
  return { ...rest, validation, verdict: decide(validation), ...accepted ? { accepted } : {} };
}
__name(withAcceptance, "withAcceptance");
function decide(targets) {
  const failed = targets.filter((target) => ["fail", "regression"].includes(targetState(target)));
  const blockingFailures = failed.filter((target) => target.blocking).sort((a, b) => Number(b.kind === "shard") - Number(a.kind === "shard") || b.actual / (b.target || 1) - a.actual / (a.target || 1));
  return {
    passed: blockingFailures.length === 0,
    budgetFailures: failed.filter((target) => !REGRESSION_KINDS.includes(target.kind)).length,
    regressions: failed.filter((target) => REGRESSION_KINDS.includes(target.kind)).length,
    inconclusive: targets.filter((target) => targetState(target) === "inconclusive").length,
    blockingFailures
  };
}
__name(decide, "decide");

// src/analyze/alert.ts
var NOISY_KINDS = ["latency-regression", "render-regression"];
function isNoisy(target) {
  return NOISY_KINDS.includes(target.kind);
}
__name(isNoisy, "isNoisy");
function regressionsOf(validation) {
  return validation.filter((target) => targetState(target) === "regression");
}
__name(regressionsOf, "regressionsOf");
function subjectsToConfirm(validation) {
  const noisy = regressionsOf(validation).filter(isNoisy);
  const subjects = /* @__PURE__ */ __name((kind) => [...new Set(noisy.filter((target) => target.kind === kind).map((target) => target.subject))], "subjects");
  return { endpoints: subjects("latency-regression"), pages: subjects("render-regression") };
}
__name(subjectsToConfirm, "subjectsToConfirm");
function regressionsToConfirm(head, threshold) {
  const failOn = { budget: false, regression: false };
  return subjectsToConfirm([
    ...validateLatencyChanges(compareEndpoints(head.latency, void 0, threshold), threshold, failOn),
    ...validateRenderChanges(comparePages(head.lighthouse, void 0, threshold), threshold, failOn)
  ]);
}
__name(regressionsToConfirm, "regressionsToConfirm");
function judgeAlert(validation, second, threshold) {
  const judgment = { confirmed: [], unconfirmed: [] };
  for (const target of regressionsOf(validation)) {
    if (!isNoisy(target)) {
      judgment.confirmed.push({ target });
      continue;
    }
    const again = secondChange(target, second, threshold);
    const item = { target, ...again ? { second: again } : {} };
    if (again?.verdict === "regression") judgment.confirmed.push(item);
    else judgment.unconfirmed.push(item);
  }
  return judgment;
}
__name(judgeAlert, "judgeAlert");
function secondChange(target, second, threshold) {
  if (target.kind === "latency-regression") {
    const rounds = second.endpoints.find((endpoint) => endpoint.name === target.subject)?.paired;
    if (!rounds || Math.min(rounds.base.length, rounds.head.length) === 0) return void 0;
    return comparePaired(rounds.base, rounds.head, { threshold, floor: P95_FLOOR_MS });
  }
  const page = second.pages.find((candidate) => candidate.name === target.subject);
  if (!page || !target.metric) return void 0;
  return pairedRenderChanges(page.runs, page.baseRuns, threshold)?.[target.metric];
}
__name(secondChange, "secondChange");

export {
  validateLighthouse,
  findLighthouseBottlenecks,
  comparePages,
  validateRenderChanges,
  validateBundles,
  validateSizeLimitTimes,
  targetState,
  acceptRegressions,
  withAcceptance,
  decide,
  isNoisy,
  regressionsToConfirm,
  judgeAlert
};
