import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf'

/** How a metric moved between base and head, judged from paired rounds. */
export interface PairedChange {
  pairs: number
  baseMean: number
  headMean: number
  /** Median of head − base over the pairs, in the metric's unit. */
  difference: number
  /** Distribution-free interval of that median (order statistics of the differences, sign test). */
  interval: [number, number]
  /** The interval's confidence: 95% once there are enough pairs, less with few (4 pairs: 87.5%). */
  confidence: number
  /** difference / baseMean (0 when the base is 0). */
  change: number
  verdict: 'regression' | 'improvement' | 'unchanged' | 'inconclusive'
}

export interface PairedRule {
  /** Relative change that counts (regression-threshold). */
  threshold: number
  /** Absolute change below which nothing counts, in the metric's unit: 1 ms → 2 ms is not "+100%". */
  floor: number
  /** For metrics where bigger is better (the performance score). */
  higherIsBetter?: boolean
}

const CONFIDENCE = 0.95

/**
 * Base and head are measured in alternating rounds (ABBA), so that machine noise hits both alike;
 * each pair gives a difference. The median difference gets the sign test's interval: the k-th
 * smallest to the k-th largest difference, k as large as keeps 95% confidence (with few pairs, the
 * whole range). One stray round moves one end of it, never the verdict on its own. A regression only
 * when the whole interval is past the limit (the threshold of the base mean, and at least the floor);
 * an improvement likewise the other way; inconclusive when the interval reaches past the limit
 * without lying beyond it, which more rounds would settle.
 */
export function comparePaired(base: readonly number[], head: readonly number[], rule: PairedRule): PairedChange {
  const pairs = Math.min(base.length, head.length)
  const sign = rule.higherIsBetter ? -1 : 1
  const differences = Array.from({ length: pairs }, (_, index) => sign * ((head[index] as number) - (base[index] as number))).sort((a, b) => a - b)
  const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length)
  const baseMean = mean(base.slice(0, pairs))
  const headMean = mean(head.slice(0, pairs))
  const middle = Math.floor(pairs / 2)
  const median = pairs === 0 ? 0 : pairs % 2 === 1 ? (differences[middle] as number) : ((differences[middle - 1] as number) + (differences[middle] as number)) / 2

  // The interval [d(k), d(n-k+1)] covers the median with probability 1 − 2·P(Binomial(n, ½) ≤ k−1).
  const coverage = (k: number) => 1 - 2 * binomialCdf(k - 1, pairs, 0.5)
  let k = 1
  while (k + 1 <= Math.ceil(pairs / 2) && coverage(k + 1) >= CONFIDENCE) k++
  const interval: [number, number] = pairs < 2 ? [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY] : [differences[k - 1] as number, differences[pairs - k] as number]

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
    confidence: pairs < 2 ? 0 : coverage(k),
    change: baseMean === 0 ? 0 : unsigned(median) / baseMean,
    verdict,
  }
}
