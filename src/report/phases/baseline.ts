import { peakRssUnderLoad, resourcesUnavailable, unavailableWords } from '../../analyze/latency.js'
import { METRIC_NAMES, METRIC_TABLE } from '../../model/metrics.js'
import type { BundleComparison, PairedChange } from '../../model/analysis.js'
import type { CountedProcesses, ModuleSize } from '../../model/measurements.js'
import type { Report } from '../../model/report.js'
import type { Compression } from '../../model/settings.js'
import { limitRows, type Layout } from '../fit.js'
import {
  code,
  compressionLabel,
  escapeText,
  formatErrorRate,
  formatLimit,
  formatMetric,
  formatMs,
  formatRate,
  formatSignedIn,
  formatSignedPercent,
  formatSignedSize,
  formatSize,
  plural,
} from '../format.js'

/** Baseline: what was compared with what, then the bundles, their composition, render performance and API latency. */
export function baselinePhase(report: Report, layout: Layout): string {
  const parts = [bundleBaseline(report, layout), compositionBaseline(report, layout), lighthouseBaseline(report, layout), latencyBaseline(report, layout)].filter(Boolean)
  if (parts.length === 0) return ''
  return ['### Baseline', baselineIntro(report.baseline, report.alert !== undefined), ...parts].join('\n\n')
}

/** The common compression of all bundles, or undefined when they differ (then each row says its own). */
function sharedCompression(bundles: readonly BundleComparison[]): Compression | undefined {
  const kinds = new Set(bundles.map((bundle) => bundle.compression))
  return kinds.size === 1 ? bundles[0]?.compression : undefined
}

/** `alert`: a push compared with its parent, for an alert. */
function baselineIntro(baseline: Report['baseline'], alert = false): string {
  switch (baseline.source) {
    case 'none':
      return `No baseline: ${escapeText(baseline.reason)} Only the absolute budgets were checked.`
    case 'rebuild':
      if (alert && baseline.commit.sha === baseline.ref) return `Compared with ${code(baseline.ref.slice(0, 7))}, the parent of this commit, rebuilt and measured in this job.`
      return `Compared with ${code(baseline.commit.sha?.slice(0, 7) ?? '')}, the merge base with ${code(baseline.ref)}, rebuilt and measured in this job.`
    case 'stored': {
      const which =
        baseline.commitsBeforeMergeBase === 0
          ? `the merge base with ${code(baseline.ref)}`
          : `${plural(baseline.commitsBeforeMergeBase, 'commit')} before the merge base with ${code(baseline.ref)} (the nearest with a report)`
      const run = baseline.runId === undefined ? '' : ` of run ${baseline.runId}`
      return `Compared with the stored report${run} for ${code(baseline.commit.sha?.slice(0, 7) ?? '')}, ${which}.`
    }
    case 'report':
      return `Compared with the report${baseline.commit?.sha ? ` of ${code(baseline.commit.sha.slice(0, 7))}` : ''} (${code(baseline.path)}).`
  }
}

