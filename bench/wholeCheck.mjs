// The whole pull-request check: the demo shop in a git repository (a base commit, the head commit on
// top), perf-gate's one job (bundles, Lighthouse pages and endpoints, base rebuilt from git) against
// what a team runs today for the same work, one tool after another: base and head builds with
// size-limit on each, `lhci collect` on each side's page with the same number of runs, and
// autocannon on each side's endpoints for as long as perf-gate's rounds load them. Then the same
// check split in two shards run side by side plus their merge, against the one job, when the CLI
// has shards.
import { spawn } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'dist', 'cli.js')
const bin = (name) => path.join(root, 'node_modules', '.bin', name)
const shop = path.join(root, 'examples', 'shop')
// One round takes about four minutes here (the shards another one and a half); BENCH_ROUNDS
// repeats the first part, the two sides in turn (the order flips each round), best of each.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1)
const TARGET = 0.5
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const env = { ...process.env, CHROME_PATH: chrome, NO_COLOR: '1' }
// As bench/lighthouse.mjs runs lhci collect here.
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run'

// The demo's settings, as the head commit's perf-gate.config.json has them.
const settings = JSON.parse(readFileSync(path.join(shop, 'head', 'perf-gate.config.json'), 'utf8'))
const seconds = (text) => {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m)$/.exec(String(text).trim())
  if (!match) throw new Error(`not a duration: ${text}`)
  return Number(match[1]) * { ms: 0.001, s: 1, m: 60 }[match[2]]
}
const LOAD_S = seconds(settings['load-duration'] ?? '10s')
const CONNECTIONS = settings.connections ?? 10
const STRESS_STEPS = settings['stress-steps'] ?? 4
const PAIRED_ROUNDS = settings['latency-rounds'] ?? 6
const LIGHTHOUSE_RUNS = settings['lighthouse-runs'] ?? 3
const PAGES = settings.urls
const ENDPOINTS = settings.endpoints.map((text) => {
  const match = /^(\w+)\s+(\S+)(?:\s+(.+))?$/.exec(text)
  return { name: text, method: match[1], path: match[2], body: match[3] }
})

// perf-gate's load per endpoint, from src/measure/latency.ts: on the head, a warm-up, normal and
// peak rounds of load-duration and the stress steps (a quarter of it, at least 1 s, each; they stop
// at the breaking point, so the steps perf-gate's report shows it ran are counted); with the rebuilt
// base up, a warm-up comparison round on each side and latency-rounds paired rounds per side (the
// same length as a stress step).
const stepS = Math.max(1, LOAD_S / 4)
const warmUpS = Math.min(1, Math.max(0.2, LOAD_S / 5))
const loadPerEndpoint = (stressSteps) => ({ head: warmUpS + 2 * LOAD_S + stressSteps * stepS + stepS + PAIRED_ROUNDS * stepS, base: stepS + PAIRED_ROUNDS * stepS })
/** Seconds of load per endpoint and side, as perf-gate's last report says it ran them; every stress step until one has run. */
let loadPlan = ENDPOINTS.map(() => loadPerEndpoint(STRESS_STEPS))

const work = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-bench-whole-'))
const repo = path.join(work, 'shop')

/**
 * A process to its end, its output kept; resolves with its exit code, whatever it is, and when each
 * of perf-gate's log groups (`▸ title` on stderr) began and how long it lasted.
 */
function run(command, args, { cwd } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    let stdout = ''
    let partial = ''
    const marks = []
    child.stdout.on('data', (chunk) => {
      stdout += chunk
      output += chunk
    })
    child.stderr.on('data', (chunk) => {
      output += chunk
      const lines = (partial + chunk).split('\n')
      partial = lines.pop()
      for (const line of lines) if (line.startsWith('▸ ')) marks.push({ title: line.slice(2).trim(), at: performance.now() })
    })
    child.on('error', reject)
    child.on('close', (status) => {
      const ended = performance.now()
      const phases = marks.map((mark, index) => ({ title: mark.title, seconds: ((marks[index + 1]?.at ?? ended) - mark.at) / 1000 }))
      if (marks.length > 0) phases.unshift({ title: 'start-up', seconds: (marks[0].at - started) / 1000 })
      resolve({ status, stdout, output, phases })
    })
  })
}

async function must(command, args, options) {
  const result = await run(command, args, options)
  if (result.status !== 0) throw new Error(`${path.basename(command)} ${args.join(' ')} exited with ${result.status}: ${result.output.split('\n').slice(-15).join('\n')}`)
  return result.stdout
}

