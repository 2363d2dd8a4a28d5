import type { FailOn, BudgetName, LighthouseBudgets } from '../model/settings.js'
import { METRIC_NAMES, METRIC_TABLE, SAVINGS_METRICS, budgetOperator, higherIsBetter } from '../model/metrics.js'
import type { LighthouseMeasurement, RunOutcome } from '../model/measurements.js'
import { comparePaired, judgeBudget, suspectedRegression } from './stats.js'
import { changeTarget } from './verdict.js'
import type { TargetResult, OpportunityBottleneck, PageComparison } from '../model/analysis.js'

/**
 * Per page and budgeted metric, its runs against the budget (a minimum for a higher-is-better
 * metric, the score; a maximum for the rest): met when the median's interval meets it (below 6 runs,
 * every run), failed when the whole interval misses it, inconclusive when the runs straddle it.
 * `actual` is the median. A page with no successful run cannot meet any budget: it is one failed target.
 */
export function validateLighthouse(lighthouse: LighthouseMeasurement, budgets: LighthouseBudgets, failOn: FailOn): TargetResult[] {
  const targets: TargetResult[] = []
  for (const page of lighthouse.pages) {
    if (!page.median) {
      targets.push({ kind: 'lighthouse-error', subject: page.name, target: 0, actual: 0, passed: false, blocking: failOn.budget, detail: page.error ?? 'every run failed' })
      continue
    }
    for (const [name, budget] of Object.entries(budgets) as Array<[BudgetName, number]>) {
      const actual = page.median[name]
      if (actual === undefined) continue
      const values = page.runs.flatMap((run) => (run.metrics?.[name] === undefined ? [] : [run.metrics[name] as number]))
      // A report from before the runs were kept has the median alone: it is judged as it is.
      const state = values.length > 0 ? judgeBudget(values, (value) => budgetOperator(name).meets(value, budget)) : budgetOperator(name).meets(actual, budget) ? 'pass' : 'fail'
      targets.push({
        kind: 'lighthouse-metric',
        subject: page.name,
        metric: name,
        target: budget,
        actual,
        passed: state === 'pass',
        ...(state === 'inconclusive' ? { inconclusive: true } : {}),
        ...(values.length > 0 ? { runs: values.length } : {}),
        blocking: failOn.budget,
      })
    }
  }
  return targets
}

const TOP = 5

/**
 * The audits with the largest estimated savings across pages, from each page's representative run;
 * and on each page the largest saving for each metric, so that what moves TBT or CLS is not crowded
 * out by larger savings of paint time: the plan looks here for what fixes a page's failing metric.
 */
export function findLighthouseBottlenecks(lighthouse: LighthouseMeasurement): OpportunityBottleneck[] {
  const all = lighthouse.pages
    .flatMap((page) => page.opportunities.map((opportunity): OpportunityBottleneck => ({ kind: 'lighthouse-opportunity', subject: page.name, ...opportunity, moves: opportunity.moves ?? [] })))
    .sort((a, b) => b.savingsMs - a.savingsMs || b.savingsBytes - a.savingsBytes)
  const kept = new Set(all.slice(0, TOP))
  for (const page of lighthouse.pages) {
    for (const metric of SAVINGS_METRICS) {
      const moving = all.filter((item) => item.subject === page.name && item.moves.includes(metric))
      const largest = moving.sort((a, b) => (b.metricSavings?.[metric] ?? 0) - (a.metricSavings?.[metric] ?? 0))[0]
      if (largest) kept.add(largest)
    }
  }
  return all.filter((item) => kept.has(item))
}

/**
 * Each page's medians next to the base's (its own runs in this job, or a stored report's). With
 * runs taken in turn, the judged changes, whose two medians are what the comparison shows: the
 * head's and the base's over the same pairs.
 */
export function comparePages(head: LighthouseMeasurement | undefined, base: LighthouseMeasurement | undefined, threshold: number): PageComparison[] {
  if (!head) return []
  const baseByName = new Map((base?.pages ?? []).map((page) => [page.name, page]))
  return head.pages.map((page) => {
    const comparison: PageComparison = { name: page.name, ...(page.median ? { head: page.median } : {}) }
    const before = baseByName.get(page.name)?.median
    if (before) comparison.base = before
    const changes = page.baseRuns && pairedRenderChanges(page.runs, page.baseRuns, threshold)
    if (changes) {
      comparison.changes = changes
      const over = (side: 'base' | 'head') => Object.fromEntries(Object.entries(changes).map(([name, change]) => [name, change[side]]))
      comparison.base = { ...comparison.base, ...over('base') }
      comparison.head = { ...comparison.head, ...over('head') }
    }
    return comparison
  })
}

/** Per metric, the judged change over runs taken in turn on the base and the head (run i of each a pair); undefined when no pair has numbers on both sides. */
export function pairedRenderChanges(runs: readonly RunOutcome[], baseRuns: readonly RunOutcome[], threshold: number): PageComparison['changes'] {
  const pairs = runs.flatMap((run, index) => {
    const baseRun = baseRuns[index]
    return run.metrics && baseRun?.metrics ? [{ head: run.metrics, base: baseRun.metrics }] : []
  })
  if (pairs.length === 0) return undefined
  const changes: PageComparison['changes'] = {}
  for (const name of METRIC_NAMES) {
    const headValues = pairs.map((pair) => pair.head[name])
    const baseValues = pairs.map((pair) => pair.base[name])
    if (headValues.some((value) => value === undefined) || baseValues.some((value) => value === undefined)) continue
    changes[name] = comparePaired(baseValues as number[], headValues as number[], {
      threshold,
      // Changes smaller than the metric's noise floor never count, however sure.
      floor: METRIC_TABLE[name].noiseFloor ?? 0,
      higherIsBetter: higherIsBetter(name),
      // A layout-shift fraction has no meaningful ratio: 0 → 0.09 is +0.09, not a percentage of 0.
      absolute: METRIC_TABLE[name].unit === 'unitless',
    })
  }
  return changes
}

/** Judged render changes become regression targets, one per page and metric; `fail-on: regression` makes them blocking. */
export function validateRenderChanges(pages: readonly PageComparison[], threshold: number, failOn: FailOn): TargetResult[] {
  return pages.flatMap((page) => Object.entries(page.changes ?? {}).map(([metric, change]) => changeTarget('render-regression', page.name, metric, change, threshold, failOn)))
}

/**
 * Whether a page's runs so far leave open a verdict that can fail the check: a budget whose runs
 * straddle it, or, with the base's runs, a suspected regression (undecided, its medians past the
 * limit) of a budgeted metric (what the ratchet of a budget the base already breaks reads) or, when
 * regressions block (`everyChange`), of any metric. Measuring until decided takes another pair of
 * runs while this holds; a change that can fail nothing is shown as it stands.
 */
export function pageUndecided(runs: readonly RunOutcome[], baseRuns: readonly RunOutcome[] | undefined, budgets: LighthouseBudgets, threshold: number, everyChange: boolean): boolean {
  for (const [name, budget] of Object.entries(budgets) as Array<[BudgetName, number]>) {
    const values = runs.flatMap((run) => (run.metrics?.[name] === undefined ? [] : [run.metrics[name] as number]))
    if (values.length > 0 && judgeBudget(values, (value) => budgetOperator(name).meets(value, budget)) === 'inconclusive') return true
  }
  const changes = baseRuns ? pairedRenderChanges(runs, baseRuns, threshold) : undefined
  return Object.entries(changes ?? {}).some(([name, change]) => suspectedRegression(change, higherIsBetter(name)) && (everyChange || Object.hasOwn(budgets, name)))
}
