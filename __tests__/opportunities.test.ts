import { describe, expect, test } from '@jest/globals'
import type { Result as LighthouseResult } from 'lighthouse'
import janky from './fixtures/lighthouse/janky.lhr.json' with { type: 'json' }
import jankyThirdParty from './fixtures/lighthouse/janky-third-party.lhr.json' with { type: 'json' }
import { findLighthouseBottlenecks } from '../src/analyze/lighthouse.js'
import { buildPlan } from '../src/analyze/plan.js'
import type { PlanItem, TargetResult } from '../src/model/analysis.js'
import { opportunitiesOf } from '../src/analyze/lighthouseRuns.js'
import type { LighthouseMeasurement, PageResult } from '../src/model/measurements.js'

// Real Lighthouse 13 results of the test server's /janky, trimmed (see fixtures/lighthouse/record.mjs).
const jankyLhr = janky as unknown as LighthouseResult
const thirdPartyLhr = jankyThirdParty as unknown as LighthouseResult
// The page's 100 ms of TBT is claimed by three diagnostics; it is counted once, under JavaScript execution time.
const TBT_AUDITS = ['bootup-time']

function page(name: string, lhr: LighthouseResult): PageResult {
  return { name, url: `http://127.0.0.1:4000${name}`, runs: [{ attempts: 1, metrics: {} }], median: {}, representative: 0, opportunities: opportunitiesOf(lhr) }
}

function measurement(...pages: PageResult[]): LighthouseMeasurement {
  return { chromePath: '/usr/bin/chromium', runsPerPage: 1, pages }
}

function failing(subject: string, metric: string, kind: TargetResult['kind'] = 'lighthouse-metric'): TargetResult {
  return { kind, subject, metric, target: 0, actual: 1, passed: false, blocking: true }
}

/** The plan's Lighthouse items by audit title, with whether each fixes a failing target. */
function fixes(plan: readonly PlanItem[]): Record<string, boolean> {
  return Object.fromEntries(plan.filter((item) => item.kind === 'lighthouse-opportunity').map((item) => [item.action, item.fixesFailure]))
}

const plan = (lhr: LighthouseResult, validation: TargetResult[]) => buildPlan(findLighthouseBottlenecks(measurement(page('/janky', lhr))), validation)

describe('opportunitiesOf keeps the metrics each finding moves', () => {
  test('render-blocking requests move FCP and LCP; JavaScript execution time, failing, owns the TBT saving; layout shifts CLS', () => {
    const found = opportunitiesOf(jankyLhr)
    expect(found.map((item) => item.id)).toEqual(['render-blocking-insight', ...TBT_AUDITS, 'layout-shifts'])
    expect(found[0]).toEqual({ id: 'render-blocking-insight', title: 'Render-blocking requests', savingsMs: 2500, savingsBytes: 0, metricSavings: { FCP: 2500, LCP: 2500 }, moves: ['FCP', 'LCP'] })
    for (const id of TBT_AUDITS) expect(found.find((item) => item.id === id)).toMatchObject({ savingsMs: 100, metricSavings: { TBT: 100 }, moves: ['TBT'] })
    // Lighthouse passes main-thread work (score 1): no finding. Long tasks is informative, which its report lists among the
    // failing diagnostics, but it claims the same 100 ms of TBT as JavaScript execution time, which owns it: left with nothing.
    expect([jankyLhr.audits['mainthread-work-breakdown']?.score, jankyLhr.audits['long-tasks']?.scoreDisplayMode]).toEqual([1, 'informative'])
    expect(found.map((item) => item.id)).not.toContain('mainthread-work-breakdown')
    expect(found.map((item) => item.id)).not.toContain('long-tasks')
    expect(found.find((item) => item.id === 'layout-shifts')).toEqual({
      id: 'layout-shifts',
      title: 'Avoid large layout shifts',
      savingsMs: 0,
      savingsBytes: 0,
      metricSavings: { CLS: 0.542 },
      moves: ['CLS'],
    })
  })

  test('what Lighthouse passes or estimates no saving for is not a finding', () => {
    const ids = opportunitiesOf(jankyLhr).map((item) => item.id)
    // Failing, but with a saving of 0 for their metric; passing with nothing to save; not applicable; third parties there are none of.
    for (const id of ['cls-culprits-insight', 'unsized-images', 'network-dependency-tree-insight', 'unused-javascript', 'dom-size-insight', 'non-composited-animations', 'third-parties-insight']) {
      expect(jankyLhr.audits[id]).toBeDefined()
      expect(ids).not.toContain(id)
    }
  })

  test('third-party code moves TBT though Lighthouse gives it no estimate; main-thread work with no TBT to save is dropped', () => {
    const found = opportunitiesOf(thirdPartyLhr)
    expect(thirdPartyLhr.audits['third-parties-insight']).toMatchObject({ score: 1, scoreDisplayMode: 'informative' })
    expect(found.find((item) => item.id === 'third-parties-insight')).toEqual({ id: 'third-parties-insight', title: '3rd parties', savingsMs: 0, savingsBytes: 0, moves: ['TBT'] })
    // In this run the long task ended before the first paint, so TBT was 0: Lighthouse fails JavaScript execution time yet estimates no TBT saving.
    expect(thirdPartyLhr.audits['bootup-time']).toMatchObject({ score: 0.5, metricSavings: { TBT: 0 } })
    expect(found.map((item) => item.id)).toEqual(['render-blocking-insight', 'layout-shifts', 'third-parties-insight'])
  })
})

