import { describe, expect, test } from '@jest/globals'
import { comparePaired, judgeBudget, medianInterval } from '../src/analyze/stats.js'
import { uniformDraws } from '../src/analyze/stats.js'

const rule = { threshold: 0.1, floor: 2 }

describe('comparePaired', () => {
  test('a 25% slowdown over noisy pairs is a regression', () => {
    const base = [100, 104, 97, 101, 99, 103]
    const head = [126, 129, 122, 125, 127, 124]
    const result = comparePaired(base, head, rule)
    expect(result.verdict).toBe('regression')
    expect(result.change).toBeCloseTo(0.25, 1)
    expect(result.interval[0]).toBeGreaterThan(10)
  })

  test('one stray round leaves 6 pairs undecided; with 9, the interval drops it and the regression stands', () => {
    const six = comparePaired([43, 43.6, 42.6, 43.5, 43.1, 42.8], [54.4, 101, 52.1, 53.1, 45.0, 53.8], rule)
    // The sign test's interval of 6 pairs is their whole range, the stray pair's 1.9 ms included.
    expect(six.verdict).toBe('inconclusive')
    const nine = comparePaired([43, 43.6, 42.6, 43.5, 43.1, 42.8, 43.2, 43.4, 42.9], [54.4, 101, 52.1, 53.1, 45.0, 53.8, 52.9, 53.6, 52.7], rule)
    expect(nine.verdict).toBe('regression')
    expect(nine.confidence).toBeGreaterThanOrEqual(0.95)
    expect(nine.interval[0]).toBeGreaterThan(4.4)
    // The figures shown are each side's median, and the change is their difference: they cannot contradict it.
    expect(nine.difference).toBeCloseTo(nine.head - nine.base, 9)
    expect(nine.change).toBeCloseTo((nine.head - nine.base) / nine.base, 9)
  })

  test('the same code twice is unchanged', () => {
    expect(comparePaired([100, 104, 97, 101], [102, 99, 100, 103], rule).verdict).toBe('unchanged')
  })

  test('a wide interval that reaches past the limit is inconclusive, not a regression', () => {
    const result = comparePaired([100, 100, 100, 100], [95, 140, 112, 125], rule)
    expect(result.verdict).toBe('inconclusive')
  })

  test('a faster head is an improvement; for the score, higher is better', () => {
    expect(comparePaired([100, 101, 99, 100, 102, 98], [70, 71, 69, 70, 72, 68], rule).verdict).toBe('improvement')
    expect(comparePaired([0.95, 0.96, 0.95, 0.95, 0.96, 0.94], [0.7, 0.72, 0.71, 0.7, 0.69, 0.71], { threshold: 0.1, floor: 0.05, higherIsBetter: true }).verdict).toBe('regression')
  })

  test('3 pairs claim nothing, however far apart: their interval has 75% confidence, not 95%', () => {
    const three = comparePaired([100, 101, 99], [170, 171, 169], rule)
    expect(three.confidence).toBe(0.75)
    expect(three.verdict).toBe('inconclusive')
    // Still no regression to claim when they are close: unchanged.
    expect(comparePaired([100, 101, 99], [101, 100, 100], rule).verdict).toBe('unchanged')
  })

  test('CLS is an absolute change: 0 → 0.091 is +0.091 against its floor, never a percentage of 0', () => {
    const cls = comparePaired([0, 0, 0, 0, 0, 0], [0.091, 0.09, 0.092, 0.091, 0.091, 0.09], { threshold: 0.1, floor: 0.02, absolute: true })
    expect(cls.change).toBeUndefined()
    expect(cls.difference).toBeCloseTo(0.091, 3)
    expect(cls.limit).toBe(0.02)
    expect(cls.verdict).toBe('regression')
  })

  test('the absolute floor: 1 ms → 2 ms is not a regression, however sure', () => {
    const result = comparePaired([1, 1, 1, 1, 1, 1], [2, 2, 2, 2, 2, 2], rule)
    expect(result.change).toBe(1)
    expect(result.interval).toEqual([1, 1])
    expect(result.verdict).toBe('unchanged')
  })
})

