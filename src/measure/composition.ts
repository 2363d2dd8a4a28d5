import { stat } from 'node:fs/promises'
import path from 'node:path'
// webpack-bundle-analyzer ships no type declarations; the part of it used here is typed below
// (AnalyzerApi). Its lib/ modules are CommonJS: the default import is module.exports.
// @ts-expect-error -- untyped CommonJS module, typed by AnalyzerApi
import untypedAnalyzer from 'webpack-bundle-analyzer/lib/analyzer.js'
import { APP_PACKAGE } from '../model/measurements.js'
import { UserError, messages } from '../errors.js'
import { writeTreemap } from './treemap.js'
import type { AssetComposition, Composition, ModuleSize } from '../model/measurements.js'

export const MODULES_PER_ASSET = 50

/** The slice of a webpack stats file this module reads itself; the analyzer reads the rest. */
interface WebpackStats {
  assets?: unknown[]
  modules?: unknown[]
  chunks?: Array<{ modules?: unknown[] }>
  children?: WebpackStats[]
  entrypoints?: Record<string, { name?: string }>
  outputPath?: string
}

/** A node of the analyzer's chart data: a folder, a module, or a concatenated module and its parts. */
interface ChartNode {
  label: string
  statSize: number
  parsedSize?: number
  gzipSize?: number
  concatenated?: boolean
  groups?: ChartNode[]
}

interface ChartAsset extends ChartNode {
  isAsset: true
  groups: ChartNode[]
}

interface SilentLogger {
  debug(...args: unknown[]): void
  info(...args: unknown[]): void
  warn(...args: unknown[]): void
  error(...args: unknown[]): void
}

interface AnalyzerApi {
  readStatsFromFile(file: string): Promise<unknown>
  getViewerData(stats: WebpackStats, bundleDir: string | null, options: { logger: SilentLogger; compressionAlgorithm: 'gzip'; excludeAssets: null }): ChartAsset[]
}

const analyzer: AnalyzerApi = untypedAnalyzer

// The analyzer reports a bundle it cannot find or parse as a warning and falls back to stat sizes;
// sizeKind says the same to the caller, so nothing is printed.
const silentLogger: SilentLogger = { debug() {}, info() {}, warn() {}, error() {} }

/**
 * webpack's stats.json → per-asset composition (npm packages and largest modules), from
 * webpack-bundle-analyzer's own analysis: it finds each module's code in the emitted bundles for
 * parsed and gzip sizes. When `treemapFile` is given, the analyzer's static HTML treemap of the same
 * analysis is written there.
 */
export async function measureComposition(statsFile: string, options: { bundleDir?: string; treemapFile?: string } = {}): Promise<Composition> {
  const stats = await readStats(statsFile)
  const bundleDir = options.bundleDir ? path.resolve(options.bundleDir) : await defaultBundleDir(stats, statsFile)
  // Read before the analysis: getViewerData rewrites the stats it is given (it filters and renames assets).
  const entrypoints = Object.values(stats.entrypoints ?? {}).map((entrypoint) => entrypoint.name)
  const chartData = analyzer.getViewerData(stats, bundleDir, { logger: silentLogger, compressionAlgorithm: 'gzip', excludeAssets: null })
  // One kind of size for every asset, so that sizes add up and compare: a single bundle the
  // analyzer could not parse puts the whole composition on stat sizes.
  const sizeKind = chartData.length > 0 && chartData.every((asset) => asset.parsedSize !== undefined) ? 'parsed' : 'stat'

  if (options.treemapFile) {
    await writeTreemap(options.treemapFile, { title: `${path.basename(statsFile)}: bundle composition`, chartData, entrypoints, defaultSizes: sizeKind })
  }

  return { source: 'webpack-stats', statsFile, sizeKind, bundleDir, assets: chartData.map((asset) => composeAsset(asset, sizeKind)) }
}

async function readStats(statsFile: string): Promise<WebpackStats> {
  let stats: unknown
  try {
    // The analyzer's reader: it parses the file as a stream, so a stats file of hundreds of MB
    // does not have to be held as one string.
    stats = await analyzer.readStatsFromFile(statsFile)
  } catch (error) {
    if (error instanceof SyntaxError) throw new UserError(messages.webpackStatsNotJson(statsFile, error.message))
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new UserError(messages.webpackStatsMissing(statsFile))
    throw new UserError(messages.webpackStatsUnreadable(statsFile, code ?? String(error)))
  }
  if (!isWebpackStats(stats)) throw new UserError(messages.notWebpackStats(statsFile))
  if (!listsModules(stats)) throw new UserError(messages.webpackStatsWithoutModules(statsFile))
  return stats
}

