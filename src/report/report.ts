import { compareBundles, type BundleComparison } from '../analyze/compare.js'
import { findBundleBottlenecks, findPackageBottlenecks, rankBottlenecks, type RankedBottleneck } from '../analyze/bottlenecks.js'
import { compareComposition, type CompositionChange } from '../analyze/composition.js'
import { AUTO_STRIP_HASH, type StripHash } from '../analyze/hashes.js'
import type { Composition } from '../measure/composition.js'
import { compareEndpoints, findLatencyBottlenecks, validateLatency, validateLatencyChanges, type EndpointComparison } from '../analyze/latency.js'
import { comparePages, findLighthouseBottlenecks, validateLighthouse, validateRenderChanges, type PageComparison } from '../analyze/lighthouse.js'
import type { LighthouseBudgets } from '../config/lighthouseBudgets.js'
import type { LighthouseMeasurement } from '../measure/lighthouse.js'
import { buildPlan, type PlanItem } from '../analyze/plan.js'
import { decide, validateBundles, validateSizeLimitTimes, type TargetResult, type Verdict } from '../analyze/verdict.js'
import type { Compression, FailOn } from '../config/config.js'
import type { BundleMeasurement } from '../measure/bundles.js'
import type { LatencyMeasurement } from '../measure/latency.js'
import type { HistoryPoint } from '../analyze/trend.js'

/** Bumped on any change that could break a reader of report.json; see schema/report.schema.json. */
export const SCHEMA_VERSION = 1

export interface Measurements {
  bundles: BundleMeasurement[]
  latency?: LatencyMeasurement
  lighthouse?: LighthouseMeasurement
  /** What the bundles are made of, from webpack stats; `treemap` is the analyzer's HTML report. */
  composition?: Composition & { treemap?: string }
}

export interface CommitInfo {
  sha?: string
  ref?: string
}

export type BaselineInfo =
  | { source: 'report'; path: string; createdAt?: string; commit?: CommitInfo }
  | { source: 'rebuild'; ref: string; commit: CommitInfo }
  /** An earlier run's stored report of the merge base, or of its nearest ancestor that has one. */
  | { source: 'stored'; ref: string; commit: CommitInfo; commitsBeforeMergeBase: number; runId?: number }
  | { source: 'none'; reason: string }

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION
  tool: { name: 'perf-gate'; version: string }
  createdAt: string
  commit?: CommitInfo
  settings: {
    compression: Compression
    bundleBudget: number
    regressionThreshold: number
    failOn: FailOn
    errorRateBudget: number
    memoryBudget: number
    lighthouseBudgets: LighthouseBudgets
  }
  baseline: BaselineInfo
  measurements: Measurements
  comparison: { bundles: BundleComparison[]; endpoints: EndpointComparison[]; pages: PageComparison[]; composition: CompositionChange[] }
  validation: TargetResult[]
  /** Ranked across kinds by estimated impact on a user, largest first. */
  bottlenecks: RankedBottleneck[]
  plan: PlanItem[]
  verdict: Verdict
  /** Things the reader should know that are not failures (a skipped measurement, an ignored option). */
  notes: string[]
  /** Headline metrics of earlier base-branch commits (nearest first), from their stored reports. */
  history?: HistoryPoint[]
  /** Where the published files are, once they are (the report artifact, the check run). */
  links?: ReportLinks
}

export interface ReportLinks {
  /** The workflow artifact with report.json, report.md, Lighthouse HTML and the treemap. */
  artifact?: string
  checkRun?: string
}

export interface ReportInput {
  toolVersion: string
  createdAt: string
  commit?: CommitInfo
  settings: Report['settings']
  head: Measurements
  base?: Measurements
  baseline: BaselineInfo
  notes: string[]
  history?: HistoryPoint[]
  /**
   * How content hashes come off file names, so a file is compared with itself across builds
   * (`strip-hash`; default `auto`). Not a setting of the report: a pattern is no JSON.
   */
  stripHash?: StripHash
}

/** The pure core in one call: compare, validate, decide, rank. Same input, same report. */
export function buildReport(input: ReportInput): Report {
  const { settings } = input
  const stripHash = input.stripHash ?? AUTO_STRIP_HASH
  const bundles = compareBundles(input.head.bundles, input.base?.bundles, settings.regressionThreshold, stripHash)
  const { latency, lighthouse } = input.head
  const endpoints = compareEndpoints(latency, input.base?.latency, settings.regressionThreshold)
  const pages = comparePages(lighthouse, input.base?.lighthouse, settings.regressionThreshold)
  const validation = [
    ...validateBundles(bundles, settings.regressionThreshold, settings.failOn),
    ...validateSizeLimitTimes(input.head.bundles, settings.failOn),
    ...(latency ? validateLatency(latency, settings, settings.failOn) : []),
    ...(lighthouse ? validateLighthouse(lighthouse, settings.lighthouseBudgets, settings.failOn) : []),
    ...validateLatencyChanges(endpoints, settings.regressionThreshold, settings.failOn),
    ...validateRenderChanges(pages, settings.regressionThreshold, settings.failOn),
  ]
  const composition = input.head.composition ? compareComposition(input.head.composition, comparableComposition(input.head.composition, input.base?.composition), stripHash) : []
  const bottlenecks = rankBottlenecks([
    ...findBundleBottlenecks(input.head.bundles, bundles),
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
    validation,
    bottlenecks,
    plan: buildPlan(bottlenecks, validation),
    verdict: decide(validation),
    notes: input.notes,
    ...(input.history && input.history.length > 0 ? { history: input.history } : {}),
  }
}

/**
 * The base's composition when it was read the same way as the head's: a source map's exact
 * attribution against webpack-bundle-analyzer's estimates would show differences that are none.
 * Reports from before `source` existed read webpack stats.
 */
function comparableComposition(head: Composition, base: Composition | undefined): Composition | undefined {
  return base && (base.source ?? 'webpack-stats') === head.source ? base : undefined
}
