import type { RoundResult, StressResult } from '../model/measurements.js'

// The arithmetic of load rounds, apart from the load generator: pure, tested on literal rounds.

/** A stress step must add this much throughput over the best so far, or the server has plateaued. */
const PLATEAU_GAIN = 1.05

/**
 * Why a stress step is past what the server sustains — errors over the budget, a p99 over the
 * stress limit, or no more throughput than the last sustained step — or undefined when it held.
 */
export function pastTheLimit(
  step: RoundResult,
  sustained: RoundResult,
  limits: { errorRateBudget: number; stressP99Ms: number },
): Exclude<StressResult['breakingPoint']['reason'], 'not-reached'> | undefined {
  if (step.errorRate > limits.errorRateBudget) return 'error-rate'
  if (step.latency.p99 > limits.stressP99Ms) return 'latency'
  if (step.throughput < sustained.throughput * PLATEAU_GAIN) return 'throughput-plateau'
  return undefined
}

/** The mean `dur` of each metric over the responses whose header carried it, from header → response count. */
export function meanServerTiming(headers: ReadonlyMap<string, number>): Record<string, number> {
  const totals = new Map<string, { sum: number; count: number }>()
  for (const [header, responses] of headers) {
    for (const [name, duration] of parseServerTiming(header)) {
      const total = totals.get(name) ?? { sum: 0, count: 0 }
      total.sum += duration * responses
      total.count += responses
      totals.set(name, total)
    }
  }
  return Object.fromEntries([...totals].map(([name, total]) => [name, total.sum / total.count]))
}

/** `db;dur=53, cache;desc="Cache Read";dur=23.2` → [['db', 53], ['cache', 23.2]]; metrics without dur are skipped. */
export function parseServerTiming(header: string): Array<[string, number]> {
  const entries: Array<[string, number]> = []
  for (const metric of header.split(',')) {
    const [name, ...params] = metric.split(';').map((part) => part.trim())
    if (!name) continue
    const duration = params.map((param) => /^dur\s*=\s*"?([\d.]+)"?$/i.exec(param)?.[1]).find((value) => value !== undefined)
    if (duration !== undefined && Number.isFinite(Number(duration))) entries.push([name, Number(duration)])
  }
  return entries
}
