import type { TargetResult } from '../../model/analysis.js'
import type { Report } from '../../model/report.js'
import { limitRows, type Layout } from '../fit.js'
import { code, plural } from '../format.js'
import { alertSection } from '../alert.js'
import { describeTarget, type TargetDescription } from '../targets.js'
import { acceptedCount, failOnWords, unavailableCount, verdictCounts } from '../verdict.js'

interface Described {
  target: TargetResult
  words: TargetDescription
}

/** Validation: every target, what it asks, what was measured, and its state. */
export function validationPhase(report: Report, layout: Layout): string {
  if (report.validation.length === 0) return ''
  const compressionOf = new Map(report.comparison.bundles.flatMap((bundle) => [[bundle.name, bundle.compression] as const, ...(bundle.file ? [[bundle.file, bundle.compression] as const] : [])]))
  const described = report.validation.map((target): Described => ({ target, words: describeTarget(target, { name: code, compression: compressionOf.get(target.subject) }) }))
  const row = ({ words }: Described) => `| ${words.goal} | ${words.actual} | ${words.stateWords} |`
  const header = ['| Target | Measured | Result |', '|:--|--:|:--|']
  // Failed, inconclusive and unavailable targets are in the open, blocking failures first; passing ones fold away.
  const blockingFailure = ({ target, words }: Described) => target.blocking && (words.state === 'fail' || words.state === 'regression')
  const failed = described.filter(({ words }) => words.state !== 'pass').sort((a, b) => Number(blockingFailure(b)) - Number(blockingFailure(a)))
  const passed = described.filter(({ words }) => words.state === 'pass')
  const lines = ['### Validation', '']
  if (failed.length > 0) lines.push(...header, ...limitRows(failed.map(row), layout, 'failed targets'), '')
  const total = report.validation.length
  const passedTitle = `${passed.length} of ${plural(total, 'target passes', 'targets pass')}${verdictCounts(report.verdict.inconclusive, 'inconclusive')}${verdictCounts(unavailableCount(report), 'unavailable, not evaluated')}`
  if (passed.length > 0) lines.push(`<details><summary>${passedTitle}</summary>`, '', ...header, ...limitRows(passed.map(row), layout, 'passing targets'), '', '</details>', '')
  else lines.push(`${passedTitle}.`, '')
  const accepted = report.accepted && acceptedCount(report) > 0 ? `; regressions accepted with the label ${code(report.accepted.label)}` : ''
  lines.push(`Blocking: ${failOnWords(report)} (fail-on)${accepted}.`)
  const alert = alertSection(report)
  if (alert) lines.push('', alert)
  return lines.join('\n')
}
