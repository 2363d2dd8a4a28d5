import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  OutputTail,
  spawnGroup,
  stopGroup
} from "./chunk-2TMHQEFV.js";
import {
  BOUNDS,
  FILES_BESIDES_CONNECTIONS,
  highestConnections,
  readOpenFileLimit
} from "./chunk-ENRFYYL4.js";
import {
  compositionSourceOf,
  isRelativeUrl
} from "./chunk-VEVG5N4M.js";
import {
  bounded,
  globLeavesRoot,
  leavesRoot,
  parseDuration,
  parseNonNegativeInteger,
  parsePercentage,
  parsePositiveInteger,
  parseSize,
  readSizeLimitConfig,
  require_picomatch
} from "./chunk-4KLM3HLV.js";
import {
  code,
  compressionLabel,
  escapeText,
  formatErrorRate,
  formatLimit,
  formatMetric,
  formatMs,
  formatPercent,
  formatRate,
  formatSignedPercent,
  formatSignedSize,
  formatSize,
  metricLabel,
  plural
} from "./chunk-TEUB3Z2T.js";
import {
  METRIC_NAMES,
  METRIC_TABLE,
  SAVINGS_METRICS,
  budgetOperator,
  categoryOf,
  higherIsBetter
} from "./chunk-JFHUFG3Z.js";
import {
  APP_PACKAGE,
  bundleSize,
  sizeFor
} from "./chunk-RMT35EB4.js";
import {
  UserError,
  messages
} from "./chunk-YACRMILR.js";
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
  LighthouseBudgets: "lighthouse-budgets",
  LighthouseFcpTimeout: "lighthouse-fcp-timeout",
  LighthouseAssertions: "lighthouse-assertions",
  Endpoints: "endpoints",
  P95Budget: "p95-budget",
  MemoryBudget: "memory-budget",
  LoadDuration: "load-duration",
  Connections: "connections",
  LatencyRounds: "latency-rounds",
  ErrorRateBudget: "error-rate-budget",
  StressSteps: "stress-steps",
  StressP99: "stress-p99",
  Baseline: "baseline",
  BaselineReport: "baseline-report",
  BaseRef: "base-ref",
  RegressionThreshold: "regression-threshold",
  FailOn: "fail-on",
  Comment: "comment",
  CommentKey: "comment-key",
  WebpackStats: "webpack-stats",
  Composition: "composition",
  StripHash: "strip-hash",
  Mode: "mode",
  Report: "report"
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
  CheckRunUrl: "check-run-url"
};
var DEFAULT_CONFIG_FILES = ["perf-gate.config.json", "perf-gate.config.yml", "perf-gate.config.yaml"];

// src/baseline/report.ts
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
var validator;
function reportValidator() {
  validator ??= Promise.all([import("./validator-GUFF362P.js"), import("./report.schema-6CLVRC7W.js")]).then(
    ([{ compileSchema }, schema]) => compileSchema(schema.default)
  );
  return validator;
}
__name(reportValidator, "reportValidator");
async function loadBaselineReport(file, displayName) {
  if (!existsSync(file)) throw new UserError(messages.baselineReportMissing(displayName));
  const report = await parseReport(await readFile(file, "utf8"), displayName);
  const info = { source: "report", path: displayName, createdAt: report.createdAt };
  if (report.commit) info.commit = report.commit;
  return { measurements: report.measurements, info };
}
__name(loadBaselineReport, "loadBaselineReport");
async function parseReport(text2, displayName, input = Input.BaselineReport) {
  let parsed;
  try {
    parsed = JSON.parse(text2);
  } catch (error) {
    throw new UserError(messages.reportInvalid(input, displayName, `is not valid JSON (${error.message})`));
  }
  const version = parsed?.schemaVersion;
  if (version !== void 0 && version !== 1) {
    throw new UserError(messages.reportInvalid(input, displayName, `has schemaVersion ${String(version)}, which this perf-gate cannot read`));
  }
  const validate = await reportValidator();
  if (!validate(parsed)) {
    const error = validate.errors?.[0];
    throw new UserError(messages.reportInvalid(input, displayName, `is not a perf-gate report (${error?.instancePath || "top level"} ${error?.message ?? ""})`));
  }
  return parsed;
}
__name(parseReport, "parseReport");

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

// src/config/lighthouseBudgets.ts
import { existsSync as existsSync3 } from "node:fs";
import { readFile as readFile3 } from "node:fs/promises";
import path2 from "node:path";

// src/config/file.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
import { existsSync as existsSync2 } from "node:fs";
import { readFile as readFile2 } from "node:fs/promises";
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
  schemaCheck ??= Promise.all([import("./validator-GUFF362P.js"), import("./config.schema-42ZNU6MN.js")]).then(([{ compileSchema }, { default: schema }]) => ({
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
    const found = DEFAULT_CONFIG_FILES.map((name) => path.join(workingDirectory, name)).find((file) => existsSync2(file));
    if (!found) return void 0;
    absolutePath = found;
  }
  const displayName = path.relative(workingDirectory, absolutePath) || absolutePath;
  const escape = leavesRoot(workingDirectory, absolutePath);
  if (escape) throw new UserError(messages.pathOutside(requested?.where ?? Input.Config, requested?.value ?? displayName, workingDirectory, escape.symlinkTo));
  if (requested && !existsSync2(absolutePath)) throw new UserError(messages.configMissing(requested.value));
  const text2 = await readFile2(absolutePath, "utf8");
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
  const file = explicit ? path2.resolve(workingDirectory, explicit.value) : ASSERTION_FILES.map((name) => path2.join(workingDirectory, name)).find((candidate) => existsSync3(candidate));
  if (!file) return { budgets: {} };
  const displayName = path2.relative(workingDirectory, file) || file;
  const escape = leavesRoot(workingDirectory, file);
  if (escape) throw new UserError(messages.pathOutside(explicit?.where ?? Input.LighthouseAssertions, explicit?.value ?? displayName, workingDirectory, escape.symlinkTo));
  if (!existsSync3(file)) throw new UserError(messages.lighthouseAssertionsMissing(displayName));
  let parsed;
  try {
    const text2 = await readFile3(file, "utf8");
    parsed = /\.ya?ml$/i.test(file) ? (await loadYaml()).parse(text2) : JSON.parse(text2);
  } catch (error) {
    throw new UserError(messages.lighthouseAssertionsUnparsable(displayName, error.message));
  }
  const where = `lighthouse-assertions (${displayName})`;
  const budgets = Array.isArray(parsed) ? fromBudgetJson(parsed, where) : fromLighthouserc(parsed, where);
  return { budgets, file: displayName };
}
__name(readLighthouseAssertions, "readLighthouseAssertions");
function fromLighthouserc(rc, where) {
  const assertions = rc?.ci?.assert?.assertions ?? {};
  const budgets = {};
  for (const [id, assertion] of Object.entries(assertions)) {
    const name = AUDIT_IDS[id];
    if (!name || !Array.isArray(assertion)) continue;
    const [level, options] = assertion;
    if (level === "off") continue;
    const limit = options?.[budgetOperator(name).lhciOption];
    if (limit !== void 0) budgets[name] = parseBudgetValue(name, limit, `${where} ${id}`);
  }
  return budgets;
}
__name(fromLighthouserc, "fromLighthouserc");
function fromBudgetJson(entries, where) {
  const budgets = {};
  for (const entry of entries) {
    for (const timing2 of entry?.timings ?? []) {
      const name = timing2.metric ? AUDIT_IDS[timing2.metric] : void 0;
      if (name && categoryOf(name) === void 0 && typeof timing2.budget === "number") budgets[name] = parseBudgetValue(name, timing2.budget, `${where} ${timing2.metric}`);
    }
  }
  return budgets;
}
__name(fromBudgetJson, "fromBudgetJson");

// src/config/settings.ts
var BASELINE_MODES = ["auto", "rebuild", "stored", "none"];
var COMMENT_MODES = ["true", "false", "on-failure"];
var RUN_MODES = ["full", "measure", "publish"];
var COMPOSITION_MODES = ["auto", "source-maps", "webpack-stats", "none"];
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
  })
};
var SETTING_LIST = Object.values(SETTINGS);
var SETTINGS_NOT_IN_FILE = SETTING_LIST.filter((definition) => definition.inFile === false).map((definition) => definition.input);
function statedDefault(definition) {
  return definition.default ?? definition.defaultText;
}
__name(statedDefault, "statedDefault");

