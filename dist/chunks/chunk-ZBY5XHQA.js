import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  comparePaired
} from "./chunk-KHQ65BD2.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// src/analyze/latency.ts
function loadRounds(endpoint) {
  return [endpoint.normal, endpoint.peak];
}
__name(loadRounds, "loadRounds");
function errorRateUnderLoad(endpoint) {
  const rounds = loadRounds(endpoint);
  const requests = rounds.reduce((sum, round) => sum + round.requests, 0);
  const failed = rounds.reduce((sum, round) => sum + round.unexpectedStatus + round.errors + round.timeouts, 0);
  return requests === 0 ? 1 : failed / requests;
}
__name(errorRateUnderLoad, "errorRateUnderLoad");
var UNAVAILABLE_BECAUSE = {
  "target-url": "target-url is a server perf-gate did not start",
  "no-proc": "this platform has no /proc to sample the server from"
};
function unavailableWords(what, reason) {
  return `${what}: unavailable \u2014 ${UNAVAILABLE_BECAUSE[reason]}`;
}
__name(unavailableWords, "unavailableWords");
function resourcesUnavailable(latency) {
  if (latency.target !== void 0) return "target-url";
  return latency.resourcesMeasured ? void 0 : "no-proc";
}
__name(resourcesUnavailable, "resourcesUnavailable");
function peakRssUnderLoad(latency) {
  const peaks = latency.endpoints.flatMap(loadRounds).flatMap((round) => round.server ? [round.server.peakRss] : []);
  return peaks.length === 0 ? void 0 : Math.max(...peaks);
}
__name(peakRssUnderLoad, "peakRssUnderLoad");
function validateLatency(latency, budgets, failOn) {
  const targets = [];
  for (const endpoint of latency.endpoints) {
    const p95 = endpoint.normal.latency.p95;
    const overBudget = p95 > endpoint.p95Budget || endpoint.normal.ok === 0;
    targets.push({
      kind: "latency-p95",
      subject: endpoint.name,
      target: endpoint.p95Budget,
      actual: p95,
      passed: !overBudget,
      ...overBudget && endpoint.normal.saturated && endpoint.normal.ok > 0 ? { inconclusive: true } : {},
      blocking: failOn.budget
    });
    const errorRate = errorRateUnderLoad(endpoint);
    targets.push({ kind: "error-rate", subject: endpoint.name, target: budgets.errorRateBudget, actual: errorRate, passed: errorRate <= budgets.errorRateBudget, blocking: failOn.budget });
  }
  const peakRss = peakRssUnderLoad(latency);
  const unavailable = resourcesUnavailable(latency);
  if (unavailable && latency.endpoints.length > 0) {
    targets.push({ kind: "memory", subject: "server", target: budgets.memoryBudget, actual: 0, passed: false, unavailable, blocking: failOn.budget });
  } else if (peakRss !== void 0) {
    targets.push({ kind: "memory", subject: "server", target: budgets.memoryBudget, actual: peakRss, passed: peakRss <= budgets.memoryBudget, blocking: failOn.budget });
  }
  return targets;
}
__name(validateLatency, "validateLatency");
var DATABASE_METRIC = /^(db|database|sql|query|pg|postgres|mysql|mongo)/i;
var TOP = 5;
function findLatencyBottlenecks(latency) {
  return [...latency.endpoints].sort((a, b) => b.normal.latency.p95 - a.normal.latency.p95).slice(0, TOP).map((endpoint) => {
    const { serverTiming, latency: stats, throughput } = endpoint.normal;
    const db = Object.entries(serverTiming).filter(([name]) => DATABASE_METRIC.test(name)).reduce((sum, [, ms]) => sum + ms, 0);
    return {
      kind: "slow-endpoint",
      subject: endpoint.name,
      p95: stats.p95,
      throughput,
      serverTiming,
      ...db > 0 && stats.mean > 0 ? { dbShare: Math.min(1, db / stats.mean) } : {}
    };
  });
}
__name(findLatencyBottlenecks, "findLatencyBottlenecks");
var P95_FLOOR_MS = 2;
function compareEndpoints(head, base, threshold) {
  if (!head) return [];
  const summary = /* @__PURE__ */ __name(({ normal }) => ({
    p50: normal.latency.p50,
    p95: normal.latency.p95,
    p99: normal.latency.p99,
    throughput: normal.throughput,
    errorRate: normal.errorRate
  }), "summary");
  const baseByName = new Map((base?.endpoints ?? []).map((endpoint) => [endpoint.name, endpoint]));
  return head.endpoints.map((endpoint) => {
    const comparison = { name: endpoint.name, head: summary(endpoint) };
    const before = baseByName.get(endpoint.name);
    if (before) comparison.base = summary(before);
    if (endpoint.paired && endpoint.paired.base.length > 0) {
      comparison.p95Change = comparePaired(endpoint.paired.base, endpoint.paired.head, { threshold, floor: P95_FLOOR_MS });
      if (!before) comparison.base = { ...comparison.head, p95: comparison.p95Change.baseMean };
    }
    return comparison;
  });
}
__name(compareEndpoints, "compareEndpoints");
function validateLatencyChanges(endpoints, threshold, failOn) {
  return endpoints.flatMap((endpoint) => {
    const change = endpoint.p95Change;
    if (!change) return [];
    return [
      {
        kind: "latency-regression",
        subject: endpoint.name,
        target: threshold,
        actual: change.change,
        passed: change.verdict !== "regression" && change.verdict !== "inconclusive",
        ...change.verdict === "inconclusive" ? { inconclusive: true } : {},
        blocking: failOn.regression
      }
    ];
  });
}
__name(validateLatencyChanges, "validateLatencyChanges");

export {
  UNAVAILABLE_BECAUSE,
  unavailableWords,
  resourcesUnavailable,
  validateLatency,
  DATABASE_METRIC,
  findLatencyBottlenecks,
  P95_FLOOR_MS,
  compareEndpoints,
  validateLatencyChanges
};
