import type { Config } from '../../config/config.js'
import { measureLighthouse, SLOW_BENCHMARK_INDEX } from '../lighthouse.js'
import { isRelativeUrl, urlOnServer, type Room } from '../room.js'
import { pageUndecided } from '../../analyze/lighthouse.js'

type RenderSettings = Pick<Config, 'urls' | 'lighthouseRuns' | 'lighthouseMaxRuns' | 'lighthouseFcpTimeout' | 'lighthouseBudgets' | 'regressionThreshold' | 'failOn'>

/**
 * Lighthouse on every page: a path is loaded from each side's server (the head's may be the app at
 * target-url, under its base path), a full URL as it is. With the base's server up, the base's runs
 * are taken in turn with the head's, so both meet the same moments of a busy machine. Past
 * lighthouse-runs, more pairs while a verdict of the page that can fail the check is undecided (up
 * to lighthouse-max-runs, while the run's sampling time lasts).
 */
export const lighthouseRoom: Room<'lighthouse'> = {
  async measure(config: RenderSettings, { head, base }, { log, note, artifactDir, sampling }) {
    const { head: lighthouse, base: baseLighthouse } = await measureLighthouse({
      pages: config.urls.map((url) => {
        const relative = isRelativeUrl(url)
        return {
          name: url,
          url: head.server && relative ? urlOnServer(head.server, url) : url,
          ...(base?.server && relative ? { baseUrl: urlOnServer(base.server, url) } : {}),
        }
      }),
      runs: config.lighthouseRuns,
      maxRuns: config.lighthouseMaxRuns,
      undecided: (runs, baseRuns) => pageUndecided(runs, baseRuns, config.lighthouseBudgets, config.regressionThreshold, config.failOn.regression),
      ...(sampling ? { sampling } : {}),
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
    // The base's runs also ride along in each page (baseRuns), paired with the head's.
    return { head: lighthouse, ...(baseLighthouse ? { base: baseLighthouse } : {}) }
  },
}