// src/config/config.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { existsSync as existsSync4, statSync } from "node:fs";
import { readFile as readFile4 } from "node:fs/promises";
import os from "node:os";
import path4 from "node:path";
var DEFAULT_ORIGIN = Object.freeze({ kind: "default" });
function runnerFolders() {
  const { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: temp } = process.env;
  return { ...workspace ? { workspace } : {}, ...temp ? { temp } : {} };
}
__name(runnerFolders, "runnerFolders");
async function loadConfig(overrides, options) {
  const given = /* @__PURE__ */ __name((input) => {
    const value = overrides[input]?.trim();
    return value ? value : void 0;
  }, "given");
  const runner = runnerFolders();
  const workingDirectoryGiven = given(Input.WorkingDirectory);
  const workingDirectory = path4.resolve(options.cwd, workingDirectoryGiven ?? SETTINGS.workingDirectory.parsedDefault);
  const outsideWorkspace = workingDirectoryGiven !== void 0 && runner.workspace !== void 0 ? leavesRoot(options.cwd, workingDirectory) : void 0;
  if (workingDirectoryGiven !== void 0 && outsideWorkspace) {
    throw new UserError(messages.workingDirectoryOutside(options.overrideName(Input.WorkingDirectory), workingDirectoryGiven, options.cwd, outsideWorkspace.symlinkTo));
  }
  if (!existsSync4(workingDirectory) || !statSync(workingDirectory).isDirectory()) {
    throw new UserError(messages.workingDirectoryMissing(workingDirectoryGiven ?? workingDirectory));
  }
  const configGiven = given(Input.Config);
  const file = await readConfigFile(workingDirectory, configGiven === void 0 ? void 0 : { value: configGiven, where: options.overrideName(Input.Config) });
  const fileSettings = file?.settings ?? {};
  const branch = options.branch ?? given(Input.BaseRef);
  const policies = branch ? matchingPolicies(fileSettings["policies"], branch) : [];
  const setting = /* @__PURE__ */ __name((input) => {
    const override = given(input);
    if (override !== void 0) {
      const name = options.overrideName(input);
      return { value: override, where: name, at: /* @__PURE__ */ __name((part) => `${name}${part}`, "at"), origin: { kind: "input", name: input }, keyPath: [] };
    }
    if (!file || SETTINGS_NOT_IN_FILE.includes(input)) return void 0;
    const policy = policies.findLast((candidate) => candidate.settings[input] !== void 0);
    if (policy) {
      const inPolicy = /* @__PURE__ */ __name((part) => `${input}${part} (in ${file.displayName}, policy ${JSON.stringify(policy.branches)})`, "inPolicy");
      const keyPath2 = ["policies", policy.index, input];
      const origin = { kind: "policy", file: file.absolutePath, line: file.lines.keyLine(keyPath2), branches: policy.branches, index: policy.index };
      return { value: policy.settings[input], where: inPolicy(""), at: inPolicy, origin, keyPath: keyPath2 };
    }
    if (fileSettings[input] === void 0) return void 0;
    const inFile = /* @__PURE__ */ __name((part) => `${input}${part} (in ${file.displayName})`, "inFile");
    return { value: fileSettings[input], where: inFile(""), at: inFile, origin: { kind: "file", file: file.absolutePath, line: file.lines.keyLine([input]) }, keyPath: [input] };
  }, "setting");
  const partOrigin = /* @__PURE__ */ __name((found, line) => found.origin.kind === "file" || found.origin.kind === "policy" ? { ...found.origin, line } : found.origin, "partOrigin");
  const partLine = /* @__PURE__ */ __name((found, part) => file?.lines.keyLine([...found.keyPath, ...part]), "partLine");
  const valueOf = /* @__PURE__ */ __name((definition) => {
    const found = setting(definition.input);
    return found ? definition.parse(found) : definition.parsedDefault;
  }, "valueOf");
  const bundleBudget = valueOf(SETTINGS.bundleBudget);
  const compression = valueOf(SETTINGS.compression);
  const context = { workingDirectory, reportFolders: [...runner.temp === void 0 ? [] : [runner.temp], os.tmpdir()], bundleBudget, compression };
  const optionalValueOf = /* @__PURE__ */ __name((definition) => {
    const found = setting(definition.input);
    return found && definition.parse(found, context);
  }, "optionalValueOf");
  const bundlesSetting = setting(Input.Bundles);
  const bundles = bundlesSetting ? SETTINGS.bundles.parse(bundlesSetting, context) : [];
  const sizeLimit = await readSizeLimitConfig(workingDirectory);
  const groupNames = [...bundles.flatMap((spec) => spec.kind === "group" ? [spec.name] : []), ...(sizeLimit?.checks ?? []).map((check) => check.name)];
  const duplicate = groupNames.find((name, index) => groupNames.indexOf(name) !== index);
  if (duplicate !== void 0) throw new UserError(messages.duplicateBundleName(duplicate));
  const urls = optionalValueOf(SETTINGS.urls) ?? [];
  const assertionsSetting = urls.length > 0 ? setting(Input.LighthouseAssertions) : void 0;
  const assertions = urls.length > 0 ? await readLighthouseAssertions(workingDirectory, assertionsSetting && { value: SETTINGS.lighthouseAssertions.parse(assertionsSetting, context), where: assertionsSetting.where }) : { budgets: {} };
  const budgetsSetting = setting(Input.LighthouseBudgets);
  const explicitBudgets = budgetsSetting ? SETTINGS.lighthouseBudgets.parse(budgetsSetting) : {};
  const endpointsSetting = setting(Input.Endpoints);
  const config = {
    workingDirectory,
    readyPath: valueOf(SETTINGS.readyPath),
    readyTimeout: valueOf(SETTINGS.readyTimeout),
    bundles,
    ...sizeLimit ? { sizeLimit } : {},
    bundleBudget,
    compression,
    urls,
    lighthouseRuns: valueOf(SETTINGS.lighthouseRuns),
    lighthouseFcpTimeout: valueOf(SETTINGS.lighthouseFcpTimeout),
    lighthouseBudgets: { ...SETTINGS.lighthouseBudgets.parsedDefault, ...assertions.budgets, ...explicitBudgets },
    endpoints: endpointsSetting ? SETTINGS.endpoints.parse(endpointsSetting, context) : [],
    p95Budget: valueOf(SETTINGS.p95Budget),
    memoryBudget: valueOf(SETTINGS.memoryBudget),
    loadDuration: valueOf(SETTINGS.loadDuration),
    connections: valueOf(SETTINGS.connections),
    latencyRounds: valueOf(SETTINGS.latencyRounds),
    errorRateBudget: valueOf(SETTINGS.errorRateBudget),
    stressSteps: valueOf(SETTINGS.stressSteps),
    stressP99: valueOf(SETTINGS.stressP99),
    baseline: valueOf(SETTINGS.baseline),
    regressionThreshold: valueOf(SETTINGS.regressionThreshold),
    failOn: valueOf(SETTINGS.failOn),
    comment: valueOf(SETTINGS.comment),
    commentKey: valueOf(SETTINGS.commentKey),
    mode: valueOf(SETTINGS.mode),
    composition: valueOf(SETTINGS.composition),
    stripHash: valueOf(SETTINGS.stripHash),
    origins: { settings: {}, bundleLimits: {}, endpointP95Budgets: {}, lighthouseBudgets: {} }
  };
  const optional2 = {
    configFile: file?.absolutePath,
    policies: policies.length > 0 ? policies.map((policy) => policy.branches) : void 0,
    githubToken: optionalValueOf(SETTINGS.githubToken),
    installCommand: optionalValueOf(SETTINGS.installCommand),
    buildCommand: optionalValueOf(SETTINGS.buildCommand),
    startCommand: optionalValueOf(SETTINGS.startCommand),
    baselineReport: optionalValueOf(SETTINGS.baselineReport),
    baseRef: optionalValueOf(SETTINGS.baseRef),
    lighthouseAssertions: assertions.file,
    webpackStats: optionalValueOf(SETTINGS.webpackStats),
    report: optionalValueOf(SETTINGS.report)
  };
  for (const [key, value] of Object.entries(optional2)) if (value !== void 0) Object.assign(config, { [key]: value });
  if (config.endpoints.length > 0) {
    const limit = options.openFileLimit ?? readOpenFileLimit();
    const highest = highestConnections(config.connections, config.stressSteps);
    if (limit !== void 0 && highest + FILES_BESIDES_CONNECTIONS > limit) {
      const found = setting(Input.Connections);
      throw new UserError(messages.tooManyConnections(found?.where ?? Input.Connections, found?.value ?? config.connections, highest, config.stressSteps, limit));
    }
  }
  const { origins } = config;
  for (const definition of SETTING_LIST) origins.settings[definition.input] = setting(definition.input)?.origin ?? DEFAULT_ORIGIN;
  if (bundlesSetting) {
    const groups = bundles.filter((spec) => spec.kind === "group");
    itemsOf(bundlesSetting.value).forEach((item, index) => {
      if (typeof item !== "object" || item === null) return;
      const group = groups.shift();
      if (group && item.limit !== void 0) origins.bundleLimits[group.name] = partOrigin(bundlesSetting, partLine(bundlesSetting, [index, "limit"]));
    });
  }
  Object.assign(origins.bundleLimits, await sizeLimitOrigins(workingDirectory, sizeLimit));
  if (endpointsSetting) {
    const withOwnBudget = config.endpoints.filter((endpoint) => endpoint.p95Budget !== void 0);
    itemsOf(endpointsSetting.value).forEach((item, index) => {
      if (typeof item !== "object" || item === null || item["p95-budget"] === void 0) return;
      const endpoint = withOwnBudget.shift();
      if (endpoint) origins.endpointP95Budgets[`${endpoint.method} ${endpoint.path}`] ??= partOrigin(endpointsSetting, partLine(endpointsSetting, [index, "p95-budget"]));
    });
  }
  const fromAssertions = await assertionOrigins(workingDirectory, assertions);
  for (const metric of Object.keys(config.lighthouseBudgets)) {
    if (budgetsSetting && explicitBudgets[metric] !== void 0) {
      const line = typeof budgetsSetting.value === "string" ? file?.lines.lineInString(budgetsSetting.keyPath, new RegExp(`(?<![\\w-])${metric}\\s*=`, "i")) : partLine(budgetsSetting, [metric]);
      origins.lighthouseBudgets[metric] = partOrigin(budgetsSetting, line);
    } else {
      origins.lighthouseBudgets[metric] = fromAssertions[metric] ?? DEFAULT_ORIGIN;
    }
  }
  return config;
}
__name(loadConfig, "loadConfig");
function itemsOf(value) {
  return Array.isArray(value) ? value : [value];
}
__name(itemsOf, "itemsOf");
async function sizeLimitOrigins(workingDirectory, setup) {
  if (!setup?.checks) return {};
  const inPackageJson = setup.file.startsWith("package.json");
  const file = path4.join(workingDirectory, inPackageJson ? "package.json" : setup.file);
  const lines2 = await sourceLines(await readFile4(file, "utf8"));
  const origins = {};
  setup.checks.forEach((check, index) => {
    if (check.limit !== void 0) origins[check.name] ??= { kind: "file", file, line: lines2.keyLine([...inPackageJson ? ["size-limit"] : [], index, "limit"]) };
  });
  return origins;
}
__name(sizeLimitOrigins, "sizeLimitOrigins");
async function assertionOrigins(workingDirectory, assertions) {
  if (assertions.file === void 0) return {};
  const file = path4.resolve(workingDirectory, assertions.file);
  const text2 = await readFile4(file, "utf8");
  const parsed = /\.ya?ml$/i.test(file) ? (await loadYaml()).parse(text2) : JSON.parse(text2);
  const lines2 = await sourceLines(text2);
  const origins = {};
  for (const metric of Object.keys(assertions.budgets)) {
    const keyPath2 = assertionKeyPath(parsed, metric);
    origins[metric] = { kind: "file", file, line: keyPath2 && lines2.keyLine(keyPath2) };
  }
  return origins;
}
__name(assertionOrigins, "assertionOrigins");
function assertionKeyPath(parsed, metric) {
  if (Array.isArray(parsed)) {
    const budgets = parsed.flatMap(
      (entry, index) => (Array.isArray(entry?.timings) ? entry.timings : []).flatMap(
        (timing2, position) => timing2?.metric !== void 0 && AUDIT_IDS[timing2.metric] === metric && typeof timing2.budget === "number" ? [[index, "timings", position, "budget"]] : []
      )
    );
    return budgets.at(-1);
  }
  const assertions = parsed?.ci?.assert?.assertions ?? {};
  const limitKey = metric === "score" ? "minScore" : "maxNumericValue";
  const id = Object.keys(assertions).findLast((candidate) => {
    const assertion = assertions[candidate];
    return AUDIT_IDS[candidate] === metric && Array.isArray(assertion) && assertion[0] !== "off" && assertion[1]?.[limitKey] !== void 0;
  });
  return id === void 0 ? void 0 : ["ci", "assert", "assertions", id, 1, limitKey];
}
__name(assertionKeyPath, "assertionKeyPath");
function matchingPolicies(value, branch) {
  if (!Array.isArray(value)) return [];
  const name = branch.replace(/^refs\/heads\//, "");
  return value.flatMap((entry, index) => {
    const globs = [].concat(entry["branches"]).map(String);
    return (0, import_picomatch.default)(globs)(name) ? [{ branches: globs.join(", "), index, settings: entry }] : [];
  });
}
__name(matchingPolicies, "matchingPolicies");

// package.json
var package_default = {
  name: "perf-gate",
  version: "0.1.0",
  description: "Measure bundle size, render performance and API latency on every pull request, compare with the base branch, and gate on budgets.",
  license: "MIT",
  type: "module",
  engines: {
    node: ">=24"
  },
  bin: {
    "perf-gate": "dist/cli.js"
  },
  files: [
    "action.yml",
    "dist",
    "schema"
  ],
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    test: "tsc --noEmit && npm run lint && NODE_OPTIONS=--experimental-vm-modules jest",
    demo: "node examples/run-demo.mjs",
    bench: "node bench/run.mjs",
    lint: "eslint . && prettier --check .",
    format: "prettier --write ."
  },
  devDependencies: {
    "@actions/artifact": "^6.2.1",
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@eslint/js": "^9.39.5",
    "@jest/globals": "^30.5.2",
    "@jridgewell/trace-mapping": "^0.3.31",
    "@lhci/cli": "^0.15.1",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@size-limit/esbuild": "14.1.0",
    "@size-limit/file": "14.1.0",
    "@size-limit/preset-small-lib": "14.1.0",
    "@size-limit/time": "14.1.0",
    "@size-limit/webpack": "14.1.0",
    "@types/autocannon": "^7.12.7",
    "@types/jest": "^30.0.0",
    "@types/ms": "^2.1.0",
    "@types/node": "^24.19.2",
    "@types/picomatch": "^4.0.3",
    ajv: "^8.20.0",
    autocannon: "^9.0.0",
    "bytes-iec": "^3.1.1",
    "chrome-launcher": "^1.2.1",
    "create-vite": "^9.3.0",
    esbuild: "^0.28.2",
    eslint: "^9.39.5",
    "eslint-config-prettier": "^10.1.8",
    "eslint-import-resolver-typescript": "^4.4.5",
    "eslint-plugin-import-x": "^4.18.1",
    "fastest-levenshtein": "^1.0.16",
    fflate: "^0.8.3",
    globals: "^17.14.0",
    "hdr-histogram-js": "^3.0.1",
    jest: "^30.5.2",
    lighthouse: "^13.5.0",
    "lodash-es": "^4.18.1",
    moment: "^2.31.0",
    ms: "^2.1.3",
    nanoid: "^5.1.16",
    nanostores: "^1.5.5",
    node: "^24.21.0",
    "p-limit": "^7.3.3",
    picomatch: "^4.0.7",
    prettier: "^3.10.1",
    "pure-rand": "^7.0.1",
    react: "^19.3.1",
    "react-dom": "^19.3.1",
    "size-limit": "14.1.0",
    tinyglobby: "^0.2.17",
    "ts-jest": "^29.4.15",
    typescript: "^6.0.3",
    "typescript-eslint": "^8.74.0",
    vite: "8.3.8",
    webpack: "^5.112.2",
    "webpack-bundle-analyzer": "^5.4.0",
    yaml: "^2.9.1"
  },
  allowScripts: {
    node: true,
    esbuild: true
  }
};

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
  if (target.inconclusive) return "inconclusive";
  if (target.passed) return "pass";
  return REGRESSION_KINDS.includes(target.kind) ? "regression" : "fail";
}
__name(targetState, "targetState");
function decide(targets) {
  const failed = targets.filter((target) => ["fail", "regression"].includes(targetState(target)));
  const blockingFailures = failed.filter((target) => target.blocking).sort((a, b) => b.actual / (b.target || 1) - a.actual / (a.target || 1));
  return {
    passed: blockingFailures.length === 0,
    budgetFailures: failed.filter((target) => !REGRESSION_KINDS.includes(target.kind)).length,
    regressions: failed.filter((target) => REGRESSION_KINDS.includes(target.kind)).length,
    inconclusive: targets.filter((target) => targetState(target) === "inconclusive").length,
    blockingFailures
  };
}
__name(decide, "decide");

// src/report/targets.ts
var plain = /* @__PURE__ */ __name((text2) => text2, "plain");
function describeTarget(target, options = {}) {
  const name = options.name ?? plain;
  const words = kindWords(target, name, options.compression ?? "gzip");
  const state = targetState(target);
  const settlesIt = settlingWords(target, words.shortfall);
  return { state, subject: name(target.subject), ...words, settlesIt, stateWords: stateWords(state, target.blocking, words.shortfall, settlesIt) };
}
__name(describeTarget, "describeTarget");
function kindWords(target, name, compression) {
  const { subject, actual, target: limit } = target;
  const who = name(subject);
  const overThis = /* @__PURE__ */ __name((format, limitFormat = format) => `${format(actual - limit)} over this ${limitFormat(limit)} budget`, "overThis");
  switch (target.kind) {
    case "bundle-budget":
      return {
        goal: `${who} \u2264 ${formatLimit(limit)} ${compressionLabel(compression)}`,
        limit: formatLimit(limit),
        actual: formatSize(actual),
        shortfall: `over by ${formatSize(actual - limit)}`,
        failure: `${who} is ${formatSize(actual)}, ${formatSize(actual - limit)} over its ${formatLimit(limit)} budget`,
        budgetNote: { title: "Bundle over budget", message: `${subject} is ${formatSize(actual)}, ${overThis(formatSize, formatLimit)}` }
      };
    case "bundle-regression":
      return {
        goal: `${who} grows \u2264 ${formatPercent(limit)}`,
        limit: formatPercent(limit),
        actual: formatSignedPercent(actual),
        shortfall: "regression",
        failure: `${who} grew ${formatSignedPercent(actual)}, more than the ${formatPercent(limit)} regression threshold`
      };
    case "size-limit-time":
      return {
        goal: `${who} loads and runs in \u2264 ${formatMs(limit)} (size-limit)`,
        limit: formatMs(limit),
        actual: formatMs(actual),
        shortfall: `over by ${formatMs(actual - limit)}`,
        failure: `${who} takes ${formatMs(actual)} to load and run (size-limit), over its ${formatMs(limit)} limit`
      };
    case "latency-p95":
      return {
        goal: `${who} p95 < ${formatMs(limit)}`,
        limit: formatMs(limit),
        actual: formatMs(actual),
        shortfall: `over by ${formatMs(actual - limit)}`,
        failure: `${who} has a p95 of ${formatMs(actual)} at normal load, over its ${formatMs(limit)} budget`,
        budgetNote: {
          title: "p95 latency over budget",
          message: (
            // Under the budget yet failed: no request succeeded, so there is no latency to speak of.
            actual > limit ? `${subject} has a p95 of ${formatMs(actual)} at normal load, ${overThis(formatMs)}` : `${subject} answered no request successfully at normal load; this ${formatMs(limit)} p95 budget cannot be met`
          )
        }
      };
    case "error-rate":
      return {
        goal: `${who} errors \u2264 ${formatPercent(limit)}`,
        limit: formatPercent(limit),
        actual: formatErrorRate(actual),
        shortfall: "too many errors",
        failure: `${who} failed ${formatErrorRate(actual)} of requests under load, over the ${formatPercent(limit)} error-rate budget`,
        budgetNote: { title: "Error rate over budget", message: `${subject} failed ${formatErrorRate(actual)} of requests under load, over this ${formatPercent(limit)} budget` }
      };
    case "memory":
      return {
        goal: `server memory < ${formatLimit(limit)}`,
        limit: formatLimit(limit),
        actual: formatSize(actual),
        shortfall: `over by ${formatSize(actual - limit)}`,
        failure: `the server peaked at ${formatSize(actual)} RSS under load, over the ${formatLimit(limit)} memory budget`,
        budgetNote: { title: "Memory over budget", message: `The server peaked at ${formatSize(actual)} RSS under load, ${overThis(formatSize, formatLimit)}` }
      };
    case "lighthouse-metric": {
      const label = metricLabel(target.metric);
      const format = /* @__PURE__ */ __name((value) => formatMetric(target.metric, value), "format");
      const higher = higherIsBetter(target.metric);
      return {
        goal: `${who} ${label} ${higher ? "\u2265" : "\u2264"} ${format(limit)}`,
        limit: format(limit),
        actual: format(actual),
        shortfall: higher ? "under budget" : "over budget",
        failure: `${who} has a median ${label} of ${format(actual)}, ${higher ? "under" : "over"} its ${format(limit)} budget`,
        budgetNote: {
          title: `${capitalized(label)} ${higher ? "under" : "over"} budget`,
          message: higher ? `${subject} has a median ${label} of ${format(actual)}, under this minimum of ${format(limit)}` : `${subject} has a median ${label} of ${format(actual)}, ${overThis(format)}`
        }
      };
    }
    case "lighthouse-error":
      return {
        goal: `${who} measurable by Lighthouse`,
        limit: "",
        actual: "\u2014",
        shortfall: `no successful run: ${name(target.detail ?? "")}`,
        failure: `${who} could not be measured by Lighthouse (${target.detail ?? "every run failed"})`
      };
    case "latency-regression":
      return {
        goal: `${who} p95 grows \u2264 ${formatPercent(limit)}`,
        limit: formatPercent(limit),
        actual: formatSignedPercent(actual),
        shortfall: "regression",
        failure: `${who} p95 grew ${formatSignedPercent(actual)} against the base, more than the ${formatPercent(limit)} regression threshold`
      };
    case "render-regression": {
      const label = metricLabel(target.metric);
      const higher = higherIsBetter(target.metric);
      return {
        goal: `${who} ${label} ${higher ? "falls" : "grows"} \u2264 ${formatPercent(limit)}`,
        limit: formatPercent(limit),
        actual: formatSignedPercent(actual),
        shortfall: "regression",
        failure: `${who} ${label} ${higher ? "fell" : "grew"} ${formatSignedPercent(higher ? -actual : actual)} against the base, more than the ${formatPercent(limit)} regression threshold`
      };
    }
  }
}
__name(kindWords, "kindWords");
function settlingWords(target, shortfall) {
  switch (target.kind) {
    case "latency-p95":
      return `${shortfall}, but the load generator was CPU-bound; run on a bigger machine or with fewer connections to settle it`;
    case "latency-regression":
      return "the interval of the p95 change reaches past the threshold; more latency-rounds settle it";
    case "render-regression":
      return "the interval of the change reaches past the threshold; more lighthouse-runs settle it";
    default:
      return "the measurement cannot tell; measure again to settle it";
  }
}
__name(settlingWords, "settlingWords");
function stateWords(state, blocking, shortfall, settlesIt) {
  switch (state) {
    case "pass":
      return "\u2705 pass";
    case "inconclusive":
      return `\u26AA inconclusive: ${settlesIt}`;
    case "fail":
    case "regression":
      return blocking ? `\u274C ${shortfall}` : `\u26A0\uFE0F ${shortfall}, not blocking`;
  }
}
__name(stateWords, "stateWords");
function capitalized(text2) {
  return text2.charAt(0).toUpperCase() + text2.slice(1);
}
__name(capitalized, "capitalized");

