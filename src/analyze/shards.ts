import type { HistoryPoint, TargetResult } from '../model/analysis.js'
import type { LatencyMeasurement, LighthouseMeasurement, Measurements } from '../model/measurements.js'
import type { MissingShard, ShardInfo, ShardSetting, ShardsMerged } from '../model/shard.js'

/**
 * The shard a page or an endpoint belongs to: FNV-1a (32 bits) of its kind and name, modulo the
 * number of shards. It depends on the name alone, so adding a page moves no other page to another
 * shard (a matrix's jobs keep their caches and their history); the split is even on average, not
 * exactly for a handful of names.
 */
export function shardOfName(kind: 'page' | 'endpoint', name: string, total: number): number {
  let hash = 0x811c9dc5
  for (const byte of new TextEncoder().encode(`${kind}:${name}`)) {
    hash ^= byte
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return (hash % total) + 1
}

export function inShard(kind: 'page' | 'endpoint', name: string, shard: ShardSetting): boolean {
  return shardOfName(kind, name, shard.total) === shard.index
}

/** What a shard was given to measure. */
export type Share = Pick<ShardInfo, 'pages' | 'endpoints' | 'bundles'>

/** Measurements cut to a share: a stored or given base holds every page and endpoint, a shard compares only its own. */
export function measurementsOfShare(measurements: Measurements, share: Share): Measurements {
  const pages = new Set(share.pages)
  const endpoints = new Set(share.endpoints)
  const { lighthouse, latency } = measurements
  const cut: Measurements = { bundles: share.bundles ? measurements.bundles : [] }
  if (share.bundles && measurements.composition) cut.composition = measurements.composition
  if (lighthouse) cut.lighthouse = { ...lighthouse, pages: lighthouse.pages.filter((page) => pages.has(page.name)) }
  if (latency) {
    const mine = (endpoint: string) => endpoints.has(endpoint)
    cut.latency = {
      ...latency,
      endpoints: latency.endpoints.filter((endpoint) => mine(endpoint.name)),
      ...(latency.database ? { database: { ...latency.database, queries: latency.database.queries.filter((entry) => mine(entry.endpoint)) } } : {}),
      ...(latency.profile
        ? {
            profile: {
              head: { ...latency.profile.head, endpoints: latency.profile.head.endpoints.filter((entry) => mine(entry.endpoint)) },
              ...(latency.profile.base ? { base: { ...latency.profile.base, endpoints: latency.profile.base.endpoints.filter((entry) => mine(entry.endpoint)) } } : {}),
            },
          }
        : {}),
    }
  }
  return cut
}

/** The shards' measurements as one job's: each kind's lists joined in shard order; what is one per job (Chrome, start-up) from the first that has it. */
export function mergeMeasurements(parts: readonly Measurements[]): Measurements {
  const merged: Measurements = { bundles: parts.flatMap((part) => part.bundles) }
  const composition = parts.find((part) => part.composition)?.composition
  if (composition) merged.composition = composition
  const lighthouse = parts.flatMap((part) => (part.lighthouse ? [part.lighthouse] : []))
  if (lighthouse[0]) merged.lighthouse = { ...lighthouse[0], pages: lighthouse.flatMap((part) => part.pages) } satisfies LighthouseMeasurement
  const latency = parts.flatMap((part) => (part.latency ? [part.latency] : []))
  if (latency[0]) merged.latency = mergeLatency(latency as [LatencyMeasurement, ...LatencyMeasurement[]])
  return merged
}

function mergeLatency(parts: [LatencyMeasurement, ...LatencyMeasurement[]]): LatencyMeasurement {
  const [first] = parts
  // Each shard's server started on its own machine: the slowest start is the one a single job would have waited for (none with target-url).
  const startups = parts.flatMap((part) => (part.startupMs === undefined ? [] : [part.startupMs]))
  const { startupMs: _first, ...rest } = first
  const merged: LatencyMeasurement = {
    ...rest,
    ...(startups.length > 0 ? { startupMs: Math.max(...startups) } : {}),
    resourcesMeasured: parts.every((part) => part.resourcesMeasured),
    endpoints: parts.flatMap((part) => part.endpoints),
  }
  const databases = parts.flatMap((part) => (part.database ? [part.database] : []))
  if (databases[0]) {
    const note = databases.find((database) => database.note)?.note
    merged.database = { queries: databases.flatMap((database) => database.queries), plans: Object.assign({}, ...databases.map((database) => database.plans)), ...(note ? { note } : {}) }
  }
  const profiles = parts.flatMap((part) => (part.profile ? [part.profile] : []))
  if (profiles[0]) {
    const bases = profiles.flatMap((profile) => (profile.base ? [profile.base] : []))
    merged.profile = {
      head: { ...profiles[0].head, endpoints: profiles.flatMap((profile) => profile.head.endpoints) },
      ...(bases[0] ? { base: { ...bases[0], endpoints: bases.flatMap((base) => base.endpoints) } } : {}),
    }
  }
  return merged
}

/** Each shard looked up the base branch's stored reports for its own share: one point per commit, with every shard's metrics. */
export function mergeHistories(histories: ReadonlyArray<readonly HistoryPoint[]>): HistoryPoint[] {
  const bySha = new Map<string, HistoryPoint>()
  for (const history of histories) {
    for (const point of history) {
      const known = bySha.get(point.sha)
      if (!known) {
        bySha.set(point.sha, { ...point, metrics: [...point.metrics] })
        continue
      }
      for (const metric of point.metrics) if (!known.metrics.some((candidate) => candidate.id === metric.id)) known.metrics.push(metric)
    }
  }
  // Nearest first, as each shard had them: the commits are the same line of the base branch.
  return [...bySha.values()]
}

/** A shard whose report is not in the merge fails the check: what it should have measured was not measured. */
export function validateShards(shards: ShardsMerged | undefined): TargetResult[] {
  return (shards?.missing ?? []).map((missing) => ({
    kind: 'shard',
    subject: `${missing.index}/${shards?.total ?? missing.index}`,
    detail: missingWords(missing),
    target: 1,
    actual: 0,
    passed: false,
    blocking: true,
  }))
}

/** Why a shard is not in the merge, as the report says it after "shard 2/3 …". */
function missingWords(missing: MissingShard): string {
  switch (missing.reason) {
    case 'no-report':
      return 'sent no report: its job failed, was cancelled or did not finish before the merge (the merge job needs every shard job)'
    case 'other-commit':
      return `measured commit ${missing.detail?.slice(0, 7) ?? 'unknown'}, not this run's`
    case 'other-settings':
      return `was measured with other settings (${missing.detail ?? 'they differ'}) than shard 1; give every shard the same config`
    case 'overlap':
      return `measured ${missing.detail ?? 'a page or endpoint'} too, which an earlier shard measured; give every shard the same pages and endpoints`
  }
}