/** Stats of a single compilation have assets; a multi-compiler's have them in children. */
function isWebpackStats(value: unknown): value is WebpackStats {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const stats = value as WebpackStats
  return Array.isArray(stats.assets) || (Array.isArray(stats.children) && stats.children.some(isWebpackStats))
}

function listsModules(stats: WebpackStats): boolean {
  return (stats.modules?.length ?? 0) > 0 || (stats.chunks ?? []).some((chunk) => (chunk.modules?.length ?? 0) > 0) || (stats.children ?? []).some(listsModules)
}

/**
 * Where webpack wrote the bundles (outputPath), when that folder is on this machine; otherwise the
 * stats file's folder, as the analyzer's CLI assumes.
 */
async function defaultBundleDir(stats: WebpackStats, statsFile: string): Promise<string> {
  if (stats.outputPath) {
    const isFolder = await stat(stats.outputPath).then(
      (found) => found.isDirectory(),
      () => false,
    )
    if (isFolder) return stats.outputPath
  }
  return path.dirname(path.resolve(statsFile))
}

function composeAsset(asset: ChartAsset, sizeKind: Composition['sizeKind']): AssetComposition {
  const modules = mergeByName([...leafModules(asset.groups, '.')].map((node) => sizeOf(node.name, node, sizeKind)))
  const packages = new Map<string, ModuleSize>()
  for (const module of modules) {
    const name = packageOf(module.name)
    packages.set(name, add(packages.get(name) ?? { name, size: 0, ...(sizeKind === 'parsed' ? { gzip: 0, stat: 0 } : {}) }, module))
  }
  const largestFirst = (a: ModuleSize, b: ModuleSize) => b.size - a.size || a.name.localeCompare(b.name)
  const { size, gzip } = sizeOf(asset.label, asset, sizeKind)
  return {
    asset: asset.label,
    size,
    ...(gzip === undefined ? {} : { gzip }),
    moduleCount: modules.length,
    packages: [...packages.values()].sort(largestFirst),
    modules: modules.sort(largestFirst).slice(0, MODULES_PER_ASSET),
  }
}

/**
 * The modules under some chart nodes, named by their path from the project root ("./src/a.js").
 * A concatenated module is expanded into its parts, whose paths start again from the root (the
 * analyzer nests them under the concatenated module's own path); its sizes for the parts are
 * estimated in proportion to their stat sizes, which is the best the bundle allows.
 */
function* leafModules(nodes: readonly ChartNode[], folder: string): Generator<ChartNode & { name: string }> {
  for (const node of nodes) {
    const parts = node.groups ?? []
    if (node.concatenated && parts.length > 0) yield* leafModules(parts, '.')
    else if (parts.length > 0) yield* leafModules(parts, `${folder}/${node.label}`)
    else yield { ...node, name: `${folder}/${node.label.replace(/ \(concatenated\)$/, '')}` }
  }
}

function sizeOf(name: string, node: ChartNode, sizeKind: Composition['sizeKind']): ModuleSize {
  if (sizeKind === 'stat') return { name, size: node.statSize }
  // A module whose code the analyzer did not find in the bundle has no parsed size: it adds no bytes.
  return { name, size: node.parsedSize ?? 0, gzip: node.gzipSize ?? 0, stat: node.statSize }
}

function add(total: ModuleSize, part: ModuleSize): ModuleSize {
  return {
    name: total.name,
    size: total.size + part.size,
    ...(total.gzip === undefined ? {} : { gzip: total.gzip + (part.gzip ?? 0) }),
    ...(total.stat === undefined ? {} : { stat: total.stat + (part.stat ?? 0) }),
  }
}

/** The same file can be in two concatenated modules of one asset: it counts once, with both sizes. */
function mergeByName(modules: readonly ModuleSize[]): ModuleSize[] {
  const merged = new Map<string, ModuleSize>()
  for (const module of modules) {
    const seen = merged.get(module.name)
    merged.set(module.name, seen ? add(seen, module) : module)
  }
  return [...merged.values()]
}

/**
 * The npm package a module belongs to: the innermost node_modules/<name> or
 * node_modules/@scope/<name> of its path (so pnpm's .pnpm/…/node_modules/react is react), and
 * APP_PACKAGE for anything outside node_modules.
 */
export function packageOf(modulePath: string): string {
  const packages = [...modulePath.matchAll(/(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//g)]
  return packages.at(-1)?.[1] ?? APP_PACKAGE
}
