import type { Config } from '../../config/config.js'
import { measureLighthouse, SLOW_BENCHMARK_INDEX } from '../lighthouse.js'
import { isRelativeUrl, urlOnServer, type Room } from '../room.js'

type RenderSettings = Pick<Config, 'urls' | 'lighthouseRuns' | 'lighthouseFcpTimeout'>

/**
 * Lighthouse on every page: a path is loaded from each side's server (the head's may be the app at
 * target-url, under its base path), a full URL as it is. With the base's server up, the base's runs
 * are taken in turn with the head's, so both meet the same moments of a busy machine.
 */
export const lighthouseRoom: Room<'lighthouse'> = {
  async measure(config: RenderSettings, { head, base }, { log, note, artifactDir }) {
    const lighthouse = await measureLighthouse({
      pages: config.urls.map((url) => {
        const relative = isRelativeUrl(url)
        return {
          name: url,
          url: head.server && relative ? urlOnServer(head.server, url) : url,
          ...(base?.server && relative ? { baseUrl: urlOnServer(base.server, url) } : {}),
        }
      }),
      runs: config.lighthouseRuns,
      fcpTimeoutMs: config.lighthouseFcpTimeout,
      reportDir: artifactDir,
      progress: log.info,
    })
    for (const page of lighthouse.pages) {
      if (page.error) note(`${page.name}: Lighthouse could not measure the page (${page.error}).`)
      else if (page.benchmarkIndex !== undefined && page.benchmarkIndex < SLOW_BENCHMARK_INDEX) {
        note(
          `${page.name}: this machine's CPU benchmark index is ${Math.round(page.benchmarkIndex)} (Lighthouse expects ${SLOW_BENCHMARK_INDEX} or more): render metrics may read slower than on a developer machine.`,
        )
      }
    }
    // The base's runs ride along in each page (baseRuns): paired with the head's, not a report of their own.
    return { head: lighthouse }
  },
}
