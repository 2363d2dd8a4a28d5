import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  analyzeProfiles
} from "./chunk-QLV355FP.js";
import {
  isNoisy,
  judgeAlert
} from "./chunk-FR4AEVR2.js";
import {
  AUTO_STRIP_HASH,
  DATABASE_METRIC,
  FILES_BESIDES_CONNECTIONS,
  Input,
  P95_FLOOR_MS,
  SETTINGS,
  SETTINGS_NOT_IN_FILE,
  SETTING_LIST,
  UNAVAILABLE_BECAUSE,
  compareEndpoints,
  endpointName,
  findLatencyBottlenecks,
  highestConnections,
  peakRssUnderLoad,
  readConfigFile,
  readLighthouseAssertions,
  readOpenFileLimit,
  resourcesUnavailable,
  sourceLines,
  stripHash,
  unavailableWords,
  validateLatency,
  validateLatencyChanges
} from "./chunk-JPYO24CX.js";
import {
  OutputTail,
  spawnGroup,
  stopGroup
} from "./chunk-2TMHQEFV.js";
import {
  comparePages,
  findLighthouseBottlenecks,
  validateLighthouse,
  validateRenderChanges
} from "./chunk-S5LBGUGR.js";
import {
  acceptRegressions,
  bundleSubject,
  decide,
  targetState,
  validateBundles,
  validateSizeLimitTimes
} from "./chunk-7YIHUWMR.js";
import {
  APP_PACKAGE,
  bundleSize,
  sizeFor
} from "./chunk-RMT35EB4.js";
import {
  compositionSourceOf,
  isRelativeUrl
} from "./chunk-X7M2LXZX.js";
import {
  analyzeDatabase,
  databaseBottlenecks,
  databasePlanItem
} from "./chunk-JRZHQAKJ.js";
import {
  readSizeLimitConfig,
  require_picomatch
} from "./chunk-3J2DRJQQ.js";
import {
  leavesRoot
} from "./chunk-ZRFXBBCS.js";
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
  formatSignedIn,
  formatSignedPercent,
  formatSignedPercentAgainst,
  formatSignedSize,
  formatSize,
  metricLabel,
  plural
} from "./chunk-YVDZ2XXY.js";
import {
  METRIC_NAMES,
  METRIC_TABLE,
  higherIsBetter,
  isMetricName
} from "./chunk-JFHUFG3Z.js";
import {
  UserError,
  messages
} from "./chunk-MM7ZC2FD.js";
import {
  __name,
  __toESM
} from "./chunk-OMWRFWOT.js";

// src/baseline/report.ts
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
var validator;
function reportValidator() {
  validator ??= Promise.all([import("./validator-GUFF362P.js"), import("./report.schema-JSDQ5BVK.js")]).then(
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
async function parseReport(text, displayName, input = Input.BaselineReport) {
  let parsed;
  try {
    parsed = JSON.parse(text);
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

// src/config/config.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { existsSync as existsSync2, statSync } from "node:fs";
import { readFile as readFile2 } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
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
  const workingDirectory = path.resolve(options.cwd, workingDirectoryGiven ?? SETTINGS.workingDirectory.parsedDefault);
  const outsideWorkspace = workingDirectoryGiven !== void 0 && runner.workspace !== void 0 ? leavesRoot(options.cwd, workingDirectory) : void 0;
  if (workingDirectoryGiven !== void 0 && outsideWorkspace) {
    throw new UserError(messages.workingDirectoryOutside(options.overrideName(Input.WorkingDirectory), workingDirectoryGiven, options.cwd, outsideWorkspace.symlinkTo));
  }
  if (!existsSync2(workingDirectory) || !statSync(workingDirectory).isDirectory()) {
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
      const keyPath = ["policies", policy.index, input];
      const origin = { kind: "policy", file: file.absolutePath, line: file.lines.keyLine(keyPath), branches: policy.branches, index: policy.index };
      return { value: policy.settings[input], where: inPolicy(""), at: inPolicy, origin, keyPath };
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
  const assertions = urls.length > 0 ? await readLighthouseAssertions(workingDirectory, assertionsSetting && { value: SETTINGS.lighthouseAssertions.parse(assertionsSetting, context), where: assertionsSetting.where }) : { budgets: {}, lines: {} };
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
    lighthouseMaxRuns: valueOf(SETTINGS.lighthouseMaxRuns),
    lighthouseFcpTimeout: valueOf(SETTINGS.lighthouseFcpTimeout),
    lighthouseBudgets: { ...SETTINGS.lighthouseBudgets.parsedDefault, ...assertions.budgets, ...explicitBudgets },
    endpoints: endpointsSetting ? SETTINGS.endpoints.parse(endpointsSetting, context) : [],
    p95Budget: valueOf(SETTINGS.p95Budget),
    memoryBudget: valueOf(SETTINGS.memoryBudget),
    loadDuration: valueOf(SETTINGS.loadDuration),
    connections: valueOf(SETTINGS.connections),
    latencyRounds: valueOf(SETTINGS.latencyRounds),
    latencyMaxRounds: valueOf(SETTINGS.latencyMaxRounds),
    samplingTimeout: valueOf(SETTINGS.samplingTimeout),
    errorRateBudget: valueOf(SETTINGS.errorRateBudget),
    stressSteps: valueOf(SETTINGS.stressSteps),
    stressP99: valueOf(SETTINGS.stressP99),
    databaseUrl: optionalValueOf(SETTINGS.databaseUrl),
    profile: valueOf(SETTINGS.profile),
    soakDuration: optionalValueOf(SETTINGS.soakDuration),
    baseline: valueOf(SETTINGS.baseline),
    regressionThreshold: valueOf(SETTINGS.regressionThreshold),
    failOn: valueOf(SETTINGS.failOn),
    preExisting: valueOf(SETTINGS.preExisting),
    comment: valueOf(SETTINGS.comment),
    commentKey: valueOf(SETTINGS.commentKey),
    mode: valueOf(SETTINGS.mode),
    composition: valueOf(SETTINGS.composition),
    stripHash: valueOf(SETTINGS.stripHash),
    alert: valueOf(SETTINGS.alert),
    alertMentions: optionalValueOf(SETTINGS.alertMentions) ?? [],
    historySize: valueOf(SETTINGS.historySize),
    acceptLabel: valueOf(SETTINGS.acceptLabel),
    origins: { settings: {}, bundleLimits: {}, endpointP95Budgets: {}, lighthouseBudgets: {} }
  };
  const optional = {
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
    report: optionalValueOf(SETTINGS.report),
    shard: optionalValueOf(SETTINGS.shard),
    targetUrl: optionalValueOf(SETTINGS.targetUrl)
  };
  for (const [key, value] of Object.entries(optional)) if (value !== void 0) Object.assign(config, { [key]: value });
  if (config.targetUrl && config.startCommand) {
    throw new UserError(messages.targetUrlWithStartCommand(setting(Input.TargetUrl)?.where ?? Input.TargetUrl, setting(Input.StartCommand)?.where ?? Input.StartCommand));
  }
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
      if (endpoint) origins.endpointP95Budgets[endpointName(endpoint)] ??= partOrigin(endpointsSetting, partLine(endpointsSetting, [index, "p95-budget"]));
    });
  }
  const fromAssertions = assertionOrigins(workingDirectory, assertions);
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
  const file = path.join(workingDirectory, inPackageJson ? "package.json" : setup.file);
  const lines = await sourceLines(await readFile2(file, "utf8"));
  const origins = {};
  setup.checks.forEach((check, index) => {
    if (check.limit !== void 0) origins[check.name] ??= { kind: "file", file, line: lines.keyLine([...inPackageJson ? ["size-limit"] : [], index, "limit"]) };
  });
  return origins;
}
__name(sizeLimitOrigins, "sizeLimitOrigins");
function assertionOrigins(workingDirectory, assertions) {
  if (assertions.file === void 0) return {};
  const file = path.resolve(workingDirectory, assertions.file);
  const origins = {};
  for (const metric of Object.keys(assertions.budgets)) origins[metric] = { kind: "file", file, line: assertions.lines[metric] };
  return origins;
}
__name(assertionOrigins, "assertionOrigins");
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
    "@types/pg": "^8.23.1",
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
    pg: "^8.23.1",
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

