import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { Ajv } from 'ajv'
import reportSchema from '../schema/report.schema.json' with { type: 'json' }
import { FakeGitHub } from './fixtures/github-api.js'
import { TempProject } from './fixtures/project.js'
import { EVENTS, installAction, runAction, type ActionRun } from './fixtures/runner.js'

// Alerts on the base branch through the built action: a push to master, compared with its parent
// rebuilt in the job. The head's server waits 150 ms on /api/items where the parent's answers at
// once; a push that only edits the README changes nothing the server does.

const PUSH = path.join(EVENTS, 'push.json')
const MARKER = '<!-- perf-gate-alert:default -->'

/** The app's server; `delayMs` on /api/items, nothing anywhere else. */
const serverWith = (delayMs: number) =>
  [
    "import http from 'node:http'",
    `const DELAY_MS = ${delayMs}`,
    'http',
    "  .createServer((request, response) => (request.url === '/api/items' && DELAY_MS > 0 ? setTimeout(() => response.end('[]'), DELAY_MS) : response.end('[]')))",
    "  .listen(Number(process.env.PORT), '127.0.0.1')",
    '',
  ].join('\n')

const INPUTS = {
  'github-token': 'test-token',
  'start-command': 'node server.mjs',
  endpoints: 'GET /api/items',
  'p95-budget': '2s',
  'load-duration': '1s',
  'latency-rounds': '3',
  connections: '2',
  'stress-steps': '0',
  'alert-mentions': '@octocat, @Codertocat/perf',
}

let actionDir: string
let events: string

beforeAll(async () => {
  actionDir = await installAction()
  events = await mkdtemp(path.join(os.tmpdir(), 'perf-gate-push-events-'))
})

afterAll(async () => {
  await rm(actionDir, { recursive: true, force: true })
  await rm(events, { recursive: true, force: true })
})

/** A repository on master: the parent commit with the fast server, and HEAD made by `change`. */
async function repositoryWith(change: (repo: TempProject) => Promise<void>): Promise<TempProject> {
  const repo = await TempProject.create('perf-gate-alert-')
  repo.initRepository()
  await repo.write('server.mjs', serverWith(0))
  await repo.write('README.md', '# shop\n')
  repo.git('add', '-A')
  repo.git('commit', '-q', '-m', 'parent: a fast server')
  await change(repo)
  repo.git('add', '-A')
  repo.git('commit', '-q', '-m', 'head')
  return repo
}

/** GitHub's push payload for HEAD of `repo` on master: `after` is HEAD, `before` the tip it replaced. */
async function pushEvent(repo: TempProject, name: string): Promise<string> {
  const payload = JSON.parse(await readFile(PUSH, 'utf8'))
  const after = repo.git('rev-parse', 'HEAD')
  const before = repo.git('rev-parse', 'HEAD^')
  const headCommit = {
    ...payload.head_commit,
    id: after,
    tree_id: repo.git('rev-parse', 'HEAD^{tree}'),
    message: repo.git('log', '-1', '--format=%s'),
    url: `https://github.com/Codertocat/Hello-World/commit/${after}`,
  }
  Object.assign(payload, {
    ref: 'refs/heads/master',
    before,
    after,
    created: false,
    compare: `https://github.com/Codertocat/Hello-World/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`,
    commits: [headCommit],
    head_commit: headCommit,
  })
  const file = path.join(events, `${name}.json`)
  await writeFile(file, JSON.stringify(payload))
  return file
}

function push(api: FakeGitHub, repo: TempProject, eventFile: string, inputs: Record<string, string>): Promise<ActionRun> {
  // Two runs of a job on a busy machine: each builds and measures both sides twice.
  return runAction({ actionDir, apiUrl: api.url, eventFile, eventName: 'push', workspace: repo.dir, inputs: { ...INPUTS, ...inputs }, env: { GITHUB_RUN_ID: '4242' }, timeoutMs: 170_000 })
}

async function reportOf(run: ActionRun) {
  const report = JSON.parse(await readFile(run.outputs['report-path'] as string, 'utf8'))
  expect(new Ajv({ strict: false }).validate(reportSchema, report)).toBe(true)
  return report
}

