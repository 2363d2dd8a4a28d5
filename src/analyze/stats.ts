import ttest from '@stdlib/stats-ttest'

/** How a metric moved between base and head, judged from paired rounds. */
export interface PairedChange {
  pairs: number
  baseMean: number
  headMean: number
  /** Mean of head − base over the pairs, in the metric's unit. */
  difference: number
  /** 95% confidence interval of that mean difference. */
  interval: [number, number]
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

/**
 * Base and head measured in alternating rounds (ABBA), so that machine noise hits both alike: the
 * pairs' differences give a t-interval on the mean change. A regression only when the whole interval
 * is past the limit (threshold of the base, and at least the floor); an improvement likewise the
 * other way; inconclusive when the interval reaches past the limit but does not lie beyond it, which
 * more rounds would settle.
 */
export function comparePaired(base: readonly number[], head: readonly number[], rule: PairedRule): PairedChange {
  const pairs = Math.min(base.length, head.length)
  const sign = rule.higherIsBetter ? -1 : 1
  const differences = Array.from({ length: pairs }, (_, index) => sign * ((head[index] as number) - (base[index] as number)))
  const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length)
  const baseMean = mean(base.slice(0, pairs))
  const headMean = mean(head.slice(0, pairs))
  const difference = mean(differences)

  let interval: [number, number] = [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY]
  if (pairs >= 2) {
    const spread = Math.max(...differences) - Math.min(...differences)
    // All pairs moved by exactly the same amount: the interval is that point (the test would divide by 0).
    interval = spread === 0 ? [difference, difference] : (ttest(differences, { alpha: 0.05 }).ci as [number, number])
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
    difference: unsigned(difference),
    interval: bounds,
    change: baseMean === 0 ? 0 : unsigned(difference) / baseMean,
    verdict,
  }
}
