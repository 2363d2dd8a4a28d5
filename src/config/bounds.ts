import { readFileSync } from 'node:fs'
import type { Bounds } from './units.js'

const SECOND = 1000
const MINUTE = 60 * SECOND
/** measure/latency.ts gives a request this long; a slower one is a timeout (an error), never a latency. */
const REQUEST_TIMEOUT = 10 * SECOND

/**
 * The range of every number a user sets, in the unit its parser returns: bytes, milliseconds,
 * fractions, counts. action.yml's descriptions and the README's Inputs table say the same ranges.
 * Each range keeps what a team would really set and refuses what can only be a slip (a unit
 * left off, a digit too many) or a run that would hang or take hours.
 */
export const BOUNDS = {
  // A budget of 0 fails every file there is; no bundle a browser loads comes near 1 GB, so a bigger
  // budget budgets nothing (fail-on: regression gates on growth alone).
  bundleBudget: { min: 1, max: 1e9, from: '1B', to: '1GB', example: '500KB' },
  // Even a cold `npm start` answers within a second or two; a server still silent after 10 minutes
  // is stuck, and waiting longer only delays the same failure.
  readyTimeout: { min: SECOND, max: 10 * MINUTE, from: '1s', to: '10m', example: '30s' },
  // LHCI runs 3 and suggests 5 for a steadier median; the median's spread shrinks only with the
  // square root of the runs, while each run costs 10-20 s a page: 25 is already minutes a page.
  lighthouseRuns: { min: 1, max: 25, from: '1', to: '25', example: '3' },
  // The most runs per side while a page's verdicts are undecided; as many as lighthouse-runs turns measuring until decided off.
  lighthouseMaxRuns: { min: 1, max: 25, from: '1', to: '25', example: '9' },
  // Lighthouse's own default is 30 s; a page that has not painted in 2 minutes will not, and every
  // failed run is retried, so a longer wait multiplies.
  lighthouseFcpTimeout: { min: SECOND, max: 2 * MINUTE, from: '1s', to: '2m', example: '15s' },
  // Below 1 ms a p95 measures the in-process load generator more than the endpoint; above the
  // request timeout no response can be measured against it.
  p95Budget: { min: 1, max: REQUEST_TIMEOUT, from: '1ms', to: '10s', example: '200ms' },
  // A bare number is bytes, and no server runs in less than a megabyte: "200" meant 200MB. A
  // terabyte is beyond the memory of any runner.
  memoryBudget: { min: 1e6, max: 1e12, from: '1MB', to: '1TB', example: '200MB' },
  // The warm-up is a fifth of a round and a stress step a quarter; under half a second a round at
  // low throughput has too few responses for a p95. Every endpoint runs several rounds, so 10
  // minutes a round is already an hour-long job (longer soaks are a separate setting).
  loadDuration: { min: 500, max: 10 * MINUTE, from: '500ms', to: '10m', example: '10s' },
  // The load generator runs in perf-gate's own process, on one core: past a few hundred
  // connections it is the bottleneck, not the server. Peak is 2.5 times this and stress doubles
  // from there; the open-file limit is checked on top (highestConnections).
  connections: { min: 1, max: 1000, from: '1', to: '1000', example: '10' },
  // Each round is a quarter of load-duration (1 s or more) on each side, per endpoint; past 50 the
  // paired interval barely narrows while the job grows with every round.
  latencyRounds: { min: 1, max: 50, from: '1', to: '50', example: '6' },
  latencyMaxRounds: { min: 1, max: 50, from: '1', to: '50', example: '12' },
  // Extra runs and rounds beyond the fewest: none (fixed counts) up to half an hour of a job.
  samplingTimeout: { min: 0, max: 30 * MINUTE, from: '0s', to: '30m', example: '3m' },
  // A share of requests: nothing, or every one of them.
  errorRateBudget: { min: 0, max: 1, from: '0%', to: '100%', example: '1%' },
  // Each step doubles the load: 10 steps are 1024 times peak, more than one runner can hold open.
  stressSteps: { min: 0, max: 10, from: '0', to: '10', example: '4' },
  // Above the request timeout a p99 cannot be reached: slower requests count as errors instead.
  stressP99: { min: 1, max: REQUEST_TIMEOUT, from: '1ms', to: '10s', example: '1s' },
  // A soak is one long steady round for a scheduled job; past two hours a job nears GitHub's 6-hour limit with base and head.
  // The artifact listing stored reports are read from is bounded (1,000 artifacts); a trend of
  // more than 100 commits would not fit a comment's chart either.
  historySize: { min: 1, max: 100, from: '1', to: '100', example: '30' },
  // GitHub runs at most 256 jobs from one matrix.
  shards: { min: 1, max: 256, from: '1', to: '256', example: '4' },
  soakDuration: { min: 1000, max: 2 * 60 * MINUTE, from: '1s', to: '2h', example: '30m' },
  // Growth relative to the base: nothing, up to doubling. Past that the threshold lets through
  // every change a regression gate exists to catch.
  regressionThreshold: { min: 0, max: 1, from: '0%', to: '100%', example: '10%' },
  // Lighthouse's timing metrics (TBT can be 0). A budget past 2 minutes is a unit slip (a bare
  // number is milliseconds); Lighthouse stops waiting for a page long before.
  lighthouseTiming: { min: 0, max: 2 * MINUTE, from: '0ms', to: '2m', example: '2.5s' },
  // CLS: Google calls 0.25 poor; a budget above 1 (a whole viewport shifted) allows any page.
  lighthouseCls: { min: 0, max: 1, from: '0', to: '1', example: '0.1' },
  // The performance score, read as 0-1 or as a percentage 0-100.
  lighthouseScore: { min: 0, max: 100, from: '0', to: '100', example: '0.9' },
} as const satisfies Record<string, Bounds>

/** Peak load, as the performance workflow asks for it: 2-3× normal. */
const PEAK_FACTOR = 2.5

/** The connections of the peak scenario: 2.5× normal, and always more than normal. */
export function peakConnections(connections: number): number {
  return Math.max(connections + 1, Math.round(connections * PEAK_FACTOR))
}

/** The most connections the load test holds open at once: peak load, doubled at each stress step. */
export function highestConnections(connections: number, stressSteps: number): number {
  return peakConnections(connections) * 2 ** stressSteps
}

/**
 * Open files a process needs besides one socket a connection: the runtime's own, stdio, the
 * server's output pipes, the resource sampler's /proc reads. Both perf-gate (the load generator)
 * and the server (which inherits the limit) hold one descriptor a connection.
 */
export const FILES_BESIDES_CONNECTIONS = 100

/**
 * This process's soft limit on open files, which the started server inherits. Node has no
 * getrlimit, so it is read from /proc/self/limits; undefined where there is none (macOS,
 * Windows) or the limit is unlimited. Past it, the load generator's connects fail and the run hangs.
 */
export function readOpenFileLimit(): number | undefined {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8')
      .split('\n')
      .find((candidate) => candidate.startsWith('Max open files'))
    const soft = line?.slice('Max open files'.length).trim().split(/\s+/)[0]
    return soft && /^\d+$/.test(soft) ? Number(soft) : undefined
  } catch {
    return undefined
  }
}
