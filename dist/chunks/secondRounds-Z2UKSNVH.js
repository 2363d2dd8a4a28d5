import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  pairedRounds
} from "./chunk-KJZ6U55L.js";
import "./chunk-TDCP6VV7.js";
import "./chunk-IN4OIQDI.js";
import {
  regressionsToConfirm
} from "./chunk-FR4AEVR2.js";
import {
  endpointName
} from "./chunk-JPYO24CX.js";
import "./chunk-S5LBGUGR.js";
import "./chunk-7YIHUWMR.js";
import "./chunk-X7M2LXZX.js";
import "./chunk-ZRFXBBCS.js";
import "./chunk-335XOPWL.js";
import "./chunk-JFHUFG3Z.js";
import "./chunk-MM7ZC2FD.js";
import "./chunk-CUMEVQG2.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// src/measure/secondRounds.ts
import path from "node:path";
async function measureSecondRounds(config, { head, base }, context) {
  const second = { endpoints: [], pages: [] };
  const wanted = regressionsToConfirm(head.measured, config.regressionThreshold);
  const count = wanted.endpoints.length + wanted.pages.length;
  if (count === 0) {
    context.log.info("Alert: no latency or render regression against the parent to confirm.");
    return second;
  }
  const headServer = head.server;
  const baseServer = base?.server;
  if (!headServer || baseServer?.kind !== "started" || !base) return second;
  const { log } = context;
  const subjects = [...wanted.pages, ...wanted.endpoints];
  await log.group(`Alert: a second set of paired rounds for ${count === 1 ? "1 regressed target" : `${count} regressed targets`} (${subjects.join(", ")})`, async () => {
    try {
      if (wanted.pages.length > 0) {
        const { lighthouseRoom } = await import("./lighthouse-3U43UCCF.js");
        const measured = await lighthouseRoom.measure(
          { ...config, urls: config.urls.filter((url) => wanted.pages.includes(url)) },
          { head, base },
          { ...context, artifactDir: path.join(context.artifactDir, "second-rounds"), note: /* @__PURE__ */ __name((message) => log.info(`Second set: ${message}`), "note") }
        );
        second.pages = (measured.head?.pages ?? []).map((page) => ({ name: page.name, runs: page.runs, baseRuns: page.baseRuns ?? [] }));
      }
      for (const endpoint of config.endpoints.filter((candidate) => wanted.endpoints.includes(endpointName(candidate)))) {
        const name = endpointName(endpoint);
        const paired = await pairedRounds(endpoint, headServer, baseServer, {
          connections: config.connections,
          loadDurationMs: config.loadDuration,
          p95Budget: config.p95Budget,
          errorRateBudget: config.errorRateBudget,
          stressSteps: 0,
          stressP99Ms: config.stressP99,
          pairedRounds: config.latencyRounds,
          maxPairedRounds: config.latencyMaxRounds,
          regressionThreshold: config.regressionThreshold,
          ...context.sampling ? { sampling: context.sampling } : {}
        });
        log.info(`${name}: second set p95 base ${paired.base.map((ms) => ms.toFixed(1)).join(", ")} ms; head ${paired.head.map((ms) => ms.toFixed(1)).join(", ")} ms`);
        second.endpoints.push({ name, paired });
      }
    } catch (error) {
      context.note(`The second set of paired rounds stopped (${error.message}): what it did not measure is not confirmed, and alerts nobody.`);
    }
  });
  return second;
}
__name(measureSecondRounds, "measureSecondRounds");
export {
  measureSecondRounds
};