// src/report/verdict.ts
function verdictCounts(count, word) {
  return count > 0 ? `; ${count} ${word}` : "";
}
__name(verdictCounts, "verdictCounts");
function failOnWords(report) {
  const { failOn } = report.settings;
  const words = [failOn.budget ? "budget" : "", failOn.regression ? "regression" : ""].filter(Boolean);
  return words.length > 0 ? words.join(",") : "none";
}
__name(failOnWords, "failOnWords");
function verdictSentence(report, name = plain) {
  const { verdict } = report;
  const first = verdict.blockingFailures[0];
  if (first) {
    const more = verdict.blockingFailures.length - 1;
    return `perf-gate failed: ${describeTarget(first, { name }).failure}${more > 0 ? ` (and ${more} more)` : ""}${verdictCounts(verdict.inconclusive, "inconclusive")}`;
  }
  const parts = [];
  const bundles = report.comparison.bundles.filter((bundle) => bundle.status !== "removed").length;
  if (bundles > 0) parts.push(`${plural(bundles, "bundle")} within budget`);
  const pages = report.measurements.lighthouse?.pages.length ?? 0;
  if (pages > 0) parts.push(`${plural(pages, "page")} within render budgets`);
  const endpoints = report.measurements.latency?.endpoints.length ?? 0;
  if (endpoints > 0) parts.push(`${plural(endpoints, "endpoint")} measured under load`);
  if (verdict.budgetFailures > 0) parts.push(`${verdict.budgetFailures} over budget, not blocking (fail-on: ${failOnWords(report)})`);
  if (verdict.regressions > 0) {
    parts.push(`${verdict.regressions} grew more than ${formatPercent(report.settings.regressionThreshold)}, not blocking (fail-on: ${failOnWords(report)})`);
  }
  if (verdict.inconclusive > 0) {
    const undecided = report.validation.filter((target) => target.inconclusive);
    const reasons = [
      undecided.some((target) => target.kind === "latency-p95") ? "the load generator was CPU-bound" : "",
      undecided.some((target) => target.kind !== "latency-p95") ? "a change too uncertain to judge; more rounds settle it" : ""
    ].filter(Boolean);
    parts.push(`${verdict.inconclusive} inconclusive (${reasons.join("; ")})`);
  }
  if (report.baseline.source === "none") parts.push("no baseline, budgets only");
  return `perf-gate passed: ${parts.join("; ")}`;
}
__name(verdictSentence, "verdictSentence");
function verdictLine(report, name) {
  const { verdict } = report;
  const icon = verdict.passed ? verdict.regressions + verdict.budgetFailures + verdict.inconclusive > 0 ? "\u26A0\uFE0F" : "\u2705" : "\u274C";
  return `${icon} **${verdictSentence(report, name)}**`;
}
__name(verdictLine, "verdictLine");

