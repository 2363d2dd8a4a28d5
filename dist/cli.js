#!/usr/bin/env node
import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  benchmarkEntries,
  loadConfig,
  mergeShardReports,
  package_default,
  runCommand,
  runPerfGate
} from "./chunks/chunk-CRZNG6R7.js";
import "./chunks/chunk-QLV355FP.js";
import "./chunks/chunk-FR4AEVR2.js";
import {
  BASELINE_MODES,
  Input,
  SETTING_LIST,
  statedDefault
} from "./chunks/chunk-JPYO24CX.js";
import {
  stopProcessesOnSignal
} from "./chunks/chunk-2TMHQEFV.js";
import "./chunks/chunk-S5LBGUGR.js";
import "./chunks/chunk-7YIHUWMR.js";
import "./chunks/chunk-RMT35EB4.js";
import "./chunks/chunk-X7M2LXZX.js";
import "./chunks/chunk-JRZHQAKJ.js";
import "./chunks/chunk-3J2DRJQQ.js";
import "./chunks/chunk-ZRFXBBCS.js";
import {
  unescapeText
} from "./chunks/chunk-YVDZ2XXY.js";
import "./chunks/chunk-335XOPWL.js";
import "./chunks/chunk-JFHUFG3Z.js";
import {
  UserError,
  messages
} from "./chunks/chunk-MM7ZC2FD.js";
import "./chunks/chunk-CUMEVQG2.js";
import {
  __name
} from "./chunks/chunk-OMWRFWOT.js";

// src/cli.ts
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
var SETTING_FLAGS = SETTING_LIST.flatMap((definition) => definition.flag ? [{ ...definition, flag: definition.flag }] : []);
var OUTPUT_FLAGS = [
  { name: "json", value: "FILE", help: "also write the JSON report there" },
  { name: "benchmark", value: "FILE", help: "also write every smaller-is-better number there, as github-action-benchmark's customSmallerIsBetter JSON" },
  { name: "markdown", value: "FILE", help: "also write the markdown report there" },
  { name: "output-dir", value: "DIR", help: "where Lighthouse HTML reports and the treemap go (default: a new temporary folder)" }
];
var options = {
  // A repeatable flag takes several values: repeat it, or pass one value with newlines.
  ...Object.fromEntries(SETTING_FLAGS.map((definition) => [definition.input, { type: "string", multiple: definition.flag.repeatable === true }])),
  ...Object.fromEntries(OUTPUT_FLAGS.map((flag) => [flag.name, { type: "string" }])),
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};
function settingHelp(definition) {
  const stated = statedDefault(definition);
  const note = `${definition.flag.repeatable ? " (repeatable)" : ""}${definition.flag.cliNote ?? ""}`;
  return [`--${definition.input} ${definition.flag.value}`, `${definition.help}${note}${stated === void 0 ? "" : ` (default ${stated})`}`];
}
__name(settingHelp, "settingHelp");
function helpText() {
  const rows = [
    ...SETTING_FLAGS.map(settingHelp),
    ...OUTPUT_FLAGS.map((flag) => [`--${flag.name} ${flag.value}`, flag.help]),
    ["-h, --help", "this help"],
    ["-v, --version", "the version"]
  ];
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  const workflowOnly = SETTING_LIST.filter((definition) => !definition.flag).map((definition) => definition.input);
  return `perf-gate ${package_default.version}: measure bundle sizes, compare them with a baseline report, and gate on budgets.

Usage: perf-gate [options]
       perf-gate merge SHARD-REPORT.json\u2026 [options]   (the reports of --shard 1/M \u2026 M/M as one)

Every action input is a flag of the same name, except those only a workflow uses:
${workflowOnly.join(", ")}.
A perf-gate.config.json (or .yml) in the working directory is read first, and flags override it.

${rows.map(([flag, help]) => `  ${flag.padEnd(width)}${help}`).join("\n")}

Exit code: 0 when the check passes, 1 when it fails or the input is wrong.
`;
}
__name(helpText, "helpText");
async function runCli(io) {
  const printError = /* @__PURE__ */ __name((message) => io.stderr.write(`perf-gate: ${message}
`), "printError");
  stopProcessesOnSignal();
  try {
    const merging = io.argv[0] === "merge";
    let parsed;
    try {
      parsed = parseArgs({ args: io.argv.slice(merging ? 1 : 0), options, allowPositionals: merging, strict: true });
    } catch (error) {
      throw new UserError(describeArgumentError(error));
    }
    const values = parsed.values;
    if (values["help"]) {
      io.stdout.write(helpText());
      return 0;
    }
    if (values["version"]) {
      io.stdout.write(`${package_default.version}
`);
      return 0;
    }
    const overrides = {};
    for (const { input } of SETTING_FLAGS) {
      const value = values[input];
      if (typeof value === "string") overrides[input] = value;
      if (Array.isArray(value)) overrides[input] = value.join("\n");
    }
    const baseline = values[Input.Baseline];
    if (typeof baseline === "string" && !BASELINE_MODES.includes(baseline.trim().toLowerCase())) {
      delete overrides[Input.Baseline];
      overrides[Input.BaselineReport] = baseline;
    }
    const log = terminalLogger(io.stderr);
    const config = await loadConfig(overrides, { cwd: io.cwd, overrideName: /* @__PURE__ */ __name((input) => `--${input}`, "overrideName"), warn: log.warning });
    const now = io.now ?? (() => /* @__PURE__ */ new Date());
    let result;
    if (merging) {
      if (parsed.positionals.length === 0) throw new UserError(messages.mergeNeedsFiles());
      const found = await Promise.all(parsed.positionals.map(async (file) => ({ name: file, text: await readReportFile(path.resolve(io.cwd, file), file) })));
      result = await mergeShardReports(found, config, { log, now });
    } else {
      const artifactDir = typeof values["output-dir"] === "string" ? path.resolve(io.cwd, values["output-dir"]) : await mkdtemp(path.join(os.tmpdir(), "perf-gate-"));
      result = await runPerfGate(config, { log, runCommand: io.runCommand ?? runCommand, now, artifactDir });
    }
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
async function readReportFile(file, given) {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    throw new UserError(messages.mergeFileUnreadable(given, error.code ?? error.message));
  }
}
__name(readReportFile, "readReportFile");
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
