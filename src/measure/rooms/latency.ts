import type { Config } from '../../config/config.js'
import type { DatabaseMeasurement, EndpointQueries, QueryStat } from '../../model/database.js'
import type { RoundResult } from '../../model/measurements.js'
import { measureLatency, type RoundWatch } from '../latency.js'
import type { Room, RoomContext } from '../room.js'

type LoadTestSettings = Pick<Config, 'endpoints' | 'connections' | 'loadDuration' | 'p95Budget' | 'errorRateBudget' | 'stressSteps' | 'stressP99' | 'latencyRounds' | 'databaseUrl'>

/**
 * Normal, peak and stress load on every endpoint of the head's server; with the base's server up,
 * paired rounds on both in turn (ABBA), whose p95s ride along in each endpoint. With database-url,
 * pg_stat_statements is reset before and read after each round the comparison counts, and the
 * head's top statements are explained once the load is over.
 */
export const latencyRoom: Room<'latency'> = {
  async measure(config: LoadTestSettings, { head, base }, context) {
    if (!head.server) return {}
    const database = config.databaseUrl ? await watchDatabase(config.databaseUrl, context) : undefined
    try {
      const latency = await measureLatency(
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
        },
        context.log.info,
        base?.server,
        database?.watch,
      )
      if (database) latency.database = await database.finish()
      return { head: latency }
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
