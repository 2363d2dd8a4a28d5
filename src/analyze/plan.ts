import type { CodeAnalysis, HotFunction } from '../model/profile.js'
import { databasePlanItem } from './database.js'
import { BYTES_PER_MS_SLOW_4G } from './bottlenecks.js'
import type { AnyBottleneck, TargetResult, Effort, PlanItem } from '../model/analysis.js'
import { APP_PACKAGE } from '../model/measurements.js'
import { DATABASE_METRIC } from './latency.js'
import { targetState } from './verdict.js'
import type { MetricName, SavingsMetric } from '../model/metrics.js'

const TOP = 5
/**
 * The endpoint's hottest function of the project's own code (not Node's internals or a package):
 * the one a change can make cheaper. Undefined without a CPU profile of it.
 */
function hottestOwnFunction(code: CodeAnalysis | undefined, endpoint: string): HotFunction | undefined {
  const top = code?.endpoints.find((profile) => profile.endpoint === endpoint)?.head.cpu?.top ?? []
  return top.find((hot) => hot.line > 0 && !hot.file.startsWith('node:') && !hot.file.includes('node_modules/')) ?? top[0]
}

const EFFORT_WEIGHT: Record<Effort, number> = { low: 1, medium: 2, high: 4 }

/**
 * Lighthouse findings that are fixed by a server or build setting rather than by changing code:
 * compression, minification, cache headers, image formats and sizes, font-display, HTTP/2.
 */
const SETTING_AUDITS = new Set([
  'uses-text-compression',
  'unminified-javascript',
  'unminified-css',
  'uses-long-cache-ttl',
  'cache-insight',
  'modern-image-formats',
  'uses-optimized-images',
  'uses-responsive-images',
  'offscreen-images',
  'image-delivery-insight',
  'efficient-animated-content',
  'font-display',
  'font-display-insight',
  'uses-http2',
  'modern-http-insight',
  'uses-rel-preconnect',
  'document-latency-insight',
])

/**
 * The Lighthouse savings that move each metric a page's target can fail on. FCP, LCP, TBT and CLS are
 * Lighthouse's own keys. Speed Index has none: it measures how soon the viewport fills in, which
 * what paints earlier moves, so FCP and LCP savings. TTI has none either: it is reached after the
 * last long task, so what shortens long tasks moves it, which is what TBT savings estimate. The
 * score weighs FCP, SI, LCP, TBT and CLS, so a saving in any of them moves it. (INP is not measured
 * in a page load.)
 */
const MOVED_BY: Record<MetricName, readonly SavingsMetric[]> = {
  fcp: ['FCP'],
  lcp: ['LCP'],
  tbt: ['TBT'],
  cls: ['CLS'],
  si: ['FCP', 'LCP'],
  tti: ['TBT'],
  score: ['FCP', 'LCP', 'TBT', 'CLS'],
}

/**
 * The bottlenecks turned into a short to-do list: first what fixes a failing target, then by
 * expected gain over effort. Structural fixes come first when they pay most, in the spirit of
 * "algorithmic fixes before micro-optimizations": the database round trips of an endpoint (batch the
 * N+1 queries) before shaving its handler, what blocks the first paint before a few bytes of a bundle.
 */
