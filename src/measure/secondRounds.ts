import path from 'node:path'
import { regressionsToConfirm } from '../analyze/alert.js'
import type { Config } from '../config/config.js'
import { endpointName } from '../config/settings.js'
import type { SecondRounds } from '../model/alert.js'
import { pairedRounds } from './latency.js'
import type { RoomContext, Sides } from './room.js'

/**
 * On a push with `alert`, while both servers still run: the endpoints and pages whose p95 or render
 * metrics the first set of paired rounds found regressed are measured again, on both sides in turn,
 * as the rooms measured them: Lighthouse first (before more load changes the servers' state), then
 * the latency room's paired rounds, for those endpoints and pages only. Nothing else is measured
 * again, and none of it enters the report's tables: the alert's judgment reads it.
 */
export async function measureSecondRounds(config: Config, { head, base }: Sides, context: RoomContext): Promise<SecondRounds> {
  const second: SecondRounds = { endpoints: [], pages: [] }
  const wanted = regressionsToConfirm(head.measured, config.regressionThreshold)
  const count = wanted.endpoints.length + wanted.pages.length
  if (count === 0) {
    context.log.info('Alert: no latency or render regression against the parent to confirm.')
    return second
  }
  const headServer = head.server
  const baseServer = base?.server
  // The base is served only when perf-gate started it (never with target-url).
  if (!headServer || baseServer?.kind !== 'started' || !base) return second
  const { log } = context
  const subjects = [...wanted.pages, ...wanted.endpoints]
  await log.group(`Alert: a second set of paired rounds for ${count === 1 ? '1 regressed target' : `${count} regressed targets`} (${subjects.join(', ')})`, async () => {
    try {
      if (wanted.pages.length > 0) {
        const { lighthouseRoom } = await import('./rooms/lighthouse.js')
        // Its own folder: the first set's HTML reports, which the artifact carries, stay as they are.
        const measured = await lighthouseRoom.measure(
          { ...config, urls: config.urls.filter((url) => wanted.pages.includes(url)) },
          { head, base },
          { ...context, artifactDir: path.join(context.artifactDir, 'second-rounds'), note: (message) => log.info(`Second set: ${message}`) },
        )
        second.pages = (measured.head?.pages ?? []).map((page) => ({ name: page.name, runs: page.runs, baseRuns: page.baseRuns ?? [] }))
      }
      for (const endpoint of config.endpoints.filter((candidate) => wanted.endpoints.includes(endpointName(candidate)))) {
        const name = endpointName(endpoint)
        const paired = await pairedRounds(endpoint, headServer, baseServer, {
          connections: config.connections,
          loadDurationMs: config.loadDuration,
          p95Budget: config.p95Budget,
          errorRateBudget: config.errorRateBudget,
          stressSteps: 0,
          stressP99Ms: config.stressP99,
          pairedRounds: config.latencyRounds,
          maxPairedRounds: config.latencyMaxRounds,
          regressionThreshold: config.regressionThreshold,
          ...(context.sampling ? { sampling: context.sampling } : {}),
        })
        log.info(`${name}: second set p95 base ${paired.base.map((ms) => ms.toFixed(1)).join(', ')} ms; head ${paired.head.map((ms) => ms.toFixed(1)).join(', ')} ms`)
        second.endpoints.push({ name, paired })
      }
    } catch (error) {
      // The first set stands as measured; what the second could not measure is not confirmed.
      context.note(`The second set of paired rounds stopped (${(error as Error).message}): what it did not measure is not confirmed, and alerts nobody.`)
    }
  })
  return second
}
