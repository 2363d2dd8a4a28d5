import { describe, expect, test } from '@jest/globals'
import type { Result as LighthouseResult } from 'lighthouse'
import janky from './fixtures/lighthouse/janky.lhr.json' with { type: 'json' }
import jankyThirdParty from './fixtures/lighthouse/janky-third-party.lhr.json' with { type: 'json' }
import { metricsOf, summarizeRuns } from '../src/analyze/lighthouseRuns.js'
import { medianOf } from '../src/analyze/stats.js'
import { meanServerTiming, pastTheLimit } from '../src/analyze/loadRounds.js'
import type { RoundResult, RunOutcome } from '../src/model/measurements.js'

// The arithmetic that used to sit inside the measuring code, on recorded Lighthouse results and
// literal load rounds: no Chrome, no server.

/** A recorded result (trimmed to its findings) with the score and metric values a run had. */
function withMetrics(lhr: unknown, score: number, values: Record<string, number>): LighthouseResult {
  const result = lhr as LighthouseResult
  const metricAudits = Object.fromEntries(Object.entries(values).map(([id, numericValue]) => [id, { id, numericValue }]))
  return { ...result, categories: { performance: { score } }, audits: { ...result.audits, ...metricAudits } } as unknown as LighthouseResult
}

const recorded = [
  withMetrics(janky, 0.62, { 'first-contentful-paint': 1800, 'largest-contentful-paint': 3100, 'total-blocking-time': 410, 'cumulative-layout-shift': 0.12 }),
  withMetrics(jankyThirdParty, 0.55, { 'first-contentful-paint': 2100, 'largest-contentful-paint': 3600, 'total-blocking-time': 520, 'cumulative-layout-shift': 0.12 }),
]

describe('a page summed up from its runs', () => {
  test("each metric's median and min–max over the runs that succeeded; the run nearest the medians represents the page", () => {
    const [first, second] = recorded.map(metricsOf)
    expect(first).toEqual({ score: 0.62, fcp: 1800, lcp: 3100, tbt: 410, cls: 0.12 })
    const runs: RunOutcome[] = [
      { attempts: 1, metrics: first ?? {} },
      { attempts: 3, error: 'NO_FCP' },
      { attempts: 1, metrics: second ?? {} },
      { attempts: 1, metrics: first ?? {} },
    ]
    const { page, representativeResult } = summarizeRuns('/janky', 'http://127.0.0.1/janky', runs, [recorded[0], undefined, recorded[1], recorded[0]])
    const lcps = [first?.lcp, second?.lcp, first?.lcp] as number[]
    expect(page.median?.lcp).toBe(medianOf(lcps))
    expect(page.median?.lcp).toBe(first?.lcp)
    expect(page.spread?.lcp).toEqual({ min: Math.min(...lcps), max: Math.max(...lcps) })
    // Two of the three good runs are the median on every metric: the first of them represents the page.
    expect(page.representative).toBe(0)
    expect(representativeResult).toBe(recorded[0])
    expect(page.opportunities.map((item) => item.id)).toContain('render-blocking-insight')
  })

  test('no run succeeded: the last error, no numbers, nothing to report', () => {
    const { page, representativeResult } = summarizeRuns(
      '/',
      'http://127.0.0.1/',
      [
        { attempts: 3, error: 'NO_FCP' },
        { attempts: 3, error: 'PROTOCOL_TIMEOUT' },
      ],
      [],
    )
    expect(page).toEqual({ name: '/', url: 'http://127.0.0.1/', runs: expect.any(Array), opportunities: [], error: 'PROTOCOL_TIMEOUT' })
    expect(representativeResult).toBeUndefined()
  })

  test('the median of an even count is the mean of the middle two', () => {
    expect(medianOf([40, 10, 30, 20])).toBe(25)
    expect(medianOf([3])).toBe(3)
  })
})

describe('load rounds', () => {
  const round = (connections: number, throughput: number, p99: number, errorRate = 0) => ({ connections, throughput, errorRate, latency: { p99 } }) as RoundResult
  const limits = { errorRateBudget: 0.01, stressP99Ms: 500 }

  test('a stress step is past the limit by errors first, then p99, then a throughput that no longer grows by 5%', () => {
    const sustained = round(20, 1000, 100)
    expect(pastTheLimit(round(40, 1900, 120), sustained, limits)).toBeUndefined()
    expect(pastTheLimit(round(40, 1900, 900, 0.02), sustained, limits)).toBe('error-rate')
    expect(pastTheLimit(round(40, 1900, 900), sustained, limits)).toBe('latency')
    expect(pastTheLimit(round(40, 1049, 120), sustained, limits)).toBe('throughput-plateau')
    expect(pastTheLimit(round(40, 1050, 120), sustained, limits)).toBeUndefined()
  })

  test('Server-Timing means weigh each distinct header by the responses that carried it; a metric is averaged over the responses that had it', () => {
    const headers = new Map([
      ['db;dur=10, app;dur=2', 3],
      ['db;dur=30', 1],
    ])
    expect(meanServerTiming(headers)).toEqual({ db: (10 * 3 + 30) / 4, app: 2 })
  })
})
