import { mkdir } from 'node:fs/promises'
import type { Config } from '../../config/config.js'
import type { DatabaseMeasurement, EndpointQueries, QueryStat } from '../../model/database.js'
import type { LatencyMeasurement, RoundResult } from '../../model/measurements.js'
import type { ProfileKind, ProfileMeasurement } from '../../model/profile.js'
import { unavailableWords } from '../../analyze/latency.js'
import { measureLatency, runRound, type RoundWatch } from '../latency.js'
import type { Room, RoomContext, Side } from '../room.js'

type LoadTestSettings = Pick<
  Config,
  | 'endpoints'
  | 'connections'
  | 'loadDuration'
  | 'p95Budget'
  | 'errorRateBudget'
  | 'stressSteps'
  | 'stressP99'
  | 'latencyRounds'
  | 'latencyMaxRounds'
  | 'regressionThreshold'
  | 'databaseUrl'
  | 'profile'
  | 'soakDuration'
>

/**
 * Normal, peak and stress load on every endpoint of the head's server; with the base's server up,
 * the base's own normal and peak rounds (its report of the same figures), and paired rounds on both
 * in turn (ABBA), whose p95s ride along in each endpoint, as many as it takes to decide. With database-url,
 * pg_stat_statements is reset before and read after each round the comparison counts, and the
 * head's top statements are explained once the load is over. Then, not counted: with
 * soak-duration, one long steady round; with profile, each side's profiled rounds (unavailable for
 * a target-url, whose processes are not perf-gate's).
 */
export const latencyRoom: Room<'latency'> = {
  async measure(config: LoadTestSettings, { head, base }, context) {
    if (!head.server) return {}
    const database = config.databaseUrl ? await watchDatabase(config.databaseUrl, context) : undefined
    try {
      const { head: latency, base: baseLatency } = await measureLatency(
        config.endpoints,
        head.server,
        {
          connections: config.connections,
          loadDurationMs: config.loadDuration,
          p95Budget: config.p95Budget,
          errorRateBudget: config.errorRateBudget,
          stressSteps: config.stressSteps,
          stressP99Ms: config.stressP99,
          pairedRounds: config.latencyRounds,
          maxPairedRounds: config.latencyMaxRounds,
          regressionThreshold: config.regressionThreshold,
          ...(context.sampling ? { sampling: context.sampling } : {}),
        },
        context.log.info,
        base?.server?.kind === 'started' ? base.server : undefined,
        database?.watch,
      )
      if (database) latency.database = await database.finish()
      const kinds = profileKinds(config.profile)
      // With heap sampling the soak is the heap's round; a target-url's heap is not sampled, so its soak is a round of its own.
      if (config.soakDuration !== undefined && (!kinds.includes('heap') || head.server.kind === 'target')) await soak(config, head, latency, context)
      if (kinds.length > 0 && head.server.kind === 'target') {
        // The profiler attaches to the server's Node process, which a target-url does not give.
        const unavailable = `${unavailableWords(`profile (${kinds.join(', ')})`, 'target-url')}; profiling needs the Node process of a server perf-gate starts (start-command)`
        context.note(unavailable)
        latency.profile = { head: { kinds, endpoints: [], note: unavailable } }
      } else if (kinds.length > 0) {
        const profileOf = (side: Side) => profileSide(config, side, kinds, context)
        latency.profile = { head: await profileOf(head), ...(base?.server ? { base: await profileOf(base) } : {}) }
      }
      return { head: latency, ...(baseLatency ? { base: baseLatency } : {}) }
    } finally {
      await database?.close()
    }
  },
}

/**
 * The database's side of the load test. A probe that cannot read pg_stat_statements (not preloaded,
 * unreachable) leaves a note and no watch: the load test goes on without it.
 */
