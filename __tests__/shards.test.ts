import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { strFromU8, unzipSync } from 'fflate'
import { mergeHistories, mergeMeasurements, measurementsOfShare, shardOfName, validateShards } from '../src/analyze/shards.js'
import type { HistoryPoint } from '../src/model/analysis.js'
import type { EndpointLatency, Measurements, PageResult } from '../src/model/measurements.js'
import { runCliCaptured } from './fixtures/cli.js'
import { FakeGitHub } from './fixtures/github-api.js'
import { roundWithP95 } from './fixtures/rounds.js'
import { TempProject, javascriptLike } from './fixtures/project.js'
import { FakeResultsService } from './fixtures/results-service.js'
import { EVENTS, installAction, runAction, type ActionRun } from './fixtures/runner.js'
import { prependToViteEntry, writeViteReactApp } from './fixtures/vite/project.js'

describe('the split of pages and endpoints among shards', () => {
  const names = Array.from({ length: 600 }, (_, index) => `/page-${index}`)

  test('every name is in exactly one shard of M, for M from 1 to 8', () => {
    for (let total = 1; total <= 8; total++) {
      for (const name of names) {
        const shard = shardOfName('page', name, total)
        expect(Number.isInteger(shard) && shard >= 1 && shard <= total).toBe(true)
      }
    }
  })

  test('adding a page moves no other page', () => {
    const before = new Map(names.slice(0, 50).map((name) => [name, shardOfName('page', name, 4)]))
    const after = new Map([...names.slice(0, 50), '/new-page'].map((name) => [name, shardOfName('page', name, 4)]))
    for (const [name, shard] of before) expect([name, after.get(name)]).toEqual([name, shard])
  })

  test('600 names over 4 shards: each gets a share near a quarter', () => {
    const counts = [0, 0, 0, 0]
    for (const name of names) counts[shardOfName('page', name, 4) - 1] = (counts[shardOfName('page', name, 4) - 1] ?? 0) + 1
    // A quarter is 150; FNV-1a spreads these names within 150 ± 40 (the counts are fixed: the hash has no seed).
    for (const count of counts) expect(Math.abs(count - 150)).toBeLessThan(40)
  })
})

const round = roundWithP95
const endpoint = (name: string, p95: number): EndpointLatency => {
  const [method = 'GET', route = '/'] = name.split(' ')
  return { name, method, path: route, p95Budget: 200, normal: round(p95), peak: round(p95) }
}
const page = (name: string): PageResult => ({ name, url: `http://127.0.0.1:1${name}`, runs: [{ attempts: 1 }], opportunities: [] })

describe('merging shard measurements', () => {
  const shard1: Measurements = {
    bundles: [{ name: 'dist/app.js', compression: 'gzip', limit: 500_000, files: [], raw: 10, gzip: 5, brotli: 4 }],
    lighthouse: { chromePath: '/usr/bin/chromium', runsPerPage: 1, pages: [page('/a')] },
    latency: { startupMs: 300, resourcesMeasured: true, endpoints: [endpoint('GET /x', 20)] },
  }
  const shard2: Measurements = {
    bundles: [],
    lighthouse: { chromePath: '/usr/bin/chromium', runsPerPage: 1, pages: [page('/b'), page('/c')] },
    latency: { startupMs: 900, resourcesMeasured: false, endpoints: [endpoint('GET /y', 40), endpoint('POST /z', 60)] },
  }

  test('joins each kind in shard order; the slowest start-up and the weakest resource measurement stand for the whole', () => {
    const merged = mergeMeasurements([shard1, shard2])
    expect(merged.bundles.map((bundle) => bundle.name)).toEqual(['dist/app.js'])
    expect(merged.lighthouse?.pages.map((item) => item.name)).toEqual(['/a', '/b', '/c'])
    expect(merged.latency?.endpoints.map((item) => item.name)).toEqual(['GET /x', 'GET /y', 'POST /z'])
    expect(merged.latency?.startupMs).toBe(900)
    expect(merged.latency?.resourcesMeasured).toBe(false)
  })

  test("a whole base cut to a shard's share keeps only its pages, endpoints and (on shard 1) bundles", () => {
    const whole = mergeMeasurements([shard1, shard2])
    const cut = measurementsOfShare(whole, { pages: ['/b'], endpoints: ['POST /z'], bundles: false })
    expect(cut.bundles).toEqual([])
    expect(cut.lighthouse?.pages.map((item) => item.name)).toEqual(['/b'])
    expect(cut.latency?.endpoints.map((item) => item.name)).toEqual(['POST /z'])
  })

  test("the shards' histories become one point per commit with every shard's metrics, nearest first", () => {
    const point = (sha: string, ids: string[]): HistoryPoint => ({ sha, metrics: ids.map((id) => ({ id, label: id, unit: 'ms', value: 1 })) })
    const merged = mergeHistories([
      [point('b', ['bundles-total:gzip']), point('a', ['bundles-total:gzip'])],
      [point('b', ['p95:GET /y']), point('a', ['p95:GET /y'])],
    ])
    expect(merged.map((item) => [item.sha, item.metrics.map((metric) => metric.id)])).toEqual([
      ['b', ['bundles-total:gzip', 'p95:GET /y']],
      ['a', ['bundles-total:gzip', 'p95:GET /y']],
    ])
  })

  test('a missing shard is a failed, blocking target that names it', () => {
    const [target] = validateShards({ total: 3, merged: [1, 3], missing: [{ index: 2, reason: 'no-report' }] })
    expect(target).toMatchObject({ kind: 'shard', subject: '2/3', passed: false, blocking: true })
    expect(target?.detail).toMatch(/^sent no report/)
  })
})

