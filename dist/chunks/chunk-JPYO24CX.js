import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  changeTarget,
  comparePaired
} from "./chunk-7YIHUWMR.js";
import {
  bounded,
  globLeavesRoot,
  leavesRoot,
  parseDuration,
  parseNonNegativeInteger,
  parsePercentage,
  parsePositiveInteger,
  parseSize
} from "./chunk-ZRFXBBCS.js";
import {
  METRIC_NAMES,
  METRIC_TABLE,
  budgetOperator,
  categoryOf
} from "./chunk-JFHUFG3Z.js";
import {
  UserError,
  messages
} from "./chunk-MM7ZC2FD.js";
import {
  __commonJS,
  __name,
  __toESM
} from "./chunk-OMWRFWOT.js";

// node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "node_modules/fastest-levenshtein/mod.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.distance = exports.closest = void 0;
    var peq = new Uint32Array(65536);
    var myers_32 = /* @__PURE__ */ __name(function(a, b) {
      var n = a.length;
      var m = b.length;
      var lst = 1 << n - 1;
      var pv = -1;
      var mv = 0;
      var sc = n;
      var i = n;
      while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
      }
      for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
          sc++;
        }
        if (pv & lst) {
          sc--;
        }
        mv = mv << 1 | 1;
        pv = pv << 1 | ~(xv | mv);
        mv &= xv;
      }
      i = n;
      while (i--) {
        peq[a.charCodeAt(i)] = 0;
      }
      return sc;
    }, "myers_32");
    var myers_x = /* @__PURE__ */ __name(function(b, a) {
      var n = a.length;
      var m = b.length;
      var mhc = [];
      var phc = [];
      var hsize = Math.ceil(n / 32);
      var vsize = Math.ceil(m / 32);
      for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
      }
      var j = 0;
      for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)];
          var pb = phc[i / 32 | 0] >>> i & 1;
          var mb = mhc[i / 32 | 0] >>> i & 1;
          var xv = eq | mv_1;
          var xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb;
          var ph = mv_1 | ~(xh | pv_1);
          var mh = pv_1 & xh;
          if (ph >>> 31 ^ pb) {
            phc[i / 32 | 0] ^= 1 << i;
          }
          if (mh >>> 31 ^ mb) {
            mhc[i / 32 | 0] ^= 1 << i;
          }
          ph = ph << 1 | pb;
          mh = mh << 1 | mb;
          pv_1 = mh | ~(xv | ph);
          mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] = 0;
        }
      }
      var mv = 0;
      var pv = -1;
      var start = j * 32;
      var vlen = Math.min(32, m - start) + start;
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
      }
      var score = m;
      for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = phc[i / 32 | 0] >>> i & 1;
        var mb = mhc[i / 32 | 0] >>> i & 1;
        var xv = eq | mv;
        var xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += ph >>> m - 1 & 1;
        score -= mh >>> m - 1 & 1;
        if (ph >>> 31 ^ pb) {
          phc[i / 32 | 0] ^= 1 << i;
        }
        if (mh >>> 31 ^ mb) {
          mhc[i / 32 | 0] ^= 1 << i;
        }
        ph = ph << 1 | pb;
        mh = mh << 1 | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
      }
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
      }
      return score;
    }, "myers_x");
    var distance2 = /* @__PURE__ */ __name(function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
      }
      if (b.length === 0) {
        return a.length;
      }
      if (a.length <= 32) {
        return myers_32(a, b);
      }
      return myers_x(a, b);
    }, "distance");
    exports.distance = distance2;
    var closest2 = /* @__PURE__ */ __name(function(str, arr) {
      var min_distance = Infinity;
      var min_index = 0;
      for (var i = 0; i < arr.length; i++) {
        var dist = distance2(str, arr[i]);
        if (dist < min_distance) {
          min_distance = dist;
          min_index = i;
        }
      }
      return arr[min_index];
    }, "closest");
    exports.closest = closest2;
  }
});

// src/config/settings.ts
import path3 from "node:path";

// src/analyze/hashes.ts
function stripHash(fileName, rule) {
  switch (rule.kind) {
    case "none":
      return fileName;
    case "pattern":
      return withoutFirstGroup(fileName, rule.pattern);
    case "auto":
      return withoutKnownHashes(fileName);
  }
}
__name(stripHash, "stripHash");
function captureGroups(pattern) {
  return (new RegExp(`${pattern.source}|`).exec("")?.length ?? 1) - 1;
}
__name(captureGroups, "captureGroups");
function withoutFirstGroup(fileName, pattern) {
  const indexed = new RegExp(pattern.source, `${pattern.flags.replace(/[dgy]/g, "")}d`);
  const span = indexed.exec(fileName)?.indices?.[1];
  return span ? fileName.slice(0, span[0]) + fileName.slice(span[1]) : fileName;
}
__name(withoutFirstGroup, "withoutFirstGroup");
function withoutKnownHashes(fileName) {
  const folders = fileName.split("/");
  const base = folders.pop() ?? "";
  return [...folders.filter((folder) => !isHexHash(folder, 8) && !isBuildId(folder)), withoutNameHashes(base)].join("/");
}
__name(withoutKnownHashes, "withoutKnownHashes");
function withoutNameHashes(base) {
  const parts = base.split(".");
  if (parts.length < 2) return base;
  const [name = "", ...rest] = parts;
  const extension = rest.pop() ?? "";
  const kept = rest.filter((part) => !isHexHash(part, 4) && !isBase64Hash(part)).map(withoutDashHash);
  return [isHexHash(name, 8) ? "[hash]" : withoutDashHash(name), ...kept, extension].join(".");
}
__name(withoutNameHashes, "withoutNameHashes");
function withoutDashHash(part) {
  const rollup = /^(.+)-([\w-]{8})$/.exec(part);
  if (rollup?.[1] && rollup[2] && isBase64Hash(rollup[2])) return rollup[1];
  const [name = "", ...pieces] = part.split("-");
  return [name, ...pieces.filter((piece) => !isHexHash(piece, 4))].join("-");
}
__name(withoutDashHash, "withoutDashHash");
function isHexHash(text2, minimum) {
  if (text2.length < minimum || !/^[0-9a-f]+$/.test(text2) || !/[0-9]/.test(text2)) return false;
  return text2.length >= 8 || /[a-f]/.test(text2);
}
__name(isHexHash, "isHexHash");
function isBase64Hash(text2) {
  return /^[\w-]{8}$/.test(text2) && !/^[a-z_-]+$/.test(text2) && !/^[A-Z][a-z]+$/.test(text2);
}
__name(isBase64Hash, "isBase64Hash");
function isBuildId(folder) {
  return /^[\w-]{21}$/.test(folder) && /[a-z]/.test(folder) && /[A-Z]/.test(folder);
}
__name(isBuildId, "isBuildId");

