import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { SizeLimitCheck, SizeLimitSetup } from '../config/sizeLimit.js'
import { measureBundles, type SizeCache } from './bundles.js'
import type { BundleMeasurement } from '../model/measurements.js'

/** One check of `size-limit --json`: its reporter writes these fields, each only when it has it. */
interface SizeLimitJsonCheck {
  name: string
  passed?: boolean
  size?: number
  sizeLimit?: number
  /** Seconds, from the time plugin. */
  running?: number
  loading?: number
}

export interface SizeLimitMeasurement {
  bundles: BundleMeasurement[]
  /** What the report should say: a check perf-gate could not measure and why, size-limit's own failure. */
  notes: string[]
}

// The plugin packages behind size-limit's plugin names, for the note that says what to install.
const PLUGIN_PACKAGES: Record<string, string> = {
  webpack: '@size-limit/webpack',
  esbuild: '@size-limit/esbuild',
  rolldown: '@size-limit/rolldown',
  time: '@size-limit/time',
}

// size-limit bundles and may start a browser (its time plugin); a hung run must not hold the job.
const SIZE_LIMIT_TIMEOUT_MS = 10 * 60_000

/**
 * The project's size-limit checks, in `directory` (the head's checkout, or the rebuilt base's).
 * When the project has size-limit installed, that size-limit measures every check with the
 * plugins the project chose, as size-limit-action runs it: its numbers and verdicts are the
 * project's numbers. Without it, perf-gate measures the checks that are plain files, and each
 * check that needs a plugin becomes a note saying what to install; the other checks still count.
 */
export async function measureSizeLimit(setup: SizeLimitSetup, directory: string, options: { bundleBudget: number; allowMissing?: boolean; sizes?: SizeCache }): Promise<SizeLimitMeasurement> {
  const bin = projectSizeLimit(directory)
  if (bin) {
    const run = await runSizeLimit(bin, directory)
    if ('checks' in run) return { bundles: run.checks.map((check, index) => fromSizeLimit(check, setup.checks?.[index], options.bundleBudget)), notes: [] }
    const fallback = await measureWithoutSizeLimit(setup, directory, options)
    return { ...fallback, notes: [`size-limit failed in ${setup.file} (${run.error}); fix what it says, or run npx size-limit locally to see it. ${fallbackSummary(fallback)}`, ...fallback.notes] }
  }
  return measureWithoutSizeLimit(setup, directory, options)
}

/** bin.js of the size-limit that `directory` resolves (its own node_modules, or a parent's), if any. */
function projectSizeLimit(directory: string): string | undefined {
  try {
    const manifestPath = createRequire(path.join(directory, 'package.json')).resolve('size-limit/package.json')
    return path.join(path.dirname(manifestPath), 'bin.js')
  } catch {
    return undefined
  }
}

/** `size-limit --json`: it exits 1 when a check fails and still prints every result, so stdout decides. */
async function runSizeLimit(bin: string, directory: string): Promise<{ checks: SizeLimitJsonCheck[] } | { error: string }> {
  const { stdout, stderr, failure } = await new Promise<{ stdout: string; stderr: string; failure?: string }>((resolve) => {
    // process.execPath: the Node that runs perf-gate (Node 24 on the runner), which size-limit supports.
    execFile(process.execPath, [bin, '--json'], { cwd: directory, timeout: SIZE_LIMIT_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } }, (error, out, err) =>
      resolve({ stdout: out, stderr: err, ...(error?.killed ? { failure: `no answer within ${SIZE_LIMIT_TIMEOUT_MS / 60_000} minutes` } : {}) }),
    )
  })
  if (failure) return { error: failure }
  let parsed: unknown
  try {
    parsed = JSON.parse(stdout)
  } catch {
    return { error: firstLine(stderr || stdout) || 'it printed no JSON' }
  }
  if (Array.isArray(parsed)) return { checks: parsed as SizeLimitJsonCheck[] }
  // Its JSON reporter prints { error: stack } for a config it refuses; the stack's first line is the message.
  const error = (parsed as { error?: unknown } | null)?.error
  return { error: firstLine(typeof error === 'string' ? error : stdout) }
}