function bundleBaseline(report: Report, layout: Layout): string {
  const bundles = report.comparison.bundles
  if (bundles.length === 0) return ''
  const shared = sharedCompression(bundles)
  const withUnit = (size: number, bundle: BundleComparison) => (shared ? formatSize(size) : `${formatSize(size)} ${compressionLabel(bundle.compression)}`)
  const lines = [`#### Bundle sizes${shared ? ` (${compressionLabel(shared)})` : ''}`, '']

  if (report.baseline.source === 'none') {
    // The largest first: with many bundles, the ones nearest their budgets lead.
    const rows = [...bundles]
      .sort((a, b) => b.size / (b.limit || 1) - a.size / (a.limit || 1))
      .map((bundle) => {
        const head = bundle.head ?? { raw: 0, gzip: 0, brotli: 0 }
        // A check that size-limit measured has one size only, its compression's: the others are not known.
        const cell = (size: number | undefined) => (size === undefined ? '—' : formatSize(size))
        return `| ${bundleLabel(bundle)} | ${cell(head.raw)} | ${cell(head.gzip)} | ${cell(head.brotli)} | ${formatLimit(bundle.limit)} ${compressionLabel(bundle.compression)} |`
      })
    lines.push('| Bundle | Raw | Gzip | Brotli | Budget |', '|:--|--:|--:|--:|--:|', ...limitRows(rows, layout, 'bundles'))
    return lines.join('\n')
  }

  const header = ['| Bundle | Base | Head | Change | Budget |', '|:--|--:|--:|--:|--:|']
  const row = (bundle: BundleComparison) => {
    const base = bundle.baseSize === undefined ? '—' : withUnit(bundle.baseSize, bundle)
    const head = bundle.status === 'removed' ? '—' : withUnit(bundle.size, bundle)
    return `| ${bundleLabel(bundle)} | ${base} | ${head} | ${changeCell(bundle)} | ${formatLimit(bundle.limit)} |`
  }
  // Biggest movements first; unchanged bundles go under a fold so the table shows what moved.
  const moved = bundles.filter((bundle) => bundle.status !== 'unchanged').sort((a, b) => Math.abs(b.delta ?? b.size) - Math.abs(a.delta ?? a.size))
  const unchanged = bundles.filter((bundle) => bundle.status === 'unchanged')
  if (moved.length > 0) lines.push(...header, ...limitRows(moved.map(row), layout, 'changed bundles'))
  else lines.push('No bundle changed.')
  if (unchanged.length > 0) {
    lines.push(
      '',
      `<details><summary>${unchanged.length} unchanged ${unchanged.length === 1 ? 'bundle' : 'bundles'}</summary>`,
      '',
      ...header,
      ...limitRows(unchanged.map(row), layout, 'unchanged bundles'),
      '',
      '</details>',
    )
  }
  const notes = pairingNotes(bundles)
  if (notes.length > 0) lines.push('', ...limitRows(notes, layout, 'notes on pairing'))
  return lines.join('\n')
}

/**
 * A bundle by its name without hashes, and the file it is: the head's, or the removed base's. Where
 * several files strip to the name, a pair of two different files shows both, base → head.
 */
function bundleLabel(bundle: BundleComparison): string {
  const { file, baseFile } = bundle
  if (bundle.pairing && file && baseFile && file !== baseFile) return `${code(bundle.name)} (${code(baseFile)} → ${code(file)})`
  const shown = file ?? baseFile
  return shown ? `${code(bundle.name)} (${code(shown)})` : code(bundle.name)
}

/** One line per name that several files strip to: how many on each side and how they were paired. */
function pairingNotes(bundles: readonly BundleComparison[]): string[] {
  const byName = new Map<string, BundleComparison[]>()
  for (const bundle of bundles) if (bundle.pairing) byName.set(bundle.name, [...(byName.get(bundle.name) ?? []), bundle])
  const files = (count: number) => `${plural(count, 'file')}`
  return [...byName].map(([name, group]) => {
    const heads = group.filter((bundle) => bundle.status !== 'removed').length
    const bases = group.filter((bundle) => bundle.base !== undefined).length
    const how = [group.some((bundle) => bundle.pairing === 'same-sizes') ? 'identical sizes' : '', group.some((bundle) => bundle.pairing === 'size-order') ? 'size, largest with largest' : '']
      .filter(Boolean)
      .join(', then by ')
    const unpaired = group.filter((bundle) => bundle.pairing === 'unpaired').length
    return `${files(heads)} on the head and ${files(bases)} on the base strip to ${code(name)}: paired by ${how}${unpaired > 0 ? `; ${unpaired} left unpaired` : ''}.`
  })
}

/** How many packages and modules the composition fold names per bundle. */
const COMPOSITION_ROWS = 8

