import { describe, expect, test } from '@jest/globals'
import { comparePaired } from '../src/analyze/stats.js'

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

  test('one stray round moves one end of the interval, not the verdict', () => {
    const result = comparePaired([43, 43.6, 42.6, 43.5, 43.1, 42.8], [54.4, 101, 52.1, 53.1, 45.0, 53.8], rule)
    expect(result.verdict).toBe('regression')
    expect(result.difference).toBeCloseTo(10.4, 0)
    expect(result.interval[0]).toBeGreaterThan(4.4)
  })

  test('the same code twice is unchanged', () => {
    expect(comparePaired([100, 104, 97, 101], [102, 99, 100, 103], rule).verdict).toBe('unchanged')
  })

  test('a wide interval that reaches past the limit is inconclusive, not a regression', () => {
    const result = comparePaired([100, 100, 100, 100], [95, 140, 112, 125], rule)
    expect(result.verdict).toBe('inconclusive')
  })

  test('a faster head is an improvement; for the score, higher is better', () => {
    expect(comparePaired([100, 101, 99], [70, 71, 69], rule).verdict).toBe('improvement')
    expect(comparePaired([0.95, 0.96, 0.95], [0.7, 0.72, 0.71], { threshold: 0.1, floor: 0.05, higherIsBetter: true }).verdict).toBe('regression')
  })

  test('the absolute floor: 1 ms → 2 ms is not a regression, however sure', () => {
    const result = comparePaired([1, 1, 1, 1], [2, 2, 2, 2], rule)
    expect(result.change).toBe(1)
    expect(result.interval).toEqual([1, 1])
    expect(result.verdict).toBe('unchanged')
  })
})
