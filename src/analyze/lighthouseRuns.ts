import type { Result as LighthouseResult } from 'lighthouse'
import { METRIC_NAMES, METRIC_TABLE, SAVINGS_METRICS, categoryOf, type MetricValues, type SavingsMetric } from '../model/metrics.js'
import { medianOf } from './stats.js'
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
 * Lighthouse's pass mark: its report shows a numeric, binary or metricSavings audit as passed at a
 * score of 0.9 or more (`PASS_THRESHOLD` in lighthouse/shared/util.js; core/audits/audit.js scores a
 * metricSavings audit 1 at or above it, else 0 with a saving and 0.5 without).
 */
const LIGHTHOUSE_PASS_THRESHOLD = 0.9

/**
 * Whether Lighthouse's report shows the audit as passed, exactly as its renderer decides
 * (`ReportUtils.showAsPassed`, lighthouse/report/renderer/report-utils.js): manual and not
 * applicable pass; an error or an `informative` audit does not (the renderer puts it in the
 * "failed" clump, `CategoryRenderer._getClumpIdForAuditRef`, and the performance category lists it
 * with the failing insights and diagnostics, above "Passed audits", whatever its score of 1);
 * numeric, binary and metricSavings audits pass at a score of LIGHTHOUSE_PASS_THRESHOLD or more.
 */
export function shownAsPassed(audit: { score: number | null; scoreDisplayMode?: string }): boolean {
  switch (audit.scoreDisplayMode) {
    case 'manual':
    case 'notApplicable':
      return true
    case 'error':
    case 'informative':
      return false
    default:
      return Number(audit.score) >= LIGHTHOUSE_PASS_THRESHOLD
  }
}

/** The savings in ms an opportunity's `savingsMs` is the largest of (INP is not measured in a page load). */
const TIME_SAVINGS = ['FCP', 'LCP', 'TBT'] as const satisfies readonly SavingsMetric[]

/**
 * The audits Lighthouse's report does not pass (shownAsPassed) and estimates a gain for, the largest
 * time saving first: the page's bottlenecks. Main-thread work or JavaScript execution time that
 * Lighthouse passes is no finding, even with a TBT saving; each saving is counted once
 * (claimEachSavingOnce).
 */
export function opportunitiesOf(lhr: LighthouseResult): Opportunity[] {
  const found: Opportunity[] = []
  for (const audit of Object.values(lhr.audits)) {
    // Passed, not applicable or manual. (An audit that failed to run estimates nothing: dropped below.)
    if (shownAsPassed(audit)) continue
    const details = audit.details as { type?: string; overallSavingsMs?: number; overallSavingsBytes?: number } | undefined
    const metricSavings = (audit.metricSavings ?? {}) as Partial<Record<SavingsMetric, number>>
    const moves = SAVINGS_METRICS.filter((metric) => (metricSavings[metric] ?? 0) > 0)
    // The one main-thread finding Lighthouse 13 gives no metricSavings: third-party code, whose
    // main-thread time is what TBT counts. Its insight is `informative` when the page runs third-party
    // code (which the report lists among the failing insights, see shownAsPassed) and passes when it
    // runs none, so only the former reaches this line.
    if (audit.id === 'third-parties-insight' && audit.scoreDisplayMode === 'informative' && !moves.includes('TBT')) moves.push('TBT')
    const savingsMs = Math.max(details?.overallSavingsMs ?? 0, ...TIME_SAVINGS.map((metric) => metricSavings[metric] ?? 0))
    const savingsBytes = details?.overallSavingsBytes ?? 0
    if (moves.length === 0 && savingsMs <= 0 && savingsBytes <= 0) continue
    found.push({ id: audit.id, title: audit.title, savingsMs, savingsBytes, ...(audit.metricSavings ? { metricSavings } : {}), moves })
  }
  return claimEachSavingOnce(found).sort((a, b) => b.savingsMs - a.savingsMs || b.savingsBytes - a.savingsBytes)
}

/** Two estimates of one metric's saving within this fraction of the larger are the same saving. */
const SAME_SAVING = 0.01

/**
 * Who owns a saving several findings of a page claim, most specific first: the audit that names
 * what to change (the scripts that run, the requests that block, the elements that shift) before
 * those that only show where the time goes. Lighthouse 13 gives the page's whole TBT to JavaScript
 * execution time (bootup-time, per script), main-thread work (per kind of work: no file to open)
 * and long tasks (a list of tasks): the first says which script to cut, so it owns it. Audits not
 * listed come after those listed here, before the summaries of SUMMARY_AUDITS.
 */
