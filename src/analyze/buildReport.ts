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
import { acceptRegressions, decide, validateBundles, validateSizeLimitTimes } from './verdict.js'
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
  const targets = [
    ...validateBundles(bundles, settings.regressionThreshold, settings.failOn),
    ...validateSizeLimitTimes(input.head.bundles, settings.failOn),
    ...(latency ? validateLatency(latency, settings, settings.failOn) : []),
    ...(lighthouse ? validateLighthouse(lighthouse, settings.lighthouseBudgets, settings.failOn) : []),
    ...validateLatencyChanges(endpoints, settings.regressionThreshold, settings.failOn),
    ...validateRenderChanges(pages, settings.regressionThreshold, settings.failOn),
    ...validateShards(input.shards),
  ]
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
