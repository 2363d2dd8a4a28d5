import { PassThrough } from 'node:stream'
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { Ajv } from 'ajv'
import reportSchema from '../schema/report.schema.json' with { type: 'json' }
import { judgeAlert, regressionsToConfirm } from '../src/analyze/alert.js'
import { buildReport } from '../src/analyze/buildReport.js'
import { loadConfig, type Config } from '../src/config/config.js'
import type { SecondRounds } from '../src/model/alert.js'
import type { Logger } from '../src/model/edges.js'
import type { BundleMeasurement, EndpointLatency, Measurements, PageResult } from '../src/model/measurements.js'
import type { Report } from '../src/model/report.js'
import { alertMarker, publishAlert, type AlertTarget } from '../src/publish/alert.js'
import { createOctokit } from '../src/publish/octokit.js'
import { renderMarkdown } from '../src/report/markdown.js'
import { runPerfGate } from '../src/engine.js'
import { runCommand } from '../src/exec.js'
import { FakeGitHub } from './fixtures/github-api.js'
import { TempProject, javascriptLike } from './fixtures/project.js'
import { roundWithP95 } from './fixtures/rounds.js'

// The alert's judgment on recorded rounds, and its publishing against the REST stand-in.
// GET /api/items: the p95s of both sets as the built action measured them on this machine for a push
// that made the endpoint wait 150 ms (alertAction.test.ts; the first three pairs of each set recorded
// when three were taken, the next three of the same shape, since a claim now takes six). GET
// /api/search: identical code at 20 ms (as in bench/alerts.mjs), a first set that a busy moment
// pushed past the threshold in all six pairs, and a second set that finds nothing: literal numbers
// of that shape, since the bench's 20 A/A runs had no such first set to record.

const PARENT = '46e5ba5e7cb20a82f68259805a4f263ecc4b58a9'
const SHA = '0d1dcda896d55fd550dc9561fa8df2aee2e49afe'

const RECORDED = {
  slower: {
    first: { base: [0.6, 0.8, 0.3, 0.5, 0.4, 0.7], head: [156.0, 153.5, 153.3, 155.1, 154.2, 153.9] },
    second: { base: [0.4, 0.3, 0.3, 0.4, 0.3, 0.2], head: [158.2, 154.9, 171.3, 160.5, 162.4, 157.7] },
  },
  identical: {
    first: { base: [20.9, 21.3, 21.2, 21.0, 21.4, 20.8], head: [25.2, 24.6, 27.4, 24.9, 25.8, 24.4] },
    second: { base: [21.6, 21.2, 25.8, 21.4, 21.9, 21.5], head: [21.3, 21.9, 21.4, 21.7, 21.2, 22.0] },
  },
  // One pair of rounds gives no interval worth a claim: inconclusive, whatever the numbers.
  onePair: { first: { base: [3.1], head: [9.8] } },
}

const round = roundWithP95

function endpoint(name: string, paired: { base: number[]; head: number[] }): EndpointLatency {
  const [method = 'GET', path = '/'] = name.split(' ')
  return { name, method, path, p95Budget: 2000, normal: round(paired.head[0] ?? 0), peak: round(paired.head[0] ?? 0), paired }
}

function bundle(name: string, gzip: number): BundleMeasurement {
  const sizes = { raw: gzip * 3, gzip, brotli: Math.round(gzip * 0.85) }
  return { name, compression: 'gzip', limit: 500_000, ...sizes, files: [{ path: name, ...sizes }] }
}

/** A page's runs, LCP as given, the rest steady. */
function runs(lcps: number[]) {
  // Six runs a side: fewer claim no change.
  return lcps.map((lcp) => ({ attempts: 1, metrics: { lcp, fcp: 900, tbt: 40, cls: 0.01, score: 0.9 } }))
}

