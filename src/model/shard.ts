import type { Measurements } from './measurements.js'

/** This job's share of a matrix: shard `index` of `total`, both from 1. */
export interface ShardSetting {
  index: number
  total: number
}

/** What a shard's report says of its share, so that the merge can tell that every page and endpoint was measured once. */
export interface ShardInfo extends ShardSetting {
  /** The pages this shard was given, as the config names them. */
  pages: string[]
  /** The endpoints this shard was given, as `METHOD /path`. */
  endpoints: string[]
  /** Whether this shard measured the bundles (shard 1 does). */
  bundles: boolean
  /**
   * The base this shard compared with, cut to its share: the merge compares the merged head with the
   * merged base, so the merged report is the one a single job would have made.
   */
  base?: Measurements
  /** `strip-hash` as the shard was given it (`auto`, `none` or the pattern): the merge pairs the bundles the same way. */
  stripHash?: string
  /** Where the shard wrote its files (the root of its artifact): the merge finds the Lighthouse reports and profiles in the artifact by it. */
  reportDir?: string
}

/** Why a shard's report is not in the merge. */
export interface MissingShard {
  index: number
  reason: 'no-report' | 'other-commit' | 'other-settings' | 'overlap'
  /** What the reason is about: the other commit, the setting that differs, the page measured twice. */
  detail?: string
}

/** How a merged report came together. */
export interface ShardsMerged {
  total: number
  /** The shards whose reports are in it, in order. */
  merged: number[]
  missing: MissingShard[]
}
