import { readFile, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { compareComposition, largestPackages } from '../src/analyze/composition.js'
import { APP_PACKAGE } from '../src/model/measurements.js'
import { UserError, messages } from '../src/errors.js'
import { measureComposition } from '../src/measure/composition.js'
import type { AssetComposition, Composition } from '../src/model/measurements.js'
import { TempProject } from './fixtures/project.js'
import { bigLibSource, runWebpack, writeWebApp, type WebpackBuild } from './fixtures/webpack/project.js'

const BASE_ROWS = 400
const HEAD_ROWS = 800

let project: TempProject
let base: WebpackBuild
let head: WebpackBuild

beforeAll(async () => {
  project = await TempProject.create()
  await writeWebApp(project, { bigLibRows: BASE_ROWS })
  base = await runWebpack(project, 'base')
  await project.write('node_modules/@scope/big-lib/index.js', bigLibSource(HEAD_ROWS))
  head = await runWebpack(project, 'head')
})
afterAll(async () => project.remove())

const entryAsset = (composition: Composition): AssetComposition => {
  const asset = composition.assets.find((candidate) => candidate.asset.startsWith('main.'))
  if (!asset) throw new Error(`no main asset in ${composition.assets.map((candidate) => candidate.asset).join(', ')}`)
  return asset
}
const lazyAsset = (composition: Composition): AssetComposition | undefined => composition.assets.find((candidate) => !candidate.asset.startsWith('main.'))
const named = <Entry extends { name: string }>(entries: readonly Entry[], name: string): Entry | undefined => entries.find((entry) => entry.name === name)

async function errorOf(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  if (!(error instanceof Error)) throw new Error('expected a rejection with an Error')
  return error
}

describe('measureComposition on real webpack builds', () => {
  test('each asset lists its npm packages and the app code with parsed sizes, and its largest modules by readable path', async () => {
    const composition = await measureComposition(head.statsFile)
    expect(composition).toMatchObject({ statsFile: head.statsFile, sizeKind: 'parsed', bundleDir: head.outputPath })
    expect(composition.assets.map((asset) => asset.asset).sort()).toEqual([...head.scripts].sort())

    const main = entryAsset(composition)
    // Parsed sizes come from the emitted file itself.
    expect(main.size).toBe((await stat(path.join(head.outputPath, main.asset))).size)
    expect(main.gzip).toBeGreaterThan(0)
    expect(main.gzip).toBeLessThan(main.size)
    expect(main.packages.map((entry) => entry.name)).toEqual(['@scope/big-lib', APP_PACKAGE, 'tiny-lib'])
    expect(main.packages.reduce((total, entry) => total + entry.size, 0)).toBeLessThanOrEqual(main.size)

    const bigLib = named(main.packages, '@scope/big-lib')
    // The stat size is the source webpack read; the parsed size is what minifying left of it.
    expect(bigLib?.stat).toBe(Buffer.byteLength(bigLibSource(HEAD_ROWS)))
    expect(bigLib?.size).toBeGreaterThan(0.5 * (bigLib?.stat ?? 0))
    expect(bigLib?.size).toBeLessThan(bigLib?.stat ?? 0)
    expect(bigLib?.gzip).toBeLessThan(bigLib?.size ?? 0)

    // The entry module and ./src/format.js are concatenated into one: they are listed as two modules.
    expect(main.moduleCount).toBe(4)
    expect(main.modules.map((module) => module.name).sort()).toEqual(['./node_modules/@scope/big-lib/index.js', './node_modules/tiny-lib/index.js', './src/format.js', './src/index.js'])
    expect(main.modules[0]?.name).toBe('./node_modules/@scope/big-lib/index.js')

    const lazy = lazyAsset(composition)
    expect(lazy?.packages.map((entry) => entry.name)).toEqual([APP_PACKAGE])
    expect(lazy?.modules.map((module) => module.name)).toEqual(['./src/search.js'])
  })

  test('a second build with a bigger package: the comparison matches the entry across content hashes and names the package that grew', async () => {
    const [baseComposition, headComposition] = await Promise.all([measureComposition(base.statsFile), measureComposition(head.statsFile)])
    const baseMain = entryAsset(baseComposition)
    const headMain = entryAsset(headComposition)
    expect(headMain.asset).not.toBe(baseMain.asset)

    const changes = compareComposition(headComposition, baseComposition)
    const grown = (named(headMain.packages, '@scope/big-lib')?.size ?? 0) - (named(baseMain.packages, '@scope/big-lib')?.size ?? 0)
    expect(grown).toBeGreaterThan(5_000)
    expect(changes[0]).toEqual({
      asset: headMain.asset,
      name: '@scope/big-lib',
      kind: 'package',
      base: named(baseMain.packages, '@scope/big-lib')?.size,
      head: named(headMain.packages, '@scope/big-lib')?.size,
      delta: grown,
      status: 'changed',
    })
    expect(changes[1]).toMatchObject({ asset: headMain.asset, name: './node_modules/@scope/big-lib/index.js', kind: 'module', delta: grown })
    expect(changes.filter((change) => change.name.includes('tiny-lib'))).toEqual([])
    expect(changes.filter((change) => change.status !== 'changed')).toEqual([])
  })

  test('writes the analyzer treemap as one self-contained HTML file', async () => {
    const treemapFile = project.path('reports', 'composition.html')
    await measureComposition(head.statsFile, { treemapFile })
    const html = await readFile(treemapFile, 'utf8')
    expect(html.trimStart().startsWith('<!DOCTYPE html>')).toBe(true)
    expect(html).toContain('@scope/big-lib')
    expect(html).toContain('tiny-lib')
    expect(html).toContain('window.chartData')
    expect(html).not.toMatch(/<script[^>]+src=/)
    expect(html.length).toBeGreaterThan(100_000) // The viewer script is in the file.
  })

  test('bundles moved together with their stats are found next to them; deleted bundles leave the stat sizes', async () => {
    const build = await runWebpack(project, 'built-here')
    const moved = project.path('moved-there')
    await rename(build.outputPath, moved)
    const statsFile = path.join(moved, 'stats.json')

    const beside = await measureComposition(statsFile)
    expect(beside).toMatchObject({ sizeKind: 'parsed', bundleDir: moved })

    await Promise.all(build.scripts.map((script) => rm(path.join(moved, script))))
    const withoutBundles = await measureComposition(statsFile)
    expect(withoutBundles.sizeKind).toBe('stat')
    const bigLib = named(entryAsset(withoutBundles).packages, '@scope/big-lib')
    expect(bigLib).toEqual({ name: '@scope/big-lib', size: Buffer.byteLength(bigLibSource(HEAD_ROWS)) })
    expect(entryAsset(withoutBundles).gzip).toBeUndefined()
  })

  test('a stats file that is missing, not JSON, not webpack stats or without modules is a one-line error that says how to write it', async () => {
    const missing = project.path('nowhere', 'stats.json')
    const mixedOutput = await project.write('mixed/stats.json', 'webpack 5 compiled successfully\n{"assets": []}\n')
    const packageJson = await project.write('not-stats/package.json', JSON.stringify({ name: 'web-app', version: '1.0.0' }))
    const assetsOnly = await runWebpack(project, 'assets-only', { all: false, assets: true })

    const cases: Array<[string, string | RegExp]> = [
      [missing, messages.webpackStatsMissing(missing)],
      [mixedOutput, /^webpack-stats: ".*" is not valid JSON \(.+\); write it with webpack --json=/],
      [packageJson, messages.notWebpackStats(packageJson)],
      [assetsOnly.statsFile, messages.webpackStatsWithoutModules(assetsOnly.statsFile)],
    ]
    for (const [file, message] of cases) {
      const error = await errorOf(measureComposition(file))
      expect(error).toBeInstanceOf(UserError)
      if (typeof message === 'string') expect(error.message).toBe(message)
      else expect(error.message).toMatch(message)
      expect(error.message).not.toContain('\n')
    }
  })
})

const asset = (name: string, packages: Array<[string, number]>, modules: Array<[string, number]> = [], moduleCount = modules.length): AssetComposition => ({
  asset: name,
  size: packages.reduce((total, [, size]) => total + size, 0),
  moduleCount,
  packages: packages.map(([packageName, size]) => ({ name: packageName, size })),
  modules: modules.map(([moduleName, size]) => ({ name: moduleName, size })),
})
const composition = (assets: AssetComposition[], sizeKind: Composition['sizeKind'] = 'parsed'): Composition => ({ source: 'webpack-stats', statsFile: 'stats.json', sizeKind, assets })

describe('compareComposition', () => {
  test('packages and modules that grew, shrank, appeared and went, per asset matched without hashes, largest change first', () => {
    const base = composition([
      asset(
        'main.aaa111.js',
        [
          ['react', 40_000],
          ['lodash', 20_000],
          [APP_PACKAGE, 5_000],
        ],
        [
          ['./node_modules/lodash/lodash.js', 20_000],
          ['./src/index.js', 5_000],
        ],
      ),
      asset('legacy.ccc333.js', [['core-js', 9_000]]),
    ])
    const head = composition([
      asset(
        'main.bbb222.js',
        [
          ['react', 40_000],
          ['lodash', 26_000],
          ['dayjs', 3_000],
          [APP_PACKAGE, 4_000],
        ],
        [
          ['./node_modules/lodash/lodash.js', 26_000],
          ['./src/index.js', 4_000],
        ],
      ),
    ])
    expect(compareComposition(head, base)).toEqual([
      { asset: 'legacy.ccc333.js', name: 'core-js', kind: 'package', base: 9_000, delta: -9_000, status: 'removed' },
      { asset: 'main.bbb222.js', name: 'lodash', kind: 'package', base: 20_000, head: 26_000, delta: 6_000, status: 'changed' },
      { asset: 'main.bbb222.js', name: './node_modules/lodash/lodash.js', kind: 'module', base: 20_000, head: 26_000, delta: 6_000, status: 'changed' },
      { asset: 'main.bbb222.js', name: 'dayjs', kind: 'package', head: 3_000, delta: 3_000, status: 'added' },
      { asset: 'main.bbb222.js', name: APP_PACKAGE, kind: 'package', base: 5_000, head: 4_000, delta: -1_000, status: 'changed' },
      { asset: 'main.bbb222.js', name: './src/index.js', kind: 'module', base: 5_000, head: 4_000, delta: -1_000, status: 'changed' },
    ])
  })

  test("assets match across Vite's hashes too, and not at all with strip-hash none", () => {
    const base = composition([asset('assets/index-D_6Ay_gG.js', [['lodash-es', 20_000]])])
    const head = composition([asset('assets/index-CKk-EZXd.js', [['lodash-es', 26_000]])])
    expect(compareComposition(head, base)).toEqual([{ asset: 'assets/index-CKk-EZXd.js', name: 'lodash-es', kind: 'package', base: 20_000, head: 26_000, delta: 6_000, status: 'changed' }])
    expect(compareComposition(head, base, { kind: 'none' }).map((change) => [change.asset, change.status])).toEqual([
      ['assets/index-CKk-EZXd.js', 'added'],
      ['assets/index-D_6Ay_gG.js', 'removed'],
    ])
  })

  test('no base, nothing to compare', () => {
    expect(compareComposition(composition([asset('main.js', [['react', 1]])]), undefined)).toEqual([])
  })

  test('a module below the cut of a shortened list is neither added nor removed', () => {
    const base = composition([asset('main.1a2b3c.js', [[APP_PACKAGE, 300]], [['./src/a.js', 200]], 60)])
    const head = composition([asset('main.4d5e6f.js', [[APP_PACKAGE, 300]], [['./src/b.js', 200]], 60)])
    expect(compareComposition(head, base)).toEqual([])
  })

  test('a parsed head against a stat-size base compares the stat sizes of both', () => {
    const base = composition([asset('main.js', [['react', 100_000]])], 'stat')
    const head = composition([{ ...asset('main.js', [['react', 40_000]]), packages: [{ name: 'react', size: 40_000, stat: 101_000 }] }])
    expect(compareComposition(head, base)).toEqual([{ asset: 'main.js', name: 'react', kind: 'package', base: 100_000, head: 101_000, delta: 1_000, status: 'changed' }])
  })
})

describe('largestPackages', () => {
  test('the largest packages across assets, each with its share of its asset', () => {
    const head = composition([
      asset('main.js', [
        ['react', 60],
        [APP_PACKAGE, 40],
      ]),
      asset('admin.js', [
        ['chart.js', 90],
        ['react', 10],
      ]),
    ])
    expect(largestPackages(head, 3)).toEqual([
      { name: 'chart.js', size: 90, asset: 'admin.js', share: 0.9 },
      { name: 'react', size: 60, asset: 'main.js', share: 0.6 },
      { name: APP_PACKAGE, size: 40, asset: 'main.js', share: 0.4 },
    ])
  })
})
