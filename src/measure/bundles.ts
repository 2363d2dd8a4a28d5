import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { readFile, realpath } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import pLimit from 'p-limit'
import { glob, type GlobOptions } from 'tinyglobby'
import type { BundleSpec } from '../config/settings.js'
import { globLeavesRoot, isInside } from '../config/paths.js'
import { UserError, messages } from '../errors.js'
import type { BundleMeasurement, MeasuredFile, Sizes } from '../model/measurements.js'

/**
 * Compressed sizes by content: the same file in the base and the head (most files of a change)
 * is compressed once. Keyed by the SHA-256 of the bytes, so a renamed or moved file counts too.
 */
export class SizeCache {
  private readonly byContent = new Map<string, Promise<Sizes>>()

  sizesOf(content: Buffer): Promise<Sizes> {
    const key = createHash('sha256').update(content).digest('hex')
    let sizes = this.byContent.get(key)
    if (!sizes) {
      sizes = compress(content)
      this.byContent.set(key, sizes)
    }
    return sizes
  }
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
export async function measureBundles(specs: readonly BundleSpec[], workingDirectory: string, options: { allowMissing?: boolean; sizes?: SizeCache } = {}): Promise<BundleMeasurement[]> {
  const resolved = await Promise.all(specs.map((spec) => resolveFiles(spec, workingDirectory, options.allowMissing ?? false)))
  const uniqueFiles = [...new Set(resolved.flat())]
  const inFlight = pLimit(Math.max(4, availableParallelism() * 2))
  const cache = options.sizes ?? new SizeCache()
  const sizes = new Map<string, Sizes>(await Promise.all(uniqueFiles.map((file) => inFlight(async () => [file, await cache.sizesOf(await readFile(path.join(workingDirectory, file)))] as const))))
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
 *
 * What the globs reach stays inside `cwd`, the folder being measured: the head's working directory,
 * or its counterpart in the rebuilt base's worktree, so each side is held to its own root. A glob
 * that is absolute or has a `..` segment is refused before anything is walked (the Config already
 * refused the configured ones; size-limit's checks, which perf-gate measures here when size-limit
 * is not installed, arrive unchecked). On the base, which is code already merged, what leads out
 * is left unmeasured rather than refused: an error there would fail the very pull request that
 * removes the link.
 */
async function resolveFiles(spec: BundleSpec, cwd: string, allowMissing: boolean): Promise<string[]> {
  const negations = spec.patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1))
  const positives = spec.patterns.filter((pattern) => !pattern.startsWith('!'))
  const leaving = positives.find(globLeavesRoot)
  if (leaving !== undefined && !allowMissing) throw new UserError(messages.globLeavesRoot(spec.origin, leaving))
  const inside = positives.filter((pattern) => !globLeavesRoot(pattern))
  const ignore = [...negations, ...(spec.kind === 'group' ? spec.ignore : [])]
  const root = await realpath(cwd)
  const find = async (patterns: string[]) => {
    const { files, outside } = await globInside(patterns, { cwd, root, ignore })
    const first = outside[0]
    if (first && !allowMissing) throw new UserError(messages.globMatchOutside(spec.origin, patterns, first.file, first.target, cwd))
    return files
  }

  if (spec.kind === 'per-file') {
    // Each glob is checked on its own: one stale line among several still deserves an error.
    const perPattern = await Promise.all(inside.map((pattern) => find([pattern])))
    const emptyIndex = perPattern.findIndex((files) => files.length === 0)
    if (emptyIndex >= 0 && !allowMissing) throw new UserError(messages.globMatchesNothing(spec.origin, [inside[emptyIndex] ?? ''], cwd))
    return [...new Set(perPattern.flat())].sort()
  }
  const files = inside.length > 0 ? await find(inside) : []
  if (files.length === 0 && !allowMissing) throw new UserError(messages.globMatchesNothing(spec.origin, positives, cwd))
  return files.sort()
}

/** A match, or a folder a glob would have walked, whose real path is outside the root. */
interface Outside {
  /** Relative to the cwd, with forward slashes; a folder ends in `/`. */
  file: string
  target: string
}

/**
 * tinyglobby's glob in `cwd`, kept inside `root` (the cwd's real path). It follows symlinks
 * (followSymbolicLinks, its default): a linked file or folder inside the project is measured like
 * any other, where not following would drop linked files without a word. What it may not do is
 * leave. Every folder it reads is read through `readdir` below, which refuses one whose real path
 * is outside, so `dist/**` never crawls a link to / or to an ancestor; every match is resolved
 * with realpath and one outside is left out. Both come back as `outside`, sorted, for the error.
 */
async function globInside(patterns: string[], options: { cwd: string; root: string; ignore: string[] }): Promise<{ files: string[]; outside: Outside[] }> {
  const outside: Outside[] = []
  const relative = (file: string) => path.relative(options.cwd, file).split(path.sep).join('/')
  // The link each folder was reached through, by its real path: the folder's name in an error.
  const linkOf = new Map<string, string>()
  const realpathRecording = (file: string, callback: (error: NodeJS.ErrnoException | null, real: string) => void) =>
    fs.realpath(file, (error, real) => {
      if (!error) linkOf.set(real, file)
      callback(error, real)
    })
  const readdirInside = (dir: string, readdirOptions: { withFileTypes: true }, callback: (error: NodeJS.ErrnoException | null, entries: fs.Dirent[]) => void) =>
    fs.realpath(dir, (error, real) => {
      if (error || isInside(options.root, real)) return fs.readdir(dir, readdirOptions, callback)
      outside.push({ file: `${relative(linkOf.get(real) ?? dir)}/`, target: real })
      // tinyglobby suppresses read errors: the folder is skipped.
      callback(Object.assign(new Error(`${dir} is outside ${options.root}`), { code: 'EACCES' }), [])
    })
  const confined = { realpath: realpathRecording, readdir: readdirInside } as unknown as GlobOptions['fs']
  const matched = await glob(patterns, { cwd: options.cwd, ignore: options.ignore, onlyFiles: true, fs: confined })
  const real = await Promise.all(matched.map((file) => realpath(path.join(options.cwd, file))))
  const files = matched.filter((file, index) => {
    const target = real[index] as string
    if (isInside(options.root, target)) return true
    outside.push({ file, target })
    return false
  })
  return { files, outside: outside.sort((a, b) => a.file.localeCompare(b.file)) }
}

async function compress(content: Buffer): Promise<Sizes> {
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
