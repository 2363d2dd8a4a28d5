// The one description of a target: what it is, its limit, what was measured, its state, and the
// words every surface says it with (the verdict line, the validation table, the annotations and,
// through the verdict line, the check run's title).

import { UNAVAILABLE_BECAUSE } from '../analyze/latency.js'
import { targetState } from '../analyze/verdict.js'
import type { TargetResult, TargetState } from '../model/analysis.js'
import { higherIsBetter } from '../model/metrics.js'
import type { Compression } from '../model/settings.js'
import { compressionLabel, formatErrorRate, formatLimit, formatMetric, formatMs, formatPercent, formatSignedIn, formatSignedPercentAgainst, formatSize, metricLabel, plural } from './format.js'

/** How a surface writes a name from the project: markdown as a code span, plain text as it is. */
export type Name = (text: string) => string
export const plain: Name = (text) => text

export interface DescribeOptions {
  /** How names are written; plain by default. */
  name?: Name
  /** The compression a bundle budget's sizes are in (its bundle's); gzip, the default, when not known. */
  compression?: Compression
}

/** A note on the line of a file that sets a budget, said from the budget's side ("this budget"). */
export interface BudgetNote {
  title: string
  message: string
}

export interface TargetDescription {
  state: TargetState
  /** What was measured, as `name` writes it: a bundle, an endpoint, a page, the server. */
  subject: string
  /** The target as a statement of what it asks, subject and limit included: "`app.js` ≤ 10 kB gzip". */
  goal: string
  /** The limit: "10 kB", "5%", "200 ms"; empty for a page that had to be measurable at all. */
  limit: string
  /** What was measured: "12.3 kB", "+8%"; "—" when nothing could be. */
  actual: string
  /** How it failed, short enough for a table cell: "over by 2.3 kB", "regression". */
  shortfall: string
  /**
   * The state in words, with its mark: "✅ pass", "❌ over by 2.3 kB", "⚠️ regression, not blocking",
   * "⚠️ regression, accepted" (the accept label), "⚪ inconclusive: …", "➖ unavailable — target-url is a server perf-gate did not start".
   */
  stateWords: string
  /** The failure as a sentence, as the verdict line says it: "`app.js` is 12.3 kB, 2.3 kB over its 10 kB budget". */
  failure: string
  /** Why the measurement cannot tell, and what would settle it: for an inconclusive target; for an unavailable one, why there was nothing to measure. */
  settlesIt: string
  /**
   * For a target against an absolute limit set in a file (a bundle, latency, error-rate, memory or
   * Lighthouse budget): the annotation on the line that sets it. Annotations are plain text: names as they are.
   */
  budgetNote?: BudgetNote
}

/** The words of one kind of target; the state's words are built from them. */
type KindWords = Pick<TargetDescription, 'goal' | 'limit' | 'actual' | 'shortfall' | 'failure' | 'budgetNote'>

export function describeTarget(target: TargetResult, options: DescribeOptions = {}): TargetDescription {
  const name = options.name ?? plain
  const measured = kindWords(target, name, options.compression ?? 'gzip')
  const state = targetState(target)
  // Nothing was measured: no number, no shortfall, no annotation; the target says why.
  const words: KindWords = target.unavailable
    ? { goal: measured.goal, limit: measured.limit, actual: '—', shortfall: 'unavailable', failure: `${measured.goal} is not evaluated (unavailable — ${UNAVAILABLE_BECAUSE[target.unavailable]})` }
    : measured
  const settlesIt = target.unavailable ? UNAVAILABLE_BECAUSE[target.unavailable] : settlingWords(target, words.shortfall)
  const preExisting = preExistingWords(target)
  const described = preExisting
    ? {
        ...words,
        shortfall: `${words.shortfall}; ${preExisting}`,
        failure: `${words.failure}; ${preExisting}`,
        ...(words.budgetNote ? { budgetNote: { ...words.budgetNote, message: `${words.budgetNote.message}; ${preExisting}` } } : {}),
      }
    : words
  return {
    state,
    subject: name(target.subject),
    ...described,
    settlesIt,
    stateWords: target.accepted ? `⚠️ ${described.shortfall}, accepted` : stateWords(state, target.blocking, described.shortfall, settlesIt),
  }
}

/**
 * A budget the base already broke, in words: "already over on the base (484 MB), and no worse" —
 * which, under pre-existing: ratchet, is why it does not block — or "…, and worse".
 */
function preExistingWords(target: TargetResult): string {
  if (!target.preExisting) return ''
  const base = target.base === undefined || target.kind === 'lighthouse-error' || target.preExisting.straddled ? '' : ` (${formatReading(target, target.base)})`
  const side = higherIsBetter(target.metric) && target.kind === 'lighthouse-metric' ? 'under' : 'over'
  const over =
    target.kind === 'lighthouse-error' ? 'already failing on the base' : target.preExisting.straddled ? `already at the budget on the base (its runs straddle it)` : `already ${side} on the base`
  return `${over}${base}, ${target.preExisting.worse ? 'and worse than it beyond the noise' : 'and no worse beyond the noise'}`
}

