import { mkdir, realpath, rm, symlink } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { loadConfig, type LoadOptions, type Overrides } from '../src/config/config.js'
import type { BundleSpec } from '../src/config/settings.js'
import { INPUT_NAMES } from '../src/config/names.js'
import { measureBundles } from '../src/measure/bundles.js'
import { TempProject } from './fixtures/project.js'

let project: TempProject
const warnings: string[] = []
const load = (overrides: Overrides = {}, options: Partial<LoadOptions> = {}) =>
  loadConfig(overrides, { cwd: project.dir, overrideName: (input) => input, warn: (message) => warnings.push(message), ...options })

/** The one-line message a load fails with; it must be a UserError (printed without a stack). */
async function failure(overrides: Overrides, options: Partial<LoadOptions> = {}): Promise<string> {
  const error = await load(overrides, options).then(
    () => undefined,
    (thrown: Error) => thrown,
  )
  expect(error?.name).toBe('UserError')
  expect(error?.message.split('\n')).toHaveLength(1)
  return error?.message ?? ''
}

/** Runs `work` with these runner variables set (undefined: unset), whatever the environment running the tests has. */
async function withRunnerEnv<T>(variables: Record<'GITHUB_WORKSPACE' | 'RUNNER_TEMP', string | undefined>, work: () => Promise<T>): Promise<T> {
  const saved = { GITHUB_WORKSPACE: process.env['GITHUB_WORKSPACE'], RUNNER_TEMP: process.env['RUNNER_TEMP'] }
  const apply = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
  apply(variables)
  try {
    return await work()
  } finally {
    apply(saved)
  }
}

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
        {
          name: 'timed',
          patterns: ['dist/t.js'],
          timeLimit: 500,
          compression: 'brotli',
          needsPlugin: [{ option: 'running', plugins: ['time'] }],
          origin: 'size-limit check "timed" (in .size-limit.json)',
        },
        {
          name: 'nanoid',
          patterns: [],
          limit: 118,
          compression: 'brotli',
          needsPlugin: [{ option: 'import', plugins: ['esbuild', 'webpack', 'rolldown'] }],
          origin: 'size-limit check "nanoid" (in .size-limit.json)',
        },
      ],
    })
    expect(warnings).toEqual([])
  })

  test("package.json's size-limit section comes first, as size-limit looks there first; a script config is named, not read", async () => {
    await project.write('.size-limit.json', JSON.stringify([{ path: 'dist/other.js' }]))
    await project.write('package.json', JSON.stringify({ name: 'app', 'size-limit': [{ path: 'dist/index.js', limit: '1 MB' }] }))
    expect((await load()).sizeLimit).toEqual({
      file: 'package.json "size-limit"',
      checks: [expect.objectContaining({ name: 'dist/index.js', limit: 1_000_000, origin: 'size-limit check "dist/index.js" (in package.json "size-limit")' })],
    })
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
    await project.write(
      'budget.json',
      JSON.stringify([
        {
          path: '/*',
          timings: [
            { metric: 'interactive', budget: 5000 },
            { metric: 'cumulative-layout-shift', budget: 0.05 },
          ],
        },
      ]),
    )
    const config = await load({ urls: '/' })
    expect(config.lighthouseBudgets).toEqual({ lcp: 2500, cls: 0.05, tbt: 200, tti: 5000 })
  })

  test('the config file form, and a metric perf-gate does not know', async () => {
    await project.write('perf-gate.config.json', JSON.stringify({ urls: ['/'], 'lighthouse-budgets': { lcp: '2s', cls: 0.05 } }))
    expect((await load()).lighthouseBudgets).toEqual({ lcp: 2000, cls: 0.05, tbt: 200 })
    await expect(load({ 'lighthouse-budgets': 'inp=200ms' })).rejects.toThrow('lighthouse-budgets: "inp" is not a Lighthouse metric perf-gate budgets; use score, fcp, lcp, tbt, cls, si, tti')
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

  test('a bad value in a policy names the policy', async () => {
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
    await expect(load({ mode: 'measure-only' })).rejects.toThrow(/^mode: "measure-only" is not one of full, measure, publish, merge; use one of those$/)
    await project.write('perf-gate.config.json', '{ "mode": "publish" }')
    await expect(load({})).rejects.toThrow(/unknown key "mode"/)
  })
})

