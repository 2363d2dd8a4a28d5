import path from 'node:path'
import type { BundleComparison } from '../analyze/compare.js'
import type { RankedBottleneck } from '../analyze/bottlenecks.js'
import type { PairedChange } from '../analyze/stats.js'
import type { EndpointLatency, RoundResult } from '../measure/latency.js'
import { targetState, type TargetResult } from '../analyze/verdict.js'
import type { Compression } from '../config/config.js'
import { code, escapeText, formatErrorRate, formatLimit, plural, formatMetric, metricLabel, formatMs, formatPercent, formatRate, formatSignedPercent, formatSignedSize, formatSize } from './format.js'
import type { Report } from './report.js'
import type { ModuleSize } from '../measure/composition.js'
import { headlineMetrics, trendSeries, type TrendSeries } from '../analyze/trend.js'

type Name = (text: string) => string
const plain: Name = (text) => text

/** ", 2 inconclusive": a count said after a sentence, or nothing when there are none. */
function verdictCounts(count: number, word: string): string {
  return count > 0 ? `; ${count} ${word}` : ''
}

/**
 * The verdict in words a reviewer reads in two seconds. With `plain` names it is also the one-line
 * reason the check fails with.
 */
export function verdictSentence(report: Report, name: Name = plain): string {
  const { verdict } = report
  const first = verdict.blockingFailures[0]
  if (first) {
    const more = verdict.blockingFailures.length - 1
    return `perf-gate failed: ${describeFailure(first, name)}${more > 0 ? ` (and ${more} more)` : ''}${verdictCounts(verdict.inconclusive, 'inconclusive')}`
  }
  const parts: string[] = []
  const bundles = report.comparison.bundles.filter((bundle) => bundle.status !== 'removed').length
  if (bundles > 0) parts.push(`${plural(bundles, 'bundle')} within budget`)
  const pages = report.measurements.lighthouse?.pages.length ?? 0
  if (pages > 0) parts.push(`${plural(pages, 'page')} within render budgets`)
  const endpoints = report.measurements.latency?.endpoints.length ?? 0
  if (endpoints > 0) parts.push(`${plural(endpoints, 'endpoint')} measured under load`)
  if (verdict.budgetFailures > 0) parts.push(`${verdict.budgetFailures} over budget, not blocking (fail-on: ${failOnWords(report)})`)
  if (verdict.regressions > 0) {
    parts.push(`${verdict.regressions} grew more than ${formatPercent(report.settings.regressionThreshold)}, not blocking (fail-on: ${failOnWords(report)})`)
  }
  if (verdict.inconclusive > 0) {
    const undecided = report.validation.filter((target) => target.inconclusive)
    const reasons = [
      undecided.some((target) => target.kind === 'latency-p95') ? 'the load generator was CPU-bound' : '',
      undecided.some((target) => target.kind !== 'latency-p95') ? 'a change too uncertain to judge; more rounds settle it' : '',
    ].filter(Boolean)
    parts.push(`${verdict.inconclusive} inconclusive (${reasons.join('; ')})`)
  }
  if (report.baseline.source === 'none') parts.push('no baseline, budgets only')
  return `perf-gate passed: ${parts.join('; ')}`
}

function describeFailure(target: TargetResult, name: Name): string {
  switch (target.kind) {
    case 'bundle-budget':
      return `${name(target.subject)} is ${formatSize(target.actual)}, ${formatSize(target.actual - target.target)} over its ${formatLimit(target.target)} budget`
    case 'bundle-regression':
      return `${name(target.subject)} grew ${formatSignedPercent(target.actual)}, more than the ${formatPercent(target.target)} regression threshold`
    case 'size-limit-time':
      return `${name(target.subject)} takes ${formatMs(target.actual)} to load and run (size-limit), over its ${formatMs(target.target)} limit`
    case 'latency-p95':
      return `${name(target.subject)} has a p95 of ${formatMs(target.actual)} at normal load, over its ${formatMs(target.target)} budget`
    case 'error-rate':
      return `${name(target.subject)} failed ${formatErrorRate(target.actual)} of requests under load, over the ${formatPercent(target.target)} error-rate budget`
    case 'memory':
      return `the server peaked at ${formatSize(target.actual)} RSS under load, over the ${formatLimit(target.target)} memory budget`
    case 'lighthouse-metric':
      return `${name(target.subject)} has a median ${metricLabel(target.metric)} of ${formatMetric(target.metric, target.actual)}, ${target.metric === 'score' ? 'under' : 'over'} its ${formatMetric(target.metric, target.target)} budget`
    case 'lighthouse-error':
      return `${name(target.subject)} could not be measured by Lighthouse (${target.detail ?? 'every run failed'})`
    case 'latency-regression':
      return `${name(target.subject)} p95 grew ${formatSignedPercent(target.actual)} against the base, more than the ${formatPercent(target.target)} regression threshold`
    case 'render-regression':
      return `${name(target.subject)} ${metricLabel(target.metric)} ${target.metric === 'score' ? 'fell' : 'grew'} ${formatSignedPercent(target.metric === 'score' ? -target.actual : target.actual)} against the base, more than the ${formatPercent(target.target)} regression threshold`
  }
}

