import type { BundleComparison } from '../analyze/compare.js'
import type { Bottleneck } from '../analyze/bottlenecks.js'
import type { PairedChange } from '../analyze/stats.js'
import type { EndpointBottleneck } from '../analyze/latency.js'
import type { OpportunityBottleneck } from '../analyze/lighthouse.js'
import type { EndpointLatency, RoundResult } from '../measure/latency.js'
import type { TargetResult } from '../analyze/verdict.js'
import type { Compression } from '../config/config.js'
import { code, formatErrorRate, formatMs, formatPercent, formatRate, formatSignedPercent, formatSignedSize, formatSize } from './format.js'
import type { Report } from './report.js'

type Name = (text: string) => string
const plain: Name = (text) => text

/**
 * The verdict in words a reviewer reads in two seconds. With `plain` names it is also the one-line
 * reason the check fails with.
 */
export function verdictSentence(report: Report, name: Name = plain): string {
  const { verdict } = report
  const first = verdict.blockingFailures[0]
  if (first) {
    const more = verdict.blockingFailures.length - 1
    return `perf-gate failed: ${describeFailure(first, name)}${more > 0 ? ` (and ${more} more)` : ''}`
  }
  const parts: string[] = []
  const bundles = report.comparison.bundles.filter((bundle) => bundle.status !== 'removed').length
  if (bundles > 0) parts.push(`${bundles} ${bundles === 1 ? 'bundle' : 'bundles'} within budget`)
  const pages = report.measurements.lighthouse?.pages.length ?? 0
  if (pages > 0) parts.push(`${pages} ${pages === 1 ? 'page' : 'pages'} within render budgets`)
  const endpoints = report.measurements.latency?.endpoints.length ?? 0
  if (endpoints > 0) parts.push(`${endpoints} ${endpoints === 1 ? 'endpoint' : 'endpoints'} measured under load`)
  if (verdict.budgetFailures > 0) parts.push(`${verdict.budgetFailures} over budget, not blocking (fail-on: ${failOnWords(report)})`)
  if (verdict.regressions > 0) {
    parts.push(`${verdict.regressions} grew more than ${formatPercent(report.settings.regressionThreshold)}, not blocking (fail-on: ${failOnWords(report)})`)
  }
  if (verdict.inconclusive > 0) parts.push(`${verdict.inconclusive} inconclusive (the load generator was CPU-bound)`)
  if (report.baseline.source === 'none') parts.push('no baseline, budgets only')
  return `perf-gate passed: ${parts.join('; ')}`
}