/** What the bundles are made of (webpack stats or source maps): what grew against the base, or the largest packages per bundle. */
function compositionBaseline(report: Report, layout: Layout): string {
  const composition = report.measurements.composition
  if (!composition) return ''
  const origin = composition.source === 'source-maps' ? 'source maps' : 'webpack stats'
  const sizes = composition.sizeKind === 'parsed' ? 'minified sizes' : 'sizes before minification (the bundles were not found)'
  const lines = [`#### Bundle composition (${origin}, ${sizes})`, '']
  const changes = report.comparison.composition
  if (changes.length > 0) {
    const rows = changes.map((change) => {
      const what = change.kind === 'package' ? `package ${code(change.name)}` : `module ${code(change.name)}`
      const size = (value: number | undefined) => (value === undefined ? '—' : formatSize(value))
      const delta =
        change.status === 'added' ? 'new' : change.status === 'removed' ? 'removed' : `${formatSignedSize(change.delta)}${change.base ? ` (${formatSignedPercent(change.delta / change.base)})` : ''}`
      return `| ${code(change.asset)} | ${what} | ${size(change.base)} | ${size(change.head)} | ${delta} |`
    })
    lines.push('What changed inside the bundles, largest change first:', '', '| Bundle | Package or module | Base | Head | Change |', '|:--|:--|--:|--:|--:|', ...limitRows(rows, layout, 'changes'))
  } else {
    const rows = composition.assets.map((asset) => {
      const top = asset.packages
        .slice(0, 3)
        .map((entry) => `${code(entry.name)} ${formatSize(entry.size)}`)
        .join(', ')
      return `| ${code(asset.asset)} | ${formatSize(asset.size)} | ${asset.moduleCount} | ${top} |`
    })
    lines.push('| Bundle | Size | Modules | Largest packages |', '|:--|--:|--:|:--|', ...limitRows(rows, layout, 'bundles'))
    if (report.baseline.source !== 'none') lines.push('', `The base has no ${origin} to compare with.`)
  }
  lines.push('', '<details><summary>What each bundle is made of</summary>')
  for (const asset of composition.assets.slice(0, layout.rows)) {
    const entries = (list: readonly ModuleSize[]) =>
      list
        .slice(0, COMPOSITION_ROWS)
        .map((entry) => `${code(entry.name)} ${formatSize(entry.size)}`)
        .join(', ')
    const more = asset.packages.length > COMPOSITION_ROWS ? ` and ${asset.packages.length - COMPOSITION_ROWS} more` : ''
    lines.push('', `${code(asset.asset)} (${formatSize(asset.size)}, ${plural(asset.moduleCount, 'module')}): packages ${entries(asset.packages)}${more}; largest modules ${entries(asset.modules)}.`)
  }
  lines.push('', '</details>')
  return lines.join('\n')
}

/** How sure a judged change is, in words: how many pairs, the statistic, and what the interval's confidence is. */
function judgedNote(changes: ReadonlyArray<PairedChange | undefined>, what: 'rounds' | 'runs'): string {
  const judged = changes.filter((change): change is PairedChange => change !== undefined)
  if (judged.length === 0) return ''
  const counts = judged.map((change) => change.pairs)
  const [fewest, most] = [Math.min(...counts), Math.max(...counts)]
  const pairs = fewest === most ? `${fewest}` : `${fewest} to ${most}`
  const confidences = [...new Set(judged.map((change) => `${Math.round(change.confidence * 1000) / 10}%`))].join(' or ')
  return (
    `Base → head: each side's median over the same ${pairs} ${what}, taken in turn (as many as it took to decide). ` +
    `The change is the difference of the two; in brackets, where the median paired difference lies with ${confidences} confidence (the sign test's interval, exact for its number of pairs). ` +
    `A regression or an improvement needs 95% and the whole interval past the threshold; below 6 pairs nothing is claimed.`
  )
}

/** A change in the metric's terms: a percentage of the base, or, where a ratio means nothing (CLS, a base of 0), a difference in its unit. */
function signedChange(change: PairedChange, unit: (value: number) => string, value: number): string {
  if (change.change === undefined) return formatSignedIn(unit, value)
  return formatSignedPercent(value / change.base)
}

/** `+25% (+18%…+32%) 🔺`: the change, its interval, and a mark for a regression, an improvement or an undecided change. */
function changeWithInterval(change: PairedChange, unit: (value: number) => string): string {
  const marks: Record<PairedChange['verdict'], string> = { regression: ' 🔺', improvement: ' 🔽', inconclusive: ' ⚪', unchanged: '' }
  const bounds = change.interval.every(Number.isFinite) ? ` (${signedChange(change, unit, change.interval[0])}…${signedChange(change, unit, change.interval[1])})` : ''
  return `${signedChange(change, unit, change.difference)}${bounds}${marks[change.verdict]}`
}

