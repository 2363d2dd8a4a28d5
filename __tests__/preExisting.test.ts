import { describe, expect, test } from '@jest/globals'
import { Ajv } from 'ajv'
import reportSchema from '../schema/report.schema.json' with { type: 'json' }
import { buildReport, type ReportInput } from '../src/analyze/buildReport.js'
import { pageUndecided } from '../src/analyze/lighthouse.js'
import type { EndpointLatency, LatencyMeasurement, LighthouseMeasurement, RoundResult, RunOutcome } from '../src/model/measurements.js'
import type { MetricValues } from '../src/model/metrics.js'
import { renderMarkdown, verdictSentence } from '../src/report/markdown.js'

// A pull request is judged for what it changed: budgets the base already breaks, on literal
// measurements of both sides as a rebuilt base gives them.

const MB = 1_000_000

function round(p95: number, peakRss: number): RoundResult {
  return {
    connections: 10,
    durationMs: 2000,
    requests: 2000,
    ok: 2000,
    unexpectedStatus: 0,
    errors: 0,
    timeouts: 0,
    errorRate: 0,
    throughput: 1000,
    latency: { p50: p95 / 2, p90: p95 * 0.9, p95, p99: p95 * 1.3, max: p95 * 2, mean: p95 / 1.8 },
    statusCodes: { '200': 2000 },
    serverTiming: {},
    generatorCpu: 0.3,
    saturated: false,
    server: { peakRss, meanCpu: 0.5, samples: 20, counted: { pid: 42, command: 'next-server (v16.4.0)', processes: 1, launchers: ['npm start', 'sh -c next start'] } },
  }
}

function endpoint(p95: number, rss: number, paired?: EndpointLatency['paired']): EndpointLatency {
  return { name: 'GET /api/items', method: 'GET', path: '/api/items', p95Budget: 200, normal: round(p95, rss), peak: round(p95 * 1.3, rss * 1.05), ...(paired ? { paired } : {}) }
}

function latency(endpoints: EndpointLatency[]): LatencyMeasurement {
  return { startupMs: 900, resourcesMeasured: true, counted: { pid: 42, command: 'next-server (v16.4.0)', processes: 1, launchers: ['npm start', 'sh -c next start'] }, endpoints }
}

const runs = (values: MetricValues[]): RunOutcome[] => values.map((metrics) => ({ attempts: 1, metrics }))

function page(values: MetricValues[], baseValues?: MetricValues[]): LighthouseMeasurement {
  const outcomes = runs(values)
  const median = (name: keyof MetricValues) => [...values.map((metrics) => metrics[name] as number)].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number
  const medians: MetricValues = { score: median('score'), lcp: median('lcp'), tbt: median('tbt'), cls: median('cls') }
  return {
    chromePath: '/usr/bin/chromium',
    runsPerPage: values.length,
    pages: [{ name: '/', url: 'http://127.0.0.1/', runs: outcomes, median: medians, opportunities: [], ...(baseValues ? { baseRuns: runs(baseValues) } : {}) }],
  }
}

const same = (lcp: number, tbt: number, cls: number): MetricValues[] => [0, 1, 2, 3, 4, 5].map((index) => ({ score: 0.7, lcp: lcp + index * 10, tbt: tbt + index * 15, cls }))

