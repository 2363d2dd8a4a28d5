import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  measureLatency,
  runRound
} from "./chunk-KJZ6U55L.js";
import "./chunk-TDCP6VV7.js";
import "./chunk-IN4OIQDI.js";
import {
  unavailableWords
} from "./chunk-JPYO24CX.js";
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

// src/measure/rooms/latency.ts
import { mkdir } from "node:fs/promises";
var latencyRoom = {
  async measure(config, { head, base }, context) {
    if (!head.server) return {};
    const database = config.databaseUrl ? await watchDatabase(config.databaseUrl, context) : void 0;
    try {
      const { head: latency, base: baseLatency } = await measureLatency(
        config.endpoints,
        head.server,
        {
          connections: config.connections,
          loadDurationMs: config.loadDuration,
          p95Budget: config.p95Budget,
          errorRateBudget: config.errorRateBudget,
          stressSteps: config.stressSteps,
          stressP99Ms: config.stressP99,
          pairedRounds: config.latencyRounds,
          maxPairedRounds: config.latencyMaxRounds,
          regressionThreshold: config.regressionThreshold,
          ...context.sampling ? { sampling: context.sampling } : {}
        },
        context.log.info,
        base?.server?.kind === "started" ? base.server : void 0,
        database?.watch
      );
      if (database) latency.database = await database.finish();
      const kinds = profileKinds(config.profile);
      if (config.soakDuration !== void 0 && (!kinds.includes("heap") || head.server.kind === "target")) await soak(config, head, latency, context);
      if (kinds.length > 0 && head.server.kind === "target") {
        const unavailable = `${unavailableWords(`profile (${kinds.join(", ")})`, "target-url")}; profiling needs the Node process of a server perf-gate starts (start-command)`;
        context.note(unavailable);
        latency.profile = { head: { kinds, endpoints: [], note: unavailable } };
      } else if (kinds.length > 0) {
        const profileOf = /* @__PURE__ */ __name((side) => profileSide(config, side, kinds, context), "profileOf");
        latency.profile = { head: await profileOf(head), ...base?.server ? { base: await profileOf(base) } : {} };
      }
      return { head: latency, ...baseLatency ? { base: baseLatency } : {} };
    } finally {
      await database?.close();
    }
  }
};
async function watchDatabase(url, { log, note }) {
  const { openDatabaseProbe } = await import("./database-RYAQOPDY.js");
  const { queriesToExplain } = await import("./database-6QT2RTFG.js");
  const probe = await openDatabaseProbe(url);
  if ("note" in probe) {
    note(probe.note);
    return { finish: /* @__PURE__ */ __name(async () => ({ queries: [], plans: {}, note: probe.note }), "finish"), close: /* @__PURE__ */ __name(async () => {
    }, "close") };
  }
  const rounds = /* @__PURE__ */ new Map();
  const watch = {
    before: /* @__PURE__ */ __name(() => probe.reset(), "before"),
    async after(endpoint, side, round) {
      const key = `${side} ${endpoint}`;
      rounds.set(key, addRound(rounds.get(key) ?? { endpoint, side, requests: 0, responseTimeMs: 0, queries: [] }, round, await probe.snapshot()));
    }
  };
  return {
    watch,
    async finish() {
      const queries = [...rounds.values()];
      const plans = {};
      for (const { queryid, query } of queriesToExplain(queries.filter((entry) => entry.side === "head"))) plans[queryid] = await probe.explain(query);
      log.info(`Database: ${queries.reduce((sum, entry) => sum + entry.queries.length, 0)} statements counted over ${queries.length} endpoint rounds; ${Object.keys(plans).length} explained.`);
      return { queries, plans };
    },
    close: /* @__PURE__ */ __name(() => probe.close(), "close")
  };
}
__name(watchDatabase, "watchDatabase");
function addRound(sofar, round, stats) {
  const requests = sofar.requests + round.requests;
  const responseTimeMs = requests === 0 ? 0 : (sofar.responseTimeMs * sofar.requests + round.latency.mean * round.requests) / requests;
  const byId = new Map(sofar.queries.map((query) => [query.queryid, { ...query }]));
  for (const stat of stats) {
    const known = byId.get(stat.queryid);
    if (!known) byId.set(stat.queryid, { ...stat });
    else {
      known.calls += stat.calls;
      known.totalMs += stat.totalMs;
      known.rows += stat.rows;
      known.meanMs = known.calls === 0 ? 0 : known.totalMs / known.calls;
    }
  }
  return { ...sofar, requests, responseTimeMs, queries: [...byId.values()] };
}
__name(addRound, "addRound");
function profileKinds(profile) {
  return [...profile.cpu ? ["cpu"] : [], ...profile.heap ? ["heap"] : []];
}
__name(profileKinds, "profileKinds");
async function soak(config, head, latency, { log }) {
  const server = head.server;
  if (!server || config.soakDuration === void 0) return;
  for (const [index, endpoint] of config.endpoints.entries()) {
    const measured = latency.endpoints[index];
    if (!measured) continue;
    measured.soak = await runRound(server, endpoint, config.connections, config.soakDuration, `soak load on ${measured.name}`);
    log.info(`${measured.name}: soak (${Math.round(config.soakDuration / 1e3)} s) p95 ${measured.soak.latency.p95.toFixed(1)} ms, ${Math.round(measured.soak.throughput)} req/s`);
  }
}
__name(soak, "soak");
async function profileSide(config, side, kinds, { log, note, artifactDir }) {
  const server = side.server;
  if (server?.kind !== "started") return { kinds, endpoints: [] };
  const { profileEndpoints } = await import("./profileRound-Q46YEGNA.js");
  await mkdir(artifactDir, { recursive: true });
  const overSoak = config.soakDuration !== void 0 ? { heapRequests: Number.MAX_SAFE_INTEGER, maxHeapMs: config.soakDuration } : {};
  const measured = await profileEndpoints(
    server,
    config.endpoints,
    { kinds, connections: config.connections, durationMs: config.loadDuration, projectRoot: side.directory, outputDir: artifactDir, side: side.role, ...overSoak },
    log.info
  );
  if (measured.note) note(side.role === "base" ? `The base: ${measured.note}` : measured.note);
  return measured;
}
__name(profileSide, "profileSide");
export {
  latencyRoom
};