describe('every number has a range, said in the one line', () => {
  const range = (value: string, from: string, to: string, example: string) => `"${value}" is not between ${from} and ${to}; give a value in that range, such as ${example}`

  test.each([
    [{ 'bundle-budget': '0B' }, `bundle-budget: ${range('0B', '1B', '1GB', '500KB')}`],
    [{ 'bundle-budget': '2GB' }, `bundle-budget: ${range('2GB', '1B', '1GB', '500KB')}`],
    [{ 'ready-timeout': '500ms' }, `ready-timeout: ${range('500ms', '1s', '10m', '30s')}`],
    [{ 'ready-timeout': '1h' }, `ready-timeout: ${range('1h', '1s', '10m', '30s')}`],
    [{ 'lighthouse-runs': '1000' }, `lighthouse-runs: ${range('1000', '1', '25', '3')}`],
    [{ 'lighthouse-fcp-timeout': '5m' }, `lighthouse-fcp-timeout: ${range('5m', '1s', '2m', '15s')}`],
    [{ 'p95-budget': '0ms' }, `p95-budget: ${range('0ms', '1ms', '10s', '200ms')}`],
    [{ 'p95-budget': '30s' }, `p95-budget: ${range('30s', '1ms', '10s', '200ms')}`],
    [{ 'memory-budget': '200' }, `memory-budget: ${range('200', '1MB', '1TB', '200MB')}`],
    [{ 'load-duration': '100ms' }, `load-duration: ${range('100ms', '500ms', '10m', '10s')}`],
    [{ 'load-duration': '1h' }, `load-duration: ${range('1h', '500ms', '10m', '10s')}`],
    [{ connections: '100000' }, `connections: ${range('100000', '1', '1000', '10')}`],
    [{ 'latency-rounds': '51' }, `latency-rounds: ${range('51', '1', '50', '6')}`],
    [{ 'error-rate-budget': '150%' }, `error-rate-budget: ${range('150%', '0%', '100%', '1%')}`],
    [{ 'stress-steps': '11' }, `stress-steps: ${range('11', '0', '10', '4')}`],
    [{ 'stress-p99': '30s' }, `stress-p99: ${range('30s', '1ms', '10s', '1s')}`],
    [{ 'regression-threshold': '150%' }, `regression-threshold: ${range('150%', '0%', '100%', '10%')}`],
    [{ 'lighthouse-budgets': 'score=150' }, `lighthouse-budgets score: ${range('150', '0', '100', '0.9')}`],
    [{ 'lighthouse-budgets': 'cls=2' }, `lighthouse-budgets cls: ${range('2', '0', '1', '0.1')}`],
    [{ 'lighthouse-budgets': 'lcp=2500s' }, `lighthouse-budgets lcp: ${range('2500s', '0ms', '2m', '2.5s')}`],
  ])('%p', async (overrides, message) => {
    expect(await failure({ bundles: 'dist/*.js', ...overrides })).toBe(message)
  })

  test('the ends are in the range, and so is every default', async () => {
    const config = await load({
      bundles: 'dist/*.js',
      'bundle-budget': '1GB',
      'ready-timeout': '10m',
      'lighthouse-runs': '25',
      'p95-budget': '1ms',
      'load-duration': '500ms',
      connections: '1000',
      'latency-rounds': '50',
      'error-rate-budget': '100%',
      'stress-steps': '0',
      'regression-threshold': '0%',
      'lighthouse-budgets': 'tbt=0ms, cls=1, score=100',
    })
    expect(config).toMatchObject({
      bundleBudget: 1e9,
      readyTimeout: 600_000,
      lighthouseRuns: 25,
      p95Budget: 1,
      loadDuration: 500,
      connections: 1000,
      latencyRounds: 50,
      errorRateBudget: 1,
      stressSteps: 0,
      regressionThreshold: 0,
    })
    expect(config.lighthouseBudgets).toMatchObject({ tbt: 0, cls: 1, score: 1 })
    expect(await load({ bundles: 'dist/*.js' })).toMatchObject({ readyTimeout: 30_000, lighthouseFcpTimeout: 15_000, stressSteps: 4, stressP99: 1000, errorRateBudget: 0.01 })
  })

  test('in the config file, a group, an endpoint and a policy: the message names where', async () => {
    await project.write('perf-gate.config.json', JSON.stringify({ 'lighthouse-runs': 1000 }))
    expect(await failure({ bundles: 'dist/*.js' })).toBe(`lighthouse-runs (in perf-gate.config.json): ${range('1000', '1', '25', '3')}`)
    await project.write('perf-gate.config.json', JSON.stringify({ bundles: [{ path: 'dist/*.js', limit: '5GB' }] }))
    expect(await failure({})).toBe(`bundles[0].limit (in perf-gate.config.json): ${range('5GB', '1B', '1GB', '500KB')}`)
    await project.write('perf-gate.config.json', JSON.stringify({ endpoints: [{ path: '/x', 'p95-budget': '1m' }] }))
    expect(await failure({})).toBe(`endpoints[0].p95-budget (in perf-gate.config.json): ${range('1m', '1ms', '10s', '200ms')}`)
    await project.write('perf-gate.config.json', JSON.stringify({ bundles: ['dist/*.js'], policies: [{ branches: 'release/**', connections: 5000 }] }))
    expect(await failure({}, { branch: 'release/1' })).toBe(`connections (in perf-gate.config.json, policy "release/**"): ${range('5000', '1', '1000', '10')}`)
  })

  test("the load test's most connections must fit this machine's open-file limit", async () => {
    const endpoints = { 'start-command': 'node server.js', endpoints: 'GET /api/items' }
    expect(await failure({ ...endpoints, connections: '100' }, { openFileLimit: 1024 })).toBe(
      `connections: "100" would hold 4000 connections at once (peak load doubled by 4 stress steps), past what this machine's open-file limit of 1024 allows; lower connections or stress-steps, or raise the limit (ulimit -n)`,
    )
    expect(await failure({ ...endpoints, connections: '500', 'stress-steps': '0' }, { openFileLimit: 1024 })).toBe(
      `connections: "500" would hold 1250 connections at once (at peak load), past what this machine's open-file limit of 1024 allows; lower connections or stress-steps, or raise the limit (ulimit -n)`,
    )
    // The defaults (peak 25, doubled 4 times: 400) fit the smallest common limit; without endpoints nothing is loaded.
    expect((await load(endpoints, { openFileLimit: 1024 })).connections).toBe(10)
    expect((await load({ bundles: 'dist/*.js', connections: '1000' }, { openFileLimit: 1024 })).connections).toBe(1000)
  })
})