/** A reading of the target's kind (its `actual`, or the base's), formatted as the target's numbers are. */
export function formatReading(target: TargetResult, value: number): string {
  switch (target.kind) {
    case 'bundle-budget':
    case 'memory':
      return formatSize(value)
    case 'size-limit-time':
    case 'latency-p95':
      return formatMs(value)
    case 'error-rate':
      return formatErrorRate(value)
    case 'lighthouse-metric':
    case 'render-regression':
      return formatMetric(target.metric, value)
    case 'latency-regression':
      return formatMs(value)
    default:
      return String(value)
  }
}

/** A judged change as the target holds it: a relative change, or (CLS, a base of 0) a difference in the metric's unit. */
function formatChange(target: TargetResult, value: number): string {
  if (!target.absolute) return formatSignedPercentAgainst(value, target.target)
  return formatSignedIn((reading) => formatReading(target, reading), value)
}

function kindWords(target: TargetResult, name: Name, compression: Compression): KindWords {
  const { subject, actual, target: limit } = target
  const who = name(subject)
  // A size limit is shown exactly as it was set; the amount over it as sizes are.
  const overThis = (format: (value: number) => string, limitFormat = format) => `${format(actual - limit)} over this ${limitFormat(limit)} budget`
  switch (target.kind) {
    case 'bundle-budget':
      return {
        goal: `${who} ≤ ${formatLimit(limit)} ${compressionLabel(compression)}`,
        limit: formatLimit(limit),
        actual: formatSize(actual),
        shortfall: `over by ${formatSize(actual - limit)}`,
        failure: `${who} is ${formatSize(actual)}, ${formatSize(actual - limit)} over its ${formatLimit(limit)} budget`,
        budgetNote: { title: 'Bundle over budget', message: `${subject} is ${formatSize(actual)}, ${overThis(formatSize, formatLimit)}` },
      }
    case 'bundle-regression':
      return {
        goal: `${who} grows ≤ ${formatPercent(limit)}`,
        limit: formatPercent(limit),
        actual: formatSignedPercentAgainst(actual, limit),
        shortfall: 'regression',
        failure: `${who} grew ${formatSignedPercentAgainst(actual, limit)}, more than the ${formatPercent(limit)} regression threshold`,
      }
    case 'size-limit-time':
      return {
        goal: `${who} loads and runs in ≤ ${formatMs(limit)} (size-limit)`,
        limit: formatMs(limit),
        actual: formatMs(actual),
        shortfall: `over by ${formatMs(actual - limit)}`,
        failure: `${who} takes ${formatMs(actual)} to load and run (size-limit), over its ${formatMs(limit)} limit`,
      }
    case 'latency-p95':
      return {
        goal: `${who} p95 < ${formatMs(limit)}`,
        limit: formatMs(limit),
        actual: formatMs(actual),
        shortfall: `over by ${formatMs(actual - limit)}`,
        failure: `${who} has a p95 of ${formatMs(actual)} at normal load, over its ${formatMs(limit)} budget`,
        budgetNote: {
          title: 'p95 latency over budget',
          message:
            // Under the budget yet failed: no request succeeded, so there is no latency to speak of.
            actual > limit
              ? `${subject} has a p95 of ${formatMs(actual)} at normal load, ${overThis(formatMs)}`
              : `${subject} answered no request successfully at normal load; this ${formatMs(limit)} p95 budget cannot be met`,
        },
      }
    case 'error-rate':
      return {
        goal: `${who} errors ≤ ${formatPercent(limit)}`,
        limit: formatPercent(limit),
        actual: formatErrorRate(actual),
        shortfall: 'too many errors',
        failure: `${who} failed ${formatErrorRate(actual)} of requests under load, over the ${formatPercent(limit)} error-rate budget`,
        budgetNote: { title: 'Error rate over budget', message: `${subject} failed ${formatErrorRate(actual)} of requests under load, over this ${formatPercent(limit)} budget` },
      }
    case 'memory':
      // The subject is the server under test, which is no name from the project: said in words.
      return {
        goal: `server memory < ${formatLimit(limit)}`,
        limit: formatLimit(limit),
        actual: formatSize(actual),
        shortfall: `over by ${formatSize(actual - limit)}`,
        failure: `the server peaked at ${formatSize(actual)} RSS under load, over the ${formatLimit(limit)} memory budget`,
        budgetNote: { title: 'Memory over budget', message: `The server peaked at ${formatSize(actual)} RSS under load, ${overThis(formatSize, formatLimit)}` },
      }
    case 'lighthouse-metric': {
      const label = metricLabel(target.metric)
      const format = (value: number) => formatMetric(target.metric, value)
      // A score has a minimum, a timing a maximum: the words turn with the metric's direction.
      const higher = higherIsBetter(target.metric)
      return {
        goal: `${who} ${label} ${higher ? '≥' : '≤'} ${format(limit)}`,
        limit: format(limit),
        actual: format(actual),
        shortfall: higher ? 'under budget' : 'over budget',
        failure: `${who} has a median ${label} of ${format(actual)}, ${higher ? 'under' : 'over'} its ${format(limit)} budget`,
        budgetNote: {
          title: `${capitalized(label)} ${higher ? 'under' : 'over'} budget`,
          message: higher
            ? `${subject} has a median ${label} of ${format(actual)}, under this minimum of ${format(limit)}`
            : `${subject} has a median ${label} of ${format(actual)}, ${overThis(format)}`,
        },
      }
    }
    case 'lighthouse-error':
      return {
        goal: `${who} measurable by Lighthouse`,
        limit: '',
        actual: '—',
        shortfall: `no successful run: ${name(target.detail ?? '')}`,
        failure: `${who} could not be measured by Lighthouse (${target.detail ?? 'every run failed'})`,
      }
    case 'shard':
      // The subject is `2/3`, perf-gate's own words, not a name from the project.
      return {
        goal: `shard ${subject} merged`,
        limit: '',
        actual: '—',
        shortfall: 'not merged',
        failure: `shard ${subject} ${target.detail ?? 'sent no report'}`,
      }
    case 'latency-regression': {
      const limitWords = target.absolute ? `+${formatReading(target, limit)}` : formatPercent(limit)
      return {
        goal: `${who} p95 grows ≤ ${limitWords}`,
        limit: limitWords,
        actual: formatChange(target, actual),
        shortfall: 'regression',
        failure: `${who} p95 grew ${formatChange(target, actual)} against the base${target.base === undefined ? '' : ` (${formatMs(target.base)})`}, more than the ${limitWords} regression threshold`,
      }
    }
    case 'render-regression': {
      const label = metricLabel(target.metric)
      // `actual` is the change of the value: for a score, a fall is the regression.
      const higher = higherIsBetter(target.metric)
      const limitWords = target.absolute ? formatReading(target, limit) : formatPercent(limit)
      // A fall of the score reads as a positive fall.
      const by = formatChange(target, higher ? -actual : actual)
      return {
        goal: `${who} ${label} ${higher ? 'falls' : 'grows'} ≤ ${limitWords}`,
        limit: limitWords,
        actual: formatChange(target, actual),
        shortfall: 'regression',
        failure: `${who} ${label} ${higher ? 'fell' : 'grew'} ${by} against the base${target.base === undefined ? '' : ` (${formatReading(target, target.base)})`}, more than the ${limitWords} regression ${target.absolute ? 'floor' : 'threshold'}`,
      }
    }
  }
}

