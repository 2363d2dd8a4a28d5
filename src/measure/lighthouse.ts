import { once } from 'node:events'
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import type { LaunchedChrome } from 'chrome-launcher'
import type { Config, Result as LighthouseResult } from 'lighthouse'
import { UserError, messages } from '../errors.js'
import { metricsOf, summarizeRuns } from '../analyze/lighthouseRuns.js'
import type { LighthouseMeasurement, PageResult, RunOutcome } from '../model/measurements.js'
import type { SamplingBudget } from './room.js'

/** Below this Lighthouse itself warns that the machine is too slow for its simulated throttling. */
export const SLOW_BENCHMARK_INDEX = 1000
const ATTEMPTS_PER_RUN = 3
/** How long a killed Chrome may take to exit before the next one starts anyway. */
const CHROME_EXIT_WAIT_MS = 5000
/** chrome-launcher's own limit (50 tries 500 ms apart) for Chrome to start listening. */
const CHROME_READY_TIMEOUT_MS = 25_000
const CHROME_POLL_MS = 50

/**
 * Flags that work for headless Chrome on CI machines: no sandbox (containers run as root), no GPU,
 * and none of the background traffic a closed network would refuse. chrome-launcher adds its
 * DEFAULT_FLAGS, as it does for the lighthouse CLI; the last flag is the one the CLI adds to every
 * Chrome it launches (cli/bin.js), so that a run here starts the Chrome a CLI run starts.
 */
export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-features=DevToolsWebMCPSupport',
]

/**
 * A binary that is no Chrome (CHROME_PATH=/bin/false, a broken install) would only show as every
 * Lighthouse run failing to connect, after the launch's whole wait: `--version` says it at once.
 */
async function startsOrSays(chromePath: string, env: NodeJS.ProcessEnv): Promise<void> {
  const { execFile } = await import('node:child_process')
  const reason = await new Promise<string | undefined>((resolve) =>
    execFile(chromePath, ['--version'], { timeout: 15_000 }, (error, stdout, stderr) => {
      if (error?.killed) resolve('no answer to --version within 15 s')
      else if (error) resolve(typeof error.code === 'number' ? `--version exited with code ${error.code}` : String(stderr || error.message).trim())
      // Chrome, Chromium, Chrome for Testing, Edge and Brave all name themselves in their version line.
      else resolve(/chrom|edge|brave/i.test(stdout) ? undefined : `--version printed ${JSON.stringify(stdout.trim().split('\n')[0]?.slice(0, 80))}, which is no Chrome`)
    }),
  )
  if (reason !== undefined) throw new UserError(messages.chromeDoesNotStart(chromePath, Boolean(env['CHROME_PATH']), reason))
}

/** CHROME_PATH first, then chrome-launcher's search of the usual install places. */
export function findChrome(env: NodeJS.ProcessEnv, search: () => string[]): string {
  const fromEnv = env['CHROME_PATH']
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new UserError(messages.chromePathMissing(fromEnv))
    return fromEnv
  }
  const found = search()[0]
  if (!found) throw new UserError(messages.chromeNotFound())
  return found
}

export interface LighthouseOptions {
  /** With a baseUrl (the rebuilt base's server), the base is measured in alternating runs too. */
  pages: Array<{ name: string; url: string; baseUrl?: string }>
  /** Runs per page (and side) at least. */
  runs: number
  /** Runs at most, while `undecided` says a verdict of the page is still open (measure until decided). */
  maxRuns?: number
  /** Whether the page's runs so far leave a budget or a change undecided (analyze/lighthouse.ts: pageUndecided). */
  undecided?: (runs: readonly RunOutcome[], baseRuns: readonly RunOutcome[] | undefined) => boolean
  /** The run's time left for runs beyond the fewest; none: `runs` exactly. */
  sampling?: SamplingBudget
  /** Where the representative runs' HTML reports go. */
  reportDir: string
  env?: NodeJS.ProcessEnv
  progress: (message: string) => void
  /** How long Lighthouse waits for a first paint before it gives up on a run (NO_FCP). */
  fcpTimeoutMs: number
  /** chrome-launcher's search; injected so that tests can play a machine without Chrome. */
  searchChrome?: () => string[]
}

/**
 * Every page, `runs` times, one run after another, each attempt in a Chrome of its own (a new
 * profile, killed when the attempt ends and on every way out), as each run of the lighthouse CLI is.
 * One Chrome kept across runs remembers what Lighthouse's storage reset leaves: a favicon that failed
 * to load is never asked for again, so every run after the first loses a request, and the simulated
 * LCP and TBT move by a round trip with it. A run that fails (no first paint, a crashed Chrome) is
 * retried a bounded number of times; one that still fails is reported, never thrown.
 */