describe('endpoints, ready-path and urls', () => {
  test.each([
    [{ endpoints: 'FETCH /x' }, 'endpoints: "FETCH" (in "FETCH /x") is not an HTTP method perf-gate sends; use GET, HEAD, POST, PUT, PATCH, DELETE or OPTIONS'],
    [{ endpoints: 'GET /ok\nCONNECT /tunnel' }, 'endpoints: "CONNECT" (in "CONNECT /tunnel") is not an HTTP method perf-gate sends; use GET, HEAD, POST, PUT, PATCH, DELETE or OPTIONS'],
    [{ endpoints: 'GET api/items' }, 'endpoints: "GET api/items" is not an endpoint; write it as METHOD /path, such as GET /api/items'],
    [{ endpoints: 'GET //evil.example/x' }, 'endpoints: "//evil.example/x" is not a path on the started server; start it with a single /, such as /health'],
    [{ 'ready-path': '//evil.example' }, 'ready-path: "//evil.example" is not a path on the started server; start it with a single /, such as /health'],
    [{ 'ready-path': '/\\evil.example' }, 'ready-path: "/\\\\evil.example" is not a path on the started server; start it with a single /, such as /health'],
  ])('%p', async (overrides, message) => {
    expect(await failure({ 'start-command': 'node server.js', ...overrides })).toBe(message)
  })

  test('methods in any case are sent upper case; the config file says which entry and key', async () => {
    const config = await load({ endpoints: 'get /a\nPatch /b {"x":1}\nOPTIONS /c' })
    expect(config.endpoints.map((endpoint) => endpoint.method)).toEqual(['GET', 'PATCH', 'OPTIONS'])
    await project.write('perf-gate.config.json', JSON.stringify({ endpoints: ['GET /ok', { method: 'fetch', path: '/x' }] }))
    expect(await failure({})).toBe('endpoints[1].method (in perf-gate.config.json): "fetch" is not an HTTP method perf-gate sends; use GET, HEAD, POST, PUT, PATCH, DELETE or OPTIONS')
    await project.write('perf-gate.config.json', JSON.stringify({ endpoints: [{ method: 'delete', path: '//x' }] }))
    expect(await failure({})).toBe('endpoints[0].path (in perf-gate.config.json): "//x" is not a path on the started server; start it with a single /, such as /health')
  })

  test.each(['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<h1>hi</h1>', 'chrome://settings', 'about:blank', 'ftp://example.com/x', 'pricing', '//evil.example/x', 'http://'])(
    'urls: %p is refused',
    async (url) => {
      expect(await failure({ urls: `/\n${url}` })).toBe(
        `urls: ${JSON.stringify(url)} is not a page Lighthouse can measure; give an http:// or https:// URL, or a path on the started server such as /pricing`,
      )
    },
  )

  test('urls: http(s) URLs and paths are pages; in the file the message names the file', async () => {
    expect((await load({ urls: 'https://example.com/a\nHTTP://EXAMPLE.COM\n/pricing?plan=pro' })).urls).toEqual(['https://example.com/a', 'HTTP://EXAMPLE.COM', '/pricing?plan=pro'])
    await project.write('perf-gate.config.yml', 'urls:\n  - /\n  - file:///etc/passwd\n')
    expect(await failure({})).toBe(
      'urls (in perf-gate.config.yml): "file:///etc/passwd" is not a page Lighthouse can measure; give an http:// or https:// URL, or a path on the started server such as /pricing',
    )
  })
})

