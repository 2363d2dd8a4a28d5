import type { Config } from '../../config/config.js'
import { measureLatency } from '../latency.js'
import type { Room } from '../room.js'

type LoadTestSettings = Pick<Config, 'endpoints' | 'connections' | 'loadDuration' | 'p95Budget' | 'errorRateBudget' | 'stressSteps' | 'stressP99' | 'latencyRounds'>

/**
 * Normal, peak and stress load on every endpoint of the head's server; with the base's server up,
 * paired rounds on both in turn (ABBA), whose p95s ride along in each endpoint.
 */
export const latencyRoom: Room<'latency'> = {
  async measure(config: LoadTestSettings, { head, base }, { log }) {
    if (!head.server) return {}
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
      log.info,
      base?.server,
    )
    return { head: latency }
  },
}
