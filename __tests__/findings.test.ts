import { describe, expect, test } from '@jest/globals'
import type { Result as LighthouseResult } from 'lighthouse'
import { ReportUtils } from 'lighthouse/report/renderer/report-utils.js'
import janky from './fixtures/lighthouse/janky.lhr.json' with { type: 'json' }
import jankyThirdParty from './fixtures/lighthouse/janky-third-party.lhr.json' with { type: 'json' }
import { findBundleBottlenecks, impactMs, rankBottlenecks } from '../src/analyze/bottlenecks.js'
import { BUNDLE_GROWTH_FLOOR_BYTES, compareBundles } from '../src/analyze/compare.js'
import { findLighthouseBottlenecks } from '../src/analyze/lighthouse.js'
import { claimEachSavingOnce, opportunitiesOf, shownAsPassed } from '../src/analyze/lighthouseRuns.js'
import { buildPlan } from '../src/analyze/plan.js'
import { validateBundles } from '../src/analyze/verdict.js'
import type { AnyBottleneck, EndpointBottleneck, OpportunityBottleneck, PlanItem, TargetResult } from '../src/model/analysis.js'
import type { DatabaseBottleneck } from '../src/model/database.js'
import type { BundleMeasurement, LighthouseMeasurement, Opportunity, PageResult } from '../src/model/measurements.js'
import { AUTO_STRIP_HASH } from '../src/model/settings.js'

// Real Lighthouse 13 results of the test server's /janky, trimmed (see fixtures/lighthouse/record.mjs).
const jankyLhr = janky as unknown as LighthouseResult
const thirdPartyLhr = jankyThirdParty as unknown as LighthouseResult

type Audit = LighthouseResult['audits'][string]

/** A Lighthouse result with these audits, shaped as Lighthouse 13 writes them. */
function lhrOf(...audits: Array<Partial<Audit> & Pick<Audit, 'id'>>): LighthouseResult {
  return {
    lighthouseVersion: '13.5.0',
    audits: Object.fromEntries(audits.map((audit) => [audit.id, { title: audit.id, description: '', score: 0, scoreDisplayMode: 'metricSavings', ...audit }])),
  } as unknown as LighthouseResult
}

function page(name: string, opportunities: Opportunity[]): PageResult {
  return { name, url: `http://127.0.0.1:4000${name}`, runs: [{ attempts: 1, metrics: {} }], median: {}, representative: 0, opportunities }
}

function measurement(...pages: PageResult[]): LighthouseMeasurement {
  return { chromePath: '/usr/bin/chromium', runsPerPage: 1, pages }
}

function opportunity(subject: string, id: string, metricSavings: OpportunityBottleneck['metricSavings'], savingsBytes = 0): OpportunityBottleneck {
  const savings = metricSavings ?? {}
  const savingsMs = Math.max(0, savings.FCP ?? 0, savings.LCP ?? 0, savings.TBT ?? 0)
  const moves = (['FCP', 'LCP', 'TBT', 'CLS', 'INP'] as const).filter((metric) => (savings[metric] ?? 0) > 0)
  return { kind: 'lighthouse-opportunity', subject, id, title: id, savingsMs, savingsBytes, metricSavings: savings, moves }
}

function target(kind: TargetResult['kind'], subject: string, passed: boolean, extra: Partial<TargetResult> = {}): TargetResult {
  return { kind, subject, target: 1, actual: passed ? 0 : 2, passed, blocking: true, ...extra }
}

const failingMetric = (subject: string, metric: string) => target('lighthouse-metric', subject, false, { metric })
const passingMetric = (subject: string, metric: string) => target('lighthouse-metric', subject, true, { metric })

function endpoint(subject: string, db: number, app: number): EndpointBottleneck {
  return { kind: 'slow-endpoint', subject, p95: db + app, throughput: 500, serverTiming: { db, app }, dbShare: db / (db + app) }
}

function bundle(name: string, gzip: number, limit = 500_000): BundleMeasurement {
  const sizes = { raw: gzip * 3, gzip, brotli: Math.round(gzip * 0.85) }
  return { name, compression: 'gzip', limit, ...sizes, files: [{ path: name, ...sizes }] }
}

