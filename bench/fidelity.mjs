// The render step's fidelity: is a perf-gate run a fresh `lighthouse` run? Two local pages, one whose
// LCP element is an image (a 70 KB PNG that the server holds back 50 ms) and one whose main thread is
// busy in three long tasks, each measured by perf-gate (dist/cli.js, N runs in one invocation, as a
// user runs it) and by the lighthouse CLI of the same version (N runs, each its own process), the CLI's
// runs split before and after perf-gate's so that drift hits both. A page is MET when every one of
// perf-gate's medians lies within the CLI's own min–max, compared as printed.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const pagesServer = path.join(root, '__tests__', 'fixtures', 'servers', 'pages.mjs')
// 9 runs a tool: two tools that measure alike put a median outside the other's 9-run min–max about
// 3% of the time per metric (17% with 5), so a NOT MET is a finding rather than noise.
const RUNS = Number(process.env.BENCH_FIDELITY_RUNS ?? 9)
const chrome = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/google-chrome'].find((file) => spawnSync(file, ['--version'], { stdio: 'ignore' }).status === 0)
if (!chrome) throw new Error('no Chrome or Chromium: install chromium or set CHROME_PATH')
const FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run'
const env = { ...process.env, CHROME_PATH: chrome }

/** Lighthouse's audit per metric, and how each is printed (and so compared). */
const METRICS = [
  { name: 'FCP', unit: 'ms', audit: 'first-contentful-paint', key: 'fcp', show: (value) => String(Math.round(value)) },
  { name: 'LCP', unit: 'ms', audit: 'largest-contentful-paint', key: 'lcp', show: (value) => String(Math.round(value)) },
  { name: 'TBT', unit: 'ms', audit: 'total-blocking-time', key: 'tbt', show: (value) => String(Math.round(value)) },
  { name: 'CLS', unit: '', audit: 'cumulative-layout-shift', key: 'cls', show: (value) => value.toFixed(3) },
  { name: 'SI', unit: 'ms', audit: 'speed-index', key: 'si', show: (value) => String(Math.round(value)) },
  { name: 'score', unit: '', audit: undefined, key: 'score', show: (value) => String(Math.round(value * 100)) },
]
const PAGES = [
  { path: '/hero', what: 'LCP element an image: 70 KB PNG, 50 ms server delay; /favicon.ico 404' },
  { path: '/busy', what: 'main thread busy 310 ms in 3 long tasks; /favicon.ico 404' },
]

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

