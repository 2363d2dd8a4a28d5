import { mersenne } from 'pure-rand'
import type { PairedChange } from '../model/analysis.js'

export interface PairedRule {
  /** Relative change that counts (regression-threshold). */
  threshold: number
  /** Absolute change below which nothing counts, in the metric's unit: 1 ms → 2 ms is not "+100%". */
  floor: number
  /** For metrics where bigger is better (the performance score). */
  higherIsBetter?: boolean
}

const CONFIDENCE = 0.95
const RESAMPLES = 4000
// A fixed seed: the same rounds always give the same verdict.
const SEED = 20_261_125

/** The median of values already sorted ascending (the bootstrap sorts each resample once). */
export function medianOfSorted(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

/**
 * Base and head are measured in alternating rounds (ABBA), so that machine noise hits both alike;
 * each pair gives a difference. The median difference gets a bootstrap interval (resampling the
 * pairs, percentile method, seeded so that a verdict is repeatable): one stray round barely moves
 * it. A regression only when the whole interval is past the limit (the threshold of the base mean,
 * and at least the floor); an improvement likewise the other way; inconclusive when the interval
 * reaches past the limit without lying beyond it, which more rounds would settle.
 */
export function comparePaired(base: readonly number[], head: readonly number[], rule: PairedRule): PairedChange {
  const pairs = Math.min(base.length, head.length)
  const sign = rule.higherIsBetter ? -1 : 1
  const differences = Array.from({ length: pairs }, (_, index) => sign * ((head[index] as number) - (base[index] as number))).sort((a, b) => a - b)
  const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length)
  const baseMean = mean(base.slice(0, pairs))
  const headMean = mean(head.slice(0, pairs))
  const median = pairs === 0 ? 0 : medianOfSorted(differences)

  let interval: [number, number] = [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY]
  if (pairs >= 2) {
    const random = uniformDraws(SEED)
    const medians = new Float64Array(RESAMPLES)
    const sample = new Array<number>(pairs)
    for (let resample = 0; resample < RESAMPLES; resample++) {
      for (let index = 0; index < pairs; index++) sample[index] = differences[Math.floor(random() * pairs)] as number
      medians[resample] = medianOfSorted(sample.sort((a, b) => a - b))
    }
    medians.sort()
    const tail = (1 - CONFIDENCE) / 2
    interval = [medians[Math.floor(tail * RESAMPLES)] as number, medians[Math.ceil((1 - tail) * RESAMPLES) - 1] as number]
  }
  const limit = Math.max(rule.floor, rule.threshold * Math.abs(baseMean))
  let verdict: PairedChange['verdict'] = 'unchanged'
  if (interval[0] > limit) verdict = 'regression'
  else if (interval[1] < -limit) verdict = 'improvement'
  else if (interval[1] > limit) verdict = 'inconclusive'

  const unsigned = (value: number) => sign * value
  const bounds = [unsigned(interval[0]), unsigned(interval[1])].sort((a, b) => a - b) as [number, number]
  return {
    pairs,
    baseMean,
    headMean,
    difference: unsigned(median),
    interval: bounds,
    confidence: pairs < 2 ? 0 : CONFIDENCE,
    change: baseMean === 0 ? 0 : unsigned(median) / baseMean,
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
