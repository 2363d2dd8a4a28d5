import { uniformDraws } from './stats.js'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CodeAnalysis, CpuProfileSummary, HeapSample, HotFunction, HotFunctionChange, LeakFinding, ProfileMeasurement } from '../model/profile.js'

/** The parts of a V8 `.cpuprofile` (Chrome DevTools Protocol `Profiler.Profile`) read here. */
interface RawProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>
  startTime: number
  endTime: number
  samples?: number[]
  timeDeltas?: number[]
}

const IDLE = '(idle)'
/** CPU time that is no JS function: counted in the busy total, reported on its own, never ranked. */
const PROGRAM = '(program)'
const GC = '(garbage collector)'
/** The call tree's root; it has no samples of its own, but a truncated profile could give it some. */
const ROOT = '(root)'

function isRawProfile(value: unknown): value is RawProfile {
  const profile = value as RawProfile | null
  return typeof profile === 'object' && profile !== null && Array.isArray(profile.nodes) && typeof profile.startTime === 'number' && typeof profile.endTime === 'number'
}

/** A script's URL as the report shows it: relative to the project, `node:` internals as they are, other URLs unchanged. */
export function displayFile(url: string, projectRoot: string): string {
  if (url === '') return ''
  let file: string | undefined
  if (url.startsWith('file://')) {
    try {
      file = fileURLToPath(url)
    } catch {
      return url
    }
  } else if (url.startsWith('/')) {
    file = url // CommonJS scripts may be reported by path.
  }
  if (file === undefined) return url
  const relative = path.relative(projectRoot, file)
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/')
}

/**
 * The hottest functions of a raw V8 CPU profile by self time. A sample belongs to the function on
 * top of the stack; samples are summed per (function, script, line), over every call path it was
 * reached by. A sample's time is the gap to the next sample (the last one's, to the profile's end),
 * as DevTools counts it. Shares are of the busy samples (all but `(idle)`): `(program)` and
 * `(garbage collector)` are the server's CPU time too, so they stay in that total, but they are
 * reported apart from the ranking since there is no line of the project to point at.
 */
export function hottestFunctions(profile: unknown, options: { projectRoot: string; top?: number }): CpuProfileSummary {
  const top = options.top ?? 10
  if (!isRawProfile(profile)) return { samples: 0, busySamples: 0, durationMs: 0, idleShare: 0, gcShare: 0, programShare: 0, top: [] }
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]))

  // Sample timestamps (µs): startTime plus the running sum of the deltas.
  const stamps = new Array<number>(samples.length)
  let at = profile.startTime
  for (let index = 0; index < samples.length; index++) {
    at += deltas[index] ?? 0
    stamps[index] = at
  }

  interface Tally {
    functionName: string
    url: string
    line: number
    count: number
    micros: number
  }
  const tallies = new Map<string, Tally>()
  let idle = 0
  let gc = 0
  let program = 0
  for (let index = 0; index < samples.length; index++) {
    const frame = byId.get(samples[index] as number)
    if (!frame) continue
    const next = index + 1 < samples.length ? (stamps[index + 1] as number) : profile.endTime
    const micros = Math.max(0, next - (stamps[index] as number))
    const name = frame.functionName
    if (name === IDLE) {
      idle++
      continue
    }
    if (name === GC) gc++
    else if (name === PROGRAM || name === ROOT) program++
    if (name === GC || name === PROGRAM || name === ROOT) continue
    const key = `${name}\u0000${frame.url}\u0000${frame.lineNumber}`
    const tally = tallies.get(key) ?? { functionName: name, url: frame.url, line: frame.lineNumber, count: 0, micros: 0 }
    tally.count++
    tally.micros += micros
    tallies.set(key, tally)
  }

  const busy = samples.length - idle
  const share = (count: number) => (busy === 0 ? 0 : count / busy)
  const ranked: HotFunction[] = [...tallies.values()]
    .sort((a, b) => b.count - a.count || b.micros - a.micros || a.functionName.localeCompare(b.functionName))
    .slice(0, top)
    .map((tally) => ({
      functionName: tally.functionName === '' ? '(anonymous)' : tally.functionName,
      file: displayFile(tally.url, options.projectRoot),
      line: tally.line >= 0 ? tally.line + 1 : 0,
      selfMs: tally.micros / 1000,
      share: share(tally.count),
    }))
  return {
    samples: samples.length,
    busySamples: busy,
    durationMs: Math.max(0, profile.endTime - profile.startTime) / 1000,
    idleShare: samples.length === 0 ? 0 : idle / samples.length,
    gcShare: share(gc),
    programShare: share(program),
    top: ranked,
  }
}