const actions = (plan: readonly PlanItem[]) => plan.map((item) => item.action.replace('Lighthouse: ', ''))

describe('1. findings come only from audits Lighthouse does not pass', () => {
  test("shownAsPassed is Lighthouse's own report rule (ReportUtils.showAsPassed), for every display mode and score around the pass mark", () => {
    const modes = ['numeric', 'binary', 'metricSavings', 'informative', 'manual', 'notApplicable', 'error']
    for (const scoreDisplayMode of modes) {
      for (const score of [null, 0, 0.5, 0.89, 0.9, 0.95, 1]) {
        expect([scoreDisplayMode, score, shownAsPassed({ score, scoreDisplayMode })]).toEqual([scoreDisplayMode, score, ReportUtils.showAsPassed({ score, scoreDisplayMode })])
      }
    }
    // And on every audit Lighthouse 13 wrote in the recorded results.
    for (const audit of [...Object.values(jankyLhr.audits), ...Object.values(thirdPartyLhr.audits)]) expect(shownAsPassed(audit)).toBe(ReportUtils.showAsPassed(audit))
  })

  test('a passed audit is no finding, whatever saving it estimates: main-thread work and JavaScript execution time at score 1 or 0.9', () => {
    const found = opportunitiesOf(
      lhrOf(
        { id: 'mainthread-work-breakdown', title: 'Minimizes main-thread work', score: 1, metricSavings: { TBT: 450 } },
        { id: 'bootup-time', title: 'JavaScript execution time', score: 0.9, metricSavings: { TBT: 300 } },
        { id: 'unused-javascript', score: 1, metricSavings: { FCP: 0, LCP: 150 }, details: { type: 'opportunity', overallSavingsMs: 150, overallSavingsBytes: 40_000 } as Audit['details'] },
        { id: 'dom-size-insight', score: 1, scoreDisplayMode: 'numeric', metricSavings: { INP: 50 } },
        { id: 'render-blocking-insight', score: 0, metricSavings: { FCP: 600, LCP: 600 } },
        { id: 'font-display-insight', score: 0.89, scoreDisplayMode: 'numeric', metricSavings: { FCP: 50 } },
        { id: 'non-composited-animations', score: null, scoreDisplayMode: 'notApplicable', metricSavings: { CLS: 0.2 } },
      ),
    )
    expect(found.map((item) => item.id)).toEqual(['render-blocking-insight', 'font-display-insight'])
  })

  test('an informative audit is among the failing ones in Lighthouse’s report, so it is a finding when it estimates a saving', () => {
    const found = opportunitiesOf(
      lhrOf(
        { id: 'long-tasks', score: 1, scoreDisplayMode: 'informative', metricSavings: { TBT: 350 } },
        { id: 'layout-shifts', score: 1, scoreDisplayMode: 'informative', metricSavings: { CLS: 0.08 } },
        { id: 'lcp-breakdown-insight', score: 1, scoreDisplayMode: 'informative', metricSavings: { LCP: 0 } },
      ),
    )
    expect(found.map((item) => [item.id, item.moves])).toEqual([
      ['long-tasks', ['TBT']],
      ['layout-shifts', ['CLS']],
    ])
  })

  test('third-party code: informative (failing in the report) when the page runs some, a finding that moves TBT; passed when it runs none', () => {
    expect(ReportUtils.showAsPassed(thirdPartyLhr.audits['third-parties-insight'] as Audit)).toBe(false)
    expect(ReportUtils.showAsPassed(jankyLhr.audits['third-parties-insight'] as Audit)).toBe(true)
    expect(opportunitiesOf(thirdPartyLhr).find((item) => item.id === 'third-parties-insight')).toMatchObject({ savingsMs: 0, moves: ['TBT'] })
    expect(opportunitiesOf(jankyLhr).map((item) => item.id)).not.toContain('third-parties-insight')
  })

  test('on the recorded results, every finding is an audit Lighthouse does not pass; main-thread work, passed on /janky, is none', () => {
    for (const lhr of [jankyLhr, thirdPartyLhr]) {
      for (const item of opportunitiesOf(lhr)) expect(ReportUtils.showAsPassed(lhr.audits[item.id] as Audit)).toBe(false)
    }
    expect(jankyLhr.audits['mainthread-work-breakdown']).toMatchObject({ score: 1, metricSavings: { TBT: 100 } })
    expect(opportunitiesOf(jankyLhr).map((item) => item.id)).toEqual(['render-blocking-insight', 'bootup-time', 'layout-shifts'])
  })
})

