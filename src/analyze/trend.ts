import type { Compression } from '../model/settings.js'
import { sizeFor } from '../model/measurements.js'
import type { Measurements } from '../model/measurements.js'
import type { HeadlineMetric, HistoryPoint, HistoryReach, TrendSeries } from '../model/analysis.js'

/**
 * What a trend follows: the total of all bundles, each page's median LCP and each endpoint's p95
 * at normal load. The bundle total uses the current compression so that old and new points agree.
 */
export function headlineMetrics(measurements: Measurements, compression: Compression): HeadlineMetric[] {
  const metrics: HeadlineMetric[] = []
  // A check that size-limit measured has only its own compression's size; it is in the total when that is this one.
  const sizes = measurements.bundles.flatMap((bundle) => sizeFor(bundle, compression) ?? [])
  if (sizes.length > 0) {
    const total = sizes.reduce((sum, size) => sum + size, 0)
    metrics.push({ id: `bundles-total:${compression}`, label: `All bundles (${compression === 'none' ? 'raw' : compression})`, unit: 'bytes', value: total })
  }
  for (const page of measurements.lighthouse?.pages ?? []) {
    const lcp = page.median?.lcp
    if (lcp !== undefined) metrics.push({ id: `lcp:${page.name}`, label: `LCP ${page.name}`, unit: 'ms', value: lcp })
  }
  for (const endpoint of measurements.latency?.endpoints ?? []) {
    metrics.push({ id: `p95:${endpoint.name}`, label: `p95 ${endpoint.name}`, unit: 'ms', value: endpoint.normal.latency.p95 })
  }
  return metrics
}

/** How many charts a report draws: the headline of each kind, so the comment stays short. */
const MAX_SERIES = 3

/**
 * The trend of the headline metrics: for the first metric of each kind (bundles, LCP, p95) that
 * has at least one earlier point, the earlier commits' values and this run's.
 */
export function trendSeries(history: readonly HistoryPoint[], current: readonly HeadlineMetric[], currentLabel: string): TrendSeries[] {
  const oldestFirst = [...history].reverse()
  const kinds = new Set<string>()
  const series: TrendSeries[] = []
  for (const metric of current) {
    const kind = metric.id.split(':', 1)[0] ?? metric.id
    if (kinds.has(kind) || series.length >= MAX_SERIES) continue
    const points = oldestFirst.flatMap((point) => {
      const earlier = point.metrics.find((candidate) => candidate.id === metric.id)
      return earlier ? [{ label: point.sha.slice(0, 7), value: earlier.value }] : []
    })
    if (points.length === 0) continue
    kinds.add(kind)
    series.push({ metric, points: [...points, { label: currentLabel, value: metric.value }] })
  }
  return series
}

/**
 * The trend's history bounded by `history-size`: the `size` points nearest this run (the history
 * is nearest first), and how far back they reach among the commits that were looked at.
 */
export function boundHistory(history: readonly HistoryPoint[], size: number, commitsLookedAt: number): { history: HistoryPoint[]; reach: HistoryReach } {
  const kept = history.slice(0, Math.max(0, size))
  const oldest = kept.at(-1)
  const date = (oldest?.committedAt ?? oldest?.createdAt)?.slice(0, 10)
  return {
    history: kept,
    reach: { size, points: kept.length, commitsLookedAt, ...(oldest ? { oldest: { sha: oldest.sha, ...(date ? { date } : {}) } } : {}) },
  }
}
