import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { afterAll, describe, expect, test } from '@jest/globals'
import { analyzeProfiles, compareHotFunctions, displayFile, heapSlope, hottestFunctions, LEAK_FLOOR_BYTES_PER_1000 } from '../src/analyze/profile.js'
import { attachToServer, type ServerInspector } from '../src/measure/inspector.js'
import { runRound } from '../src/measure/latency.js'
import { profileEndpoints } from '../src/measure/profileRound.js'
import { startServer, type StartedServer } from '../src/measure/server.js'
import type { CpuProfileSummary, HeapSample } from '../src/model/profile.js'
import { FULL_LAYOUT } from '../src/report/fit.js'
import { codePhase } from '../src/report/phases/code.js'
import { REPO_ROOT } from './fixtures/runner.js'

const SERVERS = path.join(REPO_ROOT, '__tests__', 'fixtures', 'servers')
const HOT = path.join(SERVERS, 'hot.mjs')
const LEAKY = path.join(SERVERS, 'leaky.mjs')
const RECORDED = path.join(REPO_ROOT, '__tests__', 'fixtures', 'profiles', 'hot.cpuprofile')
const quiet = new PassThrough().resume()
const inspectEnv = { ...process.env, NODE_OPTIONS: [process.env['NODE_OPTIONS'], '--inspect=127.0.0.1:0'].filter(Boolean).join(' ') }
const temp = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-profile-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

/** The 1-based line of `function slowFibonacci` in the hot fixture. */
const HOT_LINE =
  readFileSync(HOT, 'utf8')
    .split('\n')
    .findIndex((line) => line.startsWith('function slowFibonacci')) + 1

/**
 * `node` under `node -e` under the shell: the server is two Node processes below the group leader,
 * and its parent is Node too (with an inspector of its own), as under `npm start`.
 */
function nested(file: string, vars: Record<string, string> = {}): string {
  const env = Object.entries(vars).map(([name, value]) => `${name}=${value}`)
  const launcher = `require('child_process').spawn(process.execPath, [${JSON.stringify(file)}], { stdio: 'inherit' })`
  return `env ${env.join(' ')} "${process.execPath}" -e "${launcher.replace(/"/g, '\\"')}"`
}

async function withServer<T>(command: string, env: NodeJS.ProcessEnv, work: (server: StartedServer) => Promise<T>, cwd = REPO_ROOT): Promise<T> {
  const server = await startServer({ command, cwd, readyPath: '/', readyTimeoutMs: 20_000, output: quiet, env })
  try {
    return await work(server)
  } finally {
    await server.stop()
  }
}

// A literal profile: root → main → (hot | cold), plus idle, program and GC samples, 1 ms apart.
const literal = {
  startTime: 0,
  endTime: 10_000,
  nodes: [
    { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 } },
    { id: 2, callFrame: { functionName: 'main', url: 'file:///project/src/app.js', lineNumber: 0 } },
    { id: 3, callFrame: { functionName: 'hot', url: 'file:///project/src/app.js', lineNumber: 9 } },
    { id: 4, callFrame: { functionName: '', url: 'file:///project/src/util.js', lineNumber: 4 } },
    { id: 5, callFrame: { functionName: '(idle)', url: '', lineNumber: -1 } },
    { id: 6, callFrame: { functionName: '(program)', url: '', lineNumber: -1 } },
    { id: 7, callFrame: { functionName: '(garbage collector)', url: '', lineNumber: -1 } },
    { id: 8, callFrame: { functionName: 'emit', url: 'node:events', lineNumber: 100 } },
    // The same function reached by another path: one more node, the same callFrame.
    { id: 9, callFrame: { functionName: 'hot', url: 'file:///project/src/app.js', lineNumber: 9 } },
  ],
  samples: [3, 3, 9, 3, 4, 5, 5, 6, 7, 8],
  timeDeltas: [0, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000],
}

