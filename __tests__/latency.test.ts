import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { describe, expect, test } from '@jest/globals'
import { UserError } from '../src/errors.js'
import { parseServerTiming } from '../src/analyze/loadRounds.js'
import { measureLatency, runRound } from '../src/measure/latency.js'
import { startServer } from '../src/measure/server.js'
import { runCliCaptured } from './fixtures/cli.js'
import { REPO_ROOT } from './fixtures/runner.js'

const API = path.join(REPO_ROOT, '__tests__', 'fixtures', 'servers', 'api.mjs')
const quiet = new PassThrough().resume()

/** `env VAR=… node api.mjs`, tagged so that a test can look for any process it left behind. */
function apiCommand(env: Record<string, string | number>, tag = randomUUID()): string {
  const vars = Object.entries(env).map(([name, value]) => `${name}=${value}`)
  return `env PERF_GATE_TEST_TAG=${tag} ${vars.join(' ')} "${process.execPath}" "${API}"`
}

/** `text` as a regular expression source that matches exactly that text. */
function literally(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

function processesTagged(tag: string): string[] {
  const table = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' })
  return table.split('\n').filter((line) => line.includes(tag) && !line.includes('ps -eo'))
}

async function withServer<T>(env: Record<string, string | number>, work: (server: Awaited<ReturnType<typeof startServer>>) => Promise<T>): Promise<T> {
  const server = await startServer({ command: apiCommand(env), cwd: REPO_ROOT, readyPath: '/', readyTimeoutMs: 10_000, output: quiet })
  try {
    return await work(server)
  } finally {
    await server.stop()
  }
}

/** The order statistic: the smallest sample with at least 95% of all samples at or below it. */
function exactP95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return (sorted[Math.ceil(0.95 * sorted.length) - 1] ?? 0) / 1000
}

describe('a true p95', () => {
  test.each([
    ['just under the 5% boundary (4% slow)', 25, false],
    ['just over the 5% boundary (6.25% slow)', 16, true],
  ])('%s: the histogram p95 is the order statistic within 1%', async (_name, slowEvery, p95IsSlow) => {
    const round = await withServer({ SLOW_EVERY: slowEvery, SLOW_MS: 50 }, (server) => runRound(server, { method: 'GET', path: '/', headers: {} }, 10, 2000, 'test', true))
    const exact = exactP95(round.samples ?? [])
    expect(round.ok).toBeGreaterThan(500)
    expect(Math.abs(round.latency.p95 - exact) / exact).toBeLessThanOrEqual(0.01)
    // Slow responses take 50 ms (Node's timers may fire a fraction of a millisecond early); fast ones answer at once.
    if (p95IsSlow) expect(round.latency.p95).toBeGreaterThan(40)
    else expect(round.latency.p95).toBeLessThan(40)
    expect(round.errorRate).toBe(0)
    expect(round.serverTiming['db']).toBeGreaterThan(0)
  })

  test('non-2xx responses are counted as errors, not mixed into the latency', async () => {
    const round = await withServer({ ERROR_EVERY: 10, SLOW_EVERY: 10, SLOW_MS: 200 }, (server) => runRound(server, { method: 'GET', path: '/', headers: {} }, 5, 1500, 'test', true))
    // Every 10th request is a slow 500: none of them may reach the latency.
    expect(round.unexpectedStatus).toBeGreaterThan(0)
    expect(round.errorRate).toBeCloseTo(round.unexpectedStatus / round.requests, 6)
    expect(round.latency.max).toBeLessThan(200)
    expect(round.statusCodes['500']).toBe(round.unexpectedStatus)
  })
})

test('Server-Timing headers are split into their metrics', () => {
  expect(parseServerTiming('db;dur=53, cache;desc="Cache Read";dur=23.2, miss, app;dur=47.2')).toEqual([
    ['db', 53],
    ['cache', 23.2],
    ['app', 47.2],
  ])
})

const cli = (argv: string[]) => runCliCaptured(argv, REPO_ROOT)

const fastLoad = ['--load-duration', '600ms', '--connections', '4', '--stress-steps', '1', '--baseline', 'none']

