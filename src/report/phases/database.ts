import type { DatabaseAnalysis, DatabaseBottleneck, DatabaseFinding, EndpointDatabase, QueryChange, QueryPlan } from '../../model/database.js'
import { FULL_LAYOUT, limitRows, type Layout } from '../fit.js'
import { code, escapeText, formatMs, formatPercent } from '../format.js'

/** Statements are untrusted text of any length: a code span of at most this many characters. */
const QUERY_CHARS = 120

/** A statement (or a plan's filter) as one code span, its whitespace collapsed and cut to QUERY_CHARS. */
export function queryCode(query: string, max = QUERY_CHARS): string {
  const flat = query.replace(/\s+/g, ' ').trim()
  return code(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat)
}

function perRequest(value: number): string {
  if (value >= 10) return String(Math.round(value))
  return value.toFixed(1)
}

/**
 * Database: per endpoint the statements that cost most per request (from pg_stat_statements,
 * reset before the measured round and read after it), what changed from the base, what their
 * generic plans found and the fix each suggests; or the note that says why there is nothing.
 */
export function databasePhase(analysis: DatabaseAnalysis | undefined, layout: Layout = FULL_LAYOUT): string {
  if (!analysis || (analysis.endpoints.length === 0 && !analysis.note)) return ''
  const lines = ['### Database']
  if (analysis.note) lines.push('', `⚪ ${escapeText(analysis.note)}`)
  for (const endpoint of analysis.endpoints.slice(0, layout.rows)) lines.push('', ...endpointSection(endpoint, layout))
  if (analysis.endpoints.length > layout.rows) lines.push('', `…and ${analysis.endpoints.length - layout.rows} more endpoints in the full report.`)
  return lines.join('\n')
}

function endpointSection(endpoint: EndpointDatabase, layout: Layout): string[] {
  const head = endpoint.head
  const base = endpoint.base
  const baseText = base ? ` (base: ${perRequest(base.callsPerRequest)} calls, ${formatMs(base.msPerRequest)})` : ''
  const lines = [
    `${code(endpoint.endpoint)}: ${perRequest(head.callsPerRequest)} statement calls and ${formatMs(head.msPerRequest)} of database time per request, ${formatPercent(head.share)} of the response time${baseText}.`,
  ]
  if (head.top.length === 0) {
    lines.push('', 'No statements were counted during the round.')
    return lines
  }
  const changes = new Map(endpoint.changes.filter((change) => change.kind !== 'gone').map((change) => [change.queryid, change]))
  const rows = head.top.map((query) => {
    const change = changes.get(query.queryid)
    return `| ${queryCode(query.query)} | ${perRequest(query.callsPerRequest)} | ${formatMs(query.meanMs)} | ${formatMs(query.totalMs)} | ${perRequest(query.rowsPerCall)} | ${formatPercent(query.share)} | ${change ? changeText(change) : base ? '—' : ''} |`
  })
  lines.push('', '| Statement | Calls per request | Mean | Total | Rows per call | Share of response | Base → head |', '|:--|--:|--:|--:|--:|--:|:--|', ...limitRows(rows, layout, 'statements'))
  const shown = new Set(head.top.map((query) => query.queryid))
  const offTable = endpoint.changes.filter((change) => change.kind === 'gone' || !shown.has(change.queryid))
  if (offTable.length > 0) {
    lines.push('')
    for (const change of offTable.slice(0, layout.rows)) lines.push(`- ${queryCode(change.query)}: ${changeText(change)}`)
  }
  if (endpoint.findings.length > 0) {
    lines.push('')
    for (const finding of endpoint.findings.slice(0, layout.rows)) lines.push(`- ${findingLine(finding)}`)
  }
  const plans = Object.entries(endpoint.plans)
  if (plans.length > 0) {
    lines.push('', '<details><summary>Generic plans of the top statements</summary>', '')
    const queries = new Map(head.top.map((query) => [query.queryid, query.query]))
    for (const [queryid, plan] of plans.slice(0, layout.rows)) lines.push(`- ${queryCode(queries.get(queryid) ?? queryid, 80)}: ${planText(plan)}`)
    lines.push('', '</details>')
  }
  return lines
}

function changeText(change: QueryChange): string {
  switch (change.kind) {
    case 'new':
      return `🆕 new: ${perRequest(change.head?.callsPerRequest ?? 0)} calls per request`
    case 'more-calls':
      return `🔺 calls per request ${perRequest(change.base?.callsPerRequest ?? 0)} → ${perRequest(change.head?.callsPerRequest ?? 0)}`
    case 'slower':
      return `🔺 mean ${formatMs(change.base?.meanMs ?? 0)} → ${formatMs(change.head?.meanMs ?? 0)}`
    case 'gone':
      return `no longer runs (was ${perRequest(change.base?.callsPerRequest ?? 0)} calls per request)`
  }
}

function findingLine(finding: DatabaseFinding): string {
  switch (finding.kind) {
    case 'n-plus-one':
      return `**N+1**: ${queryCode(finding.query)} runs ${perRequest(finding.callsPerRequest)} times per request (${formatMs(finding.msPerRequest)}); load the rows at once with a join, or with one query for all the keys (${code('= ANY($1)')}).`
    case 'sequential-scan': {
      const table = `${code(finding.table ?? '?')}${finding.tableRows === undefined ? '' : ` (${Math.round(finding.tableRows).toLocaleString('en-US')} rows)`}`
      const filter = finding.filter ? ` filtered by ${queryCode(finding.filter, 80)}` : ''
      const fix = finding.fixSql ? `: ${code(finding.fixSql)}` : ': add an index that serves the filter'
      return `**Sequential scan** of ${table}${filter} in ${queryCode(finding.query, 80)}; index it${fix}.`
    }
    case 'estimate-off':
      return `**Row estimate off** in ${queryCode(finding.query, 80)}: the plan expects ${perRequest(finding.planRows ?? 0)} rows, a call returned ${perRequest(finding.actualRows ?? 0)}; run ${code('ANALYZE')} on its tables (and check autovacuum), or raise the columns' statistics target.`
  }
}

function planText(plan: QueryPlan | { error: string }): string {
  if ('error' in plan) return `no plan (${escapeText(plan.error)})`
  const nodes = plan.nodeTypes.slice(0, 12).map((node) => escapeText(node))
  const more = plan.nodeTypes.length > 12 ? ' → …' : ''
  return `${nodes.join(' → ')}${more}; ${perRequest(plan.planRows)} rows expected, cost ${Math.round(plan.totalCost).toLocaleString('en-US')}`
}

/** The Bottlenecks phase's "What" cell for a database bottleneck (for report/phases/bottlenecks.ts). */
export function databaseBottleneckWhat(item: DatabaseBottleneck): string {
  const words: Record<DatabaseBottleneck['findings'][number], string> = {
    'n-plus-one': `N+1 (${perRequest(item.callsPerRequest)} calls per request)`,
    'sequential-scan': 'sequential scan',
    'estimate-off': 'row estimate off',
  }
  const fix = item.fixSql ? `; ${code(item.fixSql)}` : ''
  return `database: ${item.findings.map((finding) => words[finding]).join(', ')} in ${queryCode(item.query, 80)}${fix}`
}

/** The Bottlenecks phase's "Estimated impact" cell for a database bottleneck. */
export function databaseBottleneckImpact(item: DatabaseBottleneck): string {
  return `${formatMs(item.msPerRequest)} of database time per request`
}
