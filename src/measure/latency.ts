import autocannon from 'autocannon'
import * as hdr from 'hdr-histogram-js'
import { peakConnections } from '../config/bounds.js'
import { endpointName, type EndpointSpec } from '../config/settings.js'
import { meanServerTiming, pastTheLimit } from '../analyze/loadRounds.js'
import { P95_FLOOR_MS } from '../analyze/latency.js'
import { comparePaired, suspectedRegression } from '../analyze/stats.js'
import { UserError, messages } from '../errors.js'
import { ResourceSampler, resourcesAvailable } from './resources.js'
import type { EndpointLatency, LatencyMeasurement, RoundResult, StressResult } from '../model/measurements.js'
import { requestPathOnServer, type SamplingBudget } from './room.js'
import type { AppServer, StartedServer } from './server.js'

export interface LoadSettings {
  connections: number
  loadDurationMs: number
  p95Budget: number
  errorRateBudget: number
  stressSteps: number
  stressP99Ms: number
  /** Rounds per side when a rebuilt base server is compared: at least these. */
  pairedRounds: number
  /** Rounds per side at most, while the comparison is undecided (measure until decided). */
  maxPairedRounds?: number
  /** regression-threshold: what the paired rounds must decide about. */
  regressionThreshold?: number
  /** The time left for rounds beyond the fewest, shared by every measurement of a run. */
  sampling?: SamplingBudget
  /** Record every sample too (tests and the benchmark compare the histogram with them). */
  keepSamples?: boolean
}

/** Above this many cores of CPU the in-process load generator is the bottleneck. */
const SATURATED_CPU = 0.9
const REQUEST_TIMEOUT_S = 10

/**
 * What watches a counted round from outside the load generator (the database's statements): told
 * before the round starts, and after it ends with the round it saw. Rounds run one at a time, so
 * what it sees between the two belongs to that round and side.
 */
export interface RoundWatch {
  before(): Promise<void>
  after(endpoint: string, side: 'head' | 'base', round: RoundResult): Promise<void>
}

/**
 * Normal, peak and stress load on every endpoint, one endpoint after another, against the server
 * that is already running. With the rebuilt base's server, the base gets the same normal and peak
 * rounds, in turn with the head's (head first on one endpoint, base first on the next), so that
 * every figure a budget reads (p95, errors, memory) is measured on both sides; then the paired
 * rounds. Stress goes last, on the head only, once every endpoint's counted rounds are done: it is
 * meant to break things, and a server that has been pushed past its limit holds more memory.
 * The server is watched throughout: if it dies, the measurement stops with its log, rather than
 * reporting a wall of connection errors as latency. A watch sees the head's normal round, or, with
 * a rebuilt base, each side's paired rounds, so that both sides compare.
 */
