import { rm } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { loadConfig, type Overrides } from '../src/config/config.js'
import { TempProject } from './fixtures/project.js'

let project: TempProject
const warnings: string[] = []
const load = (overrides: Overrides = {}) =>
  loadConfig(overrides, { cwd: project.dir, overrideName: (input) => input, warn: (message) => warnings.push(message) })

beforeEach(async () => {
  project = await TempProject.create()
  warnings.length = 0
})
afterEach(async () => project.remove())

describe('defaults', () => {
  test('the contract defaults, with nothing given but bundles', async () => {
    const config = await load({ bundles: 'dist/*.js' })
    expect(config).toMatchObject({
      workingDirectory: project.dir,
      bundleBudget: 500_000,
      compression: 'gzip',
      regressionThreshold: 0.1,
      failOn: { budget: true, regression: false },
      comment: 'true',
      commentKey: 'default',
      baseline: 'auto',
      lighthouseRuns: 3,
      p95Budget: 200,
      memoryBudget: 200_000_000,
      loadDuration: 10_000,
      connections: 10,
      readyPath: '/',
    })
    expect(config.bundles).toEqual([{ kind: 'per-file', patterns: ['dist/*.js'], limit: 500_000, compression: 'gzip', origin: 'bundles' }])
  })
})

describe('the config file', () => {
  test('JSON: typed values, named groups, and inputs override the file', async () => {
    await project.write(
      'perf-gate.config.json',
      JSON.stringify({
        bundles: ['dist/*.css', { name: 'vendor', path: ['dist/vendor-*.js'], limit: '150 kB', compression: 'brotli', ignore: ['dist/vendor-dev.js'] }],
        'bundle-budget': '300KB',
        'fail-on': ['budget', 'regression'],
        'regression-threshold': 5,
        comment: false,
      }),
    )
    const config = await load({ 'bundle-budget': '250KB' })
    expect(config.bundleBudget).toBe(250_000)
    expect(config.failOn).toEqual({ budget: true, regression: true })
    expect(config.regressionThreshold).toBe(0.05)
    expect(config.comment).toBe('false')
    expect(config.bundles).toEqual([
      { kind: 'per-file', patterns: ['dist/*.css'], limit: 250_000, compression: 'gzip', origin: 'bundles (in perf-gate.config.json)' },
      { kind: 'group', name: 'vendor', patterns: ['dist/vendor-*.js'], ignore: ['dist/vendor-dev.js'], limit: 150_000, compression: 'brotli', origin: 'bundles[1] (in perf-gate.config.json)' },
    ])
  })

  test('YAML is read the same way', async () => {
    await project.write('perf-gate.config.yml', 'bundles:\n  - dist/*.js\nfail-on: budget,regression\nendpoints:\n  - GET /api/items\n  - POST /api/items {"name":"x"}\n')
    const config = await load()
    expect(config.failOn).toEqual({ budget: true, regression: true })
    expect(config.endpoints).toEqual([
      { method: 'GET', path: '/api/items', headers: {} },
      { method: 'POST', path: '/api/items', headers: {}, body: { name: 'x' } },
    ])
  })

  test('the config input points at another file, relative to the working directory', async () => {
    await project.write('app/ci/perf.yaml', 'compression: brotli\n')
    const config = await load({ 'working-directory': 'app', config: 'ci/perf.yaml', bundles: 'x' })
    expect(config.compression).toBe('brotli')
    expect(config.workingDirectory).toBe(project.path('app'))
  })

  test.each([
    ['an unknown key, with the nearest known one', '{ "bundle-budgt": 1 }', 'config: "perf-gate.config.json" has an unknown key "bundle-budgt"; did you mean "bundle-budget"?'],
    ['a key that is nothing like a setting', '{ "colour": "red" }', 'config: "perf-gate.config.json" has an unknown key "colour"; remove it (see schema/config.schema.json for the keys)'],
    ['a wrong type', '{ "compression": "zip" }', 'config: "perf-gate.config.json" at compression must be one of "gzip", "brotli", "none"; fix it (see schema/config.schema.json)'],
    ['a secret in the file', '{ "github-token": "ghp_x" }', 'config: "perf-gate.config.json" has an unknown key "github-token"; remove it (see schema/config.schema.json for the keys)'],
    ['a list at the top', '[1, 2]', 'config: "perf-gate.config.json" must hold an object of settings, such as { "bundles": ["dist/*.js"] }'],
  ])('%s', async (_name, text, message) => {
    await project.write('perf-gate.config.json', text)
    await expect(load()).rejects.toThrow(message)
  })

  test('a missing config file named by the input', async () => {
    await expect(load({ config: 'nope.json' })).rejects.toThrow('config: "nope.json" does not exist; create it or point the config input at an existing file')
  })

  test('a missing working directory', async () => {
    await expect(load({ 'working-directory': 'gone' })).rejects.toThrow('working-directory: "gone" does not exist; point it at the project root')
  })
})