describe('perf-gate merge on the reports of --shard runs', () => {
  let project: TempProject
  const shardRun = async (index: number, extra: string[] = []) => {
    const file = `shard-${index}-${extra.length}.json`
    const run = await runCliCaptured(['--shard', `${index}/2`, '--bundles', 'dist/*.js', '--json', file, ...extra], project.dir)
    expect(run.code).toBe(0)
    return file
  }

  beforeAll(async () => {
    project = await TempProject.create('perf-gate-cli-shards-')
    await project.write('dist/app.js', javascriptLike(500))
  })
  afterAll(async () => project.remove())

  test('two shards merge into one passing report; shard 2 of a bundle-only project measured nothing and said so', async () => {
    const [first, second] = [await shardRun(1), await shardRun(2)]
    const shard2 = JSON.parse(await readFile(path.join(project.dir, second), 'utf8'))
    expect(shard2.shard).toMatchObject({ index: 2, total: 2, pages: [], endpoints: [], bundles: false })
    expect(shard2.notes[0]).toBe('Shard 2/2 of a matrix: 0 pages, 0 endpoints; a job with mode: merge publishes every shard as one report.')
    const merged = await runCliCaptured(['merge', first, second, '--json', 'merged.json'], project.dir)
    expect(merged.code).toBe(0)
    expect(merged.stdout).toMatch(/perf-gate passed: 1 bundle within budget/)
    const report = JSON.parse(await readFile(path.join(project.dir, 'merged.json'), 'utf8'))
    expect(report.shards).toEqual({ total: 2, merged: [1, 2], missing: [] })
    expect(report.notes[0]).toBe('Merged from 2 shards of 2 (1, 2).')
  })

  test("on a push with alert, the merged report's alert is every shard's together", async () => {
    const [first, second] = [await shardRun(1), await shardRun(2)]
    const withAlert = JSON.parse(await readFile(path.join(project.dir, first), 'utf8'))
    const regression = { ...withAlert.validation[0], kind: 'bundle-regression', target: 0.1, actual: 0.5, passed: false }
    withAlert.alert = { confirmed: [{ target: regression }], unconfirmed: [] }
    await project.write('shard-1-alert.json', JSON.stringify(withAlert))
    const merged = await runCliCaptured(['merge', 'shard-1-alert.json', second, '--json', 'merged-alert.json'], project.dir)
    expect(merged.stderr).not.toMatch(/perf-gate: /)
    const report = JSON.parse(await readFile(path.join(project.dir, 'merged-alert.json'), 'utf8'))
    expect(report.alert).toEqual({ confirmed: [{ target: regression }], unconfirmed: [] })
  })

  test('a shard of other settings, or none at all, is named and fails; the same shard twice, or a report of no shard, is a one-line error', async () => {
    const first = await shardRun(1)
    const otherBudget = await shardRun(2, ['--bundle-budget', '1MB'])
    const differs = await runCliCaptured(['merge', first, otherBudget], project.dir)
    expect(differs.code).toBe(1)
    expect(differs.stdout).toContain('perf-gate failed: shard 2/2 was measured with other settings (bundle-budget) than shard 1; give every shard the same config')
    const alone = await runCliCaptured(['merge', first], project.dir)
    expect(alone.stdout).toContain('perf-gate failed: shard 2/2 sent no report')
    expect((await runCliCaptured(['merge', first, first], project.dir)).stderr).toBe('perf-gate: mode: two reports are shard 1/2; give each job of the matrix its own N in shard: N/M\n')
    await runCliCaptured(['--bundles', 'dist/*.js', '--json', 'whole.json'], project.dir)
    expect((await runCliCaptured(['merge', 'whole.json'], project.dir)).stderr).toMatch(/^perf-gate: mode: "whole.json" is the report of a job without shard/)
    expect((await runCliCaptured(['merge'], project.dir)).stderr).toMatch(/^perf-gate: merge: give the report.json of every shard/)
  })
})

