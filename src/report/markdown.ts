import type { BundleComparison } from '../analyze/compare.js'
import type { TargetResult } from '../analyze/verdict.js'
import type { Compression } from '../config/config.js'
import { code, formatPercent, formatSignedPercent, formatSignedSize, formatSize } from './format.js'
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
  const bundles = report.comparison.bundles.filter((bundle) => bundle.status !== 'removed').length
  const parts = [`${bundles} ${bundles === 1 ? 'bundle' : 'bundles'} within budget`]
  if (verdict.budgetFailures > 0) parts.push(`${verdict.budgetFailures} over budget, not blocking (fail-on: ${failOnWords(report)})`)
  if (verdict.regressions > 0) {
    parts.push(`${verdict.regressions} grew more than ${formatPercent(report.settings.regressionThreshold)}, not blocking (fail-on: ${failOnWords(report)})`)
  }
  if (report.baseline.source === 'none') parts.push('no baseline, budgets only')
  return `perf-gate passed: ${parts.join('; ')}`
}

function describeFailure(target: TargetResult, name: Name): string {
  if (target.kind === 'bundle-budget') {
    return `${name(target.subject)} is ${formatSize(target.actual)}, ${formatSize(target.actual - target.target)} over its ${formatSize(target.target)} budget`
  }
  return `${name(target.subject)} grew ${formatSignedPercent(target.actual)}, more than the ${formatPercent(target.target)} regression threshold`
}

function failOnWords(report: Report): string {
  const { failOn } = report.settings
  const words = [failOn.budget ? 'budget' : '', failOn.regression ? 'regression' : ''].filter(Boolean)
  return words.length > 0 ? words.join(',') : 'none'
}

/** The report as markdown: a verdict line, then only the phases that have content. */
export function renderMarkdown(report: Report): string {
  const icon = report.verdict.passed ? (report.verdict.regressions + report.verdict.budgetFailures > 0 ? '⚠️' : '✅') : '❌'
  const sections = [`${icon} **${verdictSentence(report, code)}**`, baselinePhase(report), bottlenecksPhase(report), validationPhase(report)]
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
  const bundles = report.comparison.bundles
  if (bundles.length === 0) return ''
  const shared = sharedCompression(bundles)
  const withUnit = (size: number, bundle: BundleComparison) => (shared ? formatSize(size) : `${formatSize(size)} ${compressionLabel(bundle.compression)}`)
  const lines = ['### Baseline']

  if (report.baseline.source === 'none') {
    lines.push(`No baseline: ${report.baseline.reason} Only the absolute budgets were checked.`, '')
    lines.push('| Bundle | Raw | Gzip | Brotli | Budget |', '|:--|--:|--:|--:|--:|')
    for (const bundle of bundles) {
      const head = bundle.head ?? { raw: 0, gzip: 0, brotli: 0 }
      lines.push(`| ${code(bundle.name)} | ${formatSize(head.raw)} | ${formatSize(head.gzip)} | ${formatSize(head.brotli)} | ${formatSize(bundle.limit)} ${compressionLabel(bundle.compression)} |`)
    }
    return lines.join('\n')
  }

  const { baseline } = report
  const sha = baseline.commit?.sha ? ` of ${code(baseline.commit.sha.slice(0, 7))}` : ''
  lines.push(`Compared with the report${sha} (${code(baseline.path)}). Sizes are ${shared ? compressionLabel(shared) : 'after each bundle’s compression'}.`, '')
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
  const growth = report.bottlenecks.filter((item) => item.kind === 'bundle-growth')
  const largest = report.bottlenecks.filter((item) => item.kind === 'largest-file')
  if (growth.length === 0 && largest.length === 0) return ''
  const lines = ['### Bottlenecks']
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

function validationPhase(report: Report): string {
  if (report.validation.length === 0) return ''
  const compressionOf = new Map(report.comparison.bundles.map((bundle) => [bundle.name, bundle.compression]))
  const row = (target: TargetResult) => {
    if (target.kind === 'bundle-budget') {
      const unit = compressionLabel(compressionOf.get(target.subject) ?? 'gzip')
      return `| ${code(target.subject)} ≤ ${formatSize(target.target)} ${unit} | ${formatSize(target.actual)} | ${result(target, `over by ${formatSize(target.actual - target.target)}`)} |`
    }
    return `| ${code(target.subject)} grows ≤ ${formatPercent(target.target)} | ${formatSignedPercent(target.actual)} | ${result(target, 'regression')} |`
  }
  const header = ['| Target | Measured | Result |', '|:--|--:|:--|']
  // The failures are the blocking part: in the open, blocking ones first. Passing targets fold away.
  const failed = report.validation.filter((target) => !target.passed).sort((a, b) => Number(b.blocking) - Number(a.blocking))
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
  return target.blocking ? `❌ ${failure}` : `⚠️ ${failure}, not blocking`
}