describe('size-limit configs are read as size-limit reads them', () => {
  test('.size-limit.json: name, path, limit (size or time), gzip/brotli, and the options only its plugins measure', async () => {
    await project.write(
      '.size-limit.json',
      JSON.stringify([
        { name: 'core', path: 'dist/core.js', limit: '10 kB' },
        { path: ['dist/a.js', 'dist/b.js'], limit: '2 KiB', gzip: true, ignore: ['react'] },
        { name: 'raw', path: 'dist/raw.js', brotli: false },
        { name: 'timed', path: 'dist/t.js', limit: '500 ms', running: true },
        { name: 'nanoid', import: '{ nanoid }', limit: '118 B' },
      ]),
    )
    const config = await load()
    expect(config.bundles).toEqual([])
    expect(config.sizeLimit).toEqual({
      file: '.size-limit.json',
      checks: [
        { name: 'core', patterns: ['dist/core.js'], limit: 10_000, compression: 'brotli', needsPlugin: [], origin: 'size-limit check "core" (in .size-limit.json)' },
        {
          name: 'dist/a.js, dist/b.js',
          patterns: ['dist/a.js', 'dist/b.js'],
          limit: 2048,
          compression: 'gzip',
          needsPlugin: [{ option: 'ignore', plugins: ['esbuild', 'webpack', 'rolldown'] }],
          origin: 'size-limit check "dist/a.js, dist/b.js" (in .size-limit.json)',
        },
        { name: 'raw', patterns: ['dist/raw.js'], compression: 'none', needsPlugin: [], origin: 'size-limit check "raw" (in .size-limit.json)' },
        { name: 'timed', patterns: ['dist/t.js'], timeLimit: 500, compression: 'brotli', needsPlugin: [{ option: 'running', plugins: ['time'] }], origin: 'size-limit check "timed" (in .size-limit.json)' },
        { name: 'nanoid', patterns: [], limit: 118, compression: 'brotli', needsPlugin: [{ option: 'import', plugins: ['esbuild', 'webpack', 'rolldown'] }], origin: 'size-limit check "nanoid" (in .size-limit.json)' },
      ],
    })
    expect(warnings).toEqual([])
  })

  test("package.json's size-limit section comes first, as size-limit looks there first; a script config is named, not read", async () => {
    await project.write('.size-limit.json', JSON.stringify([{ path: 'dist/other.js' }]))
    await project.write('package.json', JSON.stringify({ name: 'app', 'size-limit': [{ path: 'dist/index.js', limit: '1 MB' }] }))
    expect((await load()).sizeLimit).toEqual({ file: 'package.json "size-limit"', checks: [expect.objectContaining({ name: 'dist/index.js', limit: 1_000_000, origin: 'size-limit check "dist/index.js" (in package.json "size-limit")' })] })
    await project.write('package.json', JSON.stringify({ name: 'app' }))
    await rm(project.path('.size-limit.json'))
    await project.write('.size-limit.js', 'export default [{ path: "dist/index.js" }]\n')
    expect((await load()).sizeLimit).toEqual({ file: '.size-limit.js' })
  })

  test('a broken .size-limit.json', async () => {
    await project.write('.size-limit.json', '[{ "path": ')
    await expect(load()).rejects.toThrow(/^size-limit: ".size-limit.json" is not valid JSON \(.+\); fix the syntax$/)
  })
})