/** A share rise that counts: 5 percentage points of the busy samples. */
export const HOTTER_BY = 0.05

/**
 * What got hotter from base to head: each of the head's hottest functions whose share rose by at
 * least HOTTER_BY, or that is not among the base's hottest at all. A function is the same on both
 * sides by its name and file (edits move lines); anonymous functions, which a name cannot tell
 * apart, by their file and line. Largest rise first.
 */
export function compareHotFunctions(base: CpuProfileSummary, head: CpuProfileSummary, threshold = HOTTER_BY): HotFunctionChange[] {
  const anonymous = (fn: HotFunction) => fn.functionName === '(anonymous)'
  const key = (fn: HotFunction) => (anonymous(fn) ? `${fn.file}\u0000${fn.line}\u0000(anonymous)` : `${fn.functionName}\u0000${fn.file}`)
  const baseShares = new Map<string, number>()
  for (const fn of base.top) baseShares.set(key(fn), (baseShares.get(key(fn)) ?? 0) + fn.share)
  const changes: HotFunctionChange[] = []
  for (const fn of head.top) {
    const baseShare = baseShares.get(key(fn))
    const entry = { functionName: fn.functionName, file: fn.file, line: fn.line, headShare: fn.share }
    // Counted in whole percentage points (rounded to 1e-9) so that 0.10 → 0.15 is a rise of 5.
    if (baseShare === undefined) changes.push({ ...entry, status: 'new' })
    else if (Math.round((fn.share - baseShare) * 1e9) >= Math.round(threshold * 1e9)) changes.push({ ...entry, baseShare, status: 'hotter' })
  }
  return changes.sort((a, b) => b.headShare - (b.baseShare ?? 0) - (a.headShare - (a.baseShare ?? 0)))
}

/**
 * The floor of a possible leak, bytes per 1,000 requests: 256 kB, i.e. 256 B a request.
 *
 * Measured with bench/profile.mjs on Node 24.21 (a shared, busy 2-core machine): the leaky fixture
 * (`__tests__/fixtures/servers/leaky.mjs`, node:http, 10 connections), a fresh server each repeat,
 * the heap read after HeapProfiler.collectGarbage every 500 requests over 3,000 (7 samples), 20
 * repeats each. Keeping nothing (LEAK=0), the heap after a full GC still creeps a little (what V8
 * and node:http keep lazily: compiled code, inline caches, feedback): slopes of 15–20 kB per 1,000,
 * interval highs up to 37 kB, flagged in 0 of 20. Keeping 4 KB a request (LEAK=1): slopes of about
 * 4,170 kB per 1,000 with intervals about ±15 kB wide, flagged in 20 of 20. 256 kB is seven times
 * the highest interval end of the first and a sixteenth of the second: a server that keeps half a
 * kB a request is found in the same 3,000 requests too, and the creep is not.
 */
export const LEAK_FLOOR_BYTES_PER_1000 = 256_000

const CONFIDENCE = 0.95
const RESAMPLES = 2000
// Fixed, as in stats.ts: the same samples always give the same finding.
const SEED = 20_261_125