export async function measureLatency(
  endpoints: readonly EndpointSpec[],
  server: AppServer,
  settings: LoadSettings,
  progress: (message: string) => void,
  base?: StartedServer,
  watch?: RoundWatch,
): Promise<{ head: LatencyMeasurement; base?: LatencyMeasurement }> {
  const paired = base !== undefined && settings.pairedRounds > 0
  const results: EndpointLatency[] = []
  const baseResults: EndpointLatency[] = []
  const peakLoad = peakConnections(settings.connections)
  const stressStepMs = Math.max(1000, Math.round(settings.loadDurationMs / 4))
  for (const [index, endpoint] of endpoints.entries()) {
    const name = endpointName(endpoint)
    const on = (target: AppServer, side: string) => (connections: number, durationMs: number, label: string) =>
      runRound(target, endpoint, connections, durationMs, `${side}${label} load on ${name}`, settings.keepSamples)
    const headRound = on(server, '')
    const baseRound = base && on(base, 'base ')
    // Warm-up: JIT, caches and connection pools settle; nothing of it is recorded.
    const warmUpMs = Math.min(1000, Math.max(200, settings.loadDurationMs / 5))
    await headRound(settings.connections, warmUpMs, 'warm-up')
    if (baseRound) await baseRound(settings.connections, warmUpMs, 'warm-up')
    const headFirst = index % 2 === 0
    let baseNormal: RoundResult | undefined
    if (baseRound && !headFirst) baseNormal = await baseRound(settings.connections, settings.loadDurationMs, 'normal')
    if (!paired) await watch?.before()
    const normal = await headRound(settings.connections, settings.loadDurationMs, 'normal')
    if (!paired) await watch?.after(name, 'head', normal)
    if (baseRound && headFirst) baseNormal = await baseRound(settings.connections, settings.loadDurationMs, 'normal')
    progress(
      `${name}: normal (${settings.connections} connections) p95 ${normal.latency.p95.toFixed(1)} ms, ${Math.round(normal.throughput)} req/s${baseNormal ? `; base p95 ${baseNormal.latency.p95.toFixed(1)} ms` : ''}`,
    )
    let basePeak: RoundResult | undefined
    if (baseRound && headFirst) basePeak = await baseRound(peakLoad, settings.loadDurationMs, 'peak')
    const peak = await headRound(peakLoad, settings.loadDurationMs, 'peak')
    if (baseRound && !headFirst) basePeak = await baseRound(peakLoad, settings.loadDurationMs, 'peak')
    progress(`${name}: peak (${peakLoad} connections) p95 ${peak.latency.p95.toFixed(1)} ms, ${Math.round(peak.throughput)} req/s${basePeak ? `; base p95 ${basePeak.latency.p95.toFixed(1)} ms` : ''}`)

    const p95Budget = endpoint.p95Budget ?? settings.p95Budget
    const result: EndpointLatency = { name, method: endpoint.method, path: endpoint.path, p95Budget, normal, peak }
    if (baseNormal && basePeak) baseResults.push({ name, method: endpoint.method, path: endpoint.path, p95Budget, normal: baseNormal, peak: basePeak })
    if (base && paired) {
      result.paired = await pairedRounds(endpoint, server, base, settings, watch)
      const rounds = result.paired.head.length
      progress(
        `${name}: p95 base ${result.paired.base.map((ms) => ms.toFixed(1)).join(', ')} ms; head ${result.paired.head.map((ms) => ms.toFixed(1)).join(', ')} ms${rounds > settings.pairedRounds ? ` (${rounds} rounds to decide)` : ''}`,
      )
    }
    results.push(result)
  }
  if (settings.stressSteps > 0) {
    for (const [index, endpoint] of endpoints.entries()) {
      const result = results[index] as EndpointLatency
      const round = (connections: number) => runRound(server, endpoint, connections, stressStepMs, `stress load on ${result.name}`, settings.keepSamples)
      result.stress = await stress(result.peak, settings, round)
      const point = result.stress.breakingPoint
      progress(`${result.name}: stress breaking point ${point.connections} connections, ${Math.round(point.throughput)} req/s (${point.reason})`)
    }
  }
  // A target-url's processes are not perf-gate's to sample: its memory and CPU are unavailable.
  if (server.kind === 'target') return { head: { resourcesMeasured: false, target: server.origin, endpoints: results } }
  const measured = resourcesAvailable()
  const counted = (rounds: readonly EndpointLatency[]) => rounds.flatMap((endpoint) => [endpoint.normal.server?.counted, endpoint.peak.server?.counted]).find((entry) => entry !== undefined)
  const side = (rounds: EndpointLatency[], started: StartedServer): LatencyMeasurement => {
    const which = counted(rounds)
    return { startupMs: started.startupMs, resourcesMeasured: measured, ...(which ? { counted: which } : {}), endpoints: rounds }
  }
  return { head: side(results, server), ...(base && baseResults.length > 0 ? { base: side(baseResults, base) } : {}) }
}

/**
 * Short normal-load rounds on the base and the head in turn, head-base then base-head (ABBA), so
 * that whatever else the machine does lands on both sides alike. Each round gives one p95. At
 * least `pairedRounds` pairs; then, while they suspect a regression they cannot yet claim (see
 * suspectedRegression), one more pair at a time, up to `maxPairedRounds` and while the run's
 * sampling budget lasts: tachometer's auto-sampling, stopped as soon as more rounds could not
 * change what the check says.
 */