describe('2. one saving is counted once, under the audit that owns it', () => {
  // As Lighthouse 13 writes a Next.js page's main thread: the page's whole TBT given to three diagnostics.
  const nextLike = lhrOf(
    { id: 'mainthread-work-breakdown', title: 'Minimize main-thread work', score: 0.5, metricSavings: { TBT: 500 } },
    { id: 'bootup-time', title: 'Reduce JavaScript execution time', score: 0, metricSavings: { TBT: 500 } },
    { id: 'long-tasks', title: 'Avoid long main-thread tasks', score: 1, scoreDisplayMode: 'informative', metricSavings: { TBT: 497 } },
    { id: 'third-parties-insight', title: '3rd parties', score: 1, scoreDisplayMode: 'informative' },
    {
      id: 'unused-javascript',
      title: 'Reduce unused JavaScript',
      score: 0,
      metricSavings: { FCP: 0, LCP: 300 },
      details: { type: 'opportunity', overallSavingsMs: 310, overallSavingsBytes: 60_000 } as Audit['details'],
    },
  )

  test('the TBT claimed by JavaScript execution time, main-thread work and long tasks (within 1%) stays with JavaScript execution time alone', () => {
    const found = opportunitiesOf(nextLike)
    expect(found.map((item) => [item.id, item.savingsMs, item.moves])).toEqual([
      ['bootup-time', 500, ['TBT']],
      ['unused-javascript', 310, ['LCP']],
      ['third-parties-insight', 0, ['TBT']],
    ])
    // The page's TBT saving, summed over its findings: once.
    expect(found.reduce((sum, item) => sum + (item.metricSavings?.TBT ?? 0), 0)).toBe(500)
  })

  test('the plan lists the 500 ms once', () => {
    const plan = buildPlan(findLighthouseBottlenecks(measurement(page('/', opportunitiesOf(nextLike)))), [failingMetric('/', 'tbt')])
    expect(plan.filter((item) => item.expectedMs === 500).map((item) => item.action)).toEqual(['Lighthouse: Reduce JavaScript execution time'])
    expect(plan[0]).toMatchObject({ action: 'Lighthouse: Reduce JavaScript execution time', fixesFailure: true })
  })

  test('a finding that loses one metric keeps the others, its savingsMs the largest it has left; one left with nothing is dropped', () => {
    const findings: Opportunity[] = [
      { id: 'long-tasks', title: 'Long tasks', savingsMs: 800, savingsBytes: 0, metricSavings: { TBT: 800 }, moves: ['TBT'] },
      { id: 'legacy-javascript-insight', title: 'Legacy JavaScript', savingsMs: 800, savingsBytes: 12_000, metricSavings: { FCP: 150, LCP: 300, TBT: 800 }, moves: ['FCP', 'LCP', 'TBT'] },
      { id: 'bootup-time', title: 'JavaScript execution time', savingsMs: 795, savingsBytes: 0, metricSavings: { TBT: 795 }, moves: ['TBT'] },
      { id: 'render-blocking-insight', title: 'Render-blocking requests', savingsMs: 300, savingsBytes: 0, metricSavings: { FCP: 300, LCP: 300 }, moves: ['FCP', 'LCP'] },
    ]
    const claimed = claimEachSavingOnce(findings)
    expect(claimed).toEqual([
      // Its TBT went to bootup-time (795 is within 1% of 800), its LCP to render-blocking-insight: FCP and its bytes stay.
      { id: 'legacy-javascript-insight', title: 'Legacy JavaScript', savingsMs: 150, savingsBytes: 12_000, metricSavings: { FCP: 150 }, moves: ['FCP'] },
      { id: 'bootup-time', title: 'JavaScript execution time', savingsMs: 795, savingsBytes: 0, metricSavings: { TBT: 795 }, moves: ['TBT'] },
      findings[3],
    ])
    // Pure, the same applied again, and the same whatever the order of the findings.
    expect(findings[0]).toMatchObject({ savingsMs: 800, moves: ['TBT'] })
    expect(claimEachSavingOnce(claimed)).toEqual(claimed)
    const byId = (items: readonly Opportunity[]) => [...items].sort((a, b) => a.id.localeCompare(b.id))
    expect(byId(claimEachSavingOnce([...findings].reverse()))).toEqual(byId(claimed))
  })

  test('savings more than 1% apart are different savings; a saving is shared only within a page', () => {
    const findings: Opportunity[] = [
      { id: 'mainthread-work-breakdown', title: 'Main-thread work', savingsMs: 500, savingsBytes: 0, metricSavings: { TBT: 500 }, moves: ['TBT'] },
      { id: 'bootup-time', title: 'JavaScript execution time', savingsMs: 480, savingsBytes: 0, metricSavings: { TBT: 480 }, moves: ['TBT'] },
    ]
    expect(claimEachSavingOnce(findings)).toEqual(findings)
    const bottlenecks = findLighthouseBottlenecks(measurement(page('/a', opportunitiesOf(nextLike)), page('/b', opportunitiesOf(nextLike))))
    expect(bottlenecks.filter((item) => item.id === 'bootup-time').map((item) => item.subject)).toEqual(['/a', '/b'])
  })

  test('a layout shift claimed by two audits stays with the more specific, culprits before the list of shifts', () => {
    const claimed = claimEachSavingOnce([
      { id: 'layout-shifts', title: 'Avoid large layout shifts', savingsMs: 0, savingsBytes: 0, metricSavings: { CLS: 0.25 }, moves: ['CLS'] },
      { id: 'cls-culprits-insight', title: 'Layout shift culprits', savingsMs: 0, savingsBytes: 0, metricSavings: { CLS: 0.25 }, moves: ['CLS'] },
    ])
    expect(claimed.map((item) => item.id)).toEqual(['cls-culprits-insight'])
  })

  test('on the recorded /janky: the 100 ms of TBT that three diagnostics claim is counted once, under JavaScript execution time', () => {
    const claims = ['mainthread-work-breakdown', 'bootup-time', 'long-tasks'].map((id) => jankyLhr.audits[id]?.metricSavings?.TBT)
    expect(claims).toEqual([100, 100, 100])
    const found = opportunitiesOf(jankyLhr)
    expect(found.filter((item) => item.moves?.includes('TBT')).map((item) => item.id)).toEqual(['bootup-time'])
    const plan = buildPlan(findLighthouseBottlenecks(measurement(page('/janky', found))), [failingMetric('/janky', 'tbt')])
    expect(plan.filter((item) => item.moves?.includes('TBT')).map((item) => [item.action, item.expectedMs])).toEqual([['Lighthouse: Reduce JavaScript execution time', 100]])
  })
})