// src/model/settings.ts
var COMPRESSIONS = ["gzip", "brotli", "none"];
var AUTO_STRIP_HASH = { kind: "auto" };

// src/config/bounds.ts
import { readFileSync } from "node:fs";
var SECOND = 1e3;
var MINUTE = 60 * SECOND;
var REQUEST_TIMEOUT = 10 * SECOND;
var BOUNDS = {
  // A budget of 0 fails every file there is; no bundle a browser loads comes near 1 GB, so a bigger
  // budget budgets nothing (fail-on: regression gates on growth alone).
  bundleBudget: { min: 1, max: 1e9, from: "1B", to: "1GB", example: "500KB" },
  // Even a cold `npm start` answers within a second or two; a server still silent after 10 minutes
  // is stuck, and waiting longer only delays the same failure.
  readyTimeout: { min: SECOND, max: 10 * MINUTE, from: "1s", to: "10m", example: "30s" },
  // LHCI runs 3 and suggests 5 for a steadier median; the median's spread shrinks only with the
  // square root of the runs, while each run costs 10-20 s a page: 25 is already minutes a page.
  lighthouseRuns: { min: 1, max: 25, from: "1", to: "25", example: "3" },
  // The most runs per side while a page's verdicts are undecided; as many as lighthouse-runs turns measuring until decided off.
  lighthouseMaxRuns: { min: 1, max: 25, from: "1", to: "25", example: "9" },
  // Lighthouse's own default is 30 s; a page that has not painted in 2 minutes will not, and every
  // failed run is retried, so a longer wait multiplies.
  lighthouseFcpTimeout: { min: SECOND, max: 2 * MINUTE, from: "1s", to: "2m", example: "15s" },
  // Below 1 ms a p95 measures the in-process load generator more than the endpoint; above the
  // request timeout no response can be measured against it.
  p95Budget: { min: 1, max: REQUEST_TIMEOUT, from: "1ms", to: "10s", example: "200ms" },
  // A bare number is bytes, and no server runs in less than a megabyte: "200" meant 200MB. A
  // terabyte is beyond the memory of any runner.
  memoryBudget: { min: 1e6, max: 1e12, from: "1MB", to: "1TB", example: "200MB" },
  // The warm-up is a fifth of a round and a stress step a quarter; under half a second a round at
  // low throughput has too few responses for a p95. Every endpoint runs several rounds, so 10
  // minutes a round is already an hour-long job (longer soaks are a separate setting).
  loadDuration: { min: 500, max: 10 * MINUTE, from: "500ms", to: "10m", example: "10s" },
  // The load generator runs in perf-gate's own process, on one core: past a few hundred
  // connections it is the bottleneck, not the server. Peak is 2.5 times this and stress doubles
  // from there; the open-file limit is checked on top (highestConnections).
  connections: { min: 1, max: 1e3, from: "1", to: "1000", example: "10" },
  // Each round is a quarter of load-duration (1 s or more) on each side, per endpoint; past 50 the
  // paired interval barely narrows while the job grows with every round.
  latencyRounds: { min: 1, max: 50, from: "1", to: "50", example: "6" },
  latencyMaxRounds: { min: 1, max: 50, from: "1", to: "50", example: "12" },
  // Extra runs and rounds beyond the fewest: none (fixed counts) up to half an hour of a job.
  samplingTimeout: { min: 0, max: 30 * MINUTE, from: "0s", to: "30m", example: "3m" },
  // A share of requests: nothing, or every one of them.
  errorRateBudget: { min: 0, max: 1, from: "0%", to: "100%", example: "1%" },
  // Each step doubles the load: 10 steps are 1024 times peak, more than one runner can hold open.
  stressSteps: { min: 0, max: 10, from: "0", to: "10", example: "4" },
  // Above the request timeout a p99 cannot be reached: slower requests count as errors instead.
  stressP99: { min: 1, max: REQUEST_TIMEOUT, from: "1ms", to: "10s", example: "1s" },
  // A soak is one long steady round for a scheduled job; past two hours a job nears GitHub's 6-hour limit with base and head.
  // The artifact listing stored reports are read from is bounded (1,000 artifacts); a trend of
  // more than 100 commits would not fit a comment's chart either.
  historySize: { min: 1, max: 100, from: "1", to: "100", example: "30" },
  // GitHub runs at most 256 jobs from one matrix.
  shards: { min: 1, max: 256, from: "1", to: "256", example: "4" },
  soakDuration: { min: 1e3, max: 2 * 60 * MINUTE, from: "1s", to: "2h", example: "30m" },
  // Growth relative to the base: nothing, up to doubling. Past that the threshold lets through
  // every change a regression gate exists to catch.
  regressionThreshold: { min: 0, max: 1, from: "0%", to: "100%", example: "10%" },
  // Lighthouse's timing metrics (TBT can be 0). A budget past 2 minutes is a unit slip (a bare
  // number is milliseconds); Lighthouse stops waiting for a page long before.
  lighthouseTiming: { min: 0, max: 2 * MINUTE, from: "0ms", to: "2m", example: "2.5s" },
  // CLS: Google calls 0.25 poor; a budget above 1 (a whole viewport shifted) allows any page.
  lighthouseCls: { min: 0, max: 1, from: "0", to: "1", example: "0.1" },
  // The performance score, read as 0-1 or as a percentage 0-100.
  lighthouseScore: { min: 0, max: 100, from: "0", to: "100", example: "0.9" }
};
var PEAK_FACTOR = 2.5;
function peakConnections(connections) {
  return Math.max(connections + 1, Math.round(connections * PEAK_FACTOR));
}
__name(peakConnections, "peakConnections");
function highestConnections(connections, stressSteps) {
  return peakConnections(connections) * 2 ** stressSteps;
}
__name(highestConnections, "highestConnections");
var FILES_BESIDES_CONNECTIONS = 100;
function readOpenFileLimit() {
  try {
    const line = readFileSync("/proc/self/limits", "utf8").split("\n").find((candidate) => candidate.startsWith("Max open files"));
    const soft = line?.slice("Max open files".length).trim().split(/\s+/)[0];
    return soft && /^\d+$/.test(soft) ? Number(soft) : void 0;
  } catch {
    return void 0;
  }
}
__name(readOpenFileLimit, "readOpenFileLimit");

// src/config/lighthouseBudgets.ts
import { existsSync as existsSync2 } from "node:fs";
import { readFile as readFile2 } from "node:fs/promises";
import path2 from "node:path";

