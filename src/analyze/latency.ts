import type { FailOn } from '../model/settings.js'
import type { EndpointLatency, LatencyMeasurement, RoundResult } from '../model/measurements.js'
import { comparePaired } from './stats.js'
import { changeTarget } from './verdict.js'
import type { TargetResult, EndpointBottleneck, EndpointComparison, EndpointSummary, Unavailable } from '../model/analysis.js'

export interface LatencyBudgets {
  errorRateBudget: number
  memoryBudget: number
}

/** The rounds that count as "under load" for budgets: normal and peak. Stress is meant to break things. */
function loadRounds(endpoint: EndpointLatency): RoundResult[] {
  return [endpoint.normal, endpoint.peak]
}

/** Errors of normal and peak load together, as one rate. */
export function errorRateUnderLoad(endpoint: EndpointLatency): number {
  const rounds = loadRounds(endpoint)
  const requests = rounds.reduce((sum, round) => sum + round.requests, 0)
  const failed = rounds.reduce((sum, round) => sum + round.unexpectedStatus + round.errors + round.timeouts, 0)
  return requests === 0 ? 1 : failed / requests
}

/** Why something that needs the server's process was not measured, as every surface says it after "unavailable — ". */
export const UNAVAILABLE_BECAUSE: Record<Unavailable, string> = {
  'target-url': 'target-url is a server perf-gate did not start',
  'no-proc': 'this platform has no /proc to sample the server from',
}

/** "memory and CPU: unavailable — target-url is a server perf-gate did not start". */
export function unavailableWords(what: string, reason: Unavailable): string {
  return `${what}: unavailable — ${UNAVAILABLE_BECAUSE[reason]}`
}

/** Why the server's memory and CPU were not sampled, or undefined when they were. */
export function resourcesUnavailable(latency: Pick<LatencyMeasurement, 'target' | 'resourcesMeasured'>): Unavailable | undefined {
  if (latency.target !== undefined) return 'target-url'
  return latency.resourcesMeasured ? undefined : 'no-proc'
}

/** Peak RSS of the server tree over every normal and peak round; undefined where it was not measured. */
export function peakRssUnderLoad(latency: LatencyMeasurement): number | undefined {
  const peaks = latency.endpoints.flatMap(loadRounds).flatMap((round) => (round.server ? [round.server.peakRss] : []))
  return peaks.length === 0 ? undefined : Math.max(...peaks)
}

/**
 * Per endpoint: p95 at normal load within its budget, errors within the error-rate budget; for the
 * server: peak memory, or, when its process could not be sampled (a target-url, no /proc), a memory
 * target that is unavailable: neither met nor failed. A p95 over budget measured while the load
 * generator was CPU-bound is inconclusive: the generator's own queueing is in that number. (Under
 * budget it still passes: the true latency is no higher.)
 */
export function validateLatency(latency: LatencyMeasurement, budgets: LatencyBudgets, failOn: FailOn): TargetResult[] {
  const targets: TargetResult[] = []
  for (const endpoint of latency.endpoints) {
    const p95 = endpoint.normal.latency.p95
    const overBudget = p95 > endpoint.p95Budget || endpoint.normal.ok === 0
    targets.push({
      kind: 'latency-p95',
      subject: endpoint.name,
      target: endpoint.p95Budget,
      actual: p95,
      passed: !overBudget,
      ...(overBudget && endpoint.normal.saturated && endpoint.normal.ok > 0 ? { inconclusive: true } : {}),
      blocking: failOn.budget,
    })
    const errorRate = errorRateUnderLoad(endpoint)
    targets.push({ kind: 'error-rate', subject: endpoint.name, target: budgets.errorRateBudget, actual: errorRate, passed: errorRate <= budgets.errorRateBudget, blocking: failOn.budget })
  }
  const peakRss = peakRssUnderLoad(latency)
  const unavailable = resourcesUnavailable(latency)
  if (unavailable && latency.endpoints.length > 0) {
    // Nothing measured it: `actual` is no reading, and the target neither passes nor fails.
    targets.push({ kind: 'memory', subject: 'server', target: budgets.memoryBudget, actual: 0, passed: false, unavailable, blocking: failOn.budget })
  } else if (peakRss !== undefined) {
    targets.push({ kind: 'memory', subject: 'server', target: budgets.memoryBudget, actual: peakRss, passed: peakRss <= budgets.memoryBudget, blocking: failOn.budget })
  }
  return targets
}

/** Share of the mean response time that Server-Timing attributes to the database. */
export const DATABASE_METRIC = /^(db|database|sql|query|pg|postgres|mysql|mongo)/i

const TOP = 5

export function findLatencyBottlenecks(latency: LatencyMeasurement): EndpointBottleneck[] {
  return [...latency.endpoints]
    .sort((a, b) => b.normal.latency.p95 - a.normal.latency.p95)
    .slice(0, TOP)
    .map((endpoint) => {
      const { serverTiming, latency: stats, throughput } = endpoint.normal
      const db = Object.entries(serverTiming)
        .filter(([name]) => DATABASE_METRIC.test(name))
        .reduce((sum, [, ms]) => sum + ms, 0)
      return {
        kind: 'slow-endpoint',
        subject: endpoint.name,
        p95: stats.p95,
        throughput,
        serverTiming,
        ...(db > 0 && stats.mean > 0 ? { dbShare: Math.min(1, db / stats.mean) } : {}),
      }
    })
}

/** p95 changes smaller than this (ms) never count, however sure: 1 ms → 2 ms is not "+100%". */
export const P95_FLOOR_MS = 2

/**
 * Each endpoint's normal-load figures beside the base's own (its normal round in this job, or the
 * stored report's); with paired rounds, the judged p95 change, whose two medians are what the
 * comparison shows as the p95 "base → head".
 */
export function compareEndpoints(head: LatencyMeasurement | undefined, base: LatencyMeasurement | undefined, threshold: number): EndpointComparison[] {
  if (!head) return []
  const summary = ({ normal }: EndpointLatency): EndpointSummary => ({
    p50: normal.latency.p50,
    p95: normal.latency.p95,
    p99: normal.latency.p99,
    throughput: normal.throughput,
    errorRate: normal.errorRate,
  })
  const baseByName = new Map((base?.endpoints ?? []).map((endpoint) => [endpoint.name, endpoint]))
  return head.endpoints.map((endpoint): EndpointComparison => {
    const comparison: EndpointComparison = { name: endpoint.name, head: summary(endpoint) }
    const before = baseByName.get(endpoint.name)
    if (before) comparison.base = summary(before)
    if (endpoint.paired && endpoint.paired.base.length > 0) comparison.p95Change = comparePaired(endpoint.paired.base, endpoint.paired.head, { threshold, floor: P95_FLOOR_MS })
    return comparison
  })
}

/** A judged p95 change becomes a regression target; `fail-on: regression` makes it blocking. */
export function validateLatencyChanges(endpoints: readonly EndpointComparison[], threshold: number, failOn: FailOn): TargetResult[] {
  return endpoints.flatMap((endpoint): TargetResult[] => {
    const change = endpoint.p95Change
    if (!change) return []
    return [changeTarget('latency-regression', endpoint.name, undefined, change, threshold, failOn)]
  })
}
