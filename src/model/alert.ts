import type { PairedChange, TargetResult } from './analysis.js'
import type { RunOutcome } from './measurements.js'

/**
 * On a push with `alert`: the second set of paired rounds, taken on both sides while their servers
 * still run, for only the targets the first set found regressed and whose numbers are noisy.
 */
export interface SecondRounds {
  /** p95 (ms) of each regressed endpoint's second set of rounds, base and head in turn (ABBA). */
  endpoints: Array<{ name: string; paired: { base: number[]; head: number[] } }>
  /** Each regressed page's second set of Lighthouse runs, base and head in turn; run i of each forms a pair. */
  pages: Array<{ name: string; runs: RunOutcome[]; baseRuns: RunOutcome[] }>
}

/** A regression against the parent commit, and what the second set of paired rounds said of it. */
export interface AlertRegression {
  /** The regression target of the first set, as in `validation`. */
  target: TargetResult
  /**
   * The second set's judgment of the same change; absent for a bundle (sizes are exact) and for a
   * noisy target whose second set could not be measured (then it is unconfirmed).
   */
  second?: PairedChange
}

/**
 * What an alert says: the regressions that stand (bundle regressions, and noisy ones that both sets
 * of paired rounds found), and the noisy ones only the first set found, which alert nobody.
 */
export interface AlertJudgment {
  confirmed: AlertRegression[]
  unconfirmed: AlertRegression[]
}