function fromSizeLimit(result: SizeLimitJsonCheck, check: SizeLimitCheck | undefined, bundleBudget: number): BundleMeasurement {
  // A check from a script config (.size-limit.js) is not known here: size-limit's default compression, brotli.
  const compression = check?.compression ?? 'brotli'
  const loading = milliseconds(result.loading)
  const running = milliseconds(result.running)
  return {
    name: result.name,
    compression,
    limit: result.sizeLimit ?? check?.limit ?? bundleBudget,
    ...(result.size === undefined ? {} : { [compression === 'none' ? 'raw' : compression]: result.size }),
    files: [],
    sizeLimit: {
      passed: result.passed ?? true,
      ...(loading === undefined ? {} : { loading }),
      ...(running === undefined ? {} : { running }),
      ...(check?.timeLimit === undefined ? {} : { timeLimit: check.timeLimit }),
    },
  }
}

/** The checks perf-gate can measure itself (files, no plugin options); a note for each of the others. */
async function measureWithoutSizeLimit(setup: SizeLimitSetup, directory: string, options: { bundleBudget: number; allowMissing?: boolean; sizes?: SizeCache }): Promise<SizeLimitMeasurement> {
  if (!setup.checks) {
    return { bundles: [], notes: [`${setup.file} is a script that only size-limit can run: install it (npm i -D size-limit and its plugins) and perf-gate runs it; its checks were not measured.`] }
  }
  const notes: string[] = []
  const plain: SizeLimitCheck[] = []
  for (const check of setup.checks) {
    if (check.needsPlugin.length > 0) notes.push(pluginNote(check))
    else plain.push(check)
    if (check.timeLimit !== undefined && check.needsPlugin.length === 0) {
      notes.push(`${check.origin} has a time limit, which only size-limit's time plugin measures (install size-limit and @size-limit/time); its size is held to bundle-budget.`)
    }
  }
  const specs = await Promise.all(
    plain.map(async (check) => ({
      kind: 'group' as const,
      name: check.name,
      patterns: check.patterns.length > 0 ? check.patterns : [await packageMain(directory)],
      ignore: [],
      limit: check.limit ?? options.bundleBudget,
      compression: check.compression,
      origin: check.origin,
    })),
  )
  const bundles = await measureBundles(specs, directory, { ...(options.allowMissing ? { allowMissing: true } : {}), ...(options.sizes ? { sizes: options.sizes } : {}) })
  return { bundles, notes }
}

function pluginNote(check: SizeLimitCheck): string {
  const packageOf = (plugin: string) => PLUGIN_PACKAGES[plugin] ?? `@size-limit/${plugin}`
  const needs = check.needsPlugin.map(({ option, plugins }) => `${option} (${plugins.map(packageOf).join(' or ')})`)
  // The first plugin that measures each option, and the file plugin that measures every size.
  const install = [...new Set(['size-limit', '@size-limit/file', ...check.needsPlugin.map(({ plugins }) => packageOf(plugins[0] ?? ''))])]
  return `${check.origin} uses ${needs.join(', ')}, which only size-limit measures: install them (npm i -D ${install.join(' ')}) and perf-gate runs size-limit; this check was not measured.`
}

/** size-limit's JSON gives times in seconds; the report keeps milliseconds, to a tenth. */
function milliseconds(seconds: number | undefined): number | undefined {
  return seconds === undefined ? undefined : Math.round(seconds * 10_000) / 10
}

function fallbackSummary(fallback: SizeLimitMeasurement): string {
  return fallback.bundles.length > 0 ? `perf-gate measured the ${fallback.bundles.length === 1 ? 'check that is' : 'checks that are'} plain files itself.` : 'No check was measured.'
}

/** What size-limit measures for a check without `path`: the package's `main`, else index.js. */
async function packageMain(directory: string): Promise<string> {
  const manifest = path.join(directory, 'package.json')
  if (!existsSync(manifest)) return 'index.js'
  const main = (JSON.parse(await readFile(manifest, 'utf8')) as { main?: unknown }).main
  return typeof main === 'string' && main ? path.posix.normalize(main.replace(/^\.\//, '')) : 'index.js'
}

function firstLine(text: string): string {
  return (
    text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .find(Boolean)
      ?.replace(/^(Size ?Limit ?Error|Error): /i, '')
      .slice(0, 300) ?? ''
  )
}