describe('shards of a Vite app (create-vite react-ts) with a rebuilt base, merged', () => {
  test('shard 1 pairs the hashed entry with its base and the merge keeps that pairing, even where the merge job says strip-hash: none', async () => {
    const repo = await TempProject.create('perf-gate-vite-shards-')
    const git = (...args: string[]) => repo.git(...args)
    try {
      await writeViteReactApp(repo)
      repo.initRepository()
      git('add', '-A')
      git('commit', '-q', '-m', 'base')
      const baseSha = git('rev-parse', 'HEAD')
      git('checkout', '-q', '-b', 'charts')
      await prependToViteEntry(repo, ["import { chunk } from 'lodash-es'", 'console.log(chunk([1, 2, 3, 4], 2))'])
      git('commit', '-q', '-am', 'head')
      const flags = [
        // node_modules is not in git: the base's worktree gets the same packages.
        ...['--install-command', `ln -s "${repo.path('node_modules')}" node_modules`],
        ...['--build-command', 'node node_modules/vite/bin/vite.js build --sourcemap --logLevel silent'],
        ...['--bundles', 'dist/assets/*.js', '--baseline', 'rebuild', '--base-ref', baseSha],
      ]
      for (const index of [1, 2]) expect((await runCliCaptured([...flags, '--shard', `${index}/2`, '--json', `../vite-shard-${index}-${path.basename(repo.dir)}.json`], repo.dir)).code).toBe(0)
      const shardFile = (index: number) => `../vite-shard-${index}-${path.basename(repo.dir)}.json`
      const merged = await runCliCaptured(['merge', shardFile(1), shardFile(2), '--strip-hash', 'none', '--json', `../vite-merged-${path.basename(repo.dir)}.json`], repo.dir)
      expect(merged.code).toBe(0)
      const report = JSON.parse(await readFile(repo.path('..', `vite-merged-${path.basename(repo.dir)}.json`), 'utf8'))
      const shard1 = JSON.parse(await readFile(repo.path('..', `vite-shard-1-${path.basename(repo.dir)}.json`), 'utf8'))
      expect(report.baseline).toEqual({ source: 'rebuild', ref: baseSha, commit: { sha: baseSha } })
      expect(report.comparison.bundles).toEqual([
        expect.objectContaining({
          name: 'dist/assets/index.js',
          status: 'changed',
          file: expect.stringMatching(/^dist\/assets\/index-[\w-]{8}\.js$/),
          baseFile: expect.stringMatching(/^dist\/assets\/index-[\w-]{8}\.js$/),
        }),
      ])
      expect(report.comparison.bundles).toEqual(shard1.comparison.bundles)
      expect(report.comparison.composition).toContainEqual(expect.objectContaining({ kind: 'package', name: 'lodash-es', status: 'added' }))
    } finally {
      await repo.remove()
    }
  })
})

const PULL_REQUEST = path.join(EVENTS, 'pull_request.opened.json')
const HEAD_SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821' // the pull request's head in the payload
const PAGES = ['/home', '/pricing', '/about']
const ENDPOINTS = ['GET /api/items', 'GET /api/users', 'GET /api/slow', 'POST /api/cart {"id":1}']
const ENDPOINT_NAMES = ENDPOINTS.map((line) => line.split(' ').slice(0, 2).join(' '))

/** Pages for Lighthouse and a JSON API on $PORT; /api/slow answers after 250 ms, over the 200 ms p95 budget, the others at once. */
const SERVER = `import http from 'node:http'
const page = (title) => '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>' + title + '</title></head><body><h1>' + title + '</h1><p>' + 'Fast pages for everyone. '.repeat(40) + '</p></body></html>'
http.createServer((request, response) => {
  const { pathname } = new URL(request.url, 'http://localhost')
  request.resume()
  if (pathname.startsWith('/api/')) {
    setTimeout(() => response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'), pathname === '/api/slow' ? 250 : 0)
    return
  }
  if (pathname === '/favicon.ico') return response.writeHead(404).end()
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(pathname))
}).listen(Number(process.env.PORT), '127.0.0.1')
`