// src/report/fit.ts
var ROW_STEPS = [Infinity, 50, 25, 10, 3];
function limitRows(rows, layout, noun) {
  if (rows.length <= layout.rows) return [...rows];
  return [...rows.slice(0, layout.rows), "", `\u2026and ${(rows.length - layout.rows).toLocaleString("en-US")} more ${noun} in the full report.`];
}
__name(limitRows, "limitRows");
function fitRows(render, maxLength, cutNote) {
  let text2 = "";
  for (const rows of ROW_STEPS) {
    text2 = render({ rows });
    if (text2.length <= maxLength) return text2;
  }
  return cutAtLine(text2, maxLength, cutNote);
}
__name(fitRows, "fitRows");
var MAX_OPEN_DETAILS = 4;
var FENCE_CLOSER = "\n```";
var DETAILS_CLOSER = "\n</details>";
function cutAtLine(text2, maxLength, note) {
  if (text2.length <= maxLength) return text2;
  const detailsToClose = Math.min((text2.match(/<details>/g) ?? []).length, MAX_OPEN_DETAILS);
  const room = Math.max(0, maxLength - note.length - FENCE_CLOSER.length - DETAILS_CLOSER.length * detailsToClose);
  const lineEnd = text2.lastIndexOf("\n", room);
  const kept = text2.slice(0, lineEnd > 0 ? lineEnd : room);
  const insideCodeBlock = (kept.match(/^```/gm) ?? []).length % 2 === 1;
  const open = (kept.match(/<details>/g) ?? []).length - (kept.match(/<\/details>/g) ?? []).length;
  return `${kept}${insideCodeBlock ? FENCE_CLOSER : ""}${DETAILS_CLOSER.repeat(Math.max(0, Math.min(open, MAX_OPEN_DETAILS)))}${note}`;
}
__name(cutAtLine, "cutAtLine");

// src/report/links.ts
function safeLink(url) {
  return url && /^https:\/\/[^\s()<>[\]`]+$/.test(url) ? url : void 0;
}
__name(safeLink, "safeLink");
function whereTheFullReportIs(report) {
  const artifact = safeLink(report.links?.artifact);
  return artifact ? `The full report is in the job summary and in the [report artifact](${artifact}) (report.md, report.json).` : "The full report is in the job summary and in report.md and report.json (the report-path and markdown-path outputs).";
}
__name(whereTheFullReportIs, "whereTheFullReportIs");

// src/report/phases/baseline.ts
function baselinePhase(report, layout) {
  const parts = [bundleBaseline(report, layout), compositionBaseline(report, layout), lighthouseBaseline(report, layout), latencyBaseline(report, layout)].filter(Boolean);
  if (parts.length === 0) return "";
  return ["### Baseline", baselineIntro(report.baseline), ...parts].join("\n\n");
}
__name(baselinePhase, "baselinePhase");
function sharedCompression(bundles) {
  const kinds = new Set(bundles.map((bundle) => bundle.compression));
  return kinds.size === 1 ? bundles[0]?.compression : void 0;
}
__name(sharedCompression, "sharedCompression");
function baselineIntro(baseline) {
  switch (baseline.source) {
    case "none":
      return `No baseline: ${escapeText(baseline.reason)} Only the absolute budgets were checked.`;
    case "rebuild":
      return `Compared with ${code(baseline.commit.sha?.slice(0, 7) ?? "")}, the merge base with ${code(baseline.ref)}, rebuilt and measured in this job.`;
    case "stored": {
      const which = baseline.commitsBeforeMergeBase === 0 ? `the merge base with ${code(baseline.ref)}` : `${plural(baseline.commitsBeforeMergeBase, "commit")} before the merge base with ${code(baseline.ref)} (the nearest with a report)`;
      const run = baseline.runId === void 0 ? "" : ` of run ${baseline.runId}`;
      return `Compared with the stored report${run} for ${code(baseline.commit.sha?.slice(0, 7) ?? "")}, ${which}.`;
    }
    case "report":
      return `Compared with the report${baseline.commit?.sha ? ` of ${code(baseline.commit.sha.slice(0, 7))}` : ""} (${code(baseline.path)}).`;
  }
}
__name(baselineIntro, "baselineIntro");
function bundleBaseline(report, layout) {
  const bundles = report.comparison.bundles;
  if (bundles.length === 0) return "";
  const shared = sharedCompression(bundles);
  const withUnit = /* @__PURE__ */ __name((size, bundle) => shared ? formatSize(size) : `${formatSize(size)} ${compressionLabel(bundle.compression)}`, "withUnit");
  const lines2 = [`#### Bundle sizes${shared ? ` (${compressionLabel(shared)})` : ""}`, ""];
  if (report.baseline.source === "none") {
    const rows = [...bundles].sort((a, b) => b.size / (b.limit || 1) - a.size / (a.limit || 1)).map((bundle) => {
      const head = bundle.head ?? { raw: 0, gzip: 0, brotli: 0 };
      const cell = /* @__PURE__ */ __name((size) => size === void 0 ? "\u2014" : formatSize(size), "cell");
      return `| ${bundleLabel(bundle)} | ${cell(head.raw)} | ${cell(head.gzip)} | ${cell(head.brotli)} | ${formatLimit(bundle.limit)} ${compressionLabel(bundle.compression)} |`;
    });
    lines2.push("| Bundle | Raw | Gzip | Brotli | Budget |", "|:--|--:|--:|--:|--:|", ...limitRows(rows, layout, "bundles"));
    return lines2.join("\n");
  }
  const header = ["| Bundle | Base | Head | Change | Budget |", "|:--|--:|--:|--:|--:|"];
  const row = /* @__PURE__ */ __name((bundle) => {
    const base = bundle.baseSize === void 0 ? "\u2014" : withUnit(bundle.baseSize, bundle);
    const head = bundle.status === "removed" ? "\u2014" : withUnit(bundle.size, bundle);
    return `| ${bundleLabel(bundle)} | ${base} | ${head} | ${changeCell(bundle)} | ${formatLimit(bundle.limit)} |`;
  }, "row");
  const moved = bundles.filter((bundle) => bundle.status !== "unchanged").sort((a, b) => Math.abs(b.delta ?? b.size) - Math.abs(a.delta ?? a.size));
  const unchanged = bundles.filter((bundle) => bundle.status === "unchanged");
  if (moved.length > 0) lines2.push(...header, ...limitRows(moved.map(row), layout, "changed bundles"));
  else lines2.push("No bundle changed.");
  if (unchanged.length > 0) {
    lines2.push(
      "",
      `<details><summary>${unchanged.length} unchanged ${unchanged.length === 1 ? "bundle" : "bundles"}</summary>`,
      "",
      ...header,
      ...limitRows(unchanged.map(row), layout, "unchanged bundles"),
      "",
      "</details>"
    );
  }
  const notes = pairingNotes(bundles);
  if (notes.length > 0) lines2.push("", ...limitRows(notes, layout, "notes on pairing"));
  return lines2.join("\n");
}
__name(bundleBaseline, "bundleBaseline");
function bundleLabel(bundle) {
  const { file, baseFile } = bundle;
  if (bundle.pairing && file && baseFile && file !== baseFile) return `${code(bundle.name)} (${code(baseFile)} \u2192 ${code(file)})`;
  const shown = file ?? baseFile;
  return shown ? `${code(bundle.name)} (${code(shown)})` : code(bundle.name);
}
__name(bundleLabel, "bundleLabel");
function pairingNotes(bundles) {
  const byName = /* @__PURE__ */ new Map();
  for (const bundle of bundles) if (bundle.pairing) byName.set(bundle.name, [...byName.get(bundle.name) ?? [], bundle]);
  const files = /* @__PURE__ */ __name((count) => `${plural(count, "file")}`, "files");
  return [...byName].map(([name, group]) => {
    const heads = group.filter((bundle) => bundle.status !== "removed").length;
    const bases = group.filter((bundle) => bundle.base !== void 0).length;
    const how = [group.some((bundle) => bundle.pairing === "same-sizes") ? "identical sizes" : "", group.some((bundle) => bundle.pairing === "size-order") ? "size, largest with largest" : ""].filter(Boolean).join(", then by ");
    const unpaired = group.filter((bundle) => bundle.pairing === "unpaired").length;
    return `${files(heads)} on the head and ${files(bases)} on the base strip to ${code(name)}: paired by ${how}${unpaired > 0 ? `; ${unpaired} left unpaired` : ""}.`;
  });
}
__name(pairingNotes, "pairingNotes");
var COMPOSITION_ROWS = 8;
function compositionBaseline(report, layout) {
  const composition = report.measurements.composition;
  if (!composition) return "";
  const origin = composition.source === "source-maps" ? "source maps" : "webpack stats";
  const sizes = composition.sizeKind === "parsed" ? "minified sizes" : "sizes before minification (the bundles were not found)";
  const lines2 = [`#### Bundle composition (${origin}, ${sizes})`, ""];
  const changes = report.comparison.composition;
  if (changes.length > 0) {
    const rows = changes.map((change) => {
      const what = change.kind === "package" ? `package ${code(change.name)}` : `module ${code(change.name)}`;
      const size = /* @__PURE__ */ __name((value) => value === void 0 ? "\u2014" : formatSize(value), "size");
      const delta = change.status === "added" ? "new" : change.status === "removed" ? "removed" : `${formatSignedSize(change.delta)}${change.base ? ` (${formatSignedPercent(change.delta / change.base)})` : ""}`;
      return `| ${code(change.asset)} | ${what} | ${size(change.base)} | ${size(change.head)} | ${delta} |`;
    });
    lines2.push("What changed inside the bundles, largest change first:", "", "| Bundle | Package or module | Base | Head | Change |", "|:--|:--|--:|--:|--:|", ...limitRows(rows, layout, "changes"));
  } else {
    const rows = composition.assets.map((asset) => {
      const top = asset.packages.slice(0, 3).map((entry) => `${code(entry.name)} ${formatSize(entry.size)}`).join(", ");
      return `| ${code(asset.asset)} | ${formatSize(asset.size)} | ${asset.moduleCount} | ${top} |`;
    });
    lines2.push("| Bundle | Size | Modules | Largest packages |", "|:--|--:|--:|:--|", ...limitRows(rows, layout, "bundles"));
    if (report.baseline.source !== "none") lines2.push("", `The base has no ${origin} to compare with.`);
  }
  lines2.push("", "<details><summary>What each bundle is made of</summary>");
  for (const asset of composition.assets.slice(0, layout.rows)) {
    const entries = /* @__PURE__ */ __name((list) => list.slice(0, COMPOSITION_ROWS).map((entry) => `${code(entry.name)} ${formatSize(entry.size)}`).join(", "), "entries");
    const more = asset.packages.length > COMPOSITION_ROWS ? ` and ${asset.packages.length - COMPOSITION_ROWS} more` : "";
    lines2.push("", `${code(asset.asset)} (${formatSize(asset.size)}, ${plural(asset.moduleCount, "module")}): packages ${entries(asset.packages)}${more}; largest modules ${entries(asset.modules)}.`);
  }
  lines2.push("", "</details>");
  return lines2.join("\n");
}
__name(compositionBaseline, "compositionBaseline");
function judgedNote(change) {
  if (!change) return "";
  return `Changes judged over ${change.pairs} rounds taken in turn on the base and the head: the median difference, and the range it lies in with ${Math.round(change.confidence * 1e3) / 10}% confidence (more rounds narrow it).`;
}
__name(judgedNote, "judgedNote");
function changeWithInterval(change, unit) {
  const relative = /* @__PURE__ */ __name((value) => change.baseMean === 0 ? unit(value) : formatSignedPercent(value / change.baseMean), "relative");
  const marks = { regression: " \u{1F53A}", improvement: " \u{1F53D}", inconclusive: " \u26AA", unchanged: "" };
  return `${relative(change.difference)} (${relative(change.interval[0])}\u2026${relative(change.interval[1])})${marks[change.verdict]}`;
}
__name(changeWithInterval, "changeWithInterval");
function lighthouseBaseline(report, layout) {
  const lighthouse = report.measurements.lighthouse;
  if (!lighthouse || lighthouse.pages.length === 0) return "";
  const baseByName = new Map(report.comparison.pages.map((page) => [page.name, page.base]));
  const withBase = report.comparison.pages.some((page) => page.base);
  const lines2 = [`#### Render performance (Lighthouse, median of ${plural(lighthouse.runsPerPage, "run")})`, ""];
  lines2.push(`| Page | Score | FCP | ${withBase ? "LCP (base \u2192 head)" : "LCP"} | TBT | CLS | Speed Index | LCP spread |`, "|:--|--:|--:|--:|--:|--:|--:|--:|");
  const rows = lighthouse.pages.map((page) => {
    const median = page.median;
    if (!median) return `| ${code(page.name)} | \u2014 | \u2014 | \u2014 | \u2014 | \u2014 | \u2014 | failed: ${code(page.error ?? "every run failed")} |`;
    const cell = /* @__PURE__ */ __name((metric) => median[metric] === void 0 ? "\u2014" : formatMetric(metric, median[metric]), "cell");
    const baseLcp = baseByName.get(page.name)?.lcp;
    const judgedLcp = report.comparison.pages.find((compared) => compared.name === page.name)?.changes?.lcp;
    const lcp = baseLcp === void 0 ? cell("lcp") : `${formatMetric("lcp", baseLcp)} \u2192 ${cell("lcp")}${judgedLcp ? ` (${changeWithInterval(judgedLcp, formatMs)})` : ""}`;
    const range = page.spread?.lcp;
    const spread = range ? `${formatMs(range.min)}\u2013${formatMs(range.max)}` : "\u2014";
    return `| ${code(page.name)} | ${cell("score")} | ${cell("fcp")} | ${lcp} | ${cell("tbt")} | ${cell("cls")} | ${cell("si")} | ${spread} |`;
  });
  lines2.push(...limitRows(rows, layout, "pages"));
  return lines2.join("\n");
}
__name(lighthouseBaseline, "lighthouseBaseline");
function latencyBaseline(report, layout) {
  const latency = report.measurements.latency;
  if (!latency || latency.endpoints.length === 0) return "";
  const connections = latency.endpoints[0]?.normal.connections ?? 0;
  const lines2 = [`#### API latency (normal load, ${plural(connections, "connection")})`, ""];
  const withBase = report.comparison.endpoints.some((endpoint) => endpoint.base);
  const judged = report.comparison.endpoints.some((endpoint) => endpoint.p95Change);
  lines2.push(
    withBase ? `| Endpoint | p50 | p95 (base \u2192 head) | p99 | Throughput | Errors |${judged ? " p95 change (interval) |" : ""}` : "| Endpoint | p50 | p95 | p99 | Throughput | Errors |",
    `|:--|--:|--:|--:|--:|--:|${judged ? "--:|" : ""}`
  );
  const rows = report.comparison.endpoints.map((endpoint) => {
    const { head, base } = endpoint;
    const p95 = base ? `${formatMs(base.p95)} \u2192 ${formatMs(head.p95)}` : formatMs(head.p95);
    const change = judged ? ` ${endpoint.p95Change ? changeWithInterval(endpoint.p95Change, formatMs) : "\u2014"} |` : "";
    return `| ${code(endpoint.name)} | ${formatMs(head.p50)} | ${p95} | ${formatMs(head.p99)} | ${formatRate(head.throughput)} | ${formatErrorRate(head.errorRate)} |${change}`;
  });
  lines2.push(...limitRows(rows, layout, "endpoints"));
  if (judged) lines2.push("", judgedNote(report.comparison.endpoints.find((endpoint) => endpoint.p95Change)?.p95Change));
  else if (withBase) lines2.push("", "Latency from one run on each side: a change is shown, not judged.");
  const rounds = latency.endpoints.flatMap((endpoint) => [endpoint.normal, endpoint.peak]);
  const peakRss = Math.max(0, ...rounds.map((round) => round.server?.peakRss ?? 0));
  const cpu = Math.max(0, ...rounds.map((round) => round.server?.meanCpu ?? 0));
  lines2.push(
    "",
    latency.resourcesMeasured ? `Server: ready in ${formatMs(latency.startupMs)}; peak RSS ${formatSize(peakRss)} under load; up to ${cpu.toFixed(2)} CPU cores.` : `Server: ready in ${formatMs(latency.startupMs)}; memory and CPU are not measured on this platform (no /proc).`
  );
  return lines2.join("\n");
}
__name(latencyBaseline, "latencyBaseline");
function changeCell(bundle) {
  switch (bundle.status) {
    case "added":
      return "new";
    case "removed":
      return "removed";
    case "unchanged":
      return "0 B";
    default: {
      const percent = bundle.change === void 0 ? "" : ` (${formatSignedPercent(bundle.change)})`;
      const mark = bundle.regression ? " \u{1F53A}" : "";
      return `${formatSignedSize(bundle.delta ?? 0)}${percent}${mark}`;
    }
  }
}
__name(changeCell, "changeCell");

// src/report/phases/bottlenecks.ts
var TOP_BOTTLENECKS = 10;
function bottlenecksPhase(report) {
  if (report.bottlenecks.length === 0) return "";
  const lines2 = ["### Bottlenecks", "", "| | Where | What | Estimated impact |", "|--:|:--|:--|--:|"];
  report.bottlenecks.slice(0, TOP_BOTTLENECKS).forEach((item, index) => lines2.push(`| ${index + 1} | ${code(item.subject)} | ${bottleneckWhat(item)} | ${bottleneckImpact(item)} |`));
  if (report.bottlenecks.length > TOP_BOTTLENECKS) lines2.push("", `\u2026and ${report.bottlenecks.length - TOP_BOTTLENECKS} more in report.json.`);
  lines2.push("", `Ranked by estimated impact on a user: Lighthouse's estimated savings, an endpoint's p95, and bytes as download time on Lighthouse's mobile link (1.6 Mbps).`);
  return lines2.join("\n");
}
__name(bottlenecksPhase, "bottlenecksPhase");
function bottleneckWhat(item) {
  switch (item.kind) {
    case "lighthouse-opportunity": {
      const bytes = item.savingsBytes > 0 ? `, ${formatSize(item.savingsBytes)} less to load` : "";
      return `Lighthouse: ${escapeText(item.title)}${bytes}${movesText(item.moves)}`;
    }
    case "slow-endpoint": {
      const split = Object.entries(item.serverTiming).sort(([, a], [, b]) => b - a).map(([metric, ms]) => `${code(metric)} ${formatMs(ms)}`);
      const db = item.dbShare === void 0 ? "" : `; database ${formatPercent(item.dbShare)} of the response time`;
      return `endpoint under load: p95 ${formatMs(item.p95)} at ${formatRate(item.throughput)}${split.length > 0 ? `; Server-Timing means ${split.join(", ")}` : ""}${db}`;
    }
    case "bundle-growth": {
      const share = item.share === void 0 ? "" : ` (${formatSignedPercent(item.share)})`;
      return `grew ${formatSignedSize(item.bytes)}${share} ${compressionLabel(item.compression)}`;
    }
    case "largest-file":
      return `large file: ${formatSize(item.bytes)} ${compressionLabel(item.compression)}${item.share === void 0 ? "" : `, ${formatPercent(item.share)} of all bundles`}`;
    case "largest-package":
      return `large package in ${code(item.asset)}: ${formatSize(item.bytes)}${item.gzip ? ` (${formatSize(item.gzip)} gzip)` : ""}${item.share === void 0 ? "" : `, ${formatPercent(item.share)} of it`}`;
    case "package-growth":
      return `package grew in ${code(item.asset)}: ${formatSignedSize(item.bytes)}${item.share === void 0 ? "" : ` (${formatSignedPercent(item.share)})`}`;
    case "largest-module":
      return `large module of the project in ${code(item.asset)}: ${formatSize(item.bytes)}${item.gzip ? ` (${formatSize(item.gzip)} gzip)` : ""}${item.share === void 0 ? "" : `, ${formatPercent(item.share)} of it`}`;
  }
}
__name(bottleneckWhat, "bottleneckWhat");
function bottleneckImpact(item) {
  switch (item.kind) {
    case "lighthouse-opportunity": {
      if (item.impactMs > 0) return `\u2248 ${formatMs(item.impactMs)} faster load`;
      const cls = item.metricSavings?.CLS ?? 0;
      return cls > 0 ? `CLS \u2212${formatMetric("cls", cls)}` : "no estimate";
    }
    case "slow-endpoint":
      return `${formatMs(item.impactMs)} per request`;
    default:
      return `\u2248 ${formatMs(item.impactMs)} to download`;
  }
}
__name(bottleneckImpact, "bottleneckImpact");
function movesText(moves) {
  return moves && moves.length > 0 ? `; moves ${moves.join(", ")}` : "";
}
__name(movesText, "movesText");

// src/report/phases/loadTesting.ts
function loadTestingPhase(report, layout) {
  const endpoints = report.measurements.latency?.endpoints ?? [];
  if (endpoints.length === 0) return "";
  const summary = endpoints.map((endpoint) => {
    const point = endpoint.stress?.breakingPoint;
    const breaking = !endpoint.stress ? "not stress-tested" : point && point.reason !== "not-reached" ? `${plural(point.connections, "connection")}, ${formatRate(point.throughput)}` : `none within ${plural(endpoint.stress.steps.length, "step")}`;
    return `| ${code(endpoint.name)} | ${formatMs(endpoint.normal.latency.p95)} | ${formatMs(endpoint.peak.latency.p95)} at ${endpoint.peak.connections} | ${breaking} |`;
  });
  const lines2 = ["### Load testing", "", "| Endpoint | p95 normal | p95 peak (connections) | Breaking point |", "|:--|--:|--:|:--|", ...limitRows(summary, layout, "endpoints")];
  lines2.push("", "<details><summary>Every scenario: normal, peak, stress</summary>");
  for (const endpoint of endpoints.slice(0, layout.rows)) {
    lines2.push("", `${code(endpoint.name)}:`, "", "| Scenario | Connections | p50 | p95 | p99 | Throughput | Errors | Server RSS | Server CPU |", "|:--|--:|--:|--:|--:|--:|--:|--:|--:|");
    lines2.push(scenarioRow("normal", endpoint.normal), scenarioRow("peak", endpoint.peak));
    for (const [index, step] of (endpoint.stress?.steps ?? []).entries()) lines2.push(scenarioRow(`stress ${index + 1}`, step));
    if (endpoint.stress) lines2.push("", breakingPoint(endpoint));
  }
  if (endpoints.length > layout.rows) lines2.push("", `\u2026and the rounds of ${endpoints.length - layout.rows} more endpoints in the full report.`);
  lines2.push("", "</details>");
  const rounds = endpoints.flatMap((endpoint) => [endpoint.normal, endpoint.peak, ...endpoint.stress?.steps ?? []]);
  if (rounds.some((round) => round.saturated)) lines2.push("", "\u26AA the load generator was CPU-bound in a round: its latencies include the generator\u2019s own waiting.");
  return lines2.join("\n");
}
__name(loadTestingPhase, "loadTestingPhase");
function scenarioRow(label, round) {
  const rss = round.server ? formatSize(round.server.peakRss) : "\u2014";
  const cpu = round.server ? `${round.server.meanCpu.toFixed(2)} cores` : "\u2014";
  const saturated = round.saturated ? " \u26AA" : "";
  return `| ${label}${saturated} | ${round.connections} | ${formatMs(round.latency.p50)} | ${formatMs(round.latency.p95)} | ${formatMs(round.latency.p99)} | ${formatRate(round.throughput)} | ${formatErrorRate(round.errorRate)} | ${rss} | ${cpu} |`;
}
__name(scenarioRow, "scenarioRow");
function breakingPoint(endpoint) {
  const point = endpoint.stress?.breakingPoint;
  if (!point) return "";
  const at = `${point.connections} connections, ${formatRate(point.throughput)}, p99 ${formatMs(point.p99)}`;
  switch (point.reason) {
    case "error-rate":
      return `Breaking point: ${at}; one step more and errors passed the error-rate budget.`;
    case "latency":
      return `Breaking point: ${at}; one step more and p99 passed the stress bound.`;
    case "throughput-plateau":
      return `Breaking point: ${at}; more connections added no throughput, only waiting.`;
    default:
      return `No breaking point within ${endpoint.stress?.steps.length ?? 0} stress steps: the server sustained ${at}.`;
  }
}
__name(breakingPoint, "breakingPoint");

// src/report/phases/monitoring.ts
import path5 from "node:path";
function monitoringPhase(report, layout) {
  const pages = (report.measurements.lighthouse?.pages ?? []).filter((page) => page.htmlReport);
  const series = report.trend ?? [];
  const artifact = safeLink(report.links?.artifact);
  const checkRun = safeLink(report.links?.checkRun);
  if (pages.length === 0 && series.length === 0 && !artifact && !checkRun && !report.measurements.composition?.treemap) return "";
  const lines2 = ["### Monitoring"];
  if (series.length > 0) {
    const commits = Math.max(...series.map((line) => line.points.length - 1));
    lines2.push("", `Trend over the ${commits} most recent base-branch ${commits === 1 ? "commit" : "commits"} with a stored report, and this run:`);
    for (const line of series) lines2.push("", ...trendChart(line));
  }
  const treemap = report.measurements.composition?.treemap;
  if (artifact) {
    const extras = [pages.length > 0 ? "the Lighthouse HTML reports" : "", treemap ? `the bundle treemap (${code(path5.basename(treemap))}, webpack-bundle-analyzer)` : ""].filter(Boolean);
    lines2.push(
      "",
      `Files: the [report artifact](${artifact}) holds report.json, report.md, benchmark.json (github-action-benchmark's customSmallerIsBetter)${extras.length > 0 ? ` and ${extras.join(" and ")}` : ""}.`
    );
  } else if (treemap) {
    lines2.push("", `Bundle treemap (webpack-bundle-analyzer): ${code(treemap)}`);
  }
  if (checkRun) lines2.push("", `The [check run](${checkRun}) on the head commit carries this report, with the failed budgets annotated on the lines that set them.`);
  if (pages.length > 0) {
    lines2.push("", "Lighthouse reports of the representative runs:", "");
    const links = pages.map((page) => `- ${code(page.name)}: ${artifact ? `${code(path5.basename(page.htmlReport ?? ""))} in the artifact` : code(page.htmlReport ?? "")}`);
    lines2.push(...limitRows(links, layout, "pages"));
  }
  return lines2.join("\n");
}
__name(monitoringPhase, "monitoringPhase");
function trendChart(series) {
  const inKb = series.metric.unit === "bytes";
  const value = /* @__PURE__ */ __name((raw) => inKb ? Math.round(raw / 100) / 10 : Math.round(raw), "value");
  const unit = inKb ? "kB" : "ms";
  const title = `${series.metric.label}, ${unit}`.replace(/[^\w ,./:()-]/g, " ").slice(0, 80);
  return [
    "```mermaid",
    "xychart-beta",
    `  title "${title}"`,
    `  x-axis [${series.points.map((point) => `"${point.label.replace(/[^\w ]/g, "")}"`).join(", ")}]`,
    `  y-axis "${unit}"`,
    `  line [${series.points.map((point) => value(point.value)).join(", ")}]`,
    "```"
  ];
}
__name(trendChart, "trendChart");

// src/report/phases/plan.ts
function planPhase(report) {
  if (report.plan.length === 0) return "";
  const lines2 = ["### Plan", "", "What fixes a failing target first, then the most expected gain for the effort:", ""];
  report.plan.forEach((item, index) => {
    const ms = item.expectedMs ? `${item.expectedIs === "upper-bound" ? "up to" : "\u2248"} ${formatMs(item.expectedMs)} faster` : "";
    const gain = [ms, item.expectedBytes ? `\u2212${formatSize(item.expectedBytes)}` : ""].filter(Boolean).join(", ");
    const fixes = item.fixesFailure ? " (fixes a failing target)" : "";
    lines2.push(`${index + 1}. ${code(item.subject)}: ${escapeText(item.action)}${gain ? ` \u2014 expected ${gain}` : ""}${movesText(item.moves)}; effort ${item.effort}${fixes}`);
  });
  return lines2.join("\n");
}
__name(planPhase, "planPhase");

// src/report/phases/validation.ts
function validationPhase(report, layout) {
  if (report.validation.length === 0) return "";
  const compressionOf = new Map(report.comparison.bundles.flatMap((bundle) => [[bundle.name, bundle.compression], ...bundle.file ? [[bundle.file, bundle.compression]] : []]));
  const described = report.validation.map((target) => ({ target, words: describeTarget(target, { name: code, compression: compressionOf.get(target.subject) }) }));
  const row = /* @__PURE__ */ __name(({ words }) => `| ${words.goal} | ${words.actual} | ${words.stateWords} |`, "row");
  const header = ["| Target | Measured | Result |", "|:--|--:|:--|"];
  const blockingFailure = /* @__PURE__ */ __name(({ target, words }) => target.blocking && words.state !== "inconclusive", "blockingFailure");
  const failed = described.filter(({ words }) => words.state !== "pass").sort((a, b) => Number(blockingFailure(b)) - Number(blockingFailure(a)));
  const passed = described.filter(({ words }) => words.state === "pass");
  const lines2 = ["### Validation", ""];
  if (failed.length > 0) lines2.push(...header, ...limitRows(failed.map(row), layout, "failed targets"), "");
  const total = report.validation.length;
  const passedTitle = `${passed.length} of ${plural(total, "target passes", "targets pass")}${verdictCounts(report.verdict.inconclusive, "inconclusive")}`;
  if (passed.length > 0) lines2.push(`<details><summary>${passedTitle}</summary>`, "", ...header, ...limitRows(passed.map(row), layout, "passing targets"), "", "</details>", "");
  else lines2.push(`${passedTitle}.`, "");
  lines2.push(`Blocking: ${failOnWords(report)} (fail-on).`);
  return lines2.join("\n");
}
__name(validationPhase, "validationPhase");

// src/report/limits.ts
var COMMENT_MAX_LENGTH = 65e3;
var CHECK_SUMMARY_LIMIT = 65535;
var CHECK_SUMMARY_MAX_LENGTH = COMMENT_MAX_LENGTH;
var CHECK_TITLE_MAX_LENGTH = 250;
var ANNOTATIONS_PER_REQUEST = 50;
var GITHUB_JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024;
var JOB_SUMMARY_MAX_LENGTH = 9e5;

// src/report/markdown.ts
var PHASES = [baselinePhase, bottlenecksPhase, planPhase, validationPhase, loadTestingPhase, monitoringPhase];
function renderMarkdown(report, options = {}) {
  const render = /* @__PURE__ */ __name((layout) => renderWith(report, layout), "render");
  return fitRows(render, options.maxLength ?? Infinity, `

> The report was cut here to fit. ${whereTheFullReportIs(report)}
`);
}
__name(renderMarkdown, "renderMarkdown");
function renderWith(report, layout) {
  const sections = [
    verdictLine(report, code),
    layout.rows === Infinity ? "" : `> This report is long: each table shows its first ${layout.rows} rows. ${whereTheFullReportIs(report)}`,
    ...PHASES.map((phase) => phase(report, layout)),
    notesSection(report, layout)
  ];
  return `${sections.filter(Boolean).join("\n\n")}
`;
}
__name(renderWith, "renderWith");
function notesSection(report, layout) {
  return limitRows(report.notes, layout, "notes").filter(Boolean).map((note) => `> ${escapeText(note)}`).join("\n>\n");
}
__name(notesSection, "notesSection");

// src/engine.ts
import path7 from "node:path";

// src/analyze/compare.ts
function compareBundles(head, base, regressionThreshold, rule) {
  const nameOf = /* @__PURE__ */ __name((bundle) => isFile(bundle) ? stripHash(bundle.name, rule) : bundle.name, "nameOf");
  const partners = pairBundles(head, base ?? [], nameOf);
  const compared = head.map((bundle) => {
    const size = bundleSize(bundle);
    const name = nameOf(bundle);
    const partner = partners.ofHead.get(bundle);
    const common = {
      name,
      ...bundle.name === name ? {} : { file: bundle.name },
      ...partner?.other && partner.other.name !== name ? { baseFile: partner.other.name } : {},
      ...partner?.pairing ? { pairing: partner.pairing } : {},
      compression: bundle.compression,
      limit: bundle.limit,
      head: pick(bundle),
      size,
      overBudget: size > bundle.limit
    };
    if (!base) return { ...common, status: "no-baseline", regression: false };
    const before = partner?.other;
    if (!before) return { ...common, status: "added", regression: false };
    const baseSize = sizeFor(before, bundle.compression);
    if (baseSize === void 0) return { ...common, status: "added", regression: false };
    const delta = size - baseSize;
    const change = baseSize > 0 ? delta / baseSize : void 0;
    return {
      ...common,
      base: pick(before),
      baseSize,
      delta,
      ...change === void 0 ? {} : { change },
      status: delta === 0 && before.raw === bundle.raw ? "unchanged" : "changed",
      regression: change !== void 0 && change > regressionThreshold
    };
  });
  const removed = (base ?? []).filter((bundle) => partners.ofBase.get(bundle)?.other === void 0).map((bundle) => {
    const baseSize = bundleSize(bundle);
    const name = nameOf(bundle);
    const pairing = partners.ofBase.get(bundle)?.pairing;
    return {
      name,
      ...bundle.name === name ? {} : { baseFile: bundle.name },
      ...pairing ? { pairing } : {},
      status: "removed",
      compression: bundle.compression,
      limit: bundle.limit,
      base: pick(bundle),
      size: 0,
      baseSize,
      delta: -baseSize,
      ...baseSize > 0 ? { change: -1 } : {},
      regression: false,
      overBudget: false
    };
  });
  return [...compared, ...removed];
}
__name(compareBundles, "compareBundles");
function isFile(bundle) {
  return bundle.files.length === 1 && bundle.files[0]?.path === bundle.name;
}
__name(isFile, "isFile");
function pairBundles(head, base, nameOf) {
  const keyOf = /* @__PURE__ */ __name((bundle) => `${isFile(bundle) ? "file" : "group"}:${nameOf(bundle)}`, "keyOf");
  const baseByKey = groupBy(base, keyOf);
  const ofHead = /* @__PURE__ */ new Map();
  const ofBase = /* @__PURE__ */ new Map();
  const pair = /* @__PURE__ */ __name((headBundle, baseBundle, pairing) => {
    ofHead.set(headBundle, { other: baseBundle, ...pairing ? { pairing } : {} });
    ofBase.set(baseBundle, { other: headBundle, ...pairing ? { pairing } : {} });
  }, "pair");
  for (const [key, heads] of groupBy(head, keyOf)) {
    const bases = baseByKey.get(key) ?? [];
    const [onlyHead] = heads;
    const [onlyBase] = bases;
    if (heads.length === 1 && bases.length === 1 && onlyHead && onlyBase) {
      pair(onlyHead, onlyBase);
      continue;
    }
    if (bases.length === 0) continue;
    const headsLeft = bySize(heads);
    const basesLeft = bySize(bases);
    for (const bundle of [...headsLeft]) {
      const same = basesLeft.find((candidate) => sameSizes(candidate, bundle));
      if (!same) continue;
      pair(bundle, same, "same-sizes");
      headsLeft.splice(headsLeft.indexOf(bundle), 1);
      basesLeft.splice(basesLeft.indexOf(same), 1);
    }
    headsLeft.forEach((bundle, index) => {
      const other = basesLeft[index];
      if (other) pair(bundle, other, "size-order");
      else ofHead.set(bundle, { pairing: "unpaired" });
    });
    for (const bundle of basesLeft.slice(headsLeft.length)) ofBase.set(bundle, { pairing: "unpaired" });
  }
  return { ofHead, ofBase };
}
__name(pairBundles, "pairBundles");
function groupBy(bundles, keyOf) {
  const groups = /* @__PURE__ */ new Map();
  for (const bundle of bundles) groups.set(keyOf(bundle), [...groups.get(keyOf(bundle)) ?? [], bundle]);
  return groups;
}
__name(groupBy, "groupBy");
function bySize(bundles) {
  return [...bundles].sort((a, b) => bundleSize(b) - bundleSize(a) || a.name.localeCompare(b.name));
}
__name(bySize, "bySize");
function sameSizes(a, b) {
  return a.raw === b.raw && a.gzip === b.gzip && a.brotli === b.brotli;
}
__name(sameSizes, "sameSizes");
function pick(sizes) {
  return Object.fromEntries(["raw", "gzip", "brotli"].flatMap((kind) => sizes[kind] === void 0 ? [] : [[kind, sizes[kind]]]));
}
__name(pick, "pick");

// src/analyze/composition.ts
function compareComposition(head, base, rule = AUTO_STRIP_HASH) {
  if (!base) return [];
  const sizeOf = head.sizeKind === base.sizeKind ? (entry) => entry.size : (entry) => entry.stat ?? entry.size;
  const baseAssets = assetsByKey(base, rule);
  const headAssets = assetsByKey(head, rule);
  const changes = [];
  for (const [key, headAsset] of headAssets) {
    changes.push(...compareAssets(headAsset.asset, headAsset, baseAssets.get(key), sizeOf));
  }
  for (const [key, baseAsset] of baseAssets) {
    if (!headAssets.has(key)) changes.push(...compareAssets(baseAsset.asset, void 0, baseAsset, sizeOf));
  }
  const kindOrder = { package: 0, module: 1 };
  return changes.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || kindOrder[a.kind] - kindOrder[b.kind] || a.asset.localeCompare(b.asset) || a.name.localeCompare(b.name));
}
__name(compareComposition, "compareComposition");
function compareAssets(asset, head, base, sizeOf) {
  const packages = compareEntries(head?.packages ?? [], base?.packages ?? [], sizeOf, { headComplete: true, baseComplete: true });
  const modules = compareEntries(head?.modules ?? [], base?.modules ?? [], sizeOf, {
    headComplete: !head || head.modules.length >= head.moduleCount,
    baseComplete: !base || base.modules.length >= base.moduleCount
  });
  return [...packages.map((change) => ({ asset, kind: "package", ...change })), ...modules.map((change) => ({ asset, kind: "module", ...change }))];
}
__name(compareAssets, "compareAssets");
function compareEntries(head, base, sizeOf, complete) {
  const baseByName = new Map(base.map((entry) => [entry.name, sizeOf(entry)]));
  const headByName = new Map(head.map((entry) => [entry.name, sizeOf(entry)]));
  const changes = [];
  for (const [name, headSize] of headByName) {
    const baseSize = baseByName.get(name);
    if (baseSize !== void 0) changes.push({ name, base: baseSize, head: headSize, delta: headSize - baseSize, status: "changed" });
    else if (complete.baseComplete) changes.push({ name, head: headSize, delta: headSize, status: "added" });
  }
  for (const [name, baseSize] of baseByName) {
    if (!headByName.has(name) && complete.headComplete) changes.push({ name, base: baseSize, delta: -baseSize, status: "removed" });
  }
  return changes.filter((change) => change.delta !== 0);
}
__name(compareEntries, "compareEntries");
function assetsByKey(composition, rule) {
  const keyed = composition.assets.map((asset) => ({ asset, key: stripHash(asset.asset, rule) }));
  const uses = /* @__PURE__ */ new Map();
  for (const { key } of keyed) uses.set(key, (uses.get(key) ?? 0) + 1);
  return new Map(keyed.map(({ asset, key }) => [uses.get(key) === 1 ? key : asset.asset, asset]));
}
__name(assetsByKey, "assetsByKey");
function largestPackages(head, top = 5) {
  return head.assets.flatMap((asset) => asset.packages.map((entry) => ({ ...entry, asset: asset.asset, share: asset.size > 0 ? entry.size / asset.size : 0 }))).sort((a, b) => b.size - a.size || a.asset.localeCompare(b.asset) || a.name.localeCompare(b.name)).slice(0, top);
}
__name(largestPackages, "largestPackages");

