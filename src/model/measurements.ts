import type { ProfileMeasurement } from './profile.js'
import type { DatabaseMeasurement } from './database.js'
import type { Compression } from './settings.js'
import type { MetricName, MetricValues, SavingsMetric } from './metrics.js'
export interface Sizes {
  raw: number
  gzip: number
  brotli: number
}

export interface MeasuredFile extends Sizes {
  /** Relative to the working directory, with forward slashes. */
  path: string
}

/**
 * One bundle. perf-gate measures all three sizes of the files it reads; a check that the project's
 * own size-limit measured has only the size size-limit reports, after that check's `compression`.
 */
export interface BundleMeasurement extends Partial<Sizes> {
  name: string
  /** Which of the sizes the budget and the regression check use; always present. */
  compression: Compression
  /** Budget in bytes, after `compression`. */
  limit: number
  files: MeasuredFile[]
  /** Set when the project's size-limit measured this check (with its plugins: import, ignore, running…). */
  sizeLimit?: SizeLimitResult
}

/** What size-limit says of a check beyond its size: its own verdict and, with its time plugin, the times. */
export interface SizeLimitResult {
  passed: boolean
  /** Milliseconds to download the check's code on a slow 3G link, as size-limit's time plugin estimates. */
  loading?: number
  /** Milliseconds to run it, as the time plugin measures it in a browser. */
  running?: number
  /** The check's time limit in milliseconds, when it has one. */
  timeLimit?: number
}

/** One of the sizes; undefined only for a size-limit check, which has its own compression's size alone. */
export function sizeFor(sizes: Sizes, compression: Compression): number
export function sizeFor(sizes: Partial<Sizes>, compression: Compression): number | undefined
export function sizeFor(sizes: Partial<Sizes>, compression: Compression): number | undefined {
  return compression === 'none' ? sizes.raw : sizes[compression]
}

/** The size that a bundle's budget and regression check use: the one of its own compression, which every bundle has. */
export function bundleSize(bundle: BundleMeasurement): number {
  return sizeFor(bundle, bundle.compression) ?? 0
}

/** Bytes; `size` is the parsed (minified) size when the bundle files are available, else the stat size. */
export interface ModuleSize {
  name: string
  size: number
  gzip?: number
  /** The size webpack reports in the stats (before minification); set when `size` is the parsed size. */
  stat?: number
}

export interface AssetComposition {
  /** The output file name as in the stats, such as "main.3f2a.js". */
  asset: string
  size: number
  gzip?: number
  moduleCount: number
  /** Every npm package in the asset, with the project's own code as APP_PACKAGE; largest first. */
  packages: ModuleSize[]
  /** The largest modules (concatenated modules expanded into their parts), at most MODULES_PER_ASSET; largest first. */
  modules: ModuleSize[]
}

export interface Composition {
  /** What the composition was read from: webpack's stats (measureComposition) or the bundles' source maps (measureSourceMapComposition). */
  source: 'webpack-stats' | 'source-maps'
  /** The webpack stats file; only a composition from webpack stats has one. */
  statsFile?: string
  sizeKind: 'parsed' | 'stat'
  /** Where the bundle files were looked for; with sizeKind 'stat' they were not found (or not parsable) there. */
  bundleDir?: string
  assets: AssetComposition[]
}

/**
 * The package name under which the project's own code (everything outside node_modules) is counted.
 * It lives here, not with the measurer, so that the pure core never loads webpack-bundle-analyzer.
 */
export const APP_PACKAGE = '(app)'

export interface ResourceSummary {
  /** Peak RSS of the tree while sampling, bytes. */
  peakRss: number
  /** Mean CPU use of the tree, in cores (1 = one core busy). */
  meanCpu: number
  samples: number
  /** Which processes the figures count. Absent in reports written before perf-gate said. */
  counted?: CountedProcesses
}

/**
 * The processes a server's memory and CPU count: the one listening on its port and its
 * descendants, not what the start command put in front of it (`launchers`, such as npm and a
 * shell). `wholeGroup` when no listener was found and the start command's whole tree counts.
 */
export interface CountedProcesses {
  pid: number
  /** Its command line, as `ps` shows it (`next-server (v16.0.0)`, `node build`). */
  command: string
  /** How many processes were counted: it and its descendants. */
  processes: number
  /** The processes above it, outermost first, left out. */
  launchers: string[]
  wholeGroup?: true
}

/** Milliseconds, from every successful response of a round (never rounded to whole ms). */
export interface LatencyStats {
  p50: number
  p90: number
  p95: number
  p99: number
  max: number
  mean: number
}

