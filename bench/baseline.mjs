// A/A and A/B checks of the rebuilt baseline: the demo shop in a git repository, compared with
// itself (a change that touches nothing measured) and with a branch that makes the search endpoint
// 25% slower and delays the page's LCP by a render-blocking script 1 s late. Counts false alarms
// (any regression in A/A) and detections (both regressions found in A/B) over repeated runs.
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const shop = path.join(root, 'examples', 'shop')
// 20 runs each: a 5% false-alarm or miss rate shows as one run in 20. About 2 minutes a run here;
// BENCH_REPEATS lowers it for a quick look.
const REPEATS = Number(process.env.BENCH_REPEATS ?? 20)

const work = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-ab-'))
const repo = path.join(work, 'shop')
const git = (...args) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
const edit = (file, change) => writeFileSync(path.join(repo, file), change(readFileSync(path.join(repo, file), 'utf8')))

function setUp() {
  cpSync(shop, repo, { recursive: true, filter: (source) => !/[\\/](dist|base)$/.test(source) && !source.includes(`${path.sep}base${path.sep}`) })
  // Measure what the checks are about: the search endpoint, an unchanged one, and the page.
  const config = JSON.parse(readFileSync(path.join(repo, 'head', 'perf-gate.config.json'), 'utf8'))
  Object.assign(config, {
    endpoints: ['GET /api/search?q=product+1', 'GET /api/products'],
    'load-duration': '1s',
    'stress-steps': 0,
    'latency-rounds': 6,
    'lighthouse-runs': 2,
    'fail-on': 'regression',
  })
  // The copying build below writes no webpack stats.
  delete config['webpack-stats']
  writeFileSync(path.join(repo, 'head', 'perf-gate.config.json'), JSON.stringify(config, null, 2))
  // The rebuilt base lives in a temporary worktree with no node_modules near it: build without
  // esbuild, by copying the modules (the browser loads them as they are).
  writeFileSync(path.join(repo, 'build.mjs'), "import { cpSync, rmSync } from 'node:fs'\nrmSync('dist', { recursive: true, force: true })\ncpSync('src', 'dist', { recursive: true })\n")
  edit('index.html', (text) => text.replace('/dist/app.js', '/dist/index.js'))
  git('init', '-q', '-b', 'main')
  git('config', 'user.email', 'bench@example.com')
  git('config', 'user.name', 'Bench')
  writeFileSync(path.join(repo, '.gitignore'), 'dist/\n')
  git('add', '-A')
  git('commit', '-q', '-m', 'base')

  git('checkout', '-q', '-b', 'a-a')
  writeFileSync(path.join(repo, 'CHANGELOG.md'), 'Docs only.\n')
  git('add', '-A')
  git('commit', '-q', '-m', 'A/A: nothing measured changes')

  git('checkout', '-q', 'main')
  git('checkout', '-q', '-b', 'a-b')
  // 25% slower search: every query of the search route costs a quarter more.
  edit('head/api/routes.mjs', (text) => text.replaceAll('query(timing, 4,', 'query(timing, 5,'))
  // 1 s later LCP: a render-blocking script busy for 350 ms, which Lighthouse's simulated mobile CPU
  // (4× slower) turns into about a second more before the largest paint (+0.92 s measured). A slow
  // response would not do: the simulation takes one server response time per origin, so a single
  // late file barely moves it.
  edit('index.html', (text) => text.replace('<link rel="stylesheet"', '<script>const until = performance.now() + 350; while (performance.now() < until) {}</script>\n    <link rel="stylesheet"'))
  git('commit', '-q', '-am', 'A/B: slower search, later LCP')
}

function check(branch) {
  git('checkout', '-q', branch)
  const report = path.join(work, `${branch}.json`)
  const run = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), '--baseline', 'rebuild', '--base-ref', 'main', '--json', report], {
    cwd: path.join(repo, 'head'),
    encoding: 'utf8',
  })
  if (run.status !== 0 && run.status !== 1) throw new Error(`perf-gate exited with ${run.status}: ${run.stderr}`)
  let result
  try {
    result = JSON.parse(readFileSync(report, 'utf8'))
  } catch {
    throw new Error(`perf-gate wrote no report: ${run.stderr.split('\n').filter(Boolean).slice(-3).join(' / ')}`)
  }
  if (result.baseline.source !== 'rebuild') throw new Error(`no rebuilt baseline: ${result.baseline.reason ?? run.stderr}`)
  const regressions = result.validation.filter((target) => /regression$/.test(target.kind) && !target.passed && !target.inconclusive)
  return { regressions: regressions.map((target) => `${target.subject}${target.metric ? ` ${target.metric}` : ''}`), result }
}

try {
  setUp()
  console.log(`baseline checks: the demo shop rebuilt from git, ${REPEATS} runs each, ${os.availableParallelism()} cores`)
  let falseAlarms = 0
  let detections = 0
  for (let index = 0; index < REPEATS; index++) {
    const aa = check('a-a')
    if (aa.regressions.length > 0) falseAlarms++
    const ab = check('a-b')
    const search = ab.regressions.some((subject) => subject.startsWith('GET /api/search'))
    const lcp = ab.regressions.some((subject) => subject === '/ lcp')
    if (search && lcp) detections++
    const searchChange = ab.result.comparison.endpoints.find((endpoint) => endpoint.name.startsWith('GET /api/search'))?.p95Change
    const lcpChange = ab.result.comparison.pages[0]?.changes?.lcp
    console.log(
      `  run ${index + 1}: A/A regressions [${aa.regressions.join(', ')}]; A/B regressions [${ab.regressions.join(', ')}]` +
        ` (search p95 ${searchChange ? `${(searchChange.change * 100).toFixed(0)}% ${searchChange.verdict}` : 'n/a'}, LCP ${lcpChange ? `+${Math.round(lcpChange.difference)} ms ${lcpChange.verdict}` : 'n/a'})`,
    )
  }
  console.log(`A/A: ${falseAlarms} false alarms in ${REPEATS} runs (target 0) ${falseAlarms === 0 ? 'MET' : 'NOT MET'}`)
  console.log(
    `A/B: ${detections} of ${REPEATS} runs found both the slower endpoint and the later LCP (${Math.round((detections / REPEATS) * 100)}%, target ≥ 95%) ${detections / REPEATS >= 0.95 ? 'MET' : 'NOT MET'}`,
  )
} finally {
  rmSync(work, { recursive: true, force: true })
}
