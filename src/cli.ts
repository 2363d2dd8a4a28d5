import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Writable } from 'node:stream'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import pkg from '../package.json' with { type: 'json' }
import { BASELINE_MODES, loadConfig, type Overrides } from './config/config.js'
import { INPUT_NAMES, Input, type InputName } from './config/names.js'
import { runPerfGate, type Logger } from './engine.js'
import { UserError, messages } from './errors.js'
import { runCommand, type RunCommand } from './exec.js'
import { stopProcessesOnSignal } from './processes.js'
import { benchmarkEntries } from './report/benchmark.js'
import { unescapeText } from './report/format.js'

/** What the CLI touches, passed in so that tests drive it without spawning anything. */
export interface CliProcess {
  argv: readonly string[]
  cwd: string
  stdout: Writable
  stderr: Writable
  runCommand?: RunCommand
  now?: () => Date
}

/** Settings that take several values: repeat the flag, or pass one value with newlines. */
const LIST_INPUTS: readonly InputName[] = [Input.Bundles, Input.Urls, Input.Endpoints]
/** Only meaningful inside a GitHub workflow. */
const ACTION_ONLY: readonly InputName[] = [Input.GithubToken, Input.Comment, Input.CommentKey, Input.Mode, Input.Report]

const options = {
  ...Object.fromEntries(
    INPUT_NAMES.filter((name) => !ACTION_ONLY.includes(name)).map((name) => [name, { type: 'string', multiple: LIST_INPUTS.includes(name) }]),
  ),
  json: { type: 'string' },
  benchmark: { type: 'string' },
  'output-dir': { type: 'string' },
  markdown: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} satisfies ParseArgsConfig['options']

const HELP = `perf-gate ${pkg.version}: measure bundle sizes, compare them with a baseline report, and gate on budgets.

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
`

/** Runs perf-gate in a terminal; returns the exit code. */
export async function runCli(io: CliProcess): Promise<number> {
  const printError = (message: string) => io.stderr.write(`perf-gate: ${message}\n`)
  // Ctrl-C or a SIGTERM stops every process perf-gate started, Chrome included, and exits with 130
  // or 143: set up first, since Chrome can run without any process group of ours.
  stopProcessesOnSignal()
  try {
    let parsed: ReturnType<typeof parseArgs<{ options: typeof options; args: string[]; allowPositionals: false; strict: true }>>
    try {
      parsed = parseArgs({ args: [...io.argv], options, allowPositionals: false, strict: true })
    } catch (error) {
      throw new UserError(describeArgumentError(error as Error & { code?: string }))
    }
    const values = parsed.values as Record<string, string | string[] | boolean | undefined>
    if (values['help']) {
      io.stdout.write(HELP)
      return 0
    }
    if (values['version']) {
      io.stdout.write(`${pkg.version}\n`)
      return 0
    }

    const overrides: Overrides = {}
    for (const name of INPUT_NAMES) {
      const value = values[name]
      if (typeof value === 'string') overrides[name] = value
      if (Array.isArray(value)) overrides[name] = value.join('\n')
    }
    // --baseline takes a mode (as the input does) or, as a shorthand for --baseline-report, a file.
    const baseline = values[Input.Baseline]
    if (typeof baseline === 'string' && !(BASELINE_MODES as readonly string[]).includes(baseline.trim().toLowerCase())) {
      delete overrides[Input.Baseline]
      overrides[Input.BaselineReport] = baseline
    }

    const log = terminalLogger(io.stderr)
    const config = await loadConfig(overrides, { cwd: io.cwd, overrideName: (input) => `--${input}`, warn: log.warning })
    const artifactDir = typeof values['output-dir'] === 'string' ? path.resolve(io.cwd, values['output-dir']) : await mkdtemp(path.join(os.tmpdir(), 'perf-gate-'))
    const result = await runPerfGate(config, { log, runCommand: io.runCommand ?? runCommand, now: io.now ?? (() => new Date()), artifactDir })

    if (typeof values['json'] === 'string') await writeFile(path.resolve(io.cwd, values['json']), `${JSON.stringify(result.report, null, 2)}\n`)
    if (typeof values['markdown'] === 'string') await writeFile(path.resolve(io.cwd, values['markdown']), result.markdown)
    if (typeof values['benchmark'] === 'string') await writeFile(path.resolve(io.cwd, values['benchmark']), `${JSON.stringify(benchmarkEntries(result.report), null, 2)}\n`)
    io.stdout.write(toTerminal(result.markdown))
    return result.report.verdict.passed ? 0 : 1
  } catch (error) {
    if (error instanceof UserError) printError(error.message)
    else printError(`stopped unexpectedly: ${(error as Error).message ?? String(error)}`)
    return 1
  }
}

function describeArgumentError(error: Error & { code?: string }): string {
  const option = /'(--?[^' =]+)/.exec(error.message)?.[1] ?? 'arguments'
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return messages.unknownOption(option)
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return messages.unexpectedArgument(/'([^']+)'/.exec(error.message)?.[1] ?? '')
  // A value that starts with a dash (--bundle-budget -5KB) reads as an option: say how to pass it.
  return messages.optionNeedsValue(option)
}

function terminalLogger(stderr: Writable): Logger {
  return {
    info: (message) => stderr.write(`${message}\n`),
    warning: (message) => stderr.write(`warning: ${message}\n`),
    group: async (title, work) => {
      stderr.write(`▸ ${title}\n`)
      return work()
    },
    commandOutput: stderr,
  }
}

/** The markdown reads well in a terminal once the HTML folds are flattened and escaped text is plain again. */
function toTerminal(markdown: string): string {
  return unescapeText(markdown.replace(/<details><summary>(.*?)<\/summary>/g, '$1:').replace(/<\/details>\n?/g, ''))
}
