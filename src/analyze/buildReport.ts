import { judgeAlert } from './alert.js'
import { analyzeProfiles } from './profile.js'
import { analyzeDatabase, databaseBottlenecks } from './database.js'
import type { DatabaseAnalysis, EndpointQueries } from '../model/database.js'
import type { SecondRounds } from '../model/alert.js'
import { compareBundles } from './compare.js'
import type { HistoryPoint } from '../model/analysis.js'
import { findBundleBottlenecks, findPackageBottlenecks, rankBottlenecks } from './bottlenecks.js'
import { compareComposition } from './composition.js'
import { AUTO_STRIP_HASH, type StripHash } from '../model/settings.js'
import type { Composition, BaselineInfo, CommitInfo, Measurements } from '../model/measurements.js'
import { compareEndpoints, findLatencyBottlenecks, validateLatency, validateLatencyChanges } from './latency.js'
import { comparePages, findLighthouseBottlenecks, validateLighthouse, validateRenderChanges } from './lighthouse.js'
import { buildPlan } from './plan.js'
import { validateShards } from './shards.js'
import type { ShardInfo, ShardsMerged } from '../model/shard.js'
import { boundHistory, headlineMetrics, trendSeries } from './trend.js'
import { acceptRegressions, bundleSubject, decide, validateBundles, validateSizeLimitTimes } from './verdict.js'
import { markPreExisting, worseBeyond } from './preExisting.js'
import { BUNDLE_GROWTH_FLOOR_BYTES } from './compare.js'
import { P95_FLOOR_MS } from './latency.js'
import { METRIC_TABLE, higherIsBetter, type MetricName } from '../model/metrics.js'
import type { FailOn } from '../model/settings.js'
import type { BundleComparison, EndpointComparison, PageComparison, TargetResult } from '../model/analysis.js'
import { SCHEMA_VERSION, type Acceptance, type Report } from '../model/report.js'

export interface ReportInput {
  toolVersion: string
  createdAt: string
  commit?: CommitInfo
  settings: Report['settings']
  head: Measurements
  base?: Measurements
  baseline: BaselineInfo
  notes: string[]
  /** Stored reports of earlier base-branch commits, nearest first. */
  history?: HistoryPoint[]
  /** `history-size` and how many commits the stored reports were looked for among: the history is cut to that size and says how far back it reaches. */
  historySearch?: { size: number; commitsLookedAt: number }
  /**
   * How content hashes come off file names, so a file is compared with itself across builds
   * (`strip-hash`; default `auto`). Not a setting of the report: a pattern is no JSON.
   */
  stripHash?: StripHash
  /** In a shard's job: its share, kept in the report for the merge. */
  shard?: ShardInfo
  /** In the merge: which shards the measurements came from, and which are missing. */
  shards?: ShardsMerged
  /** The pull request carries the accept label: its regressions do not block. */
  accepted?: Acceptance
  /**
   * On a push with `alert`: the second set of paired rounds of the regressed endpoints and pages
   * (empty when nothing noisy regressed). Given, the report says which regressions alert.
   */
  secondRounds?: SecondRounds
}

