import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { UserError, messages } from '../errors.js'
import type { Compression } from './config.js'

/** One size-limit check, read as size-limit reads it. Only what perf-gate measures is kept. */
export interface SizeLimitEntry {
  name: string
  patterns: string[]
  ignore: string[]
  /** The `limit` string as written; undefined when the entry has none. */
  limit: string | number | undefined
  compression: Compression
  /** Options that make size-limit bundle or run the code, which perf-gate does not do. */
  unsupported: string[]
  origin: string
}

const BUNDLING_OPTIONS = ['import', 'webpack', 'config', 'entry', 'modifyWebpackConfig', 'modifyEsbuildConfig', 'running', 'time']

/** Reads `.size-limit.json`, else package.json's `size-limit` section; [] when neither is present. */
export async function readSizeLimitConfig(workingDirectory: string): Promise<SizeLimitEntry[]> {
  const dotFile = path.join(workingDirectory, '.size-limit.json')
  if (existsSync(dotFile)) return parseEntries(await readJson(dotFile, '.size-limit.json'), '.size-limit.json')

  const packageFile = path.join(workingDirectory, 'package.json')
  if (!existsSync(packageFile)) return []
  const manifest = await readJson(packageFile, 'package.json')
  const section = (manifest as Record<string, unknown> | null)?.['size-limit']
  return section === undefined ? [] : parseEntries(section, 'package.json "size-limit"')
}

async function readJson(file: string, displayName: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    throw new UserError(messages.sizeLimitUnparsable(displayName, (error as Error).message))
  }
}

function parseEntries(value: unknown, origin: string): SizeLimitEntry[] {
  if (!Array.isArray(value)) throw new UserError(messages.sizeLimitInvalid(origin, 'must be a list of checks'))
  return value.map((entry: unknown, index) => {
    if (typeof entry !== 'object' || entry === null) {
      throw new UserError(messages.sizeLimitInvalid(origin, `entry ${index + 1} is not an object`))
    }
    const check = entry as Record<string, unknown>
    const patterns = toStringList(check['path'])
    if (patterns.length === 0) throw new UserError(messages.sizeLimitInvalid(origin, `entry ${index + 1} has no "path"`))
    const ignore = toStringList(check['ignore'])
    const name = typeof check['name'] === 'string' && check['name'] ? check['name'] : patterns.join(', ')
    const limit = typeof check['limit'] === 'string' || typeof check['limit'] === 'number' ? check['limit'] : undefined
    return {
      name,
      patterns,
      ignore,
      limit,
      compression: compressionOf(check),
      unsupported: BUNDLING_OPTIONS.filter((option) => option in check && check[option] !== false),
      origin,
    }
  })
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
