import { resourcesUnavailable, unavailableWords } from '../../analyze/latency.js'
import type { EndpointLatency, RoundResult } from '../../model/measurements.js'
import type { Report } from '../../model/report.js'
import { limitRows, type Layout } from '../fit.js'
import { code, formatErrorRate, formatMs, formatRate, formatSize, plural } from '../format.js'

/** Load testing: each endpoint under normal, peak and stress load, and where it broke. */
export function loadTestingPhase(report: Report, layout: Layout): string {
  const endpoints = report.measurements.latency?.endpoints ?? []
  if (endpoints.length === 0) return ''
  const latency = report.measurements.latency
  const unavailable = latency && resourcesUnavailable(latency)
  const resourceCell = unavailable ? 'unavailable' : '—'
  // One line per endpoint in the open; every round of every scenario under a fold.
  const summary = endpoints.map((endpoint) => {
    const point = endpoint.stress?.breakingPoint
    const breaking = !endpoint.stress
      ? 'not stress-tested'
      : point && point.reason !== 'not-reached'
        ? `${plural(point.connections, 'connection')}, ${formatRate(point.throughput)}`
        : `none within ${plural(endpoint.stress.steps.length, 'step')}`
    return `| ${code(endpoint.name)} | ${formatMs(endpoint.normal.latency.p95)} | ${formatMs(endpoint.peak.latency.p95)} at ${endpoint.peak.connections} | ${breaking} |`
  })
  const lines = ['### Load testing', '', '| Endpoint | p95 normal | p95 peak (connections) | Breaking point |', '|:--|--:|--:|:--|', ...limitRows(summary, layout, 'endpoints')]
  lines.push('', '<details><summary>Every scenario: normal, peak, stress</summary>')
  for (const endpoint of endpoints.slice(0, layout.rows)) {
    lines.push('', `${code(endpoint.name)}:`, '', '| Scenario | Connections | p50 | p95 | p99 | Throughput | Errors | Server RSS | Server CPU |', '|:--|--:|--:|--:|--:|--:|--:|--:|--:|')
    lines.push(scenarioRow('normal', endpoint.normal, resourceCell), scenarioRow('peak', endpoint.peak, resourceCell))
    for (const [index, step] of (endpoint.stress?.steps ?? []).entries()) lines.push(scenarioRow(`stress ${index + 1}`, step, resourceCell))
    if (endpoint.soak) lines.push(scenarioRow(`soak (${formatMs(endpoint.soak.durationMs)})`, endpoint.soak, resourceCell))
    if (endpoint.stress) lines.push('', breakingPoint(endpoint))
  }
  if (endpoints.length > layout.rows) lines.push('', `…and the rounds of ${endpoints.length - layout.rows} more endpoints in the full report.`)
  lines.push('', '</details>')
  // What needs the server's process is said to be unavailable, not left as blank cells.
  if (unavailable) lines.push('', `Server ${unavailableWords('memory and CPU', unavailable)}; the memory budget is not evaluated.`)
  const rounds = endpoints.flatMap((endpoint) => [endpoint.normal, endpoint.peak, ...(endpoint.stress?.steps ?? []), ...(endpoint.soak ? [endpoint.soak] : [])])
  if (rounds.some((round) => round.saturated)) lines.push('', '⚪ the load generator was CPU-bound in a round: its latencies include the generator’s own waiting.')
  return lines.join('\n')
}

function scenarioRow(label: string, round: RoundResult, notSampled: string): string {
  const rss = round.server ? formatSize(round.server.peakRss) : notSampled
  const cpu = round.server ? `${round.server.meanCpu.toFixed(2)} cores` : notSampled
  const saturated = round.saturated ? ' ⚪' : ''
  return `| ${label}${saturated} | ${round.connections} | ${formatMs(round.latency.p50)} | ${formatMs(round.latency.p95)} | ${formatMs(round.latency.p99)} | ${formatRate(round.throughput)} | ${formatErrorRate(round.errorRate)} | ${rss} | ${cpu} |`
}

function breakingPoint(endpoint: EndpointLatency): string {
  const point = endpoint.stress?.breakingPoint
  if (!point) return ''
  const at = `${point.connections} connections, ${formatRate(point.throughput)}, p99 ${formatMs(point.p99)}`
  switch (point.reason) {
    case 'error-rate':
      return `Breaking point: ${at}; one step more and errors passed the error-rate budget.`
    case 'latency':
      return `Breaking point: ${at}; one step more and p99 passed the stress bound.`
    case 'throughput-plateau':
      return `Breaking point: ${at}; more connections added no throughput, only waiting.`
    default:
      return `No breaking point within ${endpoint.stress?.steps.length ?? 0} stress steps: the server sustained ${at}.`
  }
}