const git = (cwd, ...args) => must('git', args, { cwd })

async function timed(work) {
  const start = process.hrtime.bigint()
  const result = await work()
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, result }
}

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

/** The repository: the shop's shared files, `app/` the base variant in the first commit and the head variant on top. */
async function setUp() {
  mkdirSync(repo)
  for (const file of ['build.mjs', 'server.mjs', 'db.mjs', 'index.html']) cpSync(path.join(shop, file), path.join(repo, file))
  // The builds (webpack, esbuild) find their packages through this link, in every checkout of the
  // repository, the base's worktrees too: neither side installs anything, so neither is timed doing it.
  symlinkSync(path.join(root, 'node_modules'), path.join(repo, 'node_modules'), 'dir')
  writeFileSync(path.join(repo, '.gitignore'), 'dist/\n')
  const variant = (name) => {
    rmSync(path.join(repo, 'app'), { recursive: true, force: true })
    cpSync(path.join(shop, name), path.join(repo, 'app'), { recursive: true, filter: (source) => path.basename(source) !== 'dist' })
  }
  variant('base')
  await git(repo, 'init', '-q', '-b', 'base')
  await git(repo, 'config', 'user.email', 'bench@example.com')
  await git(repo, 'config', 'user.name', 'Bench')
  await git(repo, 'add', '-A')
  await git(repo, 'commit', '-q', '-m', 'base: the shop')
  await git(repo, 'checkout', '-q', '-b', 'head')
  variant('head')
  await git(repo, 'add', '-A')
  await git(repo, 'commit', '-q', '-m', 'head: reviews chunk, recommendations, N+1 search')
}

const PERF_GATE_FLAGS = ['--baseline', 'rebuild', '--base-ref', 'base']

/** perf-gate's check in a checkout's app/, its report read back. */
async function perfGate(checkout, extra, name) {
  const report = path.join(work, `${name}.json`)
  const outputDir = mkdtempSync(path.join(work, `${name}-output-`))
  const { status, output, phases } = await run(process.execPath, [cli, ...extra, ...PERF_GATE_FLAGS, '--json', report, '--output-dir', outputDir], { cwd: path.join(checkout, 'app') })
  if (status !== 0 && status !== 1) throw new Error(`perf-gate (${name}) exited with ${status}: ${output.split('\n').slice(-15).join('\n')}`)
  const result = JSON.parse(readFileSync(report, 'utf8'))
  if (result.baseline?.source !== 'rebuild') throw new Error(`perf-gate (${name}) did not rebuild the base: ${result.baseline?.reason ?? output}`)
  return { status, report: result, file: report, phases }
}

/** What a report measured: bundle, page and endpoint names. */
function subjects(report) {
  const measured = report.measurements ?? {}
  return {
    bundles: (measured.bundles ?? []).map((bundle) => bundle.name),
    pages: (measured.lighthouse?.pages ?? []).map((page) => page.name),
    endpoints: (measured.latency?.endpoints ?? []).map((endpoint) => endpoint.name),
  }
}

