import { describe, expect, test } from '@jest/globals'
import { Ajv } from 'ajv'
import reportSchema from '../schema/report.schema.json' with { type: 'json' }
import { compareBundles } from '../src/analyze/compare.js'
import type { StripHash } from '../src/model/settings.js'
import type { BundleMeasurement, Composition, EndpointLatency, RoundResult } from '../src/model/measurements.js'
import { APP_PACKAGE } from '../src/model/measurements.js'
import { COMMENT_MAX_LENGTH, renderMarkdown, verdictSentence } from '../src/report/markdown.js'
import { buildReport, type ReportInput } from '../src/analyze/buildReport.js'
import type { Report } from '../src/model/report.js'

function bundle(name: string, gzip: number, limit = 500_000, compression: BundleMeasurement['compression'] = 'gzip'): BundleMeasurement {
  const sizes = { raw: gzip * 3, gzip, brotli: Math.round(gzip * 0.85) }
  return { name, compression, limit, ...sizes, files: [{ path: name, ...sizes }] }
}

function round(connections: number, p95: number, saturated: boolean): RoundResult {
  return {
    connections,
    durationMs: 10_000,
    requests: 20_000,
    ok: 19_990,
    unexpectedStatus: 10,
    errors: 0,
    timeouts: 0,
    errorRate: 0.0005,
    throughput: 1999,
    latency: { p50: p95 / 3, p90: p95 * 0.8, p95, p99: p95 * 1.5, max: p95 * 3, mean: p95 / 2.5 },
    statusCodes: { '200': 19_990, '500': 10 },
    serverTiming: { db: p95 / 3, app: p95 / 20 },
    generatorCpu: saturated ? 0.97 : 0.4,
    saturated,
    server: { peakRss: 96_000_000, meanCpu: 0.8, samples: 100 },
  }
}

function endpoint(name: string, p95: number, saturated: boolean): EndpointLatency {
  const [method = 'GET', path = '/'] = name.split(' ')
  return {
    name,
    method,
    path,
    p95Budget: 200,
    normal: round(10, p95, saturated),
    peak: round(25, p95 * 1.4, saturated),
    stress: { steps: [round(50, p95 * 2, saturated), round(100, p95 * 4, saturated)], breakingPoint: { connections: 50, throughput: 2400, p99: p95 * 3, reason: 'throughput-plateau' } },
  }
}

/** What measureComposition returns for one asset, from literal package and module sizes. */
function composition(asset: string, packages: Array<[string, number]>, modules: Array<[string, number]>): Composition {
  const size = packages.reduce((sum, [, bytes]) => sum + bytes, 0)
  // Minified code gzips to about 30%.
  const gzip = (bytes: number) => Math.round(bytes * 0.3)
  const sizes = (entries: Array<[string, number]>) => entries.map(([name, bytes]) => ({ name, size: bytes, gzip: gzip(bytes) }))
  return {
    source: 'webpack-stats',
    statsFile: '/project/dist/stats.json',
    sizeKind: 'parsed',
    assets: [{ asset, size, gzip: gzip(size), moduleCount: modules.length, packages: sizes(packages), modules: sizes(modules) }],
  }
}

const AUTO: StripHash = { kind: 'auto' }

const base = [bundle('dist/app.js', 100_000), bundle('dist/vendor.js', 200_000), bundle('dist/old.js', 5_000), bundle('dist/app.css', 8_000)]