describe('budgets under load, through the CLI', () => {
  test('a p95 over budget fails the check; the report has every latency phase', async () => {
    const run = await cli(['--start-command', apiCommand({ DELAY_MS: 30 }), '--endpoints', 'GET /api/items', '--p95-budget', '15ms', ...fastLoad])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/perf-gate failed: `GET \/api\/items` has a p95 of [\d.]+ ms at normal load, over its 15\.0 ms budget/)
    for (const heading of ['### Baseline', '#### API latency', '### Bottlenecks', '### Validation', '### Load testing']) expect(run.stdout).toContain(heading)
    // The server reports 75% of its wait as db; queueing on a busy machine adds to the response time, never to db.
    expect(run.stdout).toMatch(/database (5\d|6\d|7[0-5])% of the response time/)
    expect(run.stdout).toMatch(/Breaking point|No breaking point/)
  })

  test('a server answering 500s trips the error-rate budget', async () => {
    const run = await cli(['--start-command', apiCommand({ ERROR_EVERY: 10 }), '--endpoints', 'GET /', ...fastLoad])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/perf-gate failed: `GET \/` failed 10% of requests under load, over the 1% error-rate budget/)
  })

  test('peak memory over the memory budget fails', async () => {
    const run = await cli(['--start-command', apiCommand({ ALLOCATE_MB: 120 }), '--endpoints', 'GET /', '--memory-budget', '100MB', ...fastLoad])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/perf-gate failed: the server peaked at \d+(\.\d)? MB RSS under load, over the 100 MB memory budget/)
  })

  test('a server that listens on IPv6 only is found there', async () => {
    const run = await cli(['--start-command', apiCommand({ HOST: '::1' }), '--endpoints', 'GET /', ...fastLoad, '--stress-steps', '0'])
    expect(run.stderr).toMatch(/Server ready at http:\/\/\[::1\]:\d+/)
    expect(run.code).toBe(0)
  })

  test('a healthy API passes', async () => {
    const run = await cli(['--start-command', apiCommand({}), '--endpoints', 'GET /\nPOST /api/items {"name":"pen"}', ...fastLoad])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/perf-gate passed: 2 endpoints measured under load/)
  })
})