describe('3. "fixes a failing target" only where that target fails', () => {
  test('an endpoint whose p95 passes: its database item fixes nothing, though its error rate fails', () => {
    const bottlenecks = [endpoint('GET /api/items', 40, 5)]
    const plan = buildPlan(bottlenecks, [target('latency-p95', 'GET /api/items', true), target('error-rate', 'GET /api/items', false)])
    expect(plan).toEqual([expect.objectContaining({ kind: 'database-time', subject: 'GET /api/items', fixesFailure: false })])
  })

  test('an endpoint whose p95 fails, regressed, or failed on the base already (pre-existing) is fixed by its database item; not when inconclusive', () => {
    const bottlenecks = [endpoint('GET /api/items', 40, 5)]
    const fixes = (validation: TargetResult[]) => buildPlan(bottlenecks, validation)[0]?.fixesFailure
    expect(fixes([target('latency-p95', 'GET /api/items', false)])).toBe(true)
    expect(fixes([target('latency-regression', 'GET /api/items', false)])).toBe(true)
    expect(fixes([{ ...target('latency-p95', 'GET /api/items', false), preExisting: { worse: false } } as TargetResult])).toBe(true)
    expect(fixes([target('latency-regression', 'GET /api/items', false, { inconclusive: true })])).toBe(false)
    expect(fixes([target('latency-p95', 'GET /api/other', false)])).toBe(false)
  })

  test('a named statement fixes its endpoint only when the p95 fails', () => {
    const query: DatabaseBottleneck = {
      kind: 'database-query',
      subject: 'GET /api/items',
      queryid: '1',
      query: 'SELECT * FROM items WHERE id = $1',
      findings: ['n-plus-one'],
      callsPerRequest: 20,
      msPerRequest: 30,
      fixes: [],
    }
    expect(buildPlan([query], [target('error-rate', 'GET /api/items', false)])[0]?.fixesFailure).toBe(false)
    expect(buildPlan([query], [target('latency-p95', 'GET /api/items', false)])[0]?.fixesFailure).toBe(true)
  })

  test('unused JavaScript (LCP) fixes nothing when the LCP passes and the TBT fails; it fixes a failing LCP of its own page only', () => {
    const unused = opportunity('/', 'unused-javascript', { FCP: 0, LCP: 450 }, 80_000)
    const fixes = (validation: TargetResult[]) => buildPlan([unused], validation).find((item) => item.kind === 'lighthouse-opportunity')?.fixesFailure
    expect(fixes([passingMetric('/', 'lcp'), failingMetric('/', 'tbt')])).toBe(false)
    expect(fixes([passingMetric('/', 'lcp'), failingMetric('/other', 'lcp')])).toBe(false)
    // A target of another kind that happens to have the page's name is no metric of the page.
    expect(fixes([target('bundle-budget', '/', false), target('latency-p95', '/', false)])).toBe(false)
    expect(fixes([failingMetric('/', 'lcp')])).toBe(true)
    expect(fixes([target('render-regression', '/', false, { metric: 'lcp' })])).toBe(true)
  })

  test('a bundle step fixes its own failing budget or regression, not a passing one', () => {
    const grown = [{ kind: 'bundle-growth', subject: 'dist/app.js', bytes: 20_000, compression: 'gzip', share: 0.25 }] as const
    expect(buildPlan(grown, [target('bundle-regression', 'dist/app.js', true)])[0]?.fixesFailure).toBe(false)
    expect(buildPlan(grown, [target('bundle-regression', 'dist/app.js', false)])[0]?.fixesFailure).toBe(true)
    expect(buildPlan(grown, [target('bundle-regression', 'dist/other.js', false)]).find((item) => item.subject === 'dist/app.js')?.fixesFailure).toBe(false)
  })
})