export async function measureLighthouse(options: LighthouseOptions): Promise<{ head: LighthouseMeasurement; base?: LighthouseMeasurement }> {
  // Loaded here, not at the top: a run without urls never pays for Lighthouse.
  const chromeLauncher = await import('chrome-launcher')
  const chromePath = findChrome(options.env ?? process.env, options.searchChrome ?? (() => chromeLauncher.Launcher.getInstallations()))

  let chrome: LaunchedChrome | undefined
  // chrome-launcher asks every 500 ms whether Chrome is listening, which costs a run ~300 ms after
  // Chrome is ready; asking every 50 ms, as long in all, connects as soon as it is (Lighthouse's own
  // setup still runs before the page is loaded).
  const launch = () =>
    chromeLauncher.launch({
      chromePath,
      chromeFlags: CHROME_FLAGS,
      logLevel: 'silent',
      // perf-gate's own handler stops everything and completes the check run as cancelled; chrome-launcher's
      // would exit at once, before that. Chrome is killed by the exit hook below either way.
      handleSIGINT: false,
      connectionPollInterval: CHROME_POLL_MS,
      maxConnectionRetries: Math.ceil(CHROME_READY_TIMEOUT_MS / CHROME_POLL_MS),
    })
  // At exit, every Chrome chrome-launcher started here, the next run's included while it is still
  // starting and so has no handle yet.
  const killNow = () => {
    chromeLauncher.killAll()
  }
  /**
   * The last attempt's Chrome going away: the next Chrome may start meanwhile (starting measures
   * nothing), but no run begins before it is gone, so that its exit does not overlap a run.
   */
  let exiting: Promise<unknown> = Promise.resolve()
  /** Kills the attempt's Chrome; `exiting` settles when it is gone. */
  const stop = () => {
    const running = chrome
    chrome = undefined
    if (!running) return exiting
    const gone = running.process.exitCode !== null || running.process.signalCode !== null ? Promise.resolve() : once(running.process, 'exit')
    try {
      running.kill()
    } catch {
      // Already gone.
    }
    // Bounded: a kill that failed (chrome-launcher only logs it) must not hang the measurement.
    exiting = Promise.race([gone, sleep(CHROME_EXIT_WAIT_MS, undefined, { ref: false })])
    return exiting
  }
  process.once('exit', killNow)

  try {
    // The first Chrome starts while Lighthouse loads.
    const [{ default: lighthouse }, config] = await Promise.all([
      import('lighthouse'),
      performanceConfig(),
      startsOrSays(chromePath, options.env ?? process.env).then(async () => (chrome = await launch())),
    ])

    /** One run of one URL, retried a bounded number of times; its failure is an outcome, not a throw. */
    const attemptRun = async (url: string): Promise<{ outcome: RunOutcome; lhr?: LighthouseResult }> => {
      let outcome: RunOutcome = { attempts: 0 }
      for (let attempt = 1; attempt <= ATTEMPTS_PER_RUN; attempt++) {
        outcome = { attempts: attempt }
        try {
          chrome ??= await launch()
          await exiting
          const result = await lighthouse(
            url,
            {
              port: chrome.port,
              logLevel: 'error',
              onlyCategories: ['performance'],
              maxWaitForFcp: options.fcpTimeoutMs,
              // Both are gathered after the trace, in a Chrome that no later run uses, so neither
              // moves a metric; together they cost more than a second a run. Everything else is
              // the CLI's default, the about:blank visit before the page included.
              disableFullPageScreenshot: true,
              skipAudits: ['bf-cache'],
            },
            config,
          )
          const lhr = result?.lhr
          if (!lhr) throw new Error('Lighthouse returned no result')
          if (lhr.runtimeError) {
            outcome.error = `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`
            continue
          }
          return { outcome: { attempts: attempt, metrics: metricsOf(lhr), benchmarkIndex: lhr.environment.benchmarkIndex }, lhr }
        } catch (error) {
          outcome.error = (error as Error).message.split('\n')[0] ?? String(error)
        } finally {
          void stop()
        }
      }
      return { outcome }
    }

    const pages: PageResult[] = []
    const basePages: PageResult[] = []
    const most = Math.max(options.runs, options.maxRuns ?? options.runs)
    for (const { name, url, baseUrl } of options.pages) {
      const runs: RunOutcome[] = []
      const results: LighthouseResult[] = []
      const baseRuns: RunOutcome[] = []
      const baseResults: LighthouseResult[] = []
      for (let run = 0; run < most; run++) {
        const extra = run >= options.runs
        // Past the fewest runs, one more pair only while a verdict of the page is open and the run's sampling time lasts.
        if (extra && (!options.undecided?.(runs, baseUrl ? baseRuns : undefined) || (options.sampling?.leftMs ?? 0) <= 0)) break
        const started = performance.now()
        // "run 2/3"; past the fewest, "run 4 (to decide)".
        const of = extra ? `${run + 1} (to decide)` : `${run + 1}/${options.runs}`
        // With a base, runs alternate head/base and base/head (ABBA), so drift hits both alike.
        const headFirst = run % 2 === 0
        const measureHead = async () => {
          const { outcome, lhr } = await attemptRun(url)
          if (lhr) results[runs.length] = lhr
          runs.push(outcome)
          options.progress(`${name}: run ${of} ${outcome.metrics ? `LCP ${Math.round(outcome.metrics.lcp ?? 0)} ms` : `failed after ${outcome.attempts} attempts (${outcome.error})`}`)
          return outcome
        }
        const measureBase = async () => {
          if (!baseUrl) return
          const { outcome, lhr } = await attemptRun(baseUrl)
          if (lhr) baseResults[baseRuns.length] = lhr
          baseRuns.push(outcome)
          options.progress(`${name} (base): run ${of} ${outcome.metrics ? `LCP ${Math.round(outcome.metrics.lcp ?? 0)} ms` : `failed (${outcome.error})`}`)
        }
        if (!headFirst) await measureBase()
        const outcome = await measureHead()
        if (headFirst) await measureBase()
        if (extra && options.sampling) options.sampling.leftMs -= performance.now() - started
        // A page that failed every attempt of a run will fail the next runs too: report it now.
        if (!outcome.metrics) break
      }
      const page = await summarizePage(name, url, runs, results, options.reportDir)
      if (baseUrl) {
        page.baseRuns = baseRuns
        // The base's own summary (no HTML report: the head's is the one people open), judged as the head's is.
        basePages.push(summarizeRuns(name, baseUrl, baseRuns, baseResults).page)
      }
      pages.push(page)
    }
    const maxRuns = Math.max(0, ...pages.map((page) => page.runs.length))
    const head = { chromePath, runsPerPage: maxRuns, pages }
    return { head, ...(basePages.length > 0 ? { base: { chromePath, runsPerPage: maxRuns, pages: basePages } } : {}) }
  } finally {
    await stop()
    process.removeListener('exit', killNow)
  }
}

