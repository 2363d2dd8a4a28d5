import type { CodeAnalysis, HotFunction } from '../model/profile.js'
import { databasePlanItem } from './database.js'
import { BYTES_PER_MS_SLOW_4G } from './bottlenecks.js'
import type { AnyBottleneck, TargetResult, Effort, OpportunityBottleneck, PlanItem } from '../model/analysis.js'
import { APP_PACKAGE } from '../model/measurements.js'
import { DATABASE_METRIC } from './latency.js'
import { targetState } from './verdict.js'
import { isMetricName, type MetricName, type SavingsMetric } from '../model/metrics.js'

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

/** The failing targets of a page that a Lighthouse finding can fix: its budgets and its judged changes. */
const PAGE_KINDS: ReadonlyArray<TargetResult['kind']> = ['lighthouse-metric', 'render-regression']
/** The failing targets of an endpoint that its database or handler time can fix: its p95 budget and its judged p95 change (not its error rate). */
const ENDPOINT_KINDS: ReadonlyArray<TargetResult['kind']> = ['latency-p95', 'latency-regression']
/** The Lighthouse savings in ms, which a failing timing's cause is chosen by. */
const TIME_SAVINGS: readonly SavingsMetric[] = ['FCP', 'LCP', 'TBT']

/** A step before it is ranked: the failing targets it fixes, and for a Lighthouse finding the savings it estimates. */
interface Candidate {
  item: Omit<PlanItem, 'priority'>
  fixes: readonly TargetResult[]
  savings?: OpportunityBottleneck['metricSavings']
  priority: number
}

/**
 * The bottlenecks turned into a short to-do list: first what fixes a failing target, then by
 * expected gain over effort. Structural fixes come first when they pay most, in the spirit of
 * "algorithmic fixes before micro-optimizations": the database round trips of an endpoint (batch the
 * N+1 queries) before shaving its handler, what blocks the first paint before a few bytes of a bundle.
 *
 * A step fixes a failing target (`fixesFailure`) only when it moves that target, of the same subject,
 * whose state is fail or regression (targetState; a budget the base already broke still fails): a
 * Lighthouse finding a failing metric of its page that its savings move (MOVED_BY), an endpoint's
 * database or handler time its failing p95 or p95 change, a bundle's step its failing budget or
 * regression. Each failing target's cause (causeOf) keeps a place in the plan, however small its
 * gain, before the other places are filled by priority.
 */