describe('medianInterval', () => {
  test("the sign test's order statistics, with the confidence they really have", () => {
    expect(medianInterval([3, 1, 2])).toEqual({ interval: [1, 3], confidence: 0.75 })
    expect(medianInterval([6, 5, 4, 3, 2, 1]).interval).toEqual([1, 6])
    expect(medianInterval([6, 5, 4, 3, 2, 1]).confidence).toBeCloseTo(1 - 2 / 64, 9)
    // 9 values: x(2)…x(8), 96.1%.
    const nine = medianInterval([1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(nine.interval).toEqual([2, 8])
    expect(nine.confidence).toBeCloseTo(1 - 2 * (10 / 512), 9)
    expect(nine.confidence).toBeGreaterThanOrEqual(0.95)
  })

  test('its coverage holds on skewed, bimodal samples: the true median lies inside at least as often as it says', () => {
    const random = uniformDraws(7)
    // A page whose LCP is 1.16 s or 2.14 s by the luck of the run, as a Next.js page was on a busy machine.
    const draw = () => (random() < 0.5 ? 1160 : 2140) + random() * 100
    const trueMedian = 1160 + 100 // the boundary between the modes, a little above the lower one
    for (const n of [3, 6, 9, 12]) {
      let covered = 0
      let total = 0
      for (let trial = 0; trial < 2000; trial++) {
        const { interval, confidence } = medianInterval(Array.from({ length: n }, draw))
        total++
        if (interval[0] <= trueMedian && trueMedian <= interval[1]) covered++
        expect(confidence).toBeGreaterThan(0)
      }
      expect(covered / total).toBeGreaterThanOrEqual(medianInterval(Array.from({ length: n }, (_, i) => i)).confidence - 0.02)
    }
  })
})

describe('identical code on both sides (A/A), simulated', () => {
  test('no regression and no improvement is claimed from noisy, bimodal runs, at any number of pairs up to 12', () => {
    const random = uniformDraws(11)
    const draw = () => (random() < 0.5 ? 1160 : 2140) * (0.95 + random() * 0.1)
    let claims = 0
    for (let trial = 0; trial < 1000; trial++) {
      const base: number[] = []
      const head: number[] = []
      for (let pair = 0; pair < 12; pair++) {
        base.push(draw())
        head.push(draw())
        const { verdict } = comparePaired(base, head, { threshold: 0.1, floor: 100 })
        if (verdict === 'regression' || verdict === 'improvement') claims++
      }
    }
    // Measured as it would be decided (a look after every pair): a claim only where all but a few pairs agree on a 10% change.
    expect(claims / 1000).toBeLessThan(0.05)
  })
})

describe('judgeBudget', () => {
  const under = (budget: number) => (value: number) => value <= budget
  test('runs that straddle a budget are undecided, not a coin flip; all on one side decide it', () => {
    expect(judgeBudget([180, 240, 210], under(200))).toBe('inconclusive')
    expect(judgeBudget([180, 190, 150], under(200))).toBe('pass')
    expect(judgeBudget([232, 722, 400], under(200))).toBe('fail')
    // From 6 runs on, the median's 95% interval decides: one stray run does not.
    expect(judgeBudget([150, 160, 170, 150, 155, 165, 150, 160, 240], under(200))).toBe('pass')
  })
})

describe('suspectedRegression', () => {
  test('only an undecided change whose medians already differ the worse way by more than the limit asks for more pairs', async () => {
    const { suspectedRegression } = await import('../src/analyze/stats.js')
    // Three pairs, 70% slower each time: a regression 3 more pairs can confirm.
    expect(suspectedRegression(comparePaired([100, 101, 99], [170, 171, 169], rule))).toBe(true)
    // Noise wider than the limit around no change: more pairs would not settle it.
    expect(suspectedRegression(comparePaired([100, 100, 100], [85, 101, 118], rule))).toBe(false)
    // For the score, a fall is the worse way.
    expect(suspectedRegression(comparePaired([0.95, 0.96, 0.95], [0.7, 0.72, 0.71], { threshold: 0.1, floor: 0.05, higherIsBetter: true }), true)).toBe(true)
  })
})