describe('paths and globs stay inside the working directory', () => {
  let outside: TempProject
  let outsideDir: string
  beforeEach(async () => {
    outside = await TempProject.create('perf-gate-outside-')
    outsideDir = await realpath(outside.dir)
  })
  afterEach(async () => outside.remove())
  const leads = (where: string, value: string, target?: string) =>
    `${where}: "${value}" leads outside the working directory "${project.dir}"${target ? ` (it is a symlink to "${target}")` : ''}; give a path inside it, or move working-directory up`
  const globMessage = (where: string, pattern: string) =>
    `${where}: ${JSON.stringify(pattern)} reaches outside the working directory (an absolute path or ..); write globs relative to it, such as dist/*.js, or move working-directory up`

  test.each(['/etc/passwd', '../outside/*.js', '../../**/*.json', 'dist/../../x.js', 'dist/{..,assets}/*.js', 'dist/@(..)/x.js', 'C:\\Windows\\*.dll'])(
    'the glob %p is refused before anything is walked',
    async (pattern) => {
      expect(await failure({ bundles: `dist/*.js\n${pattern}` })).toBe(globMessage('bundles', pattern))
    },
  )

  test('a ! glob only leaves files out; {1..3} is a range, not a parent folder', async () => {
    expect((await load({ bundles: 'dist/*.js\n!../x.js\ndist/chunk-{1..3}.js' })).bundles[0]?.patterns).toEqual(['dist/*.js', '!../x.js', 'dist/chunk-{1..3}.js'])
  })

  test("a group's patterns in the config file name the group", async () => {
    await project.write('perf-gate.config.json', JSON.stringify({ bundles: ['dist/*.js', { name: 'all', path: ['dist/*.js', '../../**/*.json'] }] }))
    expect(await failure({})).toBe(globMessage('bundles[1] (in perf-gate.config.json)', '../../**/*.json'))
  })

  test.each([
    ['webpack-stats', '../stats.json'],
    ['webpack-stats', '/etc/passwd'],
    ['config', '../perf-gate.config.json'],
  ])('%s: %p', async (input, value) => {
    expect(await failure({ bundles: 'dist/*.js', [input]: value })).toBe(leads(input, value))
  })

  test('lighthouse-assertions, given or found, is read only from inside', async () => {
    expect(await failure({ urls: '/', 'start-command': 'x', 'lighthouse-assertions': '../lighthouserc.json' })).toBe(leads('lighthouse-assertions', '../lighthouserc.json'))
    await outside.write('lighthouserc.json', '{}')
    await symlink(outside.path('lighthouserc.json'), project.path('lighthouserc.json'))
    expect(await failure({ urls: '/', 'start-command': 'x' })).toBe(leads('lighthouse-assertions', 'lighthouserc.json', path.join(outsideDir, 'lighthouserc.json')))
  })

  test('a symlink that points out counts as outside: stats, a config file, a size-limit config, a folder on the way', async () => {
    await outside.write('stats.json', '{}')
    await mkdir(project.path('build'))
    await symlink(outside.path('stats.json'), project.path('build/stats.json'))
    expect(await failure({ bundles: 'dist/*.js', 'webpack-stats': 'build/stats.json' })).toBe(leads('webpack-stats', 'build/stats.json', path.join(outsideDir, 'stats.json')))
    // Not written yet (the build writes it), under a folder that is a link out.
    await symlink(outside.dir, project.path('out'))
    expect(await failure({ bundles: 'dist/*.js', 'webpack-stats': 'out/stats-later.json' })).toBe(leads('webpack-stats', 'out/stats-later.json', path.join(outsideDir, 'stats-later.json')))

    await outside.write('secrets.json', 'root:x:0:0')
    await symlink(outside.path('secrets.json'), project.path('perf-gate.config.json'))
    expect(await failure({})).toBe(leads('config', 'perf-gate.config.json', path.join(outsideDir, 'secrets.json')))
    await rm(project.path('perf-gate.config.json'))
    await symlink(outside.path('secrets.json'), project.path('.size-limit.json'))
    expect(await failure({})).toBe(leads('size-limit', '.size-limit.json', path.join(outsideDir, 'secrets.json')))
  })

  test('a report.json may also be where perf-gate writes reports: the runner temp folder, the system temp folder', async () => {
    const runnerTemp = await outside.write('temp/perf-gate/default/report.json', '{}')
    const temp = path.dirname(path.dirname(path.dirname(runnerTemp)))
    await withRunnerEnv({ GITHUB_WORKSPACE: undefined, RUNNER_TEMP: temp }, async () => {
      expect((await load({ bundles: 'dist/*.js', 'baseline-report': runnerTemp })).baselineReport).toBe(runnerTemp)
      expect((await load({ mode: 'publish', report: 'out/report.json' })).report).toBe(project.path('out/report.json'))
      for (const input of ['baseline-report', 'report']) {
        expect(await failure({ bundles: 'dist/*.js', [input]: '/etc/passwd' })).toBe(
          `${input}: "/etc/passwd" is neither in the working directory "${project.dir}" nor where perf-gate writes reports ("${temp}", "${os.tmpdir()}"); give a report.json from one of those folders`,
        )
      }
    })
  })

  test('working-directory stays inside the workspace on a runner; on a developer machine the CLI takes any folder', async () => {
    await mkdir(project.path('app'))
    await withRunnerEnv({ GITHUB_WORKSPACE: project.dir, RUNNER_TEMP: undefined }, async () => {
      expect(await failure({ 'working-directory': '..', bundles: 'dist/*.js' })).toBe(
        `working-directory: ".." leads outside the workspace "${project.dir}"; give a folder inside the checkout, such as packages/app`,
      )
      await symlink(outside.dir, project.path('linked'))
      expect(await failure({ 'working-directory': 'linked', bundles: 'dist/*.js' })).toBe(
        `working-directory: "linked" leads outside the workspace "${project.dir}" (it is a symlink to "${outsideDir}"); give a folder inside the checkout, such as packages/app`,
      )
      expect((await load({ 'working-directory': 'app', bundles: 'dist/*.js' })).workingDirectory).toBe(project.path('app'))
    })
    await withRunnerEnv({ GITHUB_WORKSPACE: undefined, RUNNER_TEMP: undefined }, async () => {
      expect((await load({ 'working-directory': '..', bundles: 'dist/*.js' })).workingDirectory).toBe(path.dirname(project.dir))
    })
  })
})

