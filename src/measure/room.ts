import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Config } from '../config/config.js'
import type { Logger } from '../model/edges.js'
import type { Measurements } from '../model/measurements.js'
import type { AppServer } from './server.js'

// The shape every measuring room has (see rooms.ts for the rooms and their order), and what more
// than one room needs to know.

export type RoomKind = Exclude<keyof Measurements, never>

/** One side of the comparison: the head's checkout, or the base rebuilt in a worktree. */
export interface Side {
  role: 'head' | 'base'
  directory: string
  /** Its app server, when the config starts one and it came up; for the head, the app at target-url. */
  server?: AppServer
  /** What the rooms before this one measured here: composition reads the bundles' files. */
  measured: Measurements
}

/** The two sides a room measures: the head always, the base when it is rebuilt in this job. */
export interface Sides {
  head: Side
  base?: Side
}

/** What the engine lends a room: the log, a way to leave a note in the report, where files go. */
export interface RoomContext {
  log: Logger
  note(message: string): void
  /** Where files for people go: Lighthouse HTML reports, the treemap. */
  artifactDir: string
  /** The time left for runs and rounds beyond the fewest, to decide what they left undecided; none: fixed counts. */
  sampling?: SamplingBudget
}

/**
 * The time a run may still spend on runs and rounds beyond the fewest, to decide what they left
 * undecided (sampling-timeout); each measurement takes what its extra runs took.
 */
export interface SamplingBudget {
  leftMs: number
}

export type RoomResult<K extends RoomKind> = { head?: Measurements[K]; base?: Measurements[K] }

/**
 * A room measures both sides in one call, so that rooms whose numbers depend on the moment
 * (Lighthouse runs, load rounds) can take the two sides in turn; the others measure each side
 * with the same code.
 */
export interface Room<K extends RoomKind> {
  measure(config: Config, sides: Sides, context: RoomContext): Promise<RoomResult<K>>
}

/** A page given as a path (`/pricing`) is on the started server or the target-url; a full URL is measured as it is. */
export function isRelativeUrl(url: string): boolean {
  return !/^https?:\/\//i.test(url)
}

/** A path (`/pricing`) on the app: under a target-url's base path (`https://host/app/pricing`), or at the started server's root. */
export function urlOnServer(server: Pick<AppServer, 'origin'>, pathOnServer: string): string {
  return new URL(`${server.origin}${pathOnServer}`).href
}

/** The request path of a path on the app, as a load generator given the bare origin sends it: the base path first. */
export function requestPathOnServer(server: Pick<AppServer, 'origin'>, pathOnServer: string): string {
  return `${new URL(server.origin).pathname.replace(/\/+$/, '')}${pathOnServer}`
}

const SCRIPT_OR_STYLE = /\.(?:[cm]?js|css)$/i

/**
 * Whether a built file has a source map, as devtools find one: a sourceMappingURL comment, or
 * `<file>.map` beside it. Asked under `auto` before the source-map reader is loaded, so that a
 * build without maps never pays for it.
 */
function namesASourceMap(file: string): boolean {
  if (existsSync(`${file}.map`)) return true
  try {
    return readFileSync(file, 'latin1').includes('sourceMappingURL=')
  } catch {
    return false
  }
}

/** The measured files composition can read: scripts and style sheets, each once. */
export function scriptsAndStyles(measured: Measurements): string[] {
  return [...new Set(measured.bundles.flatMap((bundle) => bundle.files.map((file) => file.path)))].filter((file) => SCRIPT_OR_STYLE.test(file))
}

/**
 * Where the bundles' composition comes from: webpack stats when given (`auto`), else the source
 * maps of the measured files when any has one; `composition` can insist on either, or turn it off.
 */
export function compositionSourceOf(config: Pick<Config, 'composition' | 'webpackStats'>, head: Side): 'webpack-stats' | 'source-maps' | undefined {
  switch (config.composition) {
    case 'none':
      return undefined
    case 'webpack-stats':
      return 'webpack-stats'
    case 'source-maps':
      return 'source-maps'
    case 'auto':
      if (config.webpackStats) return 'webpack-stats'
      return scriptsAndStyles(head.measured).some((file) => namesASourceMap(path.resolve(head.directory, file))) ? 'source-maps' : undefined
  }
}