function page(name: string, head: number[], base: number[]): PageResult {
  return { name, url: `http://127.0.0.1:3000${name}`, runs: runs(head), baseRuns: runs(base), median: { lcp: head[1] ?? 0, fcp: 900, tbt: 40, cls: 0.01, score: 0.9 }, opportunities: [] }
}

const head: Measurements = {
  bundles: [bundle('dist/app.js', 24_000), bundle('dist/vendor.js', 60_000)],
  latency: {
    startupMs: 250,
    resourcesMeasured: true,
    endpoints: [endpoint('GET /api/items', RECORDED.slower.first), endpoint('GET /api/search', RECORDED.identical.first), endpoint('GET /api/one', RECORDED.onePair.first)],
  },
  lighthouse: {
    chromePath: '/usr/bin/chromium',
    runsPerPage: 3,
    pages: [page('/', [2480, 2510, 2460, 2490, 2470, 2500], [1560, 1590, 1540, 1570, 1550, 1580]), page('/pricing', [1210, 1190, 1230, 1200, 1220, 1210], [1200, 1220, 1180, 1210, 1190, 1200])],
  },
}
const base: Measurements = { bundles: [bundle('dist/app.js', 12_000), bundle('dist/vendor.js', 60_000)] }

function reportWith(secondRounds: SecondRounds | undefined, headMeasured: Measurements = head): Report {
  return buildReport({
    toolVersion: '0.1.0',
    createdAt: '2026-11-25T10:00:00.000Z',
    commit: { sha: SHA, ref: 'refs/heads/master' },
    settings: {
      compression: 'gzip',
      bundleBudget: 500_000,
      regressionThreshold: 0.1,
      failOn: { budget: true, regression: false },
      errorRateBudget: 0.01,
      memoryBudget: 200_000_000,
      lighthouseBudgets: { lcp: 4000 },
    },
    head: headMeasured,
    base,
    baseline: { source: 'rebuild', ref: PARENT, commit: { sha: PARENT } },
    notes: [],
    ...(secondRounds ? { secondRounds } : {}),
  })
}

const SECOND: SecondRounds = {
  endpoints: [
    { name: 'GET /api/items', paired: RECORDED.slower.second },
    { name: 'GET /api/search', paired: RECORDED.identical.second },
  ],
  pages: [{ name: '/', runs: runs([2450, 2530, 2490, 2500, 2480, 2510]), baseRuns: runs([1570, 1550, 1600, 1560, 1580, 1590]) }],
}

