import type { Config } from '../../config/config.js'
import { readSizeLimitConfig } from '../../config/sizeLimit.js'
import type { BundleMeasurement } from '../../model/measurements.js'
import { plural } from '../../report/format.js'
import { measureBundles, SizeCache } from '../bundles.js'
import type { Room, Side } from '../room.js'
import { measureSizeLimit } from '../sizeLimit.js'

type BundleSettings = Pick<Config, 'bundles' | 'sizeLimit' | 'bundleBudget'>

/** The configured bundles and the project's size-limit checks, on the head and the rebuilt base. */
export const bundleRoom: Room<'bundles'> = {
  async measure(config: BundleSettings, { head, base }, { log, note }) {
    // One cache for both sides: a file the change did not touch is compressed once.
    const sizes = new SizeCache()
    const headNotes = new Set<string>()
    const headBundles = await measureSide(config, head, sizes, (message) => {
      headNotes.add(message)
      note(message)
    })
    const files = new Set(headBundles.flatMap((bundle) => bundle.files.map((file) => file.path))).size
    log.info(`Measured ${plural(headBundles.length, 'bundle')} (${plural(files, 'file')}).`)
    if (!base) return { head: headBundles }
    // The base's own size-limit config and install; what it says that the head already said is said once.
    const baseBundles = await measureSide(config, base, sizes, (message) => {
      if (!headNotes.has(message)) note(`The base: ${message}`)
    })
    return { head: headBundles, base: baseBundles }
  },
}

/**
 * One side's bundles. The base reads its own size-limit config, which the change may have edited,
 * and may lack files the head has (a bundle the change adds).
 */
async function measureSide(config: BundleSettings, side: Side, sizes: SizeCache, note: (message: string) => void): Promise<BundleMeasurement[]> {
  const onBase = side.role === 'base'
  const options = { sizes, ...(onBase ? { allowMissing: true } : {}) }
  const bundles = config.bundles.length > 0 ? await measureBundles(config.bundles, side.directory, options) : []
  let setup = config.sizeLimit
  if (onBase) {
    try {
      setup = await readSizeLimitConfig(side.directory)
    } catch (error) {
      note(`its size-limit config could not be read (${(error as Error).message}); its checks are not compared.`)
      setup = undefined
    }
  }
  if (!setup) return bundles
  const sizeLimit = await measureSizeLimit(setup, side.directory, { bundleBudget: config.bundleBudget, ...options })
  for (const message of sizeLimit.notes) note(message)
  return [...bundles, ...sizeLimit.bundles]
}
