import path from 'node:path'
import { targetState } from '../analyze/verdict.js'
import type { Config, Origin } from '../config/config.js'
import { endpointName } from '../config/settings.js'
import type { TargetResult } from '../model/analysis.js'
import type { BudgetName } from '../model/settings.js'
import { describeTarget } from '../report/targets.js'
import type { CheckAnnotation } from './checks.js'

/** What annotations read of the Config: the limits in force, and where each was set (config loading found the lines). */
export type BudgetSettings = Pick<Config, 'origins' | 'bundles' | 'sizeLimit' | 'bundleBudget' | 'endpoints' | 'p95Budget' | 'errorRateBudget' | 'memoryBudget' | 'lighthouseBudgets'>

const BUDGET_KINDS = ['bundle-budget', 'latency-p95', 'error-rate', 'memory', 'lighthouse-metric'] as const
/** A target against an absolute limit set somewhere in a file (not a regression against the base). */
type BudgetTarget = TargetResult & { kind: (typeof BUDGET_KINDS)[number] }

function isFailedBudget(target: TargetResult): target is BudgetTarget {
  return targetState(target) === 'fail' && (BUDGET_KINDS as ReadonlyArray<string>).includes(target.kind)
}

/**
 * One annotation per failed budget, on the line of the file that sets the budget in force, so
 * that the check run points at what to raise (or at why the code must shrink). A budget with no
 * line (a default, a workflow input) gets none, and so does one whose limit is not the one the
 * target was measured against: the publish half of the fork recipe reads the config of its own
 * checkout, which need not be the one the report was measured with. `workspace` is the repository
 * root annotation paths are relative to; a file outside it cannot carry one.
 */
export function budgetAnnotations(targets: readonly TargetResult[], config: BudgetSettings, workspace: string): CheckAnnotation[] {
  return targets.filter(isFailedBudget).flatMap((target): CheckAnnotation[] => {
    const budget = budgetInForce(target, config)
    const place = budget && placeOf(budget.origin, workspace)
    const note = describeTarget(target).budgetNote
    if (!place || budget.limit !== target.target || !note) return []
    const { title, message } = note
    return [{ path: place.path, start_line: place.line, end_line: place.line, annotation_level: target.blocking ? 'failure' : 'warning', title, message }]
  })
}

/** The limit that applies to a target's subject, and where it was set. */
interface BudgetInForce {
  limit: number | undefined
  origin: Origin
}

function budgetInForce(target: BudgetTarget, config: BudgetSettings): BudgetInForce | undefined {
  const { origins } = config
  switch (target.kind) {
    case 'bundle-budget': {
      // A group's or size-limit check's own limit, else the bundle-budget every other bundle gets.
      const own = origins.bundleLimits[target.subject]
      const group = config.bundles.find((spec) => spec.kind === 'group' && spec.name === target.subject)
      const ownLimit = group?.limit ?? config.sizeLimit?.checks?.find((check) => check.name === target.subject)?.limit
      return own && ownLimit !== undefined ? { limit: ownLimit, origin: own } : { limit: config.bundleBudget, origin: origins.settings['bundle-budget'] }
    }
    case 'latency-p95': {
      // An endpoint object's own p95-budget, else the top-level one.
      const own = origins.endpointP95Budgets[target.subject]
      const ownLimit = config.endpoints.find((endpoint) => endpointName(endpoint) === target.subject && endpoint.p95Budget !== undefined)?.p95Budget
      return own && ownLimit !== undefined ? { limit: ownLimit, origin: own } : { limit: config.p95Budget, origin: origins.settings['p95-budget'] }
    }
    case 'error-rate':
      return { limit: config.errorRateBudget, origin: origins.settings['error-rate-budget'] }
    case 'memory':
      return { limit: config.memoryBudget, origin: origins.settings['memory-budget'] }
    case 'lighthouse-metric': {
      const metric = target.metric as BudgetName | undefined
      const origin = metric === undefined ? undefined : origins.lighthouseBudgets[metric]
      return metric === undefined || origin === undefined ? undefined : { limit: config.lighthouseBudgets[metric], origin }
    }
  }
}

/** Where an origin shows in the check run: a line of a file in the repository, with forward slashes. */
function placeOf(origin: Origin, workspace: string): { path: string; line: number } | undefined {
  if ((origin.kind !== 'file' && origin.kind !== 'policy') || origin.line === undefined) return undefined
  const relative = path.relative(workspace, origin.file)
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined
  return { path: relative.split(path.sep).join('/'), line: origin.line }
}