describe('hottestFunctions', () => {
  test('self time per function, file and line, over every call path; shares of the busy samples', () => {
    const summary = hottestFunctions(literal, { projectRoot: '/project' })
    expect(summary.samples).toBe(10)
    expect(summary.busySamples).toBe(8) // the two (idle) samples are not CPU time
    expect(summary.idleShare).toBeCloseTo(0.2)
    expect(summary.gcShare).toBeCloseTo(1 / 8)
    expect(summary.programShare).toBeCloseTo(1 / 8)
    expect(summary.durationMs).toBe(10)
    expect(summary.top).toEqual([
      { functionName: 'hot', file: 'src/app.js', line: 10, selfMs: 4, share: 0.5 },
      { functionName: '(anonymous)', file: 'src/util.js', line: 5, selfMs: 1, share: 0.125 },
      { functionName: 'emit', file: 'node:events', line: 101, selfMs: 1, share: 0.125 },
    ])
    expect(hottestFunctions(literal, { projectRoot: '/project', top: 1 }).top).toHaveLength(1)
  })

  test('files: relative to the project, node: internals and outside paths as they are', () => {
    expect(displayFile('file:///project/src/a%20b.js', '/project')).toBe('src/a b.js')
    expect(displayFile('/project/lib/cjs.js', '/project')).toBe('lib/cjs.js')
    expect(displayFile('file:///elsewhere/x.js', '/project')).toBe('/elsewhere/x.js')
    expect(displayFile('node:internal/http', '/project')).toBe('node:internal/http')
    expect(displayFile('', '/project')).toBe('')
  })

  test('something that is no profile gives an empty summary', () => {
    expect(hottestFunctions(undefined, { projectRoot: '/' }).top).toEqual([])
    expect(hottestFunctions({ nodes: 'x' }, { projectRoot: '/' }).samples).toBe(0)
  })

  test('a recorded profile of the hot fixture: slowFibonacci at its line leads', () => {
    // Recorded from hot.mjs under load through the inspector (see the attach test), then cut to its
    // first samples; the project root it was recorded in is replaced by /project.
    const profile = JSON.parse(readFileSync(RECORDED, 'utf8'))
    const summary = hottestFunctions(profile, { projectRoot: '/project' })
    expect(summary.samples).toBeGreaterThan(50)
    expect(summary.top[0]).toMatchObject({ functionName: 'slowFibonacci', file: '__tests__/fixtures/servers/hot.mjs', line: HOT_LINE })
    expect(summary.top[0]?.share).toBeGreaterThan(0.3)
  })
})

describe('compareHotFunctions', () => {
  const summary = (top: Array<[string, string, number, number]>): CpuProfileSummary => ({
    samples: 100,
    busySamples: 100,
    durationMs: 100,
    idleShare: 0,
    gcShare: 0,
    programShare: 0,
    top: top.map(([functionName, file, line, share]) => ({ functionName, file, line, share, selfMs: share * 100 })),
  })

  test('hotter by 5 points or more, or new in the top; matched by name and file though lines moved', () => {
    const base = summary([
      ['parse', 'src/a.js', 10, 0.3],
      ['render', 'src/b.js', 5, 0.1],
      ['(anonymous)', 'src/c.js', 7, 0.1],
      ['steady', 'src/d.js', 1, 0.2],
    ])
    const head = summary([
      ['parse', 'src/a.js', 14, 0.34], // +4 points: not hotter
      ['render', 'src/b.js', 5, 0.15], // +5 points: hotter
      ['(anonymous)', 'src/c.js', 9, 0.12], // another anonymous function (another line): new
      ['hash', 'src/e.js', 3, 0.08], // new
      ['steady', 'src/d.js', 1, 0.1],
    ])
    const changes = compareHotFunctions(base, head)
    expect(changes.map((change) => [change.functionName, change.status])).toEqual([
      ['(anonymous)', 'new'],
      ['hash', 'new'],
      ['render', 'hotter'],
    ])
    expect(changes.find((change) => change.functionName === 'render')).toMatchObject({ baseShare: 0.1, headShare: 0.15, line: 5 })
  })
})