/**
 * Lighthouse's default config with only the audits of the performance category: Lighthouse loads
 * every listed audit before it filters by category, and the other 110 cost a second on the first run.
 * It gathers the same artifacts as the default config with onlyCategories: ['performance'].
 */
async function performanceConfig(): Promise<Config> {
  const { default: defaults } = await import('lighthouse/core/config/default-config.js')
  const performance = defaults.categories?.['performance']
  if (!performance) return defaults
  const ids = new Set(performance.auditRefs.map((ref) => ref.id))
  const audits = (defaults.audits ?? []).filter((audit) => ids.has((typeof audit === 'string' ? audit : 'path' in audit ? audit.path : '').split('/').pop() ?? ''))
  return { ...defaults, audits, categories: { performance } }
}

/** The page's summary from its runs, and the representative run's HTML report in the report folder. */
async function summarizePage(name: string, url: string, runs: RunOutcome[], results: LighthouseResult[], reportDir: string): Promise<PageResult> {
  const { page, representativeResult } = summarizeRuns(name, url, runs, results)
  if (representativeResult) {
    // Only the representative run becomes an HTML report: the others would be rendered for nothing.
    const { ReportGenerator } = (await import('lighthouse/report/generator/report-generator.js')) as unknown as {
      ReportGenerator: { generateReport(result: LighthouseResult, format: 'html'): string }
    }
    await mkdir(reportDir, { recursive: true })
    const file = path.join(reportDir, `lighthouse-${slug(name)}.html`)
    await writeFile(file, ReportGenerator.generateReport(representativeResult, 'html'))
    page.htmlReport = file
  }
  return page
}

function slug(name: string): string {
  return (
    name
      .replace(/^https?:\/\//, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'home'
  )
}