export async function pairedRounds(endpoint: EndpointSpec, head: AppServer, base: StartedServer, settings: LoadSettings, watch?: RoundWatch): Promise<{ base: number[]; head: number[] }> {
  const durationMs = Math.max(1000, Math.round(settings.loadDurationMs / 4))
  const name = endpointName(endpoint)
  const servers = { head, base }
  const warmUp = (side: 'head' | 'base') => runRound(servers[side], endpoint, settings.connections, durationMs, `${side} warm-up comparison load on ${name}`)
  const pairs = { base: [] as number[], head: [] as number[] }
  const counted = async (side: 'head' | 'base') => {
    await watch?.before()
    const round = await runRound(servers[side], endpoint, settings.connections, durationMs, `${side} comparison load on ${name}`)
    await watch?.after(name, side, round)
    pairs[side].push(round.latency.p95)
  }
  // Both sides start warm.
  await warmUp('base')
  await warmUp('head')
  const most = Math.max(settings.pairedRounds, settings.maxPairedRounds ?? settings.pairedRounds)
  for (let index = 0; index < most; index++) {
    const extra = index >= settings.pairedRounds
    if (extra && (!p95Undecided(pairs, settings) || (settings.sampling?.leftMs ?? 0) <= 0)) break
    const started = performance.now()
    for (const side of index % 2 === 0 ? (['head', 'base'] as const) : (['base', 'head'] as const)) await counted(side)
    if (extra && settings.sampling) settings.sampling.leftMs -= performance.now() - started
  }
  return pairs
}

/** Whether the rounds so far suspect a p95 regression they cannot yet claim: more rounds could confirm it. */
function p95Undecided(pairs: { base: number[]; head: number[] }, settings: LoadSettings): boolean {
  return suspectedRegression(comparePaired(pairs.base, pairs.head, { threshold: settings.regressionThreshold ?? 0.1, floor: P95_FLOOR_MS }))
}

/** Doubles the connections from peak until errors, p99 or a throughput plateau say the server is at its limit. */
async function stress(peak: RoundResult, settings: LoadSettings, round: (connections: number) => Promise<RoundResult>): Promise<StressResult> {
  const steps: RoundResult[] = []
  let sustained = peak
  let reason: StressResult['breakingPoint']['reason'] = 'not-reached'
  let connections = peak.connections
  for (let step = 0; step < settings.stressSteps; step++) {
    connections *= 2
    const result = await round(connections)
    steps.push(result)
    reason = pastTheLimit(result, sustained, settings) ?? 'not-reached'
    if (reason !== 'not-reached') break
    sustained = result
  }
  return {
    steps,
    breakingPoint: { connections: sustained.connections, throughput: sustained.throughput, p99: sustained.latency.p99, reason },
  }
}

