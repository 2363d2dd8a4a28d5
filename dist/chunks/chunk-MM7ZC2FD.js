import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  __name
} from "./chunk-OMWRFWOT.js";

// src/errors.ts
var UserError = class extends Error {
  static {
    __name(this, "UserError");
  }
  name = "UserError";
};
var quote = /* @__PURE__ */ __name((value) => JSON.stringify(typeof value === "string" ? value : String(value)), "quote");
var firstLine = /* @__PURE__ */ __name((text) => text.split(/\r?\n/, 1)[0]?.trim() ?? "", "firstLine");
var lastOutput = /* @__PURE__ */ __name((tail) => {
  const last = tail.split(/\r?\n/).filter((line) => line.trim()).at(-1);
  return last ? ` \u2014 last output: ${last.trim().slice(0, 300)}` : "";
}, "lastOutput");
var messages = {
  notASize: /* @__PURE__ */ __name((where, value) => `${where}: ${quote(value)} is not a size; use a number with a unit, such as 500KB, 1.5MB or 800B`, "notASize"),
  notADuration: /* @__PURE__ */ __name((where, value) => `${where}: ${quote(value)} is not a duration; use a number with a unit, such as 200ms, 1.5s or 2m`, "notADuration"),
  notAPercentage: /* @__PURE__ */ __name((where, value) => `${where}: ${quote(value)} is not a percentage; use a number with %, such as 10%`, "notAPercentage"),
  negative: /* @__PURE__ */ __name((where, value) => `${where}: ${quote(value)} is negative; give zero or more`, "negative"),
  notAPositiveInteger: /* @__PURE__ */ __name((where, value) => `${where}: ${quote(value)} is not a whole number of 1 or more; give one, such as 3`, "notAPositiveInteger"),
  notANonNegativeInteger: /* @__PURE__ */ __name((where, value) => `${where}: ${quote(value)} is not a whole number of 0 or more; give one, such as 4`, "notANonNegativeInteger"),
  notAPath: /* @__PURE__ */ __name((where, value) => `${where}: ${quote(value)} is not a path; start it with /, such as /health`, "notAPath"),
  notOneOf: /* @__PURE__ */ __name((where, value, allowed) => `${where}: ${quote(value)} is not one of ${allowed.join(", ")}; use one of those`, "notOneOf"),
  badCommentKey: /* @__PURE__ */ __name((where, value) => `${where}: ${quote(value)} is not a valid key; use letters, digits, dot, dash or underscore`, "badCommentKey"),
  notAPostgresUrl: /* @__PURE__ */ __name((where) => `${where}: the value (not shown: it may hold a password) is not a PostgreSQL connection string; give postgres://user:password@host:5432/database`, "notAPostgresUrl"),
  notAShard: /* @__PURE__ */ __name((where, value) => `${where}: ${quote(value)} is not a shard; write it as N/M, this job's number and the number of shards, such as 2/4 (from \${{ matrix.shard }}/\${{ strategy.job-total }})`, "notAShard"),
  shardOutOfRange: /* @__PURE__ */ __name((where, value, max) => `${where}: ${quote(value)} is not a shard of its total; give N/M with 1 \u2264 N \u2264 M \u2264 ${max}, such as 2/4`, "shardOutOfRange"),
  notAnOrigin: /* @__PURE__ */ __name((where, value) => `${where}: ${quote(value)} is not the origin of a running app; give an http:// or https:// URL with a host and no query, such as http://127.0.0.1:3000 or https://preview.example.com`, "notAnOrigin"),
  notAMention: /* @__PURE__ */ __name((where, value) => `${where}: ${quote(value)} is not a GitHub user or team; give @login or @org/team, separated by commas`, "notAMention"),
  emptyValue: /* @__PURE__ */ __name((where) => `${where}: the value is empty; give a value or leave the setting out`, "emptyValue"),
  stripHashNotARegExp: /* @__PURE__ */ __name((where, value, reason) => `${where}: /${value}/ is not a regular expression (${firstLine(reason).split(": ").at(-1)}); give auto, none, or a pattern whose first group is the hash, such as -([\\w-]{8})\\.`, "stripHashNotARegExp"),
  stripHashWithoutGroup: /* @__PURE__ */ __name((where, value) => `${where}: /${value}/ has no capture group; put the hash in parentheses, such as (\\.[0-9a-f]{8})\\.js$, or give auto or none`, "stripHashWithoutGroup"),
  badEndpoint: /* @__PURE__ */ __name((where, value) => `${where}: ${quote(value)} is not an endpoint; write it as METHOD /path, such as GET /api/items`, "badEndpoint"),
  outOfRange: /* @__PURE__ */ __name((where, value, from, to, example) => `${where}: ${quote(value)} is not between ${from} and ${to}; give a value in that range, such as ${example}`, "outOfRange"),
  tooManyConnections: /* @__PURE__ */ __name((where, value, highest, stressSteps, limit) => `${where}: ${quote(value)} would hold ${highest} connections at once (${stressSteps > 0 ? `peak load doubled by ${stressSteps} stress steps` : "at peak load"}), past what this machine's open-file limit of ${limit} allows; lower connections or stress-steps, or raise the limit (ulimit -n)`, "tooManyConnections"),
  badMethod: /* @__PURE__ */ __name((where, method, line) => `${where}: ${quote(method)}${line === void 0 ? "" : ` (in ${quote(line)})`} is not an HTTP method perf-gate sends; use GET, HEAD, POST, PUT, PATCH, DELETE or OPTIONS`, "badMethod"),
  notAServerPath: /* @__PURE__ */ __name((where, value) => `${where}: ${quote(value)} is not a path on the started server; start it with a single /, such as /health`, "notAServerPath"),
  badPageUrl: /* @__PURE__ */ __name((where, value) => `${where}: ${quote(value)} is not a page Lighthouse can measure; give an http:// or https:// URL, or a path on the started server such as /pricing`, "badPageUrl"),
  globLeavesRoot: /* @__PURE__ */ __name((where, pattern) => `${where}: ${quote(pattern)} reaches outside the working directory (an absolute path or ..); write globs relative to it, such as dist/*.js, or move working-directory up`, "globLeavesRoot"),
  globMatchOutside: /* @__PURE__ */ __name((where, patterns, file, target, root) => `${where}: ${patterns.map(quote).join(", ")} matches ${quote(file)}, a symlink to ${quote(target)} outside ${quote(root)}; perf-gate reads only files inside it, so remove the link or leave it out of the glob (!${file.endsWith("/") ? `${file}**` : file})`, "globMatchOutside"),
  pathOutside: /* @__PURE__ */ __name((where, value, root, target) => `${where}: ${quote(value)} leads outside the working directory ${quote(root)}${target === void 0 ? "" : ` (it is a symlink to ${quote(target)})`}; give a path inside it, or move working-directory up`, "pathOutside"),
  reportPathOutside: /* @__PURE__ */ __name((where, value, root, reportFolders, target) => `${where}: ${quote(value)} is neither in the working directory ${quote(root)} nor where perf-gate writes reports (${reportFolders.map(quote).join(", ")})${target === void 0 ? "" : `: it is a symlink to ${quote(target)}`}; give a report.json from one of those folders`, "reportPathOutside"),
  workingDirectoryOutside: /* @__PURE__ */ __name((where, value, workspace, target) => `${where}: ${quote(value)} leads outside the workspace ${quote(workspace)}${target === void 0 ? "" : ` (it is a symlink to ${quote(target)})`}; give a folder inside the checkout, such as packages/app`, "workingDirectoryOutside"),
  workingDirectoryMissing: /* @__PURE__ */ __name((dir) => `working-directory: ${quote(dir)} does not exist; point it at the project root`, "workingDirectoryMissing"),
  configMissing: /* @__PURE__ */ __name((file) => `config: ${quote(file)} does not exist; create it or point the config input at an existing file`, "configMissing"),
  configUnparsable: /* @__PURE__ */ __name((file, reason) => `config: ${quote(file)} is not valid ${/\.ya?ml$/i.test(file) ? "YAML" : "JSON"} (${firstLine(reason)}); fix the syntax`, "configUnparsable"),
  configNotAnObject: /* @__PURE__ */ __name((file) => `config: ${quote(file)} must hold an object of settings, such as { "bundles": ["dist/*.js"] }`, "configNotAnObject"),
  configUnknownKey: /* @__PURE__ */ __name((file, key, suggestion) => `config: ${quote(file)} has an unknown key ${quote(key)}; ` + (suggestion ? `did you mean ${quote(suggestion)}?` : "remove it (see schema/config.schema.json for the keys)"), "configUnknownKey"),
  configInvalid: /* @__PURE__ */ __name((file, at, problem) => `config: ${quote(file)} at ${at} ${problem}; fix it (see schema/config.schema.json)`, "configInvalid"),
  sizeLimitUnparsable: /* @__PURE__ */ __name((file, reason) => `size-limit: ${quote(file)} is not valid JSON (${firstLine(reason)}); fix the syntax`, "sizeLimitUnparsable"),
  sizeLimitInvalid: /* @__PURE__ */ __name((file, problem) => `size-limit: ${quote(file)} ${problem}; write a list of checks such as [{ "path": "dist/index.js", "limit": "10 kB" }]`, "sizeLimitInvalid"),
  globMatchesNothing: /* @__PURE__ */ __name((where, patterns, cwd) => `${where}: ${patterns.map(quote).join(", ")} matches no file in ${quote(cwd)}; build first (build-command) or fix the glob`, "globMatchesNothing"),
  duplicateBundleName: /* @__PURE__ */ __name((name) => `bundles: two bundles are named ${quote(name)}; give each group its own name`, "duplicateBundleName"),
  baselineReportMissing: /* @__PURE__ */ __name((file) => `baseline-report: ${quote(file)} does not exist; give the path of a report.json written by an earlier perf-gate run`, "baselineReportMissing"),
  reportInvalid: /* @__PURE__ */ __name((input, file, problem) => `${input}: ${quote(file)} ${firstLine(problem)}; give a report.json written by perf-gate`, "reportInvalid"),
  publishNeedsWorkflowRun: /* @__PURE__ */ __name((eventName) => `mode: publish runs on the workflow_run event (this is ${quote(eventName)}); trigger the publishing workflow with "on: workflow_run", or use mode: full`, "publishNeedsWorkflowRun"),
  notAShardReport: /* @__PURE__ */ __name((name) => `mode: ${quote(name)} is the report of a job without shard; give every job of the matrix shard: N/M, and merge only their reports`, "notAShardReport"),
  noShardReports: /* @__PURE__ */ __name(() => "mode: merge found no shard reports; run the shard jobs (shard: N/M) first, with the same comment-key, and give the merge job needs: on them", "noShardReports"),
  shardTotalsDiffer: /* @__PURE__ */ __name((totals) => `mode: the shard reports disagree on the number of shards (${totals.join(", ")}); give every job of one matrix the same M in shard: N/M`, "shardTotalsDiffer"),
  shardTwice: /* @__PURE__ */ __name((index, total) => `mode: two reports are shard ${index}/${total}; give each job of the matrix its own N in shard: N/M`, "shardTwice"),
  mergeNeedsToken: /* @__PURE__ */ __name(() => "github-token: mode: merge downloads the shard reports of this run and posts the comment and check run, and needs a token; leave github-token at its default (with permissions actions: read, pull-requests: write, checks: write)", "mergeNeedsToken"),
  mergeNeedsFiles: /* @__PURE__ */ __name(() => "merge: give the report.json of every shard, such as perf-gate merge shard-1.json shard-2.json (each written with --shard N/M --json FILE)", "mergeNeedsFiles"),
  mergeFileUnreadable: /* @__PURE__ */ __name((file, reason) => `merge: ${quote(file)} cannot be read (${reason}); give the report.json a shard wrote with --json`, "mergeFileUnreadable"),
  mergeNeedsRun: /* @__PURE__ */ __name(() => "mode: merge needs the workflow run of the shard jobs (GITHUB_RUN_ID); run it as a job of the same workflow, with needs: on the shard jobs", "mergeNeedsRun"),
  publishNeedsToken: /* @__PURE__ */ __name(() => "github-token: mode: publish posts the comment and check run and needs a token; leave github-token at its default (with permissions pull-requests: write, checks: write, actions: read)", "publishNeedsToken"),
  publishReportNotFound: /* @__PURE__ */ __name((runId, artifact) => `report: run ${runId} uploaded no artifact ${quote(artifact)} with a report.json; run the measuring half with mode: measure and the same comment-key, or give the report input`, "publishReportNotFound"),
  reportOfAnotherCommit: /* @__PURE__ */ __name((reportSha, headSha) => `report: the report measured ${reportSha ? reportSha.slice(0, 7) : "no commit"}, but the workflow run was for ${headSha.slice(0, 7)}; publish the report of the run that triggered this workflow`, "reportOfAnotherCommit"),
  commandFailed: /* @__PURE__ */ __name((input, command, exitCode, tail) => `${input}: ${quote(command)} failed with exit code ${exitCode ?? "none (killed)"}` + lastOutput(tail) + "; fix the command or the project so that it succeeds", "commandFailed"),
  serverExitedEarly: /* @__PURE__ */ __name((command, exitCode, readyPath, tail) => `start-command: ${quote(command)} exited${exitCode === null ? "" : ` with code ${exitCode}`} before it answered on ${readyPath}` + lastOutput(tail) + "; make it start a server that stays up and listens on $PORT", "serverExitedEarly"),
  serverNeverReady: /* @__PURE__ */ __name((command, url, timeoutMs, tail) => `start-command: ${quote(command)} did not answer on ${url} within ${timeoutMs / 1e3} s` + lastOutput(tail) + "; make it listen on $PORT (on 127.0.0.1), fix ready-path, or raise ready-timeout", "serverNeverReady"),
  serverCrashed: /* @__PURE__ */ __name((command, exitCode, during, tail) => `start-command: the server (${quote(command)}) exited${exitCode === null ? "" : ` with code ${exitCode}`} during ${during}` + lastOutput(tail) + "; fix the crash (its log is above)", "serverCrashed"),
  endpointsNeedServer: /* @__PURE__ */ __name(() => "endpoints: the load test needs a server: set start-command (the command that starts the app on $PORT) or target-url (the origin of an app that is already running)", "endpointsNeedServer"),
  targetUrlWithStartCommand: /* @__PURE__ */ __name((targetWhere, startWhere) => `${targetWhere}, ${startWhere}: both are set, but target-url measures an app that is already running and start-command starts one; keep one of them`, "targetUrlWithStartCommand"),
  targetNotAnswering: /* @__PURE__ */ __name((url, timeoutMs) => `target-url: ${quote(url)} did not answer within ${timeoutMs / 1e3} s; check that the app is up at that address and reachable from this runner, fix ready-path, or raise ready-timeout`, "targetNotAnswering"),
  chromePathMissing: /* @__PURE__ */ __name((file) => `CHROME_PATH: ${quote(file)} does not exist; point it at a Chrome or Chromium binary, or unset it to search the usual places`, "chromePathMissing"),
  chromeDoesNotStart: /* @__PURE__ */ __name((file, fromEnv, reason) => `${fromEnv ? "CHROME_PATH" : "urls"}: Chrome at ${quote(file)} does not start (${firstLine(reason)}); ${fromEnv ? "point CHROME_PATH at a working Chrome or Chromium, or unset it to search the usual places" : "reinstall it (apt-get install chromium, or the setup-chrome action) or set CHROME_PATH"}`, "chromeDoesNotStart"),
  chromeNotFound: /* @__PURE__ */ __name(() => "urls: Lighthouse needs Chrome or Chromium and none was found; install one (apt-get install chromium, or the setup-chrome action) or set CHROME_PATH", "chromeNotFound"),
  badLighthouseBudget: /* @__PURE__ */ __name((where, metric, value) => `${where}: ${quote(value)} is not a budget for ${metric}; write timings as 2.5s or 200ms, CLS as 0.1, the score as 0.9`, "badLighthouseBudget"),
  unknownLighthouseMetric: /* @__PURE__ */ __name((where, metric, known) => `${where}: ${quote(metric)} is not a Lighthouse metric perf-gate budgets; use ${known.join(", ")}`, "unknownLighthouseMetric"),
  lighthouseAssertionsMissing: /* @__PURE__ */ __name((file) => `lighthouse-assertions: ${quote(file)} does not exist; point it at a lighthouserc.json or budget.json`, "lighthouseAssertionsMissing"),
  lighthouseAssertionsUnparsable: /* @__PURE__ */ __name((file, reason) => `lighthouse-assertions: ${quote(file)} cannot be read (${firstLine(reason)}); fix its syntax`, "lighthouseAssertionsUnparsable"),
  urlsNeedServer: /* @__PURE__ */ __name((url) => `urls: ${quote(url)} is a path, which needs a server to resolve it against; set start-command (to start one) or target-url (the origin of a running app), or give a full URL`, "urlsNeedServer"),
  refLooksLikeOption: /* @__PURE__ */ __name((where, ref) => `${where}: ${quote(ref)} starts with a dash, which git would take as an option; give a branch, tag or commit SHA`, "refLooksLikeOption"),
  alertNeedsBaseline: /* @__PURE__ */ __name((alert) => `alert: ${quote(alert)} compares the pushed commit with its parent, which baseline: none turns off; remove baseline: none (the parent is rebuilt in the job) or set alert: none`, "alertNeedsBaseline"),
  compositionNeedsStats: /* @__PURE__ */ __name(() => "composition: webpack-stats needs the stats file; set webpack-stats (webpack --json=dist/stats.json), or use composition: auto or source-maps", "compositionNeedsStats"),
  noSourceMaps: /* @__PURE__ */ __name((files) => `composition: source-maps found no source map for the ${files} measured ${files === 1 ? "file" : "files"}; turn maps on in the build (Vite build.sourcemap, webpack devtool: 'source-map', esbuild --sourcemap)`, "noSourceMaps"),
  nothingToMeasure: /* @__PURE__ */ __name(() => "bundles, urls, endpoints, webpack-stats: nothing to measure; set at least one of them (or add a .size-limit.json), as inputs or in perf-gate.config.json", "nothingToMeasure"),
  webpackStatsMissing: /* @__PURE__ */ __name((file) => `webpack-stats: ${quote(file)} does not exist; write it in the build (webpack --json=${file}) or fix the path`, "webpackStatsMissing"),
  webpackStatsUnreadable: /* @__PURE__ */ __name((file, reason) => `webpack-stats: ${quote(file)} cannot be read (${reason}); point it at the stats.json file that webpack writes`, "webpackStatsUnreadable"),
  webpackStatsNotJson: /* @__PURE__ */ __name((file, reason) => `webpack-stats: ${quote(file)} is not valid JSON (${reason.split(/\r?\n/, 1)[0]}); write it with webpack --json=${file}, which keeps other output out of it`, "webpackStatsNotJson"),
  notWebpackStats: /* @__PURE__ */ __name((file) => `webpack-stats: ${quote(file)} is not webpack stats (no assets); write it with webpack --json=${file} or stats.toJson()`, "notWebpackStats"),
  webpackStatsWithoutModules: /* @__PURE__ */ __name((file) => `webpack-stats: ${quote(file)} lists no modules; write it with the modules included (webpack --json=${file}, or stats.toJson() without all: false)`, "webpackStatsWithoutModules"),
  unknownOption: /* @__PURE__ */ __name((option) => `${option}: unknown option; run perf-gate --help for the options`, "unknownOption"),
  unexpectedArgument: /* @__PURE__ */ __name((argument) => `${quote(argument)}: unexpected argument; every setting is a flag, such as --bundles ${argument} (see perf-gate --help)`, "unexpectedArgument"),
  optionNeedsValue: /* @__PURE__ */ __name((option) => `${option}: needs a value; write ${option}=VALUE when the value starts with a dash (see perf-gate --help)`, "optionNeedsValue")
};

export {
  UserError,
  messages
};
