import type { AlertJudgment } from './alert.js'
import type { CodeAnalysis } from './profile.js'
import type { ShardInfo, ShardsMerged } from './shard.js'
import type { DatabaseAnalysis } from './database.js'
import type { BaselineInfo, CommitInfo, Measurements } from './measurements.js'
import type { BundleComparison, CompositionChange, EndpointComparison, HistoryPoint, HistoryReach, PageComparison, TrendSeries, PlanItem, RankedBottleneck, TargetResult, Verdict } from './analysis.js'
import type { Compression, FailOn, LighthouseBudgets, PreExistingMode } from './settings.js'
/** Bumped on any change that could break a reader of report.json; see schema/report.schema.json. */
export const SCHEMA_VERSION = 1

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
    /** A budget the base already breaks: blocks only when the head is worse (ratchet), or as any (block). Absent in reports written before: block. */
    preExisting?: PreExistingMode
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
  /**
   * On a push with `alert`, against the parent commit: the regressions that alert (bundles, and noisy
   * ones a second set of paired rounds confirmed) and the noisy ones it did not confirm.
   */
  alert?: AlertJudgment
  /** Things the reader should know that are not failures (a skipped measurement, an ignored option). */
  notes: string[]
  /** Headline metrics of earlier base-branch commits (nearest first), from their stored reports: at most `history-size` of them. */
  history?: HistoryPoint[]
  /** How far back `history` reaches, and among how many commits it was looked for. */
  historyReach?: HistoryReach
  /** With database-url: per endpoint, the statements behind it, what changed and what to fix. */
  database?: DatabaseAnalysis
  /** With profile: per endpoint, the hottest functions, what got hotter base to head, a possible leak. */
  code?: CodeAnalysis
  /** The headline metrics' lines over those commits and this run, for the Monitoring phase. */
  trend?: TrendSeries[]
  /** In a shard's report: its share of a matrix, and the base it compared with, for the merge. */
  shard?: ShardInfo
  /** In a merged report: which shards it holds and which are missing (each a failed target). */
  shards?: ShardsMerged
  /** Where the published files are, once they are (the report artifact, the check run). */
  links?: ReportLinks
  /** The pull request carries the accept label: its regressions do not block (budgets still do). */
  accepted?: Acceptance
}

/** A change accepted on purpose: the label on the pull request, and who added it and when, when known. */
export interface Acceptance {
  /** The label as it is on the pull request. */
  label: string
  /** The login of whoever added it; absent when that could not be found out. */
  by?: string
  /** When it was added (ISO 8601), when known. */
  at?: string
}

export interface ReportLinks {
  /** The workflow artifact with report.json, report.md, Lighthouse HTML and the treemap. */
  artifact?: string
  checkRun?: string
}