// src/analyze/bottlenecks.ts
var TOP = 5;
var OWN_MODULES = 3;
function findBundleBottlenecks(head, comparisons) {
  const files = /* @__PURE__ */ new Map();
  for (const bundle of head) {
    for (const file of bundle.files) files.set(file.path, { bytes: sizeFor(file, bundle.compression), compression: bundle.compression });
  }
  const total = [...files.values()].reduce((sum, file) => sum + file.bytes, 0);
  const largest = [...files.entries()].sort(([, a], [, b]) => b.bytes - a.bytes).slice(0, TOP).map(([subject, file]) => ({ kind: "largest-file", subject, bytes: file.bytes, compression: file.compression, ...total > 0 ? { share: file.bytes / total } : {} }));
  const growth = comparisons.filter((bundle) => (bundle.delta ?? 0) > 0).sort((a, b) => (b.delta ?? 0) - (a.delta ?? 0)).slice(0, TOP).map((bundle) => ({
    kind: "bundle-growth",
    subject: bundle.name,
    bytes: bundle.delta ?? 0,
    compression: bundle.compression,
    ...bundle.change === void 0 ? {} : { share: bundle.change }
  }));
  return [...growth, ...largest];
}
__name(findBundleBottlenecks, "findBundleBottlenecks");
var BYTES_PER_MS_SLOW_4G = 200;
function findPackageBottlenecks(head, changes) {
  if (!head) return [];
  const ownModules = head.assets.flatMap(
    (asset) => asset.modules.filter((module) => !/(^|\/)node_modules\//.test(module.name)).map((module) => ({ ...module, asset: asset.asset, share: asset.size > 0 ? module.size / asset.size : 0 }))
  ).sort((a, b) => b.size - a.size).slice(0, OWN_MODULES).map((module) => ({ kind: "largest-module", subject: module.name, asset: module.asset, bytes: module.size, share: module.share, ...module.gzip ? { gzip: module.gzip } : {} }));
  const largest = largestPackages(head, TOP + 1).filter((entry) => entry.name !== APP_PACKAGE).slice(0, TOP).map((entry) => ({ kind: "largest-package", subject: entry.name, asset: entry.asset, bytes: entry.size, share: entry.share, ...entry.gzip ? { gzip: entry.gzip } : {} }));
  const growth = changes.filter((change) => change.kind === "package" && change.delta > 0).slice(0, TOP).map((change) => {
    const asset = head.assets.find((candidate) => candidate.asset === change.asset);
    const gzip = asset?.gzip && asset.size > 0 ? Math.round(change.delta * asset.gzip / asset.size) : void 0;
    return { kind: "package-growth", subject: change.name, asset: change.asset, bytes: change.delta, ...change.base ? { share: change.delta / change.base } : {}, ...gzip ? { gzip } : {} };
  });
  return [...growth, ...largest, ...ownModules];
}
__name(findPackageBottlenecks, "findPackageBottlenecks");
function impactMs(item) {
  switch (item.kind) {
    case "lighthouse-opportunity":
      return item.savingsMs;
    case "slow-endpoint":
      return item.p95;
    case "largest-package":
    case "largest-module":
    case "package-growth":
      return (item.gzip ?? item.bytes) / BYTES_PER_MS_SLOW_4G;
    default:
      return item.bytes / BYTES_PER_MS_SLOW_4G;
  }
}
__name(impactMs, "impactMs");
function rankBottlenecks(items) {
  return items.map((item) => ({ ...item, impactMs: impactMs(item) })).sort((a, b) => b.impactMs - a.impactMs);
}
__name(rankBottlenecks, "rankBottlenecks");

// node_modules/pure-rand/lib/esm/generator/LinearCongruential.js
var MULTIPLIER = 214013;
var INCREMENT = 2531011;
var MASK = 4294967295;
var MASK_2 = (1 << 31) - 1;
var computeNextSeed = /* @__PURE__ */ __name(function(seed) {
  return seed * MULTIPLIER + INCREMENT & MASK;
}, "computeNextSeed");
var computeValueFromNextSeed = /* @__PURE__ */ __name(function(nextseed) {
  return (nextseed & MASK_2) >> 16;
}, "computeValueFromNextSeed");
var LinearCongruential32 = (function() {
  function LinearCongruential322(seed) {
    this.seed = seed;
  }
  __name(LinearCongruential322, "LinearCongruential32");
  LinearCongruential322.prototype.clone = function() {
    return new LinearCongruential322(this.seed);
  };
  LinearCongruential322.prototype.next = function() {
    var nextRng = new LinearCongruential322(this.seed);
    var out = nextRng.unsafeNext();
    return [out, nextRng];
  };
  LinearCongruential322.prototype.unsafeNext = function() {
    var s1 = computeNextSeed(this.seed);
    var v1 = computeValueFromNextSeed(s1);
    var s2 = computeNextSeed(s1);
    var v2 = computeValueFromNextSeed(s2);
    this.seed = computeNextSeed(s2);
    var v3 = computeValueFromNextSeed(this.seed);
    var vnext = v3 + (v2 + (v1 << 15) << 15);
    return vnext | 0;
  };
  LinearCongruential322.prototype.getState = function() {
    return [this.seed];
  };
  return LinearCongruential322;
})();
function fromState(state) {
  var valid = state.length === 1;
  if (!valid) {
    throw new Error("The state must have been produced by a congruential32 RandomGenerator");
  }
  return new LinearCongruential32(state[0]);
}
__name(fromState, "fromState");
var congruential32 = Object.assign(function(seed) {
  return new LinearCongruential32(seed);
}, { fromState });

// node_modules/pure-rand/lib/esm/generator/MersenneTwister.js
var __read = function(o, n) {
  var m = typeof Symbol === "function" && o[Symbol.iterator];
  if (!m) return o;
  var i = m.call(o), r, ar = [], e;
  try {
    while ((n === void 0 || n-- > 0) && !(r = i.next()).done) ar.push(r.value);
  } catch (error) {
    e = { error };
  } finally {
    try {
      if (r && !r.done && (m = i["return"])) m.call(i);
    } finally {
      if (e) throw e.error;
    }
  }
  return ar;
};
var __spreadArray = function(to, from, pack) {
  if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
    if (ar || !(i in from)) {
      if (!ar) ar = Array.prototype.slice.call(from, 0, i);
      ar[i] = from[i];
    }
  }
  return to.concat(ar || Array.prototype.slice.call(from));
};
var MersenneTwister = (function() {
  function MersenneTwister2(states, index) {
    this.states = states;
    this.index = index;
  }
  __name(MersenneTwister2, "MersenneTwister");
  MersenneTwister2.twist = function(prev) {
    var mt = prev.slice();
    for (var idx = 0; idx !== MersenneTwister2.N - MersenneTwister2.M; ++idx) {
      var y_1 = (mt[idx] & MersenneTwister2.MASK_UPPER) + (mt[idx + 1] & MersenneTwister2.MASK_LOWER);
      mt[idx] = mt[idx + MersenneTwister2.M] ^ y_1 >>> 1 ^ -(y_1 & 1) & MersenneTwister2.A;
    }
    for (var idx = MersenneTwister2.N - MersenneTwister2.M; idx !== MersenneTwister2.N - 1; ++idx) {
      var y_2 = (mt[idx] & MersenneTwister2.MASK_UPPER) + (mt[idx + 1] & MersenneTwister2.MASK_LOWER);
      mt[idx] = mt[idx + MersenneTwister2.M - MersenneTwister2.N] ^ y_2 >>> 1 ^ -(y_2 & 1) & MersenneTwister2.A;
    }
    var y = (mt[MersenneTwister2.N - 1] & MersenneTwister2.MASK_UPPER) + (mt[0] & MersenneTwister2.MASK_LOWER);
    mt[MersenneTwister2.N - 1] = mt[MersenneTwister2.M - 1] ^ y >>> 1 ^ -(y & 1) & MersenneTwister2.A;
    return mt;
  };
  MersenneTwister2.seeded = function(seed) {
    var out = Array(MersenneTwister2.N);
    out[0] = seed;
    for (var idx = 1; idx !== MersenneTwister2.N; ++idx) {
      var xored = out[idx - 1] ^ out[idx - 1] >>> 30;
      out[idx] = Math.imul(MersenneTwister2.F, xored) + idx | 0;
    }
    return out;
  };
  MersenneTwister2.from = function(seed) {
    return new MersenneTwister2(MersenneTwister2.twist(MersenneTwister2.seeded(seed)), 0);
  };
  MersenneTwister2.prototype.clone = function() {
    return new MersenneTwister2(this.states, this.index);
  };
  MersenneTwister2.prototype.next = function() {
    var nextRng = new MersenneTwister2(this.states, this.index);
    var out = nextRng.unsafeNext();
    return [out, nextRng];
  };
  MersenneTwister2.prototype.unsafeNext = function() {
    var y = this.states[this.index];
    y ^= this.states[this.index] >>> MersenneTwister2.U;
    y ^= y << MersenneTwister2.S & MersenneTwister2.B;
    y ^= y << MersenneTwister2.T & MersenneTwister2.C;
    y ^= y >>> MersenneTwister2.L;
    if (++this.index >= MersenneTwister2.N) {
      this.states = MersenneTwister2.twist(this.states);
      this.index = 0;
    }
    return y;
  };
  MersenneTwister2.prototype.getState = function() {
    return __spreadArray([this.index], __read(this.states), false);
  };
  MersenneTwister2.fromState = function(state) {
    var valid = state.length === MersenneTwister2.N + 1 && state[0] >= 0 && state[0] < MersenneTwister2.N;
    if (!valid) {
      throw new Error("The state must have been produced by a mersenne RandomGenerator");
    }
    return new MersenneTwister2(state.slice(1), state[0]);
  };
  MersenneTwister2.N = 624;
  MersenneTwister2.M = 397;
  MersenneTwister2.R = 31;
  MersenneTwister2.A = 2567483615;
  MersenneTwister2.F = 1812433253;
  MersenneTwister2.U = 11;
  MersenneTwister2.S = 7;
  MersenneTwister2.B = 2636928640;
  MersenneTwister2.T = 15;
  MersenneTwister2.C = 4022730752;
  MersenneTwister2.L = 18;
  MersenneTwister2.MASK_LOWER = Math.pow(2, MersenneTwister2.R) - 1;
  MersenneTwister2.MASK_UPPER = Math.pow(2, MersenneTwister2.R);
  return MersenneTwister2;
})();
function fromState2(state) {
  return MersenneTwister.fromState(state);
}
__name(fromState2, "fromState");
var mersenne = Object.assign(function(seed) {
  return MersenneTwister.from(seed);
}, { fromState: fromState2 });

