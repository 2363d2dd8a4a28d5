import type { DatabaseBottleneck } from './database.js'
import type { Compression } from './settings.js'
import type { MetricName, MetricValues, SavingsMetric } from './metrics.js'
import type { Opportunity, Sizes } from './measurements.js'
export type ChangeStatus = 'added' | 'removed' | 'changed' | 'unchanged' | 'no-baseline'

/**
 * How a bundle was paired when several files on a side strip to its name (Vite's `index-abc.js`
 * and `index-def.js`): `same-sizes` with a file of identical sizes, `size-order` with the file
 * of the same rank by size among the rest, `unpaired` when the other side had fewer such files.
 */
export type Pairing = 'same-sizes' | 'size-order' | 'unpaired'

/** One bundle, head against base. Sizes are exact, so any byte of difference is a change. */
export interface BundleComparison {
  /** A file without its content hashes (`strip-hash`), or a group's name. */
  name: string
  /** The head's file, when its name has a hash. */
  file?: string
  /** The base's file, when its name has a hash. */
  baseFile?: string
  /** Absent when the name is one file's on each side, as it is without hashes. */
  pairing?: Pairing
  status: ChangeStatus
  compression: Compression
  limit: number
  /** Absent when the bundle was removed; a check size-limit measured has only its compression's size. */
  head?: Partial<Sizes>
  /** Absent when the bundle is new, or when there is no baseline. */
  base?: Partial<Sizes>
  /** Head size after `compression`; 0 when removed. */
  size: number
  baseSize?: number
  /** head − base in bytes, after `compression`. */
  delta?: number
  /** delta / base; absent when the base size is 0 or there is none. */
  change?: number
  regression: boolean
  overBudget: boolean
}

export interface CompositionChange {
  /** The head's asset name, or the base's for an asset the head no longer has. */
  asset: string
  name: string
  kind: 'package' | 'module'
  base?: number
  head?: number
  delta: number
  status: 'added' | 'removed' | 'changed'
}

/**
 * How a metric moved between base and head, judged from paired rounds or runs: each side's median
 * over the same pairs, their difference, and the sign test's interval of the median paired
 * difference, which the verdict reads.
 */
export interface PairedChange {
  /** How many pairs the verdict took. */
  pairs: number
  /** The base's median over the pairs, in the metric's unit. */
  base: number
  /** The head's median over the same pairs. */
  head: number
  /** head − base. */
  difference: number
  /** difference / base; absent when the base is 0 or the metric's ratio means nothing (CLS): then the change is `difference`. */
  change?: number
  /** The median paired difference lies here with `confidence` (sign test; the whole range below 6 pairs). */
  interval: [number, number]
  /** The interval's exact confidence for its number of pairs (0.75 for 3, 0.97 for 6). */
  confidence: number
  /** The change that counts: the threshold of the base, at least the metric's noise floor (in its unit). */
  limit: number
  verdict: 'regression' | 'improvement' | 'unchanged' | 'inconclusive'
}

export interface EndpointBottleneck {
  kind: 'slow-endpoint'
  subject: string
  /** p95 at normal load, ms. */
  p95: number
  throughput: number
  /** Mean ms per Server-Timing metric. */
  serverTiming: Record<string, number>
  /** Database time over the mean response time, when Server-Timing names it. */
  dbShare?: number
}

/** An endpoint's normal-load numbers next to the base's; with paired rounds, the judged p95 change. */
export interface EndpointComparison {
  name: string
  head: EndpointSummary
  base?: EndpointSummary
  /** From rounds taken in turn on the rebuilt base and the head; absent for a stored or given report. */
  p95Change?: PairedChange
}

export interface EndpointSummary {
  p50: number
  p95: number
  p99: number
  throughput: number
  errorRate: number
}

export interface OpportunityBottleneck {
  kind: 'lighthouse-opportunity'
  subject: string
  id: string
  title: string
  savingsMs: number
  savingsBytes: number
  metricSavings?: Opportunity['metricSavings']
  /** The metrics fixing it would improve; none for an opportunity that does not say (from a report written before perf-gate kept them). */
  moves: SavingsMetric[]
}

export interface PageComparison {
  name: string
  head?: MetricValues
  base?: MetricValues
  /** From runs taken in turn on the rebuilt base and the head; absent for a stored or given report. */
  changes?: Partial<Record<MetricName, PairedChange>>
}

export interface Bottleneck {
  kind: 'largest-file' | 'bundle-growth'
  subject: string
  /** Bytes after `compression`: the file's size, or the bundle's growth. */
  bytes: number
  compression: Compression
  /** The file's share of all measured bytes, or the growth relative to the base. */
  share?: number
  /** For a largest-file that also grew: its growth after compression, and relative to the base. */
  growth?: { bytes: number; change?: number }
}

/** A package or module inside a bundle, from webpack stats: one of the largest, or a package that grew. */
export interface PackageBottleneck {
  kind: 'largest-package' | 'package-growth' | 'largest-module'
  subject: string
  /** The bundle (webpack asset) it is in. */
  asset: string
  /** Its size in the bundle (minified when the bundles were found, else as webpack read it), or its growth. */
  bytes: number
  /** Its share of the asset, or its growth relative to the base. */
  share?: number
  /** Its gzip size, when the analyzer measured one: what a user downloads. */
  gzip?: number
}

export type AnyBottleneck = Bottleneck | EndpointBottleneck | OpportunityBottleneck | PackageBottleneck | DatabaseBottleneck

export type RankedBottleneck = AnyBottleneck & { impactMs: number }