describe('the built action alerts on a push to the base branch', () => {
  test('alert: issue: a 150 ms regression, confirmed by a second set of paired rounds, opens one issue with the mentions', async () => {
    const api = await new FakeGitHub().start()
    const repo = await repositoryWith((project) => project.write('server.mjs', serverWith(150)).then(() => undefined))
    try {
      const parent = repo.git('rev-parse', 'HEAD^')
      const sha = repo.git('rev-parse', 'HEAD')
      const run = await push(api, repo, await pushEvent(repo, 'first'), { alert: 'issue' })
      expect(run.code).toBe(0)
      const report = await reportOf(run)
      expect(report.baseline).toEqual({ source: 'rebuild', ref: parent, commit: { sha: parent } })
      expect(report.alert.unconfirmed).toEqual([])
      // 3 rounds a side at first: a claim takes 6 pairs, which measuring until decided takes, in each set.
      expect(report.alert.confirmed).toEqual([
        { target: expect.objectContaining({ kind: 'latency-regression', subject: 'GET /api/items' }), second: expect.objectContaining({ verdict: 'regression', pairs: 6 }) },
      ])
      expect(run.stdout).toContain('::group::Alert: a second set of paired rounds for 1 regressed target (GET /api/items)')

      expect(api.issues).toHaveLength(1)
      const [issue] = api.issues
      expect(issue).toMatchObject({ state: 'open', title: 'perf-gate: performance regression on master' })
      expect(issue?.body).toContain(MARKER)
      expect(issue?.body).toContain('@octocat @Codertocat/perf')
      expect(issue?.body).toContain(`Commit [\`${sha.slice(0, 7)}\`](https://github.com/Codertocat/Hello-World/commit/${sha}) regressed against its parent [\`${parent.slice(0, 7)}\`]`)
      expect(issue?.body).toMatch(
        /- `GET \/api\/items` p95 grew \+\d+% against the base.*, more than the 10% regression threshold \(p95 [\d.]+ ms → 1\d\d ms over \d+ pairs of rounds\); confirmed by a second set of paired rounds \([\d.]+ ms → 1\d\d ms, \+\d+%\)\./,
      )
      expect(issue?.body).toContain('The [workflow run](https://github.com/Codertocat/Hello-World/actions/runs/4242) has the full report in its job summary.')
      expect(run.outputs['alert-url']).toBe(`https://github.com/Codertocat/Hello-World/issues/${issue?.number}`)
      // The job summary says it too: compared with the parent, and which regression stands.
      expect(run.summary).toContain(`Compared with \`${parent.slice(0, 7)}\`, the parent of this commit, rebuilt and measured in this job.`)
      expect(run.summary).toContain(`**Alert:** 1 regression against the parent commit \`${parent.slice(0, 7)}\` stands:`)
    } finally {
      await api.stop()
      await repo.remove()
    }
  })

  test('alert: issue: a later push where the regression stands updates the open issue (on the second page) and comments the new commit, opening no second one', async () => {
    const earlier = 'e'.repeat(40)
    const opened = `${MARKER}\n<!-- perf-gate-alert-opened:${earlier} -->\n### perf-gate: 1 performance regression on \`master\`\n`
    // The alert's issue is the oldest: listed newest first, it sits behind a full page of others and a pull request.
    const others = Array.from({ length: 120 }, (_, index) => ({ title: `Bug ${index}`, body: `It broke, see ${MARKER.slice(0, 10)}` }))
    const api = await new FakeGitHub({
      issues: [{ title: 'perf-gate: performance regression on master', body: opened }, ...others],
      pulls: [{ number: 500, headSha: 'a'.repeat(40), headRepo: 'Codertocat/Hello-World' }],
    }).start()
    const repo = await repositoryWith((project) => project.write('server.mjs', serverWith(150)).then(() => undefined))
    try {
      const sha = repo.git('rev-parse', 'HEAD')
      const run = await push(api, repo, await pushEvent(repo, 'later'), { alert: 'issue' })
      expect(run.code).toBe(0)
      expect(api.issues).toHaveLength(121)
      expect(api.requests.filter((request) => request.method === 'POST' && /\/issues$/.test(request.path))).toEqual([])
      const issue = api.issues[0]
      expect(issue?.body).toContain(`<!-- perf-gate-alert-opened:${earlier} -->`)
      expect(issue?.body).toContain(`Commit [\`${sha.slice(0, 7)}\`]`)
      expect(issue?.body).toContain('@octocat @Codertocat/perf')
      const comments = api.comments.get(issue?.number ?? 0) ?? []
      expect(comments).toHaveLength(1)
      expect(comments[0]?.body).toContain(`Still regressed at [\`${sha.slice(0, 7)}\`](https://github.com/Codertocat/Hello-World/commit/${sha})`)
      expect(comments[0]?.body).toContain('`GET /api/items` p95 grew')
      expect(run.outputs['alert-url']).toBe(comments[0]?.html_url)
    } finally {
      await api.stop()
      await repo.remove()
    }
  })

  test('alert: issue: a push that changes nothing the server does (a README edit) opens no issue', async () => {
    const api = await new FakeGitHub().start()
    const repo = await repositoryWith((project) => project.write('README.md', '# shop\n\nNow with docs.\n').then(() => undefined))
    try {
      const run = await push(api, repo, await pushEvent(repo, 'readme'), { alert: 'issue' })
      expect(run.code).toBe(0)
      const report = await reportOf(run)
      expect(report.baseline.source).toBe('rebuild')
      expect(report.alert.confirmed).toEqual([])
      expect(api.issues).toEqual([])
      expect(api.requests.filter((request) => request.method !== 'GET' && request.path.includes('/issues'))).toEqual([])
      expect(run.outputs['alert-url']).toBe('')
    } finally {
      await api.stop()
      await repo.remove()
    }
  })
})