const SPECIFIC_AUDITS = [
  // Main thread: which script, which third party, which embed to put behind a facade.
  'bootup-time',
  'third-parties-insight',
  'third-party-summary',
  'third-party-facades',
  'forced-reflow-insight',
  'dom-size-insight',
  'dom-size',
  // Paint: what blocks it, how the LCP resource is found, what is loaded for nothing.
  'render-blocking-insight',
  'render-blocking-resources',
  'lcp-discovery-insight',
  'prioritize-lcp-image',
  'unused-javascript',
  'unused-css-rules',
  'legacy-javascript-insight',
  'legacy-javascript',
  'duplicated-javascript-insight',
  'duplicated-javascript',
  'unminified-javascript',
  'unminified-css',
  'uses-text-compression',
  'image-delivery-insight',
  'modern-image-formats',
  'uses-optimized-images',
  'uses-responsive-images',
  'offscreen-images',
  'efficient-animated-content',
  'font-display-insight',
  'font-display',
  'server-response-time',
  'document-latency-insight',
  'redirects',
  'uses-rel-preconnect',
  'modern-http-insight',
  'uses-http2',
  'cache-insight',
  'uses-long-cache-ttl',
  // Layout shifts: the element without dimensions, the animation, the culprits, then the list of shifts.
  'unsized-images',
  'non-composited-animations',
  'cls-culprits-insight',
  'layout-shifts',
]

/** Summaries of where the time goes, which own a saving only when nothing more specific claims it: main-thread work before long tasks. */
const SUMMARY_AUDITS = ['mainthread-work-breakdown', 'long-tasks', 'network-dependency-tree-insight', 'critical-request-chains', 'lcp-breakdown-insight', 'largest-contentful-paint-element']

function ownerRank(id: string): number {
  const specific = SPECIFIC_AUDITS.indexOf(id)
  if (specific >= 0) return specific
  const summary = SUMMARY_AUDITS.indexOf(id)
  return summary >= 0 ? SPECIFIC_AUDITS.length + 1 + summary : SPECIFIC_AUDITS.length
}

/**
 * One page's findings with each saving counted once. When several claim the same saving of a
 * metric (the same estimate, or within 1% of the largest of them), the one that comes first in
 * SPECIFIC_AUDITS … SUMMARY_AUDITS keeps it and the others lose that metric: off their `moves` and
 * `metricSavings`; a finding that lost a time saving has for `savingsMs` the largest of those it
 * has left (Lighthouse's overallSavingsMs is the same load-time estimate as its LCP saving,
 * lighthouse/core/audits/byte-efficiency/byte-efficiency-audit.js, so it goes with it); its bytes
 * are its own and stay. A finding left with no metric, no time and no bytes is dropped. Pure, the
 * same when applied again, whatever the order of the findings, which is kept.
 */
export function claimEachSavingOnce<T extends Opportunity>(findings: readonly T[]): T[] {
  const lost = new Map<T, Set<SavingsMetric>>()
  for (const metric of SAVINGS_METRICS) {
    const saving = (finding: T) => finding.metricSavings?.[metric] ?? 0
    const claims = findings.filter((finding) => saving(finding) > 0).sort((a, b) => saving(b) - saving(a))
    for (let start = 0; start < claims.length;) {
      const largest = saving(claims[start] as T)
      let end = start + 1
      while (end < claims.length && largest - saving(claims[end] as T) <= SAME_SAVING * largest) end++
      const [, ...others] = claims.slice(start, end).sort((a, b) => ownerRank(a.id) - ownerRank(b.id) || a.id.localeCompare(b.id))
      for (const other of others) lost.set(other, new Set([...(lost.get(other) ?? []), metric]))
      start = end
    }
  }
  return findings.flatMap((finding): T[] => {
    const gone = lost.get(finding)
    if (!gone) return [finding]
    const metricSavings = Object.fromEntries(Object.entries(finding.metricSavings ?? {}).filter(([metric]) => !gone.has(metric as SavingsMetric))) as Partial<Record<SavingsMetric, number>>
    const moves = (finding.moves ?? []).filter((metric) => !gone.has(metric))
    const lostTime = TIME_SAVINGS.some((metric) => gone.has(metric))
    const savingsMs = lostTime ? Math.max(0, ...TIME_SAVINGS.map((metric) => metricSavings[metric] ?? 0)) : finding.savingsMs
    if (moves.length === 0 && savingsMs <= 0 && finding.savingsBytes <= 0) return []
    return [{ ...finding, savingsMs, metricSavings, ...(finding.moves ? { moves } : {}) }]
  })
}