/** Why an inconclusive target's measurement cannot tell, and what would settle it. */
function settlingWords(target: TargetResult, shortfall: string): string {
  if (target.withinNoiseOfBase) {
    const base = target.base === undefined ? '' : ` (${formatReading(target, target.base)})`
    return `${shortfall}, but no worse than the base${base}, which met it, beyond the noise: the budget lies within what this measurement moves by on the same code; pre-existing: block fails it`
  }
  switch (target.kind) {
    case 'latency-p95':
      return `${shortfall}, but the load generator was CPU-bound; run on a bigger machine or with fewer connections to settle it`
    case 'latency-regression':
      return `the interval of the p95 change reaches past the threshold after ${plural(target.runs ?? 0, 'round')} a side; a higher latency-max-rounds or sampling-timeout settles it`
    case 'render-regression':
      return `the interval of the change reaches past the threshold after ${plural(target.runs ?? 0, 'run')} a side; a higher lighthouse-max-runs or sampling-timeout settles it`
    case 'lighthouse-metric':
      return `the ${plural(target.runs ?? 0, 'run')} straddle the budget; a higher lighthouse-max-runs or sampling-timeout settles it`
    default:
      return 'the measurement cannot tell; measure again to settle it'
  }
}

function stateWords(state: TargetState, blocking: boolean, shortfall: string, settlesIt: string): string {
  switch (state) {
    case 'pass':
      return '✅ pass'
    case 'inconclusive':
      return `⚪ inconclusive: ${settlesIt}`
    case 'unavailable':
      return `➖ unavailable — ${settlesIt}`
    case 'fail':
    case 'regression':
      return blocking ? `❌ ${shortfall}` : `⚠️ ${shortfall}, not blocking`
  }
}

/** A label at the start of a title: "performance score" → "Performance score"; "LCP" stays. */
function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
