import { mersenne } from 'pure-rand'
import type { PairedChange } from '../model/analysis.js'

export interface PairedRule {
  /** Relative change that counts (regression-threshold), of the base's median. */
  threshold: number
  /** Absolute change below which nothing counts, in the metric's unit: 1 ms → 2 ms is not "+100%". */
  floor: number
  /** For metrics where bigger is better (the performance score). */
  higherIsBetter?: boolean
  /** A metric whose ratio means nothing (CLS): the change is the difference alone, and only the floor counts. */
  absolute?: boolean
}

/** The confidence a regression or an improvement needs. */
export const CONFIDENCE = 0.95

/** The median of values already sorted ascending. */
export function medianOfSorted(sorted: readonly number[]): number {
  if (sorted.length === 0) return 0
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

export function medianOf(values: readonly number[]): number {
  return medianOfSorted([...values].sort((a, b) => a - b))
}

/** P(X ≤ k) for X ~ Binomial(n, 1/2), exactly (n is a count of runs or rounds: small). */
function binomialHalfCdf(n: number, k: number): number {
  let term = 0.5 ** n
  let sum = 0
  for (let i = 0; i <= k; i++) {
    sum += term
    term = (term * (n - i)) / (i + 1)
  }
  return Math.min(1, sum)
}

/**
 * The distribution-free interval of a median from n values: the order statistics x(k) and
 * x(n+1−k), which hold the true median with probability 1 − 2·P(Bin(n, ½) ≤ k−1), whatever the
 * distribution (the sign test's interval). k is the largest that still gives `CONFIDENCE`; below 6
 * values no k does, and the interval is the whole range, with the confidence it really has (75%
 * for 3 values): valid for its runs, but never enough to claim a change. The bootstrap this replaces
 * claimed 95% from 3 runs and flipped sign on identical code.
 */
export function medianInterval(values: readonly number[]): { interval: [number, number]; confidence: number } {
  const sorted = [...values].sort((a, b) => a - b)
  const n = sorted.length
  if (n === 0) return { interval: [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY], confidence: 0 }
  let k = 1
  while (k + 1 <= Math.floor((n + 1) / 2) && 1 - 2 * binomialHalfCdf(n, k) >= CONFIDENCE) k++
  return { interval: [sorted[k - 1] as number, sorted[n - k] as number], confidence: n === 1 ? 0 : 1 - 2 * binomialHalfCdf(n, k - 1) }
}

/**
 * Base and head are measured in alternating rounds (ABBA), so that machine noise hits both alike;
 * each pair gives a difference. The figures shown are each side's median over the same pairs, and
 * the change is the difference of the two. Whether it counts is judged on the paired differences:
 * the sign test's interval of their median (`medianInterval`). A regression only when that interval
 * has at least 95% confidence (6 pairs or more) and lies wholly past the limit (the threshold of the
 * base's median, and at least the floor); an improvement likewise the other way. Unchanged when
 * the interval, at whatever confidence its pairs give, lies within the limit (every pair so close
 * claims nothing); otherwise inconclusive, which more pairs would settle.
 */
export function comparePaired(base: readonly number[], head: readonly number[], rule: PairedRule): PairedChange {
  const pairs = Math.min(base.length, head.length)
  const sign = rule.higherIsBetter ? -1 : 1
  const baseMedian = medianOf(base.slice(0, pairs))
  const headMedian = medianOf(head.slice(0, pairs))
  // Worse is positive: a longer time, a lower score.
  const worse = Array.from({ length: pairs }, (_, index) => sign * ((head[index] as number) - (base[index] as number)))
  const { interval, confidence } = medianInterval(worse)
  const limit = rule.absolute ? rule.floor : Math.max(rule.floor, rule.threshold * Math.abs(baseMedian))
  const sure = confidence >= CONFIDENCE
  let verdict: PairedChange['verdict'] = 'inconclusive'
  if (sure && interval[0] > limit) verdict = 'regression'
  else if (sure && interval[1] < -limit) verdict = 'improvement'
  // No pair is far enough the worse way to make a regression possible: nothing is claimed.
  else if (interval[1] <= limit) verdict = 'unchanged'

  const bounds = [sign * interval[0], sign * interval[1]].sort((a, b) => a - b) as [number, number]
  const difference = headMedian - baseMedian
  return {
    pairs,
    base: baseMedian,
    head: headMedian,
    difference,
    ...(rule.absolute || baseMedian === 0 ? {} : { change: difference / baseMedian }),
    interval: bounds,
    confidence,
    limit,
    verdict,
  }
}

/**
 * Uniform draws on [0, 1) with 53-bit precision from a Mersenne Twister (MT19937), two 32-bit
 * outputs a draw, as MT19937's reference genrand_res53 makes them: the same sequence, for the same
 * seed, as the generator perf-gate used before (@stdlib's), so verdicts of earlier rounds stand.
 */
export function uniformDraws(seed: number): () => number {
  const generator = mersenne(seed)
  return () => {
    const high = generator.unsafeNext() >>> 5
    const low = generator.unsafeNext() >>> 6
    return (high * 67_108_864 + low) / 9_007_199_254_740_992
  }
}

/**
 * An undecided change whose medians already differ the worse way by more than the limit: a
 * regression more pairs may confirm. Measuring until decided takes more pairs for these only: an
 * undecided change whose medians sit within the limit is noise wider than the limit, which more
 * pairs of a noisy metric rarely narrow (a Lighthouse LCP that moves ±300 ms a run, against a limit
 * of 136 ms), and identical code would pay for them on every pull request.
 */
export function suspectedRegression(change: PairedChange, higherIsBetter = false): boolean {
  return change.verdict === 'inconclusive' && (higherIsBetter ? -change.difference : change.difference) > change.limit
}

/**
 * A budget judged on a sample of runs (a page's Lighthouse runs): met when the median's interval
 * (`medianInterval`; below 6 runs, every run) meets it, missed when the whole interval misses it,
 * and undecided when it straddles the budget, which more runs would settle. A plain median of 3
 * runs that straddle a budget passes and fails in turn on the same code.
 */
export function judgeBudget(values: readonly number[], meets: (value: number) => boolean): 'pass' | 'fail' | 'inconclusive' {
  const { interval } = medianInterval(values)
  const [low, high] = [meets(interval[0]), meets(interval[1])]
  if (low && high) return 'pass'
  if (!low && !high) return 'fail'
  return 'inconclusive'
}
