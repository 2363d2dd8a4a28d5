import type { PreExistingMode } from '../model/settings.js'
import type { TargetResult } from '../model/analysis.js'
import { targetState } from './verdict.js'

/** The targets that are budgets: what the base can already break. Regressions are against the base by definition. */
const BUDGET_KINDS: ReadonlyArray<TargetResult['kind']> = ['bundle-budget', 'size-limit-time', 'latency-p95', 'error-rate', 'memory', 'lighthouse-metric', 'lighthouse-error']
/** Budgets on readings that move from run to run on the same code; sizes are exact. */
const NOISY_KINDS: ReadonlyArray<TargetResult['kind']> = ['size-limit-time', 'latency-p95', 'error-rate', 'memory', 'lighthouse-metric']

/** A target's identity across the two sides: its kind, subject and metric. */
export function targetKey(target: Pick<TargetResult, 'kind' | 'subject' | 'metric'>): string {
  return `${target.kind}\u0000${target.subject}\u0000${target.metric ?? ''}`
}

/**
 * A pull request is judged for what it changed. Each budget of the head is matched with the same
 * budget judged the same way on the base (`base`: the base's targets, from the same validate
 * functions on the base's own measurements); the head's target keeps the base's reading. A budget
 * the head fails and the base did not meet either (it failed, or its runs straddled the budget) is
 * pre-existing: under `ratchet` it blocks only when `worse` says the head is worse than the base
 * beyond the noise; under `block` as any failed budget. Identical code whose runs sit around a
 * budget fails it on one side and straddles it on the other: that is no change.
 *
 * Under `ratchet`, a noisy reading (memory, a p95, a Lighthouse metric) that the base met and the
 * head misses while being no worse than the base beyond the noise is inconclusive, not failed: the
 * budget lies within the noise of the measurement (next-server peaks anywhere from 180 to 290 MB on
 * the same code), and the pull request cannot be told to have crossed it. Sizes are exact: a
 * bundle that crosses its budget by a byte fails.
 */
export function markPreExisting(
  head: readonly TargetResult[],
  base: readonly TargetResult[],
  worse: (target: TargetResult, baseTarget: TargetResult) => boolean,
  policy: PreExistingMode,
): TargetResult[] {
  const baseByKey = new Map(base.map((target) => [targetKey(target), target]))
  return head.map((target) => {
    if (!BUDGET_KINDS.includes(target.kind)) return target
    const before = baseByKey.get(targetKey(target))
    if (!before || before.unavailable || target.unavailable) return target
    const withBase: TargetResult = target.kind === 'lighthouse-error' ? target : { ...target, base: before.actual }
    const baseState = targetState(before)
    if (targetState(target) !== 'fail') return withBase
    if (baseState === 'pass') {
      if (policy === 'block' || !NOISY_KINDS.includes(target.kind) || worse(target, before)) return withBase
      return { ...withBase, inconclusive: true, withinNoiseOfBase: true }
    }
    if (baseState !== 'fail' && baseState !== 'inconclusive') return withBase
    const isWorse = worse(target, before)
    const preExisting = { worse: isWorse, ...(baseState === 'inconclusive' ? { straddled: true as const } : {}) }
    return { ...withBase, preExisting, blocking: target.blocking && (policy === 'block' || isWorse) }
  })
}

/**
 * Worse beyond the noise, for two readings with no pairs to judge them by (a stored base, a
 * count): past the threshold of the base and at least the floor, in the direction that is worse.
 */
export function worseBeyond(head: number, base: number, threshold: number, floor: number, higherIsBetter = false): boolean {
  const worseBy = higherIsBetter ? base - head : head - base
  return worseBy > Math.max(floor, threshold * Math.abs(base))
}