// src/config/names.ts
var Input = {
  Config: "config",
  GithubToken: "github-token",
  WorkingDirectory: "working-directory",
  InstallCommand: "install-command",
  BuildCommand: "build-command",
  StartCommand: "start-command",
  ReadyPath: "ready-path",
  ReadyTimeout: "ready-timeout",
  Bundles: "bundles",
  BundleBudget: "bundle-budget",
  Compression: "compression",
  Urls: "urls",
  LighthouseRuns: "lighthouse-runs",
  LighthouseMaxRuns: "lighthouse-max-runs",
  LighthouseBudgets: "lighthouse-budgets",
  LighthouseFcpTimeout: "lighthouse-fcp-timeout",
  LighthouseAssertions: "lighthouse-assertions",
  Endpoints: "endpoints",
  P95Budget: "p95-budget",
  MemoryBudget: "memory-budget",
  LoadDuration: "load-duration",
  Connections: "connections",
  LatencyRounds: "latency-rounds",
  LatencyMaxRounds: "latency-max-rounds",
  SamplingTimeout: "sampling-timeout",
  ErrorRateBudget: "error-rate-budget",
  StressSteps: "stress-steps",
  StressP99: "stress-p99",
  DatabaseUrl: "database-url",
  Profile: "profile",
  SoakDuration: "soak-duration",
  Baseline: "baseline",
  BaselineReport: "baseline-report",
  BaseRef: "base-ref",
  RegressionThreshold: "regression-threshold",
  FailOn: "fail-on",
  PreExisting: "pre-existing",
  Comment: "comment",
  CommentKey: "comment-key",
  WebpackStats: "webpack-stats",
  Composition: "composition",
  StripHash: "strip-hash",
  Mode: "mode",
  Report: "report",
  Shard: "shard",
  TargetUrl: "target-url",
  Alert: "alert",
  AlertMentions: "alert-mentions",
  HistorySize: "history-size",
  AcceptLabel: "accept-label"
};
var INPUT_NAMES = Object.values(Input);
var Output = {
  Passed: "passed",
  ReportPath: "report-path",
  MarkdownPath: "markdown-path",
  CommentUrl: "comment-url",
  Regressions: "regressions",
  Inconclusive: "inconclusive",
  BenchmarkPath: "benchmark-path",
  CheckRunUrl: "check-run-url",
  AlertUrl: "alert-url"
};
var DEFAULT_CONFIG_FILES = ["perf-gate.config.json", "perf-gate.config.yml", "perf-gate.config.yaml"];