/** The pure core in one call: compare, validate, decide, rank. Same input, same report. */
export function buildReport(input: ReportInput): Report {
  const { settings } = input
  const stripHash = input.stripHash ?? AUTO_STRIP_HASH
  const bundles = compareBundles(input.head.bundles, input.base?.bundles, settings.regressionThreshold, stripHash)
  const { latency, lighthouse } = input.head
  const endpoints = compareEndpoints(latency, input.base?.latency, settings.regressionThreshold)
  const pages = comparePages(lighthouse, input.base?.lighthouse, settings.regressionThreshold)
  const headTargets = [
    ...validateBundles(bundles, settings.regressionThreshold, settings.failOn),
    ...validateSizeLimitTimes(input.head.bundles, settings.failOn),
    ...(latency ? validateLatency(latency, settings, settings.failOn) : []),
    ...(lighthouse ? validateLighthouse(lighthouse, settings.lighthouseBudgets, settings.failOn) : []),
    ...validateLatencyChanges(endpoints, settings.regressionThreshold, settings.failOn),
    ...validateRenderChanges(pages, settings.regressionThreshold, settings.failOn),
    ...validateShards(input.shards),
  ]
  // The same budgets judged the same way on the base's own measurements.
  const baseTargets = [
    ...baseBundleBudgets(bundles, settings.failOn),
    ...(input.base ? validateSizeLimitTimes(input.base.bundles, settings.failOn) : []),
    ...(input.base?.latency ? validateLatency(input.base.latency, settings, settings.failOn) : []),
    ...(input.base?.lighthouse ? validateLighthouse(input.base.lighthouse, settings.lighthouseBudgets, settings.failOn) : []),
  ]
  const targets = markPreExisting(headTargets, baseTargets, worseThanBase(input, bundles, endpoints, pages), settings.preExisting ?? 'block')
  const validation = acceptRegressions(targets, input.accepted)
  const composition = input.head.composition ? compareComposition(input.head.composition, comparableComposition(input.head.composition, input.base?.composition), stripHash) : []
  const database = databaseOf(input.head, input.base)
  const profiles = input.head.latency?.profile
  // The base's profiled rounds of this run, or the profile an earlier run's report kept of its head.
  const code = analyzeProfiles(profiles?.head, profiles?.base ?? input.base?.latency?.profile?.head)
  const bottlenecks = rankBottlenecks([
    ...findBundleBottlenecks(input.head.bundles, bundles),
    ...databaseBottlenecks(database),
    ...findPackageBottlenecks(input.head.composition, composition),
    ...(latency ? findLatencyBottlenecks(latency) : []),
    ...(lighthouse ? findLighthouseBottlenecks(lighthouse) : []),
  ])
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'perf-gate', version: input.toolVersion },
    createdAt: input.createdAt,
    ...(input.commit ? { commit: input.commit } : {}),
    settings,
    baseline: input.baseline,
    measurements: input.head,
    comparison: { bundles, endpoints, pages, composition },
    ...(database ? { database } : {}),
    ...(code ? { code } : {}),
    validation,
    bottlenecks,
    plan: buildPlan(bottlenecks, validation, code),
    verdict: decide(validation),
    ...(input.secondRounds ? { alert: judgeAlert(validation, input.secondRounds, settings.regressionThreshold) } : {}),
    notes: input.notes,
    ...(input.shard ? { shard: input.shard } : {}),
    ...(input.shards ? { shards: input.shards } : {}),
    ...(input.accepted ? { accepted: input.accepted } : {}),
    ...historyOf(input),
  }
}

/** The base's size of each bundle against the same budget: a budget the base already broke. */
function baseBundleBudgets(bundles: readonly BundleComparison[], failOn: FailOn): TargetResult[] {
  return bundles.flatMap((bundle): TargetResult[] =>
    bundle.baseSize === undefined || bundle.status === 'removed'
      ? []
      : [
          {
            kind: 'bundle-budget',
            subject: bundleSubject(bundle),
            target: bundle.limit,
            actual: bundle.baseSize,
            passed: bundle.baseSize <= bundle.limit,
            blocking: failOn.budget,
          },
        ],
  )
}

/** Memory counts as worse past this much more than the base's: a server's RSS moves by a few MB from round to round. */
const MEMORY_FLOOR_BYTES = 10e6
/**
 * ...and past this share of the base's, whatever regression-threshold says: two processes of the
 * same code peak apart by this much (next-server: 165 and 207 MB in one run, 290 to 370 MB across
 * runs), and RSS is a process's lasting state, so rounds of the same two processes are no
 * independent pairs to narrow it.
 */
const MEMORY_NOISE = 0.3
/** An error rate counts as worse past this many points more than the base's (and the threshold). */
const ERROR_RATE_FLOOR = 0.01
/** A size-limit time counts as worse past this much more (ms), besides the threshold. */
const TIME_FLOOR_MS = 10