async function watchDatabase(url: string, { log, note }: RoomContext): Promise<{ watch?: RoundWatch; finish(): Promise<DatabaseMeasurement>; close(): Promise<void> }> {
  // Loaded only with database-url: the PostgreSQL client is no part of other runs.
  const { openDatabaseProbe } = await import('../database.js')
  const { queriesToExplain } = await import('../../analyze/database.js')
  const probe = await openDatabaseProbe(url)
  if ('note' in probe) {
    note(probe.note)
    return { finish: async () => ({ queries: [], plans: {}, note: probe.note }), close: async () => {} }
  }
  const rounds = new Map<string, EndpointQueries>()
  const watch: RoundWatch = {
    before: () => probe.reset(),
    async after(endpoint, side, round) {
      const key = `${side} ${endpoint}`
      rounds.set(key, addRound(rounds.get(key) ?? { endpoint, side, requests: 0, responseTimeMs: 0, queries: [] }, round, await probe.snapshot()))
    },
  }
  return {
    watch,
    async finish() {
      const queries = [...rounds.values()]
      const plans: DatabaseMeasurement['plans'] = {}
      for (const { queryid, query } of queriesToExplain(queries.filter((entry) => entry.side === 'head'))) plans[queryid] = await probe.explain(query)
      log.info(`Database: ${queries.reduce((sum, entry) => sum + entry.queries.length, 0)} statements counted over ${queries.length} endpoint rounds; ${Object.keys(plans).length} explained.`)
      return { queries, plans }
    },
    close: () => probe.close(),
  }
}

/** One more round of one endpoint and side: requests and statements summed, the response time weighed by requests. */
function addRound(sofar: EndpointQueries, round: RoundResult, stats: readonly QueryStat[]): EndpointQueries {
  const requests = sofar.requests + round.requests
  const responseTimeMs = requests === 0 ? 0 : (sofar.responseTimeMs * sofar.requests + round.latency.mean * round.requests) / requests
  const byId = new Map(sofar.queries.map((query) => [query.queryid, { ...query }]))
  for (const stat of stats) {
    const known = byId.get(stat.queryid)
    if (!known) byId.set(stat.queryid, { ...stat })
    else {
      known.calls += stat.calls
      known.totalMs += stat.totalMs
      known.rows += stat.rows
      known.meanMs = known.calls === 0 ? 0 : known.totalMs / known.calls
    }
  }
  return { ...sofar, requests, responseTimeMs, queries: [...byId.values()] }
}

function profileKinds(profile: LoadTestSettings['profile']): ProfileKind[] {
  return [...(profile.cpu ? (['cpu'] as const) : []), ...(profile.heap ? (['heap'] as const) : [])]
}

/** One long steady round per endpoint, after the counted ones: for scheduled runs (what drifts over half an hour). */
async function soak(config: LoadTestSettings, head: Side, latency: LatencyMeasurement, { log }: RoomContext): Promise<void> {
  const server = head.server
  if (!server || config.soakDuration === undefined) return
  for (const [index, endpoint] of config.endpoints.entries()) {
    const measured = latency.endpoints[index]
    if (!measured) continue
    measured.soak = await runRound(server, endpoint, config.connections, config.soakDuration, `soak load on ${measured.name}`)
    log.info(`${measured.name}: soak (${Math.round(config.soakDuration / 1000)} s) p95 ${measured.soak.latency.p95.toFixed(1)} ms, ${Math.round(measured.soak.throughput)} req/s`)
  }
}

/**
 * One side's profiled rounds. With soak-duration and heap, the heap is sampled over the whole soak
 * (a leak of bytes a request shows best over many requests). A server that is not Node leaves a note.
 */
async function profileSide(config: LoadTestSettings, side: Side, kinds: ProfileKind[], { log, note, artifactDir }: RoomContext): Promise<ProfileMeasurement> {
  const server = side.server
  if (server?.kind !== 'started') return { kinds, endpoints: [] }
  // Loaded only with profile: the inspector client and the profile's arithmetic.
  const { profileEndpoints } = await import('../profileRound.js')
  await mkdir(artifactDir, { recursive: true })
  const overSoak = config.soakDuration !== undefined ? { heapRequests: Number.MAX_SAFE_INTEGER, maxHeapMs: config.soakDuration } : {}
  const measured = await profileEndpoints(
    server,
    config.endpoints,
    { kinds, connections: config.connections, durationMs: config.loadDuration, projectRoot: side.directory, outputDir: artifactDir, side: side.role, ...overSoak },
    log.info,
  )
  if (measured.note) note(side.role === 'base' ? `The base: ${measured.note}` : measured.note)
  return measured
}