// src/config/file.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
async function sourceLines(text2) {
  const yaml = await loadYaml();
  const { LineCounter, isScalar, parseDocument } = yaml;
  const lineCounter = new LineCounter();
  const document = parseDocument(text2, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const root = document.errors.length > 0 ? void 0 : document.contents;
  const lineAt = /* @__PURE__ */ __name((offset) => lineCounter.linePos(offset).line, "lineAt");
  return {
    keyLine(keyPath2) {
      const key = pairAt(root, keyPath2, yaml)?.key;
      return isScalar(key) && key.range ? lineAt(key.range[0]) : void 0;
    },
    lineInString(keyPath2, pattern) {
      const value = pairAt(root, keyPath2, yaml)?.value;
      if (!isScalar(value) || typeof value.value !== "string" || !value.range) return void 0;
      const [start, end] = value.range;
      const first = lineAt(start);
      if (lineAt(end) === first) return first;
      const index = text2.slice(start, end).split("\n").findLastIndex((line) => pattern.test(line));
      return index < 0 ? void 0 : first + index;
    }
  };
}
__name(sourceLines, "sourceLines");
function pairAt(root, keyPath2, { isMap, isScalar, isSeq }) {
  let node = root;
  let pair;
  for (const step of keyPath2) {
    if (typeof step === "number") {
      pair = void 0;
      node = isSeq(node) ? node.items[step] : void 0;
    } else {
      pair = isMap(node) ? node.items.findLast((candidate) => isScalar(candidate.key) && String(candidate.key.value) === step) : void 0;
      node = pair?.value;
    }
  }
  return pair;
}
__name(pairAt, "pairAt");
var loadYaml = /* @__PURE__ */ __name(() => import("./yaml-64UMRFRL.js"), "loadYaml");
var schemaCheck;
function configSchema() {
  schemaCheck ??= Promise.all([import("./validator-GUFF362P.js"), import("./config.schema-H6BMT7F2.js")]).then(([{ compileSchema }, { default: schema }]) => ({
    validate: compileSchema(schema, { allErrors: true }),
    knownKeys: Object.keys(schema.properties).filter((key) => key !== "$schema")
  }));
  return schemaCheck;
}
__name(configSchema, "configSchema");
async function readConfigFile(workingDirectory, requested) {
  let absolutePath;
  if (requested) {
    absolutePath = path.resolve(workingDirectory, requested.value);
  } else {
    const found = DEFAULT_CONFIG_FILES.map((name) => path.join(workingDirectory, name)).find((file) => existsSync(file));
    if (!found) return void 0;
    absolutePath = found;
  }
  const displayName = path.relative(workingDirectory, absolutePath) || absolutePath;
  const escape = leavesRoot(workingDirectory, absolutePath);
  if (escape) throw new UserError(messages.pathOutside(requested?.where ?? Input.Config, requested?.value ?? displayName, workingDirectory, escape.symlinkTo));
  if (requested && !existsSync(absolutePath)) throw new UserError(messages.configMissing(requested.value));
  const text2 = await readFile(absolutePath, "utf8");
  let parsed;
  try {
    parsed = /\.json$/i.test(absolutePath) ? JSON.parse(text2) : (await loadYaml()).parse(text2, { prettyErrors: false });
  } catch (error) {
    throw new UserError(messages.configUnparsable(displayName, error.message));
  }
  if (parsed === null || parsed === void 0) parsed = {};
  if (typeof parsed !== "object" || Array.isArray(parsed)) throw new UserError(messages.configNotAnObject(displayName));
  const { validate, knownKeys } = await configSchema();
  if (!validate(parsed)) throw new UserError(describeSchemaError(displayName, validate.errors ?? [], knownKeys));
  return { displayName, absolutePath, settings: parsed, lines: await sourceLines(text2) };
}
__name(readConfigFile, "readConfigFile");
var KEYWORD_RANK = ["additionalProperties", "required", "enum", "const", "pattern", "minimum", "minLength"];
function describeSchemaError(file, errors, knownKeys) {
  const unknownKey = errors.find((error) => error.keyword === "additionalProperties" && error.instancePath === "");
  if (unknownKey) {
    const key = String(unknownKey.params["additionalProperty"]);
    const suggestion = (0, import_fastest_levenshtein.closest)(key, [...knownKeys]);
    return messages.configUnknownKey(file, key, (0, import_fastest_levenshtein.distance)(key, suggestion) <= 3 ? suggestion : void 0);
  }
  const specific = errors.filter((error) => error.keyword !== "oneOf" && error.keyword !== "anyOf");
  const rank = /* @__PURE__ */ __name((error) => KEYWORD_RANK.indexOf(error.keyword) >>> 0, "rank");
  const depth = /* @__PURE__ */ __name((error) => error.instancePath.split("/").length, "depth");
  const chosen = [...specific.length > 0 ? specific : errors].sort((a, b) => depth(b) - depth(a) || rank(a) - rank(b))[0];
  if (!chosen) return messages.configInvalid(file, "the top level", "is not valid");
  const at = keyPath(chosen.instancePath);
  let problem = chosen.message ?? "is not valid";
  if (chosen.keyword === "additionalProperties") problem = `has an unknown key "${String(chosen.params["additionalProperty"])}"`;
  if (chosen.keyword === "required") problem = `needs the key "${String(chosen.params["missingProperty"])}"`;
  if (chosen.keyword === "enum") problem = `must be one of ${chosen.params["allowedValues"].map((v) => JSON.stringify(v)).join(", ")}`;
  return messages.configInvalid(file, at, problem);
}
__name(describeSchemaError, "describeSchemaError");
function keyPath(instancePath) {
  if (!instancePath) return "the top level";
  return instancePath.split("/").slice(1).map((part, index) => /^\d+$/.test(part) ? `[${part}]` : index === 0 ? part : `.${part}`).join("");
}
__name(keyPath, "keyPath");

// src/config/lighthouseBudgets.ts
var AUDIT_IDS = Object.fromEntries(METRIC_NAMES.map((name) => [METRIC_TABLE[name].audit, name]));
var BUDGET_NAMES = Object.values(AUDIT_IDS);
function budgetNumber(name, value, where, bounds) {
  const number2 = typeof value === "number" ? value : Number(String(value).trim().replace(/%$/, ""));
  if (!Number.isFinite(number2) || number2 < 0) throw new UserError(messages.badLighthouseBudget(where, name, value));
  if (number2 > bounds.max) throw new UserError(messages.outOfRange(where, value, bounds.from, bounds.to, bounds.example));
  return number2;
}
__name(budgetNumber, "budgetNumber");
var BUDGET_PARSERS = {
  timing: /* @__PURE__ */ __name((_name, value, where) => bounded(parseDuration, BOUNDS.lighthouseTiming)(value, where), "timing"),
  cls: /* @__PURE__ */ __name((name, value, where) => budgetNumber(name, value, where, BOUNDS.lighthouseCls), "cls"),
  score: /* @__PURE__ */ __name((name, value, where) => {
    const number2 = budgetNumber(name, value, where, BOUNDS.lighthouseScore);
    return number2 > 1 ? number2 / 100 : number2;
  }, "score")
};
function parseBudgetValue(name, value, where) {
  return BUDGET_PARSERS[METRIC_TABLE[name].budget](name, value, where);
}
__name(parseBudgetValue, "parseBudgetValue");
function parseLighthouseBudgets(value, where) {
  const entries = typeof value === "string" ? value.split(/[,\n]/).map((part) => part.trim()).filter(Boolean).map((part) => {
    const [key, ...rest] = part.split("=");
    if (rest.length === 0) throw new UserError(messages.badLighthouseBudget(where, part, ""));
    return [key?.trim() ?? "", rest.join("=").trim()];
  }) : Object.entries(value);
  const budgets = {};
  for (const [key, raw] of entries) {
    const name = key.toLowerCase();
    if (!BUDGET_NAMES.includes(name)) throw new UserError(messages.unknownLighthouseMetric(where, key, BUDGET_NAMES));
    budgets[name] = parseBudgetValue(name, raw, `${where} ${name}`);
  }
  return budgets;
}
__name(parseLighthouseBudgets, "parseLighthouseBudgets");
var ASSERTION_FILES = ["lighthouserc.json", ".lighthouserc.json", "lighthouserc.yml", ".lighthouserc.yml", "lighthouserc.yaml", "budget.json"];
async function readLighthouseAssertions(workingDirectory, explicit) {
  const file = explicit ? path2.resolve(workingDirectory, explicit.value) : ASSERTION_FILES.map((name) => path2.join(workingDirectory, name)).find((candidate) => existsSync2(candidate));
  if (!file) return { budgets: {}, lines: {} };
  const displayName = path2.relative(workingDirectory, file) || file;
  const escape = leavesRoot(workingDirectory, file);
  if (escape) throw new UserError(messages.pathOutside(explicit?.where ?? Input.LighthouseAssertions, explicit?.value ?? displayName, workingDirectory, escape.symlinkTo));
  if (!existsSync2(file)) throw new UserError(messages.lighthouseAssertionsMissing(displayName));
  let parsed;
  let text2;
  try {
    text2 = await readFile2(file, "utf8");
    parsed = /\.ya?ml$/i.test(file) ? (await loadYaml()).parse(text2) : JSON.parse(text2);
  } catch (error) {
    throw new UserError(messages.lighthouseAssertionsUnparsable(displayName, error.message));
  }
  const where = `lighthouse-assertions (${displayName})`;
  const { budgets, keyPaths } = Array.isArray(parsed) ? fromBudgetJson(parsed, where) : fromLighthouserc(parsed, where);
  const keyLines = await sourceLines(text2);
  const lines2 = {};
  for (const [name, keyPath2] of Object.entries(keyPaths)) {
    const line = keyLines.keyLine(keyPath2);
    if (line !== void 0) lines2[name] = line;
  }
  return { budgets, file: displayName, lines: lines2 };
}
__name(readLighthouseAssertions, "readLighthouseAssertions");
function fromLighthouserc(rc, where) {
  const assertions = rc?.ci?.assert?.assertions ?? {};
  const budgets = {};
  const keyPaths = {};
  for (const [id, assertion] of Object.entries(assertions)) {
    const name = AUDIT_IDS[id];
    if (!name || !Array.isArray(assertion)) continue;
    const [level, options] = assertion;
    if (level === "off") continue;
    const option = budgetOperator(name).lhciOption;
    const limit = options?.[option];
    if (limit === void 0) continue;
    budgets[name] = parseBudgetValue(name, limit, `${where} ${id}`);
    keyPaths[name] = ["ci", "assert", "assertions", id, 1, option];
  }
  return { budgets, keyPaths };
}
__name(fromLighthouserc, "fromLighthouserc");
function fromBudgetJson(entries, where) {
  const budgets = {};
  const keyPaths = {};
  entries.forEach((entry, index) => {
    const timings = entry?.timings;
    if (!Array.isArray(timings)) return;
    timings.forEach((timing, position) => {
      const name = timing?.metric ? AUDIT_IDS[timing.metric] : void 0;
      if (!name || categoryOf(name) !== void 0 || typeof timing?.budget !== "number") return;
      budgets[name] = parseBudgetValue(name, timing.budget, `${where} ${timing.metric}`);
      keyPaths[name] = [index, "timings", position, "budget"];
    });
  });
  return { budgets, keyPaths };
}
__name(fromBudgetJson, "fromBudgetJson");

// src/config/settings.ts
var BASELINE_MODES = ["auto", "rebuild", "stored", "none"];
var COMMENT_MODES = ["true", "false", "on-failure"];
var RUN_MODES = ["full", "measure", "publish", "merge"];
var ALERT_MODES = ["none", "commit-comment", "issue"];
var PRE_EXISTING_MODES = ["ratchet", "block"];
var COMPOSITION_MODES = ["auto", "source-maps", "webpack-stats", "none"];
var PROFILE_MODES = ["none", "cpu", "heap", "cpu,heap"];
function withDefault(definition) {
  const parsedDefault = definition.parse({ value: definition.default, where: definition.input, at: /* @__PURE__ */ __name((part) => `${definition.input}${part}`, "at") });
  return { ...definition, parsedDefault: Object.freeze(parsedDefault) };
}
__name(withDefault, "withDefault");
function optional(definition) {
  return definition;
}
__name(optional, "optional");
function text(given) {
  const value = String(given.value).trim();
  if (!value) throw new UserError(messages.emptyValue(given.where));
  return value;
}
__name(text, "text");
function number(parse) {
  return (given) => parse(given.value, given.where);
}
__name(number, "number");
function choice(allowed) {
  return (given) => {
    const value = String(given.value).trim().toLowerCase();
    if (!allowed.includes(value)) throw new UserError(messages.notOneOf(given.where, given.value, allowed));
    return value;
  };
}
__name(choice, "choice");
function profileSetting(given) {
  const parts = String(given.value).toLowerCase().split(",").map((part) => part.trim()).filter(Boolean);
  if (parts.length === 0 || parts.some((part) => !["none", "cpu", "heap"].includes(part)) || parts.includes("none") && parts.length > 1) {
    throw new UserError(messages.notOneOf(given.where, given.value, PROFILE_MODES));
  }
  return { cpu: parts.includes("cpu"), heap: parts.includes("heap") };
}
__name(profileSetting, "profileSetting");
function postgresUrl(given) {
  const value = text(given);
  const url = URL.parse(value);
  if (!url || !/^postgres(?:ql)?:$/.test(url.protocol) || !url.hostname) throw new UserError(messages.notAPostgresUrl(given.where));
  return value;
}
__name(postgresUrl, "postgresUrl");
function shardSetting(given) {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(String(given.value));
  if (!match) throw new UserError(messages.notAShard(given.where, given.value));
  const index = Number(match[1]);
  const total = Number(match[2]);
  if (index < 1 || index > total || total > BOUNDS.shards.max) throw new UserError(messages.shardOutOfRange(given.where, given.value, BOUNDS.shards.max));
  return { index, total };
}
__name(shardSetting, "shardSetting");
function originSetting(given) {
  const value = text(given);
  const url = URL.parse(value);
  if (!url || !/^https?:$/.test(url.protocol) || !url.hostname || url.search || url.hash || url.username || url.password) throw new UserError(messages.notAnOrigin(given.where, given.value));
  return url.href.replace(/\/+$/, "");
}
__name(originSetting, "originSetting");
function mentionsSetting(given) {
  const items = lines(given.value).flatMap((line) => line.split(/[\s,]+/)).filter(Boolean);
  for (const item of items) if (!/^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/.test(item)) throw new UserError(messages.notAMention(given.where, item));
  return items.map((item) => item.startsWith("@") ? item : `@${item}`);
}
__name(mentionsSetting, "mentionsSetting");
function projectFile(given, context) {
  const value = text(given);
  const absolute = path3.resolve(context.workingDirectory, value);
  const escape = leavesRoot(context.workingDirectory, absolute);
  if (escape) throw new UserError(messages.pathOutside(given.where, value, context.workingDirectory, escape.symlinkTo));
  return absolute;
}
__name(projectFile, "projectFile");
function reportFile(given, context) {
  const value = text(given);
  const absolute = path3.resolve(context.workingDirectory, value);
  const escape = leavesRoot(context.workingDirectory, absolute);
  if (escape && context.reportFolders.every((folder) => leavesRoot(folder, absolute))) {
    throw new UserError(messages.reportPathOutside(given.where, value, context.workingDirectory, [...context.reportFolders], escape.symlinkTo));
  }
  return absolute;
}
__name(reportFile, "reportFile");
function lines(value) {
  if (value === void 0) return [];
  const items = Array.isArray(value) ? value : [value];
  return items.flatMap((item) => typeof item === "string" ? item.split(/\r?\n/) : [item]).flatMap((item) => {
    if (typeof item !== "string") return [];
    const line = item.trim();
    return line && !line.startsWith("#") ? [line] : [];
  });
}
__name(lines, "lines");
function bundleSpecs(found, context) {
  const { bundleBudget: budget, compression } = context;
  const items = Array.isArray(found.value) ? found.value : [found.value];
  const globs = lines(items.filter((item) => typeof item === "string"));
  const specs = [];
  checkGlobs(globs, found.where);
  if (globs.length > 0) specs.push({ kind: "per-file", patterns: globs, limit: budget, compression, origin: found.where });
  items.forEach((item, index) => {
    if (typeof item !== "object" || item === null) return;
    const group = item;
    const where = found.at(`[${index}]`);
    const patterns = lines(group.path);
    checkGlobs(patterns, where);
    specs.push({
      kind: "group",
      name: group.name ?? patterns.join(", "),
      patterns,
      ignore: group.ignore ?? [],
      limit: group.limit === void 0 ? budget : bounded(parseSize, BOUNDS.bundleBudget)(group.limit, found.at(`[${index}].limit`)),
      compression: group.compression ?? compression,
      origin: where
    });
  });
  return specs;
}
__name(bundleSpecs, "bundleSpecs");
function checkGlobs(patterns, where) {
  const leaving = patterns.find((pattern) => !pattern.startsWith("!") && globLeavesRoot(pattern));
  if (leaving !== void 0) throw new UserError(messages.globLeavesRoot(where, leaving));
}
__name(checkGlobs, "checkGlobs");
var HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
var PLACEHOLDER_ORIGIN = "http://perf-gate.invalid";
function isServerPath(value) {
  if (!value.startsWith("/")) return false;
  try {
    return new URL(value, PLACEHOLDER_ORIGIN).origin === PLACEHOLDER_ORIGIN;
  } catch {
    return false;
  }
}
__name(isServerPath, "isServerPath");
function pageUrls(found) {
  const urls = lines(found.value);
  const bad = urls.find((url) => !(url.startsWith("/") ? isServerPath(url) : isHttpUrl(url)));
  if (bad !== void 0) throw new UserError(messages.badPageUrl(found.where, bad));
  return urls;
}
__name(pageUrls, "pageUrls");
function isHttpUrl(value) {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    return new URL(value).hostname !== "";
  } catch {
    return false;
  }
}
__name(isHttpUrl, "isHttpUrl");
function endpointSpecs(found) {
  const items = Array.isArray(found.value) ? found.value : [found.value];
  return items.flatMap((item, index) => {
    if (typeof item === "object" && item !== null) {
      const endpoint = item;
      const method = (endpoint.method ?? "GET").toUpperCase();
      if (!HTTP_METHODS.includes(method)) throw new UserError(messages.badMethod(found.at(`[${index}].method`), String(endpoint.method)));
      if (typeof endpoint.path !== "string" || !isServerPath(endpoint.path)) throw new UserError(messages.notAServerPath(found.at(`[${index}].path`), endpoint.path));
      const spec = { method, path: endpoint.path, headers: endpoint.headers ?? {} };
      if (endpoint.body !== void 0) spec.body = endpoint.body;
      if (endpoint.status !== void 0) spec.status = endpoint.status;
      if (endpoint["p95-budget"] !== void 0) spec.p95Budget = bounded(parseDuration, BOUNDS.p95Budget)(endpoint["p95-budget"], found.at(`[${index}].p95-budget`));
      return [spec];
    }
    return lines(item).map((line) => {
      const match = /^(\S+)\s+(\/\S*)(?:\s+(.+))?$/.exec(line);
      if (!match?.[1] || !match[2]) throw new UserError(messages.badEndpoint(found.where, line));
      const method = match[1].toUpperCase();
      if (!HTTP_METHODS.includes(method)) throw new UserError(messages.badMethod(found.where, match[1], line));
      if (!isServerPath(match[2])) throw new UserError(messages.notAServerPath(found.where, match[2]));
      const spec = { method, path: match[2], headers: {} };
      if (match[3] !== void 0) {
        try {
          spec.body = JSON.parse(match[3]);
        } catch {
          throw new UserError(messages.badEndpoint(found.where, line));
        }
      }
      return spec;
    });
  });
}
__name(endpointSpecs, "endpointSpecs");
var FAIL_ON = ["budget", "regression", "both", "none"];
function failOnSetting(found) {
  const words = (Array.isArray(found.value) ? found.value.map(String) : String(found.value).split(/[\s,]+/)).map((word) => word.trim().toLowerCase()).filter(Boolean);
  const unknown = words.find((word) => !FAIL_ON.includes(word));
  if (unknown !== void 0 || words.length === 0) {
    throw new UserError(messages.notOneOf(found.where, found.value, ["budget", "regression", "budget,regression", "none"]));
  }
  if (words.includes("none")) return { budget: false, regression: false };
  return {
    budget: words.includes("budget") || words.includes("both"),
    regression: words.includes("regression") || words.includes("both")
  };
}
__name(failOnSetting, "failOnSetting");
function stripHashSetting(found) {
  const value = String(found.value).trim();
  if (!value) throw new UserError(messages.emptyValue(found.where));
  const word = value.toLowerCase();
  if (word === "auto" || word === "none") return { kind: word };
  let pattern;
  try {
    pattern = new RegExp(value);
  } catch (error) {
    throw new UserError(messages.stripHashNotARegExp(found.where, value, error.message));
  }
  if (captureGroups(pattern) === 0) throw new UserError(messages.stripHashWithoutGroup(found.where, value));
  return { kind: "pattern", pattern };
}
__name(stripHashSetting, "stripHashSetting");
function readyPathSetting(found) {
  const value = String(found.value).trim();
  if (!value.startsWith("/")) throw new UserError(messages.notAPath(found.where, found.value));
  if (!isServerPath(value)) throw new UserError(messages.notAServerPath(found.where, found.value));
  return value;
}
__name(readyPathSetting, "readyPathSetting");
function commentKeySetting(found) {
  const value = String(found.value).trim();
  if (!/^[A-Za-z0-9._-]+$/.test(value)) {
    throw new UserError(messages.badCommentKey(found.where, found.value));
  }
  return value;
}
__name(commentKeySetting, "commentKeySetting");
function lighthouseBudgets(found) {
  return parseLighthouseBudgets(found.value, found.where);
}
__name(lighthouseBudgets, "lighthouseBudgets");
var SETTINGS = {
  config: optional({
    input: Input.Config,
    kind: "path",
    parse: text,
    defaultText: "perf-gate.config.json (or .yml/.yaml) when present",
    help: "the config file, inside the working directory",
    flag: { value: "FILE" },
    inFile: false
  }),
  workingDirectory: withDefault({
    input: Input.WorkingDirectory,
    kind: "path",
    // Resolved by loadConfig: against the shell's folder or the workspace, which it must stay inside on a runner.
    parse: text,
    default: ".",
    help: "the project root: globs, commands and files are relative to it",
    flag: { value: "DIR" },
    inFile: false
  }),
  installCommand: optional({
    input: Input.InstallCommand,
    kind: "command",
    parse: text,
    defaultText: "detected from the lockfile",
    help: "installs dependencies when the base branch is rebuilt",
    flag: { value: "CMD" }
  }),
  buildCommand: optional({ input: Input.BuildCommand, kind: "command", parse: text, help: "builds the project before it is measured", flag: { value: "CMD" } }),
  startCommand: optional({ input: Input.StartCommand, kind: "command", parse: text, help: "starts the app server on $PORT, for --urls paths and --endpoints", flag: { value: "CMD" } }),
  readyPath: withDefault({ input: Input.ReadyPath, kind: "text", parse: readyPathSetting, default: "/", help: "polled until the started server answers", flag: { value: "PATH" } }),
  readyTimeout: withDefault({
    input: Input.ReadyTimeout,
    kind: "duration",
    parse: number(bounded(parseDuration, BOUNDS.readyTimeout)),
    default: "30s",
    help: "how long the started server may take to answer, 1s to 10m",
    flag: { value: "DURATION" }
  }),
  bundles: optional({
    input: Input.Bundles,
    kind: "list",
    parse: bundleSpecs,
    help: "built files to measure; a .size-limit.json or package.json size-limit is read too",
    flag: { value: "GLOB", repeatable: true }
  }),
  bundleBudget: withDefault({
    input: Input.BundleBudget,
    kind: "size",
    parse: number(bounded(parseSize, BOUNDS.bundleBudget)),
    default: "500KB",
    help: "budget per bundle after compression, 1B to 1GB",
    flag: { value: "SIZE" }
  }),
  compression: withDefault({
    input: Input.Compression,
    kind: "choice",
    choices: COMPRESSIONS,
    parse: choice(COMPRESSIONS),
    default: "gzip",
    help: "gzip, brotli or none: the size that budgets and regressions use",
    flag: { value: "KIND" }
  }),
  webpackStats: optional({
    input: Input.WebpackStats,
    kind: "path",
    parse: projectFile,
    help: "webpack's stats.json: the packages and modules in each bundle, what grew, and a treemap (in --output-dir)",
    flag: { value: "FILE" }
  }),
  composition: withDefault({
    input: Input.Composition,
    kind: "choice",
    choices: COMPOSITION_MODES,
    parse: choice(COMPOSITION_MODES),
    default: "auto",
    help: "what makes up each bundle: auto, source-maps, webpack-stats or none",
    flag: { value: "FROM" }
  }),
  stripHash: withDefault({
    input: Input.StripHash,
    kind: "text",
    parse: stripHashSetting,
    default: "auto",
    help: "content hashes off file names, so a file is compared with itself: auto, none, or a regular expression whose first group is the hash, such as '(\\.[0-9a-f]{8})\\.js$'",
    flag: { value: "RULE" }
  }),
  urls: optional({
    input: Input.Urls,
    kind: "list",
    parse: pageUrls,
    help: "a page for Lighthouse: an http(s) URL, or a path on the --start-command server",
    flag: { value: "URL", repeatable: true }
  }),
  lighthouseRuns: withDefault({
    input: Input.LighthouseRuns,
    kind: "count",
    parse: number(bounded(parsePositiveInteger, BOUNDS.lighthouseRuns)),
    default: "3",
    help: "Lighthouse runs per page, 1 to 25; the median of each metric is gated",
    flag: { value: "N" }
  }),
  lighthouseMaxRuns: withDefault({
    input: Input.LighthouseMaxRuns,
    kind: "count",
    parse: number(bounded(parsePositiveInteger, BOUNDS.lighthouseMaxRuns)),
    default: "9",
    help: "Lighthouse runs per page and side at most: past lighthouse-runs, more are taken while a budget or a change is undecided, 1 to 25",
    flag: { value: "N" }
  }),
  lighthouseBudgets: withDefault({
    input: Input.LighthouseBudgets,
    kind: "budgets",
    // A given value goes over the defaults and a lighthouserc, per metric (see loadConfig).
    parse: lighthouseBudgets,
    default: "lcp=2.5s, cls=0.1, tbt=200ms",
    help: "budgets per Lighthouse metric over the defaults, such as 'lcp=2.5s, cls=0.1, score=0.9'",
    flag: { value: "BUDGETS" }
  }),
  lighthouseFcpTimeout: withDefault({
    input: Input.LighthouseFcpTimeout,
    kind: "duration",
    parse: number(bounded(parseDuration, BOUNDS.lighthouseFcpTimeout)),
    default: "15s",
    help: "how long a Lighthouse run waits for a first paint, 1s to 2m",
    flag: { value: "DURATION" }
  }),
  lighthouseAssertions: optional({
    input: Input.LighthouseAssertions,
    kind: "path",
    // Read by readLighthouseAssertions, which finds the usual files when it is not given.
    parse: text,
    defaultText: "lighthouserc.json or budget.json in working-directory when present",
    help: "an LHCI lighthouserc or a Lighthouse budget.json whose metric budgets apply",
    flag: { value: "FILE" }
  }),
  endpoints: optional({
    input: Input.Endpoints,
    kind: "list",
    parse: endpointSpecs,
    help: "an endpoint for the load test: METHOD /path [json-body]",
    flag: { value: "'GET /path'", repeatable: true }
  }),
  p95Budget: withDefault({
    input: Input.P95Budget,
    kind: "duration",
    parse: number(bounded(parseDuration, BOUNDS.p95Budget)),
    default: "200ms",
    help: "p95 latency budget per endpoint, 1ms to 10s",
    flag: { value: "DURATION" }
  }),
  memoryBudget: withDefault({
    input: Input.MemoryBudget,
    kind: "size",
    parse: number(bounded(parseSize, BOUNDS.memoryBudget)),
    default: "200MB",
    help: "peak RSS budget of the server process tree under load, 1MB to 1TB",
    flag: { value: "SIZE" }
  }),
  loadDuration: withDefault({
    input: Input.LoadDuration,
    kind: "duration",
    parse: number(bounded(parseDuration, BOUNDS.loadDuration)),
    default: "10s",
    help: "length of one load-test round, 500ms to 10m",
    flag: { value: "DURATION" }
  }),
  connections: withDefault({
    input: Input.Connections,
    kind: "count",
    parse: number(bounded(parsePositiveInteger, BOUNDS.connections)),
    default: "10",
    help: "concurrent connections of the normal load, 1 to 1000; peak is 2.5 times this",
    flag: { value: "N" }
  }),
  latencyRounds: withDefault({
    input: Input.LatencyRounds,
    kind: "count",
    parse: number(bounded(parsePositiveInteger, BOUNDS.latencyRounds)),
    default: "6",
    help: "rounds per side when latency is compared with the rebuilt base, 1 to 50",
    flag: { value: "N" }
  }),
  latencyMaxRounds: withDefault({
    input: Input.LatencyMaxRounds,
    kind: "count",
    parse: number(bounded(parsePositiveInteger, BOUNDS.latencyMaxRounds)),
    default: "12",
    help: "rounds per side at most: past latency-rounds, more are taken while the p95 comparison is undecided, 1 to 50",
    flag: { value: "N" }
  }),
  samplingTimeout: withDefault({
    input: Input.SamplingTimeout,
    kind: "duration",
    parse: number(bounded(parseDuration, BOUNDS.samplingTimeout)),
    default: "3m",
    help: "the most time a run spends on Lighthouse runs and load rounds beyond the fewest, to decide what they left undecided; 0s keeps the counts fixed",
    flag: { value: "DURATION" }
  }),
  errorRateBudget: withDefault({
    input: Input.ErrorRateBudget,
    kind: "percentage",
    parse: number(bounded(parsePercentage, BOUNDS.errorRateBudget)),
    default: "1%",
    help: "share of requests per endpoint that may fail, 0% to 100%",
    flag: { value: "PERCENT" }
  }),
  stressSteps: withDefault({
    input: Input.StressSteps,
    kind: "count",
    parse: number(bounded(parseNonNegativeInteger, BOUNDS.stressSteps)),
    default: "4",
    help: "doublings of the load past peak in the stress test, 0 to 10; 0 turns it off",
    flag: { value: "N" }
  }),
  stressP99: withDefault({
    input: Input.StressP99,
    kind: "duration",
    parse: number(bounded(parseDuration, BOUNDS.stressP99)),
    default: "1s",
    help: "a stress step whose p99 passes this is past the breaking point, 1ms to 10s",
    flag: { value: "DURATION" }
  }),
  databaseUrl: optional({
    input: Input.DatabaseUrl,
    kind: "text",
    parse: postgresUrl,
    help: "the app's PostgreSQL (postgres://\u2026): the queries behind each endpoint from pg_stat_statements, with their plans; a secret, never shown",
    flag: { value: "URL" },
    // A connection string with a password does not belong in a committed file: a secret, or an input.
    inFile: false
  }),
  profile: withDefault({
    input: Input.Profile,
    kind: "choice",
    choices: PROFILE_MODES,
    parse: profileSetting,
    default: "none",
    help: "a Node server profiled in a round of its own under normal load: none, cpu (the hottest functions), heap (a possible leak) or cpu,heap",
    flag: { value: "WHAT" }
  }),
  soakDuration: optional({
    input: Input.SoakDuration,
    kind: "duration",
    parse: number(bounded(parseDuration, BOUNDS.soakDuration)),
    help: "one long steady round per endpoint after the others, for scheduled runs (with profile: heap, the leak check over it), 1s to 2h",
    flag: { value: "DURATION" }
  }),
  baseline: withDefault({
    input: Input.Baseline,
    kind: "choice",
    choices: BASELINE_MODES,
    parse: choice(BASELINE_MODES),
    default: "auto",
    help: "where the base numbers come from: auto, rebuild, stored or none",
    // The CLI takes a file here too (see runCli).
    flag: { value: "MODE|FILE", cliNote: "; or a report.json to compare with, short for --baseline-report" }
  }),
  baselineReport: optional({
    input: Input.BaselineReport,
    kind: "path",
    parse: reportFile,
    help: "report.json of a base-branch run to compare with",
    flag: { value: "FILE" }
  }),
  baseRef: optional({
    input: Input.BaseRef,
    kind: "text",
    parse: text,
    defaultText: "the pull request's base commit",
    help: "what to compare with: the rebuilt base is its merge base with the checkout",
    flag: { value: "REF" }
  }),
  regressionThreshold: withDefault({
    input: Input.RegressionThreshold,
    kind: "percentage",
    parse: number(bounded(parsePercentage, BOUNDS.regressionThreshold)),
    default: "10%",
    help: "growth that counts as a regression, 0% to 100%",
    flag: { value: "PERCENT" }
  }),
  failOn: withDefault({
    input: Input.FailOn,
    kind: "text",
    parse: failOnSetting,
    default: "budget",
    help: "what fails the check: budget, regression, budget,regression or none",
    flag: { value: "WHAT" }
  }),
  preExisting: withDefault({
    input: Input.PreExisting,
    kind: "choice",
    choices: PRE_EXISTING_MODES,
    parse: choice(PRE_EXISTING_MODES),
    default: "ratchet",
    help: "a budget the base already breaks: ratchet (blocks only when the head is worse than the base beyond the noise) or block",
    flag: { value: "MODE" }
  }),
  // Only meaningful inside a GitHub workflow: no flags.
  githubToken: optional({
    input: Input.GithubToken,
    kind: "text",
    parse: text,
    defaultText: "the workflow's GITHUB_TOKEN",
    actionDefault: "${{ github.token }}",
    help: "token for the comment, the check run and stored reports",
    inFile: false
  }),
  comment: withDefault({
    input: Input.Comment,
    kind: "choice",
    choices: COMMENT_MODES,
    parse: choice(COMMENT_MODES),
    default: "true",
    help: "post the pull request comment: true, false or on-failure"
  }),
  commentKey: withDefault({
    input: Input.CommentKey,
    kind: "text",
    parse: commentKeySetting,
    default: "default",
    help: "keeps the comments, check runs and report artifacts of several perf-gate jobs apart"
  }),
  mode: withDefault({
    input: Input.Mode,
    kind: "choice",
    choices: RUN_MODES,
    parse: choice(RUN_MODES),
    default: "full",
    help: "full; or the fork recipe's halves, measure and publish",
    inFile: false
  }),
  report: optional({
    input: Input.Report,
    kind: "path",
    parse: reportFile,
    defaultText: "the perf-gate-KEY artifact of the workflow run that triggered this one",
    help: "with mode publish, the report.json to publish",
    inFile: false
  }),
  shard: optional({
    input: Input.Shard,
    kind: "text",
    parse: shardSetting,
    help: "N/M: measure only shard N of M of the pages and endpoints (shard 1 also the bundles); a job with mode merge publishes the shards as one",
    flag: { value: "N/M" },
    // Each job of a matrix has its own; the config file is shared by all of them.
    inFile: false
  }),
  targetUrl: optional({
    input: Input.TargetUrl,
    kind: "text",
    parse: originSetting,
    help: "the origin of an app that is already running (a preview deployment, a stack an earlier step started): pages and endpoints resolve against it and no server is started",
    flag: { value: "URL" }
  }),
  alert: withDefault({
    input: Input.Alert,
    kind: "choice",
    choices: ALERT_MODES,
    parse: choice(ALERT_MODES),
    default: "none",
    help: "on a push to the base branch, compare with the parent commit rebuilt in the job, confirm a regression with more paired rounds, then: none, commit-comment or issue"
  }),
  alertMentions: optional({
    input: Input.AlertMentions,
    kind: "list",
    parse: mentionsSetting,
    help: "who an alert mentions: @login or @org/team, separated by commas"
  }),
  historySize: withDefault({
    input: Input.HistorySize,
    kind: "count",
    parse: number(bounded(parsePositiveInteger, BOUNDS.historySize)),
    default: "30",
    help: "the most earlier base-branch commits the trend keeps, 1 to 100 (give github-action-benchmark max-items-in-chart the same number)"
  }),
  acceptLabel: withDefault({
    input: Input.AcceptLabel,
    kind: "text",
    parse: text,
    default: "perf-gate: accept",
    help: "a pull request label that makes its regressions non-blocking, saying who added it; budgets still block"
  })
};
var SETTING_LIST = Object.values(SETTINGS);
var SETTINGS_NOT_IN_FILE = SETTING_LIST.filter((definition) => definition.inFile === false).map((definition) => definition.input);
function statedDefault(definition) {
  return definition.default ?? definition.defaultText;
}
__name(statedDefault, "statedDefault");
function endpointName(endpoint) {
  return `${endpoint.method} ${endpoint.path}`;
}
__name(endpointName, "endpointName");

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
    if (endpoint.paired && endpoint.paired.base.length > 0) comparison.p95Change = comparePaired(endpoint.paired.base, endpoint.paired.head, { threshold, floor: P95_FLOOR_MS });
    return comparison;
  });
}
__name(compareEndpoints, "compareEndpoints");
function validateLatencyChanges(endpoints, threshold, failOn) {
  return endpoints.flatMap((endpoint) => {
    const change = endpoint.p95Change;
    if (!change) return [];
    return [changeTarget("latency-regression", endpoint.name, void 0, change, threshold, failOn)];
  });
}
__name(validateLatencyChanges, "validateLatencyChanges");

export {
  Input,
  INPUT_NAMES,
  Output,
  peakConnections,
  highestConnections,
  FILES_BESIDES_CONNECTIONS,
  readOpenFileLimit,
  sourceLines,
  readConfigFile,
  readLighthouseAssertions,
  stripHash,
  AUTO_STRIP_HASH,
  BASELINE_MODES,
  SETTINGS,
  SETTING_LIST,
  SETTINGS_NOT_IN_FILE,
  statedDefault,
  endpointName,
  UNAVAILABLE_BECAUSE,
  unavailableWords,
  resourcesUnavailable,
  peakRssUnderLoad,
  validateLatency,
  DATABASE_METRIC,
  findLatencyBottlenecks,
  P95_FLOOR_MS,
  compareEndpoints,
  validateLatencyChanges
};
