import path from 'node:path'
import type { HistoryReach, TrendSeries } from '../../model/analysis.js'
import type { Report } from '../../model/report.js'
import { limitRows, type Layout } from '../fit.js'
import { code, plural } from '../format.js'
import { safeLink } from '../links.js'

/** Monitoring: the trend over the base branch, and where the files and the check run are. */
export function monitoringPhase(report: Report, layout: Layout): string {
  const pages = (report.measurements.lighthouse?.pages ?? []).filter((page) => page.htmlReport)
  const series = report.trend ?? []
  const artifact = safeLink(report.links?.artifact)
  const checkRun = safeLink(report.links?.checkRun)
  if (pages.length === 0 && series.length === 0 && !artifact && !checkRun && !report.measurements.composition?.treemap) return ''
  const lines = ['### Monitoring']
  if (series.length > 0) {
    lines.push('', trendReach(report.historyReach, series))
    for (const line of series) lines.push('', ...trendChart(line))
  }
  const treemap = report.measurements.composition?.treemap
  if (artifact) {
    const extras = [pages.length > 0 ? 'the Lighthouse HTML reports' : '', treemap ? `the bundle treemap (${code(path.basename(treemap))}, webpack-bundle-analyzer)` : ''].filter(Boolean)
    lines.push(
      '',
      `Files: the [report artifact](${artifact}) holds report.json, report.md, benchmark.json (github-action-benchmark's customSmallerIsBetter)${extras.length > 0 ? ` and ${extras.join(' and ')}` : ''}.`,
    )
  } else if (treemap) {
    lines.push('', `Bundle treemap (webpack-bundle-analyzer): ${code(treemap)}`)
  }
  if (checkRun) lines.push('', `The [check run](${checkRun}) on the head commit carries this report, with the failed budgets annotated on the lines that set them.`)
  if (pages.length > 0) {
    lines.push('', 'Lighthouse reports of the representative runs:', '')
    const links = pages.map((page) => `- ${code(page.name)}: ${artifact ? `${code(path.basename(page.htmlReport ?? ''))} in the artifact` : code(page.htmlReport ?? '')}`)
    lines.push(...limitRows(links, layout, 'pages'))
  }
  return lines.join('\n')
}

/**
 * How far back the trend reaches: "Trend over 30 earlier commits, back to `abc1234` (2026-11-02),
 * and this run", and, when fewer were found than history-size asks for, among how many commits.
 * A report written before the reach was kept says what its chart shows.
 */
function trendReach(reach: HistoryReach | undefined, series: readonly TrendSeries[]): string {
  if (!reach) {
    const commits = Math.max(...series.map((line) => line.points.length - 1))
    return `Trend over the ${plural(commits, 'most recent base-branch commit')} with a stored report, and this run:`
  }
  const oldest = reach.oldest ? `, back to ${code(reach.oldest.sha.slice(0, 7))}${reach.oldest.date ? ` (${reach.oldest.date})` : ''}` : ''
  const shortOf =
    reach.points < reach.size
      ? `; history-size asks for ${reach.size}, and ${reach.commitsLookedAt === 1 ? 'the 1 base-branch commit looked at has' : `the ${reach.commitsLookedAt} base-branch commits looked at have`} no more stored reports`
      : ''
  return `Trend over ${plural(reach.points, 'earlier commit')}${oldest}, and this run${shortOf}:`
}

/** A mermaid line chart, which GitHub draws in comments and summaries. Labels keep only plain characters. */
function trendChart(series: TrendSeries): string[] {
  const inKb = series.metric.unit === 'bytes'
  const value = (raw: number) => (inKb ? Math.round(raw / 100) / 10 : Math.round(raw))
  const unit = inKb ? 'kB' : 'ms'
  const title = `${series.metric.label}, ${unit}`.replace(/[^\w ,./:()-]/g, ' ').slice(0, 80)
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${title}"`,
    `  x-axis [${series.points.map((point) => `"${point.label.replace(/[^\w ]/g, '')}"`).join(', ')}]`,
    `  y-axis "${unit}"`,
    `  line [${series.points.map((point) => value(point.value)).join(', ')}]`,
    '```',
  ]
}
