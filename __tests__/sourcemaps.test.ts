import { mkdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { Ajv } from 'ajv'
import * as esbuild from 'esbuild'
import webpack from 'webpack'
import { APP_PACKAGE } from '../src/model/measurements.js'
import { measureComposition } from '../src/measure/composition.js'
import type { AssetComposition, Composition, ModuleSize } from '../src/model/measurements.js'
import { UNMAPPED, measureSourceMapComposition } from '../src/measure/sourceMapComposition.js'
import reportSchema from '../schema/report.schema.json' with { type: 'json' }
import { TempProject } from './fixtures/project.js'
import { REPO_ROOT } from './fixtures/runner.js'
import { prependToViteEntry, runVite, writeViteReactApp } from './fixtures/vite/project.js'
import { writeWebApp } from './fixtures/webpack/project.js'

const projects: TempProject[] = []
async function tempProject(): Promise<TempProject> {
  const project = await TempProject.create()
  projects.push(project)
  return project
}
afterAll(async () => Promise.all(projects.map((project) => project.remove())))

const named = <Entry extends { name: string }>(entries: readonly Entry[], name: string): Entry | undefined => entries.find((entry) => entry.name === name)
const names = (entries: readonly ModuleSize[]) => entries.map((entry) => entry.name)
const total = (entries: readonly ModuleSize[]) => entries.reduce((sum, entry) => sum + entry.size, 0)
const builtCode = (files: readonly string[]) => files.filter((file) => /\.(?:js|css)$/.test(file))

function onlyAsset(composition: Composition): AssetComposition {
  expect(composition.assets).toHaveLength(1)
  return composition.assets[0] as AssetComposition
}

type ChartNode = { label: string; statSize: number; parsedSize: number; gzipSize: number; isAsset?: boolean; groups?: ChartNode[] }

/** The analyzer's chart data, as its viewer's HTML holds it. */
const chartDataOf = (html: string) => JSON.parse(/window\.chartData = (.*);\n/.exec(html)?.[1] ?? 'null') as ChartNode[]

/** Links packages of the repo's node_modules into a project, as an install would put them there. */
async function linkPackages(project: TempProject, packages: readonly string[]): Promise<void> {
  await mkdir(project.path('node_modules'), { recursive: true })
  for (const name of packages) await symlink(path.join(REPO_ROOT, 'node_modules', name), project.path('node_modules', name), 'dir')
}

describe('a Vite app (create-vite react-ts), base and head with a new dependency', () => {
  let base: TempProject
  let head: TempProject
  let baseFiles: string[]
  let headFiles: string[]

  // Two checkouts built into the same dist/, as a pull request's base and head are: the asset names
  // differ only in their hashes.
  beforeAll(async () => {
    base = await tempProject()
    head = await tempProject()
    await Promise.all([writeViteReactApp(base), writeViteReactApp(head)])
    await prependToViteEntry(head, ["import { chunk } from 'lodash-es'", "console.log(chunk(['a', 'b', 'c'], 2))"])
    ;[baseFiles, headFiles] = await Promise.all([runVite(base, 'dist'), runVite(head, 'dist')])
  }, 120_000)

  test('the entry is React, ReactDOM, the scheduler and the app, whose bytes and the unmapped ones add up to the file; the CSS, without a map, is left out', async () => {
    const { composition, notes } = await measureSourceMapComposition(builtCode(baseFiles), { workingDirectory: base.dir })
    expect(notes).toEqual([])
    expect(composition).toMatchObject({ source: 'source-maps', sizeKind: 'parsed' })
    expect(composition).not.toHaveProperty('statsFile')
    const ajv = new Ajv({ strict: false }).addSchema(reportSchema)
    expect(ajv.validate({ $ref: `${reportSchema.$id}#/definitions/composition` }, composition)).toBe(true)
    // Vite writes no source map for CSS: the stylesheet is skipped, without a note.
    expect(builtCode(baseFiles).filter((file) => file.endsWith('.css'))).toHaveLength(1)
    const entry = onlyAsset(composition)
    expect(entry.asset).toMatch(/^dist\/assets\/index-[\w-]{8}\.js$/)

    const code = await readFile(base.path(entry.asset))
    expect(entry.size).toBe(code.length)
    expect(entry.gzip).toBe(zlib.gzipSync(code, { level: 9 }).length)
    expect(names(entry.packages)).toEqual(['react-dom', 'react', 'scheduler', APP_PACKAGE])
    // Every byte is somebody's: the packages' and the unmapped ones (Vite's module-preload polyfill
    // and rolldown's CommonJS wrapper, which no source maps to, and the sourceMappingURL comment).
    const unmapped = named(entry.modules, UNMAPPED)?.size ?? 0
    expect(total(entry.packages) + unmapped).toBe(entry.size)
    expect(unmapped).toBeGreaterThan(0)
    expect(unmapped).toBeLessThan(0.01 * entry.size)
    expect(named(entry.packages, 'react-dom')?.size).toBeGreaterThan(0.9 * entry.size)
    // Gzip sizes of the parts are the file's gzip size shared out by bytes.
    const reactDom = named(entry.packages, 'react-dom')
    expect(reactDom?.gzip).toBe(Math.round(((entry.gzip ?? 0) * (reactDom?.size ?? 0)) / entry.size))

    expect(entry.moduleCount).toBe(names(entry.modules).length)
    expect(entry.modules[0]?.name).toBe('./node_modules/react-dom/cjs/react-dom-client.production.js')
    expect(names(entry.modules)).toEqual(expect.arrayContaining(['./src/App.tsx', './src/main.tsx', './node_modules/react/cjs/react.production.js', UNMAPPED]))
    expect(named(entry.modules, './src/App.tsx')?.size).toBeGreaterThan(1_000)
  })

  test('the head adds lodash-es to the entry, and nothing else changes package', async () => {
    const [before, after] = await Promise.all([
      measureSourceMapComposition(builtCode(baseFiles), { workingDirectory: base.dir }),
      measureSourceMapComposition(builtCode(headFiles), { workingDirectory: head.dir }),
    ])
    const baseEntry = onlyAsset(before.composition)
    const headEntry = onlyAsset(after.composition)
    expect(headEntry.asset).not.toBe(baseEntry.asset)
    // The two entries' package lists, side by side: what the head brought into the entry.
    const added = names(headEntry.packages).filter((name) => !named(baseEntry.packages, name))
    const removed = names(baseEntry.packages).filter((name) => !named(headEntry.packages, name))
    expect(added).toEqual(['lodash-es'])
    expect(removed).toEqual([])
    expect(names(headEntry.modules)).toContain('./node_modules/lodash-es/chunk.js')
    // The minifier names variables anew when the code around them changes: a few bytes either way.
    expect(Math.abs((named(headEntry.packages, 'react-dom')?.size ?? 0) - (named(baseEntry.packages, 'react-dom')?.size ?? 0))).toBeLessThan(100)
    expect(headEntry.size - baseEntry.size).toBeGreaterThanOrEqual(named(headEntry.packages, 'lodash-es')?.size ?? Infinity)
  })

  test('the treemap is one self-contained HTML file of the same attribution, folders nested as the analyzer nests them', async () => {
    const treemapFile = head.path('reports', 'treemap.html')
    const { composition } = await measureSourceMapComposition(builtCode(headFiles), { workingDirectory: head.dir, treemapFile })
    const html = await readFile(treemapFile, 'utf8')
    expect(html.trimStart().startsWith('<!DOCTYPE html>')).toBe(true)
    expect(html).not.toMatch(/<script[^>]+src=/)
    expect(html.length).toBeGreaterThan(100_000) // The viewer script is in the file.
    for (const name of ['react-dom', 'lodash-es', 'chunk.js', 'App.tsx', UNMAPPED]) expect(html).toContain(name)

    const chartData = chartDataOf(html)
    const entry = onlyAsset(composition)
    expect(chartData).toHaveLength(1)
    const asset = chartData[0] as ChartNode
    expect(asset).toMatchObject({ label: entry.asset, isAsset: true, parsedSize: entry.size, statSize: entry.size, gzipSize: entry.gzip })
    const sum = (nodes: readonly ChartNode[]) => nodes.reduce((bytes, node) => bytes + node.parsedSize, 0)
    expect(sum(asset.groups ?? [])).toBe(entry.size)
    const nodeModules = asset.groups?.find((node) => node.label === 'node_modules')
    expect(nodeModules?.groups?.map((node) => node.label).sort()).toEqual(['lodash-es', 'react', 'react-dom', 'scheduler'])
    expect(nodeModules?.parsedSize).toBe(sum(nodeModules?.groups ?? []))
    expect(nodeModules?.parsedSize).toBe(total(entry.packages.filter((entry) => entry.name !== APP_PACKAGE)))
  })
})

describe('an esbuild bundle (sourcemap: true, no metafile)', () => {
  let project: TempProject

  beforeAll(async () => {
    project = await tempProject()
    await project.write(
      'src/index.js',
      ["import { chunk } from 'lodash-es'", "import { label } from './label.js'", "import './style.css'", 'console.log(label(chunk([1, 2, 3, 4, 5], 2).length))', ''].join('\n'),
    )
    await project.write('src/label.js', 'export const label = (count) => `${count} chunks`.padStart(12, "·")\n')
    await project.write('src/style.css', 'body { margin: 0; font: 16px/1.5 system-ui, sans-serif }\n.chunks { display: grid; gap: 4px }\n')
    await linkPackages(project, ['lodash-es'])
  })
  // esbuild's JS API builds in a service process of its own, which would otherwise outlive the tests.
  afterAll(async () => esbuild.stop())

  const bundle = (outfile: string, options: esbuild.BuildOptions) =>
    esbuild.build({ absWorkingDir: project.dir, entryPoints: ['src/index.js'], bundle: true, minify: true, outfile, logLevel: 'silent', ...options })

  test('the script lists lodash-es and the app with their modules, the stylesheet its CSS', async () => {
    // preserveSymlinks: the linked package keeps its path inside the project, as an installed one has.
    await bundle('dist/app.js', { sourcemap: true, preserveSymlinks: true })
    const { composition, notes } = await measureSourceMapComposition(['dist/app.js', 'dist/app.css'], { workingDirectory: project.dir })
    expect(notes).toEqual([])
    expect(composition.assets.map((asset) => asset.asset)).toEqual(['dist/app.js', 'dist/app.css'])
    const [script, stylesheet] = composition.assets as [AssetComposition, AssetComposition]

    expect(names(script.packages)).toEqual(['lodash-es', APP_PACKAGE])
    expect(names(script.modules)).toEqual(expect.arrayContaining(['./node_modules/lodash-es/chunk.js', './node_modules/lodash-es/toNumber.js', './src/index.js', './src/label.js']))
    expect(script.moduleCount).toBeGreaterThan(10) // chunk and the helpers it imports
    expect(total(script.packages) + (named(script.modules, UNMAPPED)?.size ?? 0)).toBe(script.size)

    expect(names(stylesheet.packages)).toEqual([APP_PACKAGE])
    expect(names(stylesheet.modules)).toEqual(['./src/style.css', UNMAPPED])
    expect(stylesheet.size).toBe((await stat(project.path('dist/app.css'))).size)
  })

  test('packages outside the project (a workspace whose node_modules is hoisted above it) are still packages', async () => {
    // Without preserveSymlinks esbuild names the package by its real path, outside the project.
    await bundle('hoisted/app.js', { sourcemap: true })
    const { composition } = await measureSourceMapComposition(['hoisted/app.js'], { workingDirectory: project.dir })
    const script = onlyAsset(composition)
    expect(names(script.packages)).toEqual(['lodash-es', APP_PACKAGE])
    const outside = path
      .relative(project.dir, path.join(REPO_ROOT, 'node_modules', 'lodash-es', 'chunk.js'))
      .split(path.sep)
      .join('/')
    expect(outside.startsWith('../')).toBe(true)
    expect(names(script.modules)).toContain(outside)
  })

  test('an inline map and a map beside the file are read, a file without one is skipped, a broken map is a note and the rest is still measured', async () => {
    await bundle('maps/inline.js', { sourcemap: 'inline', preserveSymlinks: true })
    await bundle('maps/external.js', { sourcemap: 'external', preserveSymlinks: true }) // the .map, without a comment
    await bundle('maps/none.js', { sourcemap: false, preserveSymlinks: true })
    await bundle('maps/not-json.js', { sourcemap: true, preserveSymlinks: true })
    await writeFile(project.path('maps/not-json.js.map'), '{"version": 3, "sources": [')
    await bundle('maps/not-a-map.js', { sourcemap: true, preserveSymlinks: true })
    await writeFile(project.path('maps/not-a-map.js.map'), JSON.stringify({ name: 'web-app', version: '1.0.0' }))
    await bundle('maps/deleted.js', { sourcemap: true, preserveSymlinks: true })
    await rm(project.path('maps/deleted.js.map'))
    await bundle('maps/remote.js', { sourcemap: 'external', preserveSymlinks: true })
    await rm(project.path('maps/remote.js.map'))
    await writeFile(project.path('maps/remote.js'), `${await readFile(project.path('maps/remote.js'), 'utf8')}//# sourceMappingURL=https://maps.example.com/remote.js.map\n`)

    const files = ['inline', 'external', 'none', 'not-json', 'not-a-map', 'deleted', 'remote', 'missing'].map((name) => `maps/${name}.js`)
    const { composition, notes } = await measureSourceMapComposition(files, { workingDirectory: project.dir })
    expect(composition.assets.map((asset) => asset.asset)).toEqual(['maps/inline.js', 'maps/external.js'])
    const [inline, external] = composition.assets as [AssetComposition, AssetComposition]
    expect(names(inline.packages)).toEqual(['lodash-es', APP_PACKAGE])
    // The same bytes of code; the gzip estimates differ, since the inline map is part of the file.
    const bytes = (asset: AssetComposition) => asset.packages.map(({ name, size }) => ({ name, size }))
    expect(bytes(inline)).toEqual(bytes(external))
    // The inline map is in the file, in its sourceMappingURL comment, which no mapping covers; the
    // rest of the two files is the same (esbuild's license comments are unmapped in both).
    const unmappedOf = (asset: AssetComposition) => named(asset.modules, UNMAPPED)?.size ?? 0
    expect(unmappedOf(inline) - unmappedOf(external)).toBe(inline.size - external.size)
    expect(inline.size).toBeGreaterThan(2 * external.size)

    expect(notes).toEqual([
      expect.stringMatching(/^Bundle composition: the source map maps\/not-json\.js\.map of maps\/not-json\.js is not valid JSON \(.+\); rebuild with source maps/),
      expect.stringMatching(/^Bundle composition: maps\/not-a-map\.js\.map, the source map of maps\/not-a-map\.js, is not a source map \(no sources and mappings\)/),
      expect.stringMatching(/^Bundle composition: maps\/deleted\.js names its source map maps\/deleted\.js\.map, which does not exist; keep the \.map files/),
      'Bundle composition: maps/remote.js names its source map at https://maps.example.com/remote.js.map, which perf-gate does not download; keep the .map file beside it to see what it is made of.',
      expect.stringMatching(/^Bundle composition: maps\/missing\.js cannot be read \(ENOENT\)/),
    ])
    for (const note of notes) expect(note).not.toContain('\n')
  })
})

describe('a webpack build with devtool: source-map', () => {
  test("the packages are webpack-bundle-analyzer's, with sizes within 2% of the asset (64 bytes in a small chunk) of its parsed sizes", async () => {
    const project = await tempProject()
    await writeWebApp(project, { bigLibRows: 800 })
    const outputPath = project.path('dist')
    const compiler = webpack({
      context: project.dir,
      mode: 'production',
      devtool: 'source-map',
      entry: './src/index.js',
      output: { path: outputPath, filename: '[name].[contenthash:8].js' },
      performance: { hints: false },
      infrastructureLogging: { level: 'none' },
    })
    const stats = await new Promise<webpack.Stats>((resolve, reject) => compiler.run((error, result) => (error || !result ? reject(error) : resolve(result))))
    await new Promise<void>((resolve, reject) => compiler.close((error) => (error ? reject(error) : resolve())))
    expect(stats.hasErrors()).toBe(false)
    const statsFile = path.join(outputPath, 'stats.json')
    await writeFile(statsFile, JSON.stringify(stats.toJson({ source: false })))
    const scripts = (stats.toJson({ all: false, assets: true }).assets ?? []).map((asset) => asset.name).filter((name) => name.endsWith('.js'))
    expect(scripts).toHaveLength(2) // the entry and the lazy chunk

    const analyzed = await measureComposition(statsFile)
    const treemapFile = project.path('treemap.html')
    const { composition, notes } = await measureSourceMapComposition(
      scripts.map((script) => `dist/${script}`),
      { workingDirectory: project.dir, treemapFile },
    )
    expect(notes).toEqual([])
    const bigLib = (assets: readonly AssetComposition[]) => assets.flatMap((asset) => asset.packages).find((entry) => entry.name === '@scope/big-lib')?.size ?? 0
    // @scope/big-lib is CommonJS, a module of its own: the analyzer cuts its code out of the bundle,
    // the source map covers the same code and the few bytes of webpack's wrapper up to the next module.
    expect(Math.abs(bigLib(composition.assets) - bigLib(analyzed.assets))).toBeLessThanOrEqual(0.001 * bigLib(analyzed.assets))
    for (const asset of analyzed.assets) {
      const mapped = composition.assets.find((candidate) => candidate.asset === `dist/${asset.asset}`)
      expect(mapped?.size).toBe(asset.size)
      expect(names(mapped?.packages ?? []).sort()).toEqual(names(asset.packages).sort())
      // Within 2% of the asset, that is, each package's share of it (which the treemap draws and the
      // comment lists) within 2 points; or 64 bytes in a small chunk. webpack joins the app's ES
      // modules and tiny-lib into one concatenated module, whose parts the analyzer can only estimate
      // in proportion to their sizes before minification, while the source map says which bytes are
      // whose. And the analyzer counts in a module what the map gives to no source or to webpack's
      // own: the runtime (webpack/runtime/…, in the entry's concatenated module) and the wrapper and
      // export glue webpack writes around each module (`262:(e,t,n)=>{n.r(t),n.d(t,{…})`), tens of
      // bytes, which is most of a lazy chunk of 200 bytes.
      for (const entry of asset.packages) {
        expect(Math.abs((named(mapped?.packages ?? [], entry.name)?.size ?? 0) - entry.size)).toBeLessThanOrEqual(Math.max(0.02 * asset.size, 64))
      }
    }
    // webpack://<namespace>/./src/… is a path from webpack's context, the project root.
    const entry = composition.assets.find((asset) => asset.asset.startsWith('dist/main.'))
    expect(names(entry?.modules ?? [])).toEqual(expect.arrayContaining(['./src/index.js', './src/format.js', './node_modules/@scope/big-lib/index.js', './node_modules/tiny-lib/index.js']))
    // In the treemap a folder that holds one folder and nothing else is one group, as the analyzer draws it.
    const chartEntry = chartDataOf(await readFile(treemapFile, 'utf8')).find((asset) => asset.label === entry?.asset)
    const labels = (nodes: readonly ChartNode[] | undefined) => (nodes ?? []).map((node) => node.label).sort()
    expect(labels(chartEntry?.groups)).toEqual([UNMAPPED, 'node_modules', 'src', 'webpack'])
    expect(labels(chartEntry?.groups?.find((node) => node.label === 'node_modules')?.groups)).toEqual(['@scope/big-lib', 'tiny-lib'])
  })
})
