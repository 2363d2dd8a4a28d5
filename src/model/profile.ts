// The Code phase's data (issue 15): what the server's CPU time went to during a profiled round, and
// whether its heap grew with the requests it served. Plain data: measure/ fills it in, analyze/
// reduces it, report/ renders it.

/** What `profile` asks for: nothing, a CPU profile, heap sampling, or both. */
export type ProfileKind = 'cpu' | 'heap'

/** A function of the server by the CPU time spent in it (self time: not in what it called). */
export interface HotFunction {
  /** As V8 names it; `(anonymous)` for a function without a name. */
  functionName: string
  /**
   * The file relative to the project root (`src/app.js`), the URL as it is for Node's internals
   * (`node:internal/http`), an absolute path for a file outside the project, or `''` for native code.
   */
  file: string
  /** 1-based; 0 when V8 gives no line (native code). */
  line: number
  selfMs: number
  /** Of the samples in which the server was on the CPU (see CpuProfileSummary): 0–1. */
  share: number
}

/**
 * One CPU profile reduced to its hottest functions. Shares are of the busy samples: every sample
 * except `(idle)`, so that they say where the server's CPU time went, not how loaded the round kept
 * it. `(program)` (V8 and native code outside any JS function) and `(garbage collector)` are CPU
 * time, so they count in that total, but they are no function to fix and are reported on their own.
 */
export interface CpuProfileSummary {
  /** Every sample, idle included. */
  samples: number
  /** Samples in which the server was on the CPU: the shares' denominator. */
  busySamples: number
  durationMs: number
  /** Of all samples. */
  idleShare: number
  /** Of the busy samples. */
  gcShare: number
  /** Of the busy samples. */
  programShare: number
  /** The hottest functions by self time, hottest first. */
  top: HotFunction[]
}

/** One reading of the heap: after this many completed requests, this many bytes used after a full GC. */
export interface HeapSample {
  requests: number
  heapUsed: number
}

export interface HeapSamples {
  samples: HeapSample[]
}

/**
 * The heap's growth with the requests served: the least-squares slope, in bytes per 1,000 requests,
 * with a bootstrap interval. A possible leak when the whole interval is above the floor.
 */
export interface LeakFinding {
  slopeBytesPer1000: number
  interval: [number, number]
  confidence: number
  floorBytesPer1000: number
  possible: boolean
  /** How many heap samples, and the requests they span. */
  samples: number
  requests: number
}

/** A function that took a larger share of the CPU on the head than on the base. */
export interface HotFunctionChange {
  functionName: string
  file: string
  /** The head's line. */
  line: number
  /** Undefined when the function was not among the base's hottest. */
  baseShare?: number
  headShare: number
  /** `new`: not in the base's top at all; `hotter`: its share rose by at least the threshold. */
  status: 'new' | 'hotter'
}

/** One side's profiled round of one endpoint, as measured. */
export interface EndpointProfile {
  endpoint: string
  cpu?: CpuProfileSummary
  /** The raw `.cpuprofile` written for the artifact (open it in Chrome DevTools or speedscope). */
  cpuProfileFile?: string
  /** The profiled round itself, kept apart from the counted ones: what the profiler's overhead did to it. */
  profiledRound?: { requests: number; p95: number; throughput: number }
  heap?: HeapSamples
  leak?: LeakFinding
  /** Written only when `leak.possible`. */
  heapSnapshotFile?: string
}

/** What the profiled rounds measured on one side; `note` when they could not run (a non-Node server, no inspector). */
export interface ProfileMeasurement {
  kinds: ProfileKind[]
  endpoints: EndpointProfile[]
  note?: string
}

/** The Code phase's input: each endpoint's head profile, the base's when there is one, and what got hotter. */
export interface CodeAnalysis {
  kinds: ProfileKind[]
  endpoints: Array<{ endpoint: string; head: EndpointProfile; base?: EndpointProfile; hotter: HotFunctionChange[] }>
  /** One line each, e.g. the server is not a Node process. */
  notes: string[]
}
