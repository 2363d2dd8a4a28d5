import type { FailOn } from '../model/settings.js'
import type { BundleMeasurement } from '../model/measurements.js'
import type { BundleComparison, PairedChange, TargetResult, TargetState, Verdict } from '../model/analysis.js'
import type { Acceptance, Report } from '../model/report.js'

/** A bundle as its targets name it: its name, or, where several files strip to that name, its own file. */
export function bundleSubject(bundle: BundleComparison): string {
  return bundle.pairing ? (bundle.file ?? bundle.name) : bundle.name
}

/** Budgets and regressions become targets; `fail-on` says which of their failures block. */
export function validateBundles(comparisons: readonly BundleComparison[], regressionThreshold: number, failOn: FailOn): TargetResult[] {
  const present = comparisons.filter((bundle) => bundle.status !== 'removed')
  const budgets = present.map((bundle): TargetResult => ({
    kind: 'bundle-budget',
    subject: bundleSubject(bundle),
    target: bundle.limit,
    actual: bundle.size,
    passed: !bundle.overBudget,
    blocking: failOn.budget,
  }))
  const regressions = present
    .filter((bundle) => bundle.change !== undefined)
    .map((bundle): TargetResult => ({
      kind: 'bundle-regression',
      subject: bundleSubject(bundle),
      target: regressionThreshold,
      actual: bundle.change ?? 0,
      passed: !bundle.regression,
      // A pair guessed by rank of size may be two different files: shown, but it does not block.
      blocking: failOn.regression && bundle.pairing !== 'size-order',
    }))
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

/**
 * A judged change as a regression target: the relative change against the threshold, or, for a
 * change that has no ratio (CLS; a base of 0), the difference against the floor it had to pass.
 */
export function changeTarget(kind: 'latency-regression' | 'render-regression', subject: string, metric: string | undefined, change: PairedChange, threshold: number, failOn: FailOn): TargetResult {
  const relative = change.change !== undefined
  return {
    kind,
    subject,
    ...(metric ? { metric } : {}),
    target: relative ? threshold : change.limit,
    actual: relative ? (change.change as number) : change.difference,
    ...(relative ? {} : { absolute: true }),
    base: change.base,
    runs: change.pairs,
    passed: change.verdict !== 'regression' && change.verdict !== 'inconclusive',
    ...(change.verdict === 'inconclusive' ? { inconclusive: true } : {}),
    blocking: failOn.regression,
  }
}

const REGRESSION_KINDS: ReadonlyArray<TargetResult['kind']> = ['bundle-regression', 'latency-regression', 'render-regression']

export function targetState(target: TargetResult): TargetState {
  if (target.unavailable) return 'unavailable'
  if (target.inconclusive) return 'inconclusive'
  if (target.passed) return 'pass'
  return REGRESSION_KINDS.includes(target.kind) ? 'regression' : 'fail'
}

/**
 * With the pull request's accept label, each failed regression that would block is shown as it
 * is, a regression, but blocks no more (`accepted`); budgets are left as they are.
 */
export function acceptRegressions(targets: readonly TargetResult[], accepted: Acceptance | undefined): TargetResult[] {
  if (!accepted) return [...targets]
  return targets.map((target) => (target.blocking && targetState(target) === 'regression' ? { ...target, blocking: false, accepted: true } : target))
}

/**
 * The report with its acceptance replaced by `accepted` (none: undefined): what an earlier
 * acceptance unblocked blocks again, the new one is applied, and the verdict is decided anew.
 * For the publishing half of the fork recipe, which trusts only the labels it reads itself.
 */
export function withAcceptance(report: Report, accepted: Acceptance | undefined): Report {
  const revoked = report.validation.map((target) => {
    if (!target.accepted) return target
    const { accepted: _accepted, ...rest } = target
    return { ...rest, blocking: true }
  })
  const { accepted: _earlier, ...rest } = report
  const validation = acceptRegressions(revoked, accepted)
  return { ...rest, validation, verdict: decide(validation), ...(accepted ? { accepted } : {}) }
}

export function decide(targets: readonly TargetResult[]): Verdict {
  const failed = targets.filter((target) => ['fail', 'regression'].includes(targetState(target)))
  const blockingFailures = failed
    .filter((target) => target.blocking)
    // A missing shard first (the check is incomplete), then the furthest over its limit: that is the one a reviewer should look at.
    .sort((a, b) => Number(b.kind === 'shard') - Number(a.kind === 'shard') || b.actual / (b.target || 1) - a.actual / (a.target || 1))
  const preExisting = failed.filter((target) => target.preExisting).length
  return {
    passed: blockingFailures.length === 0,
    budgetFailures: failed.filter((target) => !REGRESSION_KINDS.includes(target.kind)).length,
    ...(preExisting > 0 ? { preExisting } : {}),
    regressions: failed.filter((target) => REGRESSION_KINDS.includes(target.kind)).length,
    inconclusive: targets.filter((target) => targetState(target) === 'inconclusive').length,
    blockingFailures,
  }
}
