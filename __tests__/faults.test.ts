import { execFile, execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { FakeGitHub, GITHUB_UNICORN_PAGE, rateLimitSpent, type FakeFault } from './fixtures/github-api.js'
import { TempProject, javascriptLike } from './fixtures/project.js'
import { EVENTS, REPO_ROOT, installAction, runAction, type RunOptions } from './fixtures/runner.js'

// The built action against the ways GitHub fails: a write stored but answered 502, an HTML error
// page, a rate limit spent for an hour, an API that never answers; and the job cancelled mid-run.

const PULL_REQUEST = path.join(EVENTS, 'pull_request.opened.json')
const HEAD_SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821' // the pull request's head in the payload
const ISSUE = 2
const MARKER = '<!-- perf-gate:default -->'
const API = path.join(REPO_ROOT, '__tests__', 'fixtures', 'servers', 'api.mjs')

const COMMENTS = /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/
const COMMENT = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/\d+$/
const CHECK_RUNS = /^\/repos\/[^/]+\/[^/]+\/check-runs$/
const CHECK_RUN = /^\/repos\/[^/]+\/[^/]+\/check-runs\/\d+$/

let actionDir: string
let project: TempProject

beforeAll(async () => {
  actionDir = await installAction()
  project = await TempProject.create()
  await project.writeIncompressible('dist/vendor.js', 40_000)
  await project.write('dist/app.js', javascriptLike(2000))
  // A budget set in the config file: the failing bundle is annotated on its line, so a completing
  // write sent twice would show its annotation twice.
  await project.write('perf-gate.config.json', '{\n  "bundles": ["dist/*.js"],\n  "bundle-budget": "20KB",\n  "baseline": "none"\n}\n')
})

afterAll(async () => {
  await rm(actionDir, { recursive: true, force: true })
  await project.remove()
})

function options(api: FakeGitHub, inputs: Record<string, string> = {}): RunOptions {
  return { actionDir, apiUrl: api.url, eventFile: PULL_REQUEST, eventName: 'pull_request', workspace: project.dir, inputs: { 'github-token': 'test-token', ...inputs } }
}

const stickyComments = (api: FakeGitHub) => (api.comments.get(ISSUE) ?? []).filter((comment) => comment.body.includes(MARKER))
const requestsTo = (api: FakeGitHub, method: string, path: RegExp) => api.requests.filter((request) => request.method === method && path.test(request.path))
const warningLines = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('::warning'))

function processesTagged(tag: string): string[] {
  const table = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' })
  return table.split('\n').filter((line) => line.includes(tag) && !line.includes('ps -eo'))
}

async function withApi<T>(faults: FakeFault[], work: (api: FakeGitHub) => Promise<T>, seed?: Record<number, string[]>): Promise<T> {
  const api = await new FakeGitHub({ faults, ...(seed ? { seed } : {}) }).start()
  try {
    return await work(api)
  } finally {
    await api.stop()
  }
}

describe('a write GitHub stored but answered with a 502', () => {
  test('on create: looked for before it is sent again, so one comment and one check run', async () => {
    const faults: FakeFault[] = [
      { method: 'POST', path: COMMENTS, kind: 'after-storing', status: 502, times: 1 },
      { method: 'POST', path: CHECK_RUNS, kind: 'after-storing', status: 502, times: 1 },
    ]
    await withApi(faults, async (api) => {
      const run = await runAction(options(api))
      expect(run.code).toBe(1)
      expect(warningLines(run.stdout)).toEqual([])
      expect(stickyComments(api)).toHaveLength(1)
      expect(requestsTo(api, 'POST', COMMENTS)).toHaveLength(1)
      expect(run.outputs['comment-url']).toBe(stickyComments(api)[0]?.html_url)
      // The run the lost answer was about is the one completed.
      expect(requestsTo(api, 'POST', CHECK_RUNS)).toHaveLength(1)
      expect(api.checkRuns).toEqual([expect.objectContaining({ head_sha: HEAD_SHA, status: 'completed', conclusion: 'failure' })])
      expect(api.checkRuns[0]?.output.annotations).toHaveLength(1)
      expect(run.outputs['check-run-url']).toBe(api.checkRuns[0]?.html_url)
    })
  })

  test('on update: the comment is not written twice, and the check run shows its annotation once', async () => {
    const faults: FakeFault[] = [
      { method: 'PATCH', path: COMMENT, kind: 'after-storing', status: 502, times: 1 },
      { method: 'PATCH', path: CHECK_RUN, kind: 'after-storing', status: 502, times: 1 },
    ]
    await withApi(
      faults,
      async (api) => {
        const run = await runAction(options(api))
        expect(run.code).toBe(1)
        expect(warningLines(run.stdout)).toEqual([])
        expect(stickyComments(api)).toHaveLength(1)
        expect(stickyComments(api)[0]?.body).toContain('### Validation')
        expect(requestsTo(api, 'PATCH', COMMENT)).toHaveLength(1)
        expect(requestsTo(api, 'POST', COMMENTS)).toHaveLength(0)
        expect(api.checkRuns).toEqual([expect.objectContaining({ status: 'completed', conclusion: 'failure' })])
        expect(requestsTo(api, 'PATCH', CHECK_RUN)).toHaveLength(1)
        expect(api.checkRuns[0]?.output.annotations).toHaveLength(1)
      },
      { [ISSUE]: ['a review comment', `${MARKER}\nthe report of an earlier run`] },
    )
  })
})

