import type { StripHash } from '../model/settings.js'
import { bundleSize, sizeFor, type BundleMeasurement, type Sizes } from '../model/measurements.js'
import { stripHash } from './hashes.js'
import type { BundleComparison, Pairing } from '../model/analysis.js'

/**
 * The least growth, in bytes after compression, that can be a regression, whatever its percentage:
 * 100 bytes take about half a millisecond on Lighthouse's slow-4G profile (1.6 Mbps, 200 bytes per
 * ms), which no user notices; below it a tiny file's few bytes (a 15-byte CSS growth is +10.4% of
 * 144 bytes) would fail a relative threshold. compressed-size-action (its `minimum-change-threshold`)
 * and size-limit (whose limits are absolute sizes) have similar notions.
 */
export const BUNDLE_GROWTH_FLOOR_BYTES = 100

/**
 * Pairs head and base bundles by name, files by their names without content hashes, so a file
 * whose hash changed is one bundle that changed; without a base, every bundle is `no-baseline`.
 * Named groups (a config group, a size-limit check) keep their names: they are not file names.
 * A bundle regressed when it grew strictly more than `regressionThreshold` of the base's size and
 * by at least BUNDLE_GROWTH_FLOOR_BYTES.
 */
export function compareBundles(head: readonly BundleMeasurement[], base: readonly BundleMeasurement[] | undefined, regressionThreshold: number, rule: StripHash): BundleComparison[] {
  const nameOf = (bundle: BundleMeasurement) => (isFile(bundle) ? stripHash(bundle.name, rule) : bundle.name)
  const partners = pairBundles(head, base ?? [], nameOf)

  const compared = head.map((bundle): BundleComparison => {
    const size = bundleSize(bundle)
    const name = nameOf(bundle)
    const partner = partners.ofHead.get(bundle)
    const common = {
      name,
      ...(bundle.name === name ? {} : { file: bundle.name }),
      ...(partner?.other && partner.other.name !== name ? { baseFile: partner.other.name } : {}),
      ...(partner?.pairing ? { pairing: partner.pairing } : {}),
      compression: bundle.compression,
      limit: bundle.limit,
      head: pick(bundle),
      size,
      overBudget: size > bundle.limit,
    }
    if (!base) return { ...common, status: 'no-baseline', regression: false }
    const before = partner?.other
    if (!before) return { ...common, status: 'added', regression: false }

    // The base is measured with the head's compression, so a changed setting cannot fake a change.
    const baseSize = sizeFor(before, bundle.compression)
    // A size-limit check whose compression the change switched has no size to compare with.
    if (baseSize === undefined) return { ...common, status: 'added', regression: false }
    const delta = size - baseSize
    const change = baseSize > 0 ? delta / baseSize : undefined
    return {
      ...common,
      base: pick(before),
      baseSize,
      delta,
      ...(change === undefined ? {} : { change }),
      status: delta === 0 && before.raw === bundle.raw ? 'unchanged' : 'changed',
      // Strictly above the threshold (10% of the base is not a regression under 10%), and enough bytes to matter.
      regression: change !== undefined && change > regressionThreshold && delta >= BUNDLE_GROWTH_FLOOR_BYTES,
    }
  })

  const removed = (base ?? [])
    .filter((bundle) => partners.ofBase.get(bundle)?.other === undefined)
    .map((bundle): BundleComparison => {
      const baseSize = bundleSize(bundle)
      const name = nameOf(bundle)
      const pairing = partners.ofBase.get(bundle)?.pairing
      return {
        name,
        ...(bundle.name === name ? {} : { baseFile: bundle.name }),
        ...(pairing ? { pairing } : {}),
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

/** A per-file bundle is named by its file's path; a group has a name of its own, or several files. */
function isFile(bundle: BundleMeasurement): boolean {
  return bundle.files.length === 1 && bundle.files[0]?.path === bundle.name
}

interface Partner {
  other?: BundleMeasurement
  pairing?: Pairing
}

/**
 * Each bundle's partner on the other side, for the head's bundles and the base's (kept apart: a
 * test, or a stored report, may hand the same object to both sides). A name that is one bundle's on each side pairs
 * them; where several share a name on a side, identical sizes pair first (a file that only moved or
 * was renamed), then the rest by rank of size, largest with largest; any left over are unpaired.
 * Files and groups are paired only with their own kind.
 */
function pairBundles(
  head: readonly BundleMeasurement[],
  base: readonly BundleMeasurement[],
  nameOf: (bundle: BundleMeasurement) => string,
): { ofHead: Map<BundleMeasurement, Partner>; ofBase: Map<BundleMeasurement, Partner> } {
  const keyOf = (bundle: BundleMeasurement) => `${isFile(bundle) ? 'file' : 'group'}:${nameOf(bundle)}`
  const baseByKey = groupBy(base, keyOf)
  const ofHead = new Map<BundleMeasurement, Partner>()
  const ofBase = new Map<BundleMeasurement, Partner>()
  const pair = (headBundle: BundleMeasurement, baseBundle: BundleMeasurement, pairing?: Pairing) => {
    ofHead.set(headBundle, { other: baseBundle, ...(pairing ? { pairing } : {}) })
    ofBase.set(baseBundle, { other: headBundle, ...(pairing ? { pairing } : {}) })
  }
  for (const [key, heads] of groupBy(head, keyOf)) {
    const bases = baseByKey.get(key) ?? []
    const [onlyHead] = heads
    const [onlyBase] = bases
    if (heads.length === 1 && bases.length === 1 && onlyHead && onlyBase) {
      pair(onlyHead, onlyBase)
      continue
    }
    if (bases.length === 0) continue
    const headsLeft = bySize(heads)
    const basesLeft = bySize(bases)
    for (const bundle of [...headsLeft]) {
      const same = basesLeft.find((candidate) => sameSizes(candidate, bundle))
      if (!same) continue
      pair(bundle, same, 'same-sizes')
      headsLeft.splice(headsLeft.indexOf(bundle), 1)
      basesLeft.splice(basesLeft.indexOf(same), 1)
    }
    headsLeft.forEach((bundle, index) => {
      const other = basesLeft[index]
      if (other) pair(bundle, other, 'size-order')
      else ofHead.set(bundle, { pairing: 'unpaired' })
    })
    for (const bundle of basesLeft.slice(headsLeft.length)) ofBase.set(bundle, { pairing: 'unpaired' })
  }
  return { ofHead, ofBase }
}

function groupBy(bundles: readonly BundleMeasurement[], keyOf: (bundle: BundleMeasurement) => string): Map<string, BundleMeasurement[]> {
  const groups = new Map<string, BundleMeasurement[]>()
  for (const bundle of bundles) groups.set(keyOf(bundle), [...(groups.get(keyOf(bundle)) ?? []), bundle])
  return groups
}

/** Largest first; the file name breaks ties, so the pairing does not depend on the order of a glob. */
function bySize(bundles: readonly BundleMeasurement[]): BundleMeasurement[] {
  return [...bundles].sort((a, b) => bundleSize(b) - bundleSize(a) || a.name.localeCompare(b.name))
}

function sameSizes(a: Partial<Sizes>, b: Partial<Sizes>): boolean {
  return a.raw === b.raw && a.gzip === b.gzip && a.brotli === b.brotli
}

function pick(sizes: Partial<Sizes>): Partial<Sizes> {
  return Object.fromEntries((['raw', 'gzip', 'brotli'] as const).flatMap((kind) => (sizes[kind] === undefined ? [] : [[kind, sizes[kind]]])))
}
