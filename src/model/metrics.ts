/** The metrics Lighthouse estimates an audit's savings for: the keys of its `metricSavings`, in the category's order. */
export const SAVINGS_METRICS = ['FCP', 'LCP', 'TBT', 'CLS', 'INP'] as const

export type SavingsMetric = (typeof SAVINGS_METRICS)[number]

/**
 * What a metric's values are, which is how they are formatted: `ms` a timing (formatMs), `unitless`
 * CLS's layout-shift fraction (three decimals), `score` Lighthouse's 0–1 performance score (shown
 * out of 100, as Lighthouse shows it).
 */
export type MetricUnit = 'ms' | 'unitless' | 'score'

export type MetricDirection = 'lower-is-better' | 'higher-is-better'

/**
 * How a budget for the metric is written and read: `timing` a duration (`2.5s`, `200ms`, 2500) up
 * to 2 minutes; `cls` a layout-shift fraction (0.1) up to 1; `score` 0–1 or a percentage (0.9, 90).
 */
export type BudgetKind = 'timing' | 'cls' | 'score'

/** One row of METRIC_TABLE: everything perf-gate knows about one Lighthouse metric. */
export interface MetricDefinition {
  /** As LHCI assertions and budget.json name it: an audit id, or `categories:<id>` for a category's score. */
  readonly audit: string
  /** As people name it in a sentence: "LCP", "Speed Index", "performance score". */
  readonly label: string
  readonly unit: MetricUnit
  readonly direction: MetricDirection
  /** A paired change smaller than this (in the metric's unit) never counts, however sure. */
  readonly noiseFloor?: number
  /** The key of Lighthouse's `metricSavings` that estimates a saving of this metric, when it has one. */
  readonly savings?: SavingsMetric
  /** Its github-action-benchmark entry: `<name> <page>` in `unit`. None for a metric not written there. */
  readonly benchmark?: { readonly name: string; readonly unit: string }
  readonly budget: BudgetKind
}

// Insertion order is the metrics' order everywhere (medians, spreads, changes): keep it.
const TABLE = {
  score: { audit: 'categories:performance', label: 'performance score', unit: 'score', direction: 'higher-is-better', noiseFloor: 0.03, budget: 'score' },
  fcp: { audit: 'first-contentful-paint', label: 'FCP', unit: 'ms', direction: 'lower-is-better', noiseFloor: 100, savings: 'FCP', benchmark: { name: 'FCP', unit: 'ms' }, budget: 'timing' },
  lcp: { audit: 'largest-contentful-paint', label: 'LCP', unit: 'ms', direction: 'lower-is-better', noiseFloor: 100, savings: 'LCP', benchmark: { name: 'LCP', unit: 'ms' }, budget: 'timing' },
  tbt: { audit: 'total-blocking-time', label: 'TBT', unit: 'ms', direction: 'lower-is-better', noiseFloor: 50, savings: 'TBT', benchmark: { name: 'TBT', unit: 'ms' }, budget: 'timing' },
  cls: { audit: 'cumulative-layout-shift', label: 'CLS', unit: 'unitless', direction: 'lower-is-better', noiseFloor: 0.02, savings: 'CLS', benchmark: { name: 'CLS', unit: 'CLS' }, budget: 'cls' },
  si: { audit: 'speed-index', label: 'Speed Index', unit: 'ms', direction: 'lower-is-better', noiseFloor: 100, benchmark: { name: 'Speed Index', unit: 'ms' }, budget: 'timing' },
  tti: { audit: 'interactive', label: 'TTI', unit: 'ms', direction: 'lower-is-better', noiseFloor: 100, budget: 'timing' },
} as const satisfies Record<string, MetricDefinition>

export type MetricName = keyof typeof TABLE

/** The Lighthouse metrics perf-gate measures, budgets, compares and reports: the one place they are listed. */
export const METRIC_TABLE: Readonly<Record<MetricName, MetricDefinition>> = TABLE

export const METRIC_NAMES = Object.keys(METRIC_TABLE) as MetricName[]

/** Each metric's Lighthouse id (audit, or `categories:performance` for the score). */
export const METRICS = Object.fromEntries(METRIC_NAMES.map((name) => [name, METRIC_TABLE[name].audit])) as { readonly [Name in MetricName]: (typeof TABLE)[Name]['audit'] }

export type MetricValues = Partial<Record<MetricName, number>>

export function isMetricName(name: unknown): name is MetricName {
  return typeof name === 'string' && Object.hasOwn(METRIC_TABLE, name)
}

/** True for the performance score; false for every timing, CLS, and a name that is no metric. */
export function higherIsBetter(metric: string | undefined): boolean {
  return isMetricName(metric) && METRIC_TABLE[metric].direction === 'higher-is-better'
}

/**
 * What a budget is in each direction, in the manner of LHCI's assertion operators: a minimum
 * (LHCI's `minScore`, met at or above it) or a maximum (`maxNumericValue`, met at or below it).
 */
export const BUDGET_OPERATORS = {
  'higher-is-better': { lhciOption: 'minScore', meets: (actual: number, budget: number) => actual >= budget },
  'lower-is-better': { lhciOption: 'maxNumericValue', meets: (actual: number, budget: number) => actual <= budget },
} as const satisfies Record<MetricDirection, { lhciOption: string; meets: (actual: number, budget: number) => boolean }>

export function budgetOperator(metric: MetricName): (typeof BUDGET_OPERATORS)[MetricDirection] {
  return BUDGET_OPERATORS[METRIC_TABLE[metric].direction]
}

/** The Lighthouse category whose score the metric is (`performance` for the score); undefined for a metric that is an audit. */
export function categoryOf(metric: MetricName): string | undefined {
  const audit = METRIC_TABLE[metric].audit
  return audit.startsWith('categories:') ? audit.slice('categories:'.length) : undefined
}
