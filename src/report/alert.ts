// The words of an alert: the line of the Validation phase that says which regressions against the
// parent alert, and the body of the commit comment or issue that says it to people.

import { isNoisy } from '../analyze/alert.js'
import type { AlertRegression } from '../model/alert.js'
import type { PairedChange } from '../model/analysis.js'
import type { MetricName } from '../model/metrics.js'
import type { Report } from '../model/report.js'
import { code, compressionLabel, formatMetric, formatMs, formatSignedIn, formatSignedPercent, formatSize, plural } from './format.js'
import { safeLink } from './links.js'
import { describeTarget, type Name } from './targets.js'

/** A base value and a head value in the target's unit: "2.10 ms → 152 ms". */
function fromTo(item: AlertRegression, change: Pick<PairedChange, 'base' | 'head'>): string {
  const { target } = item
  const format = target.kind === 'render-regression' ? (value: number) => formatMetric(target.metric, value) : formatMs
  return `${format(change.base)} → ${format(change.head)}`
}

/** What the first set measured: the medians of its paired rounds, or a bundle's two sizes. */
function firstNumbers(report: Report, item: AlertRegression): string | undefined {
  const { target } = item
  switch (target.kind) {
    case 'bundle-regression': {
      const bundle = report.comparison.bundles.find((candidate) => candidate.name === target.subject || candidate.file === target.subject)
      return bundle?.baseSize === undefined ? undefined : `${formatSize(bundle.baseSize)} → ${formatSize(bundle.size)} ${compressionLabel(bundle.compression)}`
    }
    case 'latency-regression': {
      const change = report.comparison.endpoints.find((endpoint) => endpoint.name === target.subject)?.p95Change
      return change && `p95 ${fromTo(item, change)} over ${plural(change.pairs, 'pair')} of rounds`
    }
    case 'render-regression': {
      const change = report.comparison.pages.find((page) => page.name === target.subject)?.changes?.[target.metric as MetricName]
      return change && `${fromTo(item, change)} over ${plural(change.pairs, 'pair')} of runs`
    }
    default:
      return undefined
  }
}

/** What the second set said of a regression, as a clause: confirmed, not confirmed, or not needed (sizes are exact). */
export function secondSetClause(item: AlertRegression, confirmed: boolean): string {
  if (!isNoisy(item.target)) return 'sizes are exact: no second set needed'
  const second = item.second
  if (!second) return 'not confirmed: the second set of paired rounds could not measure it, no alert'
  const numbers = `${fromTo(item, second)}, ${second.change === undefined ? formatSignedIn((value) => formatMetric(item.target.metric, value), second.difference) : formatSignedPercent(second.change)}`
  return confirmed ? `confirmed by a second set of paired rounds (${numbers})` : `not confirmed by a second set of paired rounds (${numbers}: ${second.verdict}), no alert`
}

/** One regression as a sentence: the report's words for the target, its numbers, and the second set's clause. */
export function alertRegressionLine(report: Report, item: AlertRegression, confirmed: boolean, name: Name = code): string {
  const numbers = firstNumbers(report, item)
  return `${describeTarget(item.target, { name }).failure}${numbers ? ` (${numbers})` : ''}; ${secondSetClause(item, confirmed)}`
}

/** The parent commit the alert compared with, when the base was rebuilt. */
function parentOf(report: Report): string | undefined {
  return report.baseline.source === 'rebuild' ? report.baseline.commit.sha : undefined
}

/** For the Validation phase: which regressions against the parent alert, and which the second set did not confirm. */
export function alertSection(report: Report): string {
  const alert = report.alert
  if (!alert) return ''
  const parent = parentOf(report)
  const against = parent ? `the parent commit ${code(parent.slice(0, 7))}` : 'the parent commit'
  if (alert.confirmed.length === 0 && alert.unconfirmed.length === 0) return `**Alert:** no regression against ${against}; no alert.`
  const lines = [
    alert.confirmed.length > 0
      ? `**Alert:** ${plural(alert.confirmed.length, 'regression')} against ${against} ${alert.confirmed.length === 1 ? 'stands' : 'stand'}:`
      : `**Alert:** no regression against ${against} stands; no alert:`,
    '',
    ...alert.confirmed.map((item) => `- ${alertRegressionLine(report, item, true)}.`),
    ...alert.unconfirmed.map((item) => `- ${alertRegressionLine(report, item, false)}.`),
  ]
  return lines.join('\n')
}

