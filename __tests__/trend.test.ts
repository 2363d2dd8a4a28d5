import { describe, expect, test } from '@jest/globals'
import { Ajv } from 'ajv'
import reportSchema from '../schema/report.schema.json' with { type: 'json' }
import { buildReport, type ReportInput } from '../src/analyze/buildReport.js'
import { boundHistory } from '../src/analyze/trend.js'
import type { HistoryPoint } from '../src/model/analysis.js'
import type { BundleMeasurement } from '../src/model/measurements.js'
import { renderMarkdown } from '../src/report/markdown.js'

// history-size on literal data: the trend keeps the nearest points and says how far back it reaches.

const sha = (index: number) => (index + 16).toString(16).padStart(2, '0').repeat(20)

/** `count` earlier commits, nearest first, one a day back from 2026-12-15, each with its bundle total. */
function history(count: number): HistoryPoint[] {
  return Array.from({ length: count }, (_, index) => ({
    sha: sha(index),
    createdAt: new Date(Date.UTC(2026, 11, 15 - index, 12)).toISOString(),
    committedAt: new Date(Date.UTC(2026, 11, 15 - index, 9)).toISOString(),
    runId: 1000 - index,
    metrics: [{ id: 'bundles-total:gzip', label: 'All bundles (gzip)', unit: 'bytes' as const, value: 100_000 - index * 100 }],
  }))
}

const app: BundleMeasurement = { name: 'dist/app.js', compression: 'gzip', limit: 500_000, raw: 300_000, gzip: 100_500, brotli: 90_000, files: [] }

function input(points: HistoryPoint[], size: number, commitsLookedAt: number): ReportInput {
  return {
    toolVersion: '0.1.0',
    createdAt: '2026-12-16T10:00:00.000Z',
    settings: { compression: 'gzip', bundleBudget: 500_000, regressionThreshold: 0.1, failOn: { budget: true, regression: false }, errorRateBudget: 0.01, memoryBudget: 200e6, lighthouseBudgets: {} },
    head: { bundles: [app] },
    baseline: { source: 'none', reason: 'test' },
    notes: [],
    history: points,
    historySearch: { size, commitsLookedAt },
  }
}

const monitoring = (markdown: string) => markdown.slice(markdown.indexOf('### Monitoring'))

describe('history-size', () => {
  test('a history of 45 points with history-size 30 keeps the 30 nearest and says how far back', () => {
    const bounded = boundHistory(history(45), 30, 100)
    expect(bounded.history.map((point) => point.sha)).toEqual(history(30).map((point) => point.sha))
    expect(bounded.reach).toEqual({ size: 30, points: 30, commitsLookedAt: 100, oldest: { sha: sha(29), date: '2026-11-16' } })

    const report = buildReport(input(history(45), 30, 100))
    expect(new Ajv({ strict: false }).validate(reportSchema, JSON.parse(JSON.stringify(report)))).toBe(true)
    expect(report.history).toHaveLength(30)
    expect(report.historyReach).toEqual(bounded.reach)
    // The chart: the 30 earlier commits, oldest first, then this run.
    const [series] = report.trend ?? []
    expect(series?.points.map((point) => point.label)).toEqual([
      ...history(30)
        .map((point) => point.sha.slice(0, 7))
        .reverse(),
      'this run',
    ])
    const words = monitoring(renderMarkdown(report))
    expect(words).toContain(`Trend over 30 earlier commits, back to \`${sha(29).slice(0, 7)}\` (2026-11-16), and this run:`)
    expect(words).not.toContain('looked at')
  })

  test('fewer stored reports than history-size asks for: how many commits were looked at', () => {
    const report = buildReport(input(history(12), 30, 100))
    expect(report.historyReach).toEqual({ size: 30, points: 12, commitsLookedAt: 100, oldest: { sha: sha(11), date: '2026-12-04' } })
    expect(monitoring(renderMarkdown(report))).toContain(
      `Trend over 12 earlier commits, back to \`${sha(11).slice(0, 7)}\` (2026-12-04), and this run; history-size asks for 30, and the 100 base-branch commits looked at have no more stored reports:`,
    )
  })

  test('a point without a commit date is dated by its report; a report from before the reach was kept says what its chart shows', () => {
    const [point] = history(1)
    const { committedAt: _date, ...undated } = point as HistoryPoint
    expect(boundHistory([undated], 5, 3).reach).toEqual({ size: 5, points: 1, commitsLookedAt: 3, oldest: { sha: sha(0), date: '2026-12-15' } })
    const { historySearch: _search, ...older } = input(history(2), 30, 100)
    const report = buildReport(older)
    expect(report.historyReach).toBeUndefined()
    expect(monitoring(renderMarkdown(report))).toContain('Trend over the 2 most recent base-branch commits with a stored report, and this run:')
  })
})