export interface RoundResult {
  connections: number
  /** The measured window, ms (warm-up excluded). */
  durationMs: number
  /** Every request that ended: responses, errors and timeouts. */
  requests: number
  /** Responses with the expected status (2xx unless the endpoint says otherwise). */
  ok: number
  /** Responses with another status: counted as errors, kept out of the latency. */
  unexpectedStatus: number
  /** Connection errors and resets. */
  errors: number
  timeouts: number
  /** (unexpected statuses + errors + timeouts) / requests. */
  errorRate: number
  /** Successful responses per second. */
  throughput: number
  latency: LatencyStats
  statusCodes: Record<string, number>
  /** Mean `dur` of each Server-Timing metric over the responses that carried it, ms. */
  serverTiming: Record<string, number>
  /** CPU the load generator used during the round, in cores. */
  generatorCpu: number
  /** The load generator was CPU-bound: latencies include its own queueing, so a slow result is not proof. */
  saturated: boolean
  /** The server's process tree during the round; absent where /proc is not available. */
  server?: ResourceSummary
}

export interface StressResult {
  steps: RoundResult[]
  /** The last step the server sustained, and why the next one was not. */
  breakingPoint: {
    connections: number
    throughput: number
    p99: number
    reason: 'error-rate' | 'latency' | 'throughput-plateau' | 'not-reached'
  }
}

export interface EndpointLatency {
  name: string
  method: string
  path: string
  p95Budget: number
  normal: RoundResult
  peak: RoundResult
  stress?: StressResult
  /**
   * p95 (ms) of short normal-load rounds taken in turn on the rebuilt base and the head (ABBA); round
   * i of each forms a pair. As many as it took to decide (latency-rounds, up to latency-max-rounds).
   */
  paired?: { base: number[]; head: number[] }
  /** With soak-duration (and no heap profile, which samples the heap over the soak instead): one long steady round at normal load, after the others. */
  soak?: RoundResult
}

export interface LatencyMeasurement {
  /** How long the started server took to answer; absent for a target-url, which perf-gate did not start. */
  startupMs?: number
  /** Whether the server's memory and CPU were sampled (from /proc, of the process tree perf-gate started). */
  resourcesMeasured: boolean
  /** The processes the memory and CPU figures count (the server's listener and its children). */
  counted?: CountedProcesses
  /** The target-url the endpoints were loaded at, when perf-gate started no server: what needs its process is unavailable. */
  target?: string
  /** With database-url: pg_stat_statements around the counted rounds, and the top statements' plans. */
  database?: DatabaseMeasurement
  /** With profile: each side's profiled rounds (a Node server's CPU profile, its heap after GC), none of them counted. */
  profile?: { head: ProfileMeasurement; base?: ProfileMeasurement }
  endpoints: EndpointLatency[]
}

/** A finding of the representative run: an opportunity, an insight or a diagnostic. */
export interface Opportunity {
  id: string
  title: string
  /**
   * The largest of Lighthouse's time estimates (overallSavingsMs and the LCP, FCP and TBT savings):
   * one number to rank findings by. The estimates overlap, so they are not added.
   */
  savingsMs: number
  savingsBytes: number
  /**
   * Lighthouse's estimate per metric, as its audit gives it (ms; CLS unitless). Absent in reports
   * written before perf-gate kept it.
   */
  metricSavings?: Partial<Record<SavingsMetric, number>>
  /**
   * The metrics fixing it would improve: those Lighthouse estimates a saving above 0 for, and TBT for
   * third-party code, which it gives no estimate. Absent in reports written before perf-gate kept it.
   */
  moves?: SavingsMetric[]
}

export interface RunOutcome {
  /** Absent when every attempt of this run failed. */
  metrics?: MetricValues
  benchmarkIndex?: number
  /** Lighthouse's error code or message when the run failed (after its retries). */
  error?: string
  attempts: number
}

export interface PageResult {
  /** The page as configured (a path stays a path): stable across runs, so base and head pair up. */
  name: string
  /** The address Lighthouse loaded. */
  url: string
  runs: RunOutcome[]
  /** Median per metric over the successful runs; absent when none succeeded. */
  median?: MetricValues
  /** min and max per metric over the successful runs. */
  spread?: Partial<Record<MetricName, { min: number; max: number }>>
  /** Index into `runs` of the run nearest the medians. */
  representative?: number
  benchmarkIndex?: number
  opportunities: Opportunity[]
  /** The representative run's HTML report, written to the report folder. */
  htmlReport?: string
  /** The rebuilt base's runs, taken in turn with the head's; run i of each forms a pair. */
  baseRuns?: RunOutcome[]
  /** Why the page has no numbers, when no run succeeded. */
  error?: string
}

export interface LighthouseMeasurement {
  chromePath: string
  runsPerPage: number
  pages: PageResult[]
}

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
