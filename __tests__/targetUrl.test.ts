import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { Ajv } from 'ajv'
import reportSchema from '../schema/report.schema.json' with { type: 'json' }
import { loadConfig } from '../src/config/config.js'
import { freePort, reachTarget, startServer, type StartedServer } from '../src/measure/server.js'
import { FakeGitHub } from './fixtures/github-api.js'
import { TempProject, javascriptLike } from './fixtures/project.js'
import { EVENTS, REPO_ROOT, installAction, runAction } from './fixtures/runner.js'

// target-url: the origin of an app that is already running. The test starts that app itself (the
// pages fixture under a base path, as a deployment behind a path prefix), and the built action
// measures it without starting anything.

const PAGES = path.join(REPO_ROOT, '__tests__', 'fixtures', 'servers', 'pages.mjs')
const PULL_REQUEST = path.join(EVENTS, 'pull_request.opened.json')
const UNAVAILABLE = 'unavailable — target-url is a server perf-gate did not start'

let actionDir: string
let app: StartedServer
let target: string

beforeAll(async () => {
  actionDir = await installAction()
  app = await startServer({
    command: `"${process.execPath}" "${PAGES}"`,
    cwd: REPO_ROOT,
    readyPath: '/app/clean',
    readyTimeoutMs: 10_000,
    output: new PassThrough().resume(),
    env: { ...process.env, BASE_PATH: '/app' },
  })
  target = `${app.origin}/app`
})

afterAll(async () => {
  await app?.stop()
  await rm(actionDir, { recursive: true, force: true })
})

