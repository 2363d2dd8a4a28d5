import { UNAVAILABLE_BECAUSE } from '../analyze/latency.js'
import { targetState } from '../analyze/verdict.js'
import type { Unavailable } from '../model/analysis.js'
import type { Report } from '../model/report.js'
import { formatPercent, plural } from './format.js'
import { describeTarget, plain, type Name } from './targets.js'

/** How a surface writes free text that is no name from the project (a login): plain, or escaped markdown. */
export type Text = (text: string) => string

/** "; 2 inconclusive": a count said after a sentence, or nothing when there are none. */
export function verdictCounts(count: number, word: string): string {
  return count > 0 ? `; ${count} ${word}` : ''
}

/** Which failures block under `fail-on`, in its own words: "budget,regression", "none". */
export function failOnWords(report: Report): string {
  const { failOn } = report.settings
  const words = [failOn.budget ? 'budget' : '', failOn.regression ? 'regression' : ''].filter(Boolean)
  return words.length > 0 ? words.join(',') : 'none'
}

/** "; 2 already over budget on the base": the failed budgets the base broke too, counted apart from the new ones. */
function preExistingCount(report: Report): string {
  const count = report.verdict.preExisting ?? 0
  return count > 0 ? `; ${count} already over budget on the base` : ''
}

/** How many failed regressions the accept label made non-blocking. */
export function acceptedCount(report: Report): number {
  return report.accepted ? report.validation.filter((target) => target.accepted).length : 0
}

/**
 * "1 regression accepted by @octocat with the label `perf-gate: accept`", or, when who added it is
 * not known, "… with the label `perf-gate: accept`, added by an unknown user"; empty when the label
 * unblocked nothing. The label is the pull request's text: a code span in markdown, quoted in plain text.
 */
export function acceptanceWords(report: Report, name: Name = plain, text: Text = plain): string {
  const count = acceptedCount(report)
  if (!report.accepted || count === 0) return ''
  const { label, by } = report.accepted
  const labelWords = `the label ${name === plain ? JSON.stringify(label) : name(label)}`
  return by ? `${plural(count, 'regression')} accepted by ${text(`@${by}`)} with ${labelWords}` : `${plural(count, 'regression')} accepted with ${labelWords}, added by an unknown user`
}

/** How many targets could not be evaluated at all (nothing to measure them on). */
export function unavailableCount(report: Report): number {
  return report.validation.filter((target) => targetState(target) === 'unavailable').length
}

/** "server memory < 200 MB not evaluated (unavailable — target-url is a server perf-gate did not start)", per reason. */
function unavailableWords(report: Report, name: Name): string[] {
  const byReason = new Map<Unavailable, string[]>()
  for (const target of report.validation) {
    if (!target.unavailable) continue
    byReason.set(target.unavailable, [...(byReason.get(target.unavailable) ?? []), describeTarget(target, { name }).goal])
  }
  return [...byReason].map(([reason, goals]) => `${goals.join(', ')} not evaluated (unavailable — ${UNAVAILABLE_BECAUSE[reason]})`)
}

/**
 * The verdict in words a reviewer reads in two seconds. With `plain` names it is also the one-line
 * reason the check fails with, and the check run's title. `text` writes free text (a login).
 */
export function verdictSentence(report: Report, name: Name = plain, text: Text = plain): string {
  const { verdict } = report
  const accepted = acceptanceWords(report, name, text)
  const first = verdict.blockingFailures[0]
  if (first) {
    const more = verdict.blockingFailures.length - 1
    return `perf-gate failed: ${describeTarget(first, { name }).failure}${more > 0 ? ` (and ${more} more)` : ''}${accepted ? `; ${accepted}` : ''}${preExistingCount(report)}${verdictCounts(verdict.inconclusive, 'inconclusive')}${verdictCounts(unavailableCount(report), 'unavailable')}`
  }
  // Accepted on purpose: said first, with who accepted it.
  const parts: string[] = accepted ? [accepted] : []
  const bundles = report.comparison.bundles.filter((bundle) => bundle.status !== 'removed').length
  if (bundles > 0) parts.push(`${plural(bundles, 'bundle')} within budget`)
  const pages = report.measurements.lighthouse?.pages.length ?? 0
  if (pages > 0) parts.push(`${plural(pages, 'page')} within render budgets`)
  const endpoints = report.measurements.latency?.endpoints.length ?? 0
  if (endpoints > 0) parts.push(`${plural(endpoints, 'endpoint')} measured under load`)
  const preExisting = verdict.preExisting ?? 0
  const newFailures = verdict.budgetFailures - preExisting
  if (newFailures > 0) parts.push(`${newFailures} over budget, not blocking (fail-on: ${failOnWords(report)})`)
  if (preExisting > 0) parts.push(`${preExisting} already over budget on the base and no worse, not blocking (pre-existing: ${report.settings.preExisting ?? 'block'})`)
  const unaccepted = verdict.regressions - acceptedCount(report)
  if (unaccepted > 0) {
    parts.push(`${unaccepted} grew more than ${formatPercent(report.settings.regressionThreshold)}, not blocking (fail-on: ${failOnWords(report)})`)
  }
  if (verdict.inconclusive > 0) {
    const undecided = report.validation.filter((target) => target.inconclusive)
    const reasons = [
      undecided.some((target) => target.kind === 'latency-p95' && !target.withinNoiseOfBase) ? 'the load generator was CPU-bound' : '',
      undecided.some((target) => target.withinNoiseOfBase) ? 'a budget within the noise of a base that met it' : '',
      undecided.some((target) => target.kind === 'lighthouse-metric' && !target.withinNoiseOfBase) ? 'runs that straddle a budget' : '',
      undecided.some((target) => target.kind.endsWith('-regression')) ? 'a change too uncertain to judge' : '',
    ].filter(Boolean)
    parts.push(`${verdict.inconclusive} inconclusive (${reasons.join('; ')}; see Validation)`)
  }
  parts.push(...unavailableWords(report, name))
  if (report.baseline.source === 'none') parts.push('no baseline, budgets only')
  return `perf-gate passed: ${parts.join('; ')}`
}

/**
 * The report's first line: the verdict, marked ✅, ⚠️ (passed with something to look at) or ❌.
 * Regressions accepted with the label were looked at: they leave the mark at ✅.
 */
export function verdictLine(report: Report, name: Name, text: Text): string {
  const { verdict } = report
  const toLookAt = verdict.regressions - acceptedCount(report) + verdict.budgetFailures + verdict.inconclusive
  const icon = verdict.passed ? (toLookAt > 0 ? '⚠️' : '✅') : '❌'
  return `${icon} **${verdictSentence(report, name, text)}**`
}