describe('what a glob matches stays inside the folder it is matched in', () => {
  let outside: TempProject
  let outsideDir: string
  beforeEach(async () => {
    outside = await TempProject.create('perf-gate-outside-')
    outsideDir = await realpath(outside.dir)
    await outside.write('secret.js', 'secret\n')
    await outside.write('assets/vendor.js', 'vendor\n')
    await project.write('dist/app.js', 'app\n')
  })
  afterEach(async () => outside.remove())
  const perFile = (patterns: string[], origin = 'bundles'): BundleSpec => ({ kind: 'per-file', patterns, limit: 1000, compression: 'gzip', origin })
  const measuredNames = async (spec: BundleSpec, allowMissing = false) => (await measureBundles([spec], project.dir, { allowMissing })).map((bundle) => bundle.name)
  const refusal = (spec: BundleSpec) =>
    measureBundles([spec], project.dir).then(
      () => '',
      (error: Error) => error.message,
    )

  test('a symlinked file that points out is refused, naming it and where it leads; one that points inside is measured', async () => {
    await symlink(outside.path('secret.js'), project.path('dist/secret.js'))
    expect(await refusal(perFile(['dist/*.js']))).toBe(
      `bundles: "dist/*.js" matches "dist/secret.js", a symlink to "${path.join(outsideDir, 'secret.js')}" outside "${project.dir}"; perf-gate reads only files inside it, so remove the link or leave it out of the glob (!dist/secret.js)`,
    )
    await rm(project.path('dist/secret.js'))
    await symlink('app.js', project.path('dist/latest.js'))
    expect(await measuredNames(perFile(['dist/*.js']))).toEqual(['dist/app.js', 'dist/latest.js'])
  })

  test('a symlinked folder that points out is never walked: refused when a glob would look inside, silent when it would not', async () => {
    await symlink(outside.path('assets'), project.path('dist/assets'))
    // A link to / would make `dist/**` crawl the whole disk; the glob stops at the link.
    await symlink('/', project.path('dist/root'))
    expect(await refusal(perFile(['dist/**/*.js']))).toBe(
      `bundles: "dist/**/*.js" matches "dist/assets/", a symlink to "${path.join(outsideDir, 'assets')}" outside "${project.dir}"; perf-gate reads only files inside it, so remove the link or leave it out of the glob (!dist/assets/**)`,
    )
    expect(await refusal(perFile(['dist/assets/*.js']))).toMatch(/^bundles: "dist\/assets\/\*\.js" matches "dist\/assets\/", a symlink to/)
    expect(await measuredNames(perFile(['dist/*.js']))).toEqual(['dist/app.js'])
  })

  test("on the base (already merged), what leads out is left unmeasured rather than failing the run; size-limit's globs are held to the same rule", async () => {
    await symlink(outside.path('secret.js'), project.path('dist/secret.js'))
    expect(await measuredNames(perFile(['dist/*.js', '../outside/*.js']), true)).toEqual(['dist/app.js'])
    const check: BundleSpec = { kind: 'group', name: 'core', patterns: ['../lib/index.js'], ignore: [], limit: 1000, compression: 'brotli', origin: 'size-limit check "core" (in .size-limit.json)' }
    expect(await refusal(check)).toBe(
      'size-limit check "core" (in .size-limit.json): "../lib/index.js" reaches outside the working directory (an absolute path or ..); write globs relative to it, such as dist/*.js, or move working-directory up',
    )
  })
})

