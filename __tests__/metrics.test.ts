import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from '@jest/globals'
import type { Config, Result as LighthouseResult } from 'lighthouse'
import reportSchema from '../schema/report.schema.json' with { type: 'json' }
import { AUDIT_IDS, parseBudgetValue, parseLighthouseBudgets } from '../src/config/lighthouseBudgets.js'
import { metricsOf } from '../src/analyze/lighthouseRuns.js'
import { BUDGET_OPERATORS, METRICS, METRIC_NAMES, METRIC_TABLE, SAVINGS_METRICS, budgetOperator, categoryOf, higherIsBetter, isMetricName, type MetricName } from '../src/model/metrics.js'
import type { BudgetName } from '../src/model/settings.js'
import { formatMetric, metricLabel } from '../src/report/format.js'

// METRIC_TABLE against Lighthouse itself: the recorded results (fixtures/lighthouse, trimmed to the
// audits with savings, so they hold Lighthouse's metricSavings keys but not its metric audits) and
// the installed Lighthouse's own default config, whose performance category lists the metric audits.

const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'lighthouse')
const recorded = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.lhr.json'))
  .map((file) => JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')) as LighthouseResult)

/** Every key of `metricSavings` the recorded results use. */
const recordedSavingsKeys = new Set(recorded.flatMap((lhr) => Object.values(lhr.audits).flatMap((audit) => Object.keys(audit.metricSavings ?? {}))))

async function lighthouseDefaults(): Promise<Config> {
  const { default: defaults } = await import('lighthouse/core/config/default-config.js')
  return defaults
}

type Equal<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false

describe('METRIC_TABLE agrees with Lighthouse', () => {
  test('there are recorded results to check against', () => {
    expect(recorded.length).toBeGreaterThan(0)
    expect(recordedSavingsKeys.size).toBeGreaterThan(0)
  })

  test("every metric's audit is one of the performance category's, or the category itself", async () => {
    const defaults = await lighthouseDefaults()
    const performance = defaults.categories?.['performance']
    expect(performance).toBeDefined()
    const refs = new Set((performance?.auditRefs ?? []).map((ref) => ref.id))
    for (const name of METRIC_NAMES) {
      const { audit } = METRIC_TABLE[name]
      const category = categoryOf(name)
      if (category === undefined) expect({ name, audit, inPerformanceCategory: refs.has(audit) }).toEqual({ name, audit, inPerformanceCategory: true })
      else expect({ name, audit }).toEqual({ name, audit: 'categories:performance' })
    }
  })

  test("each metric's metricSavings key is one Lighthouse uses, and is the acronym Lighthouse gives its audit", async () => {
    const defaults = await lighthouseDefaults()
    const acronyms = new Map((defaults.categories?.['performance']?.auditRefs ?? []).map((ref) => [ref.id, ref.acronym]))
    for (const key of SAVINGS_METRICS) expect(recordedSavingsKeys).toContain(key)
    for (const name of METRIC_NAMES) {
      const { audit, savings } = METRIC_TABLE[name]
      if (savings !== undefined) {
        expect({ name, savings, usedByLighthouse: recordedSavingsKeys.has(savings) }).toEqual({ name, savings, usedByLighthouse: true })
        expect({ name, acronym: acronyms.get(audit) }).toEqual({ name, acronym: savings })
      }
      // No metric Lighthouse estimates savings for goes without its key.
      const acronym = acronyms.get(audit)
      if (acronym !== undefined && recordedSavingsKeys.has(acronym)) expect({ name, savings }).toEqual({ name, savings: acronym })
    }
  })

  test('metricsOf reads every metric from where Lighthouse reports it', () => {
    const lhr = {
      categories: { performance: { score: 0.87 } },
      audits: Object.fromEntries(METRIC_NAMES.filter((name) => categoryOf(name) === undefined).map((name, index) => [METRIC_TABLE[name].audit, { numericValue: 100 + index }])),
    } as unknown as LighthouseResult
    const metrics = metricsOf(lhr)
    expect(Object.keys(metrics)).toEqual(METRIC_NAMES)
    expect(metrics.score).toBe(0.87)
  })
})

describe('METRIC_TABLE', () => {
  test('every id has a label, a unit and a direction', () => {
    expect(METRIC_NAMES).toEqual(['score', 'fcp', 'lcp', 'tbt', 'cls', 'si', 'tti'])
    for (const name of METRIC_NAMES) {
      const { label, unit, direction, budget } = METRIC_TABLE[name]
      expect(label).toMatch(/\S/)
      expect(metricLabel(name)).toBe(label)
      expect(['ms', 'unitless', 'score']).toContain(unit)
      expect(['lower-is-better', 'higher-is-better']).toContain(direction)
      expect(['timing', 'cls', 'score']).toContain(budget)
    }
  })

  test('only the performance score is higher-is-better, a minimum in LHCI terms; a category can only be one', () => {
    expect(METRIC_NAMES.filter((name) => higherIsBetter(name))).toEqual(['score'])
    expect(higherIsBetter('inp')).toBe(false)
    expect(higherIsBetter(undefined)).toBe(false)
    for (const name of METRIC_NAMES) {
      expect(budgetOperator(name).lhciOption).toBe(higherIsBetter(name) ? 'minScore' : 'maxNumericValue')
      // LHCI asserts a category by its score: minScore.
      if (categoryOf(name) !== undefined) expect(budgetOperator(name)).toBe(BUDGET_OPERATORS['higher-is-better'])
    }
    expect(BUDGET_OPERATORS['higher-is-better'].meets(0.9, 0.9)).toBe(true)
    expect(BUDGET_OPERATORS['higher-is-better'].meets(0.89, 0.9)).toBe(false)
    expect(BUDGET_OPERATORS['lower-is-better'].meets(2500, 2500)).toBe(true)
    expect(BUDGET_OPERATORS['lower-is-better'].meets(2501, 2500)).toBe(false)
  })

  test('noise floors are positive, in the metric unit', () => {
    for (const name of METRIC_NAMES) {
      const { noiseFloor, unit } = METRIC_TABLE[name]
      if (noiseFloor === undefined) continue
      expect(noiseFloor).toBeGreaterThan(0)
      if (unit !== 'ms') expect(noiseFloor).toBeLessThan(1)
    }
  })

  test('benchmark entries are smaller-is-better and named apart', () => {
    const benchmarked = METRIC_NAMES.filter((name) => METRIC_TABLE[name].benchmark)
    for (const name of benchmarked) expect({ name, direction: METRIC_TABLE[name].direction }).toEqual({ name, direction: 'lower-is-better' })
    expect(new Set(benchmarked.map((name) => METRIC_TABLE[name].benchmark?.name)).size).toBe(benchmarked.length)
  })

  test('the names everywhere else come from it', () => {
    const sameNames: Equal<BudgetName, MetricName> = true
    expect(sameNames).toBe(true)
    expect(Object.keys(METRICS)).toEqual(METRIC_NAMES)
    for (const name of METRIC_NAMES) {
      expect(METRICS[name]).toBe(METRIC_TABLE[name].audit)
      expect(AUDIT_IDS[METRIC_TABLE[name].audit]).toBe(name)
    }
    expect(Object.keys(AUDIT_IDS)).toHaveLength(METRIC_NAMES.length)
    expect(isMetricName('lcp')).toBe(true)
    expect(isMetricName('toString')).toBe(false)
    // The report schema lists the same metrics and savings keys.
    expect(Object.keys(reportSchema.definitions.metricValues.properties)).toEqual(METRIC_NAMES)
    expect(Object.keys(reportSchema.definitions.metricSavings.properties)).toEqual([...SAVINGS_METRICS])
  })
})

describe('budgets per unit: written, parsed, formatted, and parsed back', () => {
  const cases: Record<MetricName, Array<[written: string | number, parsed: number, formatted: string]>> = {
    score: [
      ['90', 0.9, '90'],
      ['90%', 0.9, '90'],
      [0.9, 0.9, '90'],
      [1, 1, '100'],
    ],
    fcp: [
      ['1.8s', 1800, '1.8 s'],
      [900, 900, '900 ms'],
    ],
    lcp: [
      ['2.5s', 2500, '2.5 s'],
      [2500, 2500, '2.5 s'],
    ],
    tbt: [['200ms', 200, '200 ms']],
    cls: [
      ['0.1', 0.1, '0.100'],
      [0.25, 0.25, '0.250'],
    ],
    si: [['3.4s', 3400, '3.4 s']],
    tti: [['3.8s', 3800, '3.8 s']],
  }

  for (const name of METRIC_NAMES) {
    test(`${name} (${METRIC_TABLE[name].unit}, a ${METRIC_TABLE[name].budget} budget)`, () => {
      for (const [written, parsed, formatted] of cases[name]) {
        const value = parseBudgetValue(name, written, name)
        expect(value).toBeCloseTo(parsed, 10)
        expect(formatMetric(name, value)).toBe(formatted)
        // What the report shows is a budget the user can write back.
        expect(parseBudgetValue(name, formatted, name)).toBeCloseTo(value, 10)
        expect(parseLighthouseBudgets(`${name}=${formatted}`, 'lighthouse-budgets')).toEqual({ [name]: parseBudgetValue(name, formatted, name) })
      }
    })
  }

  test('each kind keeps to its bounds', () => {
    expect(() => parseBudgetValue('lcp', '3m', 'lcp')).toThrow()
    expect(() => parseBudgetValue('cls', 1.5, 'cls')).toThrow()
    expect(() => parseBudgetValue('score', 101, 'score')).toThrow()
    expect(() => parseBudgetValue('score', -1, 'score')).toThrow()
  })
})
