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
} from "./chunk-JPYO24CX.js";
import {
  comparePages,
  pairedRenderChanges,
  validateRenderChanges
} from "./chunk-S5LBGUGR.js";
import {
  comparePaired,
  targetState
} from "./chunk-7YIHUWMR.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

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
  isNoisy,
  regressionsToConfirm,
  judgeAlert
};