describe('heapSlope', () => {
  const points = (perRequest: number, noise: number[]): HeapSample[] => noise.map((jitter, index) => ({ requests: index * 500, heapUsed: 8_000_000 + index * 500 * perRequest + jitter }))
  // GC noise as measured on the leaky fixture with LEAK=0: steps of some tens of kB.
  const noise = [0, 24_000, -8_000, 40_000, 16_000, -16_000, 32_000]

  test('a server that keeps ~4 KB a request is a possible leak within 3,000 requests', () => {
    const finding = heapSlope(points(4096, noise))
    expect(finding.possible).toBe(true)
    expect(finding.slopeBytesPer1000).toBeGreaterThan(4_000_000)
    expect(finding.interval[0]).toBeGreaterThan(LEAK_FLOOR_BYTES_PER_1000)
    expect(finding.interval[0]).toBeLessThanOrEqual(finding.slopeBytesPer1000)
    expect(finding.interval[1]).toBeGreaterThanOrEqual(finding.slopeBytesPer1000)
    expect(finding).toMatchObject({ samples: 7, requests: 3000, confidence: 0.95, floorBytesPer1000: LEAK_FLOOR_BYTES_PER_1000 })
  })

  test('one that keeps nothing is not, nor one whose interval reaches below the floor', () => {
    expect(heapSlope(points(0, noise)).possible).toBe(false)
    // 300 B a request, but with noise of ±1 MB: the slope is above the floor, its interval is not.
    const wild = heapSlope(points(300, [0, 1_000_000, -1_000_000, 900_000, -900_000, 1_000_000, -800_000]))
    expect(wild.possible).toBe(false)
    expect(wild.interval[0]).toBeLessThan(LEAK_FLOOR_BYTES_PER_1000)
  })

  test('seeded: the same samples, the same interval; too few samples, no finding', () => {
    expect(heapSlope(points(2000, noise))).toEqual(heapSlope(points(2000, noise)))
    const two = heapSlope(points(4096, [0, 0]))
    expect(two.possible).toBe(false)
    expect(two.interval).toEqual([Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY])
    expect(heapSlope([]).slopeBytesPer1000).toBe(0)
  })
})

describe('codePhase', () => {
  test('the hottest functions base → head, what got hotter, the memory finding; names escaped', () => {
    const fn = (functionName: string, file: string, line: number, share: number) => ({ functionName, file, line, share, selfMs: share * 1000 })
    const cpu = (top: ReturnType<typeof fn>[]): CpuProfileSummary => ({ samples: 1000, busySamples: 800, durationMs: 1000, idleShare: 0.2, gcShare: 0.05, programShare: 0.1, top })
    const analysis = analyzeProfiles(
      {
        kinds: ['cpu', 'heap'],
        endpoints: [
          {
            endpoint: 'GET /api/hot',
            cpu: cpu([fn('slowFibonacci', 'src/hot.js', 9, 0.6), fn('a|b', 'node:events', 0, 0.1)]),
            cpuProfileFile: '/tmp/out/head-get-api-hot.cpuprofile',
            heap: { samples: [] },
            leak: { slopeBytesPer1000: 4_100_000, interval: [4_000_000, 4_200_000], confidence: 0.95, floorBytesPer1000: 256_000, possible: true, samples: 7, requests: 3000 },
            heapSnapshotFile: '/tmp/out/head-get-api-hot.heapsnapshot',
          },
        ],
      },
      { kinds: ['cpu', 'heap'], endpoints: [{ endpoint: 'GET /api/hot', cpu: cpu([fn('slowFibonacci', 'src/hot.js', 9, 0.2)]) }] },
    )
    const markdown = codePhase(analysis, FULL_LAYOUT)
    expect(markdown).toContain('### Code')
    expect(markdown).toContain('| `slowFibonacci` | `src/hot.js:9` | 600 ms | 20% → 60% |')
    expect(markdown).toContain('| `a\\|b` | `node:events` |')
    expect(markdown).toContain('- `slowFibonacci` (`src/hot.js:9`): 20% → 60% of the CPU')
    expect(markdown).toContain('Possible leak on `GET /api/hot`: the heap grew by 4.1 MB per 1,000 requests')
    expect(markdown).toContain('`head-get-api-hot.heapsnapshot`')
    expect(markdown).toContain('`head-get-api-hot.cpuprofile`')
    expect(codePhase(undefined, FULL_LAYOUT)).toBe('')
    const noted = codePhase(analyzeProfiles({ kinds: ['cpu'], endpoints: [], note: 'profile: the server on port 5 is not a Node process (python3 -m http.server)' }), FULL_LAYOUT)
    expect(noted).toBe('### Code\n\nprofile: the server on port 5 is not a Node process (python3 -m http.server)')
  })
})

