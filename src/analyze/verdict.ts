import type { FailOn } from '../config/config.js'
import type { BundleComparison } from './compare.js'

/** One line of the Validation phase: a target and whether the head meets it. */
export interface TargetResult {
  kind:
    | 'bundle-budget'
    | 'bundle-regression'
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
  /** Over its limit, but the measurement cannot prove it (the load generator was the bottleneck): neither pass nor fail. */
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
  const budgets = present.map(
    (bundle): TargetResult => ({
      kind: 'bundle-budget',
      subject: bundle.name,
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
        subject: bundle.name,
        target: regressionThreshold,
        actual: bundle.change ?? 0,
        passed: !bundle.regression,
        blocking: failOn.regression,
      }),
    )
  return [...budgets, ...regressions]
}

const REGRESSION_KINDS: ReadonlyArray<TargetResult['kind']> = ['bundle-regression', 'latency-regression', 'render-regression']

export function decide(targets: readonly TargetResult[]): Verdict {
  const failed = targets.filter((target) => !target.passed && !target.inconclusive)
  const blockingFailures = failed
    .filter((target) => target.blocking)
    // The furthest over its limit first: that is the one a reviewer should look at.
    .sort((a, b) => b.actual / (b.target || 1) - a.actual / (a.target || 1))
  return {
    passed: blockingFailures.length === 0,
    budgetFailures: failed.filter((target) => !REGRESSION_KINDS.includes(target.kind)).length,
    regressions: failed.filter((target) => REGRESSION_KINDS.includes(target.kind)).length,
    inconclusive: targets.filter((target) => target.inconclusive).length,
    blockingFailures,
  }
}