describe('target-url: the built action measures an app it did not start', () => {
  test('pages and endpoints resolve under the base path; memory, CPU and the profile are unavailable, not guessed; the rebuilt base gives its bundles only', async () => {
    const repo = await TempProject.create('perf-gate-target-')
    const git = (...args: string[]) => repo.git(...args)
    const api = await new FakeGitHub().start()
    try {
      repo.initRepository()
      await repo.write('.gitignore', 'dist/\n')
      await repo.write('build.mjs', "import { cpSync } from 'node:fs'\ncpSync('src', 'dist', { recursive: true })\n")
      await repo.write('src/app.js', javascriptLike(800))
      git('add', '-A')
      git('commit', '-q', '-m', 'base')
      const baseSha = git('rev-parse', 'HEAD')
      git('checkout', '-q', '-b', 'changes')
      await repo.write('src/app.js', javascriptLike(1200))
      git('commit', '-q', '-am', 'head')
      const payload = JSON.parse(await readFile(PULL_REQUEST, 'utf8'))
      payload.pull_request.base.sha = baseSha
      const eventFile = await repo.write('../event-' + path.basename(repo.dir) + '.json', JSON.stringify(payload))

      const run = await runAction({
        actionDir,
        apiUrl: api.url,
        eventFile,
        eventName: 'pull_request',
        workspace: repo.dir,
        timeoutMs: 150_000,
        inputs: {
          'github-token': 'test-token',
          'target-url': target,
          'build-command': 'node build.mjs',
          bundles: 'dist/*.js',
          urls: '/clean',
          'lighthouse-runs': '1',
          // GET /requests lists what the app was asked for; it is not on that list itself.
          endpoints: 'GET /requests',
          'load-duration': '500ms',
          connections: '2',
          'stress-steps': '0',
          profile: 'cpu',
          // Far below any Node process: a budget that was evaluated would fail.
          'memory-budget': '1MB',
        },
      })
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      expect(run.outputs['passed']).toBe('true')
      expect(run.stdout).not.toContain('Start the server')

      const report = JSON.parse(await readFile(run.outputs['report-path'] as string, 'utf8'))
      expect(new Ajv({ strict: false }).validate(reportSchema, report)).toBe(true)

      // The page and the endpoint were measured at the target, under its base path.
      const [page] = report.measurements.lighthouse.pages
      expect(page).toMatchObject({ name: '/clean', url: `${target}/clean` })
      expect(page.median.lcp).toBeGreaterThan(0)
      const asked = (await (await fetch(`${target}/requests`)).json()) as string[]
      expect(asked).toContain('/app/clean')
      const latency = report.measurements.latency
      expect(latency.target).toBe(target)
      expect(latency.endpoints[0].normal.ok).toBeGreaterThan(0)
      expect(latency.endpoints[0].normal.errorRate).toBe(0)

      // What needs the server's process is unavailable: no sample, no startup time, no profile.
      expect(latency.resourcesMeasured).toBe(false)
      expect(latency.startupMs).toBeUndefined()
      expect(latency.endpoints[0].normal.server).toBeUndefined()
      expect(latency.profile).toEqual({ head: { kinds: ['cpu'], endpoints: [], note: expect.stringContaining(`profile (cpu): ${UNAVAILABLE}`) } })
      // The memory budget is not evaluated: neither a pass nor a fail.
      const memory = report.validation.filter((target: { kind: string }) => target.kind === 'memory')
      expect(memory).toEqual([expect.objectContaining({ subject: 'server', unavailable: 'target-url', passed: false })])
      expect(report.verdict).toMatchObject({ passed: true, budgetFailures: 0, blockingFailures: [] })

      // The rebuilt base: its bundles compared, its render and latency not measured, and a note says why.
      expect(report.baseline).toMatchObject({ source: 'rebuild', commit: { sha: baseSha } })
      expect(report.comparison.bundles[0]).toMatchObject({ name: 'dist/app.js', status: 'changed' })
      expect(report.comparison.pages[0].base).toBeUndefined()
      expect(report.comparison.endpoints[0].base).toBeUndefined()
      expect(page.baseRuns).toBeUndefined()
      expect(report.notes).toEqual(
        expect.arrayContaining([
          expect.stringContaining(`Server memory and CPU: ${UNAVAILABLE}`),
          expect.stringContaining(`profile (cpu): ${UNAVAILABLE}`),
          expect.stringMatching(/^The base is rebuilt for its bundles only: .* its render and latency are not measured\.$/),
        ]),
      )

      // The job summary says the same, in each place a reader looks.
      const { summary } = run
      const phase = (title: string) => summary.slice(summary.indexOf(`### ${title}`)).split(/\n### /)[0] ?? ''
      expect(summary.split('\n')[0]).toContain(`server memory < 1 MB not evaluated (${UNAVAILABLE})`)
      expect(phase('Baseline')).toContain(`Server: the app at \`${target}\` (target-url), which perf-gate did not start; memory and CPU: ${UNAVAILABLE}.`)
      expect(phase('Validation')).toContain(`| server memory < 1 MB | — | ➖ ${UNAVAILABLE} |`)
      expect(phase('Validation')).toContain('1 unavailable, not evaluated')
      expect(phase('Load testing')).toContain(`Server memory and CPU: ${UNAVAILABLE}; the memory budget is not evaluated.`)
      expect(phase('Load testing')).toMatch(/\| normal \| 2 \|.*\| unavailable \| unavailable \|/)
      expect(phase('Code')).toContain(`profile (cpu): ${UNAVAILABLE}`)
      expect(summary).toContain(`> Server memory and CPU: ${UNAVAILABLE}`)
    } finally {
      await api.stop()
      await repo.remove()
    }
  })
})

describe('reaching the app at target-url', () => {
  test('ready-path under the base path answering: the app; nothing listening there: one line naming target-url and the fix', async () => {
    await expect(reachTarget(target, '/clean', 5_000)).resolves.toEqual({ kind: 'target', origin: target })
    const nothing = `http://127.0.0.1:${await freePort()}/app`
    await expect(reachTarget(nothing, '/', 300)).rejects.toThrow(
      `target-url: "${nothing}/" did not answer within 0.3 s; check that the app is up at that address and reachable from this runner, fix ready-path, or raise ready-timeout`,
    )
  })
})

describe('target-url in the config', () => {
  test('target-url with start-command: one line naming both and the fix', async () => {
    const project = await TempProject.create()
    try {
      const load = (overrides: Record<string, string>) => loadConfig(overrides, { cwd: project.dir, overrideName: (input) => input, warn: () => {} })
      await expect(load({ endpoints: 'GET /', 'target-url': 'http://127.0.0.1:3000', 'start-command': 'npm start' })).rejects.toThrow(
        new Error('target-url, start-command: both are set, but target-url measures an app that is already running and start-command starts one; keep one of them'),
      )
      await project.write('perf-gate.config.json', JSON.stringify({ endpoints: ['GET /'], 'start-command': 'npm start' }))
      await expect(load({ 'target-url': 'https://preview.example.com/app/' })).rejects.toThrow(
        'target-url, start-command (in perf-gate.config.json): both are set, but target-url measures an app that is already running and start-command starts one; keep one of them',
      )
      // Alone, it is the origin as given, without a trailing slash.
      await project.write('perf-gate.config.json', JSON.stringify({ endpoints: ['GET /'] }))
      expect((await load({ 'target-url': 'https://preview.example.com/app/' })).targetUrl).toBe('https://preview.example.com/app')
    } finally {
      await project.remove()
    }
  })
})