describe('Lighthouse budgets', () => {
  test('defaults, then an LHCI lighthouserc, then lighthouse-budgets: the later wins per metric', async () => {
    await project.write(
      'lighthouserc.json',
      JSON.stringify({
        ci: {
          assert: {
            assertions: {
              'largest-contentful-paint': ['error', { maxNumericValue: 3000 }],
              'first-contentful-paint': ['warn', { maxNumericValue: 1800 }],
              'cumulative-layout-shift': 'off',
              'categories:performance': ['error', { minScore: 0.9 }],
              'uses-http2': ['error', { minScore: 1 }],
            },
          },
        },
      }),
    )
    const config = await load({ urls: '/', 'lighthouse-budgets': 'tbt=150ms, score=85' })
    expect(config.lighthouseBudgets).toEqual({ lcp: 3000, cls: 0.1, tbt: 150, fcp: 1800, score: 0.85 })
    expect(config.lighthouseAssertions).toBe('lighthouserc.json')
  })

  test("a Lighthouse budget.json's timings", async () => {
    await project.write('budget.json', JSON.stringify([{ path: '/*', timings: [{ metric: 'interactive', budget: 5000 }, { metric: 'cumulative-layout-shift', budget: 0.05 }] }]))
    const config = await load({ urls: '/' })
    expect(config.lighthouseBudgets).toEqual({ lcp: 2500, cls: 0.05, tbt: 200, tti: 5000 })
  })

  test('the config file form, and a metric perf-gate does not know', async () => {
    await project.write('perf-gate.config.json', JSON.stringify({ urls: ['/'], 'lighthouse-budgets': { lcp: '2s', cls: 0.05 } }))
    expect((await load()).lighthouseBudgets).toEqual({ lcp: 2000, cls: 0.05, tbt: 200 })
    await expect(load({ 'lighthouse-budgets': 'inp=200ms' })).rejects.toThrow(
      'lighthouse-budgets: "inp" is not a Lighthouse metric perf-gate budgets; use score, fcp, lcp, tbt, cls, si, tti',
    )
  })
})

describe('branch policies', () => {
  const file = {
    bundles: ['dist/*.js'],
    'bundle-budget': '500KB',
    'fail-on': 'budget',
    policies: [
      { branches: 'release/**', 'bundle-budget': '300KB', 'fail-on': 'budget,regression', 'regression-threshold': '5%', 'lighthouse-runs': 5 },
      { branches: ['release/legacy-*'], 'bundle-budget': '800KB' },
    ],
  }

  test('the policies whose glob matches the branch apply over the file, later ones win, inputs win over them', async () => {
    await project.write('perf-gate.config.json', JSON.stringify(file))
    const strict = await loadConfig({}, { cwd: project.dir, overrideName: (input) => input, warn: () => undefined, branch: 'release/2.4' })
    expect(strict).toMatchObject({ bundleBudget: 300_000, failOn: { budget: true, regression: true }, regressionThreshold: 0.05, lighthouseRuns: 5, policies: ['release/**'] })
    const legacy = await loadConfig({ 'lighthouse-runs': '2' }, { cwd: project.dir, overrideName: (input) => input, warn: () => undefined, branch: 'refs/heads/release/legacy-1' })
    expect(legacy).toMatchObject({ bundleBudget: 800_000, lighthouseRuns: 2, policies: ['release/**', 'release/legacy-*'] })
    const main = await loadConfig({}, { cwd: project.dir, overrideName: (input) => input, warn: () => undefined, branch: 'main' })
    expect(main.bundleBudget).toBe(500_000)
    expect(main.policies).toBeUndefined()
  })

  test("a bad value in a policy names the policy", async () => {
    await project.write('perf-gate.config.json', JSON.stringify({ ...file, policies: [{ branches: 'release/**', 'bundle-budget': '3XB' }] }))
    await expect(loadConfig({}, { cwd: project.dir, overrideName: (input) => input, warn: () => undefined, branch: 'release/1' })).rejects.toThrow(
      'bundle-budget (in perf-gate.config.json, policy "release/**"): "3XB" is not a size',
    )
  })
})