function failOnWords(report: Report): string {
  const { failOn } = report.settings
  const words = [failOn.budget ? 'budget' : '', failOn.regression ? 'regression' : ''].filter(Boolean)
  return words.length > 0 ? words.join(',') : 'none'
}

/** GitHub keeps at most 65,536 characters in a comment; the sticky marker takes a few. */
export const COMMENT_MAX_LENGTH = 65_000
/** A check run's output summary holds at most 65,535 characters. */
export const CHECK_SUMMARY_MAX_LENGTH = 65_000
/** The job summary of one step holds at most 1 MiB; characters like ✅ and — take 3 bytes, hence the margin. */
export const JOB_SUMMARY_MAX_LENGTH = 900_000

export interface RenderOptions {
  /** The longest the markdown may be; a longer report shows the first rows of each table. */
  maxLength?: number
}

/** How many rows each table shows; Infinity for the full report. */
interface Layout {
  rows: number
}

// Fewer rows per table until the report fits; each step keeps the tables' first (most important) rows.
const ROW_STEPS = [Infinity, 50, 25, 10, 3]

/**
 * The report as markdown: a verdict line, then only the phases that have content. With maxLength,
 * long tables are cut to their first rows (what moved most, what failed), and the report says so
 * and where the full one is; as a last resort the text is cut at a line boundary.
 */
export function renderMarkdown(report: Report, options: RenderOptions = {}): string {
  const maxLength = options.maxLength ?? Infinity
  let markdown = ''
  for (const rows of ROW_STEPS) {
    markdown = renderWith(report, { rows })
    if (markdown.length <= maxLength) return markdown
  }
  return cutAtLine(markdown, maxLength, report)
}

function renderWith(report: Report, layout: Layout): string {
  const { verdict } = report
  const icon = verdict.passed ? (verdict.regressions + verdict.budgetFailures + verdict.inconclusive > 0 ? '⚠️' : '✅') : '❌'
  const sections = [
    `${icon} **${verdictSentence(report, code)}**`,
    layout.rows === Infinity ? '' : `> This report is long: each table shows its first ${layout.rows} rows. ${whereTheFullReportIs(report)}`,
    baselinePhase(report, layout),
    bottlenecksPhase(report),
    planPhase(report),
    validationPhase(report, layout),
    loadTestingPhase(report, layout),
    monitoringPhase(report, layout),
  ]
  if (report.notes.length > 0) sections.push(limitRows(report.notes, layout, 'notes').filter(Boolean).map((note) => `> ${escapeText(note)}`).join('\n>\n'))
  return `${sections.filter(Boolean).join('\n\n')}\n`
}

/**
 * A link of the report's, when it is a plain https URL: a report read from elsewhere (the fork
 * recipe) must not smuggle a javascript: or markdown-breaking link into the comment.
 */
function safeLink(url: string | undefined): string | undefined {
  return url && /^https:\/\/[^\s()<>[\]`]+$/.test(url) ? url : undefined
}

function whereTheFullReportIs(report: Report): string {
  const artifact = safeLink(report.links?.artifact)
  return artifact
    ? `The full report is in the job summary and in the [report artifact](${artifact}) (report.md, report.json).`
    : 'The full report is in the job summary and in report.md and report.json (the report-path and markdown-path outputs).'
}

/** The last resort: whole lines up to the limit, open <details> closed, and a line that says so. */
function cutAtLine(markdown: string, maxLength: number, report: Report): string {
  const ending = `\n\n> The report was cut here to fit. ${whereTheFullReportIs(report)}\n`
  const room = Math.max(0, maxLength - ending.length - '\n</details>'.length * 4)
  let cut = markdown.slice(0, room)
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')))
  const open = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length
  // A cut inside a code block (a chart) would swallow the rest of the comment: close it first.
  const fences = (cut.match(/^```/gm) ?? []).length
  return `${cut}${fences % 2 === 1 ? '\n```' : ''}${'\n</details>'.repeat(Math.max(0, Math.min(open, 4)))}${ending}`
}