/** One round of closed-loop load with every response recorded in microseconds. */
export async function runRound(server: AppServer, endpoint: EndpointSpec, connections: number, durationMs: number, during: string, keepSamples = false): Promise<RoundResult & { samples?: number[] }> {
  // 1 µs to 1 h at 3 significant digits: any percentile within 0.1% of the exact order statistic.
  const histogram = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 3_600_000_000, numberOfSignificantValueDigits: 3 })
  const samples: number[] = []
  const statusCodes: Record<string, number> = {}
  // Server-Timing headers are counted as they come and parsed after the round: parsing each of
  // tens of thousands of responses per second would take the load generator's own time.
  const timingHeaders = new Map<string, number>()
  const expected = (status: number) => (endpoint.status === undefined ? status >= 200 && status < 300 : status === endpoint.status)
  let ok = 0
  let unexpectedStatus = 0

  const headers = { ...endpoint.headers }
  let body: string | undefined
  if (endpoint.body !== undefined) {
    body = typeof endpoint.body === 'string' ? endpoint.body : JSON.stringify(endpoint.body)
    if (typeof endpoint.body !== 'string' && !Object.keys(headers).some((key) => key.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json'
  }

  const setupClient = (client: autocannon.Client) => {
    let serverTiming: string | undefined
    // autocannon passes the HTTP parser's record here (raw headers as a flat list), not the
    // IncomingHttpHeaders its type definitions promise.
    ;(client as NodeJS.EventEmitter).on('headers', (info: { headers?: string[] }) => {
      serverTiming = serverTimingHeader(info.headers)
    })
    client.on('response', (status: number, _bytes: number, responseTimeMs: number) => {
      statusCodes[status] = (statusCodes[status] ?? 0) + 1
      if (!expected(status)) {
        unexpectedStatus++
        return
      }
      ok++
      const micros = Math.max(1, Math.round(responseTimeMs * 1000))
      histogram.recordValue(micros)
      if (keepSamples) samples.push(micros)
      if (serverTiming) timingHeaders.set(serverTiming, (timingHeaders.get(serverTiming) ?? 0) + 1)
    })
  }

  const cpuBefore = process.cpuUsage()
  const started = performance.now()
  const own = server.kind === 'started' ? server : undefined
  const sampler = own && resourcesAvailable() ? new ResourceSampler(own.pid, own.port).start() : undefined
  let instance: autocannon.Instance | undefined
  const run = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: server.origin,
        connections,
        duration: durationMs / 1000,
        timeout: REQUEST_TIMEOUT_S,
        pipelining: 1,
        requests: [{ method: endpoint.method as autocannon.Request['method'], path: requestPathOnServer(server, endpoint.path), headers, ...(body === undefined ? {} : { body }) }],
        setupClient,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    )
  })
  // A started server is watched: if it dies, the round stops with its log. A target-url is not perf-gate's to watch.
  const crashed = own
    ? own.exited.then((exit) => {
        instance?.stop()
        throw new UserError(messages.serverCrashed(own.command, exit.code, during, own.logTail()))
      })
    : new Promise<never>(() => {})
  let result: autocannon.Result
  try {
    result = await Promise.race([run, crashed])
  } finally {
    crashed.catch(() => undefined)
  }
  const elapsedMs = performance.now() - started
  const cpu = process.cpuUsage(cpuBefore)
  const resources = sampler?.stop()
  if (own?.hasExited()) {
    throw new UserError(messages.serverCrashed(own.command, null, during, own.logTail()))
  }

  const timeouts = result.timeouts
  const errors = Math.max(0, result.errors - timeouts)
  const requests = ok + unexpectedStatus + errors + timeouts
  const generatorCpu = (cpu.user + cpu.system) / 1000 / elapsedMs
  const measuredMs = result.duration * 1000 || elapsedMs
  const percentile = (p: number) => (ok === 0 ? 0 : histogram.getValueAtPercentile(p) / 1000)
  const round: RoundResult & { samples?: number[] } = {
    connections,
    durationMs: measuredMs,
    requests,
    ok,
    unexpectedStatus,
    errors,
    timeouts,
    errorRate: requests === 0 ? 1 : (unexpectedStatus + errors + timeouts) / requests,
    throughput: ok / (measuredMs / 1000),
    latency: { p50: percentile(50), p90: percentile(90), p95: percentile(95), p99: percentile(99), max: ok === 0 ? 0 : histogram.maxValue / 1000, mean: ok === 0 ? 0 : histogram.mean / 1000 },
    statusCodes,
    serverTiming: meanServerTiming(timingHeaders),
    generatorCpu,
    saturated: generatorCpu >= SATURATED_CPU,
    ...(resources ? { server: resources } : {}),
  }
  if (keepSamples) round.samples = samples
  histogram.destroy()
  return round
}

/** Raw headers come as [name, value, name, value, …]. */
function serverTimingHeader(raw: string[] | undefined): string | undefined {
  if (!raw) return undefined
  for (let index = 0; index < raw.length - 1; index += 2) {
    if (raw[index]?.toLowerCase() === 'server-timing') return raw[index + 1]
  }
  return undefined
}