describe('the built action in a matrix of 3 shards and a merge job', () => {
  let actionDir: string
  let project: TempProject
  let api: FakeGitHub
  let results: FakeResultsService
  const RUN_ID = 4100
  const inputs = {
    'github-token': 'test-token',
    bundles: 'dist/*.js',
    'start-command': 'node server.mjs',
    urls: PAGES.join('\n'),
    'lighthouse-runs': '1',
    // The two runs measure separately: every target but /api/slow's p95 sits far from its limit, so
    // that both say the same on a busy machine (a page's LCP can pass 2.5 s under load).
    'lighthouse-budgets': 'lcp=30s, tbt=20s, cls=0.5',
    endpoints: ENDPOINTS.join('\n'),
    'load-duration': '500ms',
    'stress-steps': '0',
    baseline: 'none',
  }
  const job = (extra: Record<string, string>, env: Record<string, string> = {}) =>
    runAction({ actionDir, apiUrl: api.url, eventFile: PULL_REQUEST, eventName: 'pull_request', workspace: project.dir, inputs: { ...inputs, ...extra }, env, timeoutMs: 150_000 })
  const jobEnv = (runId: number) => ({ ACTIONS_RUNTIME_TOKEN: results.issueRuntimeToken({ runId, headSha: HEAD_SHA }), ACTIONS_RESULTS_URL: results.url, GITHUB_RUN_ID: String(runId) })
  const reportOf = async (run: ActionRun) => JSON.parse(await readFile(run.outputs['report-path'] as string, 'utf8'))
  const targetsOf = (report: { validation: Array<{ kind: string; subject: string; passed: boolean; blocking: boolean }> }) =>
    report.validation.map((target) => `${target.kind} ${target.subject} ${target.passed} ${target.blocking}`).sort()
  const shardRuns: ActionRun[] = []
  let single: ActionRun
  let merge: ActionRun

  beforeAll(async () => {
    actionDir = await installAction()
    project = await TempProject.create('perf-gate-shards-')
    await project.write('server.mjs', SERVER)
    await project.write('dist/app.js', javascriptLike(3000))
    await project.writeIncompressible('dist/vendor.js', 30_000)
    api = await new FakeGitHub().start()
    results = await new FakeResultsService(api).start()
    // The matrix: three jobs of one workflow run, each with its own runtime token; then the merge job of the same run.
    for (const index of [1, 2, 3]) shardRuns.push(await job({ shard: `${index}/3` }, jobEnv(RUN_ID)))
    merge = await job({ mode: 'merge' }, jobEnv(RUN_ID))
    // The same work in one job of another workflow, under its own key.
    single = await job({ 'comment-key': 'single' }, jobEnv(RUN_ID + 1))
  }, 600_000)

  afterAll(async () => {
    await results.stop()
    await api.stop()
    await project.remove()
    await rm(actionDir, { recursive: true, force: true })
  })

  test('each shard measures its share, uploads perf-gate-default-shard-N, and posts nothing', async () => {
    const shares = await Promise.all(shardRuns.map(reportOf))
    expect(shares.map((report) => report.shard.index)).toEqual([1, 2, 3])
    expect(shares.flatMap((report) => report.shard.pages).sort()).toEqual([...PAGES].sort())
    expect(shares.flatMap((report) => report.shard.endpoints).sort()).toEqual([...ENDPOINT_NAMES].sort())
    expect(shares.map((report) => report.measurements.bundles.length > 0)).toEqual([true, false, false])
    for (const [index] of shares.entries()) expect(results.finalizedArtifact(`perf-gate-default-shard-${index + 1}`, RUN_ID)?.content).toBeDefined()
    for (const run of shardRuns) expect(run.stdout).toMatch(/no check run and no comment here; the job with mode: merge posts them/)
  })

  test('the merge posts one comment and one check run; every page and endpoint is in it exactly once; the verdict is the one job’s', async () => {
    const merged = await reportOf(merge)
    const whole = await reportOf(single)
    expect(merged.shards).toEqual({ total: 3, merged: [1, 2, 3], missing: [] })
    expect(merged.measurements.lighthouse.pages.map((item: { name: string }) => item.name).sort()).toEqual([...PAGES].sort())
    expect(merged.measurements.latency.endpoints.map((item: { name: string }) => item.name).sort()).toEqual([...ENDPOINT_NAMES].sort())
    expect(merged.measurements.bundles.map((bundle: { name: string }) => bundle.name).sort()).toEqual(['dist/app.js', 'dist/vendor.js'])

    expect(merged.verdict.passed).toBe(false)
    expect(merge.code).toBe(single.code)
    expect(targetsOf(merged)).toEqual(targetsOf(whole))
    expect(merged.verdict.blockingFailures.map((target: { subject: string }) => target.subject)).toEqual(whole.verdict.blockingFailures.map((target: { subject: string }) => target.subject))

    const comments = (api.comments.get(2) ?? []).filter((comment) => comment.body.includes('<!-- perf-gate:default -->'))
    expect(comments).toHaveLength(1)
    expect(comments[0]?.body).toMatch(/perf-gate failed: `GET \/api\/slow` has a p95 of/)
    expect(comments[0]?.body).toContain('Merged from 3 shards of 3 (1, 2, 3).')
    expect(api.checkRuns.filter((run) => run.name === 'perf-gate')).toEqual([expect.objectContaining({ head_sha: HEAD_SHA, conclusion: 'failure' })])
    // One artifact of the whole, which later runs take as the stored report; it holds every shard's Lighthouse reports.
    const artifact = results.finalizedArtifact('perf-gate-default', RUN_ID)
    const files = Object.keys(unzipSync(new Uint8Array(artifact?.content ?? Buffer.alloc(0))))
    expect(files.filter((file) => file.endsWith('.html'))).toHaveLength(PAGES.length)
    for (const item of merged.measurements.lighthouse.pages as Array<{ htmlReport: string }>)
      expect(files).toContain(path.relative(path.dirname(merge.outputs['report-path'] as string), item.htmlReport))
    const stored = strFromU8(unzipSync(new Uint8Array(artifact?.content ?? Buffer.alloc(0)))['report.json'] ?? new Uint8Array())
    expect(JSON.parse(stored).shards.total).toBe(3)
  })

  test('a missing shard fails the merged check with its number named, and still posts one comment', async () => {
    // Run 4200's matrix (key `partial`): shards 1 and 3 finished (their artifacts are listed), shard 2 never uploaded.
    const missingRun = RUN_ID + 100
    for (const index of [1, 3]) {
      const uploaded = results.finalizedArtifact(`perf-gate-default-shard-${index}`, RUN_ID)
      api.addArtifact({ id: 7000 + index, name: `perf-gate-partial-shard-${index}`, headSha: HEAD_SHA, runId: missingRun, zip: new Uint8Array(uploaded?.content ?? Buffer.alloc(0)) })
    }
    const run = await job({ mode: 'merge', 'comment-key': 'partial' }, { GITHUB_RUN_ID: String(missingRun) })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::perf-gate failed: shard 2\/3 sent no report/)
    const report = await reportOf(run)
    expect(report.shards).toEqual({ total: 3, merged: [1, 3], missing: [{ index: 2, reason: 'no-report' }] })
    const comments = (api.comments.get(2) ?? []).filter((comment) => comment.body.includes('<!-- perf-gate:partial -->'))
    expect(comments).toHaveLength(1)
    expect(comments[0]?.body.split('\n').find((line) => line.includes('perf-gate failed'))).toMatch(/^❌ \*\*perf-gate failed: shard 2\/3 sent no report/)
    expect(run.summary).toContain('shard 2/3')
  })
})

