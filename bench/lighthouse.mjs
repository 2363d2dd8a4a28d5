// The render step: perf-gate's Lighthouse runs (one process, a fresh Chrome per run, performance
// only) against `lhci collect` (what teams run today), on the same local page with the same number of
// runs, in the same run; with the spread of LCP and TBT across the runs of each. Whether perf-gate's
// runs measure what the lighthouse CLI measures is bench/fidelity.mjs.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const shop = path.join(root, 'examples', 'shop', 'head')
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2)
const chrome = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/google-chrome'].find((file) => spawnSync(file, ['--version'], { stdio: 'ignore' }).status === 0)
if (!chrome) throw new Error('no Chrome or Chromium: install chromium or set CHROME_PATH')
const FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run'

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

function spread(values) {
  const min = Math.min(...values)
  const max = Math.max(...values)
  const mid = [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  return `${Math.round(min)}–${Math.round(max)} ms` + (mid > 0 ? ` (range ${Math.round(((max - min) / mid) * 100)}% of the median)` : '')
}

function lhci(url, dir) {
  const run = spawnSync(path.join(root, 'node_modules', '.bin', 'lhci'), ['collect', `--url=${url}`, `-n`, String(RUNS), `--settings.chromeFlags=${FLAGS}`], {
    cwd: dir,
    env: { ...process.env, CHROME_PATH: chrome },
    encoding: 'utf8',
  })
  if (run.status !== 0) throw new Error(`lhci collect failed: ${run.stderr || run.stdout}`)
  const lhrs = readdirSync(path.join(dir, '.lighthouseci'))
    .filter((name) => name.endsWith('.json') && name.startsWith('lhr-'))
    .map((name) => JSON.parse(readFileSync(path.join(dir, '.lighthouseci', name), 'utf8')))
  return { lcp: lhrs.map((lhr) => lhr.audits['largest-contentful-paint'].numericValue), tbt: lhrs.map((lhr) => lhr.audits['total-blocking-time'].numericValue) }
}

function perfGate(url, dir) {
  const report = path.join(dir, 'report.json')
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'dist', 'cli.js'), '--urls', url, '--lighthouse-runs', String(RUNS), '--lighthouse-budgets', 'lcp=60s, tbt=60s, cls=1', '--json', report, '--output-dir', dir],
    {
      env: { ...process.env, CHROME_PATH: chrome },
      encoding: 'utf8',
    },
  )
  if (run.status !== 0) throw new Error(`perf-gate failed: ${run.stderr}`)
  const runs = JSON.parse(readFileSync(report, 'utf8')).measurements.lighthouse.pages[0].runs.filter((r) => r.metrics)
  return { lcp: runs.map((r) => r.metrics.lcp), tbt: runs.map((r) => r.metrics.tbt) }
}

execFileSync(process.execPath, ['../build.mjs'], { cwd: shop })
const port = await freePort()
const server = spawn(process.execPath, ['../server.mjs'], { cwd: shop, env: { ...process.env, PORT: String(port) }, stdio: 'ignore' })
const work = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-bench-'))
try {
  await new Promise((resolve) => setTimeout(resolve, 500))
  const url = `http://127.0.0.1:${port}/`
  console.log(
    `render step: examples/shop page, ${RUNS} Lighthouse runs per tool, ${ROUNDS} round(s), ${os.availableParallelism()} cores, ${execFileSync(chrome, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()}`,
  )
  const lhciTimes = []
  const gateTimes = []
  for (let round = 0; round < ROUNDS; round++) {
    const lhciDir = mkdtempSync(path.join(work, 'lhci-'))
    const gateDir = mkdtempSync(path.join(work, 'perf-gate-'))
    const a = timed(() => lhci(url, lhciDir))
    const b = timed(() => perfGate(url, gateDir))
    lhciTimes.push(a.seconds)
    gateTimes.push(b.seconds)
    console.log(`  round ${round + 1}: lhci collect ${a.seconds.toFixed(1)} s, perf-gate ${b.seconds.toFixed(1)} s`)
    console.log(`    LCP spread: lhci ${spread(a.result.lcp)}; perf-gate ${spread(b.result.lcp)}`)
    console.log(`    TBT spread: lhci ${spread(a.result.tbt)}; perf-gate ${spread(b.result.tbt)}`)
  }
  const best = (times) => Math.min(...times)
  const ratio = best(gateTimes) / best(lhciTimes)
  console.log(
    `render step: perf-gate ${best(gateTimes).toFixed(1)} s vs lhci collect ${best(lhciTimes).toFixed(1)} s → ratio ${ratio.toFixed(2)}× (target ≤ 0.40×) ${ratio <= 0.4 ? 'MET' : 'NOT MET'}`,
  )
} finally {
  server.kill()
  rmSync(work, { recursive: true, force: true })
}