export function buildPlan(bottlenecks: readonly AnyBottleneck[], validation: readonly TargetResult[], code?: CodeAnalysis): PlanItem[] {
  const failed = validation.filter(isFailing)
  const candidates: Candidate[] = []
  const add = (item: Omit<PlanItem, 'priority' | 'fixesFailure'>, fixes: readonly TargetResult[], savings?: OpportunityBottleneck['metricSavings']) => {
    const step = { ...item, fixesFailure: fixes.length > 0 }
    candidates.push({ item: step, fixes, ...(savings ? { savings } : {}), priority: gainMs(step) / EFFORT_WEIGHT[step.effort] })
  }
  const endpointFailures = (subject: string) => failed.filter((target) => target.subject === subject && ENDPOINT_KINDS.includes(target.kind))
  const hasBundleStep = (subject: string) => candidates.some((candidate) => candidate.item.kind === 'bundle-size' && candidate.item.subject === subject)
  for (const item of bottlenecks) {
    if (item.kind === 'lighthouse-opportunity') {
      const fixes = failed.filter(
        (target) => target.subject === item.subject && PAGE_KINDS.includes(target.kind) && isMetricName(target.metric) && MOVED_BY[target.metric].some((metric) => item.moves.includes(metric)),
      )
      // A finding with no time estimate (a layout shift, third-party code) still belongs to the plan when it moves a failing metric.
      if (item.savingsMs <= 0 && fixes.length === 0) continue
      const effort = SETTING_AUDITS.has(item.id) ? 'low' : 'medium'
      const expected = item.savingsMs > 0 ? { expectedMs: item.savingsMs, expectedIs: 'estimate' as const } : {}
      add({ kind: item.kind, subject: item.subject, action: `Lighthouse: ${item.title}`, ...expected, effort, moves: item.moves }, fixes, item.metricSavings ?? {})
    } else if (item.kind === 'slow-endpoint') {
      const db = Object.entries(item.serverTiming)
        .filter(([name]) => DATABASE_METRIC.test(name))
        .reduce((sum, [, ms]) => sum + ms, 0)
      // The database phase names the statements and their fixes; the Server-Timing guess gives way to it.
      const namedStatements = bottlenecks.some((other) => other.kind === 'database-query' && other.subject === item.subject)
      const fixes = endpointFailures(item.subject)
      if (item.dbShare !== undefined && item.dbShare >= 0.5 && !namedStatements) {
        add(
          {
            kind: 'database-time',
            subject: item.subject,
            action: `Cut database time (${Math.round(item.dbShare * 100)}% of the response): batch or index the queries, look for N+1 patterns`,
            expectedMs: db,
            expectedIs: 'upper-bound',
            effort: 'medium',
          },
          fixes,
        )
      } else if (fixes.length > 0 && !namedStatements) {
        // With a CPU profile of the endpoint, the function the time is in; without, how to find it.
        const hottest = hottestOwnFunction(code, item.subject)
        add(
          hottest
            ? {
                kind: 'code',
                subject: item.subject,
                action: `The time is not in the database: make ${hottest.functionName} (${hottest.file}:${hottest.line}) cheaper or take it off the request path; it takes ${Math.round(hottest.share * 100)}% of the server's CPU under load`,
                effort: 'medium',
              }
            : { kind: 'slow-endpoint', subject: item.subject, action: 'Profile the handler under load (profile: cpu); the time is not in the database', effort: 'high' },
          fixes,
        )
      }
    } else if (item.kind === 'database-query') {
      const fixes = endpointFailures(item.subject)
      add(databasePlanItem(item, fixes.length > 0), fixes)
    } else if (item.kind === 'package-growth') {
      const action =
        item.subject === APP_PACKAGE
          ? `Review what this change added to the project's own code in ${item.asset}; lazy-load what the first view does not need`
          : `Review why this package grew in ${item.asset}: a new import, a heavier version, or lost tree-shaking`
      // What a user downloads: the growth after compression, when the analyzer measured the bundle's.
      add({ kind: 'bundle-size', subject: item.subject, action, expectedBytes: item.gzip ?? item.bytes, effort: 'medium' }, [])
    } else if (item.kind === 'bundle-growth' || item.kind === 'largest-file') {
      // One step per bundle: a file among the largest that grew is one bottleneck, and so one step.
      if (hasBundleStep(item.subject)) continue
      const growth = item.kind === 'bundle-growth' ? item.bytes : (item.growth?.bytes ?? growthOf(item.subject, item.bytes, validation))
      const step = bundleStep(item.subject, growth, failed)
      if (step) add(step.item, step.fixes)
    }
  }
  // A bundle over its budget or regressed that no bottleneck names (a small file, a group): its step all the same.
  for (const target of failed) {
    if ((target.kind !== 'bundle-budget' && target.kind !== 'bundle-regression') || hasBundleStep(target.subject)) continue
    const size = validation.find((other) => other.kind === 'bundle-budget' && other.subject === target.subject)?.actual
    const step = bundleStep(target.subject, size === undefined ? undefined : growthOf(target.subject, size, validation), failed)
    if (step) add(step.item, step.fixes)
  }
  for (const endpoint of code?.endpoints ?? []) {
    const leak = endpoint.head.leak
    if (!leak?.possible) continue
    const perThousand = `${Math.round(leak.slopeBytesPer1000 / 1000).toLocaleString('en-US')} kB`
    add(
      {
        kind: 'memory',
        subject: endpoint.endpoint,
        action: `Find what each request leaves behind: the heap after GC grew ${perThousand} per 1,000 requests${endpoint.head.heapSnapshotFile ? ' (the heap snapshot in the artifact shows what holds it)' : ''}`,
        effort: 'high',
      },
      [],
    )
  }

  const ranked = [...candidates].sort(planOrder)
  // First the cause of each failing target (of the blocking ones first, the larger gain first), then the rest in plan order.
  const causes = failed
    .flatMap((target) => {
      const cause = causeOf(target, ranked)
      return cause ? [{ blocking: target.blocking, cause }] : []
    })
    .sort((a, b) => Number(b.blocking) - Number(a.blocking) || planOrder(a.cause, b.cause))
  const chosen = new Set<Candidate>()
  for (const { cause } of causes) {
    if (chosen.size >= TOP) break
    chosen.add(cause)
  }
  for (const candidate of ranked) {
    if (chosen.size >= TOP) break
    chosen.add(candidate)
  }
  return ranked.filter((candidate) => chosen.has(candidate)).map((candidate): PlanItem => ({ ...candidate.item, priority: candidate.priority }))
}

