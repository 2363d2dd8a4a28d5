import { cp, readFile, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, test } from '@jest/globals'
import { build as esbuild } from 'esbuild'
import webpack from 'webpack'
import { compareBundles } from '../src/analyze/compare.js'
import type { BundleComparison } from '../src/model/analysis.js'
import type { StripHash } from '../src/model/settings.js'
import type { BundleSpec } from '../src/config/settings.js'
import { measureBundles } from '../src/measure/bundles.js'
import { TempProject } from './fixtures/project.js'
import { REPO_ROOT } from './fixtures/runner.js'
import { runVite } from './fixtures/vite/project.js'
import { bigLibSource, writeWebApp } from './fixtures/webpack/project.js'

// Real builds of the base and the head, whose files carry the content hashes each bundler writes:
// with strip-hash auto, the file that grew is one bundle that changed, not one removed and one added.

const AUTO: StripHash = { kind: 'auto' }
const NONE: StripHash = { kind: 'none' }
const perFile = (pattern: string): BundleSpec => ({ kind: 'per-file', patterns: [pattern], limit: 500_000, compression: 'gzip', origin: 'bundles' })
const summary = (comparisons: readonly BundleComparison[]) =>
  comparisons.map(({ name, status, file, baseFile, pairing }) => ({ name, status, hashed: file !== undefined && baseFile !== undefined, pairing }))

const projects: TempProject[] = []
const project = async (): Promise<TempProject> => {
  const created = await TempProject.create()
  projects.push(created)
  return created
}
afterEach(async () => {
  await Promise.all(projects.splice(0).map((created) => created.remove()))
})

/** The repo's packages, resolvable from the project as if installed there (the test has no registry). */
const linkNodeModules = (target: TempProject) => symlink(path.join(REPO_ROOT, 'node_modules'), target.path('node_modules'), 'dir')

describe('Vite (create-vite vanilla-ts), [name]-[hash]', () => {
  /** `npm create vite -- --template vanilla-ts`, built to dist/. */
  async function viteApp(): Promise<TempProject> {
    const app = await project()
    await cp(path.join(REPO_ROOT, 'node_modules', 'create-vite', 'template-vanilla-ts'), app.dir, { recursive: true })
    await linkNodeModules(app)
    return app
  }

  test('the entry that imports lodash-es on the head is paired with the base entry and grew', async () => {
    const [base, head] = await Promise.all([viteApp(), viteApp()])
    await head.write('src/clicks.ts', "import { groupBy, sortBy } from 'lodash-es'\nexport const clicksByThree = (clicks: number[]) => sortBy(Object.keys(groupBy(clicks, (n) => n % 3)))\n")
    const entry = head.path('src', 'main.ts')
    await writeFile(entry, `import { clicksByThree } from './clicks.ts'\nconsole.log(clicksByThree([1, 2, 3]))\n${await readFile(entry, 'utf8')}`)
    await Promise.all([runVite(base, 'dist'), runVite(head, 'dist')])

    const spec = perFile('dist/assets/*.js')
    const [baseBundles, headBundles] = await Promise.all([measureBundles([spec], base.dir), measureBundles([spec], head.dir)])
    expect(baseBundles.map((bundle) => bundle.name)).toEqual([expect.stringMatching(/^dist\/assets\/index-[\w-]{8}\.js$/)])
    expect(headBundles.map((bundle) => bundle.name)).toEqual([expect.stringMatching(/^dist\/assets\/index-[\w-]{8}\.js$/)])
    expect(headBundles[0]?.name).not.toBe(baseBundles[0]?.name)

    const compared = compareBundles(headBundles, baseBundles, 0.1, AUTO)
    expect(compared).toEqual([expect.objectContaining({ name: 'dist/assets/index.js', status: 'changed', file: headBundles[0]?.name, baseFile: baseBundles[0]?.name })])
    expect(compared[0]?.delta).toBeGreaterThan(0)
    expect(compared[0]?.pairing).toBeUndefined()
    // What perf-gate reported before: the one file as removed and added.
    expect(compareBundles(headBundles, baseBundles, 0.1, NONE).map((comparison) => comparison.status)).toEqual(['added', 'removed'])
  })
})