/**
 * How much work a step is, roughly: `low` a setting or a build option, `medium` a change in one
 * place of the code, `high` a cause still to be found (profile first).
 */
export type Effort = 'low' | 'medium' | 'high'

/** One step of the Plan phase: what to do, where, what it should buy, and at what effort. */
export interface PlanItem {
  kind: 'lighthouse-opportunity' | 'database-time' | 'slow-endpoint' | 'code' | 'memory' | 'bundle-size'
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
  effort: Effort
  /** Expected ms a user gains per unit of effort: the order of the plan after failing targets. */
  priority: number
  /** For a Lighthouse finding, the metrics doing it would improve, as Lighthouse names them. */
  moves?: SavingsMetric[]
  /** Whether doing it would fix a target that fails now: for a Lighthouse finding, whether it moves a failing metric of its page. */
  fixesFailure: boolean
}

/** One line of the Validation phase: a target and whether the head meets it. */
export interface TargetResult {
  kind:
    | 'bundle-budget'
    | 'bundle-regression'
    | 'size-limit-time'
    | 'latency-p95'
    | 'latency-regression'
    | 'error-rate'
    | 'memory'
    | 'lighthouse-metric'
    | 'lighthouse-error'
    | 'render-regression'
    | 'shard'
  subject: string
  /** Which Lighthouse metric (lcp, cls, …) a `lighthouse-metric` target is about. */
  metric?: string
  /** What went wrong, for a target that could not be measured. */
  detail?: string
  /** The limit: bytes for sizes and memory, ms for latency, a fraction for rates and thresholds. */
  target: number
  /** What was measured, in the same unit. */
  actual: number
  passed: boolean
  /**
   * The measurement cannot tell (the load generator was the bottleneck; a change's interval
   * reaches past the threshold): neither met nor failed, and `passed` is false.
   */
  inconclusive?: boolean
  /**
   * Why the target could not be evaluated at all (what it needs was not there to measure): not a
   * pass, not a fail, and `passed` is false. `target-url`: the server's process belongs to an app
   * perf-gate did not start; `no-proc`: the platform has no /proc to sample it from.
   */
  unavailable?: Unavailable
  /**
   * The base's reading of the same target, in the same unit and by the same statistic, when the
   * base was measured (rebuilt in this job, or a report that holds it).
   */
  base?: number
  /**
   * The base already fails this budget ("already over on the base"). `worse`: the head is worse
   * than the base beyond the noise (a paired regression, or growth past the floor for exact sizes).
   * Under pre-existing: ratchet it blocks only when worse.
   */
  preExisting?: {
    worse: boolean
    /** The base's runs straddled the budget rather than all missing it. */
    straddled?: true
  }
  /**
   * Under pre-existing: ratchet, a noisy budget the base met and the head misses while no worse than
   * the base beyond the noise: the budget lies within the measurement's noise, so the target is
   * inconclusive rather than failed.
   */
  withinNoiseOfBase?: true
  /** How many runs or rounds (per side, for a comparison) the verdict took. */
  runs?: number
  /**
   * The change is in the metric's own unit, not a fraction of the base: CLS, whose ratio means
   * nothing, or a change from a base of 0. `target` is then the floor, `actual` the difference.
   */
  absolute?: boolean
  /** Whether a failure of this target fails the check under `fail-on`. */
  blocking: boolean
  /** A failed regression that would block, made non-blocking by the pull request's accept label. */
  accepted?: boolean
}

export interface Verdict {
  passed: boolean
  /** Failed budgets, pre-existing ones included. */
  budgetFailures: number
  /** Of those, the budgets the base already broke (and the head did not make worse, under ratchet, so they do not block). */
  preExisting?: number
  regressions: number
  inconclusive: number
  /** The failed targets that fail the check, most serious first. */
  blockingFailures: TargetResult[]
}

/**
 * The states a target is in, the same on every surface: met; over a budget; a regression
 * against the base; inconclusive, when the measurement cannot tell (neither met nor failed); or
 * unavailable, when there was nothing to measure it on (the server's process of a target-url).
 * Whether a failure blocks is `blocking`, said next to the state.
 */
export type TargetState = 'pass' | 'fail' | 'regression' | 'inconclusive' | 'unavailable'

/** Why what needs the server's process was not measured: see TargetResult.unavailable. */
export type Unavailable = 'target-url' | 'no-proc'

/** One number worth following from commit to commit. */
export interface HeadlineMetric {
  /** Stable across runs: how points of different reports are matched. */
  id: string
  label: string
  unit: 'bytes' | 'ms'
  value: number
}

/** The headline metrics of one earlier base-branch commit, from its stored report. */
export interface HistoryPoint {
  sha: string
  /** When the stored report was written. */
  createdAt?: string
  /** The commit's committer date (ISO 8601), when git could tell. */
  committedAt?: string
  runId?: number
  metrics: HeadlineMetric[]
}

/** How far back the trend reaches: what `history-size` asked for, what was found, and among how many commits. */
export interface HistoryReach {
  /** `history-size`: the most earlier commits the trend keeps. */
  size: number
  /** The earlier commits the trend has (with a readable stored report): at most `size`. */
  points: number
  /** The base-branch commits whose stored reports were looked for. */
  commitsLookedAt: number
  /** The oldest of those points, and its date (the commit's, else its report's), YYYY-MM-DD. */
  oldest?: { sha: string; date?: string }
}

/** One metric's line over the stored commits (oldest first) and this run last. */
export interface TrendSeries {
  metric: HeadlineMetric
  points: Array<{ label: string; value: number }>
}
