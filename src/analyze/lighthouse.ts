import type { FailOn, BudgetName, LighthouseBudgets } from '../model/settings.js'
import { METRIC_NAMES, METRIC_TABLE, SAVINGS_METRICS, budgetOperator, higherIsBetter } from '../model/metrics.js'
import type { LighthouseMeasurement, RunOutcome } from '../model/measurements.js'
import { comparePaired } from './stats.js'
import type { TargetResult, OpportunityBottleneck, PageComparison } from '../model/analysis.js'

/**
 * Per page and budgeted metric, the median against its budget (a minimum for a higher-is-better
 * metric, the score; a maximum for the rest). A page with no successful run cannot meet any budget: it is one failed target.
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
      const passed = budgetOperator(name).meets(actual, budget)
      targets.push({ kind: 'lighthouse-metric', subject: page.name, metric: name, target: budget, actual, passed, blocking: failOn.budget })
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

/** Each page's medians next to the base's, paired by the page as configured; with paired runs, judged changes. */
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
      if (!before) comparison.base = Object.fromEntries(Object.entries(changes).map(([name, change]) => [name, change.baseMean]))
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
    })
  }
  return changes
}

/** Judged render changes become regression targets, one per page and metric; `fail-on: regression` makes them blocking. */
export function validateRenderChanges(pages: readonly PageComparison[], threshold: number, failOn: FailOn): TargetResult[] {
  return pages.flatMap((page) =>
    Object.entries(page.changes ?? {}).map(([metric, change]): TargetResult => ({
      kind: 'render-regression',
      subject: page.name,
      metric,
      target: threshold,
      actual: change.change,
      passed: change.verdict !== 'regression' && change.verdict !== 'inconclusive',
      ...(change.verdict === 'inconclusive' ? { inconclusive: true } : {}),
      blocking: failOn.regression,
    })),
  )
}