describe("4. every failing target's cause is in the plan", () => {
  // Six findings of / move its paint by more than the one that owns its TBT or its layout shift.
  const paint = [1400, 1300, 1200, 1100, 1000, 900].map((ms, index) => opportunity('/', `paint-${index}`, { FCP: ms, LCP: ms }))
  const tbt = opportunity('/', 'bootup-time', { TBT: 120 })
  const shifts = opportunity('/', 'layout-shifts', { CLS: 0.31 })

  test('a failing CLS brings the audit that moves it, with no time to expect, past larger gains', () => {
    const plan = buildPlan([...paint, tbt, shifts], [failingMetric('/', 'cls')])
    expect(plan).toHaveLength(5)
    expect(plan[0]).toMatchObject({ action: 'Lighthouse: layout-shifts', fixesFailure: true, moves: ['CLS'] })
    expect(plan[0]?.expectedMs).toBeUndefined()
  })

  test('failing LCP, TBT and CLS: each has its cause, failing-target items first, the rest by priority', () => {
    const plan = buildPlan([...paint, tbt, shifts], [failingMetric('/', 'lcp'), failingMetric('/', 'tbt'), failingMetric('/', 'cls')])
    expect(actions(plan)).toEqual(['paint-0', 'paint-1', 'paint-2', 'bootup-time', 'layout-shifts'])
    expect(plan.every((item) => item.fixesFailure)).toBe(true)
  })

  test('a failing LCP: the largest LCP saving, though others save more time on other metrics', () => {
    const firstPaint = [1500, 1450, 1400, 1350, 1300].map((ms, index) => opportunity('/', `fcp-${index}`, { FCP: ms, LCP: 100 }))
    const lcp = opportunity('/', 'lcp-discovery-insight', { LCP: 900 })
    const plan = buildPlan([...firstPaint, lcp], [failingMetric('/', 'lcp')])
    expect(actions(plan)).toContain('lcp-discovery-insight')
    expect(buildPlan([...firstPaint, lcp], [])).not.toContainEqual(expect.objectContaining({ action: 'Lighthouse: lcp-discovery-insight' }))
  })

  test('a failing TBT: the audit that owns the TBT saving, not third-party code with no estimate', () => {
    const thirdParties: OpportunityBottleneck = { ...opportunity('/', 'third-parties-insight', {}), moves: ['TBT'] }
    const plan = buildPlan([...paint, thirdParties, tbt], [failingMetric('/', 'lcp'), failingMetric('/', 'tbt')])
    expect(actions(plan)).toContain('bootup-time')
    expect(plan).toHaveLength(5)
  })

  test('a failing p95: its database item, however small its gain next to the failing page', () => {
    const plan = buildPlan([...paint, endpoint('GET /api/items', 3, 1)], [failingMetric('/', 'lcp'), target('latency-p95', 'GET /api/items', false)])
    expect(plan.find((item) => item.subject === 'GET /api/items')).toMatchObject({ kind: 'database-time', fixesFailure: true })
  })

  test('the recorded /janky with a failing CLS and TBT: layout shifts and JavaScript execution time', () => {
    const plan = buildPlan(findLighthouseBottlenecks(measurement(page('/janky', opportunitiesOf(jankyLhr)))), [failingMetric('/janky', 'cls'), failingMetric('/janky', 'tbt')])
    expect(plan.filter((item) => item.fixesFailure).map((item) => item.action)).toEqual(['Lighthouse: Reduce JavaScript execution time', 'Lighthouse: Avoid large layout shifts'])
  })

  test('more failing targets than places: the causes of the blocking ones first, then the larger gains', () => {
    const over = (subject: string, by: number, blocking: boolean) => target('bundle-budget', subject, false, { target: 100_000, actual: 100_000 + by, blocking })
    const validation = [over('dist/tiny.js', 500, true), ...[9, 8, 7, 6, 5, 4].map((kB) => over(`dist/${kB}.js`, kB * 1_000, false))]
    expect(buildPlan([], validation).map((item) => item.subject)).toEqual(['dist/9.js', 'dist/8.js', 'dist/7.js', 'dist/6.js', 'dist/tiny.js'])
  })

  test('a bundle over its budget that no bottleneck names (a small group) has its step all the same', () => {
    const plan = buildPlan([...paint], [target('bundle-budget', 'app (all JS)', false, { target: 100_000, actual: 120_000 })])
    expect(plan[0]).toMatchObject({ kind: 'bundle-size', subject: 'app (all JS)', expectedBytes: 20_000, fixesFailure: true })
  })
})

