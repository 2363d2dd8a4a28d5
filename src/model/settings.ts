import type { MetricName } from './metrics.js'

export const COMPRESSIONS = ['gzip', 'brotli', 'none'] as const

export type Compression = (typeof COMPRESSIONS)[number]

/** What a budget the base already breaks does: see the pre-existing input. */
export type PreExistingMode = 'ratchet' | 'block'

export interface FailOn {
  budget: boolean
  regression: boolean
}

/**
 * Budgets per Lighthouse metric (METRIC_TABLE's ids), in the metric's unit: ms for timings, unitless
 * for CLS, 0–1 for the score; a minimum for a higher-is-better metric (the score), else a maximum.
 */
export type LighthouseBudgets = Partial<Record<MetricName, number>>

export type BudgetName = keyof LighthouseBudgets

/**
 * How content hashes come off built file names, so that `assets/index-D_6Ay_gG.js` on the base and
 * `assets/index-CKk-EZXd.js` on the head are one bundle that grew, not one removed and one added.
 * `auto` knows the hashes bundlers write; `pattern` is compressed-size-action's convention: the
 * first capture group of a regular expression is the hash.
 */
export type StripHash = { kind: 'auto' } | { kind: 'none' } | { kind: 'pattern'; pattern: RegExp }

export const AUTO_STRIP_HASH: StripHash = { kind: 'auto' }
