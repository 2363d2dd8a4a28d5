import { APP_PACKAGE } from './composition.js'
import type { AnyBottleneck } from './bottlenecks.js'
import type { TargetResult } from './verdict.js'

/** One step of the Plan phase: what to do, where, and what it should buy. */
export interface PlanItem {
  kind: 'lighthouse-opportunity' | 'database-time' | 'slow-endpoint' | 'bundle-size'
  subject: string
  action: string
  /**
   * The expected improvement in ms: Lighthouse's estimate for an opportunity; for database time the
   * measured database time itself, which is the most that work there can win.
   */
  expectedMs?: number
  /** Whether expectedMs is an estimate or an upper bound. */
  expectedIs?: 'estimate' | 'upper-bound'
  /** The expected improvement in bytes, for bundles. */
  expectedBytes?: number
  /** Whether doing it would fix a target that fails now. */
  fixesFailure: boolean
}

const TOP = 5

/**
 * The bottlenecks turned into a short, ordered to-do list: first what fixes a failing target, then
 * by expected gain; structural work (database round trips, render-blocking requests) is named as
 * such, in the spirit of "algorithmic fixes before micro-optimizations".
 */
export function buildPlan(bottlenecks: readonly AnyBottleneck[], validation: readonly TargetResult[]): PlanItem[] {
  const failing = new Set(validation.filter((target) => !target.passed && !target.inconclusive).map((target) => target.subject))
  const items: PlanItem[] = []
  for (const item of bottlenecks) {
    if (item.kind === 'lighthouse-opportunity' && item.savingsMs > 0) {
      items.push({ kind: item.kind, subject: item.subject, action: `Lighthouse: ${item.title}`, expectedMs: item.savingsMs, expectedIs: 'estimate', fixesFailure: failing.has(item.subject) })
    } else if (item.kind === 'slow-endpoint') {
      const db = Object.entries(item.serverTiming).filter(([name]) => /^(db|database|sql|query|pg|postgres|mysql|mongo)/i.test(name)).reduce((sum, [, ms]) => sum + ms, 0)
      if (item.dbShare !== undefined && item.dbShare >= 0.5) {
        items.push({
          kind: 'database-time',
          subject: item.subject,
          action: `Cut database time (${Math.round(item.dbShare * 100)}% of the response): batch or index the queries, look for N+1 patterns`,
          expectedMs: db,
          expectedIs: 'upper-bound',
          fixesFailure: failing.has(item.subject),
        })
      } else if (failing.has(item.subject)) {
        items.push({ kind: 'slow-endpoint', subject: item.subject, action: 'Profile the handler under load; the time is not in the database', fixesFailure: true })
      }
    } else if (item.kind === 'package-growth') {
      const action =
        item.subject === APP_PACKAGE
          ? `Review what this change added to the project's own code in ${item.asset}; lazy-load what the first view does not need`
          : `Review why this package grew in ${item.asset}: a new import, a heavier version, or lost tree-shaking`
      items.push({ kind: 'bundle-size', subject: item.subject, action, expectedBytes: item.bytes, fixesFailure: false })
    } else if (item.kind === 'bundle-growth' || item.kind === 'largest-file') {
      const over = validation.find((target) => target.kind === 'bundle-budget' && target.subject === item.subject && !target.passed)
      if (item.kind === 'bundle-growth' || over) {
        const expectedBytes = over ? over.actual - over.target : item.bytes
        if (!items.some((existing) => existing.kind === 'bundle-size' && existing.subject === item.subject)) {
          items.push({
            kind: 'bundle-size',
            subject: item.subject,
            action: over ? 'Bring the bundle under its budget: split or lazy-load code, drop unused dependencies' : 'Review what this change added to the bundle',
            expectedBytes,
            fixesFailure: over !== undefined,
          })
        }
      }
    }
  }
  return items.sort((a, b) => Number(b.fixesFailure) - Number(a.fixesFailure) || (b.expectedMs ?? 0) - (a.expectedMs ?? 0) || (b.expectedBytes ?? 0) - (a.expectedBytes ?? 0)).slice(0, TOP)
}