function timed(work) {
  const start = process.hrtime.bigint()
  const result = work()
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, result }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** One fresh `lighthouse` run, as a user runs it: its own process, its own Chrome. */
function lighthouseCli(url, dir) {
  const output = path.join(dir, 'lhr.json')
  const run = spawnSync(
    path.join(root, 'node_modules', '.bin', 'lighthouse'),
    [url, '--output=json', `--output-path=${output}`, '--quiet', `--chrome-flags=${FLAGS}`, '--only-categories=performance'],
    { env, encoding: 'utf8' },
  )
  if (run.status !== 0) throw new Error(`lighthouse failed: ${run.stderr || run.stdout}`)
  const lhr = JSON.parse(readFileSync(output, 'utf8'))
  if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code}`)
  return Object.fromEntries(METRICS.map(({ key, audit }) => [key, audit ? lhr.audits[audit].numericValue : lhr.categories.performance.score]))
}

/** perf-gate's runs of one page, all in one invocation: later runs are where a shared browser shows. */
function perfGate(url, dir) {
  const report = path.join(dir, 'report.json')
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'dist', 'cli.js'), '--urls', url, '--lighthouse-runs', String(RUNS), '--lighthouse-budgets', 'lcp=60s, tbt=60s, cls=1', '--json', report, '--output-dir', dir],
    { env, encoding: 'utf8' },
  )
  if (run.status !== 0) throw new Error(`perf-gate failed: ${run.stderr || run.stdout}`)
  const runs = JSON.parse(readFileSync(report, 'utf8')).measurements.lighthouse.pages[0].runs
  const failed = runs.filter((outcome) => !outcome.metrics)
  if (failed.length > 0) throw new Error(`perf-gate: ${failed.length} run(s) failed: ${failed[0].error}`)
  return runs.map((outcome) => outcome.metrics)
}

const port = await freePort()
const server = spawn(process.execPath, [pagesServer], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] })
const work = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-fidelity-'))
try {
  await new Promise((resolve, reject) => {
    server.stdout.once('data', resolve)
    server.once('exit', (code) => reject(new Error(`the page server exited (${code})`)))
  })
  const version = spawnSync(path.join(root, 'node_modules', '.bin', 'lighthouse'), ['--version'], { encoding: 'utf8' }).stdout.trim()
  console.log(
    `render fidelity: perf-gate vs lighthouse ${version} CLI, ${RUNS} runs each per page, ${os.availableParallelism()} cores, ${spawnSync(chrome, ['--version'], { encoding: 'utf8' }).stdout.trim()}`,
  )
  // Two tools that measure alike still put a median outside the other's min–max now and then: the
  // chance per metric is 2·C(n, m)/C(2n, m) for n runs and the median the m-th, m = (n+1)/2.
  const m = Math.ceil(RUNS / 2)
  const binomial = (n, k) => (k === 0 ? 1 : (binomial(n - 1, k - 1) * n) / k)
  console.log(`  (two identical tools: a median falls outside the other's min–max by chance ${((200 * binomial(RUNS, m)) / binomial(2 * RUNS, m)).toFixed(0)}% of the time per spread-out metric)`)
  for (const { path: pagePath, what } of PAGES) {
    const url = `http://127.0.0.1:${port}${pagePath}`
    const dir = mkdtempSync(path.join(work, 'page-'))
    const cliRuns = []
    let cliSeconds = 0
    const cliRun = () => {
      const { seconds, result } = timed(() => lighthouseCli(url, dir))
      cliSeconds += seconds
      cliRuns.push(result)
    }
    const before = Math.ceil(RUNS / 2)
    for (let run = 0; run < before; run++) cliRun()
    const gate = timed(() => perfGate(url, dir))
    for (let run = before; run < RUNS; run++) cliRun()

    console.log(`  ${pagePath} (${what}): perf-gate ${gate.seconds.toFixed(1)} s for ${RUNS} runs, lighthouse CLI ${cliSeconds.toFixed(1)} s`)
    console.log(`    ${'metric'.padEnd(7)} ${'perf-gate median (min–max)'.padEnd(28)} lighthouse CLI median (min–max)`)
    const outside = []
    for (const { name, unit, key, show } of METRICS) {
      // Compared as printed: a difference below the printed precision is no difference.
      const shown = (values) => ({ median: show(median(values)), min: show(Math.min(...values)), max: show(Math.max(...values)) })
      const ofGate = shown(gate.result.map((metrics) => metrics[key]))
      const ofCli = shown(cliRuns.map((metrics) => metrics[key]))
      const within = Number(ofGate.median) >= Number(ofCli.min) && Number(ofGate.median) <= Number(ofCli.max)
      if (!within) outside.push(name)
      console.log(
        `    ${`${name} ${unit}`.padEnd(7)} ${`${ofGate.median} (${ofGate.min}–${ofGate.max})`.padEnd(28)} ${`${ofCli.median} (${ofCli.min}–${ofCli.max})`.padEnd(20)}${within ? '' : ' ← outside'}`,
      )
    }
    console.log(`    ${pagePath}: ${outside.length === 0 ? 'MET' : `NOT MET (${outside.join(', ')} outside the CLI's min–max)`}`)
  }
} finally {
  server.kill()
  rmSync(work, { recursive: true, force: true })
}