describe('strip-hash and composition', () => {
  test('auto by default; none; a pattern, from an input or the file', async () => {
    expect(await load({ bundles: 'dist/*.js' })).toMatchObject({ stripHash: { kind: 'auto' }, composition: 'auto' })
    expect((await load({ 'strip-hash': 'None' })).stripHash).toEqual({ kind: 'none' })
    expect((await load({ 'strip-hash': '-([\\w-]{8})\\.' })).stripHash).toEqual({ kind: 'pattern', pattern: /-([\w-]{8})\./ })
    await project.write('perf-gate.config.yml', "strip-hash: '(\\.[0-9a-f]{8})\\.js$'\ncomposition: source-maps\n")
    expect(await load()).toMatchObject({ stripHash: { kind: 'pattern', pattern: /(\.[0-9a-f]{8})\.js$/ }, composition: 'source-maps' })
  })

  test.each([
    [
      'a pattern that does not compile',
      { 'strip-hash': '\\.(\\w{8}\\.js$' },
      'strip-hash: /\\.(\\w{8}\\.js$/ is not a regular expression (Unterminated group); give auto, none, or a pattern whose first group is the hash, such as -([\\w-]{8})\\.',
    ],
    [
      'a pattern without a capture group',
      { 'strip-hash': '\\.\\w{8}\\.js$' },
      'strip-hash: /\\.\\w{8}\\.js$/ has no capture group; put the hash in parentheses, such as (\\.[0-9a-f]{8})\\.js$, or give auto or none',
    ],
    ['a composition source perf-gate does not know', { composition: 'rollup-stats' }, 'composition: "rollup-stats" is not one of auto, source-maps, webpack-stats, none; use one of those'],
  ])('%s: one line naming the input and the fix', async (_name, overrides, message) => {
    const error = await load(overrides).then(
      () => undefined,
      (thrown: Error) => thrown,
    )
    expect(error?.name).toBe('UserError')
    expect(error?.message).toBe(message)
  })

  test('in the file, a bad pattern names the file', async () => {
    await project.write('perf-gate.config.json', JSON.stringify({ 'strip-hash': '\\.\\w{8}\\.js$' }))
    await expect(load()).rejects.toThrow(/^strip-hash \(in perf-gate\.config\.json\): \/\\\.\\w\{8\}\\\.js\$\/ has no capture group;/)
    await project.write('perf-gate.config.json', JSON.stringify({ composition: 'maps' }))
    await expect(load()).rejects.toThrow('config: "perf-gate.config.json" at composition must be one of "auto", "source-maps", "webpack-stats", "none"; fix it (see schema/config.schema.json)')
  })
})

describe('the fork recipe and webpack stats', () => {
  test('mode and report are inputs only; webpack-stats resolves against the project', async () => {
    const config = await load({ mode: 'publish', report: 'out/report.json', 'webpack-stats': 'build/stats.json' })
    expect(config).toMatchObject({ mode: 'publish', report: `${project.dir}/out/report.json`, webpackStats: `${project.dir}/build/stats.json` })
    expect((await load({ bundles: 'dist/*.js' })).mode).toBe('full')
    await expect(load({ mode: 'measure-only' })).rejects.toThrow(/^mode: "measure-only" is not one of full, measure, publish; use one of those$/)
    await project.write('perf-gate.config.json', '{ "mode": "publish" }')
    await expect(load({})).rejects.toThrow(/unknown key "mode"/)
  })
})