/** Least-squares slope of y over x, or undefined when every x is the same. */
function slope(xs: ArrayLike<number>, ys: ArrayLike<number>, count: number): number | undefined {
  let sumX = 0
  let sumY = 0
  for (let index = 0; index < count; index++) {
    sumX += xs[index] as number
    sumY += ys[index] as number
  }
  const meanX = sumX / count
  const meanY = sumY / count
  let sxy = 0
  let sxx = 0
  for (let index = 0; index < count; index++) {
    const dx = (xs[index] as number) - meanX
    sxy += dx * ((ys[index] as number) - meanY)
    sxx += dx * dx
  }
  return sxx === 0 ? undefined : sxy / sxx
}

/**
 * The heap's growth per 1,000 requests: the least-squares slope of heap-used-after-GC over the
 * requests completed, with a 95% bootstrap interval (the points resampled with replacement,
 * percentile method, seeded so a finding is repeatable). A possible leak when the interval's lower
 * end is above the floor: a slope that noise could explain is not one.
 */
export function heapSlope(samples: readonly HeapSample[], options: { floorBytesPer1000?: number } = {}): LeakFinding {
  const floor = options.floorBytesPer1000 ?? LEAK_FLOOR_BYTES_PER_1000
  const count = samples.length
  const xs = samples.map((sample) => sample.requests)
  const ys = samples.map((sample) => sample.heapUsed)
  const requests = count === 0 ? 0 : Math.max(...xs) - Math.min(...xs)
  const fitted = count >= 2 ? slope(xs, ys, count) : undefined
  if (fitted === undefined || count < 3) {
    return {
      slopeBytesPer1000: (fitted ?? 0) * 1000,
      interval: [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
      confidence: 0,
      floorBytesPer1000: floor,
      possible: false,
      samples: count,
      requests,
    }
  }
  const random = uniformDraws(SEED)
  const slopes: number[] = []
  const sampleX = new Float64Array(count)
  const sampleY = new Float64Array(count)
  for (let resample = 0; resample < RESAMPLES; resample++) {
    for (let index = 0; index < count; index++) {
      const pick = Math.floor(random() * count)
      sampleX[index] = xs[pick] as number
      sampleY[index] = ys[pick] as number
    }
    const value = slope(sampleX, sampleY, count)
    // A resample of one point repeated has no slope; it is left out (rare past a handful of points).
    if (value !== undefined) slopes.push(value)
  }
  slopes.sort((a, b) => a - b)
  const tail = (1 - CONFIDENCE) / 2
  const lo = (slopes[Math.floor(tail * slopes.length)] ?? Number.NEGATIVE_INFINITY) * 1000
  const hi = (slopes[Math.ceil((1 - tail) * slopes.length) - 1] ?? Number.POSITIVE_INFINITY) * 1000
  return { slopeBytesPer1000: fitted * 1000, interval: [lo, hi], confidence: CONFIDENCE, floorBytesPer1000: floor, possible: lo > floor, samples: count, requests }
}

/**
 * The Code phase's input from the profiled rounds of each side: per endpoint, the head's profile,
 * the base's (when the base was rebuilt and profiled too) and what got hotter; the sides' notes.
 */
export function analyzeProfiles(head: ProfileMeasurement | undefined, base?: ProfileMeasurement): CodeAnalysis | undefined {
  if (!head) return undefined
  const baseByEndpoint = new Map((base?.endpoints ?? []).map((profile) => [profile.endpoint, profile]))
  const notes = [head.note, base?.note && base.note !== head.note ? `base: ${base.note}` : undefined].filter((note): note is string => Boolean(note))
  return {
    kinds: head.kinds,
    endpoints: head.endpoints.map((profile) => {
      const baseProfile = baseByEndpoint.get(profile.endpoint)
      const hotter = profile.cpu && baseProfile?.cpu ? compareHotFunctions(baseProfile.cpu, profile.cpu) : []
      return { endpoint: profile.endpoint, head: profile, ...(baseProfile ? { base: baseProfile } : {}), hotter }
    }),
    notes,
  }
}