/** The first `layout.rows` lines, and a line that counts the rest. */
function limitRows(rows: readonly string[], layout: Layout, noun: string): string[] {
  if (rows.length <= layout.rows) return [...rows]
  return [...rows.slice(0, layout.rows), '', `…and ${(rows.length - layout.rows).toLocaleString('en-US')} more ${noun} in the full report.`]
}

function compressionLabel(compression: Compression): string {
  return compression === 'none' ? 'raw' : compression
}

/** The common compression of all bundles, or undefined when they differ (then each row says its own). */
function sharedCompression(bundles: readonly BundleComparison[]): Compression | undefined {
  const kinds = new Set(bundles.map((bundle) => bundle.compression))
  return kinds.size === 1 ? bundles[0]?.compression : undefined
}

function baselinePhase(report: Report, layout: Layout): string {
  const parts = [bundleBaseline(report, layout), compositionBaseline(report, layout), lighthouseBaseline(report, layout), latencyBaseline(report, layout)].filter(Boolean)
  if (parts.length === 0) return ''
  return ['### Baseline', baselineIntro(report.baseline), ...parts].join('\n\n')
}

function baselineIntro(baseline: Report['baseline']): string {
  switch (baseline.source) {
    case 'none':
      return `No baseline: ${escapeText(baseline.reason)} Only the absolute budgets were checked.`
    case 'rebuild':
      return `Compared with ${code(baseline.commit.sha?.slice(0, 7) ?? '')}, the merge base with ${code(baseline.ref)}, rebuilt and measured in this job.`
    case 'stored': {
      const which = baseline.commitsBeforeMergeBase === 0 ? `the merge base with ${code(baseline.ref)}` : `${plural(baseline.commitsBeforeMergeBase, 'commit')} before the merge base with ${code(baseline.ref)} (the nearest with a report)`
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
    const rows = [...bundles].sort((a, b) => b.size / (b.limit || 1) - a.size / (a.limit || 1)).map((bundle) => {
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
    lines.push('', `<details><summary>${unchanged.length} unchanged ${unchanged.length === 1 ? 'bundle' : 'bundles'}</summary>`, '', ...header, ...limitRows(unchanged.map(row), layout, 'unchanged bundles'), '', '</details>')
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
      const delta = change.status === 'added' ? 'new' : change.status === 'removed' ? 'removed' : `${formatSignedSize(change.delta)}${change.base ? ` (${formatSignedPercent(change.delta / change.base)})` : ''}`
      return `| ${code(change.asset)} | ${what} | ${size(change.base)} | ${size(change.head)} | ${delta} |`
    })
    lines.push('What changed inside the bundles, largest change first:', '', '| Bundle | Package or module | Base | Head | Change |', '|:--|:--|--:|--:|--:|', ...limitRows(rows, layout, 'changes'))
  } else {
    const rows = composition.assets.map((asset) => {
      const top = asset.packages.slice(0, 3).map((entry) => `${code(entry.name)} ${formatSize(entry.size)}`).join(', ')
      return `| ${code(asset.asset)} | ${formatSize(asset.size)} | ${asset.moduleCount} | ${top} |`
    })
    lines.push('| Bundle | Size | Modules | Largest packages |', '|:--|--:|--:|:--|', ...limitRows(rows, layout, 'bundles'))
    if (report.baseline.source !== 'none') lines.push('', `The base has no ${origin} to compare with.`)
  }
  lines.push('', '<details><summary>What each bundle is made of</summary>')
  for (const asset of composition.assets.slice(0, layout.rows)) {
    const entries = (list: readonly ModuleSize[]) => list.slice(0, COMPOSITION_ROWS).map((entry) => `${code(entry.name)} ${formatSize(entry.size)}`).join(', ')
    const more = asset.packages.length > COMPOSITION_ROWS ? ` and ${asset.packages.length - COMPOSITION_ROWS} more` : ''
    lines.push('', `${code(asset.asset)} (${formatSize(asset.size)}, ${plural(asset.moduleCount, 'module')}): packages ${entries(asset.packages)}${more}; largest modules ${entries(asset.modules)}.`)
  }
  lines.push('', '</details>')
  return lines.join('\n')
}

/** How sure a judged change is, in words: rounds and the interval's confidence. */
function judgedNote(change: PairedChange | undefined): string {
  if (!change) return ''
  return `Changes judged over ${change.pairs} rounds taken in turn on the base and the head: the median difference, and the range it lies in with ${Math.round(change.confidence * 1000) / 10}% confidence (more rounds narrow it).`
}

/** `+25% (+18%…+32%) 🔺`: the change, its interval, and a mark when it is judged a regression. */
function changeWithInterval(change: PairedChange, unit: (value: number) => string): string {
  const relative = (value: number) => (change.baseMean === 0 ? unit(value) : formatSignedPercent(value / change.baseMean))
  const marks: Record<PairedChange['verdict'], string> = { regression: ' 🔺', improvement: ' 🔽', inconclusive: ' ⚪', unchanged: '' }
  return `${relative(change.difference)} (${relative(change.interval[0])}…${relative(change.interval[1])})${marks[change.verdict]}`
}

function lighthouseBaseline(report: Report, layout: Layout): string {
  const lighthouse = report.measurements.lighthouse
  if (!lighthouse || lighthouse.pages.length === 0) return ''
  const baseByName = new Map(report.comparison.pages.map((page) => [page.name, page.base]))
  const withBase = report.comparison.pages.some((page) => page.base)
  const lines = [`#### Render performance (Lighthouse, median of ${plural(lighthouse.runsPerPage, 'run')})`, '']
  lines.push(`| Page | Score | FCP | ${withBase ? 'LCP (base → head)' : 'LCP'} | TBT | CLS | Speed Index | LCP spread |`, '|:--|--:|--:|--:|--:|--:|--:|--:|')
  const rows = lighthouse.pages.map((page) => {
    const median = page.median
    if (!median) return `| ${code(page.name)} | — | — | — | — | — | — | failed: ${code(page.error ?? 'every run failed')} |`
    const cell = (metric: keyof typeof median) => (median[metric] === undefined ? '—' : formatMetric(metric, median[metric] as number))
    const baseLcp = baseByName.get(page.name)?.lcp
    const judgedLcp = report.comparison.pages.find((compared) => compared.name === page.name)?.changes?.lcp
    const lcp = baseLcp === undefined ? cell('lcp') : `${formatMetric('lcp', baseLcp)} → ${cell('lcp')}${judgedLcp ? ` (${changeWithInterval(judgedLcp, formatMs)})` : ''}`
    const range = page.spread?.lcp
    const spread = range ? `${formatMs(range.min)}–${formatMs(range.max)}` : '—'
    return `| ${code(page.name)} | ${cell('score')} | ${cell('fcp')} | ${lcp} | ${cell('tbt')} | ${cell('cls')} | ${cell('si')} | ${spread} |`
  })
  lines.push(...limitRows(rows, layout, 'pages'))
  return lines.join('\n')
}

function latencyBaseline(report: Report, layout: Layout): string {
  const latency = report.measurements.latency
  if (!latency || latency.endpoints.length === 0) return ''
  const connections = latency.endpoints[0]?.normal.connections ?? 0
  const lines = [`#### API latency (normal load, ${plural(connections, 'connection')})`, '']
  const withBase = report.comparison.endpoints.some((endpoint) => endpoint.base)
  const judged = report.comparison.endpoints.some((endpoint) => endpoint.p95Change)
  lines.push(
    withBase ? `| Endpoint | p50 | p95 (base → head) | p99 | Throughput | Errors |${judged ? ' p95 change (interval) |' : ''}` : '| Endpoint | p50 | p95 | p99 | Throughput | Errors |',
    `|:--|--:|--:|--:|--:|--:|${judged ? '--:|' : ''}`,
  )
  const rows = report.comparison.endpoints.map((endpoint) => {
    const { head, base } = endpoint
    const p95 = base ? `${formatMs(base.p95)} → ${formatMs(head.p95)}` : formatMs(head.p95)
    const change = judged ? ` ${endpoint.p95Change ? changeWithInterval(endpoint.p95Change, formatMs) : '—'} |` : ''
    return `| ${code(endpoint.name)} | ${formatMs(head.p50)} | ${p95} | ${formatMs(head.p99)} | ${formatRate(head.throughput)} | ${formatErrorRate(head.errorRate)} |${change}`
  })
  lines.push(...limitRows(rows, layout, 'endpoints'))
  if (judged) lines.push('', judgedNote(report.comparison.endpoints.find((endpoint) => endpoint.p95Change)?.p95Change))
  else if (withBase) lines.push('', 'Latency from one run on each side: a change is shown, not judged.')
  const rounds = latency.endpoints.flatMap((endpoint) => [endpoint.normal, endpoint.peak])
  const peakRss = Math.max(0, ...rounds.map((round) => round.server?.peakRss ?? 0))
  const cpu = Math.max(0, ...rounds.map((round) => round.server?.meanCpu ?? 0))
  lines.push(
    '',
    latency.resourcesMeasured
      ? `Server: ready in ${formatMs(latency.startupMs)}; peak RSS ${formatSize(peakRss)} under load; up to ${cpu.toFixed(2)} CPU cores.`
      : `Server: ready in ${formatMs(latency.startupMs)}; memory and CPU are not measured on this platform (no /proc).`,
  )
  return lines.join('\n')
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

const TOP_BOTTLENECKS = 10

function bottlenecksPhase(report: Report): string {
  if (report.bottlenecks.length === 0) return ''
  const lines = ['### Bottlenecks', '', '| | Where | What | Estimated impact |', '|--:|:--|:--|--:|']
  report.bottlenecks.slice(0, TOP_BOTTLENECKS).forEach((item, index) => lines.push(`| ${index + 1} | ${code(item.subject)} | ${bottleneckWhat(item)} | ${bottleneckImpact(item)} |`))
  if (report.bottlenecks.length > TOP_BOTTLENECKS) lines.push('', `…and ${report.bottlenecks.length - TOP_BOTTLENECKS} more in report.json.`)
  lines.push('', `Ranked by estimated impact on a user: Lighthouse's estimated savings, an endpoint's p95, and bytes as download time on Lighthouse's mobile link (1.6 Mbps).`)
  return lines.join('\n')
}

function bottleneckWhat(item: RankedBottleneck): string {
  switch (item.kind) {
    case 'lighthouse-opportunity': {
      const bytes = item.savingsBytes > 0 ? `, ${formatSize(item.savingsBytes)} less to load` : ''
      return `Lighthouse: ${escapeText(item.title)}${bytes}${movesText(item.moves)}`
    }
    case 'slow-endpoint': {
      const split = Object.entries(item.serverTiming)
        .sort(([, a], [, b]) => b - a)
        .map(([metric, ms]) => `${code(metric)} ${formatMs(ms)}`)
      const db = item.dbShare === undefined ? '' : `; database ${formatPercent(item.dbShare)} of the response time`
      return `endpoint under load: p95 ${formatMs(item.p95)} at ${formatRate(item.throughput)}${split.length > 0 ? `; Server-Timing means ${split.join(', ')}` : ''}${db}`
    }
    case 'bundle-growth': {
      const share = item.share === undefined ? '' : ` (${formatSignedPercent(item.share)})`
      return `grew ${formatSignedSize(item.bytes)}${share} ${compressionLabel(item.compression)}`
    }
    case 'largest-file':
      return `large file: ${formatSize(item.bytes)} ${compressionLabel(item.compression)}${item.share === undefined ? '' : `, ${formatPercent(item.share)} of all bundles`}`
    case 'largest-package':
      return `large package in ${code(item.asset)}: ${formatSize(item.bytes)}${item.gzip ? ` (${formatSize(item.gzip)} gzip)` : ''}${item.share === undefined ? '' : `, ${formatPercent(item.share)} of it`}`
    case 'package-growth':
      return `package grew in ${code(item.asset)}: ${formatSignedSize(item.bytes)}${item.share === undefined ? '' : ` (${formatSignedPercent(item.share)})`}`
    case 'largest-module':
      return `large module of the project in ${code(item.asset)}: ${formatSize(item.bytes)}${item.gzip ? ` (${formatSize(item.gzip)} gzip)` : ''}${item.share === undefined ? '' : `, ${formatPercent(item.share)} of it`}`
  }
}

function bottleneckImpact(item: RankedBottleneck): string {
  switch (item.kind) {
    case 'lighthouse-opportunity': {
      if (item.impactMs > 0) return `≈ ${formatMs(item.impactMs)} faster load`
      // No time saving: a layout shift costs none, and for third-party code or bytes alone Lighthouse estimates none.
      const cls = item.metricSavings?.CLS ?? 0
      return cls > 0 ? `CLS −${formatMetric('cls', cls)}` : 'no estimate'
    }
    case 'slow-endpoint':
      return `${formatMs(item.impactMs)} per request`
    default:
      return `≈ ${formatMs(item.impactMs)} to download`
  }
}

function planPhase(report: Report): string {
  if (report.plan.length === 0) return ''
  const lines = ['### Plan', '', 'What fixes a failing target first, then the most expected gain for the effort:', '']
  report.plan.forEach((item, index) => {
    const ms = item.expectedMs ? `${item.expectedIs === 'upper-bound' ? 'up to' : '≈'} ${formatMs(item.expectedMs)} faster` : ''
    const gain = [ms, item.expectedBytes ? `−${formatSize(item.expectedBytes)}` : ''].filter(Boolean).join(', ')
    const fixes = item.fixesFailure ? ' (fixes a failing target)' : ''
    lines.push(`${index + 1}. ${code(item.subject)}: ${escapeText(item.action)}${gain ? ` — expected ${gain}` : ''}${movesText(item.moves)}; effort ${item.effort}${fixes}`)
  })
  return lines.join('\n')
}

/** Which of Lighthouse's metrics a finding moves, so that a reader sees which failing target it is for. */
function movesText(moves: readonly string[] | undefined): string {
  return moves && moves.length > 0 ? `; moves ${moves.join(', ')}` : ''
}

function validationPhase(report: Report, layout: Layout): string {
  if (report.validation.length === 0) return ''
  const compressionOf = new Map(report.comparison.bundles.flatMap((bundle) => [[bundle.name, bundle.compression] as const, ...(bundle.file ? [[bundle.file, bundle.compression] as const] : [])]))
  const row = (target: TargetResult) => {
    switch (target.kind) {
      case 'bundle-budget': {
        const unit = compressionLabel(compressionOf.get(target.subject) ?? 'gzip')
        return `| ${code(target.subject)} ≤ ${formatLimit(target.target)} ${unit} | ${formatSize(target.actual)} | ${result(target, `over by ${formatSize(target.actual - target.target)}`)} |`
      }
      case 'bundle-regression':
        return `| ${code(target.subject)} grows ≤ ${formatPercent(target.target)} | ${formatSignedPercent(target.actual)} | ${result(target, 'regression')} |`
      case 'size-limit-time':
        return `| ${code(target.subject)} loads and runs in ≤ ${formatMs(target.target)} (size-limit) | ${formatMs(target.actual)} | ${result(target, `over by ${formatMs(target.actual - target.target)}`)} |`
      case 'latency-p95':
        return `| ${code(target.subject)} p95 < ${formatMs(target.target)} | ${formatMs(target.actual)} | ${result(target, `over by ${formatMs(target.actual - target.target)}`)} |`
      case 'error-rate':
        return `| ${code(target.subject)} errors ≤ ${formatPercent(target.target)} | ${formatErrorRate(target.actual)} | ${result(target, 'too many errors')} |`
      case 'memory':
        return `| server memory < ${formatLimit(target.target)} | ${formatSize(target.actual)} | ${result(target, `over by ${formatSize(target.actual - target.target)}`)} |`
      case 'lighthouse-metric': {
        const sign = target.metric === 'score' ? '≥' : '≤'
        return `| ${code(target.subject)} ${metricLabel(target.metric)} ${sign} ${formatMetric(target.metric, target.target)} | ${formatMetric(target.metric, target.actual)} | ${result(target, target.metric === 'score' ? 'under budget' : 'over budget')} |`
      }
      case 'lighthouse-error':
        return `| ${code(target.subject)} measurable by Lighthouse | — | ${result(target, `no successful run: ${code(target.detail ?? '')}`)} |`
      case 'latency-regression':
        return `| ${code(target.subject)} p95 grows ≤ ${formatPercent(target.target)} | ${formatSignedPercent(target.actual)} | ${result(target, 'regression')} |`
      case 'render-regression':
        return `| ${code(target.subject)} ${metricLabel(target.metric)} ${target.metric === 'score' ? 'falls' : 'grows'} ≤ ${formatPercent(target.target)} | ${formatSignedPercent(target.actual)} | ${result(target, 'regression')} |`
    }
  }
  const header = ['| Target | Measured | Result |', '|:--|--:|:--|']
  // The failures are the blocking part: in the open, blocking ones first. Passing targets fold away.
  // Failed and inconclusive targets are in the open, blocking failures first; passing ones fold away.
  const undecided = (target: TargetResult) => targetState(target) === 'inconclusive'
  const failed = report.validation.filter((target) => targetState(target) !== 'pass').sort((a, b) => Number(b.blocking && !undecided(b)) - Number(a.blocking && !undecided(a)))
  const passed = report.validation.filter((target) => targetState(target) === 'pass')
  const lines = ['### Validation', '']
  if (failed.length > 0) lines.push(...header, ...limitRows(failed.map(row), layout, 'failed targets'), '')
  const total = report.validation.length
  const passedTitle = `${passed.length} of ${plural(total, 'target passes', 'targets pass')}${verdictCounts(report.verdict.inconclusive, 'inconclusive')}`
  if (passed.length > 0) lines.push(`<details><summary>${passedTitle}</summary>`, '', ...header, ...limitRows(passed.map(row), layout, 'passing targets'), '', '</details>', '')
  else lines.push(`${passedTitle}.`, '')
  lines.push(`Blocking: ${failOnWords(report)} (fail-on).`)
  return lines.join('\n')
}

/** The words for a target's state, and for an inconclusive one what would settle it. */
function result(target: TargetResult, failure: string): string {
  switch (targetState(target)) {
    case 'pass':
      return '✅ pass'
    case 'inconclusive':
      return `⚪ inconclusive: ${settlesIt(target, failure)}`
    case 'fail':
    case 'regression':
      return target.blocking ? `❌ ${failure}` : `⚠️ ${failure}, not blocking`
  }
}

function settlesIt(target: TargetResult, failure: string): string {
  switch (target.kind) {
    case 'latency-p95':
      return `${failure}, but the load generator was CPU-bound; run on a bigger machine or with fewer connections to settle it`
    case 'latency-regression':
      return 'the interval of the p95 change reaches past the threshold; more latency-rounds settle it'
    case 'render-regression':
      return 'the interval of the change reaches past the threshold; more lighthouse-runs settle it'
    default:
      return 'the measurement cannot tell; measure again to settle it'
  }
}

function loadTestingPhase(report: Report, layout: Layout): string {
  const endpoints = report.measurements.latency?.endpoints ?? []
  if (endpoints.length === 0) return ''
  // One line per endpoint in the open; every round of every scenario under a fold.
  const summary = endpoints.map((endpoint) => {
    const point = endpoint.stress?.breakingPoint
    const breaking = !endpoint.stress ? 'not stress-tested' : point && point.reason !== 'not-reached' ? `${plural(point.connections, 'connection')}, ${formatRate(point.throughput)}` : `none within ${plural(endpoint.stress.steps.length, 'step')}`
    return `| ${code(endpoint.name)} | ${formatMs(endpoint.normal.latency.p95)} | ${formatMs(endpoint.peak.latency.p95)} at ${endpoint.peak.connections} | ${breaking} |`
  })
  const lines = ['### Load testing', '', '| Endpoint | p95 normal | p95 peak (connections) | Breaking point |', '|:--|--:|--:|:--|', ...limitRows(summary, layout, 'endpoints')]
  lines.push('', '<details><summary>Every scenario: normal, peak, stress</summary>')
  for (const endpoint of endpoints.slice(0, layout.rows)) {
    lines.push('', `${code(endpoint.name)}:`, '', '| Scenario | Connections | p50 | p95 | p99 | Throughput | Errors | Server RSS | Server CPU |', '|:--|--:|--:|--:|--:|--:|--:|--:|--:|')
    lines.push(scenarioRow('normal', endpoint.normal), scenarioRow('peak', endpoint.peak))
    for (const [index, step] of (endpoint.stress?.steps ?? []).entries()) lines.push(scenarioRow(`stress ${index + 1}`, step))
    if (endpoint.stress) lines.push('', breakingPoint(endpoint))
  }
  if (endpoints.length > layout.rows) lines.push('', `…and the rounds of ${endpoints.length - layout.rows} more endpoints in the full report.`)
  lines.push('', '</details>')
  const rounds = endpoints.flatMap((endpoint) => [endpoint.normal, endpoint.peak, ...(endpoint.stress?.steps ?? [])])
  if (rounds.some((round) => round.saturated)) lines.push('', '⚪ the load generator was CPU-bound in a round: its latencies include the generator’s own waiting.')
  return lines.join('\n')
}

function scenarioRow(label: string, round: RoundResult): string {
  const rss = round.server ? formatSize(round.server.peakRss) : '—'
  const cpu = round.server ? `${round.server.meanCpu.toFixed(2)} cores` : '—'
  const saturated = round.saturated ? ' ⚪' : ''
  return `| ${label}${saturated} | ${round.connections} | ${formatMs(round.latency.p50)} | ${formatMs(round.latency.p95)} | ${formatMs(round.latency.p99)} | ${formatRate(round.throughput)} | ${formatErrorRate(round.errorRate)} | ${rss} | ${cpu} |`
}

function breakingPoint(endpoint: EndpointLatency): string {
  const point = endpoint.stress?.breakingPoint
  if (!point) return ''
  const at = `${point.connections} connections, ${formatRate(point.throughput)}, p99 ${formatMs(point.p99)}`
  switch (point.reason) {
    case 'error-rate':
      return `Breaking point: ${at}; one step more and errors passed the error-rate budget.`
    case 'latency':
      return `Breaking point: ${at}; one step more and p99 passed the stress bound.`
    case 'throughput-plateau':
      return `Breaking point: ${at}; more connections added no throughput, only waiting.`
    default:
      return `No breaking point within ${endpoint.stress?.steps.length ?? 0} stress steps: the server sustained ${at}.`
  }
}

function monitoringPhase(report: Report, layout: Layout): string {
  const pages = (report.measurements.lighthouse?.pages ?? []).filter((page) => page.htmlReport)
  const series = trendSeries(report.history ?? [], headlineMetrics(report.measurements, report.settings.compression), 'this run')
  const artifact = safeLink(report.links?.artifact)
  const checkRun = safeLink(report.links?.checkRun)
  if (pages.length === 0 && series.length === 0 && !artifact && !checkRun && !report.measurements.composition?.treemap) return ''
  const lines = ['### Monitoring']
  if (series.length > 0) {
    const commits = Math.max(...series.map((line) => line.points.length - 1))
    lines.push('', `Trend over the ${commits} most recent base-branch ${commits === 1 ? 'commit' : 'commits'} with a stored report, and this run:`)
    for (const line of series) lines.push('', ...trendChart(line))
  }
  const treemap = report.measurements.composition?.treemap
  if (artifact) {
    const extras = [pages.length > 0 ? 'the Lighthouse HTML reports' : '', treemap ? `the bundle treemap (${code(path.basename(treemap))}, webpack-bundle-analyzer)` : ''].filter(Boolean)
    lines.push('', `Files: the [report artifact](${artifact}) holds report.json, report.md, benchmark.json (github-action-benchmark's customSmallerIsBetter)${extras.length > 0 ? ` and ${extras.join(' and ')}` : ''}.`)
  } else if (treemap) {
    lines.push('', `Bundle treemap (webpack-bundle-analyzer): ${code(treemap)}`)
  }
  if (checkRun) lines.push('', `The [check run](${checkRun}) on the head commit carries this report, with the failed budgets annotated on the lines that set them.`)
  if (pages.length > 0) {
    lines.push('', 'Lighthouse reports of the representative runs:', '')
    const links = pages.map((page) => `- ${code(page.name)}: ${artifact ? `${code(path.basename(page.htmlReport ?? ''))} in the artifact` : code(page.htmlReport ?? '')}`)
    lines.push(...limitRows(links, layout, 'pages'))
  }
  return lines.join('\n')
}

/** A mermaid line chart, which GitHub draws in comments and summaries. Labels keep only plain characters. */
function trendChart(series: TrendSeries): string[] {
  const inKb = series.metric.unit === 'bytes'
  const value = (raw: number) => (inKb ? Math.round(raw / 100) / 10 : Math.round(raw))
  const unit = inKb ? 'kB' : 'ms'
  const title = `${series.metric.label}, ${unit}`.replace(/[^\w ,./:()-]/g, ' ').slice(0, 80)
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${title}"`,
    `  x-axis [${series.points.map((point) => `"${point.label.replace(/[^\w ]/g, '')}"`).join(', ')}]`,
    `  y-axis "${unit}"`,
    `  line [${series.points.map((point) => value(point.value)).join(', ')}]`,
    '```',
  ]
}
