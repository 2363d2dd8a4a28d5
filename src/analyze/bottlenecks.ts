import type { Compression } from '../config/config.js'
import { sizeFor, type BundleMeasurement } from '../measure/bundles.js'
import type { BundleComparison } from './compare.js'

export interface Bottleneck {
  kind: 'largest-file' | 'bundle-growth'
  subject: string
  /** Bytes after `compression`: the file's size, or the bundle's growth. */
  bytes: number
  compression: Compression
  /** The file's share of all measured bytes, or the growth relative to the base. */
  share?: number
}

const TOP = 5

/** The largest files across all bundles, and the bundles that grew most, ranked by bytes. */
export function findBundleBottlenecks(head: readonly BundleMeasurement[], comparisons: readonly BundleComparison[]): Bottleneck[] {
  const files = new Map<string, { bytes: number; compression: Compression }>()
  for (const bundle of head) {
    for (const file of bundle.files) files.set(file.path, { bytes: sizeFor(file, bundle.compression), compression: bundle.compression })
  }
  const total = [...files.values()].reduce((sum, file) => sum + file.bytes, 0)
  const largest = [...files.entries()]
    .sort(([, a], [, b]) => b.bytes - a.bytes)
    .slice(0, TOP)
    .map(([subject, file]): Bottleneck => ({ kind: 'largest-file', subject, bytes: file.bytes, compression: file.compression, ...(total > 0 ? { share: file.bytes / total } : {}) }))

  const growth = comparisons
    .filter((bundle) => (bundle.delta ?? 0) > 0)
    .sort((a, b) => (b.delta ?? 0) - (a.delta ?? 0))
    .slice(0, TOP)
    .map((bundle): Bottleneck => ({ kind: 'bundle-growth', subject: bundle.name, bytes: bundle.delta ?? 0, compression: bundle.compression, ...(bundle.change === undefined ? {} : { share: bundle.change }) }))
  return [...growth, ...largest]
}