describe('the plan marks what moves the failing metric', () => {
  test('a failing TBT: JavaScript execution time, which owns the TBT saving, fixes it, first; render-blocking requests do not', () => {
    const items = plan(jankyLhr, [failing('/janky', 'tbt')])
    expect(fixes(items)).toEqual({
      'Lighthouse: Reduce JavaScript execution time': true,
      'Lighthouse: Render-blocking requests': false,
    })
    expect(items[0]).toMatchObject({ fixesFailure: true, moves: ['TBT'] })
  })

  test('a failing LCP: render-blocking requests fix it, main-thread work does not', () => {
    const items = plan(jankyLhr, [failing('/janky', 'lcp')])
    expect(items[0]).toMatchObject({ action: 'Lighthouse: Render-blocking requests', moves: ['FCP', 'LCP'], expectedMs: 2500, fixesFailure: true })
    expect(items.filter((item) => item.moves?.includes('TBT')).map((item) => item.fixesFailure)).toEqual([false])
  })

  test('a failing CLS brings layout shifts into the plan, with no time to expect', () => {
    const shifts = plan(jankyLhr, [failing('/janky', 'cls')]).find((item) => item.moves?.includes('CLS'))
    expect(shifts).toMatchObject({ action: 'Lighthouse: Avoid large layout shifts', fixesFailure: true })
    expect(shifts?.expectedMs).toBeUndefined()
    expect(plan(jankyLhr, []).some((item) => item.moves?.includes('CLS'))).toBe(false)
  })

  test('Speed Index moves with paint savings, TTI with TBT savings, the score with any; a render regression counts like a budget', () => {
    const fixed = (validation: TargetResult[]) => Object.entries(fixes(plan(jankyLhr, validation))).flatMap(([action, fixes]) => (fixes ? [action.replace('Lighthouse: ', '')] : []))
    expect(fixed([failing('/janky', 'si')])).toEqual(['Render-blocking requests'])
    expect(fixed([failing('/janky', 'tti')])).toEqual(['Reduce JavaScript execution time'])
    expect(fixed([failing('/janky', 'score')])).toHaveLength(3)
    expect(fixed([failing('/janky', 'tbt', 'render-regression')])).toHaveLength(1)
    // Neither a failing metric of another page, nor one that is inconclusive.
    expect(fixed([failing('/other', 'tbt'), { ...failing('/janky', 'lcp', 'render-regression'), inconclusive: true }])).toEqual([])
  })

  test("larger paint savings on two pages do not crowd out what moves a page's TBT or CLS", () => {
    const bottlenecks = findLighthouseBottlenecks(measurement(page('/janky', jankyLhr), page('/third-party', thirdPartyLhr)))
    expect(bottlenecks.map((item) => `${item.subject} ${item.id}`)).toEqual([
      '/third-party render-blocking-insight',
      '/janky render-blocking-insight',
      ...TBT_AUDITS.map((id) => `/janky ${id}`),
      '/janky layout-shifts',
      '/third-party layout-shifts',
      '/third-party third-parties-insight',
    ])
    const items = buildPlan(bottlenecks, [failing('/third-party', 'tbt')])
    expect(items[0]).toMatchObject({ subject: '/third-party', action: 'Lighthouse: 3rd parties', moves: ['TBT'], fixesFailure: true })
  })
})