describe('a GitHub that answers badly or not at all', () => {
  test("GitHub's HTML 503 page: one short warning line, the report in the job summary", async () => {
    const faults: FakeFault[] = [{ method: 'POST', path: COMMENTS, status: 503, body: GITHUB_UNICORN_PAGE, times: 10 }]
    await withApi(faults, async (api) => {
      const run = await runAction(options(api))
      expect(run.code).toBe(1)
      const warnings = warningLines(run.stdout)
      expect(warnings).toEqual([
        expect.stringMatching(/^::warning::The pull request comment could not be posted: HTTP 503 \(GitHub returned an HTML error page\)\. The report is in the job summary and \S+report\.json\.$/),
      ])
      expect(warnings[0]?.length).toBeLessThan(300)
      expect(run.stdout).not.toContain('Unicorn')
      // Sent once, looked for, sent once more: not four times with backoff.
      expect(requestsTo(api, 'POST', COMMENTS)).toHaveLength(2)
      expect(run.summary).toContain('### Validation')
      expect(api.checkRuns).toEqual([expect.objectContaining({ conclusion: 'failure' })])
    })
  })

  test('a rate limit spent until an hour from now: a warning that says when it resets, no wait, the report in the job summary', async () => {
    const spent = rateLimitSpent(3600)
    const faults: FakeFault[] = [
      { method: 'POST', path: CHECK_RUNS, ...spent, times: 10 },
      { method: 'GET', path: COMMENTS, ...spent, times: 10 },
    ]
    await withApi(faults, async (api) => {
      const started = performance.now()
      const run = await runAction(options(api))
      // Well under the 60 s the runner fixture allows, let alone the hour.
      expect(performance.now() - started).toBeLessThan(30_000)
      expect(run.timedOut).toBe(false)
      expect(run.code).toBe(1)
      const warnings = warningLines(run.stdout)
      expect(warnings.length).toBeGreaterThan(0)
      for (const warning of warnings) expect(warning).toMatch(/HTTP 403: GitHub's API rate limit is used up until \d\d:\d\d UTC \(in 60 min\)/)
      expect(warnings.join('\n')).toMatch(/::warning::The pull request comment could not be posted: HTTP 403: GitHub's API rate limit is used up until/)
      expect(run.stdout).not.toMatch(/retrying in/)
      expect(run.summary).toContain('### Validation')
      expect(api.checkRuns).toEqual([])
    })
  })

  test('an API that never answers: the request times out with a warning that names the timeout, the report in the job summary', async () => {
    const faults: FakeFault[] = [{ method: 'GET', path: COMMENTS, kind: 'hang', times: 10 }]
    await withApi(faults, async (api) => {
      const run = await runAction(options(api))
      expect(run.timedOut).toBe(false)
      expect(run.code).toBe(1)
      expect(warningLines(run.stdout)).toEqual([
        expect.stringMatching(/^::warning::The pull request comment could not be posted: GitHub did not answer within 15 s\. The report is in the job summary/),
      ])
      // A request that got no answer is not sent again to wait as long.
      expect(requestsTo(api, 'GET', COMMENTS)).toHaveLength(1)
      expect(run.summary).toContain('### Validation')
      expect(api.checkRuns).toEqual([expect.objectContaining({ status: 'completed', conclusion: 'failure' })])
    })
  })
})

describe('the job cancelled while perf-gate measures', () => {
  test.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('%s during the load test: the server is stopped, the check run is completed as cancelled, the process exits', async (signal, exitCode) => {
    const tag = randomUUID()
    const server = `env PERF_GATE_TEST_TAG=${tag} DELAY_MS=20 "${process.execPath}" "${API}"`
    await withApi([], async (api) => {
      const run = await runAction({
        ...options(api, { 'start-command': server, endpoints: 'GET /', 'load-duration': '30s', connections: '4' }),
        cancel: { signal, after: /::group::API latency under load/ },
      })
      expect(api.checkRuns).toEqual([
        expect.objectContaining({
          head_sha: HEAD_SHA,
          status: 'completed',
          conclusion: 'cancelled',
          output: expect.objectContaining({ summary: `The job was cancelled (${signal}) before perf-gate finished.` }),
        }),
      ])
      expect(processesTagged(tag)).toEqual([])
      expect(run.timedOut).toBe(false)
      expect(run.code).toBe(exitCode)
      expect(run.stdout).toContain(`::error::perf-gate was cancelled (${signal}); the processes it started are stopped.`)
      expect(stickyComments(api)).toHaveLength(0)
    })
  })

  /** The action cancelled by `signal` while Lighthouse measures a page: Chrome gone, the check run cancelled, the exit code 128 + the signal's number. */
  async function cancelDuringLighthouse(signal: 'SIGINT' | 'SIGTERM', exitCode: number): Promise<void> {
    const chrome = await chromeTagged()
    const page = await pageServer()
    try {
      await withApi([], async (api) => {
        const run = await runAction({
          ...options(api, { urls: `${page.origin}/`, 'lighthouse-runs': '9' }),
          env: { TMPDIR: chrome.tmpdir },
          cancel: { signal, after: page.firstVisit },
        })
        expect(api.checkRuns).toEqual([expect.objectContaining({ status: 'completed', conclusion: 'cancelled' })])
        expect(processesTagged(chrome.tag)).toEqual([])
        expect(run.timedOut).toBe(false)
        expect(run.code).toBe(exitCode)
      })
    } finally {
      await page.stop()
      await chrome.remove()
    }
  }

  test('SIGTERM during Lighthouse: Chrome is stopped, the check run is completed as cancelled', () => cancelDuringLighthouse('SIGTERM', 143))

  // chrome-launcher's own SIGINT handler would exit at once (130), before the check run is
  // completed: perf-gate launches Chrome without it.
  test('SIGINT during Lighthouse: the same (the runner cancels with SIGINT first)', () => cancelDuringLighthouse('SIGINT', 130))
})

describe('the CLI interrupted', () => {
  test('SIGTERM during Lighthouse of a page it did not start: Chrome is stopped and the CLI exits with 143', async () => {
    const chrome = await chromeTagged()
    const page = await pageServer()
    try {
      const code = await new Promise<number | null>((resolve) => {
        const argv = [path.join(REPO_ROOT, 'dist', 'cli.js'), '--urls', `${page.origin}/`, '--lighthouse-runs', '9']
        const cli = execFile(process.execPath, argv, { env: { ...process.env, TMPDIR: chrome.tmpdir } }, (error) => resolve(error ? ((error as { code?: number | null }).code ?? null) : 0))
        void page.firstVisit.then(() => cli.kill('SIGTERM'))
      })
      expect(code).toBe(143)
      expect(processesTagged(chrome.tag)).toEqual([])
    } finally {
      await page.stop()
      await chrome.remove()
    }
  })
})

/** A TMPDIR of its own: chrome-launcher makes Chrome's profile there (mktemp), so its path names Chrome's processes. */
async function chromeTagged(): Promise<{ tag: string; tmpdir: string; remove(): Promise<void> }> {
  const tag = randomUUID()
  const tmpdir = path.join(os.tmpdir(), `perf-gate-chrome-${tag}`)
  await mkdir(tmpdir)
  return { tag, tmpdir, remove: () => rm(tmpdir, { recursive: true, force: true }) }
}

/** A page to measure, in this process: its first visit is Lighthouse at work in a Chrome that has started. */
async function pageServer(): Promise<{ origin: string; firstVisit: Promise<void>; stop(): Promise<void> }> {
  let visited: () => void = () => undefined
  const firstVisit = new Promise<void>((resolve) => (visited = resolve))
  const server = http.createServer((_request, response) => {
    visited()
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Page</title><h1>A page</h1><p>Measured until the job is cancelled.</p>')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    firstVisit,
    stop: async () => {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}