describe('webpack, [name].[contenthash].js', () => {
  async function webpackBuild(app: TempProject, outputFolder: string): Promise<void> {
    const compiler = webpack({
      context: app.dir,
      mode: 'production',
      entry: './src/index.js',
      output: { path: app.path(outputFolder), filename: '[name].[contenthash].js' },
      performance: { hints: false },
      infrastructureLogging: { level: 'none' },
    })
    const stats = await new Promise<webpack.Stats>((resolve, reject) => compiler.run((error, result) => (error || !result ? reject(error) : resolve(result))))
    await new Promise<void>((resolve, reject) => compiler.close((error) => (error ? reject(error) : resolve())))
    if (stats.hasErrors()) throw new Error(stats.toString('errors-only'))
  }

  test('the entry whose package grew is paired across its 20-hex hash; the lazy chunk that did not change is unchanged', async () => {
    const app = await project()
    await writeWebApp(app, { bigLibRows: 400 })
    await webpackBuild(app, 'base')
    await app.write('node_modules/@scope/big-lib/index.js', bigLibSource(800))
    await webpackBuild(app, 'head')

    const spec = perFile('*.js')
    const [baseBundles, headBundles] = await Promise.all([measureBundles([spec], app.path('base')), measureBundles([spec], app.path('head'))])
    const entryOf = (bundles: typeof baseBundles) => bundles.find((bundle) => bundle.name.startsWith('main.'))?.name
    expect(entryOf(baseBundles)).toMatch(/^main\.[0-9a-f]{20}\.js$/)
    expect(entryOf(headBundles)).not.toBe(entryOf(baseBundles))
    expect(headBundles).toHaveLength(2)

    const compared = compareBundles(headBundles, baseBundles, 0.1, AUTO)
    const lazyChunk = headBundles.find((bundle) => !bundle.name.startsWith('main.'))?.name.replace(/\.[0-9a-f]{20}\.js$/, '.js')
    // The lazy chunk is named by its numeric id (262.49a826a490cfb103c649.js), which sorts first.
    expect(summary(compared)).toEqual([
      { name: lazyChunk, status: 'unchanged', hashed: true, pairing: undefined },
      { name: 'main.js', status: 'changed', hashed: true, pairing: undefined },
    ])
    expect(compared.find((comparison) => comparison.name === 'main.js')?.delta).toBeGreaterThan(1_000)
  })
})

describe('esbuild, entryNames [name]-[hash] and chunk-[hash] with splitting', () => {
  async function esbuildBuild(app: TempProject, outdir: string): Promise<void> {
    await esbuild({
      absWorkingDir: app.dir,
      entryPoints: ['src/main.js', 'src/admin.js'],
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      outdir,
      entryNames: '[name]-[hash]',
      logLevel: 'silent',
    })
  }

  test('every entry and the shared chunk pair across their base32 hashes; the chunk that now imports lodash-es grew', async () => {
    const app = await project()
    await linkNodeModules(app)
    await app.write('src/main.js', "import { format } from './shared.js'\nconsole.log(format('main page'))\n")
    await app.write('src/admin.js', "import { format } from './shared.js'\ndocument.title = format('admin page')\n")
    await app.write('src/shared.js', 'export const format = (text) => text.toUpperCase()\n')
    await esbuildBuild(app, 'base')
    await app.write('src/shared.js', "import { kebabCase } from 'lodash-es'\nexport const format = (text) => kebabCase(text).toUpperCase()\n")
    await esbuildBuild(app, 'head')

    const spec = perFile('*.js')
    const [baseBundles, headBundles] = await Promise.all([measureBundles([spec], app.path('base')), measureBundles([spec], app.path('head'))])
    for (const bundles of [baseBundles, headBundles]) {
      expect(bundles.map((bundle) => bundle.name)).toEqual([
        expect.stringMatching(/^admin-[A-Z2-7]{8}\.js$/),
        expect.stringMatching(/^chunk-[A-Z2-7]{8}\.js$/),
        expect.stringMatching(/^main-[A-Z2-7]{8}\.js$/),
      ])
    }

    const compared = compareBundles(headBundles, baseBundles, 0.1, AUTO)
    expect(compared.map((comparison) => comparison.name)).toEqual(['admin.js', 'chunk.js', 'main.js'])
    expect(compared.filter((comparison) => comparison.status === 'added' || comparison.status === 'removed')).toEqual([])
    const chunk = compared.find((comparison) => comparison.name === 'chunk.js')
    expect(chunk).toMatchObject({ status: 'changed', file: expect.stringMatching(/^chunk-/), baseFile: expect.stringMatching(/^chunk-/) })
    expect(chunk?.file).not.toBe(chunk?.baseFile)
    expect(chunk?.delta).toBeGreaterThan(1_000)
  })
})