describe('the alert judgment on recorded rounds', () => {
  test('the first set picks the noisy regressions to measure again: a slower endpoint, a lucky one, a later LCP; not an inconclusive change, not a bundle', () => {
    expect(regressionsToConfirm(head, 0.1)).toEqual({ endpoints: ['GET /api/items', 'GET /api/search'], pages: ['/'] })
  })

  test('a regression both sets find alerts; one only the first set found does not; a bundle regression is exact and needs no second set', () => {
    const report = reportWith(SECOND)
    expect(new Ajv({ strict: false }).validate(reportSchema, JSON.parse(JSON.stringify(report)))).toBe(true)
    const judged = report.alert
    expect(judged?.confirmed.map((item) => [item.target.kind, item.target.subject, item.target.metric, item.second?.verdict])).toEqual([
      ['bundle-regression', 'dist/app.js', undefined, undefined],
      ['latency-regression', 'GET /api/items', undefined, 'regression'],
      ['render-regression', '/', 'lcp', 'regression'],
    ])
    expect(judged?.unconfirmed.map((item) => [item.target.subject, item.second?.verdict])).toEqual([['GET /api/search', 'unchanged']])
    // The second set of the slower endpoint is the recorded one, judged by the same rule.
    expect(judged?.confirmed[1]?.second).toMatchObject({ pairs: 6, base: expect.closeTo(0.3, 2), head: expect.closeTo(159.35, 1) })
  })

  test('a noisy regression whose second set is missing (its server stopped) is not confirmed', () => {
    const judged = judgeAlert(reportWith(undefined).validation, { endpoints: [], pages: [] }, 0.1)
    expect(judged.confirmed.map((item) => item.target.subject)).toEqual(['dist/app.js'])
    expect(judged.unconfirmed.map((item) => [item.target.subject, item.second])).toEqual([
      ['GET /api/items', undefined],
      ['GET /api/search', undefined],
      ['/', undefined],
    ])
  })

  test('the Validation phase says which regressions stand and which the second set did not confirm', () => {
    const markdown = renderMarkdown(reportWith(SECOND))
    expect(markdown).toContain('Compared with `46e5ba5`, the parent of this commit, rebuilt and measured in this job.')
    expect(markdown).toContain('**Alert:** 3 regressions against the parent commit `46e5ba5` stand:')
    expect(markdown).toContain('- `dist/app.js` grew +100%, more than the 10% regression threshold (12 kB → 24 kB gzip); sizes are exact: no second set needed.')
    expect(markdown).toMatch(
      /- `GET \/api\/items` p95 grew \+\d+% against the base.* \(p95 0\.55 ms → 154 ms over 6 pairs of rounds\); confirmed by a second set of paired rounds \(0\.30 ms → 159 ms, \+\d+%\)\./,
    )
    expect(markdown).toMatch(/- `\/` LCP grew \+\d+% against the base.*; confirmed by a second set of paired rounds \(1\.5\d s → 2\.5 s, \+\d+%\)\./)
    expect(markdown).toMatch(
      /- `GET \/api\/search` p95 grew \+\d+(\.\d)?% against the base.*; not confirmed by a second set of paired rounds \(21\.6 ms → 21\.5 ms, [−+][\d.]+%: unchanged\), no alert\./,
    )
    // Without a regression against the parent, one line says so.
    const steady = { ...head, bundles: base.bundles, latency: undefined, lighthouse: undefined }
    expect(renderMarkdown(reportWith({ endpoints: [], pages: [] }, steady))).toContain('**Alert:** no regression against the parent commit `46e5ba5`; no alert.')
  })
})

