import type { FailOn } from '../config/config.js'
import type { BudgetName, LighthouseBudgets } from '../config/lighthouseBudgets.js'
import type { LighthouseMeasurement, MetricValues } from '../measure/lighthouse.js'
import type { TargetResult } from './verdict.js'

/**
 * Per page and budgeted metric, the median against its budget (the score is a minimum, the rest
 * maxima). A page with no successful run cannot meet any budget: it is one failed target.
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
      const passed = name === 'score' ? actual >= budget : actual <= budget
      targets.push({ kind: 'lighthouse-metric', subject: page.name, metric: name, target: budget, actual, passed, blocking: failOn.budget })
    }
  }
  return targets
}

export interface OpportunityBottleneck {
  kind: 'lighthouse-opportunity'
  subject: string
  id: string
  title: string
  savingsMs: number
  savingsBytes: number
}

const TOP = 5

/** The audits with the largest estimated savings across pages, from each page's representative run. */
export function findLighthouseBottlenecks(lighthouse: LighthouseMeasurement): OpportunityBottleneck[] {
  return lighthouse.pages
    .flatMap((page) => page.opportunities.map((opportunity) => ({ kind: 'lighthouse-opportunity' as const, subject: page.name, ...opportunity })))
    .sort((a, b) => b.savingsMs - a.savingsMs || b.savingsBytes - a.savingsBytes)
    .slice(0, TOP)
}

export interface PageComparison {
  name: string
  head?: MetricValues
  base?: MetricValues
}

/** Each page's medians next to the base's, paired by the page as configured. */
export function comparePages(head: LighthouseMeasurement | undefined, base: LighthouseMeasurement | undefined): PageComparison[] {
  if (!head) return []
  const baseByName = new Map((base?.pages ?? []).map((page) => [page.name, page]))
  return head.pages.map((page) => {
    const before = baseByName.get(page.name)?.median
    return { name: page.name, ...(page.median ? { head: page.median } : {}), ...(before ? { base: before } : {}) }
  })
}