/** "3 runs", or "3–9 runs" when measuring until decided took more on some pages. */
function runCounts(counts: readonly number[], word: string): string {
  const [fewest, most] = [Math.min(...counts), Math.max(...counts)]
  return fewest === most ? plural(fewest, word) : `${fewest}–${most} ${word}s`
}

function lighthouseBaseline(report: Report, layout: Layout): string {
  const lighthouse = report.measurements.lighthouse
  if (!lighthouse || lighthouse.pages.length === 0) return ''
  const comparisonOf = new Map(report.comparison.pages.map((page) => [page.name, page]))
  const counts = lighthouse.pages.flatMap((page) => (page.median ? [page.runs.filter((run) => run.metrics).length] : []))
  const lines = [`#### Render performance (Lighthouse${counts.length > 0 ? `, median of ${runCounts(counts, 'run')}` : ''})`, '']
  lines.push('| Page | Runs | Score | FCP | LCP | TBT | CLS | Speed Index | LCP spread |', '|:--|--:|--:|--:|--:|--:|--:|--:|--:|')
  const rows = lighthouse.pages.map((page) => {
    const median = page.median
    if (!median) return `| ${code(page.name)} | ${page.runs.length} | — | — | — | — | — | — | failed: ${code(page.error ?? 'every run failed')} |`
    const cell = (metric: keyof typeof median) => (median[metric] === undefined ? '—' : formatMetric(metric, median[metric] as number))
    const range = page.spread?.lcp
    const spread = range ? `${formatMs(range.min)}–${formatMs(range.max)}` : '—'
    return `| ${code(page.name)} | ${page.runs.filter((run) => run.metrics).length} | ${cell('score')} | ${cell('fcp')} | ${cell('lcp')} | ${cell('tbt')} | ${cell('cls')} | ${cell('si')} | ${spread} |`
  })
  lines.push(...limitRows(rows, layout, 'pages'))

  // Against the base: one row per page and metric, each side by the statistic its verdict reads.
  const compared = lighthouse.pages.flatMap((page) => {
    const comparison = comparisonOf.get(page.name)
    if (!comparison?.base || !comparison.head) return []
    return METRIC_NAMES.flatMap((metric) => {
      const [before, after] = [comparison.base?.[metric], comparison.head?.[metric]]
      if (before === undefined || after === undefined) return []
      const change = comparison.changes?.[metric]
      const unit = (value: number) => formatMetric(metric, value)
      const difference = change
        ? changeWithInterval(change, unit)
        : METRIC_TABLE[metric].unit === 'unitless' || before === 0
          ? formatSignedIn(unit, after - before)
          : formatSignedPercent((after - before) / before)
      return [`| ${code(page.name)} | ${METRIC_TABLE[metric].label} | ${unit(before)} | ${unit(after)} | ${difference} |`]
    })
  })
  if (compared.length > 0) {
    const judged = report.comparison.pages.flatMap((page) => Object.values(page.changes ?? {}))
    lines.push('', '| Page | Metric | Base | Head | Change |', '|:--|:--|--:|--:|--:|', ...limitRows(compared, layout, 'metrics'))
    lines.push('', judged.length > 0 ? judgedNote(judged, 'runs') : "Base from an earlier run's report, medians on both sides: a change is shown, not judged.")
  }
  return lines.join('\n')
}