describe('publishing the alert', () => {
  let folder: TempProject
  let api: FakeGitHub
  const logged: { info: string[]; warning: string[] } = { info: [], warning: [] }
  const log: Logger = {
    info: (message) => logged.info.push(message),
    warning: (message) => logged.warning.push(message),
    group: (_title, work) => work(),
    commandOutput: new PassThrough(),
  }
  const target: AlertTarget = {
    owner: 'Codertocat',
    repo: 'Hello-World',
    repositoryUrl: 'https://github.com/Codertocat/Hello-World',
    sha: SHA,
    branch: 'master',
    runUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/7',
  }
  const configFor = (alert: string): Promise<Config> =>
    loadConfig({ bundles: 'dist/*.js', alert, 'alert-mentions': 'octocat, @Codertocat/perf' }, { cwd: folder.dir, overrideName: (input) => input, warn: () => undefined })
  const deps = () => ({ octokit: createOctokit('test-token', api.url, log), target, log })
  const writes = (method: string, path: RegExp) => api.requests.filter((request) => request.method === method && path.test(request.path))
  const COMMIT_COMMENTS = /\/commits\/[0-9a-f]{40}\/comments$/

  beforeAll(async () => {
    folder = await TempProject.create('perf-gate-alert-publish-')
  })
  afterAll(async () => folder.remove())
  afterEach(async () => {
    logged.info.length = 0
    logged.warning.length = 0
    await api.stop()
  })

  test('commit-comment: one comment on the pushed commit, found behind a page of others, updated by a re-run, corrected once nothing stands', async () => {
    api = await new FakeGitHub({ commitComments: Array.from({ length: 105 }, (_, index) => ({ sha: SHA, body: `Nice commit ${index}` })) }).start()
    const config = await configFor('commit-comment')
    const url = await publishAlert(reportWith(SECOND), config, deps())
    const ours = () => api.commitComments.filter((comment) => comment.body.includes(alertMarker('default')))
    expect(ours()).toHaveLength(1)
    const [comment] = ours()
    expect(url).toBe(comment?.html_url)
    expect(url).toBe(`https://github.com/Codertocat/Hello-World/commit/${SHA}#commitcomment-${comment?.id}`)
    expect(comment?.body).toContain('### perf-gate: 3 performance regressions on `master`')
    expect(comment?.body).toContain('@octocat @Codertocat/perf')
    expect(comment?.body).toContain(
      `Commit [\`0d1dcda\`](https://github.com/Codertocat/Hello-World/commit/${SHA}) regressed against its parent [\`46e5ba5\`](https://github.com/Codertocat/Hello-World/commit/${PARENT})`,
    )
    expect(comment?.body).toContain('1 more regression of the first set of paired rounds was not confirmed by the second, and alerts nobody.')
    expect(comment?.body).toContain('The [workflow run](https://github.com/Codertocat/Hello-World/actions/runs/7) has the full report in its job summary.')
    expect(comment?.body).not.toContain('GET /api/search')

    // A re-run of the same commit with other numbers: the same comment, updated.
    const rerun = reportWith({ ...SECOND, pages: [] })
    expect(await publishAlert(rerun, config, deps())).toBe(url)
    expect(writes('POST', COMMIT_COMMENTS)).toHaveLength(1)
    expect(writes('PATCH', /\/comments\/\d+$/)).toHaveLength(1)
    expect(ours()[0]?.body).toContain('### perf-gate: 2 performance regressions on `master`')

    // A re-run where nothing stands corrects the comment rather than leave the alert standing.
    const steady = reportWith({ endpoints: [], pages: [] }, { ...head, bundles: base.bundles, latency: undefined, lighthouse: undefined })
    expect(await publishAlert(steady, config, deps())).toBe(url)
    expect(ours()[0]?.body).toContain('### perf-gate: no regression stands')
    expect(api.commitComments).toHaveLength(106)
    expect(logged.warning).toEqual([])
  })

  test('commit-comment: a create GitHub stored but answered with a 502 is found by its marker, not posted twice', async () => {
    api = await new FakeGitHub({ faults: [{ method: 'POST', path: COMMIT_COMMENTS, kind: 'after-storing', status: 502, times: 1 }] }).start()
    const url = await publishAlert(reportWith(SECOND), await configFor('commit-comment'), deps())
    expect(api.commitComments).toHaveLength(1)
    expect(url).toBe(api.commitComments[0]?.html_url)
    expect(writes('POST', COMMIT_COMMENTS)).toHaveLength(1)
  })

  test('commit-comment: a token that cannot write warns with the permission, and the alert has no URL', async () => {
    api = await new FakeGitHub({ faults: [{ method: 'POST', path: COMMIT_COMMENTS, status: 403, body: { message: 'Resource not accessible by integration' }, times: 1 }] }).start()
    expect(await publishAlert(reportWith(SECOND), await configFor('commit-comment'), deps())).toBeUndefined()
    expect(logged.warning).toEqual([
      'The alert could not be posted: the token cannot write it (HTTP 403); give the job `permissions: contents: write`. The regressions are in the job summary and the report.',
    ])
  })

  test('issue: a closed alert issue is not reused, and a create GitHub stored but answered with a 502 opens one issue', async () => {
    api = await new FakeGitHub({
      issues: [{ title: 'perf-gate: performance regression on master', body: `${alertMarker('default')}\nfixed since`, state: 'closed' }],
      faults: [{ method: 'POST', path: /\/issues$/, kind: 'after-storing', status: 502, times: 1 }],
    }).start()
    const url = await publishAlert(reportWith(SECOND), await configFor('issue'), deps())
    const open = api.issues.filter((issue) => issue.state === 'open')
    expect(open).toHaveLength(1)
    expect(api.issues).toHaveLength(2)
    expect(url).toBe(`https://github.com/Codertocat/Hello-World/issues/${open[0]?.number}`)
    expect(open[0]?.body).toContain(`<!-- perf-gate-alert-opened:${SHA} -->`)
    // A re-run of the same commit updates the body; it adds no comment and no issue.
    expect(await publishAlert(reportWith(SECOND), await configFor('issue'), deps())).toBe(url)
    expect(api.issues).toHaveLength(2)
    expect(api.comments.get(open[0]?.number ?? 0) ?? []).toEqual([])
  })
})

