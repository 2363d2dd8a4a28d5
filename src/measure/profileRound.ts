import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import autocannon from 'autocannon'
import { endpointName, type EndpointSpec } from '../config/settings.js'
import { heapSlope, hottestFunctions, LEAK_FLOOR_BYTES_PER_1000 } from '../analyze/profile.js'
import { UserError, messages } from '../errors.js'
import type { EndpointProfile, HeapSample, ProfileKind, ProfileMeasurement } from '../model/profile.js'
import { attachToServer, type ServerInspector } from './inspector.js'
import { runRound } from './latency.js'
import type { StartedServer } from './server.js'

export interface ProfileSettings {
  kinds: readonly ProfileKind[]
  connections: number
  /** The CPU round's length: the normal round's. */
  durationMs: number
  /** File paths in the profile are shown relative to it. */
  projectRoot: string
  /** Where the `.cpuprofile` and `.heapsnapshot` files go (the artifact's folder). */
  outputDir: string
  /** `head` or `base`: the files' prefix. */
  side: string
  /** The heap is sampled until this many requests have completed (or maxHeapMs has passed). */
  heapRequests?: number
  /** About this many requests between two heap samples. */
  heapSampleEvery?: number
  maxHeapMs?: number
  topFunctions?: number
  floorBytesPer1000?: number
}

export const HEAP_REQUESTS = 4000
export const HEAP_SAMPLE_EVERY = 500
const MAX_HEAP_MS = 30_000
/** Bounds of one heap-sampling burst: a slow endpoint gets a sample at least this often. */
const MIN_BURST_MS = 100
const MAX_BURST_MS = 5000
const REQUEST_TIMEOUT_S = 10

/**
 * The profiled rounds of one side, after its counted rounds: none of them is a latency round, so the
 * profiler's and the forced GCs' cost never reaches a p95. Per endpoint: with `cpu`, one normal-load
 * round under the CPU profiler (its `.cpuprofile` written to outputDir); with `heap`, short rounds
 * back to back with the heap read after a full GC between them, and a heap snapshot only when the
 * slope says a possible leak. A server that is not Node, or has no inspector, gives a note instead.
 */
export async function profileEndpoints(server: StartedServer, endpoints: readonly EndpointSpec[], settings: ProfileSettings, progress: (message: string) => void): Promise<ProfileMeasurement> {
  const kinds = [...settings.kinds]
  const attached = await attachToServer(server)
  if ('note' in attached) return { kinds, endpoints: [], note: attached.note }
  try {
    const results: EndpointProfile[] = []
    for (const endpoint of endpoints) {
      const name = endpointName(endpoint)
      const round = (connections: number, durationMs: number, label: string) => runRound(server, endpoint, connections, durationMs, `${label} on ${name}`)
      const result: EndpointProfile = { endpoint: name }
      const file = (extension: string) => path.join(settings.outputDir, `${settings.side}-${slug(name)}.${extension}`)
      if (kinds.includes('cpu')) {
        // Warm: the JIT has settled in the counted rounds; this is the same normal load, profiled.
        const { profile, result: profiled } = await attached.cpuProfile(() => round(settings.connections, settings.durationMs, 'profiled load'))
        result.profiledRound = { requests: profiled.requests, p95: profiled.latency.p95, throughput: profiled.throughput }
        result.cpu = hottestFunctions(profile, { projectRoot: settings.projectRoot, top: settings.topFunctions ?? 10 })
        result.cpuProfileFile = file('cpuprofile')
        await writeFile(result.cpuProfileFile, JSON.stringify(profile))
        const hottest = result.cpu.top[0]
        progress(`${name}: CPU profile of ${result.cpu.samples} samples${hottest ? `; hottest ${hottest.functionName} (${hottest.file}:${hottest.line}) ${Math.round(hottest.share * 100)}%` : ''}`)
      }
      if (kinds.includes('heap')) {
        const samples = await sampleHeap(attached, (amount, maxMs) => loadRequests(server, endpoint, settings.connections, amount, maxMs), settings)
        result.heap = { samples }
        result.leak = heapSlope(samples, { floorBytesPer1000: settings.floorBytesPer1000 ?? LEAK_FLOOR_BYTES_PER_1000 })
        if (result.leak.possible) {
          result.heapSnapshotFile = file('heapsnapshot')
          await attached.writeHeapSnapshot(result.heapSnapshotFile)
        }
        progress(`${name}: heap ${Math.round(result.leak.slopeBytesPer1000 / 1000)} kB per 1,000 requests over ${result.leak.requests} requests${result.leak.possible ? ' — possible leak' : ''}`)
      }
      results.push(result)
    }
    return { kinds, endpoints: results }
  } finally {
    await attached.close()
  }
}