export function buildPlan(bottlenecks: readonly AnyBottleneck[], validation: readonly TargetResult[], code?: CodeAnalysis): PlanItem[] {
  const failed = validation.filter((target) => ['fail', 'regression'].includes(targetState(target)))
  const failing = new Set(failed.map((target) => target.subject))
  /** Per page, the Lighthouse savings that would move one of its failing metrics. */
  const failingSavings = new Map<string, Set<SavingsMetric>>()
  for (const target of failed) {
    if ((target.kind !== 'lighthouse-metric' && target.kind !== 'render-regression') || !target.metric || !Object.hasOwn(MOVED_BY, target.metric)) continue
    const savings = failingSavings.get(target.subject) ?? new Set<SavingsMetric>()
    for (const metric of MOVED_BY[target.metric as MetricName]) savings.add(metric)
    failingSavings.set(target.subject, savings)
  }
  const items: Array<Omit<PlanItem, 'priority'>> = []
  for (const item of bottlenecks) {
    if (item.kind === 'lighthouse-opportunity') {
      const fixesFailure = item.moves.some((metric) => failingSavings.get(item.subject)?.has(metric))
      // A finding with no time estimate (a layout shift, third-party code) still belongs to the plan when it moves a failing metric.
      if (item.savingsMs <= 0 && !fixesFailure) continue
      const effort = SETTING_AUDITS.has(item.id) ? 'low' : 'medium'
      const expected = item.savingsMs > 0 ? { expectedMs: item.savingsMs, expectedIs: 'estimate' as const } : {}
      items.push({ kind: item.kind, subject: item.subject, action: `Lighthouse: ${item.title}`, ...expected, effort, moves: item.moves, fixesFailure })
    } else if (item.kind === 'slow-endpoint') {
      const db = Object.entries(item.serverTiming)
        .filter(([name]) => DATABASE_METRIC.test(name))
        .reduce((sum, [, ms]) => sum + ms, 0)
      // The database phase names the statements and their fixes; the Server-Timing guess gives way to it.
      const namedStatements = bottlenecks.some((other) => other.kind === 'database-query' && other.subject === item.subject)
      if (item.dbShare !== undefined && item.dbShare >= 0.5 && !namedStatements) {
        items.push({
          kind: 'database-time',
          subject: item.subject,
          action: `Cut database time (${Math.round(item.dbShare * 100)}% of the response): batch or index the queries, look for N+1 patterns`,
          expectedMs: db,
          expectedIs: 'upper-bound',
          effort: 'medium',
          fixesFailure: failing.has(item.subject),
        })
      } else if (failing.has(item.subject) && !namedStatements) {
        // With a CPU profile of the endpoint, the function the time is in; without, how to find it.
        const hottest = hottestOwnFunction(code, item.subject)
        items.push(
          hottest
            ? {
                kind: 'code',
                subject: item.subject,
                action: `The time is not in the database: make ${hottest.functionName} (${hottest.file}:${hottest.line}) cheaper or take it off the request path; it takes ${Math.round(hottest.share * 100)}% of the server's CPU under load`,
                effort: 'medium',
                fixesFailure: true,
              }
            : { kind: 'slow-endpoint', subject: item.subject, action: 'Profile the handler under load (profile: cpu); the time is not in the database', effort: 'high', fixesFailure: true },
        )
      }
    } else if (item.kind === 'database-query') {
      items.push(databasePlanItem(item, failing.has(item.subject)))
    } else if (item.kind === 'package-growth') {
      const action =
        item.subject === APP_PACKAGE
          ? `Review what this change added to the project's own code in ${item.asset}; lazy-load what the first view does not need`
          : `Review why this package grew in ${item.asset}: a new import, a heavier version, or lost tree-shaking`
      // What a user downloads: the growth after compression, when the analyzer measured the bundle's.
      items.push({ kind: 'bundle-size', subject: item.subject, action, expectedBytes: item.gzip ?? item.bytes, effort: 'medium', fixesFailure: false })
    } else if (item.kind === 'bundle-growth' || item.kind === 'largest-file') {
      const over = validation.find((target) => target.kind === 'bundle-budget' && target.subject === item.subject && !target.passed)
      if ((item.kind === 'bundle-growth' || over) && !items.some((existing) => existing.kind === 'bundle-size' && existing.subject === item.subject)) {
        items.push({
          kind: 'bundle-size',
          subject: item.subject,
          action: over ? 'Bring the bundle under its budget: split or lazy-load code, drop unused dependencies' : 'Review what this change added to the bundle',
          expectedBytes: over ? over.actual - over.target : item.bytes,
          effort: 'medium',
          fixesFailure: over !== undefined,
        })
      }
    }
  }
  for (const endpoint of code?.endpoints ?? []) {
    const leak = endpoint.head.leak
    if (!leak?.possible) continue
    const perThousand = `${Math.round(leak.slopeBytesPer1000 / 1000).toLocaleString('en-US')} kB`
    items.push({
      kind: 'memory',
      subject: endpoint.endpoint,
      action: `Find what each request leaves behind: the heap after GC grew ${perThousand} per 1,000 requests${endpoint.head.heapSnapshotFile ? ' (the heap snapshot in the artifact shows what holds it)' : ''}`,
      effort: 'high',
      fixesFailure: false,
    })
  }
  return items
    .map((item): PlanItem => ({ ...item, priority: gainMs(item) / EFFORT_WEIGHT[item.effort] }))
    .sort((a, b) => Number(b.fixesFailure) - Number(a.fixesFailure) || b.priority - a.priority)
    .slice(0, TOP)
}

/** Bytes count as the time a user spends downloading them, so that every step is on one scale. */
function gainMs(item: Omit<PlanItem, 'priority'>): number {
  return item.expectedMs ?? (item.expectedBytes ?? 0) / BYTES_PER_MS_SLOW_4G
}
