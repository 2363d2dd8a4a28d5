import type { FailOn } from '../config/config.js'
import type { BundleMeasurement } from '../measure/bundles.js'
import type { BundleComparison } from './compare.js'

/** One line of the Validation phase: a target and whether the head meets it. */
export interface TargetResult {
  kind:
    | 'bundle-budget'
    | 'bundle-regression'
    | 'size-limit-time'
    | 'latency-p95'
    | 'latency-regression'
    | 'error-rate'
    | 'memory'
    | 'lighthouse-metric'
    | 'lighthouse-error'
    | 'render-regression'
  subject: string
  /** Which Lighthouse metric (lcp, cls, …) a `lighthouse-metric` target is about. */
  metric?: string
  /** What went wrong, for a target that could not be measured. */
  detail?: string
  /** The limit: bytes for sizes and memory, ms for latency, a fraction for rates and thresholds. */
  target: number
  /** What was measured, in the same unit. */
  actual: number
  passed: boolean
  /**
   * The measurement cannot tell (the load generator was the bottleneck; a change's interval
   * reaches past the threshold): neither met nor failed, and `passed` is false.
   */
  inconclusive?: boolean
  /** Whether a failure of this target fails the check under `fail-on`. */
  blocking: boolean
}

export interface Verdict {
  passed: boolean
  budgetFailures: number
  regressions: number
  inconclusive: number
  /** The failed targets that fail the check, most serious first. */
  blockingFailures: TargetResult[]
}

/** Budgets and regressions become targets; `fail-on` says which of their failures block. */
export function validateBundles(comparisons: readonly BundleComparison[], regressionThreshold: number, failOn: FailOn): TargetResult[] {
  const present = comparisons.filter((bundle) => bundle.status !== 'removed')
  // Where several files strip to one name, each target names its own file.
  const subjectOf = (bundle: BundleComparison) => (bundle.pairing ? (bundle.file ?? bundle.name) : bundle.name)
  const budgets = present.map(
    (bundle): TargetResult => ({
      kind: 'bundle-budget',
      subject: subjectOf(bundle),
      target: bundle.limit,
      actual: bundle.size,
      passed: !bundle.overBudget,
      blocking: failOn.budget,
    }),
  )
  const regressions = present
    .filter((bundle) => bundle.change !== undefined)
    .map(
      (bundle): TargetResult => ({
        kind: 'bundle-regression',
        subject: subjectOf(bundle),
        target: regressionThreshold,
        actual: bundle.change ?? 0,
        passed: !bundle.regression,
        // A pair guessed by rank of size may be two different files: shown, but it does not block.
        blocking: failOn.regression && bundle.pairing !== 'size-order',
      }),
    )
  return [...budgets, ...regressions]
}

/**
 * A size-limit check's time limit: what its time plugin measured (loading plus running, in ms)
 * against the limit. The size of every check is a bundle budget like any other.
 */
export function validateSizeLimitTimes(bundles: readonly BundleMeasurement[], failOn: FailOn): TargetResult[] {
  return bundles.flatMap((bundle): TargetResult[] => {
    const measured = bundle.sizeLimit
    if (measured?.timeLimit === undefined) return []
    const actual = (measured.loading ?? 0) + (measured.running ?? 0)
    return [{ kind: 'size-limit-time', subject: bundle.name, target: measured.timeLimit, actual, passed: actual <= measured.timeLimit, blocking: failOn.budget }]
  })
}

const REGRESSION_KINDS: ReadonlyArray<TargetResult['kind']> = ['bundle-regression', 'latency-regression', 'render-regression']

/**
 * The four states a target is in, the same on every surface: met; over a budget; a regression
 * against the base; or inconclusive, when the measurement cannot tell (neither met nor failed).
 * Whether a failure blocks is `blocking`, said next to the state.
 */
export type TargetState = 'pass' | 'fail' | 'regression' | 'inconclusive'

export function targetState(target: TargetResult): TargetState {
  if (target.inconclusive) return 'inconclusive'
  if (target.passed) return 'pass'
  return REGRESSION_KINDS.includes(target.kind) ? 'regression' : 'fail'
}

export function decide(targets: readonly TargetResult[]): Verdict {
  const failed = targets.filter((target) => ['fail', 'regression'].includes(targetState(target)))
  const blockingFailures = failed
    .filter((target) => target.blocking)
    // The furthest over its limit first: that is the one a reviewer should look at.
    .sort((a, b) => b.actual / (b.target || 1) - a.actual / (a.target || 1))
  return {
    passed: blockingFailures.length === 0,
    budgetFailures: failed.filter((target) => !REGRESSION_KINDS.includes(target.kind)).length,
    regressions: failed.filter((target) => REGRESSION_KINDS.includes(target.kind)).length,
    inconclusive: targets.filter((target) => targetState(target) === 'inconclusive').length,
    blockingFailures,
  }
}