function isFailing(target: TargetResult): boolean {
  const state = targetState(target)
  return state === 'fail' || state === 'regression'
}

/** What fixes a failing target first, then the most expected gain for the effort. */
function planOrder(a: Candidate, b: Candidate): number {
  return Number(b.item.fixesFailure) - Number(a.item.fixesFailure) || b.priority - a.priority
}

/**
 * The step that fixes the failing target most: for a page's metric, the finding with the largest
 * saving of it (CLS for CLS, else the largest of the time savings that move it: TBT for TBT and TTI,
 * LCP for LCP, …), so that a layout shift with no time to expect is the cause of a failing CLS and
 * the finding that owns the TBT saving the cause of a failing TBT; for the rest (an endpoint's p95,
 * a bundle), the step of the highest priority. `ranked` is in plan order, which breaks ties.
 */
function causeOf(target: TargetResult, ranked: readonly Candidate[]): Candidate | undefined {
  const fixing = ranked.filter((candidate) => candidate.fixes.includes(target))
  if (!PAGE_KINDS.includes(target.kind) || !isMetricName(target.metric)) return fixing[0]
  const metrics = target.metric === 'cls' ? (['CLS'] as const) : MOVED_BY[target.metric].filter((metric) => TIME_SAVINGS.includes(metric))
  const strength = (candidate: Candidate) => Math.max(0, ...metrics.map((metric) => candidate.savings?.[metric] ?? 0))
  return fixing.reduce<Candidate | undefined>((best, candidate) => (best === undefined || strength(candidate) > strength(best) ? candidate : best), undefined)
}

/**
 * How much a bundle grew, in bytes after compression, from its regression target (`actual` the
 * growth relative to the base) and its size now: size − size / (1 + change). Undefined when it has
 * no such target (no base, a base of 0) or did not grow.
 */
function growthOf(subject: string, size: number, validation: readonly TargetResult[]): number | undefined {
  const change = validation.find((target) => target.kind === 'bundle-regression' && target.subject === subject && !target.absolute)?.actual
  return change !== undefined && change > 0 ? Math.round((size * change) / (1 + change)) : undefined
}

/**
 * A bundle's one step: over its budget, bring it under (and, when it also regressed, review the
 * growth, which may be all it takes); regressed or grown, review what the change added; else none.
 */
function bundleStep(subject: string, growth: number | undefined, failed: readonly TargetResult[]): { item: Omit<PlanItem, 'priority' | 'fixesFailure'>; fixes: TargetResult[] } | undefined {
  const over = failed.find((target) => target.kind === 'bundle-budget' && target.subject === subject)
  const regressed = failed.find((target) => target.kind === 'bundle-regression' && target.subject === subject)
  const fixes = [over, regressed].filter((target): target is TargetResult => target !== undefined)
  const grew = growth !== undefined && growth > 0 ? growth : 0
  if (over) {
    const action = regressed
      ? 'Review what this change added to the bundle and bring it under its budget: split or lazy-load code, drop unused dependencies'
      : 'Bring the bundle under its budget: split or lazy-load code, drop unused dependencies'
    return { item: { kind: 'bundle-size', subject, action, expectedBytes: Math.max(over.actual - over.target, regressed ? grew : 0), effort: 'medium' }, fixes }
  }
  if (!regressed && grew === 0) return undefined
  return { item: { kind: 'bundle-size', subject, action: 'Review what this change added to the bundle', ...(grew > 0 ? { expectedBytes: grew } : {}), effort: 'medium' }, fixes }
}

/** Bytes count as the time a user spends downloading them, so that every step is on one scale. */
function gainMs(item: Omit<PlanItem, 'priority'>): number {
  return item.expectedMs ?? (item.expectedBytes ?? 0) / BYTES_PER_MS_SLOW_4G
}
