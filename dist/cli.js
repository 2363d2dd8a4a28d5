#!/usr/bin/env node
import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  BASELINE_MODES,
  INPUT_NAMES,
  Input,
  benchmarkEntries,
  loadConfig,
  package_default,
  runCommand,
  runPerfGate,
  stopProcessesOnSignal,
  unescapeText
} from "./chunks/chunk-LUPMTRTS.js";
import "./chunks/chunk-CTJS5MGW.js";
import {
  UserError,
  messages
} from "./chunks/chunk-MPZUTK3E.js";
import "./chunks/chunk-SBARIJAF.js";
import {
  __name
} from "./chunks/chunk-OMWRFWOT.js";

// src/cli.ts
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
var LIST_INPUTS = [Input.Bundles, Input.Urls, Input.Endpoints];
var ACTION_ONLY = [Input.GithubToken, Input.Comment, Input.CommentKey, Input.Mode, Input.Report];
var options = {
  ...Object.fromEntries(
    INPUT_NAMES.filter((name) => !ACTION_ONLY.includes(name)).map((name) => [name, { type: "string", multiple: LIST_INPUTS.includes(name) }])
  ),
  json: { type: "string" },
  benchmark: { type: "string" },
  "output-dir": { type: "string" },
  markdown: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};
var HELP = `perf-gate ${package_default.version}: measure bundle sizes, compare them with a baseline report, and gate on budgets.

Usage: perf-gate [options]

Every action input is a flag of the same name; a perf-gate.config.json (or .yml) in the working
directory is read first, and flags override it.

  --bundles GLOB            built files to measure (repeatable); a .size-limit.json is read too
  --bundle-budget SIZE      budget per bundle after compression (default 500KB)
  --compression KIND        gzip, brotli or none (default gzip)
  --build-command CMD       builds the project before measuring
  --baseline FILE           report.json of a base-branch run to compare with (or a mode: none)
  --regression-threshold P  growth that counts as a regression (default 10%)
  --fail-on WHAT            budget, regression, budget,regression or none (default budget)
  --working-directory DIR   project root (default .)
  --config FILE             config file (default perf-gate.config.json if present)
  --json FILE               also write the JSON report there
  --benchmark FILE          also write every smaller-is-better number there, as github-action-benchmark's customSmallerIsBetter JSON
  --markdown FILE           also write the markdown report there
  --output-dir DIR          where Lighthouse HTML reports go (default: a new temporary folder)
  --urls URL                a page for Lighthouse (repeatable; a path needs --start-command)
  --start-command CMD       starts the app server on $PORT, for --urls paths and --endpoints
  --endpoints 'GET /path'   an endpoint for the load test (repeatable)
  --webpack-stats FILE      webpack's stats.json: the packages and modules in each bundle, what grew, and a treemap (in --output-dir)
  --composition FROM        what makes up each bundle: auto, source-maps, webpack-stats or none (default auto)
  --strip-hash RULE         content hashes off file names, so a file is compared with itself: auto, none, or a
                            regular expression whose first group is the hash, such as '(\\.[0-9a-f]{8})\\.js$' (default auto)
  -h, --help                this help
  -v, --version             the version

Exit code: 0 when the check passes, 1 when it fails or the input is wrong.
`;
async function runCli(io) {
  const printError = /* @__PURE__ */ __name((message) => io.stderr.write(`perf-gate: ${message}
`), "printError");
  stopProcessesOnSignal();
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: [...io.argv], options, allowPositionals: false, strict: true });
    } catch (error) {
      throw new UserError(describeArgumentError(error));
    }
    const values = parsed.values;
    if (values["help"]) {
      io.stdout.write(HELP);
      return 0;
    }
    if (values["version"]) {
      io.stdout.write(`${package_default.version}
`);
      return 0;
    }
    const overrides = {};
    for (const name of INPUT_NAMES) {
      const value = values[name];
      if (typeof value === "string") overrides[name] = value;
      if (Array.isArray(value)) overrides[name] = value.join("\n");
    }
    const baseline = values[Input.Baseline];
    if (typeof baseline === "string" && !BASELINE_MODES.includes(baseline.trim().toLowerCase())) {
      delete overrides[Input.Baseline];
      overrides[Input.BaselineReport] = baseline;
    }
    const log = terminalLogger(io.stderr);
    const config = await loadConfig(overrides, { cwd: io.cwd, overrideName: /* @__PURE__ */ __name((input) => `--${input}`, "overrideName"), warn: log.warning });
    const artifactDir = typeof values["output-dir"] === "string" ? path.resolve(io.cwd, values["output-dir"]) : await mkdtemp(path.join(os.tmpdir(), "perf-gate-"));
    const result = await runPerfGate(config, { log, runCommand: io.runCommand ?? runCommand, now: io.now ?? (() => /* @__PURE__ */ new Date()), artifactDir });
    if (typeof values["json"] === "string") await writeFile(path.resolve(io.cwd, values["json"]), `${JSON.stringify(result.report, null, 2)}
`);
    if (typeof values["markdown"] === "string") await writeFile(path.resolve(io.cwd, values["markdown"]), result.markdown);
    if (typeof values["benchmark"] === "string") await writeFile(path.resolve(io.cwd, values["benchmark"]), `${JSON.stringify(benchmarkEntries(result.report), null, 2)}
`);
    io.stdout.write(toTerminal(result.markdown));
    return result.report.verdict.passed ? 0 : 1;
  } catch (error) {
    if (error instanceof UserError) printError(error.message);
    else printError(`stopped unexpectedly: ${error.message ?? String(error)}`);
    return 1;
  }
}
__name(runCli, "runCli");
function describeArgumentError(error) {
  const option = /'(--?[^' =]+)/.exec(error.message)?.[1] ?? "arguments";
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return messages.unknownOption(option);
  if (error.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return messages.unexpectedArgument(/'([^']+)'/.exec(error.message)?.[1] ?? "");
  return messages.optionNeedsValue(option);
}
__name(describeArgumentError, "describeArgumentError");
function terminalLogger(stderr) {
  return {
    info: /* @__PURE__ */ __name((message) => stderr.write(`${message}
`), "info"),
    warning: /* @__PURE__ */ __name((message) => stderr.write(`warning: ${message}
`), "warning"),
    group: /* @__PURE__ */ __name(async (title, work) => {
      stderr.write(`\u25B8 ${title}
`);
      return work();
    }, "group"),
    commandOutput: stderr
  };
}
__name(terminalLogger, "terminalLogger");
function toTerminal(markdown) {
  return unescapeText(markdown.replace(/<details><summary>(.*?)<\/summary>/g, "$1:").replace(/<\/details>\n?/g, ""));
}
__name(toTerminal, "toTerminal");

// src/bin.ts
var exitCode = await runCli({ argv: process.argv.slice(2), cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
process.exit(exitCode);
