import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  uniformDraws
} from "./chunk-7YIHUWMR.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// src/analyze/profile.ts
import path from "node:path";
import { fileURLToPath } from "node:url";
var IDLE = "(idle)";
var PROGRAM = "(program)";
var GC = "(garbage collector)";
var ROOT = "(root)";
function isRawProfile(value) {
  const profile = value;
  return typeof profile === "object" && profile !== null && Array.isArray(profile.nodes) && typeof profile.startTime === "number" && typeof profile.endTime === "number";
}
__name(isRawProfile, "isRawProfile");
function displayFile(url, projectRoot) {
  if (url === "") return "";
  let file;
  if (url.startsWith("file://")) {
    try {
      file = fileURLToPath(url);
    } catch {
      return url;
    }
  } else if (url.startsWith("/")) {
    file = url;
  }
  if (file === void 0) return url;
  const relative = path.relative(projectRoot, file);
  return relative === "" || relative.startsWith("..") || path.isAbsolute(relative) ? file : relative.split(path.sep).join("/");
}
__name(displayFile, "displayFile");
function hottestFunctions(profile, options) {
  const top = options.top ?? 10;
  if (!isRawProfile(profile)) return { samples: 0, busySamples: 0, durationMs: 0, idleShare: 0, gcShare: 0, programShare: 0, top: [] };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const stamps = new Array(samples.length);
  let at = profile.startTime;
  for (let index = 0; index < samples.length; index++) {
    at += deltas[index] ?? 0;
    stamps[index] = at;
  }
  const tallies = /* @__PURE__ */ new Map();
  let idle = 0;
  let gc = 0;
  let program = 0;
  for (let index = 0; index < samples.length; index++) {
    const frame = byId.get(samples[index]);
    if (!frame) continue;
    const next = index + 1 < samples.length ? stamps[index + 1] : profile.endTime;
    const micros = Math.max(0, next - stamps[index]);
    const name = frame.functionName;
    if (name === IDLE) {
      idle++;
      continue;
    }
    if (name === GC) gc++;
    else if (name === PROGRAM || name === ROOT) program++;
    if (name === GC || name === PROGRAM || name === ROOT) continue;
    const key = `${name}\0${frame.url}\0${frame.lineNumber}`;
    const tally = tallies.get(key) ?? { functionName: name, url: frame.url, line: frame.lineNumber, count: 0, micros: 0 };
    tally.count++;
    tally.micros += micros;
    tallies.set(key, tally);
  }
  const busy = samples.length - idle;
  const share = /* @__PURE__ */ __name((count) => busy === 0 ? 0 : count / busy, "share");
  const ranked = [...tallies.values()].sort((a, b) => b.count - a.count || b.micros - a.micros || a.functionName.localeCompare(b.functionName)).slice(0, top).map((tally) => ({
    functionName: tally.functionName === "" ? "(anonymous)" : tally.functionName,
    file: displayFile(tally.url, options.projectRoot),
    line: tally.line >= 0 ? tally.line + 1 : 0,
    selfMs: tally.micros / 1e3,
    share: share(tally.count)
  }));
  return {
    samples: samples.length,
    busySamples: busy,
    durationMs: Math.max(0, profile.endTime - profile.startTime) / 1e3,
    idleShare: samples.length === 0 ? 0 : idle / samples.length,
    gcShare: share(gc),
    programShare: share(program),
    top: ranked
  };
}
__name(hottestFunctions, "hottestFunctions");
var HOTTER_BY = 0.05;
function compareHotFunctions(base, head, threshold = HOTTER_BY) {
  const anonymous = /* @__PURE__ */ __name((fn) => fn.functionName === "(anonymous)", "anonymous");
  const key = /* @__PURE__ */ __name((fn) => anonymous(fn) ? `${fn.file}\0${fn.line}\0(anonymous)` : `${fn.functionName}\0${fn.file}`, "key");
  const baseShares = /* @__PURE__ */ new Map();
  for (const fn of base.top) baseShares.set(key(fn), (baseShares.get(key(fn)) ?? 0) + fn.share);
  const changes = [];
  for (const fn of head.top) {
    const baseShare = baseShares.get(key(fn));
    const entry = { functionName: fn.functionName, file: fn.file, line: fn.line, headShare: fn.share };
    if (baseShare === void 0) changes.push({ ...entry, status: "new" });
    else if (Math.round((fn.share - baseShare) * 1e9) >= Math.round(threshold * 1e9)) changes.push({ ...entry, baseShare, status: "hotter" });
  }
  return changes.sort((a, b) => b.headShare - (b.baseShare ?? 0) - (a.headShare - (a.baseShare ?? 0)));
}
__name(compareHotFunctions, "compareHotFunctions");
var LEAK_FLOOR_BYTES_PER_1000 = 256e3;
var CONFIDENCE = 0.95;
var RESAMPLES = 2e3;
var SEED = 20261125;
function slope(xs, ys, count) {
  let sumX = 0;
  let sumY = 0;
  for (let index = 0; index < count; index++) {
    sumX += xs[index];
    sumY += ys[index];
  }
  const meanX = sumX / count;
  const meanY = sumY / count;
  let sxy = 0;
  let sxx = 0;
  for (let index = 0; index < count; index++) {
    const dx = xs[index] - meanX;
    sxy += dx * (ys[index] - meanY);
    sxx += dx * dx;
  }
  return sxx === 0 ? void 0 : sxy / sxx;
}
__name(slope, "slope");
function heapSlope(samples, options = {}) {
  const floor = options.floorBytesPer1000 ?? LEAK_FLOOR_BYTES_PER_1000;
  const count = samples.length;
  const xs = samples.map((sample) => sample.requests);
  const ys = samples.map((sample) => sample.heapUsed);
  const requests = count === 0 ? 0 : Math.max(...xs) - Math.min(...xs);
  const fitted = count >= 2 ? slope(xs, ys, count) : void 0;
  if (fitted === void 0 || count < 3) {
    return {
      slopeBytesPer1000: (fitted ?? 0) * 1e3,
      interval: [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
      confidence: 0,
      floorBytesPer1000: floor,
      possible: false,
      samples: count,
      requests
    };
  }
  const random = uniformDraws(SEED);
  const slopes = [];
  const sampleX = new Float64Array(count);
  const sampleY = new Float64Array(count);
  for (let resample = 0; resample < RESAMPLES; resample++) {
    for (let index = 0; index < count; index++) {
      const pick = Math.floor(random() * count);
      sampleX[index] = xs[pick];
      sampleY[index] = ys[pick];
    }
    const value = slope(sampleX, sampleY, count);
    if (value !== void 0) slopes.push(value);
  }
  slopes.sort((a, b) => a - b);
  const tail = (1 - CONFIDENCE) / 2;
  const lo = (slopes[Math.floor(tail * slopes.length)] ?? Number.NEGATIVE_INFINITY) * 1e3;
  const hi = (slopes[Math.ceil((1 - tail) * slopes.length) - 1] ?? Number.POSITIVE_INFINITY) * 1e3;
  return { slopeBytesPer1000: fitted * 1e3, interval: [lo, hi], confidence: CONFIDENCE, floorBytesPer1000: floor, possible: lo > floor, samples: count, requests };
}
__name(heapSlope, "heapSlope");
function analyzeProfiles(head, base) {
  if (!head) return void 0;
  const baseByEndpoint = new Map((base?.endpoints ?? []).map((profile) => [profile.endpoint, profile]));
  const notes = [head.note, base?.note && base.note !== head.note ? `base: ${base.note}` : void 0].filter((note) => Boolean(note));
  return {
    kinds: head.kinds,
    endpoints: head.endpoints.map((profile) => {
      const baseProfile = baseByEndpoint.get(profile.endpoint);
      const hotter = profile.cpu && baseProfile?.cpu ? compareHotFunctions(baseProfile.cpu, profile.cpu) : [];
      return { endpoint: profile.endpoint, head: profile, ...baseProfile ? { base: baseProfile } : {}, hotter };
    }),
    notes
  };
}
__name(analyzeProfiles, "analyzeProfiles");

export {
  hottestFunctions,
  LEAK_FLOOR_BYTES_PER_1000,
  heapSlope,
  analyzeProfiles
};