// node_modules/pure-rand/lib/esm/generator/XorShift.js
var XorShift128Plus = (function() {
  function XorShift128Plus2(s01, s00, s11, s10) {
    this.s01 = s01;
    this.s00 = s00;
    this.s11 = s11;
    this.s10 = s10;
  }
  __name(XorShift128Plus2, "XorShift128Plus");
  XorShift128Plus2.prototype.clone = function() {
    return new XorShift128Plus2(this.s01, this.s00, this.s11, this.s10);
  };
  XorShift128Plus2.prototype.next = function() {
    var nextRng = new XorShift128Plus2(this.s01, this.s00, this.s11, this.s10);
    var out = nextRng.unsafeNext();
    return [out, nextRng];
  };
  XorShift128Plus2.prototype.unsafeNext = function() {
    var a0 = this.s00 ^ this.s00 << 23;
    var a1 = this.s01 ^ (this.s01 << 23 | this.s00 >>> 9);
    var b0 = a0 ^ this.s10 ^ (a0 >>> 18 | a1 << 14) ^ (this.s10 >>> 5 | this.s11 << 27);
    var b1 = a1 ^ this.s11 ^ a1 >>> 18 ^ this.s11 >>> 5;
    var out = this.s00 + this.s10 | 0;
    this.s01 = this.s11;
    this.s00 = this.s10;
    this.s11 = b1;
    this.s10 = b0;
    return out;
  };
  XorShift128Plus2.prototype.jump = function() {
    var nextRng = new XorShift128Plus2(this.s01, this.s00, this.s11, this.s10);
    nextRng.unsafeJump();
    return nextRng;
  };
  XorShift128Plus2.prototype.unsafeJump = function() {
    var ns01 = 0;
    var ns00 = 0;
    var ns11 = 0;
    var ns10 = 0;
    var jump = [1667051007, 2321340297, 1548169110, 304075285];
    for (var i = 0; i !== 4; ++i) {
      for (var mask = 1; mask; mask <<= 1) {
        if (jump[i] & mask) {
          ns01 ^= this.s01;
          ns00 ^= this.s00;
          ns11 ^= this.s11;
          ns10 ^= this.s10;
        }
        this.unsafeNext();
      }
    }
    this.s01 = ns01;
    this.s00 = ns00;
    this.s11 = ns11;
    this.s10 = ns10;
  };
  XorShift128Plus2.prototype.getState = function() {
    return [this.s01, this.s00, this.s11, this.s10];
  };
  return XorShift128Plus2;
})();
function fromState3(state) {
  var valid = state.length === 4;
  if (!valid) {
    throw new Error("The state must have been produced by a xorshift128plus RandomGenerator");
  }
  return new XorShift128Plus(state[0], state[1], state[2], state[3]);
}
__name(fromState3, "fromState");
var xorshift128plus = Object.assign(function(seed) {
  return new XorShift128Plus(-1, ~seed, seed | 0, 0);
}, { fromState: fromState3 });

// node_modules/pure-rand/lib/esm/generator/XoroShiro.js
var XoroShiro128Plus = (function() {
  function XoroShiro128Plus2(s01, s00, s11, s10) {
    this.s01 = s01;
    this.s00 = s00;
    this.s11 = s11;
    this.s10 = s10;
  }
  __name(XoroShiro128Plus2, "XoroShiro128Plus");
  XoroShiro128Plus2.prototype.clone = function() {
    return new XoroShiro128Plus2(this.s01, this.s00, this.s11, this.s10);
  };
  XoroShiro128Plus2.prototype.next = function() {
    var nextRng = new XoroShiro128Plus2(this.s01, this.s00, this.s11, this.s10);
    var out = nextRng.unsafeNext();
    return [out, nextRng];
  };
  XoroShiro128Plus2.prototype.unsafeNext = function() {
    var out = this.s00 + this.s10 | 0;
    var a0 = this.s10 ^ this.s00;
    var a1 = this.s11 ^ this.s01;
    var s00 = this.s00;
    var s01 = this.s01;
    this.s00 = s00 << 24 ^ s01 >>> 8 ^ a0 ^ a0 << 16;
    this.s01 = s01 << 24 ^ s00 >>> 8 ^ a1 ^ (a1 << 16 | a0 >>> 16);
    this.s10 = a1 << 5 ^ a0 >>> 27;
    this.s11 = a0 << 5 ^ a1 >>> 27;
    return out;
  };
  XoroShiro128Plus2.prototype.jump = function() {
    var nextRng = new XoroShiro128Plus2(this.s01, this.s00, this.s11, this.s10);
    nextRng.unsafeJump();
    return nextRng;
  };
  XoroShiro128Plus2.prototype.unsafeJump = function() {
    var ns01 = 0;
    var ns00 = 0;
    var ns11 = 0;
    var ns10 = 0;
    var jump = [3639956645, 3750757012, 1261568508, 386426335];
    for (var i = 0; i !== 4; ++i) {
      for (var mask = 1; mask; mask <<= 1) {
        if (jump[i] & mask) {
          ns01 ^= this.s01;
          ns00 ^= this.s00;
          ns11 ^= this.s11;
          ns10 ^= this.s10;
        }
        this.unsafeNext();
      }
    }
    this.s01 = ns01;
    this.s00 = ns00;
    this.s11 = ns11;
    this.s10 = ns10;
  };
  XoroShiro128Plus2.prototype.getState = function() {
    return [this.s01, this.s00, this.s11, this.s10];
  };
  return XoroShiro128Plus2;
})();
function fromState4(state) {
  var valid = state.length === 4;
  if (!valid) {
    throw new Error("The state must have been produced by a xoroshiro128plus RandomGenerator");
  }
  return new XoroShiro128Plus(state[0], state[1], state[2], state[3]);
}
__name(fromState4, "fromState");
var xoroshiro128plus = Object.assign(function(seed) {
  return new XoroShiro128Plus(-1, ~seed, seed | 0, 0);
}, { fromState: fromState4 });

// node_modules/pure-rand/lib/esm/distribution/UnsafeUniformBigIntDistribution.js
var One = typeof BigInt !== "undefined" ? BigInt(1) : void 0;
var ThirtyTwo = typeof BigInt !== "undefined" ? BigInt(32) : void 0;
var NumValues = typeof BigInt !== "undefined" ? BigInt(4294967296) : void 0;

// node_modules/pure-rand/lib/esm/distribution/UnsafeUniformIntDistribution.js
var safeNumberMaxSafeInteger = Number.MAX_SAFE_INTEGER;