// src/report/targets.ts
var plain = /* @__PURE__ */ __name((text) => text, "plain");
function describeTarget(target, options = {}) {
  const name = options.name ?? plain;
  const measured = kindWords(target, name, options.compression ?? "gzip");
  const state = targetState(target);
  const words = target.unavailable ? { goal: measured.goal, limit: measured.limit, actual: "\u2014", shortfall: "unavailable", failure: `${measured.goal} is not evaluated (unavailable \u2014 ${UNAVAILABLE_BECAUSE[target.unavailable]})` } : measured;
  const settlesIt = target.unavailable ? UNAVAILABLE_BECAUSE[target.unavailable] : settlingWords(target, words.shortfall);
  const preExisting = preExistingWords(target);
  const described = preExisting ? {
    ...words,
    shortfall: `${words.shortfall}; ${preExisting}`,
    failure: `${words.failure}; ${preExisting}`,
    ...words.budgetNote ? { budgetNote: { ...words.budgetNote, message: `${words.budgetNote.message}; ${preExisting}` } } : {}
  } : words;
  return {
    state,
    subject: name(target.subject),
    ...described,
    settlesIt,
    stateWords: target.accepted ? `\u26A0\uFE0F ${described.shortfall}, accepted` : stateWords(state, target.blocking, described.shortfall, settlesIt)
  };
}
__name(describeTarget, "describeTarget");
function preExistingWords(target) {
  if (!target.preExisting) return "";
  const base = target.base === void 0 || target.kind === "lighthouse-error" || target.preExisting.straddled ? "" : ` (${formatReading(target, target.base)})`;
  const side = higherIsBetter(target.metric) && target.kind === "lighthouse-metric" ? "under" : "over";
  const over = target.kind === "lighthouse-error" ? "already failing on the base" : target.preExisting.straddled ? `already at the budget on the base (its runs straddle it)` : `already ${side} on the base`;
  return `${over}${base}, ${target.preExisting.worse ? "and worse than it beyond the noise" : "and no worse beyond the noise"}`;
}
__name(preExistingWords, "preExistingWords");
function formatReading(target, value) {
  switch (target.kind) {
    case "bundle-budget":
    case "memory":
      return formatSize(value);
    case "size-limit-time":
    case "latency-p95":
      return formatMs(value);
    case "error-rate":
      return formatErrorRate(value);
    case "lighthouse-metric":
    case "render-regression":
      return formatMetric(target.metric, value);
    case "latency-regression":
      return formatMs(value);
    default:
      return String(value);
  }
}
__name(formatReading, "formatReading");
function formatChange(target, value) {
  if (!target.absolute) return formatSignedPercentAgainst(value, target.target);
  return formatSignedIn((reading) => formatReading(target, reading), value);
}
__name(formatChange, "formatChange");
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
        actual: formatSignedPercentAgainst(actual, limit),
        shortfall: "regression",
        failure: `${who} grew ${formatSignedPercentAgainst(actual, limit)}, more than the ${formatPercent(limit)} regression threshold`
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
    case "shard":
      return {
        goal: `shard ${subject} merged`,
        limit: "",
        actual: "\u2014",
        shortfall: "not merged",
        failure: `shard ${subject} ${target.detail ?? "sent no report"}`
      };
    case "latency-regression": {
      const limitWords = target.absolute ? `+${formatReading(target, limit)}` : formatPercent(limit);
      return {
        goal: `${who} p95 grows \u2264 ${limitWords}`,
        limit: limitWords,
        actual: formatChange(target, actual),
        shortfall: "regression",
        failure: `${who} p95 grew ${formatChange(target, actual)} against the base${target.base === void 0 ? "" : ` (${formatMs(target.base)})`}, more than the ${limitWords} regression threshold`
      };
    }
    case "render-regression": {
      const label = metricLabel(target.metric);
      const higher = higherIsBetter(target.metric);
      const limitWords = target.absolute ? formatReading(target, limit) : formatPercent(limit);
      const by = formatChange(target, higher ? -actual : actual);
      return {
        goal: `${who} ${label} ${higher ? "falls" : "grows"} \u2264 ${limitWords}`,
        limit: limitWords,
        actual: formatChange(target, actual),
        shortfall: "regression",
        failure: `${who} ${label} ${higher ? "fell" : "grew"} ${by} against the base${target.base === void 0 ? "" : ` (${formatReading(target, target.base)})`}, more than the ${limitWords} regression ${target.absolute ? "floor" : "threshold"}`
      };
    }
  }
}
__name(kindWords, "kindWords");
function settlingWords(target, shortfall) {
  if (target.withinNoiseOfBase) {
    const base = target.base === void 0 ? "" : ` (${formatReading(target, target.base)})`;
    return `${shortfall}, but no worse than the base${base}, which met it, beyond the noise: the budget lies within what this measurement moves by on the same code; pre-existing: block fails it`;
  }
  switch (target.kind) {
    case "latency-p95":
      return `${shortfall}, but the load generator was CPU-bound; run on a bigger machine or with fewer connections to settle it`;
    case "latency-regression":
      return `the interval of the p95 change reaches past the threshold after ${plural(target.runs ?? 0, "round")} a side; a higher latency-max-rounds or sampling-timeout settles it`;
    case "render-regression":
      return `the interval of the change reaches past the threshold after ${plural(target.runs ?? 0, "run")} a side; a higher lighthouse-max-runs or sampling-timeout settles it`;
    case "lighthouse-metric":
      return `the ${plural(target.runs ?? 0, "run")} straddle the budget; a higher lighthouse-max-runs or sampling-timeout settles it`;
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
    case "unavailable":
      return `\u2796 unavailable \u2014 ${settlesIt}`;
    case "fail":
    case "regression":
      return blocking ? `\u274C ${shortfall}` : `\u26A0\uFE0F ${shortfall}, not blocking`;
  }
}
__name(stateWords, "stateWords");
function capitalized(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
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
function preExistingCount(report) {
  const count = report.verdict.preExisting ?? 0;
  return count > 0 ? `; ${count} already over budget on the base` : "";
}
__name(preExistingCount, "preExistingCount");
function acceptedCount(report) {
  return report.accepted ? report.validation.filter((target) => target.accepted).length : 0;
}
__name(acceptedCount, "acceptedCount");
function acceptanceWords(report, name = plain, text = plain) {
  const count = acceptedCount(report);
  if (!report.accepted || count === 0) return "";
  const { label, by } = report.accepted;
  const labelWords = `the label ${name === plain ? JSON.stringify(label) : name(label)}`;
  return by ? `${plural(count, "regression")} accepted by ${text(`@${by}`)} with ${labelWords}` : `${plural(count, "regression")} accepted with ${labelWords}, added by an unknown user`;
}
__name(acceptanceWords, "acceptanceWords");
function unavailableCount(report) {
  return report.validation.filter((target) => targetState(target) === "unavailable").length;
}
__name(unavailableCount, "unavailableCount");
function unavailableWords2(report, name) {
  const byReason = /* @__PURE__ */ new Map();
  for (const target of report.validation) {
    if (!target.unavailable) continue;
    byReason.set(target.unavailable, [...byReason.get(target.unavailable) ?? [], describeTarget(target, { name }).goal]);
  }
  return [...byReason].map(([reason, goals]) => `${goals.join(", ")} not evaluated (unavailable \u2014 ${UNAVAILABLE_BECAUSE[reason]})`);
}
__name(unavailableWords2, "unavailableWords");
function verdictSentence(report, name = plain, text = plain) {
  const { verdict } = report;
  const accepted = acceptanceWords(report, name, text);
  const first = verdict.blockingFailures[0];
  if (first) {
    const more = verdict.blockingFailures.length - 1;
    return `perf-gate failed: ${describeTarget(first, { name }).failure}${more > 0 ? ` (and ${more} more)` : ""}${accepted ? `; ${accepted}` : ""}${preExistingCount(report)}${verdictCounts(verdict.inconclusive, "inconclusive")}${verdictCounts(unavailableCount(report), "unavailable")}`;
  }
  const parts = accepted ? [accepted] : [];
  const bundles = report.comparison.bundles.filter((bundle) => bundle.status !== "removed").length;
  if (bundles > 0) parts.push(`${plural(bundles, "bundle")} within budget`);
  const pages = report.measurements.lighthouse?.pages.length ?? 0;
  if (pages > 0) parts.push(`${plural(pages, "page")} within render budgets`);
  const endpoints = report.measurements.latency?.endpoints.length ?? 0;
  if (endpoints > 0) parts.push(`${plural(endpoints, "endpoint")} measured under load`);
  const preExisting = verdict.preExisting ?? 0;
  const newFailures = verdict.budgetFailures - preExisting;
  if (newFailures > 0) parts.push(`${newFailures} over budget, not blocking (fail-on: ${failOnWords(report)})`);
  if (preExisting > 0) parts.push(`${preExisting} already over budget on the base and no worse, not blocking (pre-existing: ${report.settings.preExisting ?? "block"})`);
  const unaccepted = verdict.regressions - acceptedCount(report);
  if (unaccepted > 0) {
    parts.push(`${unaccepted} grew more than ${formatPercent(report.settings.regressionThreshold)}, not blocking (fail-on: ${failOnWords(report)})`);
  }
  if (verdict.inconclusive > 0) {
    const undecided = report.validation.filter((target) => target.inconclusive);
    const reasons = [
      undecided.some((target) => target.kind === "latency-p95" && !target.withinNoiseOfBase) ? "the load generator was CPU-bound" : "",
      undecided.some((target) => target.withinNoiseOfBase) ? "a budget within the noise of a base that met it" : "",
      undecided.some((target) => target.kind === "lighthouse-metric" && !target.withinNoiseOfBase) ? "runs that straddle a budget" : "",
      undecided.some((target) => target.kind.endsWith("-regression")) ? "a change too uncertain to judge" : ""
    ].filter(Boolean);
    parts.push(`${verdict.inconclusive} inconclusive (${reasons.join("; ")}; see Validation)`);
  }
  parts.push(...unavailableWords2(report, name));
  if (report.baseline.source === "none") parts.push("no baseline, budgets only");
  return `perf-gate passed: ${parts.join("; ")}`;
}
__name(verdictSentence, "verdictSentence");
function verdictLine(report, name, text) {
  const { verdict } = report;
  const toLookAt = verdict.regressions - acceptedCount(report) + verdict.budgetFailures + verdict.inconclusive;
  const icon = verdict.passed ? toLookAt > 0 ? "\u26A0\uFE0F" : "\u2705" : "\u274C";
  return `${icon} **${verdictSentence(report, name, text)}**`;
}
__name(verdictLine, "verdictLine");

// src/report/phases/code.ts
import path2 from "node:path";

// src/report/fit.ts
var FULL_LAYOUT = { rows: Infinity };
var ROW_STEPS = [Infinity, 50, 25, 10, 3];
function limitRows(rows, layout, noun) {
  if (rows.length <= layout.rows) return [...rows];
  return [...rows.slice(0, layout.rows), "", `\u2026and ${(rows.length - layout.rows).toLocaleString("en-US")} more ${noun} in the full report.`];
}
__name(limitRows, "limitRows");
function fitRows(render, maxLength, cutNote) {
  let text = "";
  for (const rows of ROW_STEPS) {
    text = render({ rows });
    if (text.length <= maxLength) return text;
  }
  return cutAtLine(text, maxLength, cutNote);
}
__name(fitRows, "fitRows");
var MAX_OPEN_DETAILS = 4;
var FENCE_CLOSER = "\n```";
var DETAILS_CLOSER = "\n</details>";
function cutAtLine(text, maxLength, note) {
  if (text.length <= maxLength) return text;
  const detailsToClose = Math.min((text.match(/<details>/g) ?? []).length, MAX_OPEN_DETAILS);
  const room = Math.max(0, maxLength - note.length - FENCE_CLOSER.length - DETAILS_CLOSER.length * detailsToClose);
  const lineEnd = text.lastIndexOf("\n", room);
  const kept = text.slice(0, lineEnd > 0 ? lineEnd : room);
  const insideCodeBlock = (kept.match(/^```/gm) ?? []).length % 2 === 1;
  const open = (kept.match(/<details>/g) ?? []).length - (kept.match(/<\/details>/g) ?? []).length;
  return `${kept}${insideCodeBlock ? FENCE_CLOSER : ""}${DETAILS_CLOSER.repeat(Math.max(0, Math.min(open, MAX_OPEN_DETAILS)))}${note}`;
}
__name(cutAtLine, "cutAtLine");

// src/report/phases/code.ts
function codePhase(analysis, layout) {
  if (!analysis || analysis.endpoints.length === 0 && analysis.notes.length === 0) return "";
  const lines = ["### Code"];
  for (const note of analysis.notes) lines.push("", escapeText(note));
  for (const entry of analysis.endpoints) {
    const { head, base } = entry;
    if (head.cpu) lines.push("", ...cpuSection(entry.endpoint, head, base, entry.hotter, layout));
    if (head.leak) lines.push("", heapLine(entry.endpoint, head, base?.leak));
  }
  return lines.join("\n");
}
__name(codePhase, "codePhase");
function location(fn) {
  if (fn.file === "") return "(native)";
  return code(fn.line > 0 ? `${fn.file}:${fn.line}` : fn.file);
}
__name(location, "location");
function cpuSection(endpoint, head, base, hotter, layout) {
  const cpu = head.cpu;
  if (!cpu) return [];
  const lines = [`#### Hottest functions on ${code(endpoint)} (CPU profile of a normal-load round, self time)`, ""];
  if (cpu.top.length === 0) {
    lines.push(`No JavaScript function was on the CPU in the ${plural(cpu.samples, "sample")} of the profile.`);
  } else {
    const baseShares = new Map((base?.cpu?.top ?? []).map((fn) => [`${fn.functionName}\0${fn.file}`, fn.share]));
    const withBase = base?.cpu !== void 0;
    lines.push(withBase ? "| Function | File:line | Self time | Share (base \u2192 head) |" : "| Function | File:line | Self time | Share |", "|:--|:--|--:|--:|");
    const rows = cpu.top.map((fn) => {
      const was = baseShares.get(`${fn.functionName}\0${fn.file}`);
      const share = withBase ? `${was === void 0 ? "\u2014" : formatPercent(was)} \u2192 ${formatPercent(fn.share)}` : formatPercent(fn.share);
      return `| ${code(fn.functionName)} | ${location(fn)} | ${formatMs(fn.selfMs)} | ${share} |`;
    });
    lines.push(...limitRows(rows, layout, "functions"));
  }
  lines.push(
    "",
    `Shares are of the ${plural(cpu.busySamples, "sample")} in which the server was on the CPU (${formatPercent(cpu.idleShare)} of the round it was idle); garbage collection took ${formatPercent(cpu.gcShare)} and V8 and native code outside any function ${formatPercent(cpu.programShare)}.`
  );
  if (base?.cpu) {
    if (hotter.length === 0) lines.push("", "Nothing got hotter than on the base (by 5 percentage points or more, or new among the hottest).");
    else {
      const changes = hotter.map(
        (change) => change.status === "new" ? `- ${code(change.functionName)} (${location(change)}): new among the hottest, ${formatPercent(change.headShare)} of the CPU` : `- ${code(change.functionName)} (${location(change)}): ${formatPercent(change.baseShare ?? 0)} \u2192 ${formatPercent(change.headShare)} of the CPU`
      );
      lines.push("", "Hotter than on the base:", "", ...limitRows(changes, layout, "functions"));
    }
  }
  const round = head.profiledRound;
  if (round) lines.push("", `The profiled round, not counted in any target: p95 ${formatMs(round.p95)} at ${formatRate(round.throughput)} under the profiler.`);
  if (head.cpuProfileFile) lines.push("", `The profile: ${code(path2.basename(head.cpuProfileFile))} in the artifact (Chrome DevTools' Performance panel or speedscope open it).`);
  return lines;
}
__name(cpuSection, "cpuSection");
function perThousand(bytes) {
  const sign = bytes < 0 ? "\u2212" : "";
  return `${sign}${formatSize(Math.abs(Math.round(bytes)))}`;
}
__name(perThousand, "perThousand");
function interval(leak) {
  return Number.isFinite(leak.interval[0]) && Number.isFinite(leak.interval[1]) ? `${perThousand(leak.interval[0])} to ${perThousand(leak.interval[1])}` : "too few samples for an interval";
}
__name(interval, "interval");
function heapLine(endpoint, head, baseLeak) {
  const leak = head.leak;
  const over = `over ${leak.requests.toLocaleString("en-US")} requests (${plural(leak.samples, "heap sample")} after a full GC)`;
  const baseText = baseLeak ? ` The base: ${perThousand(baseLeak.slopeBytesPer1000)} per 1,000${baseLeak.possible ? ", a possible leak too" : ""}.` : "";
  const confidence = Math.round(leak.confidence * 100);
  if (leak.possible) {
    const snapshot = head.heapSnapshotFile ? ` A heap snapshot taken then is in the artifact (${code(path2.basename(head.heapSnapshotFile))}; Chrome DevTools' Memory panel opens it).` : "";
    return `\u26A0\uFE0F Possible leak on ${code(endpoint)}: the heap grew by ${perThousand(leak.slopeBytesPer1000)} per 1,000 requests (${confidence}% interval ${interval(leak)}, all of it above the floor of ${perThousand(leak.floorBytesPer1000)}) ${over}.${snapshot}${baseText}`;
  }
  return `Memory on ${code(endpoint)}: no leak found \u2014 the heap changed by ${perThousand(leak.slopeBytesPer1000)} per 1,000 requests (${leak.confidence > 0 ? `${confidence}% interval ` : ""}${interval(leak)}; a leak needs all of it above ${perThousand(leak.floorBytesPer1000)}) ${over}.${baseText}`;
}
__name(heapLine, "heapLine");

// src/report/phases/database.ts
var QUERY_CHARS = 120;
function queryCode(query, max = QUERY_CHARS) {
  const flat = query.replace(/\s+/g, " ").trim();
  return code(flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat);
}
__name(queryCode, "queryCode");
function perRequest(value) {
  if (value >= 10) return String(Math.round(value));
  return value.toFixed(1);
}
__name(perRequest, "perRequest");
function databasePhase(analysis, layout = FULL_LAYOUT) {
  if (!analysis || analysis.endpoints.length === 0 && !analysis.note) return "";
  const lines = ["### Database"];
  if (analysis.note) lines.push("", `\u26AA ${escapeText(analysis.note)}`);
  for (const endpoint of analysis.endpoints.slice(0, layout.rows)) lines.push("", ...endpointSection(endpoint, layout));
  if (analysis.endpoints.length > layout.rows) lines.push("", `\u2026and ${analysis.endpoints.length - layout.rows} more endpoints in the full report.`);
  return lines.join("\n");
}
__name(databasePhase, "databasePhase");
function endpointSection(endpoint, layout) {
  const head = endpoint.head;
  const base = endpoint.base;
  const baseText = base ? ` (base: ${perRequest(base.callsPerRequest)} calls, ${formatMs(base.msPerRequest)})` : "";
  const lines = [
    `${code(endpoint.endpoint)}: ${perRequest(head.callsPerRequest)} statement calls and ${formatMs(head.msPerRequest)} of database time per request, ${formatPercent(head.share)} of the response time${baseText}.`
  ];
  if (head.top.length === 0) {
    lines.push("", "No statements were counted during the round.");
    return lines;
  }
  const changes = new Map(endpoint.changes.filter((change) => change.kind !== "gone").map((change) => [change.queryid, change]));
  const rows = head.top.map((query) => {
    const change = changes.get(query.queryid);
    return `| ${queryCode(query.query)} | ${perRequest(query.callsPerRequest)} | ${formatMs(query.meanMs)} | ${formatMs(query.totalMs)} | ${perRequest(query.rowsPerCall)} | ${formatPercent(query.share)} | ${change ? changeText(change) : base ? "\u2014" : ""} |`;
  });
  lines.push("", "| Statement | Calls per request | Mean | Total | Rows per call | Share of response | Base \u2192 head |", "|:--|--:|--:|--:|--:|--:|:--|", ...limitRows(rows, layout, "statements"));
  const shown = new Set(head.top.map((query) => query.queryid));
  const offTable = endpoint.changes.filter((change) => change.kind === "gone" || !shown.has(change.queryid));
  if (offTable.length > 0) {
    lines.push("");
    for (const change of offTable.slice(0, layout.rows)) lines.push(`- ${queryCode(change.query)}: ${changeText(change)}`);
  }
  if (endpoint.findings.length > 0) {
    lines.push("");
    for (const finding of endpoint.findings.slice(0, layout.rows)) lines.push(`- ${findingLine(finding)}`);
  }
  const plans = Object.entries(endpoint.plans);
  if (plans.length > 0) {
    lines.push("", "<details><summary>Generic plans of the top statements</summary>", "");
    const queries = new Map(head.top.map((query) => [query.queryid, query.query]));
    for (const [queryid, plan] of plans.slice(0, layout.rows)) lines.push(`- ${queryCode(queries.get(queryid) ?? queryid, 80)}: ${planText(plan)}`);
    lines.push("", "</details>");
  }
  return lines;
}
__name(endpointSection, "endpointSection");
function changeText(change) {
  switch (change.kind) {
    case "new":
      return `\u{1F195} new: ${perRequest(change.head?.callsPerRequest ?? 0)} calls per request`;
    case "more-calls":
      return `\u{1F53A} calls per request ${perRequest(change.base?.callsPerRequest ?? 0)} \u2192 ${perRequest(change.head?.callsPerRequest ?? 0)}`;
    case "slower":
      return `\u{1F53A} mean ${formatMs(change.base?.meanMs ?? 0)} \u2192 ${formatMs(change.head?.meanMs ?? 0)}`;
    case "gone":
      return `no longer runs (was ${perRequest(change.base?.callsPerRequest ?? 0)} calls per request)`;
  }
}
__name(changeText, "changeText");
function findingLine(finding) {
  switch (finding.kind) {
    case "n-plus-one":
      return `**N+1**: ${queryCode(finding.query)} runs ${perRequest(finding.callsPerRequest)} times per request (${formatMs(finding.msPerRequest)}); load the rows at once with a join, or with one query for all the keys (${code("= ANY($1)")}).`;
    case "sequential-scan": {
      const table = `${code(finding.table ?? "?")}${finding.tableRows === void 0 ? "" : ` (${Math.round(finding.tableRows).toLocaleString("en-US")} rows)`}`;
      const filter = finding.filter ? ` filtered by ${queryCode(finding.filter, 80)}` : "";
      const fix = finding.fixSql ? `: ${code(finding.fixSql)}` : ": add an index that serves the filter";
      return `**Sequential scan** of ${table}${filter} in ${queryCode(finding.query, 80)}; index it${fix}.`;
    }
    case "estimate-off":
      return `**Row estimate off** in ${queryCode(finding.query, 80)}: the plan expects ${perRequest(finding.planRows ?? 0)} rows, a call returned ${perRequest(finding.actualRows ?? 0)}; run ${code("ANALYZE")} on its tables (and check autovacuum), or raise the columns' statistics target.`;
  }
}
__name(findingLine, "findingLine");
function planText(plan) {
  if ("error" in plan) return `no plan (${escapeText(plan.error)})`;
  const nodes = plan.nodeTypes.slice(0, 12).map((node) => escapeText(node));
  const more = plan.nodeTypes.length > 12 ? " \u2192 \u2026" : "";
  return `${nodes.join(" \u2192 ")}${more}; ${perRequest(plan.planRows)} rows expected, cost ${Math.round(plan.totalCost).toLocaleString("en-US")}`;
}
__name(planText, "planText");
function databaseBottleneckWhat(item) {
  const words = {
    "n-plus-one": `N+1 (${perRequest(item.callsPerRequest)} calls per request)`,
    "sequential-scan": "sequential scan",
    "estimate-off": "row estimate off"
  };
  const fix = item.fixSql ? `; ${code(item.fixSql)}` : "";
  return `database: ${item.findings.map((finding) => words[finding]).join(", ")} in ${queryCode(item.query, 80)}${fix}`;
}
__name(databaseBottleneckWhat, "databaseBottleneckWhat");
function databaseBottleneckImpact(item) {
  return `${formatMs(item.msPerRequest)} of database time per request`;
}
__name(databaseBottleneckImpact, "databaseBottleneckImpact");

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
  return ["### Baseline", baselineIntro(report.baseline, report.alert !== void 0), ...parts].join("\n\n");
}
__name(baselinePhase, "baselinePhase");
function sharedCompression(bundles) {
  const kinds = new Set(bundles.map((bundle) => bundle.compression));
  return kinds.size === 1 ? bundles[0]?.compression : void 0;
}
__name(sharedCompression, "sharedCompression");
function baselineIntro(baseline, alert = false) {
  switch (baseline.source) {
    case "none":
      return `No baseline: ${escapeText(baseline.reason)} Only the absolute budgets were checked.`;
    case "rebuild":
      if (alert && baseline.commit.sha === baseline.ref) return `Compared with ${code(baseline.ref.slice(0, 7))}, the parent of this commit, rebuilt and measured in this job.`;
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
  const lines = [`#### Bundle sizes${shared ? ` (${compressionLabel(shared)})` : ""}`, ""];
  if (report.baseline.source === "none") {
    const rows = [...bundles].sort((a, b) => b.size / (b.limit || 1) - a.size / (a.limit || 1)).map((bundle) => {
      const head = bundle.head ?? { raw: 0, gzip: 0, brotli: 0 };
      const cell = /* @__PURE__ */ __name((size) => size === void 0 ? "\u2014" : formatSize(size), "cell");
      return `| ${bundleLabel(bundle)} | ${cell(head.raw)} | ${cell(head.gzip)} | ${cell(head.brotli)} | ${formatLimit(bundle.limit)} ${compressionLabel(bundle.compression)} |`;
    });
    lines.push("| Bundle | Raw | Gzip | Brotli | Budget |", "|:--|--:|--:|--:|--:|", ...limitRows(rows, layout, "bundles"));
    return lines.join("\n");
  }
  const header = ["| Bundle | Base | Head | Change | Budget |", "|:--|--:|--:|--:|--:|"];
  const row = /* @__PURE__ */ __name((bundle) => {
    const base = bundle.baseSize === void 0 ? "\u2014" : withUnit(bundle.baseSize, bundle);
    const head = bundle.status === "removed" ? "\u2014" : withUnit(bundle.size, bundle);
    return `| ${bundleLabel(bundle)} | ${base} | ${head} | ${changeCell(bundle)} | ${formatLimit(bundle.limit)} |`;
  }, "row");
  const moved = bundles.filter((bundle) => bundle.status !== "unchanged").sort((a, b) => Math.abs(b.delta ?? b.size) - Math.abs(a.delta ?? a.size));
  const unchanged = bundles.filter((bundle) => bundle.status === "unchanged");
  if (moved.length > 0) lines.push(...header, ...limitRows(moved.map(row), layout, "changed bundles"));
  else lines.push("No bundle changed.");
  if (unchanged.length > 0) {
    lines.push(
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
  if (notes.length > 0) lines.push("", ...limitRows(notes, layout, "notes on pairing"));
  return lines.join("\n");
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
  const lines = [`#### Bundle composition (${origin}, ${sizes})`, ""];
  const changes = report.comparison.composition;
  if (changes.length > 0) {
    const rows = changes.map((change) => {
      const what = change.kind === "package" ? `package ${code(change.name)}` : `module ${code(change.name)}`;
      const size = /* @__PURE__ */ __name((value) => value === void 0 ? "\u2014" : formatSize(value), "size");
      const delta = change.status === "added" ? "new" : change.status === "removed" ? "removed" : `${formatSignedSize(change.delta)}${change.base ? ` (${formatSignedPercent(change.delta / change.base)})` : ""}`;
      return `| ${code(change.asset)} | ${what} | ${size(change.base)} | ${size(change.head)} | ${delta} |`;
    });
    lines.push("What changed inside the bundles, largest change first:", "", "| Bundle | Package or module | Base | Head | Change |", "|:--|:--|--:|--:|--:|", ...limitRows(rows, layout, "changes"));
  } else {
    const rows = composition.assets.map((asset) => {
      const top = asset.packages.slice(0, 3).map((entry) => `${code(entry.name)} ${formatSize(entry.size)}`).join(", ");
      return `| ${code(asset.asset)} | ${formatSize(asset.size)} | ${asset.moduleCount} | ${top} |`;
    });
    lines.push("| Bundle | Size | Modules | Largest packages |", "|:--|--:|--:|:--|", ...limitRows(rows, layout, "bundles"));
    if (report.baseline.source !== "none") lines.push("", `The base has no ${origin} to compare with.`);
  }
  lines.push("", "<details><summary>What each bundle is made of</summary>");
  for (const asset of composition.assets.slice(0, layout.rows)) {
    const entries = /* @__PURE__ */ __name((list) => list.slice(0, COMPOSITION_ROWS).map((entry) => `${code(entry.name)} ${formatSize(entry.size)}`).join(", "), "entries");
    const more = asset.packages.length > COMPOSITION_ROWS ? ` and ${asset.packages.length - COMPOSITION_ROWS} more` : "";
    lines.push("", `${code(asset.asset)} (${formatSize(asset.size)}, ${plural(asset.moduleCount, "module")}): packages ${entries(asset.packages)}${more}; largest modules ${entries(asset.modules)}.`);
  }
  lines.push("", "</details>");
  return lines.join("\n");
}
__name(compositionBaseline, "compositionBaseline");
function judgedNote(changes, what) {
  const judged = changes.filter((change) => change !== void 0);
  if (judged.length === 0) return "";
  const counts = judged.map((change) => change.pairs);
  const [fewest, most] = [Math.min(...counts), Math.max(...counts)];
  const pairs = fewest === most ? `${fewest}` : `${fewest} to ${most}`;
  const confidences = [...new Set(judged.map((change) => `${Math.round(change.confidence * 1e3) / 10}%`))].join(" or ");
  return `Base \u2192 head: each side's median over the same ${pairs} ${what}, taken in turn (as many as it took to decide). The change is the difference of the two; in brackets, where the median paired difference lies with ${confidences} confidence (the sign test's interval, exact for its number of pairs). A regression or an improvement needs 95% and the whole interval past the threshold; below 6 pairs nothing is claimed.`;
}
__name(judgedNote, "judgedNote");
function signedChange(change, unit, value) {
  if (change.change === void 0) return formatSignedIn(unit, value);
  return formatSignedPercent(value / change.base);
}
__name(signedChange, "signedChange");
function changeWithInterval(change, unit) {
  const marks = { regression: " \u{1F53A}", improvement: " \u{1F53D}", inconclusive: " \u26AA", unchanged: "" };
  const bounds = change.interval.every(Number.isFinite) ? ` (${signedChange(change, unit, change.interval[0])}\u2026${signedChange(change, unit, change.interval[1])})` : "";
  return `${signedChange(change, unit, change.difference)}${bounds}${marks[change.verdict]}`;
}
__name(changeWithInterval, "changeWithInterval");
function runCounts(counts, word) {
  const [fewest, most] = [Math.min(...counts), Math.max(...counts)];
  return fewest === most ? plural(fewest, word) : `${fewest}\u2013${most} ${word}s`;
}
__name(runCounts, "runCounts");
function lighthouseBaseline(report, layout) {
  const lighthouse = report.measurements.lighthouse;
  if (!lighthouse || lighthouse.pages.length === 0) return "";
  const comparisonOf = new Map(report.comparison.pages.map((page) => [page.name, page]));
  const counts = lighthouse.pages.flatMap((page) => page.median ? [page.runs.filter((run) => run.metrics).length] : []);
  const lines = [`#### Render performance (Lighthouse${counts.length > 0 ? `, median of ${runCounts(counts, "run")}` : ""})`, ""];
  lines.push("| Page | Runs | Score | FCP | LCP | TBT | CLS | Speed Index | LCP spread |", "|:--|--:|--:|--:|--:|--:|--:|--:|--:|");
  const rows = lighthouse.pages.map((page) => {
    const median = page.median;
    if (!median) return `| ${code(page.name)} | ${page.runs.length} | \u2014 | \u2014 | \u2014 | \u2014 | \u2014 | \u2014 | failed: ${code(page.error ?? "every run failed")} |`;
    const cell = /* @__PURE__ */ __name((metric) => median[metric] === void 0 ? "\u2014" : formatMetric(metric, median[metric]), "cell");
    const range = page.spread?.lcp;
    const spread = range ? `${formatMs(range.min)}\u2013${formatMs(range.max)}` : "\u2014";
    return `| ${code(page.name)} | ${page.runs.filter((run) => run.metrics).length} | ${cell("score")} | ${cell("fcp")} | ${cell("lcp")} | ${cell("tbt")} | ${cell("cls")} | ${cell("si")} | ${spread} |`;
  });
  lines.push(...limitRows(rows, layout, "pages"));
  const compared = lighthouse.pages.flatMap((page) => {
    const comparison = comparisonOf.get(page.name);
    if (!comparison?.base || !comparison.head) return [];
    return METRIC_NAMES.flatMap((metric) => {
      const [before, after] = [comparison.base?.[metric], comparison.head?.[metric]];
      if (before === void 0 || after === void 0) return [];
      const change = comparison.changes?.[metric];
      const unit = /* @__PURE__ */ __name((value) => formatMetric(metric, value), "unit");
      const difference = change ? changeWithInterval(change, unit) : METRIC_TABLE[metric].unit === "unitless" || before === 0 ? formatSignedIn(unit, after - before) : formatSignedPercent((after - before) / before);
      return [`| ${code(page.name)} | ${METRIC_TABLE[metric].label} | ${unit(before)} | ${unit(after)} | ${difference} |`];
    });
  });
  if (compared.length > 0) {
    const judged = report.comparison.pages.flatMap((page) => Object.values(page.changes ?? {}));
    lines.push("", "| Page | Metric | Base | Head | Change |", "|:--|:--|--:|--:|--:|", ...limitRows(compared, layout, "metrics"));
    lines.push("", judged.length > 0 ? judgedNote(judged, "runs") : "Base from an earlier run's report, medians on both sides: a change is shown, not judged.");
  }
  return lines.join("\n");
}
__name(lighthouseBaseline, "lighthouseBaseline");
function latencyBaseline(report, layout) {
  const latency = report.measurements.latency;
  if (!latency || latency.endpoints.length === 0) return "";
  const connections = latency.endpoints[0]?.normal.connections ?? 0;
  const lines = [`#### API latency (normal load, ${plural(connections, "connection")})`, ""];
  const withBase = report.comparison.endpoints.some((endpoint) => endpoint.base || endpoint.p95Change);
  const judged = report.comparison.endpoints.some((endpoint) => endpoint.p95Change);
  lines.push(
    withBase ? `| Endpoint | p50 | p95 (base \u2192 head) | p99 | Throughput | Errors |${judged ? " p95 change (interval) |" : ""}` : "| Endpoint | p50 | p95 | p99 | Throughput | Errors |",
    `|:--|--:|--:|--:|--:|--:|${judged ? "--:|" : ""}`
  );
  const rows = report.comparison.endpoints.map((endpoint) => {
    const { head, base, p95Change } = endpoint;
    const p95 = p95Change ? `${formatMs(p95Change.base)} \u2192 ${formatMs(p95Change.head)}` : base ? `${formatMs(base.p95)} \u2192 ${formatMs(head.p95)}` : formatMs(head.p95);
    const change = judged ? ` ${p95Change ? changeWithInterval(p95Change, formatMs) : "\u2014"} |` : "";
    return `| ${code(endpoint.name)} | ${formatMs(head.p50)} | ${p95} | ${formatMs(head.p99)} | ${formatRate(head.throughput)} | ${formatErrorRate(head.errorRate)} |${change}`;
  });
  lines.push(...limitRows(rows, layout, "endpoints"));
  if (judged)
    lines.push(
      "",
      judgedNote(
        report.comparison.endpoints.map((endpoint) => endpoint.p95Change),
        "rounds"
      )
    );
  else if (withBase) lines.push("", "p95 from one normal round on each side (an earlier run's report for the base): a change is shown, not judged.");
  lines.push("", serverWords(report));
  return lines.join("\n");
}
__name(latencyBaseline, "latencyBaseline");
function serverWords(report) {
  const latency = report.measurements.latency;
  if (!latency) return "";
  const unavailable = resourcesUnavailable(latency);
  const started = latency.startupMs === void 0 ? "" : `ready in ${formatMs(latency.startupMs)}; `;
  if (latency.target !== void 0) return `Server: the app at ${code(latency.target)} (target-url), which perf-gate did not start; ${unavailableWords("memory and CPU", "target-url")}.`;
  if (unavailable) return `Server: ${started}${unavailableWords("memory and CPU", unavailable)}.`;
  const memory = report.validation.find((target) => target.kind === "memory");
  const peakRss = peakRssUnderLoad(latency) ?? 0;
  const cpu = Math.max(0, ...latency.endpoints.flatMap((endpoint) => [endpoint.normal, endpoint.peak]).map((round) => round.server?.meanCpu ?? 0));
  const rss = memory?.base === void 0 ? `peak RSS ${formatSize(peakRss)}` : `peak RSS ${formatSize(memory.base)} on the base \u2192 ${formatSize(peakRss)} on the head`;
  return `Server: ${started}${rss} under normal and peak load; up to ${cpu.toFixed(2)} CPU cores.${countedWords(latency.counted)}`;
}
__name(serverWords, "serverWords");
function countedWords(counted) {
  if (!counted) return "";
  const descendants = counted.processes - 1;
  const them = `${code(counted.command)}${descendants > 0 ? ` and ${plural(descendants, "process", "processes")} under it` : ""}`;
  if (counted.wholeGroup) return ` Counted: the start command's whole process tree (no process of it was seen listening on the port), from ${code(counted.command)}.`;
  return ` Counted: ${them}, the process listening on the port${counted.launchers.length > 0 ? `; not ${counted.launchers.map(code).join(", ")} in front of it` : ""}.`;
}
__name(countedWords, "countedWords");
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
  const lines = ["### Bottlenecks", "", "| | Where | What | Estimated impact |", "|--:|:--|:--|--:|"];
  report.bottlenecks.slice(0, TOP_BOTTLENECKS).forEach((item, index) => lines.push(`| ${index + 1} | ${code(item.subject)} | ${bottleneckWhat(item)} | ${bottleneckImpact(item)} |`));
  if (report.bottlenecks.length > TOP_BOTTLENECKS) lines.push("", `\u2026and ${report.bottlenecks.length - TOP_BOTTLENECKS} more in report.json.`);
  lines.push("", `Ranked by estimated impact on a user: Lighthouse's estimated savings, an endpoint's p95, and bytes as download time on Lighthouse's mobile link (1.6 Mbps).`);
  return lines.join("\n");
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
      return `large file: ${formatSize(item.bytes)} ${compressionLabel(item.compression)}${item.share === void 0 ? "" : `, ${formatPercent(item.share)} of all bundles`}${item.growth ? `; grew ${formatSignedSize(item.growth.bytes)}${item.growth.change === void 0 ? "" : ` (${formatSignedPercent(item.growth.change)})`}` : ""}`;
    case "largest-package":
      return `large package in ${code(item.asset)}: ${formatSize(item.bytes)}${item.gzip ? ` (${formatSize(item.gzip)} gzip)` : ""}${item.share === void 0 ? "" : `, ${formatPercent(item.share)} of it`}`;
    case "package-growth":
      return `package grew in ${code(item.asset)}: ${formatSignedSize(item.bytes)}${item.share === void 0 ? "" : ` (${formatSignedPercent(item.share)})`}`;
    case "database-query":
      return databaseBottleneckWhat(item);
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
    case "database-query":
      return databaseBottleneckImpact(item);
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
  const latency = report.measurements.latency;
  const unavailable = latency && resourcesUnavailable(latency);
  const resourceCell = unavailable ? "unavailable" : "\u2014";
  const summary = endpoints.map((endpoint) => {
    const point = endpoint.stress?.breakingPoint;
    const breaking = !endpoint.stress ? "not stress-tested" : point && point.reason !== "not-reached" ? `${plural(point.connections, "connection")}, ${formatRate(point.throughput)}` : `none within ${plural(endpoint.stress.steps.length, "step")}`;
    return `| ${code(endpoint.name)} | ${formatMs(endpoint.normal.latency.p95)} | ${formatMs(endpoint.peak.latency.p95)} at ${endpoint.peak.connections} | ${breaking} |`;
  });
  const lines = ["### Load testing", "", "| Endpoint | p95 normal | p95 peak (connections) | Breaking point |", "|:--|--:|--:|:--|", ...limitRows(summary, layout, "endpoints")];
  lines.push("", "<details><summary>Every scenario: normal, peak, stress</summary>");
  for (const endpoint of endpoints.slice(0, layout.rows)) {
    lines.push("", `${code(endpoint.name)}:`, "", "| Scenario | Connections | p50 | p95 | p99 | Throughput | Errors | Server RSS | Server CPU |", "|:--|--:|--:|--:|--:|--:|--:|--:|--:|");
    lines.push(scenarioRow("normal", endpoint.normal, resourceCell), scenarioRow("peak", endpoint.peak, resourceCell));
    for (const [index, step] of (endpoint.stress?.steps ?? []).entries()) lines.push(scenarioRow(`stress ${index + 1}`, step, resourceCell));
    if (endpoint.soak) lines.push(scenarioRow(`soak (${formatMs(endpoint.soak.durationMs)})`, endpoint.soak, resourceCell));
    if (endpoint.stress) lines.push("", breakingPoint(endpoint));
  }
  if (endpoints.length > layout.rows) lines.push("", `\u2026and the rounds of ${endpoints.length - layout.rows} more endpoints in the full report.`);
  lines.push("", "</details>");
  if (unavailable) lines.push("", `Server ${unavailableWords("memory and CPU", unavailable)}; the memory budget is not evaluated.`);
  const rounds = endpoints.flatMap((endpoint) => [endpoint.normal, endpoint.peak, ...endpoint.stress?.steps ?? [], ...endpoint.soak ? [endpoint.soak] : []]);
  if (rounds.some((round) => round.saturated)) lines.push("", "\u26AA the load generator was CPU-bound in a round: its latencies include the generator\u2019s own waiting.");
  return lines.join("\n");
}
__name(loadTestingPhase, "loadTestingPhase");
function scenarioRow(label, round, notSampled) {
  const rss = round.server ? formatSize(round.server.peakRss) : notSampled;
  const cpu = round.server ? `${round.server.meanCpu.toFixed(2)} cores` : notSampled;
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
import path3 from "node:path";
function monitoringPhase(report, layout) {
  const pages = (report.measurements.lighthouse?.pages ?? []).filter((page) => page.htmlReport);
  const series = report.trend ?? [];
  const artifact = safeLink(report.links?.artifact);
  const checkRun = safeLink(report.links?.checkRun);
  if (pages.length === 0 && series.length === 0 && !artifact && !checkRun && !report.measurements.composition?.treemap) return "";
  const lines = ["### Monitoring"];
  if (series.length > 0) {
    lines.push("", trendReach(report.historyReach, series));
    for (const line of series) lines.push("", ...trendChart(line));
  }
  const treemap = report.measurements.composition?.treemap;
  if (artifact) {
    const extras = [pages.length > 0 ? "the Lighthouse HTML reports" : "", treemap ? `the bundle treemap (${code(path3.basename(treemap))}, webpack-bundle-analyzer)` : ""].filter(Boolean);
    lines.push(
      "",
      `Files: the [report artifact](${artifact}) holds report.json, report.md, benchmark.json (github-action-benchmark's customSmallerIsBetter)${extras.length > 0 ? ` and ${extras.join(" and ")}` : ""}.`
    );
  } else if (treemap) {
    lines.push("", `Bundle treemap (webpack-bundle-analyzer): ${code(treemap)}`);
  }
  if (checkRun) lines.push("", `The [check run](${checkRun}) on the head commit carries this report, with the failed budgets annotated on the lines that set them.`);
  if (pages.length > 0) {
    lines.push("", "Lighthouse reports of the representative runs:", "");
    const links = pages.map((page) => `- ${code(page.name)}: ${artifact ? `${code(path3.basename(page.htmlReport ?? ""))} in the artifact` : code(page.htmlReport ?? "")}`);
    lines.push(...limitRows(links, layout, "pages"));
  }
  return lines.join("\n");
}
__name(monitoringPhase, "monitoringPhase");
function trendReach(reach, series) {
  if (!reach) {
    const commits = Math.max(...series.map((line) => line.points.length - 1));
    return `Trend over the ${plural(commits, "most recent base-branch commit")} with a stored report, and this run:`;
  }
  const oldest = reach.oldest ? `, back to ${code(reach.oldest.sha.slice(0, 7))}${reach.oldest.date ? ` (${reach.oldest.date})` : ""}` : "";
  const shortOf = reach.points < reach.size ? `; history-size asks for ${reach.size}, and ${reach.commitsLookedAt === 1 ? "the 1 base-branch commit looked at has" : `the ${reach.commitsLookedAt} base-branch commits looked at have`} no more stored reports` : "";
  return `Trend over ${plural(reach.points, "earlier commit")}${oldest}, and this run${shortOf}:`;
}
__name(trendReach, "trendReach");
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
  const lines = ["### Plan", "", "What fixes a failing target first, then the most expected gain for the effort:", ""];
  report.plan.forEach((item, index) => {
    const ms = item.expectedMs ? `${item.expectedIs === "upper-bound" ? "up to" : "\u2248"} ${formatMs(item.expectedMs)} faster` : "";
    const gain = [ms, item.expectedBytes ? `\u2212${formatSize(item.expectedBytes)}` : ""].filter(Boolean).join(", ");
    const fixes = item.fixesFailure ? " (fixes a failing target)" : "";
    lines.push(`${index + 1}. ${code(item.subject)}: ${escapeText(item.action)}${gain ? ` \u2014 expected ${gain}` : ""}${movesText(item.moves)}; effort ${item.effort}${fixes}`);
  });
  return lines.join("\n");
}
__name(planPhase, "planPhase");

// src/report/alert.ts
function fromTo(item, change) {
  const { target } = item;
  const format = target.kind === "render-regression" ? (value) => formatMetric(target.metric, value) : formatMs;
  return `${format(change.base)} \u2192 ${format(change.head)}`;
}
__name(fromTo, "fromTo");
function firstNumbers(report, item) {
  const { target } = item;
  switch (target.kind) {
    case "bundle-regression": {
      const bundle = report.comparison.bundles.find((candidate) => candidate.name === target.subject || candidate.file === target.subject);
      return bundle?.baseSize === void 0 ? void 0 : `${formatSize(bundle.baseSize)} \u2192 ${formatSize(bundle.size)} ${compressionLabel(bundle.compression)}`;
    }
    case "latency-regression": {
      const change = report.comparison.endpoints.find((endpoint) => endpoint.name === target.subject)?.p95Change;
      return change && `p95 ${fromTo(item, change)} over ${plural(change.pairs, "pair")} of rounds`;
    }
    case "render-regression": {
      const change = report.comparison.pages.find((page) => page.name === target.subject)?.changes?.[target.metric];
      return change && `${fromTo(item, change)} over ${plural(change.pairs, "pair")} of runs`;
    }
    default:
      return void 0;
  }
}
__name(firstNumbers, "firstNumbers");
function secondSetClause(item, confirmed) {
  if (!isNoisy(item.target)) return "sizes are exact: no second set needed";
  const second = item.second;
  if (!second) return "not confirmed: the second set of paired rounds could not measure it, no alert";
  const numbers = `${fromTo(item, second)}, ${second.change === void 0 ? formatSignedIn((value) => formatMetric(item.target.metric, value), second.difference) : formatSignedPercent(second.change)}`;
  return confirmed ? `confirmed by a second set of paired rounds (${numbers})` : `not confirmed by a second set of paired rounds (${numbers}: ${second.verdict}), no alert`;
}
__name(secondSetClause, "secondSetClause");
function alertRegressionLine(report, item, confirmed, name = code) {
  const numbers = firstNumbers(report, item);
  return `${describeTarget(item.target, { name }).failure}${numbers ? ` (${numbers})` : ""}; ${secondSetClause(item, confirmed)}`;
}
__name(alertRegressionLine, "alertRegressionLine");
function parentOf(report) {
  return report.baseline.source === "rebuild" ? report.baseline.commit.sha : void 0;
}
__name(parentOf, "parentOf");
function alertSection(report) {
  const alert = report.alert;
  if (!alert) return "";
  const parent = parentOf(report);
  const against = parent ? `the parent commit ${code(parent.slice(0, 7))}` : "the parent commit";
  if (alert.confirmed.length === 0 && alert.unconfirmed.length === 0) return `**Alert:** no regression against ${against}; no alert.`;
  const lines = [
    alert.confirmed.length > 0 ? `**Alert:** ${plural(alert.confirmed.length, "regression")} against ${against} ${alert.confirmed.length === 1 ? "stands" : "stand"}:` : `**Alert:** no regression against ${against} stands; no alert:`,
    "",
    ...alert.confirmed.map((item) => `- ${alertRegressionLine(report, item, true)}.`),
    ...alert.unconfirmed.map((item) => `- ${alertRegressionLine(report, item, false)}.`)
  ];
  return lines.join("\n");
}
__name(alertSection, "alertSection");
function commitLink(context, sha) {
  const url = safeLink(`${context.repositoryUrl}/commit/${sha}`);
  return url ? `[${code(sha.slice(0, 7))}](${url})` : code(sha.slice(0, 7));
}
__name(commitLink, "commitLink");
function runLine(report, context) {
  const run = safeLink(context.runUrl);
  const artifact = safeLink(report.links?.artifact);
  const parts = [run ? `the [workflow run](${run}) has the full report in its job summary` : "", artifact ? `the [report artifact](${artifact}) holds report.json and report.md` : ""].filter(Boolean);
  return parts.length > 0 ? `${capitalized2(parts.join("; "))}.` : "";
}
__name(runLine, "runLine");
function renderAlert(report, context) {
  const confirmed = report.alert?.confirmed ?? [];
  const unconfirmed = report.alert?.unconfirmed ?? [];
  const parent = parentOf(report);
  const branch = context.branch ? ` on ${code(context.branch)}` : "";
  const lines = [
    `### perf-gate: ${plural(confirmed.length, "performance regression")}${branch}`,
    "",
    ...context.mentions.length > 0 ? [context.mentions.join(" "), ""] : [],
    `Commit ${commitLink(context, context.sha)} regressed against its parent ${parent ? commitLink(context, parent) : "(not found)"}, rebuilt and measured in the same job:`,
    "",
    ...confirmed.map((item) => `- ${alertRegressionLine(report, item, true)}.`)
  ];
  if (unconfirmed.length > 0)
    lines.push(
      "",
      `${plural(unconfirmed.length, "more regression")} of the first set of paired rounds ${unconfirmed.length === 1 ? "was" : "were"} not confirmed by the second, and alert${unconfirmed.length === 1 ? "s" : ""} nobody.`
    );
  const run = runLine(report, context);
  if (run) lines.push("", run);
  return `${lines.join("\n")}
`;
}
__name(renderAlert, "renderAlert");
function renderStillRegressed(report, context) {
  const confirmed = report.alert?.confirmed ?? [];
  const parent = parentOf(report);
  const lines = [
    `Still regressed at ${commitLink(context, context.sha)} (against its parent ${parent ? commitLink(context, parent) : "(not found)"}):`,
    "",
    ...confirmed.map((item) => `- ${alertRegressionLine(report, item, true)}.`)
  ];
  const run = runLine(report, context);
  if (run) lines.push("", run);
  return `${lines.join("\n")}
`;
}
__name(renderStillRegressed, "renderStillRegressed");
function renderNoLongerRegressed(report, context) {
  const parent = parentOf(report);
  const run = runLine(report, context);
  return `### perf-gate: no regression stands

A re-run of ${commitLink(context, context.sha)} found no regression against its parent ${parent ? commitLink(context, parent) : "(not found)"} that a second set of paired rounds confirmed.${run ? `

${run}` : ""}
`;
}
__name(renderNoLongerRegressed, "renderNoLongerRegressed");
function capitalized2(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
__name(capitalized2, "capitalized");

// src/report/phases/validation.ts
function validationPhase(report, layout) {
  if (report.validation.length === 0) return "";
  const compressionOf = new Map(report.comparison.bundles.flatMap((bundle) => [[bundle.name, bundle.compression], ...bundle.file ? [[bundle.file, bundle.compression]] : []]));
  const described = report.validation.map((target) => ({ target, words: describeTarget(target, { name: code, compression: compressionOf.get(target.subject) }) }));
  const row = /* @__PURE__ */ __name(({ words }) => `| ${words.goal} | ${words.actual} | ${words.stateWords} |`, "row");
  const header = ["| Target | Measured | Result |", "|:--|--:|:--|"];
  const blockingFailure = /* @__PURE__ */ __name(({ target, words }) => target.blocking && (words.state === "fail" || words.state === "regression"), "blockingFailure");
  const failed = described.filter(({ words }) => words.state !== "pass").sort((a, b) => Number(blockingFailure(b)) - Number(blockingFailure(a)));
  const passed = described.filter(({ words }) => words.state === "pass");
  const lines = ["### Validation", ""];
  if (failed.length > 0) lines.push(...header, ...limitRows(failed.map(row), layout, "failed targets"), "");
  const total = report.validation.length;
  const passedTitle = `${passed.length} of ${plural(total, "target passes", "targets pass")}${verdictCounts(report.verdict.inconclusive, "inconclusive")}${verdictCounts(unavailableCount(report), "unavailable, not evaluated")}`;
  if (passed.length > 0) lines.push(`<details><summary>${passedTitle}</summary>`, "", ...header, ...limitRows(passed.map(row), layout, "passing targets"), "", "</details>", "");
  else lines.push(`${passedTitle}.`, "");
  const accepted = report.accepted && acceptedCount(report) > 0 ? `; regressions accepted with the label ${code(report.accepted.label)}` : "";
  lines.push(`Blocking: ${failOnWords(report)} (fail-on)${accepted}.`);
  const alert = alertSection(report);
  if (alert) lines.push("", alert);
  return lines.join("\n");
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
var PHASES = [
  baselinePhase,
  bottlenecksPhase,
  planPhase,
  (report, layout) => databasePhase(report.database, layout),
  (report, layout) => codePhase(report.code, layout),
  validationPhase,
  loadTestingPhase,
  monitoringPhase
];
function renderMarkdown(report, options = {}) {
  const render = /* @__PURE__ */ __name((layout) => renderWith(report, layout), "render");
  return fitRows(render, options.maxLength ?? Infinity, `

> The report was cut here to fit. ${whereTheFullReportIs(report)}
`);
}
__name(renderMarkdown, "renderMarkdown");
function renderWith(report, layout) {
  const sections = [
    verdictLine(report, code, escapeText),
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
import path5 from "node:path";

// src/analyze/compare.ts
var BUNDLE_GROWTH_FLOOR_BYTES = 100;
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
      // Strictly above the threshold (10% of the base is not a regression under 10%), and enough bytes to matter.
      regression: change !== void 0 && change > regressionThreshold && delta >= BUNDLE_GROWTH_FLOOR_BYTES
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
  const fileBundles = new Set(head.filter((bundle) => bundle.files.length === 1 && bundle.files[0]?.path === bundle.name).map((bundle) => bundle.name));
  const comparisonOf = /* @__PURE__ */ new Map();
  for (const comparison of comparisons) {
    const path6 = comparison.file ?? comparison.name;
    if (comparison.status !== "removed" && fileBundles.has(path6)) comparisonOf.set(path6, comparison);
  }
  const total = [...files.values()].reduce((sum, file) => sum + file.bytes, 0);
  const largestPaths = [...files.entries()].sort(([, a], [, b]) => b.bytes - a.bytes).slice(0, TOP);
  const largest = largestPaths.map(([path6, file]) => {
    const comparison = comparisonOf.get(path6);
    const grew = comparison && (comparison.delta ?? 0) >= BUNDLE_GROWTH_FLOOR_BYTES ? { growth: { bytes: comparison.delta ?? 0, ...comparison.change === void 0 ? {} : { change: comparison.change } } } : {};
    return {
      kind: "largest-file",
      subject: comparison ? bundleSubject(comparison) : path6,
      bytes: file.bytes,
      compression: file.compression,
      ...total > 0 ? { share: file.bytes / total } : {},
      ...grew
    };
  });
  const amongLargest = new Set(largestPaths.map(([path6]) => comparisonOf.get(path6)));
  const growth = comparisons.filter((bundle) => (bundle.delta ?? 0) >= BUNDLE_GROWTH_FLOOR_BYTES && !amongLargest.has(bundle)).sort((a, b) => (b.delta ?? 0) - (a.delta ?? 0)).slice(0, TOP).map((bundle) => ({
    kind: "bundle-growth",
    subject: bundleSubject(bundle),
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
    case "database-query":
      return item.msPerRequest;
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

// src/analyze/plan.ts
var TOP2 = 5;
function hottestOwnFunction(code2, endpoint) {
  const top = code2?.endpoints.find((profile) => profile.endpoint === endpoint)?.head.cpu?.top ?? [];
  return top.find((hot) => hot.line > 0 && !hot.file.startsWith("node:") && !hot.file.includes("node_modules/")) ?? top[0];
}
__name(hottestOwnFunction, "hottestOwnFunction");
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
var PAGE_KINDS = ["lighthouse-metric", "render-regression"];
var ENDPOINT_KINDS = ["latency-p95", "latency-regression"];
var TIME_SAVINGS = ["FCP", "LCP", "TBT"];
function buildPlan(bottlenecks, validation, code2) {
  const failed = validation.filter(isFailing);
  const candidates = [];
  const add = /* @__PURE__ */ __name((item, fixes, savings) => {
    const step = { ...item, fixesFailure: fixes.length > 0 };
    candidates.push({ item: step, fixes, ...savings ? { savings } : {}, priority: gainMs(step) / EFFORT_WEIGHT[step.effort] });
  }, "add");
  const endpointFailures = /* @__PURE__ */ __name((subject) => failed.filter((target) => target.subject === subject && ENDPOINT_KINDS.includes(target.kind)), "endpointFailures");
  const hasBundleStep = /* @__PURE__ */ __name((subject) => candidates.some((candidate) => candidate.item.kind === "bundle-size" && candidate.item.subject === subject), "hasBundleStep");
  for (const item of bottlenecks) {
    if (item.kind === "lighthouse-opportunity") {
      const fixes = failed.filter(
        (target) => target.subject === item.subject && PAGE_KINDS.includes(target.kind) && isMetricName(target.metric) && MOVED_BY[target.metric].some((metric) => item.moves.includes(metric))
      );
      if (item.savingsMs <= 0 && fixes.length === 0) continue;
      const effort = SETTING_AUDITS.has(item.id) ? "low" : "medium";
      const expected = item.savingsMs > 0 ? { expectedMs: item.savingsMs, expectedIs: "estimate" } : {};
      add({ kind: item.kind, subject: item.subject, action: `Lighthouse: ${item.title}`, ...expected, effort, moves: item.moves }, fixes, item.metricSavings ?? {});
    } else if (item.kind === "slow-endpoint") {
      const db = Object.entries(item.serverTiming).filter(([name]) => DATABASE_METRIC.test(name)).reduce((sum, [, ms]) => sum + ms, 0);
      const namedStatements = bottlenecks.some((other) => other.kind === "database-query" && other.subject === item.subject);
      const fixes = endpointFailures(item.subject);
      if (item.dbShare !== void 0 && item.dbShare >= 0.5 && !namedStatements) {
        add(
          {
            kind: "database-time",
            subject: item.subject,
            action: `Cut database time (${Math.round(item.dbShare * 100)}% of the response): batch or index the queries, look for N+1 patterns`,
            expectedMs: db,
            expectedIs: "upper-bound",
            effort: "medium"
          },
          fixes
        );
      } else if (fixes.length > 0 && !namedStatements) {
        const hottest = hottestOwnFunction(code2, item.subject);
        add(
          hottest ? {
            kind: "code",
            subject: item.subject,
            action: `The time is not in the database: make ${hottest.functionName} (${hottest.file}:${hottest.line}) cheaper or take it off the request path; it takes ${Math.round(hottest.share * 100)}% of the server's CPU under load`,
            effort: "medium"
          } : { kind: "slow-endpoint", subject: item.subject, action: "Profile the handler under load (profile: cpu); the time is not in the database", effort: "high" },
          fixes
        );
      }
    } else if (item.kind === "database-query") {
      const fixes = endpointFailures(item.subject);
      add(databasePlanItem(item, fixes.length > 0), fixes);
    } else if (item.kind === "package-growth") {
      const action = item.subject === APP_PACKAGE ? `Review what this change added to the project's own code in ${item.asset}; lazy-load what the first view does not need` : `Review why this package grew in ${item.asset}: a new import, a heavier version, or lost tree-shaking`;
      add({ kind: "bundle-size", subject: item.subject, action, expectedBytes: item.gzip ?? item.bytes, effort: "medium" }, []);
    } else if (item.kind === "bundle-growth" || item.kind === "largest-file") {
      if (hasBundleStep(item.subject)) continue;
      const growth = item.kind === "bundle-growth" ? item.bytes : item.growth?.bytes ?? growthOf(item.subject, item.bytes, validation);
      const step = bundleStep(item.subject, growth, failed);
      if (step) add(step.item, step.fixes);
    }
  }
  for (const target of failed) {
    if (target.kind !== "bundle-budget" && target.kind !== "bundle-regression" || hasBundleStep(target.subject)) continue;
    const size = validation.find((other) => other.kind === "bundle-budget" && other.subject === target.subject)?.actual;
    const step = bundleStep(target.subject, size === void 0 ? void 0 : growthOf(target.subject, size, validation), failed);
    if (step) add(step.item, step.fixes);
  }
  for (const endpoint of code2?.endpoints ?? []) {
    const leak = endpoint.head.leak;
    if (!leak?.possible) continue;
    const perThousand2 = `${Math.round(leak.slopeBytesPer1000 / 1e3).toLocaleString("en-US")} kB`;
    add(
      {
        kind: "memory",
        subject: endpoint.endpoint,
        action: `Find what each request leaves behind: the heap after GC grew ${perThousand2} per 1,000 requests${endpoint.head.heapSnapshotFile ? " (the heap snapshot in the artifact shows what holds it)" : ""}`,
        effort: "high"
      },
      []
    );
  }
  const ranked = [...candidates].sort(planOrder);
  const causes = failed.flatMap((target) => {
    const cause = causeOf(target, ranked);
    return cause ? [{ blocking: target.blocking, cause }] : [];
  }).sort((a, b) => Number(b.blocking) - Number(a.blocking) || planOrder(a.cause, b.cause));
  const chosen = /* @__PURE__ */ new Set();
  for (const { cause } of causes) {
    if (chosen.size >= TOP2) break;
    chosen.add(cause);
  }
  for (const candidate of ranked) {
    if (chosen.size >= TOP2) break;
    chosen.add(candidate);
  }
  return ranked.filter((candidate) => chosen.has(candidate)).map((candidate) => ({ ...candidate.item, priority: candidate.priority }));
}
__name(buildPlan, "buildPlan");
function isFailing(target) {
  const state = targetState(target);
  return state === "fail" || state === "regression";
}
__name(isFailing, "isFailing");
function planOrder(a, b) {
  return Number(b.item.fixesFailure) - Number(a.item.fixesFailure) || b.priority - a.priority;
}
__name(planOrder, "planOrder");
function causeOf(target, ranked) {
  const fixing = ranked.filter((candidate) => candidate.fixes.includes(target));
  if (!PAGE_KINDS.includes(target.kind) || !isMetricName(target.metric)) return fixing[0];
  const metrics = target.metric === "cls" ? ["CLS"] : MOVED_BY[target.metric].filter((metric) => TIME_SAVINGS.includes(metric));
  const strength = /* @__PURE__ */ __name((candidate) => Math.max(0, ...metrics.map((metric) => candidate.savings?.[metric] ?? 0)), "strength");
  return fixing.reduce((best, candidate) => best === void 0 || strength(candidate) > strength(best) ? candidate : best, void 0);
}
__name(causeOf, "causeOf");
function growthOf(subject, size, validation) {
  const change = validation.find((target) => target.kind === "bundle-regression" && target.subject === subject && !target.absolute)?.actual;
  return change !== void 0 && change > 0 ? Math.round(size * change / (1 + change)) : void 0;
}
__name(growthOf, "growthOf");
function bundleStep(subject, growth, failed) {
  const over = failed.find((target) => target.kind === "bundle-budget" && target.subject === subject);
  const regressed = failed.find((target) => target.kind === "bundle-regression" && target.subject === subject);
  const fixes = [over, regressed].filter((target) => target !== void 0);
  const grew = growth !== void 0 && growth > 0 ? growth : 0;
  if (over) {
    const action = regressed ? "Review what this change added to the bundle and bring it under its budget: split or lazy-load code, drop unused dependencies" : "Bring the bundle under its budget: split or lazy-load code, drop unused dependencies";
    return { item: { kind: "bundle-size", subject, action, expectedBytes: Math.max(over.actual - over.target, regressed ? grew : 0), effort: "medium" }, fixes };
  }
  if (!regressed && grew === 0) return void 0;
  return { item: { kind: "bundle-size", subject, action: "Review what this change added to the bundle", ...grew > 0 ? { expectedBytes: grew } : {}, effort: "medium" }, fixes };
}
__name(bundleStep, "bundleStep");
function gainMs(item) {
  return item.expectedMs ?? (item.expectedBytes ?? 0) / BYTES_PER_MS_SLOW_4G;
}
__name(gainMs, "gainMs");

// src/analyze/shards.ts
function shardOfName(kind, name, total) {
  let hash = 2166136261;
  for (const byte of new TextEncoder().encode(`${kind}:${name}`)) {
    hash ^= byte;
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash % total + 1;
}
__name(shardOfName, "shardOfName");
function inShard(kind, name, shard) {
  return shardOfName(kind, name, shard.total) === shard.index;
}
__name(inShard, "inShard");
function measurementsOfShare(measurements, share) {
  const pages = new Set(share.pages);
  const endpoints = new Set(share.endpoints);
  const { lighthouse, latency } = measurements;
  const cut = { bundles: share.bundles ? measurements.bundles : [] };
  if (share.bundles && measurements.composition) cut.composition = measurements.composition;
  if (lighthouse) cut.lighthouse = { ...lighthouse, pages: lighthouse.pages.filter((page) => pages.has(page.name)) };
  if (latency) {
    const mine = /* @__PURE__ */ __name((endpoint) => endpoints.has(endpoint), "mine");
    cut.latency = {
      ...latency,
      endpoints: latency.endpoints.filter((endpoint) => mine(endpoint.name)),
      ...latency.database ? { database: { ...latency.database, queries: latency.database.queries.filter((entry) => mine(entry.endpoint)) } } : {},
      ...latency.profile ? {
        profile: {
          head: { ...latency.profile.head, endpoints: latency.profile.head.endpoints.filter((entry) => mine(entry.endpoint)) },
          ...latency.profile.base ? { base: { ...latency.profile.base, endpoints: latency.profile.base.endpoints.filter((entry) => mine(entry.endpoint)) } } : {}
        }
      } : {}
    };
  }
  return cut;
}
__name(measurementsOfShare, "measurementsOfShare");
function mergeMeasurements(parts) {
  const merged = { bundles: parts.flatMap((part) => part.bundles) };
  const composition = parts.find((part) => part.composition)?.composition;
  if (composition) merged.composition = composition;
  const lighthouse = parts.flatMap((part) => part.lighthouse ? [part.lighthouse] : []);
  if (lighthouse[0]) merged.lighthouse = { ...lighthouse[0], pages: lighthouse.flatMap((part) => part.pages) };
  const latency = parts.flatMap((part) => part.latency ? [part.latency] : []);
  if (latency[0]) merged.latency = mergeLatency(latency);
  return merged;
}
__name(mergeMeasurements, "mergeMeasurements");
function mergeLatency(parts) {
  const [first] = parts;
  const startups = parts.flatMap((part) => part.startupMs === void 0 ? [] : [part.startupMs]);
  const { startupMs: _first, ...rest } = first;
  const merged = {
    ...rest,
    ...startups.length > 0 ? { startupMs: Math.max(...startups) } : {},
    resourcesMeasured: parts.every((part) => part.resourcesMeasured),
    endpoints: parts.flatMap((part) => part.endpoints)
  };
  const databases = parts.flatMap((part) => part.database ? [part.database] : []);
  if (databases[0]) {
    const note = databases.find((database) => database.note)?.note;
    merged.database = { queries: databases.flatMap((database) => database.queries), plans: Object.assign({}, ...databases.map((database) => database.plans)), ...note ? { note } : {} };
  }
  const profiles = parts.flatMap((part) => part.profile ? [part.profile] : []);
  if (profiles[0]) {
    const bases = profiles.flatMap((profile) => profile.base ? [profile.base] : []);
    merged.profile = {
      head: { ...profiles[0].head, endpoints: profiles.flatMap((profile) => profile.head.endpoints) },
      ...bases[0] ? { base: { ...bases[0], endpoints: bases.flatMap((base) => base.endpoints) } } : {}
    };
  }
  return merged;
}
__name(mergeLatency, "mergeLatency");
function mergeHistories(histories) {
  const bySha = /* @__PURE__ */ new Map();
  for (const history of histories) {
    for (const point of history) {
      const known = bySha.get(point.sha);
      if (!known) {
        bySha.set(point.sha, { ...point, metrics: [...point.metrics] });
        continue;
      }
      for (const metric of point.metrics) if (!known.metrics.some((candidate) => candidate.id === metric.id)) known.metrics.push(metric);
    }
  }
  return [...bySha.values()];
}
__name(mergeHistories, "mergeHistories");
function validateShards(shards) {
  return (shards?.missing ?? []).map((missing) => ({
    kind: "shard",
    subject: `${missing.index}/${shards?.total ?? missing.index}`,
    detail: missingWords(missing),
    target: 1,
    actual: 0,
    passed: false,
    blocking: true
  }));
}
__name(validateShards, "validateShards");
function missingWords(missing) {
  switch (missing.reason) {
    case "no-report":
      return "sent no report: its job failed, was cancelled or did not finish before the merge (the merge job needs every shard job)";
    case "other-commit":
      return `measured commit ${missing.detail?.slice(0, 7) ?? "unknown"}, not this run's`;
    case "other-settings":
      return `was measured with other settings (${missing.detail ?? "they differ"}) than shard 1; give every shard the same config`;
    case "overlap":
      return `measured ${missing.detail ?? "a page or endpoint"} too, which an earlier shard measured; give every shard the same pages and endpoints`;
  }
}
__name(missingWords, "missingWords");

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
function boundHistory(history, size, commitsLookedAt) {
  const kept = history.slice(0, Math.max(0, size));
  const oldest = kept.at(-1);
  const date = (oldest?.committedAt ?? oldest?.createdAt)?.slice(0, 10);
  return {
    history: kept,
    reach: { size, points: kept.length, commitsLookedAt, ...oldest ? { oldest: { sha: oldest.sha, ...date ? { date } : {} } } : {} }
  };
}
__name(boundHistory, "boundHistory");

// src/analyze/preExisting.ts
var BUDGET_KINDS = ["bundle-budget", "size-limit-time", "latency-p95", "error-rate", "memory", "lighthouse-metric", "lighthouse-error"];
var NOISY_KINDS = ["size-limit-time", "latency-p95", "error-rate", "memory", "lighthouse-metric"];
function targetKey(target) {
  return `${target.kind}\0${target.subject}\0${target.metric ?? ""}`;
}
__name(targetKey, "targetKey");
function markPreExisting(head, base, worse, policy) {
  const baseByKey = new Map(base.map((target) => [targetKey(target), target]));
  return head.map((target) => {
    if (!BUDGET_KINDS.includes(target.kind)) return target;
    const before = baseByKey.get(targetKey(target));
    if (!before || before.unavailable || target.unavailable) return target;
    const withBase = target.kind === "lighthouse-error" ? target : { ...target, base: before.actual };
    const baseState = targetState(before);
    if (targetState(target) !== "fail") return withBase;
    if (baseState === "pass") {
      if (policy === "block" || !NOISY_KINDS.includes(target.kind) || worse(target, before)) return withBase;
      return { ...withBase, inconclusive: true, withinNoiseOfBase: true };
    }
    if (baseState !== "fail" && baseState !== "inconclusive") return withBase;
    const isWorse = worse(target, before);
    const preExisting = { worse: isWorse, ...baseState === "inconclusive" ? { straddled: true } : {} };
    return { ...withBase, preExisting, blocking: target.blocking && (policy === "block" || isWorse) };
  });
}
__name(markPreExisting, "markPreExisting");
function worseBeyond(head, base, threshold, floor, higherIsBetter2 = false) {
  const worseBy = higherIsBetter2 ? base - head : head - base;
  return worseBy > Math.max(floor, threshold * Math.abs(base));
}
__name(worseBeyond, "worseBeyond");

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
  const headTargets = [
    ...validateBundles(bundles, settings.regressionThreshold, settings.failOn),
    ...validateSizeLimitTimes(input.head.bundles, settings.failOn),
    ...latency ? validateLatency(latency, settings, settings.failOn) : [],
    ...lighthouse ? validateLighthouse(lighthouse, settings.lighthouseBudgets, settings.failOn) : [],
    ...validateLatencyChanges(endpoints, settings.regressionThreshold, settings.failOn),
    ...validateRenderChanges(pages, settings.regressionThreshold, settings.failOn),
    ...validateShards(input.shards)
  ];
  const baseTargets = [
    ...baseBundleBudgets(bundles, settings.failOn),
    ...input.base ? validateSizeLimitTimes(input.base.bundles, settings.failOn) : [],
    ...input.base?.latency ? validateLatency(input.base.latency, settings, settings.failOn) : [],
    ...input.base?.lighthouse ? validateLighthouse(input.base.lighthouse, settings.lighthouseBudgets, settings.failOn) : []
  ];
  const targets = markPreExisting(headTargets, baseTargets, worseThanBase(input, bundles, endpoints, pages), settings.preExisting ?? "block");
  const validation = acceptRegressions(targets, input.accepted);
  const composition = input.head.composition ? compareComposition(input.head.composition, comparableComposition(input.head.composition, input.base?.composition), stripHash2) : [];
  const database = databaseOf(input.head, input.base);
  const profiles = input.head.latency?.profile;
  const code2 = analyzeProfiles(profiles?.head, profiles?.base ?? input.base?.latency?.profile?.head);
  const bottlenecks = rankBottlenecks([
    ...findBundleBottlenecks(input.head.bundles, bundles),
    ...databaseBottlenecks(database),
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
    ...database ? { database } : {},
    ...code2 ? { code: code2 } : {},
    validation,
    bottlenecks,
    plan: buildPlan(bottlenecks, validation, code2),
    verdict: decide(validation),
    ...input.secondRounds ? { alert: judgeAlert(validation, input.secondRounds, settings.regressionThreshold) } : {},
    notes: input.notes,
    ...input.shard ? { shard: input.shard } : {},
    ...input.shards ? { shards: input.shards } : {},
    ...input.accepted ? { accepted: input.accepted } : {},
    ...historyOf(input)
  };
}
__name(buildReport, "buildReport");
function baseBundleBudgets(bundles, failOn) {
  return bundles.flatMap(
    (bundle) => bundle.baseSize === void 0 || bundle.status === "removed" ? [] : [
      {
        kind: "bundle-budget",
        subject: bundleSubject(bundle),
        target: bundle.limit,
        actual: bundle.baseSize,
        passed: bundle.baseSize <= bundle.limit,
        blocking: failOn.budget
      }
    ]
  );
}
__name(baseBundleBudgets, "baseBundleBudgets");
var MEMORY_FLOOR_BYTES = 1e7;
var MEMORY_NOISE = 0.3;
var ERROR_RATE_FLOOR = 0.01;
var TIME_FLOOR_MS = 10;
function worseThanBase(input, bundles, endpoints, pages) {
  const threshold = input.settings.regressionThreshold;
  return (target, base) => {
    switch (target.kind) {
      case "bundle-budget": {
        const bundle = bundles.find((candidate) => bundleSubject(candidate) === target.subject);
        return (bundle?.delta ?? target.actual - base.actual) >= BUNDLE_GROWTH_FLOOR_BYTES;
      }
      case "latency-p95": {
        const change = endpoints.find((endpoint) => endpoint.name === target.subject)?.p95Change;
        return change ? change.verdict === "regression" : worseBeyond(target.actual, base.actual, threshold, P95_FLOOR_MS);
      }
      case "lighthouse-metric": {
        const metric = target.metric;
        const change = pages.find((page) => page.name === target.subject)?.changes?.[metric];
        if (change) return change.verdict === "regression";
        return worseBeyond(target.actual, base.actual, METRIC_TABLE[metric].unit === "unitless" ? 0 : threshold, METRIC_TABLE[metric].noiseFloor ?? 0, higherIsBetter(metric));
      }
      case "memory":
        return worseBeyond(target.actual, base.actual, Math.max(threshold, MEMORY_NOISE), MEMORY_FLOOR_BYTES);
      case "error-rate":
        return worseBeyond(target.actual, base.actual, threshold, ERROR_RATE_FLOOR);
      case "size-limit-time":
        return worseBeyond(target.actual, base.actual, threshold, TIME_FLOOR_MS);
      default:
        return false;
    }
  };
}
__name(worseThanBase, "worseThanBase");
function historyOf(input) {
  const bounded = input.history && input.historySearch ? boundHistory(input.history, input.historySearch.size, input.historySearch.commitsLookedAt) : void 0;
  const history = bounded?.history ?? input.history ?? [];
  if (history.length === 0) return {};
  return { history, ...bounded ? { historyReach: bounded.reach } : {}, trend: trendSeries(history, headlineMetrics(input.head, input.settings.compression), "this run") };
}
__name(historyOf, "historyOf");
function databaseOf(head, base) {
  const measured = head.latency?.database;
  if (!measured) return void 0;
  const side = /* @__PURE__ */ __name((queries, which) => queries.filter((entry) => entry.side === which), "side");
  const rebuilt = side(measured.queries, "base");
  const baseQueries = rebuilt.length > 0 ? rebuilt : side(base?.latency?.database?.queries ?? [], "head");
  return analyzeDatabase(side(measured.queries, "head"), baseQueries, measured.plans, measured.note);
}
__name(databaseOf, "databaseOf");
function comparableComposition(head, base) {
  return base && (base.source ?? "webpack-stats") === head.source ? base : void 0;
}
__name(comparableComposition, "comparableComposition");

// src/baseline/rebuild.ts
import { existsSync as existsSync3 } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os2 from "node:os";
import path4 from "node:path";

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
async function commitDates(shas, cwd) {
  if (shas.length === 0) return /* @__PURE__ */ new Map();
  try {
    const lines = (await git(["show", "-s", "--format=%H %cI", "--end-of-options", ...shas], cwd)).split("\n");
    return new Map(lines.flatMap((line) => /^[0-9a-f]{40,64} \S+$/.test(line) ? [line.split(" ")] : []));
  } catch {
    return /* @__PURE__ */ new Map();
  }
}
__name(commitDates, "commitDates");
async function firstParentOfHead(cwd) {
  const [, parent] = await firstParentHistory("HEAD", cwd, 2);
  return parent;
}
__name(firstParentOfHead, "firstParentOfHead");

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
  const found = lockfiles.find(([file]) => existsSync3(path4.join(directory, file)));
  if (found) return found[1];
  return existsSync3(path4.join(directory, "package.json")) ? "npm install" : void 0;
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
  const worktree = await mkdtemp(path4.join(os2.tmpdir(), "perf-gate-base-"));
  const cleanup = /* @__PURE__ */ __name(async () => {
    await git(["worktree", "remove", "--force", worktree], repoRoot).catch(() => void 0);
    await rm(worktree, { recursive: true, force: true });
    await git(["worktree", "prune"], repoRoot).catch(() => void 0);
  }, "cleanup");
  try {
    await git(["worktree", "add", "--detach", "--quiet", "--end-of-options", worktree, mergeBase], repoRoot);
    const directory = path4.join(worktree, path4.relative(repoRoot, config.workingDirectory));
    if (!existsSync3(directory)) {
      await cleanup();
      return { failed: `the base (${short}) has no ${path4.relative(repoRoot, config.workingDirectory) || "project"} folder yet.` };
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
    load: /* @__PURE__ */ __name(async () => (await import("./bundles-HQBMVPBC.js")).bundleRoom, "load")
  },
  {
    kind: "composition",
    title: /* @__PURE__ */ __name((config, head) => {
      const source = compositionSourceOf(config, head);
      return source && `Bundle composition (${source === "webpack-stats" ? "webpack-bundle-analyzer" : "source maps"})`;
    }, "title"),
    load: /* @__PURE__ */ __name(async () => (await import("./composition-YTVCGOIG.js")).compositionRoom, "load")
  },
  {
    kind: "lighthouse",
    needsServer: /* @__PURE__ */ __name((config) => config.urls.some(isRelativeUrl), "needsServer"),
    title: /* @__PURE__ */ __name((config) => config.urls.length > 0 ? "Render performance (Lighthouse)" : void 0, "title"),
    load: /* @__PURE__ */ __name(async () => (await import("./lighthouse-3U43UCCF.js")).lighthouseRoom, "load")
  },
  {
    kind: "latency",
    needsServer: /* @__PURE__ */ __name((config) => config.endpoints.length > 0, "needsServer"),
    title: /* @__PURE__ */ __name((config) => config.endpoints.length > 0 ? "API latency under load" : void 0, "title"),
    load: /* @__PURE__ */ __name(async () => (await import("./latency-YCSNXXDO.js")).latencyRoom, "load")
  }
];

// src/engine.ts
async function runPerfGate(given, deps) {
  const { log } = deps;
  const notes = [];
  const note = /* @__PURE__ */ __name((message) => {
    log.warning(message);
    notes.push(message);
  }, "note");
  if (given.policies) notes.push(`Branch policy ${given.policies.map((branches) => JSON.stringify(branches)).join(", ")} applies to this run.`);
  if (given.bundles.length === 0 && !given.sizeLimit && given.urls.length === 0 && given.endpoints.length === 0 && !given.webpackStats) {
    throw new UserError(messages.nothingToMeasure());
  }
  const hasServer = given.startCommand !== void 0 || given.targetUrl !== void 0;
  if (given.endpoints.length > 0 && !hasServer) throw new UserError(messages.endpointsNeedServer());
  if (given.composition === "webpack-stats" && !given.webpackStats) throw new UserError(messages.compositionNeedsStats());
  const optionLikeRef = [given.baseRef, deps.pullRequestBase].find((ref) => ref?.startsWith("-"));
  if (optionLikeRef !== void 0) throw new UserError(messages.refLooksLikeOption(given.baseRef === optionLikeRef ? Input.BaseRef : "the pull request's base", optionLikeRef));
  if (deps.alertOnPush && given.baseline === "none") throw new UserError(messages.alertNeedsBaseline(given.alert));
  const relativeUrl = given.urls.find(isRelativeUrl);
  if (relativeUrl !== void 0 && !hasServer) throw new UserError(messages.urlsNeedServer(relativeUrl));
  const share = given.shard ? shareOf(given, given.shard) : void 0;
  const config = share?.config ?? given;
  if (share && given.shard) notes.push(`Shard ${given.shard.index}/${given.shard.total} of a matrix: ${shareWords(share.share)}; a job with mode: merge publishes every shard as one report.`);
  const buildCommand = config.buildCommand;
  if (buildCommand) {
    await log.group(`Build: ${buildCommand}`, () => deps.runCommand(buildCommand, { input: Input.BuildCommand, cwd: config.workingDirectory, output: log.commandOutput }));
  }
  const parent = deps.alertOnPush && !config.baseRef && !deps.pullRequestBase ? await parentOfHead(config) : void 0;
  const baseRef = config.baseRef ?? deps.pullRequestBase ?? parent?.sha;
  const lookUpHistory = /* @__PURE__ */ __name(async () => {
    const found = await findStoredHistory(config, baseRef, deps);
    log.info("failed" in found ? `None: ${found.failed}` : `${plural(found.reports.length, "stored report")} among ${plural(found.commits.length, "commit")}.`);
    return found;
  }, "lookUpHistory");
  const history = deps.findStoredReports ? await log.group("Stored reports of the base branch (baseline and trend)", lookUpHistory) : await findStoredHistory(config, baseRef, deps);
  const source = await chooseBaseline(config, baseRef, deps, history, note, parent?.failed);
  const prepared = source.kind === "rebuild" ? source.prepared : void 0;
  const head = { role: "head", directory: config.workingDirectory, measured: { bundles: [] } };
  const rebuilt = prepared && { role: "base", directory: prepared.directory, measured: { bundles: [] } };
  const context = { log, note, artifactDir: deps.artifactDir, sampling: { leftMs: config.samplingTimeout } };
  let secondRounds;
  try {
    for (const entry of ROOMS) {
      const title = entry.title(config, head);
      if (title === void 0) continue;
      if (entry.needsServer?.(config) && !head.server) {
        if (config.targetUrl) head.server = await useTarget(config, config.targetUrl, rebuilt, log, note);
        else if (config.startCommand) await startServers(config, head, rebuilt, log, note);
      }
      const room = await entry.load();
      const measured = await log.group(title, () => room.measure(config, { head, ...rebuilt ? { base: rebuilt } : {} }, context));
      setMeasured(head, entry.kind, measured.head);
      if (rebuilt) setMeasured(rebuilt, entry.kind, measured.base);
    }
    if (deps.alertOnPush) {
      const { measureSecondRounds } = await import("./secondRounds-Z2UKSNVH.js");
      secondRounds = rebuilt ? await measureSecondRounds(config, { head, base: rebuilt }, context) : { endpoints: [], pages: [] };
    }
  } finally {
    if (head.server?.kind === "started") await head.server.stop();
    if (rebuilt?.server?.kind === "started") await rebuilt.server.stop();
    await prepared?.cleanup();
  }
  const wholeBase = source.kind === "measured" ? source.base : rebuilt?.measured;
  const base = wholeBase && share ? measurementsOfShare(wholeBase, share.share) : wholeBase;
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
      preExisting: config.preExisting,
      errorRateBudget: config.errorRateBudget,
      memoryBudget: config.memoryBudget,
      lighthouseBudgets: config.lighthouseBudgets
    },
    head: head.measured,
    ...base ? { base } : {},
    baseline,
    notes,
    stripHash: config.stripHash,
    ...secondRounds ? { secondRounds } : {},
    history: await historyPoints(history, config),
    ...share && given.shard ? { shard: { ...given.shard, ...share.share, stripHash: stripHashText(config.stripHash), reportDir: deps.artifactDir, ...base ? { base } : {} } } : {},
    ...deps.accepted ? { accepted: deps.accepted } : {},
    ..."failed" in history ? {} : { historySearch: { size: config.historySize, commitsLookedAt: history.commits.length } }
  });
  return { report, markdown: renderMarkdown(report) };
}
__name(runPerfGate, "runPerfGate");
function shareOf(config, shard) {
  const urls = config.urls.filter((url) => inShard("page", url, shard));
  const endpoints = config.endpoints.filter((endpoint) => inShard("endpoint", endpointName(endpoint), shard));
  const bundles = shard.index === 1;
  const { sizeLimit, webpackStats, ...rest } = config;
  const sharded = {
    ...rest,
    urls,
    endpoints,
    bundles: bundles ? config.bundles : [],
    composition: bundles ? config.composition : "none",
    ...bundles && sizeLimit ? { sizeLimit } : {},
    ...bundles && webpackStats ? { webpackStats } : {}
  };
  return { config: sharded, share: { pages: urls, endpoints: endpoints.map(endpointName), bundles } };
}
__name(shareOf, "shareOf");
function stripHashText(stripHash2) {
  return stripHash2.kind === "pattern" ? stripHash2.pattern.source : stripHash2.kind;
}
__name(stripHashText, "stripHashText");
function shareWords(share) {
  const parts = [plural(share.pages.length, "page"), plural(share.endpoints.length, "endpoint")];
  return `${parts.join(", ")}${share.bundles ? " and the bundles" : ""}`;
}
__name(shareWords, "shareWords");
var STORED_SEARCH_DEPTH = 100;
async function findStoredHistory(config, baseRef, deps) {
  if (!deps.findStoredReports) return { failed: "stored reports are read through the GitHub API, which this run has no token for." };
  try {
    const repoRoot = await git(["rev-parse", "--show-toplevel"], config.workingDirectory);
    const mergeBase = baseRef ? await findMergeBase("HEAD", baseRef, repoRoot) : void 0;
    const depth = Math.max(STORED_SEARCH_DEPTH, config.historySize);
    const line = await firstParentHistory(mergeBase ?? "HEAD", repoRoot, depth + (mergeBase ? 0 : 1));
    const commits = mergeBase ? line : line.slice(1);
    const reports = await deps.findStoredReports(commits, config.historySize);
    const shas = reports.map((stored) => stored.sha);
    const dates = await commitDates(shas, repoRoot);
    return { ...mergeBase ? { mergeBase } : {}, commits, reports, dates };
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
        const committedAt = history.dates.get(stored.sha);
        return [
          {
            sha: stored.sha,
            createdAt: report.createdAt,
            ...committedAt ? { committedAt } : {},
            ...stored.runId ? { runId: stored.runId } : {},
            metrics: headlineMetrics(report.measurements, config.compression)
          }
        ];
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
async function useTarget(config, origin, base, log, note) {
  const { reachTarget } = await import("./server-33ZVL7IH.js");
  const target = await log.group(`The app at ${origin} (target-url)`, async () => {
    const reached = await reachTarget(origin, config.readyPath, config.readyTimeout);
    log.info(`${origin}${config.readyPath} answers; no server is started.`);
    return reached;
  });
  if (config.endpoints.length > 0) note(`Server ${unavailableWords("memory and CPU", "target-url")}, so its processes cannot be sampled and the memory budget is not evaluated.`);
  if (base) {
    note(`The base is rebuilt for its bundles only: with target-url there is one app, at ${origin}, and the base cannot be served there, so its render and latency are not measured.`);
  }
  return target;
}
__name(useTarget, "useTarget");
async function startAppServer(config, directory, log) {
  const { startServer } = await import("./server-33ZVL7IH.js");
  const server = await startServer({
    command: config.startCommand ?? "",
    cwd: directory,
    readyPath: config.readyPath,
    readyTimeoutMs: config.readyTimeout,
    output: log.commandOutput,
    // To be profiled, every Node process of the server's tree (npm → node, however deep) opens an
    // inspector on a port of its own; the profiled round finds the one that serves $PORT.
    ...config.profile.cpu || config.profile.heap ? { env: { ...process.env, NODE_OPTIONS: [process.env["NODE_OPTIONS"], "--inspect=127.0.0.1:0"].filter(Boolean).join(" ") } } : {}
  });
  log.info(`Server ready at ${server.origin} after ${(server.startupMs / 1e3).toFixed(1)} s.`);
  return server;
}
__name(startAppServer, "startAppServer");
async function parentOfHead(config) {
  try {
    const sha = await firstParentOfHead(config.workingDirectory);
    return sha ? { sha } : { failed: "the pushed commit has no parent to compare with (it is the first commit)." };
  } catch (error) {
    return { failed: `the pushed commit's parent could not be found (${error.message}).` };
  }
}
__name(parentOfHead, "parentOfHead");
async function chooseBaseline(config, baseRef, deps, history, note, noParent) {
  const none = /* @__PURE__ */ __name((reason) => ({ kind: "none", baseline: { source: "none", reason } }), "none");
  if (config.baseline === "none") return none("the baseline is turned off (baseline: none).");
  if (config.baselineReport) {
    const relative = path5.relative(config.workingDirectory, config.baselineReport);
    const displayName = relative && !relative.startsWith("..") ? relative : config.baselineReport;
    const loaded = await loadBaselineReport(config.baselineReport, displayName);
    return { kind: "measured", base: loaded.measurements, baseline: loaded.info };
  }
  if (!baseRef && noParent) return none(noParent);
  if (!baseRef) return none(`there is no base to compare with: this is not a pull request and no ${Input.BaseRef} or ${Input.BaselineReport} was given.`);
  if (deps.alertOnPush && config.baseline !== "rebuild") deps.log.info(`alert: ${config.alert}: the parent is rebuilt and measured in this job (baseline: ${config.baseline} takes no stored report).`);
  else if (config.baseline === "stored" || config.baseline === "auto") {
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

// src/merge.ts
async function mergeShardReports(found, config, deps) {
  const reports = [];
  for (const { name, text } of found) {
    const report2 = await parseReport(text, name, Input.Mode);
    if (!report2.shard) throw new UserError(messages.notAShardReport(name));
    reports.push(report2);
  }
  if (reports.length === 0) throw new UserError(messages.noShardReports());
  const totals = [...new Set(reports.map((report2) => report2.shard.total))];
  if (totals.length > 1) throw new UserError(messages.shardTotalsDiffer(totals));
  const total = totals[0];
  const byIndex = /* @__PURE__ */ new Map();
  for (const report2 of reports) {
    if (byIndex.has(report2.shard.index)) throw new UserError(messages.shardTwice(report2.shard.index, total));
    byIndex.set(report2.shard.index, report2);
  }
  const ordered = [...byIndex.values()].sort((a, b) => a.shard.index - b.shard.index);
  const expectedSha = deps.expectedSha ?? ordered[0]?.commit?.sha;
  const reference = ordered.find((report2) => report2.commit?.sha === expectedSha) ?? ordered[0];
  const missing = [];
  const merged = [];
  const seen = /* @__PURE__ */ new Set();
  for (let index = 1; index <= total; index++) {
    const report2 = byIndex.get(index);
    if (!report2) {
      missing.push({ index, reason: "no-report" });
      continue;
    }
    if (expectedSha && report2.commit?.sha !== expectedSha) {
      missing.push({ index, reason: "other-commit", ...report2.commit?.sha ? { detail: report2.commit.sha } : {} });
      continue;
    }
    const differs = reference && differingSetting(reference.settings, report2.settings);
    if (differs) {
      missing.push({ index, reason: "other-settings", detail: differs });
      continue;
    }
    const names = [...report2.shard.pages.map((page) => `page ${page}`), ...report2.shard.endpoints.map((endpoint) => `endpoint ${endpoint}`), ...report2.shard.bundles ? ["the bundles"] : []];
    const twice = names.find((name) => seen.has(name));
    if (twice) {
      missing.push({ index, reason: "overlap", detail: twice });
      continue;
    }
    for (const name of names) seen.add(name);
    merged.push(report2);
  }
  const first = merged[0] ?? reference;
  if (!first) throw new UserError(messages.noShardReports());
  deps.log.info(`Merging ${plural(merged.length, "shard")} of ${total}${missing.length > 0 ? `; missing: ${missing.map((shard) => shard.index).join(", ")}` : ""}.`);
  const relocated = /* @__PURE__ */ __name((report2, measurements) => deps.relocate ? relocateFiles(measurements, (file) => deps.relocate?.(report2.shard, file)) : measurements, "relocated");
  const head = mergeMeasurements(merged.map((report2) => relocated(report2, report2.measurements)));
  const bases = merged.flatMap((report2) => report2.shard.base ? [relocated(report2, report2.shard.base)] : []);
  const notes = [...new Set(merged.flatMap((report2) => report2.notes.filter((note) => !/^Shard \d+\/\d+ of a matrix:/.test(note))))];
  notes.unshift(`Merged from ${plural(merged.length, "shard")} of ${total}${merged.length > 0 ? ` (${merged.map((report2) => report2.shard.index).join(", ")})` : ""}.`);
  const baselines = new Set(merged.map((report2) => JSON.stringify(report2.baseline)));
  if (baselines.size > 1) notes.push(`The shards compared with different baselines (${[...baselines].join("; ")}); the first shard's is shown.`);
  const report = buildReport({
    toolVersion: package_default.version,
    createdAt: deps.now().toISOString(),
    ...first.commit ? { commit: first.commit } : {},
    settings: first.settings,
    head,
    ...bases.length > 0 ? { base: mergeMeasurements(bases) } : {},
    baseline: first.baseline,
    notes,
    // The bundles are paired as shard 1 paired them, whatever the merge job's own checkout says.
    stripHash: shardStripHash(merged.find((shard) => shard.shard.bundles) ?? first) ?? config.stripHash,
    history: mergeHistories(merged.map((shard) => shard.history ?? [])),
    // Every shard looked along the same base branch with the same history-size.
    ...first.historyReach ? { historySearch: { size: first.historyReach.size, commitsLookedAt: first.historyReach.commitsLookedAt } } : {},
    shards: { total, merged: merged.map((shard) => shard.shard.index), missing },
    ...deps.accepted ? { accepted: deps.accepted } : {}
  });
  const alerts = merged.flatMap((shard) => shard.alert ? [shard.alert] : []);
  const judged = alerts.length > 0 ? { ...report, alert: { confirmed: alerts.flatMap((alert) => alert.confirmed), unconfirmed: alerts.flatMap((alert) => alert.unconfirmed) } } : report;
  return { report: judged, markdown: renderMarkdown(judged) };
}
__name(mergeShardReports, "mergeShardReports");
function shardStripHash(report) {
  const given = report.shard.stripHash;
  return given === void 0 ? void 0 : SETTINGS.stripHash.parse({ value: given, where: Input.StripHash, at: /* @__PURE__ */ __name((part) => `${Input.StripHash}${part}`, "at") });
}
__name(shardStripHash, "shardStripHash");
function differingSetting(reference, other) {
  const keys = /* @__PURE__ */ new Set([...Object.keys(reference), ...Object.keys(other)]);
  for (const key of keys) if (JSON.stringify(reference[key]) !== JSON.stringify(other[key])) return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return void 0;
}
__name(differingSetting, "differingSetting");
function relocateFiles(measurements, move) {
  const moved = /* @__PURE__ */ __name((item, key) => {
    const file = item[key];
    if (typeof file !== "string") return item;
    const { [key]: _old, ...rest } = item;
    const now = move(file);
    return now ? { ...rest, [key]: now } : rest;
  }, "moved");
  const { lighthouse, latency, composition } = measurements;
  return {
    ...measurements,
    ...lighthouse ? { lighthouse: { ...lighthouse, pages: lighthouse.pages.map((page) => moved(page, "htmlReport")) } } : {},
    ...composition ? { composition: moved(composition, "treemap") } : {},
    ...latency?.profile ? {
      latency: {
        ...latency,
        profile: {
          head: { ...latency.profile.head, endpoints: latency.profile.head.endpoints.map((entry) => moved(moved(entry, "cpuProfileFile"), "heapSnapshotFile")) },
          ...latency.profile.base ? { base: { ...latency.profile.base, endpoints: latency.profile.base.endpoints.map((entry) => moved(moved(entry, "cpuProfileFile"), "heapSnapshotFile")) } } : {}
        }
      }
    } : {}
  };
}
__name(relocateFiles, "relocateFiles");

export {
  parseReport,
  loadConfig,
  package_default,
  cutAtLine,
  describeTarget,
  renderAlert,
  renderStillRegressed,
  renderNoLongerRegressed,
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
  benchmarkEntries,
  mergeShardReports
};