describe('attachToServer on real servers', () => {
  test('a Node server two processes below the shell: the CPU profile of a load round names the hot function and its line', async () => {
    await withServer(nested(HOT), inspectEnv, async (server) => {
      const attached = await attachToServer(server)
      if ('note' in attached) throw new Error(attached.note)
      const inspector: ServerInspector = attached
      try {
        // The group leader is the shell and its child the launcher, also Node with an inspector: the one attached is the server.
        expect(inspector.pid).not.toBe(server.pid)
        expect(readFileSync(`/proc/${inspector.pid}/cmdline`, 'utf8')).toContain('hot.mjs')
        const endpoint = { method: 'GET', path: '/api/hot', headers: {} }
        const { profile, result } = await inspector.cpuProfile(() => runRound(server, endpoint, 4, 2000, 'profiled load'))
        expect(result.ok).toBeGreaterThan(10)
        const summary = hottestFunctions(profile, { projectRoot: REPO_ROOT })
        expect(summary.top[0]).toMatchObject({ functionName: 'slowFibonacci', file: '__tests__/fixtures/servers/hot.mjs', line: HOT_LINE })
        // ~2 ms of recursion against ~0.1 ms of http per request: far past any noise.
        expect(summary.top[0]?.share).toBeGreaterThan(0.3)
        expect(await inspector.heapUsedAfterGc()).toBeGreaterThan(1_000_000)
      } finally {
        await inspector.close()
      }
    })
  })

  test('a Node server started without the inspector gives a note that names NODE_OPTIONS', async () => {
    const { NODE_OPTIONS: _drop, ...env } = process.env
    await withServer(`"${process.execPath}" "${HOT}"`, env, async (server) => {
      const attached = await attachToServer(server)
      expect('note' in attached && attached.note).toMatch(new RegExp(`^profile: the Node server on port ${server.port} \\(pid \\d+\\) has no inspector open: NODE_OPTIONS`))
    })
  })

  const python = (() => {
    try {
      execFileSync('python3', ['--version'], { stdio: 'ignore' })
      return true
    } catch {
      return false
    }
  })()
  // Without python3 there is no non-Node HTTP server at hand on every machine: skipped, not failed.
  ;(python ? test : test.skip)('a non-Node server (python3 -m http.server) gives the note', async () => {
    await withServer(
      'exec python3 -m http.server "$PORT" --bind 127.0.0.1',
      inspectEnv,
      async (server) => {
        const attached = await attachToServer(server)
        expect('note' in attached && attached.note).toMatch(new RegExp(`^profile: the server on port ${server.port} is not a Node process \\(python.*\\); CPU and heap profiles need a Node server$`))
      },
      temp,
    )
  })

  test.each([
    ['keeps ~4 KB a request (LEAK=1): a possible leak, with a heap snapshot', '1', true],
    ['keeps nothing (LEAK=0): no leak', '0', false],
  ])('the leaky fixture %s', async (_name, leak, possible) => {
    const outputDir = mkdtempSync(path.join(temp, `leak-${leak}-`))
    await withServer(nested(LEAKY, { LEAK: leak }), inspectEnv, async (server) => {
      const endpoint = { method: 'GET', path: '/', headers: {} }
      const measured = await profileEndpoints(
        server,
        [endpoint],
        { kinds: ['heap'], connections: 10, durationMs: 1000, projectRoot: REPO_ROOT, outputDir, side: 'head', heapRequests: 3000, maxHeapMs: 120_000 },
        () => {},
      )
      expect(measured.note).toBeUndefined()
      const result = measured.endpoints[0]
      expect(result?.heap?.samples.length).toBeGreaterThanOrEqual(7)
      expect(result?.leak?.requests).toBeGreaterThanOrEqual(3000)
      expect(result?.leak?.possible).toBe(possible)
      if (possible) {
        // 4,096 B a request is 4.1 MB per 1,000: the measured slope is within a few percent.
        expect(result?.leak?.slopeBytesPer1000).toBeGreaterThan(3_500_000)
        expect(result?.heapSnapshotFile).toBeDefined()
        const snapshot = readFileSync(result?.heapSnapshotFile as string, 'utf8')
        expect(JSON.parse(snapshot).snapshot.node_count).toBeGreaterThan(1000)
      } else {
        expect(result?.leak?.slopeBytesPer1000).toBeLessThan(LEAK_FLOOR_BYTES_PER_1000)
        expect(result?.heapSnapshotFile).toBeUndefined()
        expect(existsSync(path.join(outputDir, 'head-get.heapsnapshot'))).toBe(false)
      }
    })
  })
})
