import type { Result as LighthouseResult } from 'lighthouse'
import { METRIC_NAMES, METRIC_TABLE, SAVINGS_METRICS, categoryOf, type MetricValues, type SavingsMetric } from '../model/metrics.js'
import { medianOfSorted } from './stats.js'
import type { Opportunity, PageResult, RunOutcome } from '../model/measurements.js'

// What Lighthouse's results say, summed up over a page's runs: pure, so it is tested on recorded
// results without Chrome.

/** The metrics of one Lighthouse result: a category's score (the performance score, 0–1) and each metric audit's numericValue. */
export function metricsOf(lhr: LighthouseResult): MetricValues {
  const metrics: MetricValues = {}
  for (const name of METRIC_NAMES) {
    const category = categoryOf(name)
    const value = category === undefined ? lhr.audits[METRIC_TABLE[name].audit]?.numericValue : lhr.categories[category]?.score
    if (typeof value === 'number') metrics[name] = value
  }
  return metrics
}

/**
 * A page's runs summed up: the median and min–max of each metric over the successful runs, the run
 * nearest the medians and its findings. `results[i]` is run i's Lighthouse result, when it has one.
 */
export function summarizeRuns(name: string, url: string, runs: RunOutcome[], results: ReadonlyArray<LighthouseResult | undefined>): { page: PageResult; representativeResult?: LighthouseResult } {
  const good = runs.flatMap((run, index) => (run.metrics ? [{ index, metrics: run.metrics }] : []))
  if (good.length === 0) {
    return { page: { name, url, runs, opportunities: [], error: runs.at(-1)?.error ?? 'every run failed' } }
  }
  const median: MetricValues = {}
  const spread: PageResult['spread'] = {}
  for (const name of METRIC_NAMES) {
    const values = good.flatMap((run) => (run.metrics[name] === undefined ? [] : [run.metrics[name] as number]))
    if (values.length === 0) continue
    median[name] = medianOf(values)
    spread[name] = { min: Math.min(...values), max: Math.max(...values) }
  }
  const representative = representativeRun(good, median, spread)
  const lhr = results[representative]
  const benchmarks = good.flatMap(({ index }) => (runs[index]?.benchmarkIndex === undefined ? [] : [runs[index]?.benchmarkIndex as number]))
  const page: PageResult = {
    name,
    url,
    runs,
    median,
    spread,
    representative,
    opportunities: lhr ? opportunitiesOf(lhr) : [],
    ...(benchmarks.length > 0 ? { benchmarkIndex: medianOf(benchmarks) } : {}),
  }
  return { page, ...(lhr ? { representativeResult: lhr } : {}) }
}

export function medianOf(values: readonly number[]): number {
  return medianOfSorted([...values].sort((a, b) => a - b))
}

/** The run whose metrics sit nearest the medians, each metric scaled by its spread so none dominates. */
export function representativeRun(runs: ReadonlyArray<{ index: number; metrics: MetricValues }>, median: MetricValues, spread: NonNullable<PageResult['spread']>): number {
  let best = runs[0]?.index ?? 0
  let bestDistance = Number.POSITIVE_INFINITY
  for (const run of runs) {
    let distance = 0
    for (const name of METRIC_NAMES) {
      const value = run.metrics[name]
      const middle = median[name]
      const range = spread[name]
      if (value === undefined || middle === undefined || !range) continue
      const width = range.max - range.min
      if (width > 0) distance += ((value - middle) / width) ** 2
    }
    if (distance < bestDistance) {
      bestDistance = distance
      best = run.index
    }
  }
  return best
}

/**
 * The audits Lighthouse estimates a gain for, the largest time saving first: the page's bottlenecks.
 * A passing score does not drop one with a metric saving: Lighthouse passes main-thread work and
 * long tasks below its thresholds even when they are all of the page's TBT.
 */
export function opportunitiesOf(lhr: LighthouseResult): Opportunity[] {
  const found: Opportunity[] = []
  for (const audit of Object.values(lhr.audits)) {
    // Not applicable, failed to run, or manual. (Lighthouse scores an informative audit 1.)
    if (audit.score === null) continue
    const details = audit.details as { type?: string; overallSavingsMs?: number; overallSavingsBytes?: number } | undefined
    const metricSavings = (audit.metricSavings ?? {}) as Partial<Record<SavingsMetric, number>>
    const moves = SAVINGS_METRICS.filter((metric) => (metricSavings[metric] ?? 0) > 0)
    // The one main-thread finding Lighthouse 13 gives no metricSavings: informative when the page runs
    // third-party code (passing when it runs none), whose main-thread time is what TBT counts.
    if (audit.id === 'third-parties-insight' && audit.scoreDisplayMode === 'informative') moves.push('TBT')
    const savingsMs = Math.max(details?.overallSavingsMs ?? 0, metricSavings.LCP ?? 0, metricSavings.FCP ?? 0, metricSavings.TBT ?? 0)
    const savingsBytes = details?.overallSavingsBytes ?? 0
    if (moves.length === 0 && !(audit.score < 1 && (savingsMs > 0 || savingsBytes > 0))) continue
    found.push({ id: audit.id, title: audit.title, savingsMs, savingsBytes, ...(audit.metricSavings ? { metricSavings } : {}), moves })
  }
  return found.sort((a, b) => b.savingsMs - a.savingsMs || b.savingsBytes - a.savingsBytes)
}
