import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { UserError, messages } from '../errors.js'
import type { Compression } from '../model/settings.js'
import { leavesRoot } from './paths.js'
import { parseDuration, parseSize } from './units.js'

/** One size-limit check, read as size-limit reads it. */
export interface SizeLimitCheck {
  /** Its `name`, else its `path` globs (size-limit itself names it by the files they match). */
  name: string
  /** `path` globs; empty when the check has none (size-limit then measures the package's main file). */
  patterns: string[]
  /** Bytes, for a size limit. */
  limit?: number
  /** Milliseconds, for a time limit ("1 s", "300 ms"): a limit on loading plus running time. */
  timeLimit?: number
  compression: Compression
  /** Options only size-limit's plugins can measure (import, ignore, running, webpack, …), with the plugins that can. */
  needsPlugin: Array<{ option: string; plugins: string[] }>
  origin: string
}

/** The project's size-limit configuration: which file, and its checks when the file is data (JSON). */
export interface SizeLimitSetup {
  /** As people name it: `.size-limit.json`, `package.json "size-limit"`, `.size-limit.js`. */
  file: string
  /** Undefined for a config that is a script (.size-limit.js, .ts, …): only size-limit can run it. */
  checks?: SizeLimitCheck[]
}

// size-limit's own table (get-config.js, OPTIONS): which plugin measures which option. Options
// for the file plugin (gzip, brotli) and plain ones (path, name, limit) perf-gate measures itself.
// Where several plugins can, the lightest comes first: it is the one a note suggests installing.
const PLUGIN_OPTIONS: Record<string, string[]> = {
  import: ['esbuild', 'webpack', 'rolldown'],
  ignore: ['esbuild', 'webpack', 'rolldown'],
  config: ['esbuild', 'webpack', 'rolldown'],
  entry: ['webpack', 'rolldown'],
  webpack: ['webpack'],
  rolldown: ['rolldown'],
  modifyWebpackConfig: ['webpack'],
  modifyEsbuildConfig: ['esbuild'],
  modifyRolldownConfig: ['rolldown'],
  disableModuleConcatenation: ['webpack'],
  uiReports: ['webpack'],
  compareWith: ['webpack'],
  running: ['time'],
  time: ['time'],
}

// The config files size-limit finds (lilconfig's search places in its get-config.js), in its order.
const SCRIPT_CONFIGS = ['.size-limit.js', '.size-limit.mjs', '.size-limit.cjs', '.size-limit.ts', '.size-limit.mts', '.size-limit.cts']

/** Finds the config size-limit would use in `workingDirectory`; undefined when there is none. */
export async function readSizeLimitConfig(workingDirectory: string): Promise<SizeLimitSetup | undefined> {
  const packageFile = path.join(workingDirectory, 'package.json')
  if (existsSync(packageFile)) {
    const section = ((await readJson(packageFile, 'package.json')) as Record<string, unknown> | null)?.['size-limit']
    if (section !== undefined) return { file: 'package.json "size-limit"', checks: parseChecks(section, 'package.json "size-limit"') }
  }
  for (const name of ['.size-limit.json', '.size-limit']) {
    const file = path.join(workingDirectory, name)
    if (existsSync(file)) return { file: name, checks: parseChecks(await readJson(file, name), name) }
  }
  const script = SCRIPT_CONFIGS.find((name) => existsSync(path.join(workingDirectory, name)))
  return script ? { file: script } : undefined
}

async function readJson(file: string, displayName: string): Promise<unknown> {
  // A parse error quotes the start of the file: one linked from outside the project is not read.
  const escape = leavesRoot(path.dirname(file), file)
  if (escape) throw new UserError(messages.pathOutside('size-limit', displayName, path.dirname(file), escape.symlinkTo))
  try {
    return JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    throw new UserError(messages.sizeLimitUnparsable(displayName, (error as Error).message))
  }
}

function parseChecks(value: unknown, origin: string): SizeLimitCheck[] {
  if (!Array.isArray(value) || value.length === 0) throw new UserError(messages.sizeLimitInvalid(origin, 'must be a non-empty list of checks'))
  return value.map((entry: unknown, index) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw new UserError(messages.sizeLimitInvalid(origin, `entry ${index + 1} is not an object`))
    const check = entry as Record<string, unknown>
    const patterns = toStringList(check['path'])
    const name = typeof check['name'] === 'string' && check['name'] ? check['name'] : patterns.join(', ') || `entry ${index + 1}`
    const where = `size-limit check "${name}" (in ${origin})`
    const limits = limitOf(check['limit'], where)
    return {
      name,
      patterns,
      ...limits,
      compression: compressionOf(check),
      needsPlugin: Object.keys(check)
        .filter((option) => option in PLUGIN_OPTIONS)
        .map((option) => ({ option, plugins: PLUGIN_OPTIONS[option] as string[] })),
      origin: where,
    }
  })
}

/** size-limit's rule: a limit ending in "ms" or "s" is a time limit, anything else a size. */
function limitOf(value: unknown, where: string): { limit?: number; timeLimit?: number } {
  if (typeof value !== 'string' && typeof value !== 'number') return {}
  if (typeof value === 'string' && /\d\s*m?s$/i.test(value.trim())) return { timeLimit: parseDuration(value.trim(), `${where} limit`) }
  return { limit: parseSize(value, `${where} limit`) }
}

/** size-limit's rule: brotli unless `gzip: true`; `brotli: false` turns compression off. */
function compressionOf(check: Record<string, unknown>): Compression {
  if (check['gzip'] === true) return 'gzip'
  if (check['brotli'] === false) return 'none'
  return 'brotli'
}

function toStringList(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string')
  return []
}