describe('a server that misbehaves gives a clear error and leaves nothing running', () => {
  // Each message quotes the start command the test gave, as JSON: the exact words, not any command.
  const cases: Array<[string, Record<string, string | number>, string[], (command: string) => RegExp]> = [
    [
      'never becomes ready',
      { NEVER_LISTEN: 1 },
      ['--ready-timeout', '1500ms'],
      (command) => new RegExp(`^perf-gate: start-command: ${literally(JSON.stringify(command))} did not answer on http://127\\.0\\.0\\.1:\\d+/ within 1\\.5 s; make it listen on \\$PORT`),
    ],
    [
      'crashes under load',
      { CRASH_AFTER: 300 },
      [],
      (command) =>
        new RegExp(
          `^perf-gate: start-command: the server \\(${literally(JSON.stringify(command))}\\) exited with code 3 during (warm-up|normal|peak) load on GET / — last output: crashing after 300 requests; fix the crash`,
        ),
    ],
  ]
  test.each(cases)('%s: the message quotes the start command given', async (_name, env, extra, message) => {
    const tag = randomUUID()
    const command = apiCommand(env, tag)
    const run = await cli(['--start-command', command, '--endpoints', 'GET /', ...fastLoad, ...extra])
    expect(run.code).toBe(1)
    expect(run.stderr.split('\n').filter((line) => line.startsWith('perf-gate:'))).toEqual([expect.stringMatching(message(command))])
    expect(processesTagged(tag)).toEqual([])
  })

  // The crash message once named the setting, `the server ("start-command")`, instead of the command.
  test('a server that crashes during the load test is named by its own start command, not by the setting', async () => {
    const tag = randomUUID()
    // No quotes or backslashes: the command appears in the message character for character.
    const command = `env PERF_GATE_TEST_TAG=${tag} CRASH_AFTER=5 PERF_GATE_MARKER=crash-ledger-7q node api.mjs --as crash-ledger-7q`
    const server = await startServer({
      command,
      cwd: path.dirname(API),
      env: { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env['PATH'] ?? ''}` },
      readyPath: '/',
      readyTimeoutMs: 10_000,
      output: quiet,
    })
    let error: unknown
    try {
      // Long rounds: the server crashes after 5 requests, long before any round could end.
      const settings = { connections: 2, loadDurationMs: 30_000, p95Budget: 1000, errorRateBudget: 0.01, stressSteps: 0, stressP99Ms: 1000, pairedRounds: 0 }
      error = await measureLatency([{ method: 'GET', path: '/', headers: {} }], server, settings, () => undefined).catch((caught: unknown) => caught)
    } finally {
      await server.stop()
    }
    expect(error).toBeInstanceOf(UserError)
    const text = (error as Error).message
    expect(text).toContain(command)
    expect(text).toMatch(
      new RegExp(
        `^start-command: the server \\(${literally(JSON.stringify(command))}\\) exited with code 3 during (warm-up|normal) load on GET / — last output: crashing after 5 requests; fix the crash`,
      ),
    )
    expect(text).not.toContain('("start-command")')
    expect(processesTagged(tag)).toEqual([])
  }, 60_000)

  test('a start-command that does not exist', async () => {
    const run = await cli(['--start-command', 'perf-gate-no-such-server --port $PORT', '--endpoints', 'GET /', ...fastLoad])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^perf-gate: start-command: "perf-gate-no-such-server --port \$PORT" exited with code 127 before it answered on \/ — last output: .*not found; make it start a server/m)
  })

  test('endpoints without start-command or target-url', async () => {
    const run = await cli(['--endpoints', 'GET /'])
    expect(run.stderr).toBe(
      'perf-gate: endpoints: the load test needs a server: set start-command (the command that starts the app on $PORT) or target-url (the origin of an app that is already running)\n',
    )
  })
})

describe("the server's own process tree", () => {
  test('memory counts the process listening on the port and its children, not the shell and launcher in front of it', async () => {
    // A launcher that holds 200 MB itself, then starts the server: `npm start` in front of next-server, in miniature.
    const launcher = `node -e "globalThis.held = Buffer.alloc(200 * 1024 * 1024, 1); require('node:child_process').spawn(process.argv[1], [process.argv[2]], { stdio: 'inherit', env: { ...process.env, ALLOCATE_MB: '30' } }).on('exit', (code) => process.exit(code ?? 1)); setInterval(() => {}, 1000)" "${process.execPath}" "${API}"`
    const server = await startServer({ command: launcher, cwd: REPO_ROOT, readyPath: '/', readyTimeoutMs: 10_000, output: quiet })
    try {
      const round = await runRound(server, { method: 'GET', path: '/', headers: {} }, 2, 600, 'test')
      const counted = round.server?.counted
      expect(counted?.command).toMatch(/servers\/api\.mjs$/)
      expect(counted?.launchers.some((launcherCommand) => launcherCommand.includes('globalThis.held'))).toBe(true)
      // The server's 30 MB and Node's own under load (about 110 MB in all), not the launcher's 200 MB on top.
      expect(round.server?.peakRss).toBeGreaterThan(30e6)
      expect(round.server?.peakRss).toBeLessThan(200e6)
    } finally {
      await server.stop()
    }
  })
})

describe('paired rounds, measured until decided', () => {
  const settings = { connections: 2, loadDurationMs: 2000, p95Budget: 1000, errorRateBudget: 0.01, stressSteps: 0, stressP99Ms: 1000, pairedRounds: 3, maxPairedRounds: 8, regressionThreshold: 0.1 }

  test('a 150 ms server-side delay on the head: more rounds until 6 pairs claim it, then no more; the base gets its own normal and peak rounds', async () => {
    await withServer({ DELAY_MS: 5 }, async (base) =>
      withServer({ DELAY_MS: 155 }, async (head) => {
        const sampling = { leftMs: 120_000 }
        const { head: measured, base: baseMeasured } = await measureLatency([{ method: 'GET', path: '/', headers: {} }], head, { ...settings, sampling }, () => {}, base)
        const paired = measured.endpoints[0]?.paired
        expect(paired?.head).toHaveLength(6)
        expect(paired?.base).toHaveLength(6)
        expect(sampling.leftMs).toBeLessThan(120_000)
        // The base's own figures, not the head's.
        expect(baseMeasured?.endpoints[0]?.normal.latency.p95).toBeLessThan(100)
        expect(measured.endpoints[0]?.normal.latency.p95).toBeGreaterThan(150)
        expect(baseMeasured?.endpoints[0]?.normal.server?.peakRss).toBeGreaterThan(0)
      }),
    )
  })

  test('without sampling time, the count stays fixed: 3 pairs, undecided', async () => {
    await withServer({ DELAY_MS: 5 }, async (base) =>
      withServer({ DELAY_MS: 155 }, async (head) => {
        const { head: measured } = await measureLatency([{ method: 'GET', path: '/', headers: {} }], head, { ...settings, sampling: { leftMs: 0 } }, () => {}, base)
        expect(measured.endpoints[0]?.paired?.head).toHaveLength(3)
      }),
    )
  })
})
