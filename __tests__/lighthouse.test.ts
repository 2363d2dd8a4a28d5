import { readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { UserError } from '../src/errors.js'
import { findChrome, measureLighthouse } from '../src/measure/lighthouse.js'
import { startServer, type StartedServer } from '../src/measure/server.js'
import { runCliCaptured } from './fixtures/cli.js'
import { REPO_ROOT } from './fixtures/runner.js'
import { TempProject } from './fixtures/project.js'

const PAGES = path.join(REPO_ROOT, '__tests__', 'fixtures', 'servers', 'pages.mjs')
let server: StartedServer
let artifacts: TempProject

beforeAll(async () => {
  server = await startServer({ command: `"${process.execPath}" "${PAGES}"`, cwd: REPO_ROOT, readyPath: '/', readyTimeoutMs: 10_000, output: new PassThrough().resume() })
  artifacts = await TempProject.create()
})
afterAll(async () => {
  await server.stop()
  await artifacts.remove()
})

const cli = (argv: string[]) => runCliCaptured([...argv, '--output-dir', artifacts.dir, '--json', artifacts.path('report.json')], REPO_ROOT)

describe('Lighthouse with a real Chromium', () => {
  test('a page with a render-blocking script and a late layout shift is worse than its clean twin and fails its budgets', async () => {
    // Two runs exactly: no more to decide a budget a busy moment left straddled.
    const run = await cli(['--urls', `${server.origin}/clean`, '--urls', `${server.origin}/janky`, '--lighthouse-runs', '2', '--sampling-timeout', '0s'])
    const report = JSON.parse(await readFile(artifacts.path('report.json'), 'utf8'))
    const [clean, janky] = report.measurements.lighthouse.pages
    expect(clean.median.lcp).toBeLessThan(janky.median.lcp)
    expect(clean.median.cls).toBeLessThan(0.01)
    expect(janky.median.cls).toBeGreaterThan(0.1)
    expect(clean.runs).toHaveLength(2)
    // With two runs, each metric's spread is exactly those two runs' values, and its median their mean.
    type Run = { metrics?: Record<string, number> }
    for (const page of [clean, janky]) {
      const lcps = page.runs.map((run: Run) => run.metrics?.lcp)
      expect(lcps).toEqual([expect.any(Number), expect.any(Number)])
      const [first, second] = lcps as [number, number]
      expect(page.spread.lcp).toEqual({ min: Math.min(first, second), max: Math.max(first, second) })
      expect(page.median.lcp).toBe((Math.min(first, second) + Math.max(first, second)) / 2)
      for (const metric of Object.keys(page.median)) {
        const values = page.runs.map((run: Run) => run.metrics?.[metric]) as number[]
        expect({ metric, spread: page.spread[metric] }).toEqual({ metric, spread: { min: Math.min(...values), max: Math.max(...values) } })
      }
    }
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(new RegExp(`perf-gate failed: \`${server.origin}/janky\` has a median (CLS|LCP|TBT) of .* over its .* budget`))
    const failed = report.validation.filter((target: { passed: boolean; inconclusive?: boolean }) => !target.passed && !target.inconclusive)
    expect(failed.every((target: { subject: string }) => target.subject.endsWith('/janky'))).toBe(true)
    expect(failed.map((target: { metric: string }) => target.metric)).toContain('cls')
    // The representative run's HTML report is kept, and opportunities feed the Bottlenecks.
    expect(janky.htmlReport).toMatch(/lighthouse-127-0-0-1-\d+-janky\.html$/)
    expect(janky.name).toBe(`${server.origin}/janky`)
    expect(report.bottlenecks.some((item: { kind: string }) => item.kind === 'lighthouse-opportunity')).toBe(true)
    expect(run.stdout).toContain('### Monitoring')
  })

  test('every run asks for what a fresh Lighthouse run asks for: the missing favicon in each run, not only the first', async () => {
    // One Chrome kept across runs remembers the favicon that failed and never asks again, and
    // Lighthouse's simulated metrics move with the requests a run makes.
    const requested = async (): Promise<string[]> => (await fetch(`${server.origin}/requests`)).json() as Promise<string[]>
    const before = (await requested()).length
    const { head: measurement } = await measureLighthouse({ pages: [{ name: '/hero', url: `${server.origin}/hero` }], runs: 3, fcpTimeoutMs: 15_000, reportDir: artifacts.dir, progress: () => {} })
    const attempts = measurement.pages[0]?.runs.reduce((sum, run) => sum + run.attempts, 0)
    const loads: string[][] = []
    for (const pathname of (await requested()).slice(before)) {
      if (pathname === '/hero') loads.push([])
      loads.at(-1)?.push(pathname)
    }
    expect(loads).toHaveLength(attempts ?? 0)
    expect(loads.length).toBeGreaterThanOrEqual(3)
    for (const load of loads) expect([...new Set(load)].sort()).toEqual(['/favicon.ico', '/hero', '/hero.png'])
  }, 120_000)

  test('measured until decided: more pairs while a verdict is open, up to the cap and while sampling time lasts; the base gets its own summary', async () => {
    const progress: string[] = []
    const asked: number[] = []
    const sampling = { leftMs: 600_000 }
    const measured = await measureLighthouse({
      pages: [{ name: '/hero', url: `${server.origin}/hero`, baseUrl: `${server.origin}/hero` }],
      runs: 2,
      maxRuns: 4,
      // Open until 3 pairs are in: one extra pair, then decided.
      undecided: (runs, baseRuns) => {
        asked.push(runs.length)
        expect(baseRuns).toHaveLength(runs.length)
        return runs.length < 3
      },
      sampling,
      fcpTimeoutMs: 15_000,
      reportDir: artifacts.dir,
      progress: (message) => progress.push(message),
    })
    expect(measured.head.pages[0]?.runs).toHaveLength(3)
    expect(measured.head.pages[0]?.baseRuns).toHaveLength(3)
    expect(asked).toEqual([2, 3])
    expect(sampling.leftMs).toBeLessThan(600_000)
    expect(progress.join('\n')).toMatch(/run 3 \(to decide\)/)
    // The base's own summary, judged as the head's is, with no HTML report of its own.
    expect(measured.base?.pages[0]?.median?.lcp).toBeGreaterThan(0)
    expect(measured.base?.pages[0]?.htmlReport).toBeUndefined()

    const fixed = await measureLighthouse({
      pages: [{ name: '/hero', url: `${server.origin}/hero` }],
      runs: 1,
      maxRuns: 4,
      undecided: () => true,
      sampling: { leftMs: 0 },
      fcpTimeoutMs: 15_000,
      reportDir: artifacts.dir,
      progress: () => {},
    })
    expect(fixed.head.pages[0]?.runs).toHaveLength(1)
  }, 180_000)

  test('a page that never paints is retried, then reported as an error without crashing the run', async () => {
    const progress: string[] = []
    const { head: measurement } = await measureLighthouse({
      pages: [{ name: '/blank', url: `${server.origin}/blank` }],
      runs: 2,
      fcpTimeoutMs: 2000,
      reportDir: artifacts.dir,
      progress: (message) => progress.push(message),
    })
    const [page] = measurement.pages
    expect(page?.median).toBeUndefined()
    expect(page?.error).toMatch(/NO_FCP/)
    expect(page?.runs).toEqual([expect.objectContaining({ attempts: 3 })])
    expect(progress.join('\n')).toMatch(/failed after 3 attempts/)
  })
})

describe('finding Chrome', () => {
  test('no Chrome anywhere is one clear error that says how to install it', () => {
    expect(() => findChrome({}, () => [])).toThrow(
      'urls: Lighthouse needs Chrome or Chromium and none was found; install one (apt-get install chromium, or the setup-chrome action) or set CHROME_PATH',
    )
  })
  test('a CHROME_PATH that is no working Chrome is one line naming it, before any run waits on it', async () => {
    const measure = (chromePath: string) =>
      measureLighthouse({ pages: [{ name: '/', url: 'http://127.0.0.1:9/' }], runs: 1, reportDir: os.tmpdir(), env: { CHROME_PATH: chromePath }, progress: () => undefined, fcpTimeoutMs: 1000 })
    await expect(measure('/bin/false')).rejects.toThrow(
      new UserError('CHROME_PATH: Chrome at "/bin/false" does not start (--version exited with code 1); point CHROME_PATH at a working Chrome or Chromium, or unset it to search the usual places'),
    )
    await expect(measure('/bin/true')).rejects.toThrow(
      /^CHROME_PATH: Chrome at "\/bin\/true" does not start \(--version printed "true \(GNU coreutils\) [\d.]+", which is no Chrome\); point CHROME_PATH/,
    )
  })

  test('CHROME_PATH wins, and must exist', () => {
    expect(findChrome({ CHROME_PATH: process.execPath }, () => ['/elsewhere/chrome'])).toBe(process.execPath)
    expect(() => findChrome({ CHROME_PATH: '/no/such/chrome' }, () => [])).toThrow('CHROME_PATH: "/no/such/chrome" does not exist')
  })
})
