import path from 'node:path'
import type { Config } from '../../config/config.js'
import { messages } from '../../errors.js'
import type { Composition } from '../../model/measurements.js'
import { plural } from '../../report/format.js'
import { compositionSourceOf, scriptsAndStyles, type Room, type Side } from '../room.js'

type CompositionSettings = Pick<Config, 'composition' | 'webpackStats' | 'workingDirectory'>

/**
 * What the bundles are made of: webpack-bundle-analyzer over the stats, or the source maps of the
 * measured files; the head's as a treemap too. The base's is read the same way, from the same
 * places in its worktree, when its build writes them.
 */
export const compositionRoom: Room<'composition'> = {
  async measure(config: CompositionSettings, { head, base }, { log, note, artifactDir }) {
    const source = compositionSourceOf(config, head)
    if (!source) return {}
    const treemap = path.join(artifactDir, 'treemap.html')
    const composition = await measureSide(source, config, head, { treemapFile: treemap, note })
    if (!composition) return {}
    log.info(`${plural(composition.assets.length, 'bundle')} from ${source === 'webpack-stats' ? path.basename(config.webpackStats ?? '') : 'their source maps'}; treemap at ${treemap}.`)
    const baseComposition = base && (await measureSide(source, config, base, { note: (message) => note(`The base: ${message}`) }))
    return { head: { ...composition, treemap }, ...(baseComposition ? { base: baseComposition } : {}) }
  },
}

/**
 * One side's composition. The analyzer and its viewer are a sizeable part of dist/, so they are
 * loaded only for webpack stats. Undefined when there is nothing to read; on the head a missing
 * stats file is the user's error, on the base only a note.
 */
async function measureSide(
  source: 'webpack-stats' | 'source-maps',
  config: CompositionSettings,
  side: Side,
  options: { treemapFile?: string; note: (message: string) => void },
): Promise<Composition | undefined> {
  const onHead = side.role === 'head'
  const treemap = options.treemapFile ? { treemapFile: options.treemapFile } : {}
  if (source === 'webpack-stats') {
    const { measureComposition } = await import('../composition.js')
    const statsFile = path.join(side.directory, path.relative(config.workingDirectory, config.webpackStats ?? ''))
    if (onHead) return measureComposition(statsFile, treemap)
    try {
      return await measureComposition(statsFile)
    } catch (error) {
      options.note(`its webpack stats could not be read (${(error as Error).message}); the composition is shown without a comparison.`)
      return undefined
    }
  }
  const files = scriptsAndStyles(side.measured)
  const { measureSourceMapComposition } = await import('../sourceMapComposition.js')
  const { composition, notes } = await measureSourceMapComposition(files, { workingDirectory: side.directory, ...treemap })
  for (const message of notes) options.note(message)
  if (composition.assets.length > 0) return composition
  // Asked for explicitly, a build without maps deserves a word; under auto, no maps just means no composition.
  if (config.composition === 'source-maps' && onHead) options.note(messages.noSourceMaps(files.length))
  return undefined
}
