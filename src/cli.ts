import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Writable } from 'node:stream'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import pkg from '../package.json' with { type: 'json' }
import { BASELINE_MODES, loadConfig, type Overrides } from './config/config.js'
import { Input } from './config/names.js'
import { SETTING_LIST, statedDefault, type SettingDefinition } from './config/settings.js'
import { runPerfGate, type EngineResult } from './engine.js'
import { mergeShardReports } from './merge.js'
import type { Logger, RunCommand } from './model/edges.js'
import { UserError, messages } from './errors.js'
import { runCommand } from './exec.js'
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

/** The settings that are flags: all but the few that only mean something in a workflow (the table says which). */
const SETTING_FLAGS = SETTING_LIST.flatMap((definition) => (definition.flag ? [{ ...definition, flag: definition.flag }] : []))

/** Flags of the CLI alone: where its outputs go. */
const OUTPUT_FLAGS = [
  { name: 'json', value: 'FILE', help: 'also write the JSON report there' },
  { name: 'benchmark', value: 'FILE', help: "also write every smaller-is-better number there, as github-action-benchmark's customSmallerIsBetter JSON" },
  { name: 'markdown', value: 'FILE', help: 'also write the markdown report there' },
  { name: 'output-dir', value: 'DIR', help: 'where Lighthouse HTML reports and the treemap go (default: a new temporary folder)' },
] as const

const options = {
  // A repeatable flag takes several values: repeat it, or pass one value with newlines.
  ...Object.fromEntries(SETTING_FLAGS.map((definition) => [definition.input, { type: 'string', multiple: definition.flag.repeatable === true }])),
  ...Object.fromEntries(OUTPUT_FLAGS.map((flag) => [flag.name, { type: 'string' }])),
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} satisfies ParseArgsConfig['options']

/** `--bundle-budget SIZE`, then its help line and default. */
function settingHelp(definition: SettingDefinition & { flag: NonNullable<SettingDefinition['flag']> }): [string, string] {
  const stated = statedDefault(definition)
  const note = `${definition.flag.repeatable ? ' (repeatable)' : ''}${definition.flag.cliNote ?? ''}`
  return [`--${definition.input} ${definition.flag.value}`, `${definition.help}${note}${stated === undefined ? '' : ` (default ${stated})`}`]
}

function helpText(): string {
  const rows: Array<[string, string]> = [
    ...SETTING_FLAGS.map(settingHelp),
    ...OUTPUT_FLAGS.map((flag): [string, string] => [`--${flag.name} ${flag.value}`, flag.help]),
    ['-h, --help', 'this help'],
    ['-v, --version', 'the version'],
  ]
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2
  const workflowOnly = SETTING_LIST.filter((definition) => !definition.flag).map((definition) => definition.input)
  return `perf-gate ${pkg.version}: measure bundle sizes, compare them with a baseline report, and gate on budgets.

Usage: perf-gate [options]
       perf-gate merge SHARD-REPORT.json… [options]   (the reports of --shard 1/M … M/M as one)

Every action input is a flag of the same name, except those only a workflow uses:
${workflowOnly.join(', ')}.
A perf-gate.config.json (or .yml) in the working directory is read first, and flags override it.

${rows.map(([flag, help]) => `  ${flag.padEnd(width)}${help}`).join('\n')}

Exit code: 0 when the check passes, 1 when it fails or the input is wrong.
`
}

/** Runs perf-gate in a terminal; returns the exit code. */
export async function runCli(io: CliProcess): Promise<number> {
  const printError = (message: string) => io.stderr.write(`perf-gate: ${message}\n`)
  // Ctrl-C or a SIGTERM stops every process perf-gate started, Chrome included, and exits with 130
  // or 143: set up first, since Chrome can run without any process group of ours.
  stopProcessesOnSignal()
  try {
    // `perf-gate merge FILE…`: the shards' report.json files as one report.
    const merging = io.argv[0] === 'merge'
    let parsed: ReturnType<typeof parseArgs<{ options: typeof options; args: string[]; allowPositionals: boolean; strict: true }>>
    try {
      parsed = parseArgs({ args: io.argv.slice(merging ? 1 : 0), options, allowPositionals: merging, strict: true })
    } catch (error) {
      throw new UserError(describeArgumentError(error as Error & { code?: string }))
    }
    const values = parsed.values as Record<string, string | string[] | boolean | undefined>
    if (values['help']) {
      io.stdout.write(helpText())
      return 0
    }
    if (values['version']) {
      io.stdout.write(`${pkg.version}\n`)
      return 0
    }

    const overrides: Overrides = {}
    for (const { input } of SETTING_FLAGS) {
      const value = values[input]
      if (typeof value === 'string') overrides[input] = value
      if (Array.isArray(value)) overrides[input] = value.join('\n')
    }
    // --baseline takes a mode (as the input does) or, as a shorthand for --baseline-report, a file.
    const baseline = values[Input.Baseline]
    if (typeof baseline === 'string' && !(BASELINE_MODES as readonly string[]).includes(baseline.trim().toLowerCase())) {
      delete overrides[Input.Baseline]
      overrides[Input.BaselineReport] = baseline
    }

    const log = terminalLogger(io.stderr)
    const config = await loadConfig(overrides, { cwd: io.cwd, overrideName: (input) => `--${input}`, warn: log.warning })
    const now = io.now ?? (() => new Date())
    let result: EngineResult
    if (merging) {
      if (parsed.positionals.length === 0) throw new UserError(messages.mergeNeedsFiles())
      const found = await Promise.all(parsed.positionals.map(async (file) => ({ name: file, text: await readReportFile(path.resolve(io.cwd, file), file) })))
      result = await mergeShardReports(found, config, { log, now })
    } else {
      const artifactDir = typeof values['output-dir'] === 'string' ? path.resolve(io.cwd, values['output-dir']) : await mkdtemp(path.join(os.tmpdir(), 'perf-gate-'))
      result = await runPerfGate(config, { log, runCommand: io.runCommand ?? runCommand, now, artifactDir })
    }

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

/** A shard's report.json, or a one-line error that names it. */
async function readReportFile(file: string, given: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    throw new UserError(messages.mergeFileUnreadable(given, (error as NodeJS.ErrnoException).code ?? (error as Error).message))
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
