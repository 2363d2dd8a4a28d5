import { databaseBottleneckImpact, databaseBottleneckWhat } from './database.js'
import type { RankedBottleneck } from '../../model/analysis.js'
import type { Report } from '../../model/report.js'
import { code, compressionLabel, escapeText, formatMetric, formatMs, formatPercent, formatRate, formatSignedPercent, formatSignedSize, formatSize } from '../format.js'

const TOP_BOTTLENECKS = 10

/** Bottlenecks: the findings ranked by their estimated impact on a user, the first TOP_BOTTLENECKS of them. */
export function bottlenecksPhase(report: Report): string {
  if (report.bottlenecks.length === 0) return ''
  const lines = ['### Bottlenecks', '', '| | Where | What | Estimated impact |', '|--:|:--|:--|--:|']
  report.bottlenecks.slice(0, TOP_BOTTLENECKS).forEach((item, index) => lines.push(`| ${index + 1} | ${code(item.subject)} | ${bottleneckWhat(item)} | ${bottleneckImpact(item)} |`))
  if (report.bottlenecks.length > TOP_BOTTLENECKS) lines.push('', `…and ${report.bottlenecks.length - TOP_BOTTLENECKS} more in report.json.`)
  lines.push('', `Ranked by estimated impact on a user: Lighthouse's estimated savings, an endpoint's p95, and bytes as download time on Lighthouse's mobile link (1.6 Mbps).`)
  return lines.join('\n')
}

function bottleneckWhat(item: RankedBottleneck): string {
  switch (item.kind) {
    case 'lighthouse-opportunity': {
      const bytes = item.savingsBytes > 0 ? `, ${formatSize(item.savingsBytes)} less to load` : ''
      return `Lighthouse: ${escapeText(item.title)}${bytes}${movesText(item.moves)}`
    }
    case 'slow-endpoint': {
      const split = Object.entries(item.serverTiming)
        .sort(([, a], [, b]) => b - a)
        .map(([metric, ms]) => `${code(metric)} ${formatMs(ms)}`)
      const db = item.dbShare === undefined ? '' : `; database ${formatPercent(item.dbShare)} of the response time`
      return `endpoint under load: p95 ${formatMs(item.p95)} at ${formatRate(item.throughput)}${split.length > 0 ? `; Server-Timing means ${split.join(', ')}` : ''}${db}`
    }
    case 'bundle-growth': {
      const share = item.share === undefined ? '' : ` (${formatSignedPercent(item.share)})`
      return `grew ${formatSignedSize(item.bytes)}${share} ${compressionLabel(item.compression)}`
    }
    case 'largest-file':
      return `large file: ${formatSize(item.bytes)} ${compressionLabel(item.compression)}${item.share === undefined ? '' : `, ${formatPercent(item.share)} of all bundles`}${item.growth ? `; grew ${formatSignedSize(item.growth.bytes)}${item.growth.change === undefined ? '' : ` (${formatSignedPercent(item.growth.change)})`}` : ''}`
    case 'largest-package':
      return `large package in ${code(item.asset)}: ${formatSize(item.bytes)}${item.gzip ? ` (${formatSize(item.gzip)} gzip)` : ''}${item.share === undefined ? '' : `, ${formatPercent(item.share)} of it`}`
    case 'package-growth':
      return `package grew in ${code(item.asset)}: ${formatSignedSize(item.bytes)}${item.share === undefined ? '' : ` (${formatSignedPercent(item.share)})`}`
    case 'database-query':
      return databaseBottleneckWhat(item)
    case 'largest-module':
      return `large module of the project in ${code(item.asset)}: ${formatSize(item.bytes)}${item.gzip ? ` (${formatSize(item.gzip)} gzip)` : ''}${item.share === undefined ? '' : `, ${formatPercent(item.share)} of it`}`
  }
}

function bottleneckImpact(item: RankedBottleneck): string {
  switch (item.kind) {
    case 'lighthouse-opportunity': {
      if (item.impactMs > 0) return `≈ ${formatMs(item.impactMs)} faster load`
      // No time saving: a layout shift costs none, and for third-party code or bytes alone Lighthouse estimates none.
      const cls = item.metricSavings?.CLS ?? 0
      return cls > 0 ? `CLS −${formatMetric('cls', cls)}` : 'no estimate'
    }
    case 'slow-endpoint':
      return `${formatMs(item.impactMs)} per request`
    case 'database-query':
      return databaseBottleneckImpact(item)
    default:
      return `≈ ${formatMs(item.impactMs)} to download`
  }
}

/** Which of Lighthouse's metrics a finding moves, so that a reader sees which failing target it is for. */
export function movesText(moves: readonly string[] | undefined): string {
  return moves && moves.length > 0 ? `; moves ${moves.join(', ')}` : ''
}