describe('5. one file is one bottleneck', () => {
  const base = [bundle('dist/vendor.js', 200_000), bundle('dist/assets/index-AAAA1111.js', 100_000), bundle('dist/app.css', 8_000)]
  const head = [bundle('dist/vendor.js', 200_000), bundle('dist/assets/index-BBBB2222.js', 120_000), bundle('dist/app.css', 8_000)]
  const comparisons = compareBundles(head, base, 0.1, AUTO_STRIP_HASH)
  const validation = validateBundles(comparisons, 0.1, { budget: true, regression: true })

  test('a file among the largest that grew is one entry, named as its targets name it, its impact counted once', () => {
    const found = findBundleBottlenecks(head, comparisons)
    expect(found.map((item) => [item.kind, item.subject])).toEqual([
      ['largest-file', 'dist/vendor.js'],
      ['largest-file', 'dist/assets/index.js'],
      ['largest-file', 'dist/app.css'],
    ])
    expect(validation.filter((item) => item.kind === 'bundle-regression' && !item.passed).map((item) => item.subject)).toEqual(['dist/assets/index.js'])
    const index = rankBottlenecks(found).filter((item) => item.subject === 'dist/assets/index.js')
    expect(index.map((item) => item.impactMs)).toEqual([120_000 / 200])
  })

  test('the plan has one step for it: the growth, read from its regression target, which it fixes', () => {
    const plan = buildPlan(findBundleBottlenecks(head, comparisons), validation)
    expect(plan).toEqual([
      expect.objectContaining({ kind: 'bundle-size', subject: 'dist/assets/index.js', action: 'Review what this change added to the bundle', expectedBytes: 20_000, fixesFailure: true }),
    ])
  })

  test('over its budget and regressed: still one step, which fixes both', () => {
    const tight = [head[0], bundle('dist/assets/index-BBBB2222.js', 120_000, 110_000), head[2]] as BundleMeasurement[]
    const compared = compareBundles(tight, base, 0.1, AUTO_STRIP_HASH)
    const plan = buildPlan(findBundleBottlenecks(tight, compared), validateBundles(compared, 0.1, { budget: true, regression: true }))
    expect(plan).toHaveLength(1)
    expect(plan[0]).toMatchObject({ subject: 'dist/assets/index.js', expectedBytes: 20_000, fixesFailure: true })
  })

  test('a file that grew but is not among the largest is a growth entry; a growth under the floor is none', () => {
    const larger = [bundle('dist/x.js', 50_000), bundle('dist/y.js', 40_000)]
    const small = [...base, ...larger, bundle('dist/a.js', 1_000), bundle('dist/b.js', 1_000), bundle('dist/c.js', 1_000)]
    const grown = [...head, ...larger, bundle('dist/a.js', 1_500), bundle('dist/b.js', 1_000 + BUNDLE_GROWTH_FLOOR_BYTES - 1), bundle('dist/c.js', 1_000)]
    const found = findBundleBottlenecks(grown, compareBundles(grown, small, 0.1, AUTO_STRIP_HASH))
    expect(found.filter((item) => item.kind === 'bundle-growth').map((item) => [item.subject, item.bytes])).toEqual([['dist/a.js', 500]])
    expect(found.filter((item) => item.subject === 'dist/a.js')).toHaveLength(1)
    expect(impactMs(found[0] as AnyBottleneck)).toBe(500 / 200)
  })
})

