// A/A and A/B checks of the alert on a push to the base branch: a git repository whose parent
// commit's server answers GET /api/items after 20 ms, pushed with a commit that changes nothing the
// server does (A/A: a README edit) and with one that makes the endpoint 150 ms slower (A/B). Each
// run is the built action (dist/index.js, as the runner starts it) on a push event with `alert`:
// the parent rebuilt in a worktree, both servers measured in paired rounds, and a p95 regression
// measured again in a second set before it alerts (no token: the alert is read from the report). Counts how many of the runs would alert: target 0 of 20 in A/A, 20 of 20 in
// A/B; and, for A/A, how many the first set alone would have raised.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
// 20 runs each: one alert in 20 is a 5% false-alarm or miss rate. About 15 s an A/A run and 25 s an
// A/B run on a 2-core machine (the A/B runs measure the second set): some 13 minutes in all;
// BENCH_REPEATS lowers it for a quick look.
const REPEATS = Number(process.env.BENCH_REPEATS ?? 20)

const work = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-alerts-'))
const repo = path.join(work, 'shop')
const git = (...args) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
const server = (delayMs) =>
  [
    "import http from 'node:http'",
    `const DELAY_MS = ${delayMs}`,
    "http.createServer((request, response) => (request.url === '/api/items' ? setTimeout(() => response.end('[]'), DELAY_MS) : response.end('ok'))).listen(Number(process.env.PORT), '127.0.0.1')",
    '',
  ].join('\n')

function setUp() {
  mkdirSync(repo, { recursive: true })
  git('init', '-q', '-b', 'main')
  git('config', 'user.email', 'bench@example.com')
  git('config', 'user.name', 'Bench')
  writeFileSync(path.join(repo, 'server.mjs'), server(20))
  writeFileSync(path.join(repo, 'README.md'), '# shop\n')
  git('add', '-A')
  git('commit', '-q', '-m', 'parent')
  git('checkout', '-q', '-b', 'a-a')
  writeFileSync(path.join(repo, 'README.md'), '# shop\n\nDocs only.\n')
  git('commit', '-q', '-am', 'A/A: nothing the server does changes')
  git('checkout', '-q', 'main')
  git('checkout', '-q', '-b', 'a-b')
  writeFileSync(path.join(repo, 'server.mjs'), server(170))
  git('commit', '-q', '-am', 'A/B: GET /api/items 150 ms slower')
}

const inputs = {
  'start-command': 'node server.mjs',
  endpoints: 'GET /api/items',
  'p95-budget': '2s',
  'load-duration': '1s',
  'latency-rounds': '3',
  connections: '2',
  'stress-steps': '0',
  alert: 'issue',
}

/** The action on a push of `branch`'s tip to main, as the runner runs it; its report. */
function push(branch, index) {
  git('checkout', '-q', branch)
  const temp = path.join(work, `${branch}-${index}`)
  mkdirSync(temp)
  const event = path.join(temp, 'event.json')
  writeFileSync(event, JSON.stringify({ ref: 'refs/heads/main', before: git('rev-parse', 'HEAD^'), after: git('rev-parse', 'HEAD'), repository: { full_name: 'bench/shop' } }))
  for (const file of ['output', 'summary']) writeFileSync(path.join(temp, file), '')
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'bench/shop',
    GITHUB_SHA: git('rev-parse', 'HEAD'),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKSPACE: repo,
    GITHUB_OUTPUT: path.join(temp, 'output'),
    GITHUB_STEP_SUMMARY: path.join(temp, 'summary'),
    RUNNER_TEMP: temp,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
  }
  const run = spawnSync(process.execPath, [path.join(root, 'dist', 'index.js')], { cwd: temp, env, encoding: 'utf8' })
  let report
  try {
    report = JSON.parse(readFileSync(path.join(temp, 'perf-gate', 'default', 'report.json'), 'utf8'))
  } catch {
    throw new Error(
      `perf-gate wrote no report (exit ${run.status}): ${run.stdout
        .split('\n')
        .filter((line) => line.startsWith('::error'))
        .join(' / ')}`,
    )
  }
  if (report.baseline.source !== 'rebuild') throw new Error(`no rebuilt parent: ${report.baseline.reason}`)
  if (!report.alert) throw new Error('the report has no alert: is dist/ built from this tree (npm run build)?')
  const firstSet = report.validation.some((target) => target.kind === 'latency-regression' && !target.passed && !target.inconclusive)
  const change = report.comparison.endpoints[0]?.p95Change
  const second = [...report.alert.confirmed, ...report.alert.unconfirmed][0]?.second
  return { alerts: report.alert.confirmed.length > 0, firstSet, change, second, paired: report.measurements.latency.endpoints[0]?.paired }
}

const describe = (change) => (change ? `${change.verdict} ${change.difference >= 0 ? '+' : ''}${change.difference.toFixed(1)} ms` : 'none')

try {
  setUp()
  console.log(`alerts: a push compared with its parent rebuilt from git, GET /api/items 20 ms, ${REPEATS} runs each, ${os.availableParallelism()} cores`)
  const tally = { 'a-a': { alerts: 0, firstSet: 0 }, 'a-b': { alerts: 0, firstSet: 0 } }
  for (const branch of ['a-a', 'a-b']) {
    for (let index = 0; index < REPEATS; index++) {
      const result = push(branch, index)
      if (result.alerts) tally[branch].alerts++
      if (result.firstSet) tally[branch].firstSet++
      console.log(`  ${branch === 'a-a' ? 'A/A' : 'A/B'} run ${index + 1}: first set ${describe(result.change)}; second set ${describe(result.second)}${result.alerts ? '; alerts' : ''}`)
      // A first set that regressed on identical code: its rounds, for the record.
      if (branch === 'a-a' && result.firstSet)
        console.log(`    p95 base ${result.paired.base.map((ms) => ms.toFixed(1)).join(', ')} ms; head ${result.paired.head.map((ms) => ms.toFixed(1)).join(', ')} ms`)
    }
  }
  const aa = tally['a-a']
  const ab = tally['a-b']
  console.log(`A/A (identical code): ${aa.alerts} of ${REPEATS} runs would alert (target 0); the first set alone: ${aa.firstSet} of ${REPEATS} ${aa.alerts === 0 ? 'MET' : 'NOT MET'}`)
  console.log(`A/B (150 ms slower): ${ab.alerts} of ${REPEATS} runs would alert (target ${REPEATS}) ${ab.alerts === REPEATS ? 'MET' : 'NOT MET'}`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
