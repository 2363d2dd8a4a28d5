import type { AlertJudgment, AlertRegression, SecondRounds } from '../model/alert.js'
import type { PairedChange, TargetResult } from '../model/analysis.js'
import type { Measurements } from '../model/measurements.js'
import type { MetricName } from '../model/metrics.js'
import { compareEndpoints, P95_FLOOR_MS, validateLatencyChanges } from './latency.js'
import { comparePages, pairedRenderChanges, validateRenderChanges } from './lighthouse.js'
import { comparePaired } from './stats.js'
import { targetState } from './verdict.js'

// An alert on a push to the base branch goes to people, not to a pull request's author: it is
// raised only for a regression that stands. Bundle sizes are exact; a p95 or a render metric moves
// from round to round, so its regression is measured again, in a second set of paired rounds, and
// alerts only when both sets find it.

/** The regression kinds whose numbers are noisy: judged from paired rounds, confirmed by a second set. */
export const NOISY_KINDS: ReadonlyArray<TargetResult['kind']> = ['latency-regression', 'render-regression']

export function isNoisy(target: TargetResult): boolean {
  return NOISY_KINDS.includes(target.kind)
}

/** The targets that are regressions (not inconclusive, not a failed budget). */
function regressionsOf(validation: readonly TargetResult[]): TargetResult[] {
  return validation.filter((target) => targetState(target) === 'regression')
}

/** The endpoints and pages with a noisy regression among `validation`: what the second set measures again. */
export function subjectsToConfirm(validation: readonly TargetResult[]): { endpoints: string[]; pages: string[] } {
  const noisy = regressionsOf(validation).filter(isNoisy)
  const subjects = (kind: TargetResult['kind']) => [...new Set(noisy.filter((target) => target.kind === kind).map((target) => target.subject))]
  return { endpoints: subjects('latency-regression'), pages: subjects('render-regression') }
}

/**
 * What the first set of paired rounds (riding along in the head's measurements) found regressed,
 * judged as the report judges it: the endpoints and pages to measure again while the servers run.
 */
export function regressionsToConfirm(head: Measurements, threshold: number): { endpoints: string[]; pages: string[] } {
  const failOn = { budget: false, regression: false }
  return subjectsToConfirm([
    ...validateLatencyChanges(compareEndpoints(head.latency, undefined, threshold), threshold, failOn),
    ...validateRenderChanges(comparePages(head.lighthouse, undefined, threshold), threshold, failOn),
  ])
}

/**
 * Which regressions of the report's `validation` alert: every bundle regression, and a noisy one
 * only when the second set of paired rounds judges the same change a regression too (by the same
 * rule: regression-threshold and the metric's floor). A noisy regression the second set could not
 * measure (its server or Chrome failed) is unconfirmed.
 */
export function judgeAlert(validation: readonly TargetResult[], second: SecondRounds, threshold: number): AlertJudgment {
  const judgment: AlertJudgment = { confirmed: [], unconfirmed: [] }
  for (const target of regressionsOf(validation)) {
    if (!isNoisy(target)) {
      judgment.confirmed.push({ target })
      continue
    }
    const again = secondChange(target, second, threshold)
    const item: AlertRegression = { target, ...(again ? { second: again } : {}) }
    if (again?.verdict === 'regression') judgment.confirmed.push(item)
    else judgment.unconfirmed.push(item)
  }
  return judgment
}

function secondChange(target: TargetResult, second: SecondRounds, threshold: number): PairedChange | undefined {
  if (target.kind === 'latency-regression') {
    const rounds = second.endpoints.find((endpoint) => endpoint.name === target.subject)?.paired
    if (!rounds || Math.min(rounds.base.length, rounds.head.length) === 0) return undefined
    return comparePaired(rounds.base, rounds.head, { threshold, floor: P95_FLOOR_MS })
  }
  const page = second.pages.find((candidate) => candidate.name === target.subject)
  if (!page || !target.metric) return undefined
  return pairedRenderChanges(page.runs, page.baseRuns, threshold)?.[target.metric as MetricName]
}
