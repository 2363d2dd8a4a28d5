import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import { AnyMap, decodedMappings, type TraceMap } from '@jridgewell/trace-mapping'
import { MODULES_PER_ASSET, packageOf } from './composition.js'
import type { AssetComposition, Composition, ModuleSize } from '../model/measurements.js'
import { writeTreemap } from './treemap.js'

/** The name under which the bytes no mapping covers are counted: a bundler's glue, license comments, the sourceMappingURL comment. */
export const UNMAPPED = '[unmapped]'

/** A node of the analyzer's chart data: a folder or a module, with its path from the project root (the viewer's tooltip shows it). */
interface ChartNode {
  label: string
  path: string
  statSize: number
  parsedSize: number
  gzipSize: number
  groups?: ChartNode[]
}

interface ChartAsset extends Omit<ChartNode, 'path'> {
  isAsset: true
  groups: ChartNode[]
  /** The viewer's entrypoint filter reads it; a source map does not say which entry loads a file. */
  isInitialByEntrypoint: Record<string, boolean>
}

const gzip = promisify(zlib.gzip)
// The level measureBundles (after size-limit) and webpack-bundle-analyzer use, so the sizes agree.
const GZIP_OPTIONS: zlib.ZlibOptions = { level: 9 }

/** One line each, naming the built file and saying what to do; the file is left out of the composition. */
const notes = {
  fileUnreadable: (asset: string, reason: string) => `Bundle composition: ${asset} cannot be read (${reason}); it is left out of the composition — check that the build wrote it.`,
  mapMissing: (asset: string, map: string) =>
    `Bundle composition: ${asset} names its source map ${map}, which does not exist; keep the .map files in the build output (or drop the sourceMappingURL comment) to see what ${asset} is made of.`,
  mapNotLocal: (asset: string, url: string) =>
    `Bundle composition: ${asset} names its source map at ${url}, which perf-gate does not download; keep the .map file beside it to see what it is made of.`,
  mapUnreadable: (asset: string, map: string, reason: string) =>
    `Bundle composition: the source map ${map} of ${asset} cannot be read (${reason}); rebuild with source maps to see what ${asset} is made of.`,
  mapNotJson: (asset: string, map: string, reason: string) =>
    `Bundle composition: the source map ${map} of ${asset} is not valid JSON (${reason.split(/\r?\n/, 1)[0]}); rebuild with source maps to see what ${asset} is made of.`,
  notSourceMap: (asset: string, map: string, reason: string) =>
    `Bundle composition: ${map}, the source map of ${asset}, is not a source map (${reason}); rebuild with source maps to see what ${asset} is made of.`,
}

/** How notes name a source map inside the file it maps. */
const INLINE_MAP = '(inline, a data: URL)'

/** A built file's source map, found and parsed; or why it could not be (a note), or nothing when the file has none. */
type FoundMap = { map: TraceMap } | { note: string } | undefined

/**
 * Built files and their source maps → per-file composition (npm packages and largest modules), for
 * any bundler that writes source maps (Vite, Rollup, esbuild, Parcel, webpack). Every byte of a file
 * is attributed to the source of the mapping before it on its line, as source-map-explorer does;
 * bytes before a line's first mapping, or after a mapping without a source, are UNMAPPED. `files` are
 * relative to `workingDirectory`; a file without a source map is left out, and one whose source map
 * is broken is left out with a note. When `treemapFile` is given, webpack-bundle-analyzer's static
 * HTML treemap of the same attribution is written there.
 */
export async function measureSourceMapComposition(files: readonly string[], options: { workingDirectory: string; treemapFile?: string }): Promise<{ composition: Composition; notes: string[] }> {
  const workingDirectory = path.resolve(options.workingDirectory)
  const assets: AssetComposition[] = []
  const chartData: ChartAsset[] = []
  const fileNotes: string[] = []
  // One file at a time: a large bundle's source map can take hundreds of MB once parsed. A file
  // that several globs list is measured once.
  for (const absolute of new Set(files.map((file) => path.resolve(workingDirectory, file)))) {
    const asset = relativePath(absolute, workingDirectory)
    const code = await readFile(absolute).catch((error: NodeJS.ErrnoException) => {
      fileNotes.push(notes.fileUnreadable(asset, error.code ?? String(error)))
      return undefined
    })
    if (!code) continue
    const text = code.toString('utf8')
    const found = await findSourceMap(text, absolute, asset, workingDirectory)
    if (!found) continue
    if ('note' in found) {
      fileNotes.push(found.note)
      continue
    }
    const bytesBySource = attributeBytes(text, found.map, sourceNames(found.map, workingDirectory))
    const composed = composeAsset(asset, code.length, (await gzip(code, GZIP_OPTIONS)).length, bytesBySource)
    assets.push(composed.asset)
    chartData.push(composed.chart)
  }

  if (options.treemapFile) {
    await writeTreemap(options.treemapFile, { title: `${path.basename(workingDirectory)}: bundle composition (source maps)`, chartData, entrypoints: [], defaultSizes: 'parsed' })
  }

  return { composition: { source: 'source-maps', sizeKind: 'parsed', assets }, notes: fileNotes }
}

