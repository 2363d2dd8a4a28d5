import type { Compression } from '../model/settings.js'
import { sizeFor, type BundleMeasurement, APP_PACKAGE } from '../model/measurements.js'
import type { BundleComparison, CompositionChange, AnyBottleneck, Bottleneck, PackageBottleneck, RankedBottleneck } from '../model/analysis.js'
import { largestPackages } from './composition.js'
import { BUNDLE_GROWTH_FLOOR_BYTES } from './compare.js'
import { bundleSubject } from './verdict.js'
import type { Composition } from '../model/measurements.js'

const TOP = 5
/** The project's own largest modules: a few, since every bundle has many. */
const OWN_MODULES = 3

/**
 * The largest files across all bundles, and the bundles that grew most (by at least
 * BUNDLE_GROWTH_FLOOR_BYTES), ranked by bytes: one entry per file. A file that is among the largest
 * and grew is one `largest-file` entry, its whole size: what it costs a user, the growth included,
 * so its growth is not counted again; `growth` says what it grew by.
 * A file is named as the validation names it (its name without content hashes), so that its
 * bottleneck, its targets and its plan item are found by one name.
 */
export function findBundleBottlenecks(head: readonly BundleMeasurement[], comparisons: readonly BundleComparison[]): Bottleneck[] {
  const files = new Map<string, { bytes: number; compression: Compression }>()
  for (const bundle of head) {
    for (const file of bundle.files) files.set(file.path, { bytes: sizeFor(file, bundle.compression), compression: bundle.compression })
  }
  // Each head file's comparison, when the file is a bundle of its own: how the validation names it.
  const fileBundles = new Set(head.filter((bundle) => bundle.files.length === 1 && bundle.files[0]?.path === bundle.name).map((bundle) => bundle.name))
  const comparisonOf = new Map<string, BundleComparison>()
  for (const comparison of comparisons) {
    const path = comparison.file ?? comparison.name
    if (comparison.status !== 'removed' && fileBundles.has(path)) comparisonOf.set(path, comparison)
  }
  const total = [...files.values()].reduce((sum, file) => sum + file.bytes, 0)
  const largestPaths = [...files.entries()].sort(([, a], [, b]) => b.bytes - a.bytes).slice(0, TOP)
  const largest = largestPaths.map(([path, file]): Bottleneck => {
    const comparison = comparisonOf.get(path)
    const grew =
      comparison && (comparison.delta ?? 0) >= BUNDLE_GROWTH_FLOOR_BYTES ? { growth: { bytes: comparison.delta ?? 0, ...(comparison.change === undefined ? {} : { change: comparison.change }) } } : {}
    return {
      kind: 'largest-file',
      subject: comparison ? bundleSubject(comparison) : path,
      bytes: file.bytes,
      compression: file.compression,
      ...(total > 0 ? { share: file.bytes / total } : {}),
      ...grew,
    }
  })
  const amongLargest = new Set(largestPaths.map(([path]) => comparisonOf.get(path)))

  const growth = comparisons
    .filter((bundle) => (bundle.delta ?? 0) >= BUNDLE_GROWTH_FLOOR_BYTES && !amongLargest.has(bundle))
    .sort((a, b) => (b.delta ?? 0) - (a.delta ?? 0))
    .slice(0, TOP)
    .map((bundle): Bottleneck => ({
      kind: 'bundle-growth',
      subject: bundleSubject(bundle),
      bytes: bundle.delta ?? 0,
      compression: bundle.compression,
      ...(bundle.change === undefined ? {} : { share: bundle.change }),
    }))
  return [...growth, ...largest]
}

/**
 * Bytes become time as Lighthouse's default mobile profile downloads them: 1.6 Mbps ("slow 4G"),
 * 200 bytes per ms. This puts a big file, a slow endpoint and a render opportunity on one scale.
 */
export const BYTES_PER_MS_SLOW_4G = 200

/**
 * The largest npm packages, the largest modules of the project's own code (its packages' modules
 * are in the package rows) and the packages that grew most.
 */
export function findPackageBottlenecks(head: Composition | undefined, changes: readonly CompositionChange[]): PackageBottleneck[] {
  if (!head) return []
  const ownModules = head.assets
    .flatMap((asset) =>
      asset.modules.filter((module) => !/(^|\/)node_modules\//.test(module.name)).map((module) => ({ ...module, asset: asset.asset, share: asset.size > 0 ? module.size / asset.size : 0 })),
    )
    .sort((a, b) => b.size - a.size)
    .slice(0, OWN_MODULES)
    .map((module): PackageBottleneck => ({ kind: 'largest-module', subject: module.name, asset: module.asset, bytes: module.size, share: module.share, ...(module.gzip ? { gzip: module.gzip } : {}) }))
  const largest = largestPackages(head, TOP + 1)
    .filter((entry) => entry.name !== APP_PACKAGE)
    .slice(0, TOP)
    .map((entry): PackageBottleneck => ({ kind: 'largest-package', subject: entry.name, asset: entry.asset, bytes: entry.size, share: entry.share, ...(entry.gzip ? { gzip: entry.gzip } : {}) }))
  const growth = changes
    .filter((change) => change.kind === 'package' && change.delta > 0)
    .slice(0, TOP)
    .map((change): PackageBottleneck => {
      // The growth compresses about as well as its bundle does.
      const asset = head.assets.find((candidate) => candidate.asset === change.asset)
      const gzip = asset?.gzip && asset.size > 0 ? Math.round((change.delta * asset.gzip) / asset.size) : undefined
      return { kind: 'package-growth', subject: change.name, asset: change.asset, bytes: change.delta, ...(change.base ? { share: change.delta / change.base } : {}), ...(gzip ? { gzip } : {}) }
    })
  return [...growth, ...largest, ...ownModules]
}

/** What each bottleneck costs a user, in ms: an estimate on one scale for all kinds. */
export function impactMs(item: AnyBottleneck): number {
  switch (item.kind) {
    case 'lighthouse-opportunity':
      return item.savingsMs
    case 'slow-endpoint':
      // Every request waits this long at the slow end.
      return item.p95
    case 'database-query':
      // The statement's database time in every request: the most its fix can win.
      return item.msPerRequest
    case 'largest-package':
    case 'largest-module':
    case 'package-growth':
      return (item.gzip ?? item.bytes) / BYTES_PER_MS_SLOW_4G
    default:
      return item.bytes / BYTES_PER_MS_SLOW_4G
  }
}

/** All kinds in one list, the largest estimated impact first. */
export function rankBottlenecks(items: readonly AnyBottleneck[]): RankedBottleneck[] {
  return items.map((item) => ({ ...item, impactMs: impactMs(item) })).sort((a, b) => b.impactMs - a.impactMs)
}
