import type { Compression } from '../config/config.js'
import { sizeFor, type BundleMeasurement, type Sizes } from '../measure/bundles.js'

export type ChangeStatus = 'added' | 'removed' | 'changed' | 'unchanged' | 'no-baseline'

/** One bundle, head against base. Sizes are exact, so any byte of difference is a change. */
export interface BundleComparison {
  name: string
  status: ChangeStatus
  compression: Compression
  limit: number
  /** Absent when the bundle was removed. */
  head?: Sizes
  /** Absent when the bundle is new, or when there is no baseline. */
  base?: Sizes
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

/** Pairs head and base bundles by name; without a base, every bundle is `no-baseline`. */
export function compareBundles(
  head: readonly BundleMeasurement[],
  base: readonly BundleMeasurement[] | undefined,
  regressionThreshold: number,
): BundleComparison[] {
  const baseByName = new Map((base ?? []).map((bundle) => [bundle.name, bundle]))
  const headNames = new Set(head.map((bundle) => bundle.name))

  const compared = head.map((bundle): BundleComparison => {
    const size = sizeFor(bundle, bundle.compression)
    const common = { name: bundle.name, compression: bundle.compression, limit: bundle.limit, head: pick(bundle), size, overBudget: size > bundle.limit }
    if (!base) return { ...common, status: 'no-baseline', regression: false }
    const before = baseByName.get(bundle.name)
    if (!before) return { ...common, status: 'added', regression: false }

    // The base is measured with the head's compression, so a changed setting cannot fake a change.
    const baseSize = sizeFor(before, bundle.compression)
    const delta = size - baseSize
    const change = baseSize > 0 ? delta / baseSize : undefined
    return {
      ...common,
      base: pick(before),
      baseSize,
      delta,
      ...(change === undefined ? {} : { change }),
      status: delta === 0 && before.raw === bundle.raw ? 'unchanged' : 'changed',
      regression: change !== undefined && change > regressionThreshold,
    }
  })

  const removed = (base ?? [])
    .filter((bundle) => !headNames.has(bundle.name))
    .map((bundle): BundleComparison => {
      const baseSize = sizeFor(bundle, bundle.compression)
      return {
        name: bundle.name,
        status: 'removed',
        compression: bundle.compression,
        limit: bundle.limit,
        base: pick(bundle),
        size: 0,
        baseSize,
        delta: -baseSize,
        ...(baseSize > 0 ? { change: -1 } : {}),
        regression: false,
        overBudget: false,
      }
    })
  return [...compared, ...removed]
}

function pick(sizes: Sizes): Sizes {
  return { raw: sizes.raw, gzip: sizes.gzip, brotli: sizes.brotli }
}