/** A server of one checkout started as perf-gate starts it (start-command, PORT), ready when its first page answers. */
async function startShop(app) {
  const port = await freePort()
  const child = spawn(process.execPath, ['../server.mjs'], { cwd: app, env: { ...env, PORT: String(port) }, stdio: 'ignore' })
  const exited = new Promise((resolve) => child.on('exit', resolve))
  const origin = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 10_000
  for (;;) {
    try {
      if ((await fetch(`${origin}/`)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the shop in ${app} did not answer in 10 s`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return {
    origin,
    stop: async () => {
      child.kill()
      await exited
    },
  }
}

/** size-limit with @size-limit/file on the bundles perf-gate measures, from a project of its own: returns its bytes (brotli, its default) by check. */
async function sizeLimit(app) {
  // It exits with 1 when a check is over its limit: its JSON still says every size.
  const { status, stdout, output } = await run(bin('size-limit'), ['--json'], { cwd: app })
  if (status !== 0 && status !== 1) throw new Error(`size-limit exited with ${status}: ${output}`)
  return Object.fromEntries(JSON.parse(stdout).map((check) => [check.name, check.size]))
}

/** lhci collect on one side's pages; returns how many Lighthouse results it wrote. */
async function lhci(origin, dir) {
  mkdirSync(dir, { recursive: true })
  await must(bin('lhci'), ['collect', ...PAGES.map((page) => `--url=${new URL(page, origin).href}`), '-n', String(LIGHTHOUSE_RUNS), `--settings.chromeFlags=${CHROME_FLAGS}`], { cwd: dir })
  return readdirSync(path.join(dir, '.lighthouseci')).filter((name) => name.startsWith('lhr-') && name.endsWith('.json')).length
}

/** The autocannon CLI on one endpoint at the normal connections; returns its request count. */
async function autocannon(origin, endpoint, durationS) {
  const body = endpoint.body === undefined ? [] : ['-m', endpoint.method, '-H', 'content-type=application/json', '-b', endpoint.body]
  const method = endpoint.body === undefined && endpoint.method !== 'GET' ? ['-m', endpoint.method] : []
  const output = await must(bin('autocannon'), ['-j', '-c', String(CONNECTIONS), '-d', String(durationS), ...method, ...body, `${origin}${endpoint.path}`])
  return JSON.parse(output).requests.total
}

/** Today's tools, one after the other, in a base and a head checkout of their own (a size-limit config beside perf-gate's would make perf-gate run size-limit too). */
async function todaysTools(round) {
  const sides = { base: path.join(work, `today-${round}-base`), head: path.join(work, `today-${round}-head`) }
  // The head is checked out before the clock starts, as the one job's head is; the base is checked out on the clock, as perf-gate's is.
  await git(repo, 'worktree', 'add', '--detach', '--quiet', sides.head, 'head')
  const sizeLimitProject = (app) => {
    writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'shop', private: true, devDependencies: { 'size-limit': '*', '@size-limit/file': '*' } }))
    writeFileSync(
      path.join(app, '.size-limit.json'),
      JSON.stringify(
        settings.bundles.map((bundle) => (typeof bundle === 'string' ? { path: bundle, limit: settings['bundle-budget'] } : { name: bundle.name, path: bundle.path, limit: bundle.limit })),
      ),
    )
  }
  sizeLimitProject(path.join(sides.head, 'app'))
  const steps = {}
  const sizes = {}
  const lhrs = {}
  const requests = {}
  try {
    const whole = await timed(async () => {
      steps.checkout = (await timed(() => git(repo, 'worktree', 'add', '--detach', '--quiet', sides.base, 'base'))).seconds
      sizeLimitProject(path.join(sides.base, 'app'))
      steps.bundles = (
        await timed(async () => {
          for (const side of ['base', 'head']) {
            const app = path.join(sides[side], 'app')
            await must(process.execPath, ['../build.mjs'], { cwd: app })
            sizes[side] = await sizeLimit(app)
          }
        })
      ).seconds
      steps.lighthouse = 0
      steps.load = 0
      for (const side of ['base', 'head']) {
        const server = await startShop(path.join(sides[side], 'app'))
        try {
          steps.lighthouse += (await timed(async () => (lhrs[side] = await lhci(server.origin, path.join(work, `lhci-${round}-${side}`))))).seconds
          steps.load += (
            await timed(async () => {
              requests[side] = 0
              for (const [index, endpoint] of ENDPOINTS.entries()) requests[side] += await autocannon(server.origin, endpoint, loadPlan[index][side])
            })
          ).seconds
        } finally {
          await server.stop()
        }
      }
      await git(repo, 'worktree', 'remove', '--force', sides.base)
    })
    return { seconds: whole.seconds, steps, sizes, lhrs, requests }
  } finally {
    for (const dir of Object.values(sides)) await git(repo, 'worktree', 'remove', '--force', dir).catch(() => rmSync(dir, { recursive: true, force: true }))
  }
}

const fmt = (s) => `${s.toFixed(1)} s`
const verdictOf = (report) => (report.verdict?.passed ? 'passed' : 'failed')

try {
  await setUp()
  const chromeVersion = (await run(chrome, ['--version'])).stdout.trim()
  console.log(`whole pull-request check: examples/shop in a git repository (branch base, branch head on top), ${os.availableParallelism()} cores, Node ${process.versions.node}, ${chromeVersion}`)
  console.log(
    `  settings (the demo's): ${settings.bundles.length} bundle groups, ${PAGES.length} page × ${LIGHTHOUSE_RUNS} Lighthouse runs per side, ${ENDPOINTS.length} endpoints, load-duration ${LOAD_S} s, ${CONNECTIONS} connections, ${STRESS_STEPS} stress steps, ${PAIRED_ROUNDS} paired rounds`,
  )
  console.log(`  perf-gate: one process, node dist/cli.js ${PERF_GATE_FLAGS.join(' ')} in the head checkout: builds the head, checks the base out in a worktree and builds it,`)
  console.log(`    measures bundles on both sides, runs Lighthouse on both servers in turn, and loads every endpoint (head: warm-up, normal, peak, stress; both: paired rounds)`)
  console.log(`  today: git worktree add of the base; node ../build.mjs and size-limit (@size-limit/file, brotli by default) on base then head; then per side its server started by this script,`)
  console.log(`    lhci collect -n ${LIGHTHOUSE_RUNS} (all categories, as it runs by default) and autocannon -c ${CONNECTIONS} on each endpoint for as long as perf-gate loads it on that side:`)
  console.log(
    `    head ${warmUpS} s warm-up + ${LOAD_S} s normal + ${LOAD_S} s peak + up to ${STRESS_STEPS} × ${stepS} s stress (the steps perf-gate ran) + ${stepS} s warm-up + ${PAIRED_ROUNDS} × ${stepS} s paired,` +
      ` base ${stepS} s warm-up + ${PAIRED_ROUNDS} × ${stepS} s paired, per endpoint; then the server is stopped`,
  )

  const gateTimes = []
  const todayTimes = []
  let oneJob
  for (let round = 0; round < ROUNDS; round++) {
    const gateRound = async () => {
      const { seconds, result } = await timed(() => perfGate(repo, [], `one-job-${round}`))
      gateTimes.push(seconds)
      oneJob = { ...result, seconds }
      const stressRun = result.report.measurements.latency?.endpoints.map((endpoint) => endpoint.stress?.steps.length ?? 0) ?? []
      loadPlan = ENDPOINTS.map((_, index) => loadPerEndpoint(stressRun[index] ?? STRESS_STEPS))
      const sizes = (side) => JSON.stringify(Object.fromEntries(result.report.comparison.bundles.map((bundle) => [bundle.name, bundle[side]?.brotli])))
      console.log(`  round ${round + 1}: perf-gate ${fmt(seconds)} (exit ${result.status}, ${verdictOf(result.report)}; stress steps run per endpoint: ${stressRun.join(', ')} of ${STRESS_STEPS})`)
      console.log(`    its log groups: ${result.phases.map((phase) => `${phase.title} ${fmt(phase.seconds)}`).join(', ')}`)
      console.log(`    brotli: base ${sizes('base')}, head ${sizes('head')}`)
      console.log(`    its load per endpoint (head / base): ${loadPlan.map((plan) => `${plan.head.toFixed(1)} s / ${plan.base.toFixed(1)} s`).join(', ')}: autocannon's durations`)
    }
    const todayRound = async () => {
      const today = await todaysTools(round)
      todayTimes.push(today.seconds)
      const { steps } = today
      console.log(
        `  round ${round + 1}: today's tools ${fmt(today.seconds)} (base checkout ${fmt(steps.checkout)}, builds + size-limit ${fmt(steps.bundles)}, lhci collect ${fmt(steps.lighthouse)}, autocannon ${fmt(steps.load)}, the rest servers starting and stopping)`,
      )
      console.log(
        `    size-limit brotli: base ${JSON.stringify(today.sizes.base)}, head ${JSON.stringify(today.sizes.head)} (size-limit compresses as a stream, without the size hint, so a multi-file group can read a few bytes apart); Lighthouse results ${today.lhrs.base} + ${today.lhrs.head}; autocannon requests base ${today.requests.base}, head ${today.requests.head}`,
      )
    }
    if (round % 2 === 0) {
      await gateRound()
      await todayRound()
    } else {
      await todayRound()
      await gateRound()
    }
  }
  const best = (times) => Math.min(...times)
  const ratio = best(gateTimes) / best(todayTimes)
  console.log(
    `whole check: perf-gate ${fmt(best(gateTimes))} vs today's tools one after the other ${fmt(best(todayTimes))}${ROUNDS > 1 ? ` (best of ${ROUNDS})` : ''} → ratio ${ratio.toFixed(2)}× (target ≤ ${TARGET.toFixed(2)}×) ${ratio <= TARGET ? 'MET' : 'NOT MET'}`,
  )

  // Part 2: shards, when the CLI has them.
  const help = (await run(process.execPath, [cli, '--help'])).output
  const mergeProbe = await run(process.execPath, [cli, 'merge'])
  if (!/--shard\b/.test(help)) {
    console.log('shards: skipped — node dist/cli.js --help does not list --shard')
  } else if (/"merge": unexpected argument/.test(mergeProbe.output)) {
    console.log('shards: skipped — node dist/cli.js --help lists --shard, but the CLI has no merge command yet ("merge": unexpected argument)')
  } else {
    // Each shard in a clone of its own, as each runner of a matrix checks the repository out; the clones are made before the clock starts.
    const clones = []
    for (const index of [1, 2]) {
      const clone = path.join(work, `shard-${index}-checkout`)
      await git(work, 'clone', '-q', '--branch', 'head', repo, clone)
      await git(clone, 'branch', '-q', 'base', 'origin/base')
      clones.push(clone)
    }
    const merged = path.join(work, 'merged.json')
    const markdown = path.join(work, 'merged.md')
    const { seconds, result } = await timed(async () => {
      const shards = await Promise.all(clones.map((clone, index) => timed(() => perfGate(clone, ['--shard', `${index + 1}/2`], `shard-${index + 1}`))))
      const merge = await timed(() => run(process.execPath, [cli, 'merge', ...shards.map((shard) => shard.result.file), '--json', merged, '--markdown', markdown], { cwd: work }))
      return { shards, merge }
    })
    const { shards, merge } = result
    for (const [index, shard] of shards.entries()) {
      const share = subjects(shard.result.report)
      console.log(
        `  shard ${index + 1}/2: ${fmt(shard.seconds)} (exit ${shard.result.status}): bundles [${share.bundles.join(', ')}], pages [${share.pages.join(', ')}], endpoints [${share.endpoints.join(', ')}]`,
      )
    }
    console.log(`  merge: ${fmt(merge.seconds)} (exit ${merge.result.status})`)
    if (merge.result.status !== 0 && merge.result.status !== 1) throw new Error(`perf-gate merge exited with ${merge.result.status}: ${merge.result.output.split('\n').slice(-15).join('\n')}`)
    const mergedReport = JSON.parse(readFileSync(merged, 'utf8'))
    const expected = subjects(oneJob.report)
    const got = subjects(mergedReport)
    const problems = []
    for (const kind of ['pages', 'endpoints']) {
      for (const name of expected[kind]) {
        const count = got[kind].filter((other) => other === name).length
        if (count !== 1) problems.push(`${kind.slice(0, -1)} ${name} appears ${count} times`)
      }
      for (const name of got[kind]) if (!expected[kind].includes(name)) problems.push(`${kind.slice(0, -1)} ${name} is not in the one job's report`)
    }
    const bundlesOnce = expected.bundles.every((name) => got.bundles.filter((other) => other === name).length === 1)
    if (!bundlesOnce) problems.push(`bundles [${got.bundles.join(', ')}] are not the one job's [${expected.bundles.join(', ')}] once each`)
    const shardsSplit = shards.every((shard) => {
      const share = subjects(shard.result.report)
      return share.pages.length + share.endpoints.length < expected.pages.length + expected.endpoints.length
    })
    if (!shardsSplit) problems.push('a shard measured every page and endpoint: --shard did not split the work')
    if (verdictOf(mergedReport) !== verdictOf(oneJob.report)) problems.push(`the merged verdict (${verdictOf(mergedReport)}) is not the one job's (${verdictOf(oneJob.report)})`)
    if (merge.result.status !== (mergedReport.verdict?.passed ? 0 : 1)) problems.push(`merge exited with ${merge.result.status} for a report that ${verdictOf(mergedReport)}`)
    console.log(
      `  merged report: ${got.pages.length} page(s), ${got.endpoints.length} endpoint(s), ${got.bundles.length} bundle(s), ${verdictOf(mergedReport)} (one job: ${verdictOf(oneJob.report)}) → ${problems.length === 0 ? 'every page and endpoint once, same verdict: OK' : `NOT OK: ${problems.join('; ')}`}`,
    )
    const shardRatio = seconds / oneJob.seconds
    console.log(
      `shards: 2 shards side by side + merge ${fmt(seconds)} vs one job ${fmt(oneJob.seconds)} → ratio ${shardRatio.toFixed(2)}×` +
        ` (on this ${os.availableParallelism()}-core machine the two shards share the cores, each with its own server, base build and Chrome; on GitHub each shard has a runner of its own, so the ratio here is an upper bound)`,
    )
  }
} finally {
  await run('git', ['worktree', 'prune'], { cwd: repo }).catch(() => undefined)
  rmSync(work, { recursive: true, force: true })
}
