import { compareBundles, type BundleComparison } from '../analyze/compare.js'
import { findBundleBottlenecks, type Bottleneck } from '../analyze/bottlenecks.js'
import { findLatencyBottlenecks, validateLatency, type EndpointBottleneck } from '../analyze/latency.js'
import { comparePages, findLighthouseBottlenecks, validateLighthouse, type OpportunityBottleneck, type PageComparison } from '../analyze/lighthouse.js'
import type { LighthouseBudgets } from '../config/lighthouseBudgets.js'
import type { LighthouseMeasurement } from '../measure/lighthouse.js'
import { buildPlan, type PlanItem } from '../analyze/plan.js'
import { decide, validateBundles, type TargetResult, type Verdict } from '../analyze/verdict.js'
import type { Compression, FailOn } from '../config/config.js'
import type { BundleMeasurement } from '../measure/bundles.js'
import type { LatencyMeasurement, LatencyStats } from '../measure/latency.js'

/** Bumped on any change that could break a reader of report.json; see schema/report.schema.json. */
export const SCHEMA_VERSION = 1

export interface Measurements {
  bundles: BundleMeasurement[]
  latency?: LatencyMeasurement
  lighthouse?: LighthouseMeasurement
}

/** An endpoint's normal-load numbers next to the base's, for the Baseline phase. */
export interface EndpointComparison {
  name: string
  head: EndpointSummary
  base?: EndpointSummary
}

export interface EndpointSummary extends Pick<LatencyStats, 'p50' | 'p95' | 'p99'> {
  throughput: number
  errorRate: number
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
  const validation = [
    ...validateBundles(bundles, settings.regressionThreshold, settings.failOn),
    ...(latency ? validateLatency(latency, settings, settings.failOn) : []),
    ...(lighthouse ? validateLighthouse(lighthouse, settings.lighthouseBudgets, settings.failOn) : []),
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
    comparison: { bundles, endpoints: compareEndpoints(latency, input.base?.latency), pages: comparePages(lighthouse, input.base?.lighthouse) },
    validation,
    bottlenecks,
    plan: buildPlan(bottlenecks, validation),
    verdict: decide(validation),
    notes: input.notes,
  }
}

/**
 * Normal-load numbers, head next to base, for display. Whether a latency change is a regression
 * needs paired rounds and a confidence interval, not two single numbers, so none is decided here.
 */
function compareEndpoints(head: LatencyMeasurement | undefined, base: LatencyMeasurement | undefined): EndpointComparison[] {
  if (!head) return []
  const summary = (endpoint: LatencyMeasurement['endpoints'][number]): EndpointSummary => {
    const { normal } = endpoint
    return { p50: normal.latency.p50, p95: normal.latency.p95, p99: normal.latency.p99, throughput: normal.throughput, errorRate: normal.errorRate }
  }
  const baseByName = new Map((base?.endpoints ?? []).map((endpoint) => [endpoint.name, endpoint]))
  return head.endpoints.map((endpoint) => {
    const before = baseByName.get(endpoint.name)
    return { name: endpoint.name, head: summary(endpoint), ...(before ? { base: summary(before) } : {}) }
  })
}