describe('the built action in a merge job that finds no shard reports', () => {
  test('one line naming what to do, a failed check run and the reason in the job summary', async () => {
    const actionDir = await installAction()
    const project = await TempProject.create('perf-gate-empty-merge-')
    const api = await new FakeGitHub().start()
    try {
      const run = await runAction({
        actionDir,
        apiUrl: api.url,
        eventFile: PULL_REQUEST,
        eventName: 'pull_request',
        workspace: project.dir,
        inputs: { 'github-token': 'test-token', mode: 'merge' },
        env: { GITHUB_RUN_ID: '4300' },
      })
      expect(run.code).toBe(1)
      const reason = 'mode: merge found no shard reports; run the shard jobs (shard: N/M) first, with the same comment-key, and give the merge job needs: on them'
      expect(run.stdout.split('\n').filter((line) => line.startsWith('::error'))).toEqual([`::error::${reason}`])
      expect(api.checkRuns).toEqual([expect.objectContaining({ name: 'perf-gate', head_sha: HEAD_SHA, status: 'completed', conclusion: 'failure' })])
      expect(api.checkRuns[0]?.output.title).toBe(reason)
      expect(run.summary).toContain(reason)
      expect(api.comments.size).toBe(0)
    } finally {
      await api.stop()
      await project.remove()
      await rm(actionDir, { recursive: true, force: true })
    }
  })
})
