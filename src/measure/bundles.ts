import { readFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import pLimit from 'p-limit'
import { glob } from 'tinyglobby'
import type { BundleSpec, Compression } from '../config/config.js'
import { UserError, messages } from '../errors.js'

export interface Sizes {
  raw: number
  gzip: number
  brotli: number
}

export interface MeasuredFile extends Sizes {
  /** Relative to the working directory, with forward slashes. */
  path: string
}

export interface BundleMeasurement extends Sizes {
  name: string
  /** Which of the sizes the budget and the regression check use. */
  compression: Compression
  /** Budget in bytes, after `compression`. */
  limit: number
  files: MeasuredFile[]
}

const gzip = promisify(zlib.gzip)
const brotliCompress = promisify(zlib.brotliCompress)

// The settings size-limit uses, so the numbers agree with what a team already sees there.
const GZIP_OPTIONS: zlib.ZlibOptions = { level: 9 }
const BROTLI_OPTIONS: zlib.BrotliOptions = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }

/**
 * Globs → files → raw, gzip and brotli size of each file, once per file however many bundles list
 * it. zlib's async API compresses on libuv's thread pool, so files (and the two compressions of one
 * file) run in parallel on every core; the number of files in flight is capped to bound memory.
 */
export async function measureBundles(
  specs: readonly BundleSpec[],
  workingDirectory: string,
  options: { allowMissing?: boolean } = {},
): Promise<BundleMeasurement[]> {
  const resolved = await Promise.all(specs.map((spec) => resolveFiles(spec, workingDirectory, options.allowMissing ?? false)))
  const uniqueFiles = [...new Set(resolved.flat())]
  const inFlight = pLimit(Math.max(4, availableParallelism() * 2))
  const sizes = new Map<string, Sizes>(
    await Promise.all(uniqueFiles.map((file) => inFlight(async () => [file, await sizeOf(path.join(workingDirectory, file))] as const))),
  )
  const measured = (file: string): MeasuredFile => ({ path: file, ...(sizes.get(file) as Sizes) })

  return specs.flatMap((spec, index): BundleMeasurement[] => {
    const files = (resolved[index] ?? []).map(measured)
    if (files.length === 0) return [] // Only with allowMissing: the base may not have a bundle yet.
    if (spec.kind === 'per-file') {
      return files.map((file) => ({ name: file.path, compression: spec.compression, limit: spec.limit, ...sum([file]), files: [file] }))
    }
    return [{ name: spec.name, compression: spec.compression, limit: spec.limit, ...sum(files), files }]
  })
}

/**
 * The files of one spec, sorted. On the head, a glob that matches nothing is the user's error, not an
 * empty bundle; on a base (allowMissing) it only means the bundle did not exist yet.
 */
async function resolveFiles(spec: BundleSpec, cwd: string, allowMissing: boolean): Promise<string[]> {
  const negations = spec.patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1))
  const positives = spec.patterns.filter((pattern) => !pattern.startsWith('!'))
  const ignore = [...negations, ...(spec.kind === 'group' ? spec.ignore : [])]
  const find = (patterns: string[]) => glob(patterns, { cwd, ignore, onlyFiles: true })

  if (spec.kind === 'per-file') {
    // Each glob is checked on its own: one stale line among several still deserves an error.
    const perPattern = await Promise.all(positives.map((pattern) => find([pattern])))
    const emptyIndex = perPattern.findIndex((files) => files.length === 0)
    if (emptyIndex >= 0 && !allowMissing) throw new UserError(messages.globMatchesNothing(spec.origin, [positives[emptyIndex] ?? ''], cwd))
    return [...new Set(perPattern.flat())].sort()
  }
  const files = await find(positives)
  if (files.length === 0 && !allowMissing) throw new UserError(messages.globMatchesNothing(spec.origin, positives, cwd))
  return files.sort()
}

async function sizeOf(file: string): Promise<Sizes> {
  const content = await readFile(file)
  const [gzipped, brotlied] = await Promise.all([gzip(content, GZIP_OPTIONS), brotliCompress(content, BROTLI_OPTIONS)])
  return { raw: content.length, gzip: gzipped.length, brotli: brotlied.length }
}

function sum(files: readonly Sizes[]): Sizes {
  return files.reduce((total, file) => ({ raw: total.raw + file.raw, gzip: total.gzip + file.gzip, brotli: total.brotli + file.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  })
}

/** The size that a bundle's budget and regression check use. */
export function sizeFor(sizes: Sizes, compression: Compression): number {
  return compression === 'none' ? sizes.raw : sizes[compression]
}
