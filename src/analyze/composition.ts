import type { AssetComposition, Composition, ModuleSize } from '../model/measurements.js'
import { stripHash } from './hashes.js'
import { AUTO_STRIP_HASH, type StripHash } from '../model/settings.js'
import type { CompositionChange } from '../model/analysis.js'

/**
 * What grew and what shrank between the base and the head: the packages and modules of each asset,
 * assets matched by their names without content hashes. Sorted by the size of the change, largest
 * first; what did not change is left out. Both sides are compared in the same kind of size: parsed
 * when both have it, else stat sizes.
 */
export function compareComposition(head: Composition, base: Composition | undefined, rule: StripHash = AUTO_STRIP_HASH): CompositionChange[] {
  if (!base) return []
  const sizeOf = head.sizeKind === base.sizeKind ? (entry: ModuleSize) => entry.size : (entry: ModuleSize) => entry.stat ?? entry.size
  const baseAssets = assetsByKey(base, rule)
  const headAssets = assetsByKey(head, rule)
  const changes: CompositionChange[] = []
  for (const [key, headAsset] of headAssets) {
    changes.push(...compareAssets(headAsset.asset, headAsset, baseAssets.get(key), sizeOf))
  }
  for (const [key, baseAsset] of baseAssets) {
    if (!headAssets.has(key)) changes.push(...compareAssets(baseAsset.asset, undefined, baseAsset, sizeOf))
  }
  const kindOrder = { package: 0, module: 1 }
  return changes.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || kindOrder[a.kind] - kindOrder[b.kind] || a.asset.localeCompare(b.asset) || a.name.localeCompare(b.name))
}

function compareAssets(asset: string, head: AssetComposition | undefined, base: AssetComposition | undefined, sizeOf: (entry: ModuleSize) => number): CompositionChange[] {
  const packages = compareEntries(head?.packages ?? [], base?.packages ?? [], sizeOf, { headComplete: true, baseComplete: true })
  // Only the largest modules are kept: a module missing from a side whose list was cut short may
  // still be there, below the cut, so it is neither added nor removed. Its package's total, which
  // is always complete, still shows the change.
  const modules = compareEntries(head?.modules ?? [], base?.modules ?? [], sizeOf, {
    headComplete: !head || head.modules.length >= head.moduleCount,
    baseComplete: !base || base.modules.length >= base.moduleCount,
  })
  return [...packages.map((change) => ({ asset, kind: 'package' as const, ...change })), ...modules.map((change) => ({ asset, kind: 'module' as const, ...change }))]
}

function compareEntries(
  head: readonly ModuleSize[],
  base: readonly ModuleSize[],
  sizeOf: (entry: ModuleSize) => number,
  complete: { headComplete: boolean; baseComplete: boolean },
): Array<Omit<CompositionChange, 'asset' | 'kind'>> {
  const baseByName = new Map(base.map((entry) => [entry.name, sizeOf(entry)]))
  const headByName = new Map(head.map((entry) => [entry.name, sizeOf(entry)]))
  const changes: Array<Omit<CompositionChange, 'asset' | 'kind'>> = []
  for (const [name, headSize] of headByName) {
    const baseSize = baseByName.get(name)
    if (baseSize !== undefined) changes.push({ name, base: baseSize, head: headSize, delta: headSize - baseSize, status: 'changed' })
    else if (complete.baseComplete) changes.push({ name, head: headSize, delta: headSize, status: 'added' })
  }
  for (const [name, baseSize] of baseByName) {
    if (!headByName.has(name) && complete.headComplete) changes.push({ name, base: baseSize, delta: -baseSize, status: 'removed' })
  }
  return changes.filter((change) => change.delta !== 0)
}

/**
 * A composition's assets by their names without hashes. Names that are the same once their hashes
 * are gone (main.1a2b3c.js and main.4d5e6f.js in one build) stay whole, so they match nothing by mistake.
 */
function assetsByKey(composition: Composition, rule: StripHash): Map<string, AssetComposition> {
  const keyed = composition.assets.map((asset) => ({ asset, key: stripHash(asset.asset, rule) }))
  const uses = new Map<string, number>()
  for (const { key } of keyed) uses.set(key, (uses.get(key) ?? 0) + 1)
  return new Map(keyed.map(({ asset, key }) => [uses.get(key) === 1 ? key : asset.asset, asset]))
}

/** The largest packages of every asset, largest first, each with its share of its asset's size. */
export function largestPackages(head: Composition, top = 5): Array<ModuleSize & { asset: string; share: number }> {
  return head.assets
    .flatMap((asset) => asset.packages.map((entry) => ({ ...entry, asset: asset.asset, share: asset.size > 0 ? entry.size / asset.size : 0 })))
    .sort((a, b) => b.size - a.size || a.asset.localeCompare(b.asset) || a.name.localeCompare(b.name))
    .slice(0, top)
}