/** Where an alert points: the repository on GitHub, the pushed commit, and the run that measured it. */
export interface AlertContext {
  /** https://github.com/owner/repo */
  repositoryUrl: string
  sha: string
  branch?: string
  /** The workflow run, when the job knows it. */
  runUrl?: string
  /** `@login` and `@org/team`, already checked (alert-mentions). */
  mentions: readonly string[]
}

function commitLink(context: AlertContext, sha: string): string {
  const url = safeLink(`${context.repositoryUrl}/commit/${sha}`)
  return url ? `[${code(sha.slice(0, 7))}](${url})` : code(sha.slice(0, 7))
}

/** Where the run and its report are, as one line; empty when the job knows neither. */
function runLine(report: Report, context: AlertContext): string {
  const run = safeLink(context.runUrl)
  const artifact = safeLink(report.links?.artifact)
  const parts = [run ? `the [workflow run](${run}) has the full report in its job summary` : '', artifact ? `the [report artifact](${artifact}) holds report.json and report.md` : ''].filter(Boolean)
  return parts.length > 0 ? `${capitalized(parts.join('; '))}.` : ''
}

/**
 * The alert as markdown, for a commit comment or an issue's body: who it is for, the commit and its
 * parent, each confirmed regression with its numbers in the report's words, and the run.
 */
export function renderAlert(report: Report, context: AlertContext): string {
  const confirmed = report.alert?.confirmed ?? []
  const unconfirmed = report.alert?.unconfirmed ?? []
  const parent = parentOf(report)
  const branch = context.branch ? ` on ${code(context.branch)}` : ''
  const lines = [
    `### perf-gate: ${plural(confirmed.length, 'performance regression')}${branch}`,
    '',
    ...(context.mentions.length > 0 ? [context.mentions.join(' '), ''] : []),
    `Commit ${commitLink(context, context.sha)} regressed against its parent ${parent ? commitLink(context, parent) : '(not found)'}, rebuilt and measured in the same job:`,
    '',
    ...confirmed.map((item) => `- ${alertRegressionLine(report, item, true)}.`),
  ]
  if (unconfirmed.length > 0)
    lines.push(
      '',
      `${plural(unconfirmed.length, 'more regression')} of the first set of paired rounds ${unconfirmed.length === 1 ? 'was' : 'were'} not confirmed by the second, and alert${unconfirmed.length === 1 ? 's' : ''} nobody.`,
    )
  const run = runLine(report, context)
  if (run) lines.push('', run)
  return `${lines.join('\n')}\n`
}

/** The comment on the alert's issue for a later push where a regression still stands. */
export function renderStillRegressed(report: Report, context: AlertContext): string {
  const confirmed = report.alert?.confirmed ?? []
  const parent = parentOf(report)
  const lines = [
    `Still regressed at ${commitLink(context, context.sha)} (against its parent ${parent ? commitLink(context, parent) : '(not found)'}):`,
    '',
    ...confirmed.map((item) => `- ${alertRegressionLine(report, item, true)}.`),
  ]
  const run = runLine(report, context)
  if (run) lines.push('', run)
  return `${lines.join('\n')}\n`
}

/** What a re-run of an alerted commit says in its commit comment once nothing stands. */
export function renderNoLongerRegressed(report: Report, context: AlertContext): string {
  const parent = parentOf(report)
  const run = runLine(report, context)
  return `### perf-gate: no regression stands\n\nA re-run of ${commitLink(context, context.sha)} found no regression against its parent ${parent ? commitLink(context, parent) : '(not found)'} that a second set of paired rounds confirmed.${run ? `\n\n${run}` : ''}\n`
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