/**
 * The heap used after a full GC, read before the load and after each short burst of
 * `heapSampleEvery` requests, until `heapRequests` have completed or `maxHeapMs` has passed. A
 * warm-up burst first, not sampled. (Bursts of a number of requests, not rounds of a duration:
 * autocannon ends a timed round on its 1-second tick, which would put thousands of requests
 * between two samples of a fast server.)
 */
export async function sampleHeap(
  inspector: Pick<ServerInspector, 'heapUsedAfterGc'>,
  burst: (requests: number, maxMs: number) => Promise<{ requests: number }>,
  options: { heapRequests?: number; heapSampleEvery?: number; maxHeapMs?: number } = {},
): Promise<HeapSample[]> {
  const target = options.heapRequests ?? HEAP_REQUESTS
  const every = options.heapSampleEvery ?? HEAP_SAMPLE_EVERY
  const deadline = performance.now() + (options.maxHeapMs ?? MAX_HEAP_MS)
  const left = () => Math.max(MIN_BURST_MS, Math.min(MAX_BURST_MS, deadline - performance.now()))
  await burst(every, left())
  const samples: HeapSample[] = [{ requests: 0, heapUsed: await inspector.heapUsedAfterGc() }]
  let requests = 0
  while (requests < target && performance.now() < deadline) {
    requests += (await burst(Math.min(every, target - requests), left())).requests
    samples.push({ requests, heapUsed: await inspector.heapUsedAfterGc() })
  }
  return samples
}

/**
 * `amount` requests of closed-loop load (or fewer, when `maxMs` runs out first), as the latency
 * rounds send them; the server is watched, as in runRound. Nothing of it is recorded but the count.
 */
export async function loadRequests(server: StartedServer, endpoint: EndpointSpec, connections: number, amount: number, maxMs: number): Promise<{ requests: number }> {
  const headers = { ...endpoint.headers }
  let body: string | undefined
  if (endpoint.body !== undefined) {
    body = typeof endpoint.body === 'string' ? endpoint.body : JSON.stringify(endpoint.body)
    if (typeof endpoint.body !== 'string' && !Object.keys(headers).some((key) => key.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json'
  }
  let instance: autocannon.Instance | undefined
  const run = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: server.origin,
        connections: Math.max(1, Math.min(connections, amount)),
        amount,
        timeout: REQUEST_TIMEOUT_S,
        pipelining: 1,
        requests: [{ method: endpoint.method as autocannon.Request['method'], path: endpoint.path, headers, ...(body === undefined ? {} : { body }) }],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    )
  })
  const timer = setTimeout(() => instance?.stop(), maxMs)
  const crashed = server.exited.then((exit) => {
    instance?.stop()
    throw new UserError(messages.serverCrashed(server.command, exit.code, `heap-sampling load on ${endpointName(endpoint)}`, server.logTail()))
  })
  try {
    const result = await Promise.race([run, crashed])
    return { requests: result.requests.total + result.errors }
  } finally {
    clearTimeout(timer)
    crashed.catch(() => undefined)
  }
}

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'endpoint'
  )
}