// src/analyze/stats.ts
var CONFIDENCE = 0.95;
var RESAMPLES = 4e3;
var SEED = 20261125;
function medianOf(sorted) {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
__name(medianOf, "medianOf");
function comparePaired(base, head, rule) {
  const pairs = Math.min(base.length, head.length);
  const sign = rule.higherIsBetter ? -1 : 1;
  const differences = Array.from({ length: pairs }, (_, index) => sign * (head[index] - base[index])).sort((a, b) => a - b);
  const mean = /* @__PURE__ */ __name((values) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length), "mean");
  const baseMean = mean(base.slice(0, pairs));
  const headMean = mean(head.slice(0, pairs));
  const median = pairs === 0 ? 0 : medianOf(differences);
  let interval = [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
  if (pairs >= 2) {
    const random = uniformDraws(SEED);
    const medians = new Float64Array(RESAMPLES);
    const sample = new Array(pairs);
    for (let resample = 0; resample < RESAMPLES; resample++) {
      for (let index = 0; index < pairs; index++) sample[index] = differences[Math.floor(random() * pairs)];
      medians[resample] = medianOf(sample.sort((a, b) => a - b));
    }
    medians.sort();
    const tail = (1 - CONFIDENCE) / 2;
    interval = [medians[Math.floor(tail * RESAMPLES)], medians[Math.ceil((1 - tail) * RESAMPLES) - 1]];
  }
  const limit = Math.max(rule.floor, rule.threshold * Math.abs(baseMean));
  let verdict = "unchanged";
  if (interval[0] > limit) verdict = "regression";
  else if (interval[1] < -limit) verdict = "improvement";
  else if (interval[1] > limit) verdict = "inconclusive";
  const unsigned = /* @__PURE__ */ __name((value) => sign * value, "unsigned");
  const bounds = [unsigned(interval[0]), unsigned(interval[1])].sort((a, b) => a - b);
  return {
    pairs,
    baseMean,
    headMean,
    difference: unsigned(median),
    interval: bounds,
    confidence: pairs < 2 ? 0 : CONFIDENCE,
    change: baseMean === 0 ? 0 : unsigned(median) / baseMean,
    verdict
  };
}
__name(comparePaired, "comparePaired");
function uniformDraws(seed) {
  const generator = mersenne(seed);
  return () => {
    const high = generator.unsafeNext() >>> 5;
    const low = generator.unsafeNext() >>> 6;
    return (high * 67108864 + low) / 9007199254740992;
  };
}
__name(uniformDraws, "uniformDraws");

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
  if (peakRss !== void 0) {
    targets.push({ kind: "memory", subject: "server", target: budgets.memoryBudget, actual: peakRss, passed: peakRss <= budgets.memoryBudget, blocking: failOn.budget });
  }
  return targets;
}
__name(validateLatency, "validateLatency");
var DATABASE_METRIC = /^(db|database|sql|query|pg|postgres|mysql|mongo)/i;
var TOP2 = 5;
function findLatencyBottlenecks(latency) {
  return [...latency.endpoints].sort((a, b) => b.normal.latency.p95 - a.normal.latency.p95).slice(0, TOP2).map((endpoint) => {
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
var TOP3 = 5;
function findLighthouseBottlenecks(lighthouse) {
  const all = lighthouse.pages.flatMap((page) => page.opportunities.map((opportunity) => ({ kind: "lighthouse-opportunity", subject: page.name, ...opportunity, moves: opportunity.moves ?? [] }))).sort((a, b) => b.savingsMs - a.savingsMs || b.savingsBytes - a.savingsBytes);
  const kept = new Set(all.slice(0, TOP3));
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
    if (page.baseRuns) {
      const pairs = page.runs.flatMap((run, index) => {
        const baseRun = page.baseRuns?.[index];
        return run.metrics && baseRun?.metrics ? [{ head: run.metrics, base: baseRun.metrics }] : [];
      });
      if (pairs.length > 0) {
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
        comparison.changes = changes;
        if (!before) comparison.base = Object.fromEntries(Object.entries(changes).map(([name, change]) => [name, change.baseMean]));
      }
    }
    return comparison;
  });
}
__name(comparePages, "comparePages");
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

// src/analyze/plan.ts
var TOP4 = 5;
var EFFORT_WEIGHT = { low: 1, medium: 2, high: 4 };
var SETTING_AUDITS = /* @__PURE__ */ new Set([
  "uses-text-compression",
  "unminified-javascript",
  "unminified-css",
  "uses-long-cache-ttl",
  "cache-insight",
  "modern-image-formats",
  "uses-optimized-images",
  "uses-responsive-images",
  "offscreen-images",
  "image-delivery-insight",
  "efficient-animated-content",
  "font-display",
  "font-display-insight",
  "uses-http2",
  "modern-http-insight",
  "uses-rel-preconnect",
  "document-latency-insight"
]);
var MOVED_BY = {
  fcp: ["FCP"],
  lcp: ["LCP"],
  tbt: ["TBT"],
  cls: ["CLS"],
  si: ["FCP", "LCP"],
  tti: ["TBT"],
  score: ["FCP", "LCP", "TBT", "CLS"]
};
function buildPlan(bottlenecks, validation) {
  const failed = validation.filter((target) => !target.passed && !target.inconclusive);
  const failing = new Set(failed.map((target) => target.subject));
  const failingSavings = /* @__PURE__ */ new Map();
  for (const target of failed) {
    if (target.kind !== "lighthouse-metric" && target.kind !== "render-regression" || !target.metric || !Object.hasOwn(MOVED_BY, target.metric)) continue;
    const savings = failingSavings.get(target.subject) ?? /* @__PURE__ */ new Set();
    for (const metric of MOVED_BY[target.metric]) savings.add(metric);
    failingSavings.set(target.subject, savings);
  }
  const items = [];
  for (const item of bottlenecks) {
    if (item.kind === "lighthouse-opportunity") {
      const fixesFailure = item.moves.some((metric) => failingSavings.get(item.subject)?.has(metric));
      if (item.savingsMs <= 0 && !fixesFailure) continue;
      const effort = SETTING_AUDITS.has(item.id) ? "low" : "medium";
      const expected = item.savingsMs > 0 ? { expectedMs: item.savingsMs, expectedIs: "estimate" } : {};
      items.push({ kind: item.kind, subject: item.subject, action: `Lighthouse: ${item.title}`, ...expected, effort, moves: item.moves, fixesFailure });
    } else if (item.kind === "slow-endpoint") {
      const db = Object.entries(item.serverTiming).filter(([name]) => DATABASE_METRIC.test(name)).reduce((sum, [, ms]) => sum + ms, 0);
      if (item.dbShare !== void 0 && item.dbShare >= 0.5) {
        items.push({
          kind: "database-time",
          subject: item.subject,
          action: `Cut database time (${Math.round(item.dbShare * 100)}% of the response): batch or index the queries, look for N+1 patterns`,
          expectedMs: db,
          expectedIs: "upper-bound",
          effort: "medium",
          fixesFailure: failing.has(item.subject)
        });
      } else if (failing.has(item.subject)) {
        items.push({ kind: "slow-endpoint", subject: item.subject, action: "Profile the handler under load; the time is not in the database", effort: "high", fixesFailure: true });
      }
    } else if (item.kind === "package-growth") {
      const action = item.subject === APP_PACKAGE ? `Review what this change added to the project's own code in ${item.asset}; lazy-load what the first view does not need` : `Review why this package grew in ${item.asset}: a new import, a heavier version, or lost tree-shaking`;
      items.push({ kind: "bundle-size", subject: item.subject, action, expectedBytes: item.gzip ?? item.bytes, effort: "medium", fixesFailure: false });
    } else if (item.kind === "bundle-growth" || item.kind === "largest-file") {
      const over = validation.find((target) => target.kind === "bundle-budget" && target.subject === item.subject && !target.passed);
      if ((item.kind === "bundle-growth" || over) && !items.some((existing) => existing.kind === "bundle-size" && existing.subject === item.subject)) {
        items.push({
          kind: "bundle-size",
          subject: item.subject,
          action: over ? "Bring the bundle under its budget: split or lazy-load code, drop unused dependencies" : "Review what this change added to the bundle",
          expectedBytes: over ? over.actual - over.target : item.bytes,
          effort: "medium",
          fixesFailure: over !== void 0
        });
      }
    }
  }
  return items.map((item) => ({ ...item, priority: gainMs(item) / EFFORT_WEIGHT[item.effort] })).sort((a, b) => Number(b.fixesFailure) - Number(a.fixesFailure) || b.priority - a.priority).slice(0, TOP4);
}
__name(buildPlan, "buildPlan");
function gainMs(item) {
  return item.expectedMs ?? (item.expectedBytes ?? 0) / BYTES_PER_MS_SLOW_4G;
}
__name(gainMs, "gainMs");

// src/analyze/trend.ts
function headlineMetrics(measurements, compression) {
  const metrics = [];
  const sizes = measurements.bundles.flatMap((bundle) => sizeFor(bundle, compression) ?? []);
  if (sizes.length > 0) {
    const total = sizes.reduce((sum, size) => sum + size, 0);
    metrics.push({ id: `bundles-total:${compression}`, label: `All bundles (${compression === "none" ? "raw" : compression})`, unit: "bytes", value: total });
  }
  for (const page of measurements.lighthouse?.pages ?? []) {
    const lcp = page.median?.lcp;
    if (lcp !== void 0) metrics.push({ id: `lcp:${page.name}`, label: `LCP ${page.name}`, unit: "ms", value: lcp });
  }
  for (const endpoint of measurements.latency?.endpoints ?? []) {
    metrics.push({ id: `p95:${endpoint.name}`, label: `p95 ${endpoint.name}`, unit: "ms", value: endpoint.normal.latency.p95 });
  }
  return metrics;
}
__name(headlineMetrics, "headlineMetrics");
var MAX_SERIES = 3;
function trendSeries(history, current, currentLabel) {
  const oldestFirst = [...history].reverse();
  const kinds = /* @__PURE__ */ new Set();
  const series = [];
  for (const metric of current) {
    const kind = metric.id.split(":", 1)[0] ?? metric.id;
    if (kinds.has(kind) || series.length >= MAX_SERIES) continue;
    const points = oldestFirst.flatMap((point) => {
      const earlier = point.metrics.find((candidate) => candidate.id === metric.id);
      return earlier ? [{ label: point.sha.slice(0, 7), value: earlier.value }] : [];
    });
    if (points.length === 0) continue;
    kinds.add(kind);
    series.push({ metric, points: [...points, { label: currentLabel, value: metric.value }] });
  }
  return series;
}
__name(trendSeries, "trendSeries");

// src/model/report.ts
var SCHEMA_VERSION = 1;

// src/analyze/buildReport.ts
function buildReport(input) {
  const { settings } = input;
  const stripHash2 = input.stripHash ?? AUTO_STRIP_HASH;
  const bundles = compareBundles(input.head.bundles, input.base?.bundles, settings.regressionThreshold, stripHash2);
  const { latency, lighthouse } = input.head;
  const endpoints = compareEndpoints(latency, input.base?.latency, settings.regressionThreshold);
  const pages = comparePages(lighthouse, input.base?.lighthouse, settings.regressionThreshold);
  const validation = [
    ...validateBundles(bundles, settings.regressionThreshold, settings.failOn),
    ...validateSizeLimitTimes(input.head.bundles, settings.failOn),
    ...latency ? validateLatency(latency, settings, settings.failOn) : [],
    ...lighthouse ? validateLighthouse(lighthouse, settings.lighthouseBudgets, settings.failOn) : [],
    ...validateLatencyChanges(endpoints, settings.regressionThreshold, settings.failOn),
    ...validateRenderChanges(pages, settings.regressionThreshold, settings.failOn)
  ];
  const composition = input.head.composition ? compareComposition(input.head.composition, comparableComposition(input.head.composition, input.base?.composition), stripHash2) : [];
  const bottlenecks = rankBottlenecks([
    ...findBundleBottlenecks(input.head.bundles, bundles),
    ...findPackageBottlenecks(input.head.composition, composition),
    ...latency ? findLatencyBottlenecks(latency) : [],
    ...lighthouse ? findLighthouseBottlenecks(lighthouse) : []
  ]);
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: "perf-gate", version: input.toolVersion },
    createdAt: input.createdAt,
    ...input.commit ? { commit: input.commit } : {},
    settings,
    baseline: input.baseline,
    measurements: input.head,
    comparison: { bundles, endpoints, pages, composition },
    validation,
    bottlenecks,
    plan: buildPlan(bottlenecks, validation),
    verdict: decide(validation),
    notes: input.notes,
    ...input.history && input.history.length > 0 ? { history: input.history, trend: trendSeries(input.history, headlineMetrics(input.head, settings.compression), "this run") } : {}
  };
}
__name(buildReport, "buildReport");
function comparableComposition(head, base) {
  return base && (base.source ?? "webpack-stats") === head.source ? base : void 0;
}
__name(comparableComposition, "comparableComposition");

// src/baseline/rebuild.ts
import { existsSync as existsSync5 } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os2 from "node:os";
import path6 from "node:path";

// src/baseline/git.ts
import { execFile } from "node:child_process";
var GitError = class extends Error {
  static {
    __name(this, "GitError");
  }
  name = "GitError";
};
function git(args, cwd) {
  return new Promise((resolve, reject) => {
    execFile("git", [...args], { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        const reason = String(stderr || error.message).trim().split("\n").filter(Boolean).at(-1) ?? error.message;
        reject(new GitError(`git ${args[0]}: ${reason}`));
      } else {
        resolve(stdout.trim());
      }
    });
  });
}
__name(git, "git");
async function hasCommit(ref, cwd) {
  try {
    await git(["cat-file", "-e", "--end-of-options", `${ref}^{commit}`], cwd);
    return true;
  } catch {
    return false;
  }
}
__name(hasCommit, "hasCommit");
async function findMergeBase(head, base, cwd) {
  const remote = (await git(["remote"], cwd)).split("\n").filter(Boolean)[0];
  if (!await hasCommit(base, cwd)) {
    if (!remote) throw new GitError(`git: ${base} is not in this repository and there is no remote to fetch it from`);
    await git(["fetch", "--no-tags", "--quiet", "--end-of-options", remote, base], cwd);
    if (!await hasCommit(base, cwd)) base = "FETCH_HEAD";
  }
  const baseSha = await git(["rev-parse", "--verify", "--end-of-options", `${base}^{commit}`], cwd);
  for (const deepen of [50, 200, 1e3, 0]) {
    try {
      return await git(["merge-base", "--end-of-options", head, baseSha], cwd);
    } catch (error) {
      const shallow = await git(["rev-parse", "--is-shallow-repository"], cwd) === "true";
      if (!shallow || !remote) throw error;
      const more = deepen === 0 ? ["--unshallow"] : [`--deepen=${deepen}`];
      await git(["fetch", "--no-tags", "--quiet", ...more, "--end-of-options", remote, baseSha], cwd);
    }
  }
  return git(["merge-base", "--end-of-options", head, baseSha], cwd);
}
__name(findMergeBase, "findMergeBase");
async function firstParentHistory(start, cwd, count) {
  const list = /* @__PURE__ */ __name(async () => (await git(["rev-list", "--first-parent", `--max-count=${count}`, "--end-of-options", start], cwd)).split("\n").filter(Boolean), "list");
  const commits = await list();
  if (commits.length >= count || await git(["rev-parse", "--is-shallow-repository"], cwd) !== "true") return commits;
  const remote = (await git(["remote"], cwd)).split("\n").filter(Boolean)[0];
  if (!remote) return commits;
  try {
    await git(["fetch", "--no-tags", "--quiet", `--deepen=${count}`, "--end-of-options", remote], cwd);
  } catch {
    return commits;
  }
  return list();
}
__name(firstParentHistory, "firstParentHistory");

// src/baseline/rebuild.ts
function detectInstallCommand(directory) {
  const lockfiles = [
    ["pnpm-lock.yaml", "pnpm install --frozen-lockfile"],
    ["yarn.lock", "yarn install --frozen-lockfile"],
    ["bun.lockb", "bun install --frozen-lockfile"],
    ["bun.lock", "bun install --frozen-lockfile"],
    ["package-lock.json", "npm ci"],
    ["npm-shrinkwrap.json", "npm ci"]
  ];
  const found = lockfiles.find(([file]) => existsSync5(path6.join(directory, file)));
  if (found) return found[1];
  return existsSync5(path6.join(directory, "package.json")) ? "npm install" : void 0;
}
__name(detectInstallCommand, "detectInstallCommand");
async function prepareBase(config, baseRef, head, deps) {
  const { log } = deps;
  let repoRoot;
  let mergeBase;
  try {
    repoRoot = await git(["rev-parse", "--show-toplevel"], config.workingDirectory);
    mergeBase = await findMergeBase(head, baseRef, repoRoot);
  } catch (error) {
    return { failed: `the base (${baseRef}) could not be found: ${error.message}.` };
  }
  const short = mergeBase.slice(0, 7);
  const worktree = await mkdtemp(path6.join(os2.tmpdir(), "perf-gate-base-"));
  const cleanup = /* @__PURE__ */ __name(async () => {
    await git(["worktree", "remove", "--force", worktree], repoRoot).catch(() => void 0);
    await rm(worktree, { recursive: true, force: true });
    await git(["worktree", "prune"], repoRoot).catch(() => void 0);
  }, "cleanup");
  try {
    await git(["worktree", "add", "--detach", "--quiet", "--end-of-options", worktree, mergeBase], repoRoot);
    const directory = path6.join(worktree, path6.relative(repoRoot, config.workingDirectory));
    if (!existsSync5(directory)) {
      await cleanup();
      return { failed: `the base (${short}) has no ${path6.relative(repoRoot, config.workingDirectory) || "project"} folder yet.` };
    }
    log.info(`Base: ${short} (merge base of ${head} and ${baseRef}), checked out in ${worktree}.`);
    const install = config.installCommand ?? detectInstallCommand(directory);
    const output = log.commandOutput;
    if (install) await deps.runCommand(install, { input: Input.InstallCommand, cwd: directory, output });
    if (config.buildCommand) await deps.runCommand(config.buildCommand, { input: Input.BuildCommand, cwd: directory, output });
    return { directory, mergeBase, baseRef, cleanup };
  } catch (error) {
    await cleanup();
    return { failed: `the base (${short}) could not be built (${error.message}).` };
  }
}
__name(prepareBase, "prepareBase");