describe('6. a growth too small to matter is not a regression', () => {
  const compare = (baseSize: number, headSize: number, threshold = 0.1) => compareBundles([bundle('dist/app.css', headSize)], [bundle('dist/app.css', baseSize)], threshold, AUTO_STRIP_HASH)[0]

  test('the floor is 100 bytes after compression', () => {
    expect(BUNDLE_GROWTH_FLOOR_BYTES).toBe(100)
  })

  test('a 15-byte CSS growth of 10.4% is no regression; its target passes', () => {
    const css = compare(144, 159)
    expect(css).toMatchObject({ delta: 15, regression: false })
    expect(css?.change).toBeCloseTo(0.104, 3)
    expect(validateBundles([css as NonNullable<typeof css>], 0.1, { budget: true, regression: true }).find((item) => item.kind === 'bundle-regression')).toMatchObject({ passed: true })
  })

  test('over the threshold and at least the floor: a regression; 99 bytes over it are not', () => {
    expect(compare(500, 600)).toMatchObject({ delta: 100, regression: true })
    expect(compare(500, 599)).toMatchObject({ delta: 99, regression: false })
  })

  test('strictly above the threshold: 10% of the base is not a regression under 10%, 10.1% is', () => {
    expect(compare(1_000, 1_100)).toMatchObject({ change: 0.1, regression: false })
    expect(compare(1_000, 1_101)).toMatchObject({ regression: true })
    expect(compare(30, 33, 0.1)).toMatchObject({ regression: false })
  })

  test('the floor is on the compressed size the budget uses, not the raw bytes', () => {
    const base: BundleMeasurement = { name: 'dist/app.js', compression: 'gzip', limit: 500_000, raw: 10_000, gzip: 500, files: [{ path: 'dist/app.js', raw: 10_000, gzip: 500, brotli: 450 }] }
    const head: BundleMeasurement = { ...base, raw: 15_000, gzip: 560, files: [{ path: 'dist/app.js', raw: 15_000, gzip: 560, brotli: 500 }] }
    expect(compareBundles([head], [base], 0.1, AUTO_STRIP_HASH)[0]).toMatchObject({ delta: 60, regression: false })
  })
})