function latencyBaseline(report: Report, layout: Layout): string {
  const latency = report.measurements.latency
  if (!latency || latency.endpoints.length === 0) return ''
  const connections = latency.endpoints[0]?.normal.connections ?? 0
  const lines = [`#### API latency (normal load, ${plural(connections, 'connection')})`, '']
  const withBase = report.comparison.endpoints.some((endpoint) => endpoint.base || endpoint.p95Change)
  const judged = report.comparison.endpoints.some((endpoint) => endpoint.p95Change)
  lines.push(
    withBase ? `| Endpoint | p50 | p95 (base → head) | p99 | Throughput | Errors |${judged ? ' p95 change (interval) |' : ''}` : '| Endpoint | p50 | p95 | p99 | Throughput | Errors |',
    `|:--|--:|--:|--:|--:|--:|${judged ? '--:|' : ''}`,
  )
  const rows = report.comparison.endpoints.map((endpoint) => {
    const { head, base, p95Change } = endpoint
    // The p95 both sides are shown by is the one the verdict reads: the paired rounds' medians, when there are some.
    const p95 = p95Change ? `${formatMs(p95Change.base)} → ${formatMs(p95Change.head)}` : base ? `${formatMs(base.p95)} → ${formatMs(head.p95)}` : formatMs(head.p95)
    const change = judged ? ` ${p95Change ? changeWithInterval(p95Change, formatMs) : '—'} |` : ''
    return `| ${code(endpoint.name)} | ${formatMs(head.p50)} | ${p95} | ${formatMs(head.p99)} | ${formatRate(head.throughput)} | ${formatErrorRate(head.errorRate)} |${change}`
  })
  lines.push(...limitRows(rows, layout, 'endpoints'))
  if (judged)
    lines.push(
      '',
      judgedNote(
        report.comparison.endpoints.map((endpoint) => endpoint.p95Change),
        'rounds',
      ),
    )
  else if (withBase) lines.push('', "p95 from one normal round on each side (an earlier run's report for the base): a change is shown, not judged.")
  lines.push('', serverWords(report))
  return lines.join('\n')
}

/**
 * The server's memory and CPU under normal and peak load, the base's beside the head's when the
 * base was measured, and which processes they count.
 */
function serverWords(report: Report): string {
  const latency = report.measurements.latency
  if (!latency) return ''
  const unavailable = resourcesUnavailable(latency)
  const started = latency.startupMs === undefined ? '' : `ready in ${formatMs(latency.startupMs)}; `
  if (latency.target !== undefined) return `Server: the app at ${code(latency.target)} (target-url), which perf-gate did not start; ${unavailableWords('memory and CPU', 'target-url')}.`
  if (unavailable) return `Server: ${started}${unavailableWords('memory and CPU', unavailable)}.`
  const memory = report.validation.find((target) => target.kind === 'memory')
  const peakRss = peakRssUnderLoad(latency) ?? 0
  const cpu = Math.max(0, ...latency.endpoints.flatMap((endpoint) => [endpoint.normal, endpoint.peak]).map((round) => round.server?.meanCpu ?? 0))
  const rss = memory?.base === undefined ? `peak RSS ${formatSize(peakRss)}` : `peak RSS ${formatSize(memory.base)} on the base → ${formatSize(peakRss)} on the head`
  return `Server: ${started}${rss} under normal and peak load; up to ${cpu.toFixed(2)} CPU cores.${countedWords(latency.counted)}`
}

/** " Counted: `next-server (v16.0.0)` and its 3 descendants; not `npm start`, `sh -c next start` in front of it." */
function countedWords(counted: CountedProcesses | undefined): string {
  if (!counted) return ''
  const descendants = counted.processes - 1
  const them = `${code(counted.command)}${descendants > 0 ? ` and ${plural(descendants, 'process', 'processes')} under it` : ''}`
  if (counted.wholeGroup) return ` Counted: the start command's whole process tree (no process of it was seen listening on the port), from ${code(counted.command)}.`
  return ` Counted: ${them}, the process listening on the port${counted.launchers.length > 0 ? `; not ${counted.launchers.map(code).join(', ')} in front of it` : ''}.`
}

function changeCell(bundle: BundleComparison): string {
  switch (bundle.status) {
    case 'added':
      return 'new'
    case 'removed':
      return 'removed'
    case 'unchanged':
      return '0 B'
    default: {
      const percent = bundle.change === undefined ? '' : ` (${formatSignedPercent(bundle.change)})`
      const mark = bundle.regression ? ' 🔺' : ''
      return `${formatSignedSize(bundle.delta ?? 0)}${percent}${mark}`
    }
  }
}