function input(head: BundleMeasurement[], overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    toolVersion: '0.1.0',
    createdAt: '2026-11-25T10:00:00.000Z',
    commit: { sha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821', ref: 'changes' },
    settings: {
      compression: 'gzip',
      bundleBudget: 500_000,
      regressionThreshold: 0.1,
      failOn: { budget: true, regression: false },
      errorRateBudget: 0.01,
      memoryBudget: 200_000_000,
      lighthouseBudgets: { lcp: 2500, cls: 0.1, tbt: 200 },
    },
    head: { bundles: head },
    base: { bundles: base },
    baseline: { source: 'report', path: 'base/report.json', commit: { sha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e' } },
    notes: [],
    ...overrides,
  }
}

describe('compareBundles', () => {
  test('added, removed, changed and unchanged, with exact deltas', () => {
    const head = [bundle('dist/app.js', 111_000), bundle('dist/vendor.js', 200_000), bundle('dist/new.js', 1_000), bundle('dist/app.css', 7_000)]
    const byName = Object.fromEntries(compareBundles(head, base, 0.1, AUTO).map((c) => [c.name, c]))
    expect(byName['dist/app.js']).toMatchObject({ status: 'changed', baseSize: 100_000, size: 111_000, delta: 11_000, change: 0.11, regression: true })
    expect(byName['dist/vendor.js']).toMatchObject({ status: 'unchanged', delta: 0, regression: false })
    expect(byName['dist/new.js']).toMatchObject({ status: 'added', size: 1_000, regression: false })
    expect(byName['dist/old.js']).toMatchObject({ status: 'removed', size: 0, delta: -5_000, change: -1 })
    expect(byName['dist/app.css']).toMatchObject({ status: 'changed', delta: -1_000, regression: false })
  })

  test('growth exactly at the threshold is not a regression', () => {
    const [compared] = compareBundles([bundle('dist/app.js', 110_000)], [bundle('dist/app.js', 100_000)], 0.1, AUTO)
    expect(compared).toMatchObject({ change: 0.1, regression: false })
  })

  test('the head compression decides which base size is compared', () => {
    const [compared] = compareBundles([bundle('dist/app.js', 100_000, 500_000, 'brotli')], [bundle('dist/app.js', 100_000)], 0.1, AUTO)
    expect(compared).toMatchObject({ size: 85_000, baseSize: 85_000, delta: 0 })
  })

  test('without a base, bundles are compared with their budgets only', () => {
    const [compared] = compareBundles([bundle('dist/app.js', 600_000)], undefined, 0.1, AUTO)
    expect(compared).toMatchObject({ status: 'no-baseline', overBudget: true, regression: false })
    expect(compared?.delta).toBeUndefined()
  })
})

describe('compareBundles pairs files across content hashes', () => {
  test('a file whose hash changed is one bundle that changed, named without its hash, with the real files kept', () => {
    const [compared, ...rest] = compareBundles([bundle('dist/assets/index-CKk-EZXd.js', 52_000)], [bundle('dist/assets/index-D_6Ay_gG.js', 50_000)], 0.1, AUTO)
    expect(rest).toEqual([])
    expect(compared).toMatchObject({ name: 'dist/assets/index.js', file: 'dist/assets/index-CKk-EZXd.js', baseFile: 'dist/assets/index-D_6Ay_gG.js', status: 'changed', delta: 2_000, change: 0.04 })
    expect(compared?.pairing).toBeUndefined()
  })

  test('a name without a hash has no file field', () => {
    const [compared] = compareBundles([bundle('dist/app.js', 1_000)], [bundle('dist/app.js', 1_000)], 0.1, AUTO)
    expect(compared).not.toHaveProperty('file')
    expect(compared).not.toHaveProperty('baseFile')
  })

  test('several files that strip to one name: identical sizes pair first, then the rest by size, and none is dropped', () => {
    const head = [bundle('assets/index-AAAA1111.js', 30_000), bundle('assets/index-BBBB2222.js', 7_000), bundle('assets/index-CCCC3333.js', 12_000)]
    const base = [bundle('assets/index-DDDD4444.js', 7_000), bundle('assets/index-EEEE5555.js', 25_000)]
    const compared = compareBundles(head, base, 0.1, AUTO)
    expect(compared.map(({ name, file, baseFile, pairing, status, delta }) => ({ name, file, baseFile, pairing, status, delta }))).toEqual([
      { name: 'assets/index.js', file: 'assets/index-AAAA1111.js', baseFile: 'assets/index-EEEE5555.js', pairing: 'size-order', status: 'changed', delta: 5_000 },
      { name: 'assets/index.js', file: 'assets/index-BBBB2222.js', baseFile: 'assets/index-DDDD4444.js', pairing: 'same-sizes', status: 'unchanged', delta: 0 },
      { name: 'assets/index.js', file: 'assets/index-CCCC3333.js', baseFile: undefined, pairing: 'unpaired', status: 'added', delta: undefined },
    ])
    // The other way round: more files on the base, the smallest is left over as removed.
    const removed = compareBundles(base, head, 0.1, AUTO).filter((comparison) => comparison.status === 'removed')
    expect(removed).toEqual([expect.objectContaining({ name: 'assets/index.js', baseFile: 'assets/index-CCCC3333.js', pairing: 'unpaired', delta: -12_000 })])
  })

  test('the pairing does not depend on the order the files were listed in', () => {
    const head = [bundle('a/chunk-AAAA1111.js', 3_000), bundle('a/chunk-BBBB2222.js', 9_000)]
    const base = [bundle('a/chunk-CCCC3333.js', 8_000), bundle('a/chunk-DDDD4444.js', 2_000)]
    const pairs = (comparisons: ReturnType<typeof compareBundles>) => comparisons.map((comparison) => `${comparison.baseFile} → ${comparison.file}`).sort()
    expect(pairs(compareBundles([...head].reverse(), [...base].reverse(), 0.1, AUTO))).toEqual(pairs(compareBundles(head, base, 0.1, AUTO)))
    expect(pairs(compareBundles(head, base, 0.1, AUTO))).toEqual(['a/chunk-CCCC3333.js → a/chunk-BBBB2222.js', 'a/chunk-DDDD4444.js → a/chunk-AAAA1111.js'])
  })

  test('strip-hash none compares names as they are: a new hash is a removed and an added file', () => {
    const compared = compareBundles([bundle('dist/assets/index-CKk-EZXd.js', 52_000)], [bundle('dist/assets/index-D_6Ay_gG.js', 50_000)], 0.1, { kind: 'none' })
    expect(compared.map(({ name, status }) => [name, status])).toEqual([
      ['dist/assets/index-CKk-EZXd.js', 'added'],
      ['dist/assets/index-D_6Ay_gG.js', 'removed'],
    ])
  })

  test('a custom pattern: its first capture group is the hash', () => {
    const rule: StripHash = { kind: 'pattern', pattern: /(~[a-z0-9]{5})\.js$/ }
    const [compared] = compareBundles([bundle('out/app~k3j9x.js', 11_000)], [bundle('out/app~p0q2w.js', 10_000)], 0.1, rule)
    expect(compared).toMatchObject({ name: 'out/app.js', file: 'out/app~k3j9x.js', baseFile: 'out/app~p0q2w.js', status: 'changed', delta: 1_000 })
  })

  test('a named group keeps its name, even one that looks hashed, and is never paired with a file', () => {
    const group = (name: string, files: string[], gzip: number): BundleMeasurement => ({ ...bundle(name, gzip), files: files.map((path) => ({ path, raw: gzip * 3, gzip, brotli: gzip })) })
    const head = [group('vendor-BcD3xYz1', ['dist/vendor-BcD3xYz1.js'], 5_000), group('dist/app.js', ['dist/a-CKk-EZXd.js', 'dist/b-D_6Ay_gG.js'], 9_000)]
    const base = [group('vendor-BcD3xYz1', ['dist/vendor-Zz9_Yy8x.js'], 4_000), bundle('dist/app-CKk-EZXd.js', 8_000)]
    expect(compareBundles(head, base, 0.1, AUTO).map(({ name, file, baseFile, status }) => ({ name, file, baseFile, status }))).toEqual([
      { name: 'vendor-BcD3xYz1', file: undefined, baseFile: undefined, status: 'changed' },
      { name: 'dist/app.js', file: undefined, baseFile: undefined, status: 'added' },
      { name: 'dist/app.js', file: undefined, baseFile: 'dist/app-CKk-EZXd.js', status: 'removed' },
    ])
  })
})

describe('the verdict honours fail-on', () => {
  const grown = [bundle('dist/app.js', 130_000), bundle('dist/vendor.js', 520_000)]
  test.each([
    [{ budget: true, regression: false }, false, 'perf-gate failed: dist/vendor.js is 520 kB, 20 kB over its 500 kB budget'],
    [{ budget: false, regression: true }, false, 'perf-gate failed: dist/vendor.js grew +160%, more than the 10% regression threshold (and 1 more)'],
    [{ budget: true, regression: true }, false, 'perf-gate failed: dist/vendor.js grew +160%, more than the 10% regression threshold (and 2 more)'],
    [{ budget: false, regression: false }, true, 'perf-gate passed: 2 bundles within budget; 1 over budget, not blocking (fail-on: none); 2 grew more than 10%, not blocking (fail-on: none)'],
  ])('fail-on %p', (failOn, passed, sentence) => {
    const report = buildReport(input(grown, { settings: { ...input([]).settings, failOn } }))
    expect(report.verdict.passed).toBe(passed)
    expect(report.verdict.budgetFailures).toBe(1)
    expect(report.verdict.regressions).toBe(2)
    expect(verdictSentence(report)).toBe(sentence)
  })
})

describe('the report', () => {
  const ajv = new Ajv({ strict: false })
  const scenarios: Record<string, ReportInput> = {
    'all passing': input([bundle('dist/app.js', 101_000), bundle('dist/vendor.js', 200_000), bundle('dist/old.js', 5_000), bundle('dist/app.css', 8_000)]),
    'a budget failure': input([bundle('dist/app.js', 100_000), bundle('dist/vendor.js', 612_300), bundle('dist/app.css', 8_000)]),
    'a regression that blocks': input([bundle('dist/app.js', 125_000), bundle('dist/vendor.js', 200_000), bundle('dist/new.js', 2_000)], {
      settings: {
        compression: 'gzip',
        bundleBudget: 500_000,
        regressionThreshold: 0.1,
        failOn: { budget: true, regression: true },
        errorRateBudget: 0.01,
        memoryBudget: 200_000_000,
        lighthouseBudgets: { lcp: 2500, cls: 0.1, tbt: 200 },
      },
    }),
    'no baseline': (() => {
      const { base: _base, ...rest } = input([bundle('dist/app.js', 100_000), bundle('dist/vendor.js', 450_000, 400_000)])
      return { ...rest, baseline: { source: 'none', reason: 'no baseline-report was given.' }, notes: ['Branch policy "main" applies to this run.'] }
    })(),
    'all three kinds, with an inconclusive p95': input([bundle('dist/app.js', 101_000)], {
      head: {
        bundles: [bundle('dist/app.js', 101_000)],
        latency: {
          startupMs: 420,
          resourcesMeasured: true,
          endpoints: [endpoint('GET /api/search', 260, true), endpoint('GET /api/items', 12, false)],
        },
        lighthouse: {
          chromePath: '/usr/bin/chromium',
          runsPerPage: 3,
          pages: [
            {
              name: '/',
              url: 'http://127.0.0.1:4000/',
              runs: [1, 2, 3].map(() => ({ attempts: 1, metrics: { score: 0.82, fcp: 1100, lcp: 2900, tbt: 240, cls: 0.02, si: 1500 } })),
              median: { score: 0.82, fcp: 1100, lcp: 2900, tbt: 240, cls: 0.02, si: 1500 },
              spread: { lcp: { min: 2750, max: 3100 } },
              representative: 1,
              // A paint opportunity fixes the failing LCP, main-thread work the failing TBT.
              opportunities: [
                { id: 'render-blocking-resources', title: 'Eliminate render-blocking resources', savingsMs: 640, savingsBytes: 0, metricSavings: { FCP: 640, LCP: 640 }, moves: ['FCP', 'LCP'] },
                { id: 'bootup-time', title: 'Reduce JavaScript execution time', savingsMs: 120, savingsBytes: 0, metricSavings: { TBT: 120 }, moves: ['TBT'] },
              ],
              htmlReport: '/tmp/perf-gate/lighthouse-home.html',
            },
            {
              name: '/blank',
              url: 'http://127.0.0.1:4000/blank',
              runs: [{ attempts: 3, error: 'NO_FCP: The page did not paint any content.' }],
              opportunities: [],
              error: 'NO_FCP: The page did not paint any content.',
            },
          ],
        },
      },
    }),
    'hostile names': input([bundle('dist/<img src=x onerror=alert(1)>.js', 700_000), bundle('@everyone `](javascript:alert(1))|x', 100)], {
      baseline: { source: 'rebuild', ref: 'feature/<img src=x onerror=alert(1)>@everyone', commit: { sha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e' } },
      head: {
        bundles: [bundle('dist/<img src=x onerror=alert(1)>.js', 700_000), bundle('@everyone `](javascript:alert(1))|x', 100)],
        composition: composition('<img src=x onerror=alert(1)>.js', [['@everyone', 9_000]], [['./src/](javascript:alert(1)).js', 9_000]]),
        latency: {
          startupMs: 300,
          resourcesMeasured: true,
          endpoints: [{ ...endpoint('GET /<script>alert(1)</script>', 40, false), normal: { ...round(10, 40, false), serverTiming: { '@everyone](javascript:x)': 30 } } }],
        },
        lighthouse: {
          chromePath: '/usr/bin/chromium',
          runsPerPage: 1,
          pages: [
            {
              name: '/?q=<img src=x onerror=alert(1)>',
              url: 'http://127.0.0.1:4000/?q=%3Cimg%3E',
              runs: [{ attempts: 1, metrics: { score: 0.9, fcp: 900, lcp: 1200, tbt: 20, cls: 0, si: 1000 } }],
              median: { score: 0.9, fcp: 900, lcp: 1200, tbt: 20, cls: 0, si: 1000 },
              representative: 0,
              opportunities: [{ id: 'x', title: 'Use <b>@everyone</b> [link](javascript:alert(1))', savingsMs: 300, savingsBytes: 0 }],
            },
          ],
        },
      },
      notes: ['/?q=<img src=x onerror=alert(1)>: Lighthouse could not measure the page (@everyone ](javascript:alert(1)) **bold**).'],
    }),
    inconclusive: input([bundle('dist/app.js', 100_000)], {
      settings: {
        compression: 'gzip',
        bundleBudget: 500_000,
        regressionThreshold: 0.1,
        failOn: { budget: true, regression: true },
        errorRateBudget: 0.01,
        memoryBudget: 200_000_000,
        lighthouseBudgets: { lcp: 2500, cls: 0.1, tbt: 200 },
      },
      head: {
        bundles: [bundle('dist/app.js', 100_000)],
        latency: {
          startupMs: 300,
          resourcesMeasured: true,
          endpoints: [{ ...endpoint('GET /api/search', 60, false), paired: { base: [50, 51, 50, 52, 49, 50], head: [51, 66, 50, 61, 50, 59] } }],
        },
      },
    }),
    'bundle composition from webpack stats': input([bundle('dist/main.js', 150_000)], {
      head: {
        bundles: [bundle('dist/main.js', 150_000)],
        composition: composition(
          'main.81bd0e.js',
          [
            ['react-dom', 130_000],
            ['@scope/charts', 90_000],
            [APP_PACKAGE, 40_000],
          ],
          [
            ['./node_modules/react-dom/cjs/react-dom.production.min.js', 130_000],
            ['./node_modules/@scope/charts/index.js', 90_000],
            ['./src/dashboard.js', 30_000],
            ['./src/index.js', 10_000],
          ],
        ),
      },
      base: {
        bundles: [bundle('dist/main.js', 100_000)],
        composition: composition(
          'main.3f2a9c.js',
          [
            ['react-dom', 130_000],
            [APP_PACKAGE, 12_000],
          ],
          [
            ['./node_modules/react-dom/cjs/react-dom.production.min.js', 130_000],
            ['./src/index.js', 12_000],
          ],
        ),
      },
    }),
    'hashed file names, one of them ambiguous': input(
      [
        bundle('dist/assets/index-CKk-EZXd.js', 61_500),
        bundle('dist/assets/vendor-BcD3xYz1.js', 40_000),
        bundle('dist/assets/page-AAAA1111.js', 9_000),
        bundle('dist/assets/page-BBBB2222.js', 3_000),
        bundle('dist/static/css/2f3e4d5c6b7a8990.css', 4_000),
      ],
      {
        base: {
          bundles: [
            bundle('dist/assets/index-D_6Ay_gG.js', 50_000),
            bundle('dist/assets/vendor-BcD3xYz1.js', 40_000),
            bundle('dist/assets/page-CCCC3333.js', 3_000),
            bundle('dist/assets/page-DDDD4444.js', 8_000),
            bundle('dist/assets/legacy-Qw3_Er4t.js', 2_000),
          ],
        },
      },
    ),
    'a trend over stored reports': input([bundle('dist/app.js', 104_000), bundle('dist/vendor.js', 200_000)], {
      history: [
        {
          sha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
          createdAt: '2026-11-24T10:00:00.000Z',
          runId: 12,
          metrics: [{ id: 'bundles-total:gzip', label: 'All bundles (gzip)', unit: 'bytes', value: 301_000 }],
        },
        {
          sha: '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c',
          createdAt: '2026-11-23T10:00:00.000Z',
          runId: 11,
          metrics: [{ id: 'bundles-total:gzip', label: 'All bundles (gzip)', unit: 'bytes', value: 298_500 }],
        },
      ],
    }),
  }

  test.each(Object.keys(scenarios))('%s: markdown snapshot, and JSON that matches the published schema', (name) => {
    const report = buildReport(scenarios[name] as ReportInput)
    expect(ajv.validate(reportSchema, JSON.parse(JSON.stringify(report)))).toBe(true)
    expect(renderMarkdown(report)).toMatchSnapshot()
  })

  test('hostile names stay inside code spans or are escaped as text', () => {
    const markdown = renderMarkdown(buildReport(scenarios['hostile names'] as ReportInput))
    const outsideCode = markdown.replace(/``.*?``|`[^`]*`/g, '')
    // What is left outside code spans is escaped: no tag, no mention, no link or emphasis that is not preceded by a backslash.
    expect(outsideCode).not.toMatch(/<img|<script|<b>|@everyone|(?<!\\)\[[^\]]*(?<!\\)\]\(javascript|(?<!\\)\*(?<!\\)\*bold/)
    expect(markdown).toContain('`` @everyone `](javascript:alert(1))\\|x ``')
    expect(markdown).toContain('Use &lt;b&gt;@&#8203;everyone&lt;/b&gt; \\[link\\](javascript:alert(1))')
  })

  test('only a plain https link to the artifact is rendered', () => {
    const report = buildReport(scenarios['all passing'] as ReportInput)
    const artifact = 'https://github.com/Codertocat/Hello-World/actions/runs/1/artifacts/42'
    expect(renderMarkdown({ ...report, links: { artifact } })).toContain(`[report artifact](${artifact})`)
    for (const hostile of ['javascript:alert(1)', 'https://x.test/a) [click](javascript:alert(1)', 'https://x.test/<img>']) {
      expect(renderMarkdown({ ...report, links: { artifact: hostile } })).not.toContain('report artifact')
    }
  })

  test('an inconclusive change is neither a pass nor a failure', () => {
    const report = buildReport(scenarios['inconclusive'] as ReportInput)
    expect(report.comparison.endpoints[0]?.p95Change?.verdict).toBe('inconclusive')
    expect(report.verdict).toMatchObject({ passed: true, inconclusive: 1, regressions: 0 })
  })

  test("2,000 bundle files: the comment stays under GitHub's limit, says so, and the full report keeps every row", () => {
    const many = Array.from({ length: 2000 }, (_, index) => bundle(`dist/chunks/page-${String(index).padStart(4, '0')}.[contenthash].js`, 1_000 + index * 7))
    const grown = many.map((item, index) => (index % 40 === 0 ? bundle(item.name, (item.gzip ?? 0) + 900) : item))
    const report = buildReport({ ...input(grown), base: { bundles: many } })
    const comment = renderMarkdown(report, { maxLength: COMMENT_MAX_LENGTH })
    expect(comment.length).toBeLessThanOrEqual(COMMENT_MAX_LENGTH)
    expect(comment).toContain('This report is long: each table shows its first')
    expect(comment).toContain('The full report is in the job summary')
    expect((comment.match(/<details>/g) ?? []).length).toBe((comment.match(/<\/details>/g) ?? []).length)
    expect(comment).toMatchSnapshot()
    const full = renderMarkdown(report)
    expect(full.length).toBeGreaterThan(COMMENT_MAX_LENGTH)
    expect(full).toContain('page-1999')
  })

  test('hundreds of pages and endpoints: the comment stays under the limit too', () => {
    const pages = Array.from({ length: 400 }, (_, index) => ({
      name: `/catalog/${index}?view=<grid>`,
      url: `http://127.0.0.1:4000/catalog/${index}`,
      runs: [{ attempts: 1, metrics: { score: 0.7, fcp: 1400, lcp: 2600 + index, tbt: 250, cls: 0.05, si: 1800 } }],
      median: { score: 0.7, fcp: 1400, lcp: 2600 + index, tbt: 250, cls: 0.05, si: 1800 },
      representative: 0,
      opportunities: [{ id: 'render-blocking-insight', title: 'Render-blocking requests', savingsMs: 300, savingsBytes: 0 }],
      htmlReport: `/tmp/perf-gate/lighthouse-catalog-${index}.html`,
    }))
    const endpoints = Array.from({ length: 400 }, (_, index) => endpoint(`GET /api/items/${index}`, 150 + index, false))
    const report = buildReport(
      input([bundle('dist/app.js', 100_000)], {
        head: { bundles: [bundle('dist/app.js', 100_000)], lighthouse: { chromePath: '/usr/bin/chromium', runsPerPage: 1, pages }, latency: { startupMs: 300, resourcesMeasured: true, endpoints } },
      }),
    )
    const comment = renderMarkdown(report, { maxLength: COMMENT_MAX_LENGTH })
    expect(comment.length).toBeLessThanOrEqual(COMMENT_MAX_LENGTH)
    expect(comment).toMatch(/…and [\d,]+ more pages in the full report\./)
    expect(comment).toMatch(/…and the rounds of [\d,]+ more endpoints in the full report\./)
    expect((comment.match(/<details>/g) ?? []).length).toBe((comment.match(/<\/details>/g) ?? []).length)
  })

  test('whatever the size, the cut keeps the markdown well formed', () => {
    const many = Array.from({ length: 2000 }, (_, index) => bundle(`dist/${'deep/'.repeat(60)}${index}.js`, 1_000 + index))
    const report = buildReport({ ...input(many), base: { bundles: many.map((item) => bundle(item.name, (item.gzip ?? 0) - 1)) } })
    const comment = renderMarkdown(report, { maxLength: 5_000 })
    expect(comment.length).toBeLessThanOrEqual(5_000)
    expect(comment).toMatch(/The report was cut here to fit\. The full report is in the job summary/)
    expect((comment.match(/<details>/g) ?? []).length).toBe((comment.match(/<\/details>/g) ?? []).length)
  })
})

describe('the profiled round stays out of the counted numbers', () => {
  test('on recorded rounds: a profiled round eight times slower moves neither the p95 target, nor the comparison, nor the load-testing table', () => {
    const measured = endpoint('GET /api/hot', 40, false)
    // What the CPU profiler cost that round: far slower than the counted normal round.
    const profiledRound = { requests: 900, p95: 333, throughput: 450 }
    const cpu = {
      samples: 1000,
      busySamples: 900,
      durationMs: 2000,
      idleShare: 0.1,
      gcShare: 0.02,
      programShare: 0.03,
      top: [{ functionName: 'slowFibonacci', file: 'hot.mjs', line: 9, selfMs: 1500, share: 0.8 }],
    }
    const latency = { startupMs: 300, resourcesMeasured: true, endpoints: [measured] }
    const withProfile = buildReport(input([], { head: { bundles: [], latency: { ...latency, profile: { head: { kinds: ['cpu'], endpoints: [{ endpoint: 'GET /api/hot', cpu, profiledRound }] } } } } }))
    const without = buildReport(input([], { head: { bundles: [], latency } }))
    const p95Target = (report: Report) => report.validation.find((target) => target.kind === 'latency-p95')
    expect(p95Target(withProfile)).toEqual(p95Target(without))
    expect(p95Target(withProfile)).toMatchObject({ actual: 40, passed: true })
    expect(withProfile.comparison.endpoints).toEqual(without.comparison.endpoints)
    // The Code phase names the function; the Load testing phase shows only the counted rounds.
    const markdown = renderMarkdown(withProfile)
    expect(markdown).toContain('slowFibonacci')
    expect(markdown).toContain('The profiled round, not counted in any target: p95 333 ms at 450 req/s under the profiler.')
    const section = (text: string, heading: string) => text.slice(text.indexOf(heading)).split(/\n### /)[0]
    expect(section(markdown, '### Load testing')).toEqual(section(renderMarkdown(without), '### Load testing'))
    expect(section(markdown, '### Load testing')).not.toContain('333 ms')
  })
})