// src/measure/rooms.ts
var ROOMS = [
  {
    kind: "bundles",
    title: /* @__PURE__ */ __name((config) => config.bundles.length > 0 || config.sizeLimit ? "Bundle sizes" : void 0, "title"),
    load: /* @__PURE__ */ __name(async () => (await import("./bundles-COTKKCI6.js")).bundleRoom, "load")
  },
  {
    kind: "composition",
    title: /* @__PURE__ */ __name((config, head) => {
      const source = compositionSourceOf(config, head);
      return source && `Bundle composition (${source === "webpack-stats" ? "webpack-bundle-analyzer" : "source maps"})`;
    }, "title"),
    load: /* @__PURE__ */ __name(async () => (await import("./composition-LUTJ5GGD.js")).compositionRoom, "load")
  },
  {
    kind: "lighthouse",
    needsServer: /* @__PURE__ */ __name((config) => config.urls.some(isRelativeUrl), "needsServer"),
    title: /* @__PURE__ */ __name((config) => config.urls.length > 0 ? "Render performance (Lighthouse)" : void 0, "title"),
    load: /* @__PURE__ */ __name(async () => (await import("./lighthouse-NSI5TJTA.js")).lighthouseRoom, "load")
  },
  {
    kind: "latency",
    needsServer: /* @__PURE__ */ __name((config) => config.endpoints.length > 0, "needsServer"),
    title: /* @__PURE__ */ __name((config) => config.endpoints.length > 0 ? "API latency under load" : void 0, "title"),
    load: /* @__PURE__ */ __name(async () => (await import("./latency-U3FGUADL.js")).latencyRoom, "load")
  }
];

// src/engine.ts
async function runPerfGate(config, deps) {
  const { log } = deps;
  const notes = [];
  const note = /* @__PURE__ */ __name((message) => {
    log.warning(message);
    notes.push(message);
  }, "note");
  if (config.policies) notes.push(`Branch policy ${config.policies.map((branches) => JSON.stringify(branches)).join(", ")} applies to this run.`);
  if (config.bundles.length === 0 && !config.sizeLimit && config.urls.length === 0 && config.endpoints.length === 0 && !config.webpackStats) {
    throw new UserError(messages.nothingToMeasure());
  }
  if (config.endpoints.length > 0 && !config.startCommand) throw new UserError(messages.endpointsNeedServer());
  if (config.composition === "webpack-stats" && !config.webpackStats) throw new UserError(messages.compositionNeedsStats());
  const optionLikeRef = [config.baseRef, deps.pullRequestBase].find((ref) => ref?.startsWith("-"));
  if (optionLikeRef !== void 0) throw new UserError(messages.refLooksLikeOption(config.baseRef === optionLikeRef ? Input.BaseRef : "the pull request's base", optionLikeRef));
  const relativeUrl = config.urls.find(isRelativeUrl);
  if (relativeUrl !== void 0 && !config.startCommand) throw new UserError(messages.urlsNeedServer(relativeUrl));
  const buildCommand = config.buildCommand;
  if (buildCommand) {
    await log.group(`Build: ${buildCommand}`, () => deps.runCommand(buildCommand, { input: Input.BuildCommand, cwd: config.workingDirectory, output: log.commandOutput }));
  }
  const baseRef = config.baseRef ?? deps.pullRequestBase;
  const lookUpHistory = /* @__PURE__ */ __name(async () => {
    const found = await findStoredHistory(config, baseRef, deps);
    log.info("failed" in found ? `None: ${found.failed}` : `${plural(found.reports.length, "stored report")} among ${plural(found.commits.length, "commit")}.`);
    return found;
  }, "lookUpHistory");
  const history = deps.findStoredReports ? await log.group("Stored reports of the base branch (baseline and trend)", lookUpHistory) : await findStoredHistory(config, baseRef, deps);
  const source = await chooseBaseline(config, baseRef, deps, history, note);
  const prepared = source.kind === "rebuild" ? source.prepared : void 0;
  const head = { role: "head", directory: config.workingDirectory, measured: { bundles: [] } };
  const rebuilt = prepared && { role: "base", directory: prepared.directory, measured: { bundles: [] } };
  const context = { log, note, artifactDir: deps.artifactDir };
  try {
    for (const entry of ROOMS) {
      const title = entry.title(config, head);
      if (title === void 0) continue;
      if (entry.needsServer?.(config) && config.startCommand && !head.server) await startServers(config, head, rebuilt, log, note);
      const room = await entry.load();
      const measured = await log.group(title, () => room.measure(config, { head, ...rebuilt ? { base: rebuilt } : {} }, context));
      setMeasured(head, entry.kind, measured.head);
      if (rebuilt) setMeasured(rebuilt, entry.kind, measured.base);
    }
  } finally {
    await head.server?.stop();
    await rebuilt?.server?.stop();
    await prepared?.cleanup();
  }
  const base = source.kind === "measured" ? source.base : rebuilt?.measured;
  const baseline = source.kind === "rebuild" ? { source: "rebuild", ref: source.prepared.baseRef, commit: { sha: source.prepared.mergeBase } } : source.baseline;
  const report = buildReport({
    toolVersion: package_default.version,
    createdAt: deps.now().toISOString(),
    ...deps.commit ? { commit: deps.commit } : {},
    settings: {
      compression: config.compression,
      bundleBudget: config.bundleBudget,
      regressionThreshold: config.regressionThreshold,
      failOn: config.failOn,
      errorRateBudget: config.errorRateBudget,
      memoryBudget: config.memoryBudget,
      lighthouseBudgets: config.lighthouseBudgets
    },
    head: head.measured,
    ...base ? { base } : {},
    baseline,
    notes,
    stripHash: config.stripHash,
    history: await historyPoints(history, config)
  });
  return { report, markdown: renderMarkdown(report) };
}
__name(runPerfGate, "runPerfGate");
var STORED_SEARCH_DEPTH = 100;
var HISTORY_LENGTH = 10;
async function findStoredHistory(config, baseRef, deps) {
  if (!deps.findStoredReports) return { failed: "stored reports are read through the GitHub API, which this run has no token for." };
  try {
    const repoRoot = await git(["rev-parse", "--show-toplevel"], config.workingDirectory);
    const mergeBase = baseRef ? await findMergeBase("HEAD", baseRef, repoRoot) : void 0;
    const line = await firstParentHistory(mergeBase ?? "HEAD", repoRoot, STORED_SEARCH_DEPTH + (mergeBase ? 0 : 1));
    const commits = mergeBase ? line : line.slice(1);
    return { ...mergeBase ? { mergeBase } : {}, commits, reports: await deps.findStoredReports(commits, HISTORY_LENGTH) };
  } catch (error) {
    return { failed: `the stored reports could not be read (${error.message}).` };
  }
}
__name(findStoredHistory, "findStoredHistory");
async function storedBaseline(history, baseRef) {
  if ("failed" in history) return history;
  const nearest = history.reports[0];
  if (!history.mergeBase || !nearest) {
    return { failed: `there is no stored report for the merge base ${history.mergeBase?.slice(0, 7) ?? ""} or its ${plural(Math.max(0, history.commits.length - 1), "nearest ancestor")}.` };
  }
  try {
    const report = await parseReport(nearest.text, `the stored report of ${nearest.sha.slice(0, 7)}`);
    const info = {
      source: "stored",
      ref: baseRef,
      commit: { sha: nearest.sha },
      commitsBeforeMergeBase: history.commits.indexOf(nearest.sha),
      ...nearest.runId ? { runId: nearest.runId } : {}
    };
    return { measurements: report.measurements, info };
  } catch (error) {
    return { failed: `the stored report could not be read (${error.message}).` };
  }
}
__name(storedBaseline, "storedBaseline");
async function historyPoints(history, config) {
  if ("failed" in history) return [];
  const points = await Promise.all(
    history.reports.map(async (stored) => {
      try {
        const report = await parseReport(stored.text, `the stored report of ${stored.sha.slice(0, 7)}`);
        return [{ sha: stored.sha, createdAt: report.createdAt, ...stored.runId ? { runId: stored.runId } : {}, metrics: headlineMetrics(report.measurements, config.compression) }];
      } catch {
        return [];
      }
    })
  );
  return points.flat();
}
__name(historyPoints, "historyPoints");
function setMeasured(side, kind, value) {
  if (value !== void 0) side.measured[kind] = value;
}
__name(setMeasured, "setMeasured");
async function startServers(config, head, base, log, note) {
  head.server = await log.group("Start the server", () => startAppServer(config, head.directory, log));
  if (!base) return;
  try {
    base.server = await log.group("Start the base server", () => startAppServer(config, base.directory, log));
  } catch (error) {
    note(`The base's server did not start (${error.message}); render and latency are checked against budgets only.`);
  }
}
__name(startServers, "startServers");
async function startAppServer(config, directory, log) {
  const { startServer } = await import("./server-TXQHR5AV.js");
  const server = await startServer({
    command: config.startCommand ?? "",
    cwd: directory,
    readyPath: config.readyPath,
    readyTimeoutMs: config.readyTimeout,
    output: log.commandOutput
  });
  log.info(`Server ready at ${server.origin} after ${(server.startupMs / 1e3).toFixed(1)} s.`);
  return server;
}
__name(startAppServer, "startAppServer");
async function chooseBaseline(config, baseRef, deps, history, note) {
  const none = /* @__PURE__ */ __name((reason) => ({ kind: "none", baseline: { source: "none", reason } }), "none");
  if (config.baseline === "none") return none("the baseline is turned off (baseline: none).");
  if (config.baselineReport) {
    const relative = path7.relative(config.workingDirectory, config.baselineReport);
    const displayName = relative && !relative.startsWith("..") ? relative : config.baselineReport;
    const loaded = await loadBaselineReport(config.baselineReport, displayName);
    return { kind: "measured", base: loaded.measurements, baseline: loaded.info };
  }
  if (!baseRef) return none(`there is no base to compare with: this is not a pull request and no ${Input.BaseRef} or ${Input.BaselineReport} was given.`);
  if (config.baseline === "stored" || config.baseline === "auto") {
    const stored = await storedBaseline(history, baseRef);
    if ("measurements" in stored) {
      if (stored.measurements.latency || stored.measurements.lighthouse) {
        note("The stored base ran on another machine: its render and latency numbers are shown for information, not compared.");
      }
      return { kind: "measured", base: stored.measurements, baseline: stored.info };
    }
    if (config.baseline === "stored") return none(stored.failed);
    deps.log.info(`No stored report: ${stored.failed} Rebuilding the base.`);
  }
  const prepared = await deps.log.group(`Baseline: rebuild ${baseRef}`, () => prepareBase(config, baseRef, "HEAD", deps));
  if ("failed" in prepared) {
    deps.log.warning(`No baseline: ${prepared.failed}`);
    return none(prepared.failed);
  }
  return { kind: "rebuild", prepared };
}
__name(chooseBaseline, "chooseBaseline");

// src/exec.ts
var runCommand = /* @__PURE__ */ __name((command, options) => new Promise((resolve, reject) => {
  const child = spawnGroup(command, { cwd: options.cwd, env: options.env ?? process.env });
  const tail = new OutputTail();
  const keep = /* @__PURE__ */ __name((chunk) => {
    options.output.write(chunk);
    tail.push(chunk);
  }, "keep");
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  child.on("error", (error) => reject(new UserError(messages.commandFailed(options.input, command, null, error.message))));
  child.on("close", (code2) => {
    const settle = /* @__PURE__ */ __name(() => code2 === 0 ? resolve() : reject(new UserError(messages.commandFailed(options.input, command, code2, tail.text()))), "settle");
    if (child.pid === void 0) settle();
    else void stopGroup(child.pid, 1e3).then(settle);
  });
}), "runCommand");

// src/report/benchmark.ts
var timing = /* @__PURE__ */ __name((metric) => METRIC_TABLE[metric].unit === "ms", "timing");
var RENDER_METRICS = [...METRIC_NAMES.filter(timing), ...METRIC_NAMES.filter((metric) => !timing(metric))].filter((metric) => METRIC_TABLE[metric].benchmark);
function benchmarkEntries(report) {
  const { measurements, settings } = report;
  const entries = [];
  const compression = settings.compression === "none" ? "raw" : settings.compression;
  const inSetting = [];
  const stripped = new Map(report.comparison.bundles.flatMap((bundle) => bundle.file && !bundle.pairing ? [[bundle.file, bundle.name]] : []));
  for (const measured of measurements.bundles) {
    const bundle = { ...measured, name: stripped.get(measured.name) ?? measured.name };
    const size = sizeFor(bundle, settings.compression);
    const extra = ["raw", "gzip", "brotli"].flatMap((kind) => bundle[kind] === void 0 ? [] : [`${kind} ${bundle[kind]} B`]).join(", ");
    if (size !== void 0) {
      inSetting.push(size);
      entries.push({ name: `bundle ${bundle.name} (${compression})`, unit: "bytes", value: size, extra });
    } else {
      const own = bundle.compression === "none" ? "raw" : bundle.compression;
      entries.push({ name: `bundle ${bundle.name} (${own})`, unit: "bytes", value: bundleSize(bundle), extra: `${extra}, measured by size-limit` });
    }
  }
  if (inSetting.length > 1) entries.push({ name: `all bundles (${compression})`, unit: "bytes", value: inSetting.reduce((sum, size) => sum + size, 0) });
  for (const page of measurements.lighthouse?.pages ?? []) {
    const median = page.median;
    if (!median) continue;
    const measured = page.runs.filter((run) => run.metrics).length;
    const runs = `median of ${measured} Lighthouse ${measured === 1 ? "run" : "runs"}`;
    for (const metric of RENDER_METRICS) {
      const value = median[metric];
      const benchmark = METRIC_TABLE[metric].benchmark;
      if (value === void 0 || !benchmark) continue;
      const spread = timing(metric) ? page.spread?.[metric] : void 0;
      entries.push({ name: `${benchmark.name} ${page.name}`, unit: benchmark.unit, value, ...spread ? { range: `${Math.round(spread.min)}\u2013${Math.round(spread.max)} ms` } : {}, extra: runs });
    }
  }
  for (const endpoint of measurements.latency?.endpoints ?? []) {
    const { latency, connections, throughput } = endpoint.normal;
    const extra = `normal load: ${connections} connections, ${Math.round(throughput)} req/s`;
    for (const percentile of ["p50", "p95", "p99"]) {
      entries.push({ name: `${percentile} ${endpoint.name}`, unit: "ms", value: latency[percentile], extra });
    }
  }
  return entries;
}
__name(benchmarkEntries, "benchmarkEntries");

export {
  Input,
  INPUT_NAMES,
  Output,
  parseReport,
  BASELINE_MODES,
  SETTING_LIST,
  statedDefault,
  loadConfig,
  package_default,
  targetState,
  cutAtLine,
  describeTarget,
  verdictSentence,
  COMMENT_MAX_LENGTH,
  CHECK_SUMMARY_LIMIT,
  CHECK_SUMMARY_MAX_LENGTH,
  CHECK_TITLE_MAX_LENGTH,
  ANNOTATIONS_PER_REQUEST,
  JOB_SUMMARY_MAX_LENGTH,
  renderMarkdown,
  runPerfGate,
  runCommand,
  benchmarkEntries
};
