import type { Config } from '../config/config.js'
import { compositionSourceOf, isRelativeUrl, type Room, type RoomKind, type Side } from './room.js'

/**
 * The measuring rooms, in the order the engine runs them. A room measures one kind of thing on
 * each side it is given and returns plain data; it never judges and never formats. An entry here
 * is cheap (a title and a loader), so a room's code, and the packages it needs, are loaded only
 * when the config asks for what it measures. To add a room: one file in measure/rooms/, one entry
 * here, a field in Measurements, its analysis in analyze/ and its phase in report/.
 */
export const ROOMS: readonly RoomEntry[] = [
  {
    kind: 'bundles',
    title: (config) => (config.bundles.length > 0 || config.sizeLimit ? 'Bundle sizes' : undefined),
    load: async () => (await import('./rooms/bundles.js')).bundleRoom,
  },
  {
    kind: 'composition',
    title: (config, head) => {
      const source = compositionSourceOf(config, head)
      return source && `Bundle composition (${source === 'webpack-stats' ? 'webpack-bundle-analyzer' : 'source maps'})`
    },
    load: async () => (await import('./rooms/composition.js')).compositionRoom,
  },
  {
    kind: 'lighthouse',
    needsServer: (config) => config.urls.some(isRelativeUrl),
    title: (config) => (config.urls.length > 0 ? 'Render performance (Lighthouse)' : undefined),
    load: async () => (await import('./rooms/lighthouse.js')).lighthouseRoom,
  },
  {
    kind: 'latency',
    needsServer: (config) => config.endpoints.length > 0,
    title: (config) => (config.endpoints.length > 0 ? 'API latency under load' : undefined),
    load: async () => (await import('./rooms/latency.js')).latencyRoom,
  },
]

export interface RoomEntry<K extends RoomKind = RoomKind> {
  kind: K
  /** The log group's title, or undefined when this run asks nothing of the room. */
  title(config: Config, head: Side): string | undefined
  /** Whether the room needs the app server started first. */
  needsServer?(config: Config): boolean
  load(): Promise<Room<K>>
}
