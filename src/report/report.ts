import { compareBundles, type BundleComparison } from '../analyze/compare.js'
import { findBundleBottlenecks, type Bottleneck } from '../analyze/bottlenecks.js'
import { decide, validateBundles, type TargetResult, type Verdict } from '../analyze/verdict.js'
import type { Compression, FailOn } from '../config/config.js'
import type { BundleMeasurement } from '../measure/bundles.js'

/** Bumped on any change that could break a reader of report.json; see schema/report.schema.json. */
export const SCHEMA_VERSION = 1

export interface Measurements {
  bundles: BundleMeasurement[]
}

export interface CommitInfo {
  sha?: string
  ref?: string
}

export type BaselineInfo =
  | { source: 'report'; path: string; createdAt?: string; commit?: CommitInfo }
  | { source: 'none'; reason: string }

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION
  tool: { name: 'perf-gate'; version: string }
  createdAt: string
  commit?: CommitInfo
  settings: { compression: Compression; bundleBudget: number; regressionThreshold: number; failOn: FailOn }
  baseline: BaselineInfo
  measurements: Measurements
  comparison: { bundles: BundleComparison[] }
  validation: TargetResult[]
  bottlenecks: Bottleneck[]
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
  const validation = validateBundles(bundles, settings.regressionThreshold, settings.failOn)
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'perf-gate', version: input.toolVersion },
    createdAt: input.createdAt,
    ...(input.commit ? { commit: input.commit } : {}),
    settings,
    baseline: input.baseline,
    measurements: input.head,
    comparison: { bundles },
    validation,
    bottlenecks: findBundleBottlenecks(input.head.bundles, bundles),
    verdict: decide(validation),
    notes: input.notes,
  }
}