function describeFailure(target: TargetResult, name: Name): string {
  switch (target.kind) {
    case 'bundle-budget':
      return `${name(target.subject)} is ${formatSize(target.actual)}, ${formatSize(target.actual - target.target)} over its ${formatSize(target.target)} budget`
    case 'bundle-regression':
      return `${name(target.subject)} grew ${formatSignedPercent(target.actual)}, more than the ${formatPercent(target.target)} regression threshold`
    case 'latency-p95':
      return `${name(target.subject)} has a p95 of ${formatMs(target.actual)} at normal load, over its ${formatMs(target.target)} budget`
    case 'error-rate':
      return `${name(target.subject)} failed ${formatErrorRate(target.actual)} of requests under load, over the ${formatPercent(target.target)} error-rate budget`
    case 'memory':
      return `the server peaked at ${formatSize(target.actual)} RSS under load, over the ${formatSize(target.target)} memory budget`
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

const METRIC_LABELS: Record<string, string> = { score: 'performance score', fcp: 'FCP', lcp: 'LCP', tbt: 'TBT', cls: 'CLS', si: 'Speed Index', tti: 'TTI' }

function metricLabel(metric: string | undefined): string {
  return METRIC_LABELS[metric ?? ''] ?? String(metric)
}

/** Timings in ms, CLS unitless, the score out of 100 as Lighthouse shows it. */
function formatMetric(metric: string | undefined, value: number): string {
  if (metric === 'score') return String(Math.round(value * 100))
  if (metric === 'cls') return value.toFixed(3)
  return formatMs(value)
}

function failOnWords(report: Report): string {
  const { failOn } = report.settings
  const words = [failOn.budget ? 'budget' : '', failOn.regression ? 'regression' : ''].filter(Boolean)
  return words.length > 0 ? words.join(',') : 'none'
}

/** The report as markdown: a verdict line, then only the phases that have content. */
export function renderMarkdown(report: Report): string {
  const { verdict } = report
  const icon = verdict.passed ? (verdict.regressions + verdict.budgetFailures + verdict.inconclusive > 0 ? '⚠️' : '✅') : '❌'
  const sections = [
    `${icon} **${verdictSentence(report, code)}**`,
    baselinePhase(report),
    bottlenecksPhase(report),
    planPhase(report),
    validationPhase(report),
    loadTestingPhase(report),
    monitoringPhase(report),
  ]
  if (report.notes.length > 0) sections.push(report.notes.map((note) => `> ${note}`).join('\n>\n'))
  return `${sections.filter(Boolean).join('\n\n')}\n`
}

function compressionLabel(compression: Compression): string {
  return compression === 'none' ? 'raw' : compression
}

/** The common compression of all bundles, or undefined when they differ (then each row says its own). */
function sharedCompression(bundles: readonly BundleComparison[]): Compression | undefined {
  const kinds = new Set(bundles.map((bundle) => bundle.compression))
  return kinds.size === 1 ? bundles[0]?.compression : undefined
}

function baselinePhase(report: Report): string {
  const parts = [bundleBaseline(report), lighthouseBaseline(report), latencyBaseline(report)].filter(Boolean)
  if (parts.length === 0) return ''
  return ['### Baseline', baselineIntro(report.baseline), ...parts].join('\n\n')
}

function baselineIntro(baseline: Report['baseline']): string {
  switch (baseline.source) {
    case 'none':
      return `No baseline: ${baseline.reason} Only the absolute budgets were checked.`
    case 'rebuild':
      return `Compared with ${code(baseline.commit.sha?.slice(0, 7) ?? '')}, the merge base with ${code(baseline.ref)}, rebuilt and measured in this job.`
    case 'stored': {
      const which = baseline.commitsBeforeMergeBase === 0 ? `the merge base with ${code(baseline.ref)}` : `${baseline.commitsBeforeMergeBase} commits before the merge base with ${code(baseline.ref)} (the nearest with a report)`
      const run = baseline.runId === undefined ? '' : ` of run ${baseline.runId}`
      return `Compared with the stored report${run} for ${code(baseline.commit.sha?.slice(0, 7) ?? '')}, ${which}.`
    }
    case 'report':
      return `Compared with the report${baseline.commit?.sha ? ` of ${code(baseline.commit.sha.slice(0, 7))}` : ''} (${code(baseline.path)}).`
  }
}

function bundleBaseline(report: Report): string {
  const bundles = report.comparison.bundles
  if (bundles.length === 0) return ''
  const shared = sharedCompression(bundles)
  const withUnit = (size: number, bundle: BundleComparison) => (shared ? formatSize(size) : `${formatSize(size)} ${compressionLabel(bundle.compression)}`)
  const lines = [`#### Bundle sizes${shared ? ` (${compressionLabel(shared)})` : ''}`, '']

  if (report.baseline.source === 'none') {
    lines.push('| Bundle | Raw | Gzip | Brotli | Budget |', '|:--|--:|--:|--:|--:|')
    for (const bundle of bundles) {
      const head = bundle.head ?? { raw: 0, gzip: 0, brotli: 0 }
      lines.push(`| ${code(bundle.name)} | ${formatSize(head.raw)} | ${formatSize(head.gzip)} | ${formatSize(head.brotli)} | ${formatSize(bundle.limit)} ${compressionLabel(bundle.compression)} |`)
    }
    return lines.join('\n')
  }

  const header = ['| Bundle | Base | Head | Change | Budget |', '|:--|--:|--:|--:|--:|']
  const row = (bundle: BundleComparison) => {
    const base = bundle.baseSize === undefined ? '—' : withUnit(bundle.baseSize, bundle)
    const head = bundle.status === 'removed' ? '—' : withUnit(bundle.size, bundle)
    return `| ${code(bundle.name)} | ${base} | ${head} | ${changeCell(bundle)} | ${formatSize(bundle.limit)} |`
  }
  // Biggest movements first; unchanged bundles go under a fold so the table shows what moved.
  const moved = bundles.filter((bundle) => bundle.status !== 'unchanged').sort((a, b) => Math.abs(b.delta ?? b.size) - Math.abs(a.delta ?? a.size))
  const unchanged = bundles.filter((bundle) => bundle.status === 'unchanged')
  if (moved.length > 0) lines.push(...header, ...moved.map(row))
  else lines.push('No bundle changed.')
  if (unchanged.length > 0) {
    lines.push('', `<details><summary>${unchanged.length} unchanged ${unchanged.length === 1 ? 'bundle' : 'bundles'}</summary>`, '', ...header, ...unchanged.map(row), '', '</details>')
  }
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

function lighthouseBaseline(report: Report): string {
  const lighthouse = report.measurements.lighthouse
  if (!lighthouse || lighthouse.pages.length === 0) return ''
  const baseByName = new Map(report.comparison.pages.map((page) => [page.name, page.base]))
  const withBase = report.comparison.pages.some((page) => page.base)
  const lines = [`#### Render performance (Lighthouse, median of ${lighthouse.runsPerPage} ${lighthouse.runsPerPage === 1 ? 'run' : 'runs'})`, '']
  lines.push(`| Page | Score | FCP | ${withBase ? 'LCP (base → head)' : 'LCP'} | TBT | CLS | Speed Index | LCP spread |`, '|:--|--:|--:|--:|--:|--:|--:|--:|')
  for (const page of lighthouse.pages) {
    const median = page.median
    if (!median) {
      lines.push(`| ${code(page.name)} | — | — | — | — | — | — | failed: ${code(page.error ?? 'every run failed')} |`)
      continue
    }
    const cell = (metric: keyof typeof median) => (median[metric] === undefined ? '—' : formatMetric(metric, median[metric] as number))
    const baseLcp = baseByName.get(page.name)?.lcp
    const judgedLcp = report.comparison.pages.find((compared) => compared.name === page.name)?.changes?.lcp
    const lcp = baseLcp === undefined ? cell('lcp') : `${formatMetric('lcp', baseLcp)} → ${cell('lcp')}${judgedLcp ? ` (${changeWithInterval(judgedLcp, formatMs)})` : ''}`
    const range = page.spread?.lcp
    const spread = range ? `${formatMs(range.min)}–${formatMs(range.max)}` : '—'
    lines.push(`| ${code(page.name)} | ${cell('score')} | ${cell('fcp')} | ${lcp} | ${cell('tbt')} | ${cell('cls')} | ${cell('si')} | ${spread} |`)
  }
  return lines.join('\n')
}

function latencyBaseline(report: Report): string {
  const latency = report.measurements.latency
  if (!latency || latency.endpoints.length === 0) return ''
  const connections = latency.endpoints[0]?.normal.connections
  const lines = [`#### API latency (normal load, ${connections} connections)`, '']
  const withBase = report.comparison.endpoints.some((endpoint) => endpoint.base)
  const judged = report.comparison.endpoints.some((endpoint) => endpoint.p95Change)
  lines.push(
    withBase ? `| Endpoint | p50 | p95 (base → head) | p99 | Throughput | Errors |${judged ? ' p95 change (interval) |' : ''}` : '| Endpoint | p50 | p95 | p99 | Throughput | Errors |',
    `|:--|--:|--:|--:|--:|--:|${judged ? '--:|' : ''}`,
  )
  for (const endpoint of report.comparison.endpoints) {
    const { head, base } = endpoint
    const p95 = base ? `${formatMs(base.p95)} → ${formatMs(head.p95)}` : formatMs(head.p95)
    const change = judged ? ` ${endpoint.p95Change ? changeWithInterval(endpoint.p95Change, formatMs) : '—'} |` : ''
    lines.push(`| ${code(endpoint.name)} | ${formatMs(head.p50)} | ${p95} | ${formatMs(head.p99)} | ${formatRate(head.throughput)} | ${formatErrorRate(head.errorRate)} |${change}`)
  }
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

function bottlenecksPhase(report: Report): string {
  const growth = report.bottlenecks.filter((item): item is Bottleneck => item.kind === 'bundle-growth')
  const largest = report.bottlenecks.filter((item): item is Bottleneck => item.kind === 'largest-file')
  const slow = report.bottlenecks.filter((item): item is EndpointBottleneck => item.kind === 'slow-endpoint')
  const opportunities = report.bottlenecks.filter((item): item is OpportunityBottleneck => item.kind === 'lighthouse-opportunity')
  if (growth.length === 0 && largest.length === 0 && slow.length === 0 && opportunities.length === 0) return ''
  const lines = ['### Bottlenecks']
  if (opportunities.length > 0) {
    lines.push('', 'Lighthouse opportunities (estimated savings):', '')
    for (const item of opportunities) {
      const savings = [item.savingsMs > 0 ? formatMs(item.savingsMs) : '', item.savingsBytes > 0 ? formatSize(item.savingsBytes) : ''].filter(Boolean).join(', ')
      lines.push(`- ${code(item.title)} on ${code(item.subject)}: ${savings}`)
    }
  }
  if (slow.length > 0) {
    lines.push('', 'Slowest endpoints (p95 at normal load):', '')
    for (const item of slow) {
      const split = Object.entries(item.serverTiming)
        .sort(([, a], [, b]) => b - a)
        .map(([metric, ms]) => `${code(metric)} ${formatMs(ms)}`)
      const db = item.dbShare === undefined ? '' : `; database ${formatPercent(item.dbShare)} of the response time`
      lines.push(`- ${code(item.subject)}: ${formatMs(item.p95)}, ${formatRate(item.throughput)}${split.length > 0 ? ` — Server-Timing means: ${split.join(', ')}` : ''}${db}`)
    }
  }
  if (growth.length > 0) {
    lines.push('', 'Grew most:', '')
    for (const item of growth) {
      const share = item.share === undefined ? '' : ` (${formatSignedPercent(item.share)})`
      lines.push(`- ${code(item.subject)}: ${formatSignedSize(item.bytes)}${share} ${compressionLabel(item.compression)}`)
    }
  }
  if (largest.length > 0) {
    lines.push('', 'Largest files:', '', '| File | Size | Share |', '|:--|--:|--:|')
    for (const item of largest) {
      lines.push(`| ${code(item.subject)} | ${formatSize(item.bytes)} ${compressionLabel(item.compression)} | ${item.share === undefined ? '—' : formatPercent(item.share)} |`)
    }
  }
  return lines.join('\n')
}

function planPhase(report: Report): string {
  if (report.plan.length === 0) return ''
  const lines = ['### Plan', '']
  report.plan.forEach((item, index) => {
    const ms = item.expectedMs ? `${item.expectedIs === 'upper-bound' ? 'up to' : '≈'} ${formatMs(item.expectedMs)} faster` : ''
    const gain = [ms, item.expectedBytes ? `−${formatSize(item.expectedBytes)}` : ''].filter(Boolean).join(', ')
    const fixes = item.fixesFailure ? ' (fixes a failing target)' : ''
    lines.push(`${index + 1}. ${code(item.subject)}: ${item.action}${gain ? ` — expected ${gain}` : ''}${fixes}`)
  })
  return lines.join('\n')
}

function validationPhase(report: Report): string {
  if (report.validation.length === 0) return ''
  const compressionOf = new Map(report.comparison.bundles.map((bundle) => [bundle.name, bundle.compression]))
  const row = (target: TargetResult) => {
    switch (target.kind) {
      case 'bundle-budget': {
        const unit = compressionLabel(compressionOf.get(target.subject) ?? 'gzip')
        return `| ${code(target.subject)} ≤ ${formatSize(target.target)} ${unit} | ${formatSize(target.actual)} | ${result(target, `over by ${formatSize(target.actual - target.target)}`)} |`
      }
      case 'bundle-regression':
        return `| ${code(target.subject)} grows ≤ ${formatPercent(target.target)} | ${formatSignedPercent(target.actual)} | ${result(target, 'regression')} |`
      case 'latency-p95':
        return `| ${code(target.subject)} p95 < ${formatMs(target.target)} | ${formatMs(target.actual)} | ${result(target, `over by ${formatMs(target.actual - target.target)}`)} |`
      case 'error-rate':
        return `| ${code(target.subject)} errors ≤ ${formatPercent(target.target)} | ${formatErrorRate(target.actual)} | ${result(target, 'too many errors')} |`
      case 'memory':
        return `| server memory < ${formatSize(target.target)} | ${formatSize(target.actual)} | ${result(target, `over by ${formatSize(target.actual - target.target)}`)} |`
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
  const failed = report.validation.filter((target) => !target.passed).sort((a, b) => Number(b.blocking && !b.inconclusive) - Number(a.blocking && !a.inconclusive))
  const passed = report.validation.filter((target) => target.passed)
  const lines = ['### Validation', '']
  if (failed.length > 0) lines.push(...header, ...failed.map(row), '')
  const passedTitle = `${passed.length} of ${report.validation.length} targets pass`
  if (passed.length > 0) lines.push(`<details><summary>${passedTitle}</summary>`, '', ...header, ...passed.map(row), '', '</details>', '')
  else lines.push(`${passedTitle}.`, '')
  lines.push(`Blocking: ${failOnWords(report)} (fail-on).`)
  return lines.join('\n')
}

function result(target: TargetResult, failure: string): string {
  if (target.passed) return '✅ pass'
  if (target.inconclusive) {
    return target.kind === 'latency-p95'
      ? `⚪ inconclusive: ${failure}, but the load generator was CPU-bound; run on a bigger machine or lower connections`
      : '⚪ inconclusive: the confidence interval reaches past the threshold; add rounds (latency-rounds, lighthouse-runs) to settle it'
  }
  return target.blocking ? `❌ ${failure}` : `⚠️ ${failure}, not blocking`
}

function loadTestingPhase(report: Report): string {
  const endpoints = report.measurements.latency?.endpoints ?? []
  if (endpoints.length === 0) return ''
  const lines = ['### Load testing']
  for (const endpoint of endpoints) {
    lines.push('', `${code(endpoint.name)}:`, '', '| Scenario | Connections | p50 | p95 | p99 | Throughput | Errors | Server RSS | Server CPU |', '|:--|--:|--:|--:|--:|--:|--:|--:|--:|')
    lines.push(scenarioRow('normal', endpoint.normal), scenarioRow('peak', endpoint.peak))
    for (const [index, step] of (endpoint.stress?.steps ?? []).entries()) lines.push(scenarioRow(`stress ${index + 1}`, step))
    if (endpoint.stress) lines.push('', breakingPoint(endpoint))
  }
  const rounds = endpoints.flatMap((endpoint) => [endpoint.normal, endpoint.peak, ...(endpoint.stress?.steps ?? [])])
  if (rounds.some((round) => round.saturated)) lines.push('', '⚪ the load generator was CPU-bound in that round: its latencies include the generator’s own waiting.')
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

function monitoringPhase(report: Report): string {
  const reports = (report.measurements.lighthouse?.pages ?? []).filter((page) => page.htmlReport)
  if (reports.length === 0) return ''
  const lines = ['### Monitoring', '', 'Lighthouse reports of the representative runs:', '']
  for (const page of reports) {
    const link = page.htmlReportUrl ? `[${code(page.name)}](${page.htmlReportUrl})` : `${code(page.name)}: ${code(page.htmlReport ?? '')}`
    lines.push(`- ${link}`)
  }
  return lines.join('\n')
}
