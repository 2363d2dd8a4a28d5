import { compareBundles, type BundleComparison } from '../analyze/compare.js'
import { findBundleBottlenecks, type Bottleneck } from '../analyze/bottlenecks.js'
import { compareEndpoints, findLatencyBottlenecks, validateLatency, validateLatencyChanges, type EndpointBottleneck, type EndpointComparison } from '../analyze/latency.js'
import { comparePages, findLighthouseBottlenecks, validateLighthouse, validateRenderChanges, type OpportunityBottleneck, type PageComparison } from '../analyze/lighthouse.js'
import type { LighthouseBudgets } from '../config/lighthouseBudgets.js'
import type { LighthouseMeasurement } from '../measure/lighthouse.js'
import { buildPlan, type PlanItem } from '../analyze/plan.js'
import { decide, validateBundles, type TargetResult, type Verdict } from '../analyze/verdict.js'
import type { Compression, FailOn } from '../config/config.js'
import type { BundleMeasurement } from '../measure/bundles.js'
import type { LatencyMeasurement } from '../measure/latency.js'

/** Bumped on any change that could break a reader of report.json; see schema/report.schema.json. */
export const SCHEMA_VERSION = 1

export interface Measurements {
  bundles: BundleMeasurement[]
  latency?: LatencyMeasurement
  lighthouse?: LighthouseMeasurement
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
  comparison: { bundles: BundleComparison[]; endpoints: EndpointComparison[]; pages: PageComparison[] }
  validation: TargetResult[]
  bottlenecks: Array<Bottleneck | EndpointBottleneck | OpportunityBottleneck>
  plan: PlanItem[]
  verdict: Verdict
  /** Things the reader should know that are not failures (a skipped measurement, an ignored option). */
  notes: string[]
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
}

/** The pure core in one call: compare, validate, decide, rank. Same input, same report. */
export function buildReport(input: ReportInput): Report {
  const { settings } = input
  const bundles = compareBundles(input.head.bundles, input.base?.bundles, settings.regressionThreshold)
  const { latency, lighthouse } = input.head
  const endpoints = compareEndpoints(latency, input.base?.latency, settings.regressionThreshold)
  const pages = comparePages(lighthouse, input.base?.lighthouse, settings.regressionThreshold)
  const validation = [
    ...validateBundles(bundles, settings.regressionThreshold, settings.failOn),
    ...(latency ? validateLatency(latency, settings, settings.failOn) : []),
    ...(lighthouse ? validateLighthouse(lighthouse, settings.lighthouseBudgets, settings.failOn) : []),
    ...validateLatencyChanges(endpoints, settings.regressionThreshold, settings.failOn),
    ...validateRenderChanges(pages, settings.regressionThreshold, settings.failOn),
  ]
  const bottlenecks = [
    ...findBundleBottlenecks(input.head.bundles, bundles),
    ...(latency ? findLatencyBottlenecks(latency) : []),
    ...(lighthouse ? findLighthouseBottlenecks(lighthouse) : []),
  ]
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'perf-gate', version: input.toolVersion },
    createdAt: input.createdAt,
    ...(input.commit ? { commit: input.commit } : {}),
    settings,
    baseline: input.baseline,
    measurements: input.head,
    comparison: { bundles, endpoints, pages },
    validation,
    bottlenecks,
    plan: buildPlan(bottlenecks, validation),
    verdict: decide(validation),
    notes: input.notes,
  }
}