describe('the engine on a push with an alert', () => {
  let repo: TempProject
  let parent: string
  const quiet: Logger = { info: () => undefined, warning: () => undefined, group: (_title, work) => work(), commandOutput: new PassThrough().resume() }

  beforeAll(async () => {
    // The parent builds a 1,000-line app.js; the pushed commit doubles it.
    repo = await TempProject.create('perf-gate-alert-engine-')
    repo.initRepository()
    await repo.write('.gitignore', 'dist/\n')
    await repo.write('build.mjs', "import { cpSync } from 'node:fs'\ncpSync('src', 'dist', { recursive: true })\n")
    await repo.write('src/app.js', javascriptLike(1000))
    repo.git('add', '-A')
    repo.git('commit', '-q', '-m', 'parent')
    parent = repo.git('rev-parse', 'HEAD')
    await repo.write('src/app.js', javascriptLike(2000))
    repo.git('commit', '-q', '-am', 'pushed')
  })
  afterAll(async () => repo.remove())

  const configWith = (inputs: Record<string, string>) =>
    loadConfig({ 'build-command': 'node build.mjs', bundles: 'dist/*.js', alert: 'issue', ...inputs }, { cwd: repo.dir, overrideName: (input) => input, warn: () => undefined })

  test('baseline auto and stored take no stored report from another machine: the parent is rebuilt here, and its bundle regression stands', async () => {
    // A report an earlier run stored for the parent, whose app.js was as large as the pushed one's.
    const stored = reportWith(undefined, { bundles: [bundle('dist/app.js', 1_000_000)] })
    const findStoredReports = async (shas: readonly string[]) => (shas.includes(parent) ? [{ sha: parent, text: JSON.stringify(stored), runId: 9 }] : [])
    const deps = { log: quiet, runCommand, now: () => new Date('2026-11-25T10:00:00Z'), artifactDir: repo.path('../alert-engine-artifacts'), findStoredReports }
    for (const baseline of ['auto', 'stored']) {
      const { report } = await runPerfGate(await configWith({ baseline }), { ...deps, alertOnPush: true })
      expect({ baseline, used: report.baseline }).toEqual({ baseline, used: { source: 'rebuild', ref: parent, commit: { sha: parent } } })
      expect(report.alert?.confirmed.map((item) => [item.target.kind, item.target.subject, item.second])).toEqual([['bundle-regression', 'dist/app.js', undefined]])
    }
    // Without an alert the same lookup is the baseline: the stored report was found.
    const { report } = await runPerfGate(await configWith({ baseline: 'stored', 'base-ref': parent }), deps)
    expect(report.baseline).toMatchObject({ source: 'stored', commit: { sha: parent }, runId: 9 })
    expect(report.alert).toBeUndefined()
  })

  test('baseline: none cannot judge against the parent: one line names the inputs and the fix', async () => {
    const deps = { log: quiet, runCommand, now: () => new Date(), artifactDir: repo.path('../alert-engine-artifacts'), alertOnPush: true }
    await expect(runPerfGate(await configWith({ baseline: 'none' }), deps)).rejects.toThrow(
      'alert: "issue" compares the pushed commit with its parent, which baseline: none turns off; remove baseline: none (the parent is rebuilt in the job) or set alert: none',
    )
  })
})