/**
 * The source map a built file names in its last sourceMappingURL comment (a path relative to the
 * file, or an inline data: URL), else `<file>.map` beside it, as browsers' devtools look for them.
 */
async function findSourceMap(text: string, file: string, asset: string, workingDirectory: string): Promise<FoundMap> {
  const url = [...text.matchAll(/^[ \t]*(?:\/\/|\/\*)[#@][ \t]+sourceMappingURL=([^\s*]+)/gm)].at(-1)?.[1]
  if (url?.startsWith('data:')) {
    // fetch reads every form of data: URL (base64 or percent-encoded, with or without a charset).
    const mapText = await fetch(url).then(
      (response) => response.text(),
      (error: Error) => error,
    )
    if (mapText instanceof Error) return { note: notes.mapUnreadable(asset, INLINE_MAP, mapText.message) }
    // An inline map's sources are relative to the file that holds it.
    return parseSourceMap(mapText, pathToFileURL(file).href, asset, INLINE_MAP)
  }
  const target = url === undefined ? pathToFileURL(`${file}.map`) : URL.parse(url, pathToFileURL(file).href)
  const mapFile = target?.protocol === 'file:' ? filePath(target) : undefined
  if (!target || mapFile === undefined) return { note: notes.mapNotLocal(asset, target?.href ?? String(url)) }
  const mapName = relativePath(mapFile, workingDirectory)
  let mapText: string
  try {
    mapText = await readFile(mapFile, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return url === undefined ? undefined : { note: notes.mapMissing(asset, mapName) }
    return { note: notes.mapUnreadable(asset, mapName, code ?? String(error)) }
  }
  return parseSourceMap(mapText, target.href, asset, mapName)
}

function parseSourceMap(text: string, mapUrl: string, asset: string, mapName: string): FoundMap {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    return { note: notes.mapNotJson(asset, mapName, (error as Error).message) }
  }
  const shape = parsed as { sources?: unknown; mappings?: unknown; sections?: unknown } | null
  const isSourceMap = typeof shape === 'object' && shape !== null && (Array.isArray(shape.sections) || (Array.isArray(shape.sources) && typeof shape.mappings === 'string'))
  if (!isSourceMap) return { note: notes.notSourceMap(asset, mapName, 'no sources and mappings') }
  try {
    // AnyMap also reads index maps (with sections), flattening them into one.
    return { map: new AnyMap(parsed as ConstructorParameters<typeof AnyMap>[0], mapUrl) }
  } catch (error) {
    return { note: notes.notSourceMap(asset, mapName, (error as Error).message.split(/\r?\n/, 1)[0] ?? '') }
  }
}

/**
 * Each of the map's sources named as the webpack path names modules: from the project root, with
 * forward slashes ("./src/App.tsx", "./node_modules/react/index.js", "../shared/x.js" outside it).
 * webpack names its sources webpack://<namespace>/<path from webpack's context>, which is taken to
 * be the project root; what webpack generates itself (webpack/runtime/…, external "react") keeps
 * webpack's name, as does a source of another scheme. A source without a name is undefined.
 */
function sourceNames(map: TraceMap, workingDirectory: string): Array<string | undefined> {
  return map.sources.map((source, index) => {
    if (!source) return undefined
    // Read before resolving: resolving a webpack:// URL drops the ./ and ../ that say it is a path.
    const webpackPath = /^webpack:\/\/[^/]*\/(.*)$/s.exec(map.sourceRoot ? `${map.sourceRoot}/${source}` : source)?.[1]
    if (webpackPath !== undefined) return /^\.\.?\//.test(webpackPath) ? moduleName(path.resolve(workingDirectory, webpackPath), workingDirectory) : webpackPath
    const resolved = map.resolvedSources[index] ?? source
    const file = resolved.startsWith('file:') ? filePath(resolved) : undefined
    return file === undefined ? resolved : moduleName(file, workingDirectory)
  })
}

/** A module's name as webpack's stats give it: relative to the project, starting with ./ inside it. */
function moduleName(file: string, workingDirectory: string): string {
  const relative = relativePath(file, workingDirectory)
  return /^\.\.(?:\/|$)/.test(relative) || path.isAbsolute(relative) ? relative : `./${relative}`
}

/** A built file's name as the user knows it: relative to the project, with forward slashes. */
function relativePath(file: string, workingDirectory: string): string {
  return path.relative(workingDirectory, file).split(path.sep).join('/')
}

/** The file a file: URL names; undefined for a URL no local file has (a remote host, an encoded slash). */
function filePath(url: URL | string): string | undefined {
  try {
    return fileURLToPath(url)
  } catch {
    return undefined
  }
}

/**
 * Bytes per source: the bytes of a generated line from one mapping up to the next belong to the
 * first one's source, and a line's newline to the mapping that ends it, so the sizes add up to the
 * file's. Columns count UTF-16 code units, as JavaScript strings do; sizes are bytes of UTF-8.
 */
function attributeBytes(text: string, map: TraceMap, names: ReadonlyArray<string | undefined>): Map<string, number> {
  const bytesBySource = new Map<string, number>()
  const add = (name: string, bytes: number) => {
    if (bytes > 0) bytesBySource.set(name, (bytesBySource.get(name) ?? 0) + bytes)
  }
  const mappings = decodedMappings(map)
  // Lines end at \n, as bundlers count them; a \r before it is the line's last byte.
  const lines = text.split('\n')
  lines.forEach((line, index) => {
    let owner = UNMAPPED
    let start = 0
    for (const segment of mappings[index] ?? []) {
      // A broken map can hold columns past the line's end, or before the previous one: they are kept within the line.
      const column = Math.min(Math.max(segment[0], start), line.length)
      add(owner, Buffer.byteLength(line.slice(start, column)))
      owner = (segment.length === 1 ? undefined : names[segment[1]]) ?? UNMAPPED
      start = column
    }
    add(owner, Buffer.byteLength(line.slice(start)) + (index < lines.length - 1 ? 1 : 0))
  })
  return bytesBySource
}

/**
 * A file's composition and its chart node. The file's gzip size is measured; its parts' are
 * estimates, the file's gzip size shared out in proportion to their bytes. Compressing each part's
 * bytes on their own would lose the repetitions it shares with the rest of the file: the parts would
 * add up to more than the file.
 */
function composeAsset(asset: string, size: number, gzipSize: number, bytesBySource: ReadonlyMap<string, number>): { asset: AssetComposition; chart: ChartAsset } {
  const estimatedGzip = (bytes: number) => (size > 0 ? Math.round((gzipSize * bytes) / size) : 0)
  const modules = [...bytesBySource].map(([name, bytes]): ModuleSize => ({ name, size: bytes, gzip: estimatedGzip(bytes) }))
  // Unmapped bytes belong to no package, as the webpack runtime belongs to none in the webpack path.
  const packageBytes = new Map<string, number>()
  for (const module of modules) {
    if (module.name === UNMAPPED) continue
    const name = packageOf(module.name)
    packageBytes.set(name, (packageBytes.get(name) ?? 0) + module.size)
  }
  const largestFirst = (a: ModuleSize, b: ModuleSize) => b.size - a.size || a.name.localeCompare(b.name)
  return {
    asset: {
      asset,
      size,
      gzip: gzipSize,
      moduleCount: modules.length,
      packages: [...packageBytes].map(([name, bytes]) => ({ name, size: bytes, gzip: estimatedGzip(bytes) })).sort(largestFirst),
      modules: [...modules].sort(largestFirst).slice(0, MODULES_PER_ASSET),
    },
    chart: {
      label: asset,
      isAsset: true,
      // A source map says nothing of the code before the build minified it: the stat size, which the
      // analyzer takes from webpack's stats, is the parsed size here too.
      statSize: size,
      parsedSize: size,
      gzipSize,
      groups: chartGroups(modules),
      isInitialByEntrypoint: {},
    },
  }
}

interface FolderDraft {
  folders: Map<string, FolderDraft>
  modules: ModuleSize[]
}

/** Modules as the analyzer's chart nests them: a group per folder, from the project root. */
function chartGroups(modules: readonly ModuleSize[]): ChartNode[] {
  const root: FolderDraft = { folders: new Map(), modules: [] }
  for (const module of modules) {
    let folder = root
    for (const name of module.name.replace(/^\.\//, '').split('/').slice(0, -1)) {
      const child = folder.folders.get(name) ?? { folders: new Map(), modules: [] }
      folder.folders.set(name, child)
      folder = child
    }
    folder.modules.push(module)
  }
  return folderGroups(root, '.')
}

function folderGroups(folder: FolderDraft, folderPath: string): ChartNode[] {
  const modules = folder.modules.map((module): ChartNode => ({
    label: module.name.split('/').at(-1) ?? module.name,
    path: module.name,
    statSize: module.size,
    parsedSize: module.size,
    gzipSize: module.gzip ?? 0,
  }))
  return [...[...folder.folders].map(([name, draft]) => folderNode(name, draft, folderPath)), ...modules]
}

function folderNode(label: string, folder: FolderDraft, parentPath: string): ChartNode {
  // A folder that holds one folder and nothing else is one group, as the analyzer draws it ("@scope/name").
  const [only, ...others] = folder.folders
  if (only && others.length === 0 && folder.modules.length === 0) return folderNode(`${label}/${only[0]}`, only[1], parentPath)
  const folderPath = `${parentPath}/${label}`
  const groups = folderGroups(folder, folderPath)
  const sum = (size: (node: ChartNode) => number) => groups.reduce((total, node) => total + size(node), 0)
  return { label, path: folderPath, statSize: sum((node) => node.statSize), parsedSize: sum((node) => node.parsedSize), gzipSize: sum((node) => node.gzipSize), groups }
}