function input(head: ReportInput['head'], base: ReportInput['base'], preExisting: 'ratchet' | 'block' = 'ratchet'): ReportInput {
  return {
    toolVersion: '0.1.0',
    createdAt: '2026-12-08T10:00:00.000Z',
    settings: {
      compression: 'gzip',
      bundleBudget: 500_000,
      regressionThreshold: 0.1,
      failOn: { budget: true, regression: false },
      preExisting,
      errorRateBudget: 0.01,
      memoryBudget: 200 * MB,
      lighthouseBudgets: { lcp: 2500, cls: 0.1, tbt: 200 },
    },
    head,
    ...(base ? { base } : {}),
    baseline: { source: 'rebuild', ref: 'main', commit: { sha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e' } },
    notes: [],
  }
}

const ajv = new Ajv({ allErrors: true, strict: false })

describe('budgets the base already breaks', () => {
  // next-server holds 290-370 MB under load on the base as on the head; TBT is 400 ms or more on both.
  const pairedRss = { base: [20, 21, 19, 20, 22, 20], head: [20, 20, 21, 19, 21, 20] }
  const unchanged = input(
    { bundles: [], latency: latency([endpoint(20, 484 * MB, pairedRss)]), lighthouse: page(same(1800, 420, 0), same(1800, 425, 0)) },
    { bundles: [], latency: latency([endpoint(21, 470 * MB)]), lighthouse: page(same(1800, 425, 0)) },
  )

  test('a pull request that changes nothing passes: both are "already over on the base" with both numbers, and the first line counts them apart', () => {
    const report = buildReport(unchanged)
    expect(ajv.validate(reportSchema, JSON.parse(JSON.stringify(report)))).toBe(true)
    expect(report.verdict.passed).toBe(true)
    expect(report.verdict.preExisting).toBe(2)
    const memory = report.validation.find((target) => target.kind === 'memory')
    expect(memory).toMatchObject({ actual: 484 * MB * 1.05, base: 470 * MB * 1.05, passed: false, preExisting: { worse: false }, blocking: false })
    const tbt = report.validation.find((target) => target.kind === 'lighthouse-metric' && target.metric === 'tbt')
    expect(tbt).toMatchObject({ passed: false, preExisting: { worse: false }, blocking: false, runs: 6 })
    expect(verdictSentence(report)).toMatch(/2 already over budget on the base and no worse, not blocking \(pre-existing: ratchet\)/)
    const markdown = renderMarkdown(report)
    expect(markdown).toContain('already over on the base (493.5 MB), and no worse beyond the noise')
    // The memory of both sides, and what it counted.
    expect(markdown).toMatch(/peak RSS 493.5 MB on the base → 508.2 MB on the head under normal and peak load/)
    expect(markdown).toContain('Counted: `next-server (v16.4.0)`, the process listening on the port; not `npm start`, `sh -c next start` in front of it.')
  })

  test('pre-existing: block (a release branch) keeps the strict verdict', () => {
    const report = buildReport({ ...unchanged, settings: { ...unchanged.settings, preExisting: 'block' } })
    expect(report.verdict.passed).toBe(false)
    expect(verdictSentence(report)).toMatch(/^perf-gate failed: .*; 2 already over budget on the base/)
  })

  test('a head worse than the base beyond the noise blocks: memory past what two processes of the same code differ by', () => {
    // 30% more than the base's peak and then some: past a server's process-to-process spread.
    const report = buildReport(input({ bundles: [], latency: latency([endpoint(20, 650 * MB, pairedRss)]) }, { bundles: [], latency: latency([endpoint(21, 470 * MB)]) }))
    const memory = report.validation.find((target) => target.kind === 'memory')
    expect(memory).toMatchObject({ preExisting: { worse: true }, blocking: true })
    expect(report.verdict.passed).toBe(false)
    expect(verdictSentence(report)).toContain('already over on the base (493.5 MB), and worse than it beyond the noise')
  })

  test("identical code around a budget: the head's runs all over it, the base's straddling it, is no new failure", () => {
    const head = [232, 410, 722, 300, 260, 380].map((tbt) => ({ score: 0.7, lcp: 1800, tbt, cls: 0 }))
    const base = [190, 420, 650, 310, 250, 390].map((tbt) => ({ score: 0.7, lcp: 1800, tbt, cls: 0 }))
    const report = buildReport(input({ bundles: [], lighthouse: page(head, base) }, { bundles: [], lighthouse: page(base) }))
    const tbt = report.validation.find((target) => target.kind === 'lighthouse-metric' && target.metric === 'tbt')
    expect(tbt).toMatchObject({ passed: false, preExisting: { worse: false, straddled: true }, blocking: false })
    expect(report.verdict.passed).toBe(true)
    expect(renderMarkdown(report)).toContain('already at the budget on the base (its runs straddle it), and no worse beyond the noise')
  })

  test('a budget the base met and the head breaks is a new failure, with the base reading beside it', () => {
    const report = buildReport(input({ bundles: [], latency: latency([endpoint(250, 100 * MB)]) }, { bundles: [], latency: latency([endpoint(50, 100 * MB)]) }))
    const p95 = report.validation.find((target) => target.kind === 'latency-p95')
    expect(p95).toMatchObject({ actual: 250, base: 50, passed: false, blocking: true })
    expect(p95?.preExisting).toBeUndefined()
    expect(report.verdict.preExisting).toBeUndefined()
  })
})

describe('every number says what it is', () => {
  const cls = input({ bundles: [], lighthouse: page(same(1800, 100, 0.091), same(1800, 100, 0)) }, { bundles: [], lighthouse: page(same(1800, 100, 0)) })

  test('CLS 0 → 0.091 is an absolute change (+0.091), never a percentage of 0', () => {
    const report = buildReport(cls)
    const change = report.comparison.pages[0]?.changes?.cls
    expect(change).toMatchObject({ base: 0, head: 0.091, verdict: 'regression' })
    expect(change?.change).toBeUndefined()
    const target = report.validation.find((candidate) => candidate.kind === 'render-regression' && candidate.metric === 'cls')
    expect(target).toMatchObject({ absolute: true, target: 0.02, passed: false, runs: 6 })
    expect(target?.actual).toBeCloseTo(0.091, 3)
    const markdown = renderMarkdown(report)
    expect(markdown).toMatch(/\| `\/` \| CLS \| 0\.000 \| 0\.091 \| \+0\.091 \(\+0\.091…\+0\.091\) 🔺 \|/)
    expect(markdown).not.toMatch(/CLS[^\n]*%/)
  })

  test("base → head puts each side's median over the same pairs beside the change of the two", () => {
    const report = buildReport(
      input(
        { bundles: [], latency: latency([endpoint(40, 100 * MB, { base: [14, 15, 14, 16, 15, 14], head: [15, 16, 16, 15, 16, 15] })]) },
        { bundles: [], latency: latency([endpoint(30, 100 * MB)]) },
      ),
    )
    const [compared] = report.comparison.endpoints
    // The base's own normal round, not the head's figures.
    expect(compared?.base).toEqual({ p50: 15, p95: 30, p99: 39, throughput: 1000, errorRate: 0 })
    expect(compared?.p95Change).toMatchObject({ base: 14.5, head: 15.5, verdict: 'unchanged' })
    expect(renderMarkdown(report)).toMatch(/\| `GET \/api\/items` \| 20\.0 ms \| 14\.5 ms → 15\.5 ms \| 52\.0 ms \| 1,000 req\/s \| 0% \| \+6\.9% \(/)
  })
})

describe('a budget within the noise', () => {
  test('memory the base met and the head misses, no worse beyond the noise: inconclusive under ratchet, failed under block', () => {
    // Identical code, as a Next.js app measured it in one run: 165 MB on one side, 207 MB on the other.
    const paired = { base: [20, 21, 19, 20, 22, 20], head: [20, 20, 21, 19, 21, 20] }
    const ratchet = input({ bundles: [], latency: latency([endpoint(20, 197 * MB, paired)]) }, { bundles: [], latency: latency([endpoint(21, 157 * MB)]) })
    const report = buildReport(ratchet)
    const memory = report.validation.find((target) => target.kind === 'memory')
    expect(memory).toMatchObject({ inconclusive: true, withinNoiseOfBase: true, base: 157 * MB * 1.05 })
    expect(report.verdict.passed).toBe(true)
    expect(renderMarkdown(report)).toContain('but no worse than the base (164.8 MB), which met it, beyond the noise')
    const strict = buildReport({ ...ratchet, settings: { ...ratchet.settings, preExisting: 'block' } })
    expect(strict.verdict.passed).toBe(false)
  })
})

describe('a change beside its threshold', () => {
  test('reads with as many decimals as it takes not to read as the threshold', async () => {
    const { formatSignedPercentAgainst } = await import('../src/report/format.js')
    expect(formatSignedPercentAgainst(0.104, 0.1)).toBe('+10.4%')
    expect(formatSignedPercentAgainst(0.0996, 0.1)).toBe('+9.96%')
    expect(formatSignedPercentAgainst(0.1, 0.1)).toBe('+10%')
    expect(formatSignedPercentAgainst(0.25, 0.1)).toBe('+25%')
  })
})

describe('measuring until decided', () => {
  const of = (tbts: number[], ttis: number[]): RunOutcome[] => runs(tbts.map((tbt, index) => ({ score: 0.9, lcp: 1500, tbt, cls: 0, tti: ttis[index] as number })))

  test('a budget whose runs straddle it keeps the page open; runs all on one side close it', () => {
    expect(pageUndecided(of([150, 250, 180], [2000, 2000, 2000]), undefined, { tbt: 200 }, 0.1, false)).toBe(true)
    expect(pageUndecided(of([150, 160, 180], [2000, 2000, 2000]), undefined, { tbt: 200 }, 0.1, false)).toBe(false)
  })

  test('an undecided change keeps the page open only where it can fail the check: a budgeted metric, or any with fail-on: regression', () => {
    // A suspected TTI regression on the head, no budget on it: shown as it stands unless regressions block.
    const head = of([100, 100, 100], [2600, 3500, 2700])
    const base = of([100, 100, 100], [2000, 2000, 2000])
    expect(pageUndecided(head, base, { tbt: 200 }, 0.1, false)).toBe(false)
    expect(pageUndecided(head, base, { tbt: 200 }, 0.1, true)).toBe(true)
  })
})