/**
 * Whether the head is worse than the base beyond the noise, for a budget both break: by the paired
 * comparison where there is one (the p95 and render changes), else past the threshold and the
 * measurement's floor (memory: past what two processes of the same code differ by); sizes are
 * exact, so any growth past the floor of a bundle regression.
 */
function worseThanBase(input: ReportInput, bundles: readonly BundleComparison[], endpoints: readonly EndpointComparison[], pages: readonly PageComparison[]) {
  const threshold = input.settings.regressionThreshold
  return (target: TargetResult, base: TargetResult): boolean => {
    switch (target.kind) {
      case 'bundle-budget': {
        const bundle = bundles.find((candidate) => bundleSubject(candidate) === target.subject)
        return (bundle?.delta ?? target.actual - base.actual) >= BUNDLE_GROWTH_FLOOR_BYTES
      }
      case 'latency-p95': {
        const change = endpoints.find((endpoint) => endpoint.name === target.subject)?.p95Change
        return change ? change.verdict === 'regression' : worseBeyond(target.actual, base.actual, threshold, P95_FLOOR_MS)
      }
      case 'lighthouse-metric': {
        const metric = target.metric as MetricName
        const change = pages.find((page) => page.name === target.subject)?.changes?.[metric]
        if (change) return change.verdict === 'regression'
        return worseBeyond(target.actual, base.actual, METRIC_TABLE[metric].unit === 'unitless' ? 0 : threshold, METRIC_TABLE[metric].noiseFloor ?? 0, higherIsBetter(metric))
      }
      case 'memory':
        return worseBeyond(target.actual, base.actual, Math.max(threshold, MEMORY_NOISE), MEMORY_FLOOR_BYTES)
      case 'error-rate':
        return worseBeyond(target.actual, base.actual, threshold, ERROR_RATE_FLOOR)
      case 'size-limit-time':
        return worseBeyond(target.actual, base.actual, threshold, TIME_FLOOR_MS)
      default:
        // A page that fails to load on both sides: the head broke nothing new.
        return false
    }
  }
}

/** The history (bounded by history-size when the search is known), how far back it reaches, and the trend drawn from it. */
function historyOf(input: ReportInput): Pick<Report, 'history' | 'historyReach' | 'trend'> {
  const bounded = input.history && input.historySearch ? boundHistory(input.history, input.historySearch.size, input.historySearch.commitsLookedAt) : undefined
  const history = bounded?.history ?? input.history ?? []
  if (history.length === 0) return {}
  return { history, ...(bounded ? { historyReach: bounded.reach } : {}), trend: trendSeries(history, headlineMetrics(input.head, input.settings.compression), 'this run') }
}

/**
 * The Database phase: the head's statements against the base's, which the rebuilt base's paired
 * rounds measured in this run, or an earlier run's report (its head) measured on its own machine;
 * per request, the counts compare across machines.
 */
function databaseOf(head: Measurements, base: Measurements | undefined): DatabaseAnalysis | undefined {
  const measured = head.latency?.database
  if (!measured) return undefined
  const side = (queries: readonly EndpointQueries[], which: EndpointQueries['side']) => queries.filter((entry) => entry.side === which)
  const rebuilt = side(measured.queries, 'base')
  const baseQueries = rebuilt.length > 0 ? rebuilt : side(base?.latency?.database?.queries ?? [], 'head')
  return analyzeDatabase(side(measured.queries, 'head'), baseQueries, measured.plans, measured.note)
}

/**
 * The base's composition when it was read the same way as the head's: a source map's exact
 * attribution against webpack-bundle-analyzer's estimates would show differences that are none.
 * Reports from before `source` existed read webpack stats.
 */
function comparableComposition(head: Composition, base: Composition | undefined): Composition | undefined {
  return base && (base.source ?? 'webpack-stats') === head.source ? base : undefined
}
