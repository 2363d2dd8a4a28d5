import { spawnSync } from 'node:child_process'
import { copyFile, readFile, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { Ajv } from 'ajv'
import reportSchema from '../schema/report.schema.json' with { type: 'json' }
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { FakeGitHub } from './fixtures/github-api.js'
import { TempProject } from './fixtures/project.js'
import { EVENTS, installAction, runAction } from './fixtures/runner.js'

// The Code phase through the built action: a Node server two processes below the start command's
// shell (a launcher that spawns it, as npm does), profiled in a round of its own.

const SERVERS = path.join(EVENTS, '..', 'servers')
// What npm start does: a Node process that starts the server as its child and waits.
const LAUNCHER = "import { spawn } from 'node:child_process'\nspawn(process.execPath, [process.argv[2]], { stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 1))\n"

let actionDir: string
let api: FakeGitHub

beforeAll(async () => {
  actionDir = await installAction()
  api = await new FakeGitHub().start()
})

afterAll(async () => {
  await api.stop()
  await rm(actionDir, { recursive: true, force: true })
})

async function projectWith(server: string): Promise<TempProject> {
  const project = await TempProject.create('perf-gate-profile-')
  await copyFile(path.join(SERVERS, server), project.path(server))
  await project.write('launch.mjs', LAUNCHER)
  return project
}

const run = (project: TempProject, inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runAction({
    actionDir,
    apiUrl: api.url,
    eventFile: path.join(EVENTS, 'push.json'),
    eventName: 'push',
    workspace: project.dir,
    inputs: { 'github-token': 'test-token', baseline: 'none', 'load-duration': '1s', connections: '4', 'stress-steps': '0', ...inputs },
    env,
  })

describe('the built action with profile', () => {
  test('cpu: the hot function and its file:line lead the Code phase, the plan names it for the failing endpoint, the .cpuprofile is kept', async () => {
    const project = await projectWith('hot.mjs')
    try {
      const result = await run(project, { 'start-command': `"${process.execPath}" launch.mjs hot.mjs`, endpoints: 'GET /api/hot', 'p95-budget': '1ms', profile: 'cpu' })
      expect(result.code).toBe(1)
      const report = JSON.parse(await readFile(result.outputs['report-path'] as string, 'utf8'))
      expect(new Ajv({ strict: false }).validate(reportSchema, report)).toBe(true)
      const [profiled] = report.code.endpoints
      expect(profiled.endpoint).toBe('GET /api/hot')
      expect(profiled.head.cpu.top[0]).toMatchObject({ functionName: 'slowFibonacci', file: 'hot.mjs', line: 9 })
      expect(profiled.head.cpu.top[0].share).toBeGreaterThan(0.5)
      const recorded = JSON.parse(await readFile(profiled.head.cpuProfileFile, 'utf8'))
      expect(recorded.samples.length).toBeGreaterThan(0)
      expect(report.plan).toEqual(
        expect.arrayContaining([expect.objectContaining({ kind: 'code', subject: 'GET /api/hot', fixesFailure: true, action: expect.stringContaining('slowFibonacci (hot.mjs:9)') })]),
      )
      expect(result.summary).toContain('### Code')
      expect(result.summary).toContain('`hot.mjs:9`')
      // The profiled round is none of the counted ones: the p95 target is the normal round's.
      const p95 = report.validation.find((target: { kind: string }) => target.kind === 'latency-p95')
      expect(p95.actual).toBe(report.measurements.latency.endpoints[0].normal.latency.p95)
    } finally {
      await project.remove()
    }
  })

  test('heap: a server that keeps 4 KB a request is a possible leak with a heap snapshot; the same server keeping nothing is not', async () => {
    const project = await projectWith('leaky.mjs')
    try {
      const inputs = { 'start-command': `"${process.execPath}" launch.mjs leaky.mjs`, endpoints: 'GET /', 'p95-budget': '10s', 'memory-budget': '4GB', profile: 'heap' }
      const leaking = await run(project, inputs, { LEAK: '1' })
      expect(leaking.code).toBe(0)
      const leakReport = JSON.parse(await readFile(leaking.outputs['report-path'] as string, 'utf8'))
      const leak = leakReport.code.endpoints[0].head
      expect(leak.leak.possible).toBe(true)
      expect(leak.leak.interval[0]).toBeGreaterThan(leak.leak.floorBytesPer1000)
      expect(existsSync(leak.heapSnapshotFile)).toBe(true)
      expect(leakReport.plan).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'memory', subject: 'GET /' })]))
      // A finding, not a failing target (the memory budget is set out of the way: the leak grows the RSS too).
      expect(leakReport.verdict.passed).toBe(true)

      const steady = await run(project, inputs, { LEAK: '0' })
      const steadyReport = JSON.parse(await readFile(steady.outputs['report-path'] as string, 'utf8'))
      expect(steadyReport.code.endpoints[0].head.leak.possible).toBe(false)
      expect(steadyReport.code.endpoints[0].head.heapSnapshotFile).toBeUndefined()
      expect(steadyReport.plan.filter((item: { kind: string }) => item.kind === 'memory')).toEqual([])
    } finally {
      await project.remove()
    }
  })

  // Python's http.server is the non-Node server at hand on these machines; without python3 there is none to start.
  const withPython = spawnSync('python3', ['--version']).status === 0 ? test : test.skip
  withPython('a server that is not Node gets a note, and the load test still counts', async () => {
    const project = await TempProject.create('perf-gate-profile-python-')
    try {
      await project.write('index.html', 'ok\n')
      const result = await run(project, { 'start-command': 'exec python3 -m http.server "$PORT" --bind 127.0.0.1', endpoints: 'GET /', 'p95-budget': '10s', profile: 'cpu' })
      expect(result.code).toBe(0)
      expect(result.stdout).toMatch(/^::warning::profile: the server on port \d+ is not a Node process/m)
      const report = JSON.parse(await readFile(result.outputs['report-path'] as string, 'utf8'))
      expect(report.measurements.latency.endpoints).toHaveLength(1)
    } finally {
      await project.remove()
    }
  })
})
