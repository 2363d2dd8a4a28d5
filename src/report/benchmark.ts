import { bundleSize, sizeFor } from '../model/measurements.js'
import type { Report } from '../model/report.js'
import { METRIC_NAMES, METRIC_TABLE, type MetricName } from '../model/metrics.js'

/**
 * One entry of github-action-benchmark's `customSmallerIsBetter` input: a JSON array of these.
 * Names are stable from run to run, because the chart joins points by name.
 */
export interface BenchmarkEntry {
  name: string
  unit: string
  value: number
  range?: string
  extra?: string
}

const timing = (metric: MetricName) => METRIC_TABLE[metric].unit === 'ms'
/**
 * The render metrics with a benchmark entry (METRIC_TABLE's `benchmark`): the timings first, then
 * the rest (CLS), in the order benchmark.json has always had them.
 */
const RENDER_METRICS = [...METRIC_NAMES.filter(timing), ...METRIC_NAMES.filter((metric) => !timing(metric))].filter((metric) => METRIC_TABLE[metric].benchmark)

/**
 * Every measured number where smaller is better: bundle sizes, render timings and CLS, latency
 * percentiles. The performance score is left out (bigger is better there). This run's numbers
 * only: the export carries no history, which github-action-benchmark keeps itself and bounds with
 * its `max-items-in-chart` (the README's recipe passes history-size there).
 */
export function benchmarkEntries(report: Report): BenchmarkEntry[] {
  const { measurements, settings } = report
  const entries: BenchmarkEntry[] = []
  const compression = settings.compression === 'none' ? 'raw' : settings.compression
  const inSetting: number[] = []
  // Named as the comparison names them, without content hashes, so that a series goes on across
  // commits; files that strip to one name keep their own.
  const stripped = new Map(report.comparison.bundles.flatMap((bundle) => (bundle.file && !bundle.pairing ? [[bundle.file, bundle.name] as const] : [])))
  for (const measured of measurements.bundles) {
    const bundle = { ...measured, name: stripped.get(measured.name) ?? measured.name }
    const size = sizeFor(bundle, settings.compression)
    const extra = (['raw', 'gzip', 'brotli'] as const).flatMap((kind) => (bundle[kind] === undefined ? [] : [`${kind} ${bundle[kind]} B`])).join(', ')
    if (size !== undefined) {
      inSetting.push(size)
      entries.push({ name: `bundle ${bundle.name} (${compression})`, unit: 'bytes', value: size, extra })
    } else {
      // A check that size-limit measured, in its own compression: the one size it has.
      const own = bundle.compression === 'none' ? 'raw' : bundle.compression
      entries.push({ name: `bundle ${bundle.name} (${own})`, unit: 'bytes', value: bundleSize(bundle), extra: `${extra}, measured by size-limit` })
    }
  }
  if (inSetting.length > 1) entries.push({ name: `all bundles (${compression})`, unit: 'bytes', value: inSetting.reduce((sum, size) => sum + size, 0) })
  for (const page of measurements.lighthouse?.pages ?? []) {
    const median = page.median
    if (!median) continue
    const measured = page.runs.filter((run) => run.metrics).length
    const runs = `median of ${measured} Lighthouse ${measured === 1 ? 'run' : 'runs'}`
    for (const metric of RENDER_METRICS) {
      const value = median[metric]
      const benchmark = METRIC_TABLE[metric].benchmark
      if (value === undefined || !benchmark) continue
      // A timing's min–max over the runs, in ms.
      const spread = timing(metric) ? page.spread?.[metric] : undefined
      entries.push({ name: `${benchmark.name} ${page.name}`, unit: benchmark.unit, value, ...(spread ? { range: `${Math.round(spread.min)}–${Math.round(spread.max)} ms` } : {}), extra: runs })
    }
  }
  for (const endpoint of measurements.latency?.endpoints ?? []) {
    const { latency, connections, throughput } = endpoint.normal
    const extra = `normal load: ${connections} connections, ${Math.round(throughput)} req/s`
    for (const percentile of ['p50', 'p95', 'p99'] as const) {
      entries.push({ name: `${percentile} ${endpoint.name}`, unit: 'ms', value: latency[percentile], extra })
    }
  }
  return entries
}