describe('where each value came from', () => {
  test('an input, a key of the file (its line), an applying policy, a default; a group and an endpoint with their own budget', async () => {
    await project.write(
      'perf-gate.config.json',
      `{
  "bundles": [
    "dist/*.js",
    { "name": "app", "path": "dist/app.js", "limit": "100KB" }
  ],
  "bundle-budget": "300KB",
  "endpoints": ["GET /health", { "path": "/api", "p95-budget": "50ms" }],
  "policies": [
    { "branches": "release/**", "fail-on": "regression" }
  ]
}
`,
    )
    const config = await load({ 'p95-budget': '100ms' }, { branch: 'release/1' })
    const file = project.path('perf-gate.config.json')
    expect(Object.keys(config.origins.settings).sort()).toEqual([...INPUT_NAMES].sort())
    expect(config.origins.settings).toMatchObject({
      bundles: { kind: 'file', file, line: 2 },
      'bundle-budget': { kind: 'file', file, line: 6 },
      'p95-budget': { kind: 'input', name: 'p95-budget' },
      'fail-on': { kind: 'policy', file, line: 9, branches: 'release/**', index: 0 },
      compression: { kind: 'default' },
      config: { kind: 'default' },
    })
    expect(config.origins.bundleLimits).toEqual({ app: { kind: 'file', file, line: 4 } })
    expect(config.origins.endpointP95Budgets).toEqual({ 'GET /api': { kind: 'file', file, line: 7 } })
  })

  test('each Lighthouse budget: lighthouse-budgets (a line a metric in a block string), else the lighthouserc, else the default; size-limit limits', async () => {
    await project.write('perf-gate.config.yml', 'urls: /\nlighthouse-budgets: |\n  lcp=3s\n  tbt=250ms\n')
    await project.write(
      'lighthouserc.json',
      '{ "ci": { "assert": { "assertions": {\n  "first-contentful-paint": ["warn", { "maxNumericValue": 1800 }],\n  "largest-contentful-paint": ["error", { "maxNumericValue": 2000 }]\n} } } }\n',
    )
    await project.write('.size-limit.json', '[\n  { "name": "core", "path": "dist/core.js", "limit": "10 kB" },\n  { "name": "timed", "path": "dist/t.js", "limit": "1 s" }\n]\n')
    const config = await load()
    const yml = project.path('perf-gate.config.yml')
    expect(config.lighthouseBudgets).toEqual({ lcp: 3000, cls: 0.1, tbt: 250, fcp: 1800 })
    expect(config.origins.lighthouseBudgets).toEqual({
      lcp: { kind: 'file', file: yml, line: 3 },
      tbt: { kind: 'file', file: yml, line: 4 },
      fcp: { kind: 'file', file: project.path('lighthouserc.json'), line: 2 },
      cls: { kind: 'default' },
    })
    // A time limit is no size: that check is gated on bundle-budget.
    expect(config.origins.bundleLimits).toEqual({ core: { kind: 'file', file: project.path('.size-limit.json'), line: 2 } })
    // The input replaces the file's string: lcp is the lighthouserc's again, and tbt the default.
    expect((await load({ 'lighthouse-budgets': 'cls=0.2' })).origins.lighthouseBudgets).toEqual({
      cls: { kind: 'input', name: 'lighthouse-budgets' },
      lcp: { kind: 'file', file: project.path('lighthouserc.json'), line: 3 },
      fcp: { kind: 'file', file: project.path('lighthouserc.json'), line: 2 },
      tbt: { kind: 'default' },
    })
  })
})
