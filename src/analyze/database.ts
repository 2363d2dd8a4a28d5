// The Database phase's arithmetic, on what the probe measured: per endpoint the statements that
// cost most per request, what changed from the base, and what their generic plans say (an N+1, a
// sequential scan a filter could use an index for, a row estimate far off), each with its fix.
import type { Effort, PlanItem } from '../model/analysis.js'
import type {
  DatabaseAnalysis,
  DatabaseBottleneck,
  DatabaseFinding,
  EndpointDatabase,
  EndpointQueries,
  EndpointQuerySummary,
  QueryChange,
  QueryPlan,
  QueryStat,
  QuerySummary,
  SequentialScan,
} from '../model/database.js'

/** Statements shown per endpoint. */
export const TOP_QUERIES = 10
/** Statements explained per endpoint: the plan of the few that cost most is what a reader acts on. */
export const EXPLAINED_QUERIES = 3
/** The same statement this many times per request is an N+1. */
export const N_PLUS_ONE_CALLS = 5
/** A sequential scan matters on a table of this many rows. */
export const LARGE_TABLE_ROWS = 10_000
/** A scan that keeps at least this share of the table would not use an index either. */
const INDEX_SELECTIVITY = 0.5
/** Planned rows this many times off the rows per call measured (either way). */
export const ESTIMATE_FACTOR = 10
/** More calls per request: by at least half again, and by at least one call. */
export const MORE_CALLS_RATIO = 1.5
export const MORE_CALLS_MIN = 1
/** Slower: the mean by at least half again, and by at least this many ms (below, it is noise of a busy machine). */
export const SLOWER_RATIO = 1.5
export const SLOWER_FLOOR_MS = 1
/** A statement the base did not run is new when it runs at least this often per request (not a one-off). */
export const NEW_MIN_CALLS_PER_REQUEST = 0.1

/** Statements a plan exists for; transaction control and utility statements are not queries to fix. */
const PLANNABLE = /^[\s(]*(select|insert|update|delete|with|values|table)\b/i
const READS = /^[\s(]*(select|with|values|table)\b/i

/** Whether EXPLAIN can plan the statement (SELECT, INSERT, UPDATE, DELETE, WITH, VALUES, TABLE). */
export function isPlannable(query: string): boolean {
  return PLANNABLE.test(withoutComments(query))
}

function withoutComments(text: string): string {
  return text.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, ' ')
}

/**
 * One side's round on one endpoint per request: the statements with the most total time, each
 * with its calls per request (an N+1 shows as a large count), its time per request and its share
 * of the response time. The share is total time ÷ (requests × mean response time), at most 1:
 * statements a handler runs in parallel can add up to more than the time the client waited.
 */
export function summarizeQueries(stats: readonly QueryStat[], round: { requests: number; responseTimeMs: number }, top = TOP_QUERIES): EndpointQuerySummary {
  const requests = Math.max(1, round.requests)
  const waited = requests * round.responseTimeMs
  const share = (ms: number) => (waited > 0 ? Math.min(1, ms / waited) : 0)
  const summaries = stats
    .filter((stat) => stat.calls > 0)
    .map((stat): QuerySummary => ({
      queryid: stat.queryid,
      query: stat.query,
      calls: stat.calls,
      callsPerRequest: stat.calls / requests,
      totalMs: stat.totalMs,
      meanMs: stat.meanMs,
      msPerRequest: stat.totalMs / requests,
      rowsPerCall: stat.rows / stat.calls,
      share: share(stat.totalMs),
    }))
    .sort((a, b) => b.totalMs - a.totalMs || b.calls - a.calls)
  const totalMs = summaries.reduce((sum, query) => sum + query.totalMs, 0)
  const calls = summaries.reduce((sum, query) => sum + query.calls, 0)
  return {
    requests: round.requests,
    responseTimeMs: round.responseTimeMs,
    statements: summaries.length,
    callsPerRequest: calls / requests,
    msPerRequest: totalMs / requests,
    share: share(totalMs),
    top: summaries.slice(0, top),
  }
}

/** The normalised text with its whitespace collapsed: the match when queryids differ (another database, a table made anew). */
function textKey(query: string): string {
  return query.replace(/\s+/g, ' ').trim().toLowerCase()
}

interface PerRequest {
  stat: QueryStat
  callsPerRequest: number
}

function perRequest(side: Pick<EndpointQueries, 'requests' | 'queries'>): PerRequest[] {
  const requests = Math.max(1, side.requests)
  return side.queries.filter((stat) => stat.calls > 0).map((stat) => ({ stat, callsPerRequest: stat.calls / requests }))
}

/**
 * What changed from the base to the head on one endpoint, matched by queryid and else by the
 * normalised text: a new statement, more calls per request (by half again and by one call at
 * least), a slower mean (by half again and by SLOWER_FLOOR_MS at least), a statement gone. New
 * first, then more calls, slower, gone; the most time per request first within each.
 */
export function compareQueries(base: Pick<EndpointQueries, 'requests' | 'queries'>, head: Pick<EndpointQueries, 'requests' | 'queries'>): QueryChange[] {
  // A statement the base ran in fewer than one request in ten is no part of its endpoint: requests
  // the load generator gave up on at the end of the head's round still run their statements on the
  // server, after the reset that starts the base's.
  const baseRows = perRequest(base).filter((row) => row.callsPerRequest >= NEW_MIN_CALLS_PER_REQUEST)
  const byId = new Map(baseRows.map((row) => [row.stat.queryid, row]))
  const byText = new Map(baseRows.map((row) => [textKey(row.stat.query), row]))
  const matched = new Set<PerRequest>()
  const changes: Array<QueryChange & { weight: number }> = []
  const numbers = (row: PerRequest) => ({ callsPerRequest: row.callsPerRequest, meanMs: row.stat.meanMs })
  for (const row of perRequest(head)) {
    const before = byId.get(row.stat.queryid) ?? byText.get(textKey(row.stat.query))
    const weight = row.stat.totalMs / Math.max(1, head.requests)
    const change = { queryid: row.stat.queryid, query: row.stat.query, head: numbers(row), weight }
    if (!before || matched.has(before)) {
      if (row.callsPerRequest >= NEW_MIN_CALLS_PER_REQUEST) changes.push({ kind: 'new', ...change })
      continue
    }
    matched.add(before)
    const was = numbers(before)
    if (row.callsPerRequest >= was.callsPerRequest * MORE_CALLS_RATIO && row.callsPerRequest - was.callsPerRequest >= MORE_CALLS_MIN) {
      changes.push({ kind: 'more-calls', ...change, base: was })
    } else if (row.stat.meanMs >= was.meanMs * SLOWER_RATIO && row.stat.meanMs - was.meanMs >= SLOWER_FLOOR_MS) {
      changes.push({ kind: 'slower', ...change, base: was })
    }
  }
  for (const row of baseRows) {
    if (matched.has(row)) continue
    changes.push({ kind: 'gone', queryid: row.stat.queryid, query: row.stat.query, base: numbers(row), weight: row.stat.totalMs / Math.max(1, base.requests) })
  }
  const order: Record<QueryChange['kind'], number> = { new: 0, 'more-calls': 1, slower: 2, gone: 3 }
  return changes.sort((a, b) => order[a.kind] - order[b.kind] || b.weight - a.weight).map(({ weight: _weight, ...change }) => change)
}

/** The statements to explain: per endpoint the plannable ones with the most time, each queryid once. */
export function queriesToExplain(
  endpoints: ReadonlyArray<Pick<EndpointQueries, 'requests' | 'responseTimeMs' | 'queries'>>,
  perEndpoint = EXPLAINED_QUERIES,
): Array<{ queryid: string; query: string }> {
  const chosen = new Map<string, string>()
  for (const endpoint of endpoints) {
    const top = summarizeQueries(endpoint.queries, endpoint, Infinity)
      .top.filter((query) => isPlannable(query.query))
      .slice(0, perEndpoint)
    for (const query of top) if (!chosen.has(query.queryid)) chosen.set(query.queryid, query.query)
  }
  return [...chosen].map(([queryid, query]) => ({ queryid, query }))
}

const NOT_COLUMNS = new Set(
  [
    'and',
    'or',
    'not',
    'is',
    'null',
    'true',
    'false',
    'unknown',
    'any',
    'all',
    'some',
    'like',
    'ilike',
    'similar',
    'to',
    'in',
    'between',
    'symmetric',
    'distinct',
    'from',
    'array',
    'row',
    'case',
    'when',
    'then',
    'else',
    'end',
    'escape',
    'collate',
    'at',
    'time',
    'zone',
    'interval',
    'subplan',
    'initplan',
    'hashed',
    'returns',
    'current_date',
    'current_time',
    'current_timestamp',
    'localtime',
    'localtimestamp',
    'current_user',
    'session_user',
  ].map((word) => word.toLowerCase()),
)

const IDENTIFIER = String.raw`(?:"(?:[^"]|"")+"|[A-Za-z_][\w$]*)`

function unquote(identifier: string): string {
  return identifier.startsWith('"') ? identifier.slice(1, -1).replace(/""/g, '"') : identifier.toLowerCase()
}

/**
 * The columns of the scanned table a plan's Filter compares (`((email = $1) AND (active))` →
 * email, active): literals, casts, parameters, keywords and function names left out, a
 * qualified name kept only when it is of the scanned table, columns compared with `=` first (the
 * order an index on several columns serves best), at most three.
 */
export function filterColumns(filter: string, scan: Pick<SequentialScan, 'relation' | 'alias'> = { relation: '' }): string[] {
  const text = filter
    .replace(/'(?:[^']|'')*'/g, ' ')
    .replace(/::\s*(?:"[^"]+"|[a-z_][\w$]*)(?:\s+(?:varying|precision|without\s+time\s+zone|with\s+time\s+zone))?(?:\s*\([\d,\s]+\))?(?:\[\])*/gi, ' ')
    .replace(/\$\d+/g, ' ')
  const own = new Set([scan.relation, scan.alias].filter((name): name is string => Boolean(name)))
  const found: Array<{ column: string; equality: boolean; index: number }> = []
  const pattern = new RegExp(`(?<![\\w$."])(${IDENTIFIER}(?:\\.${IDENTIFIER})*)(?![\\w$"])`, 'g')
  for (const match of text.matchAll(pattern)) {
    const name = match[1] ?? ''
    const after = text.slice((match.index ?? 0) + name.length)
    if (/^\s*\(/.test(after)) continue // a function
    const parts = name.match(new RegExp(IDENTIFIER, 'g')) ?? []
    if (parts.length === 1 && !name.startsWith('"') && NOT_COLUMNS.has(name.toLowerCase())) continue
    if (parts.length > 1) {
      const qualifier = unquote(parts[parts.length - 2] ?? '')
      if (own.size > 0 && !own.has(qualifier)) continue
    }
    const column = unquote(parts[parts.length - 1] ?? '')
    const before = text.slice(0, match.index ?? 0)
    const equality = /^\s*=(?!=)/.test(after) || /(?<![<>!=])=\s*$/.test(before)
    found.push({ column, equality, index: found.length })
  }
  const columns: string[] = []
  for (const entry of found.sort((a, b) => Number(b.equality) - Number(a.equality) || a.index - b.index)) if (!columns.includes(entry.column)) columns.push(entry.column)
  return columns.slice(0, 3)
}

/** An identifier as SQL needs it: bare when PostgreSQL would fold it to itself, else quoted. */
export function sqlIdentifier(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) && !NOT_COLUMNS.has(name) ? name : `"${name.replace(/"/g, '""')}"`
}

function tableName(scan: SequentialScan): string {
  return scan.schema && scan.schema !== 'public' ? `${sqlIdentifier(scan.schema)}.${sqlIdentifier(scan.relation)}` : sqlIdentifier(scan.relation)
}

/** The key an N+1 looks up (`WHERE order_id = $1` → order_id), for the batching it suggests. */
function lookupKey(query: string): string | undefined {
  const match = new RegExp(`(${IDENTIFIER}(?:\\.${IDENTIFIER})?)\\s*=\\s*\\$1(?!\\d)`).exec(withoutComments(query))
  return match?.[1]
}

function round(value: number): string {
  return value >= 10 ? String(Math.round(value)) : String(Number(value.toFixed(1)))
}

/**
 * The findings of one endpoint's statements, each with its fix: an N+1 (the same statement
 * N_PLUS_ONE_CALLS times per request or more), a sequential scan with a filter on a table of
 * LARGE_TABLE_ROWS or more (the index its filter's columns want), a row estimate ESTIMATE_FACTOR
 * times off the rows per call measured.
 */
export function databaseFindings(endpoint: string, summary: EndpointQuerySummary, plans: Readonly<Record<string, QueryPlan | { error: string }>>): DatabaseFinding[] {
  const findings: DatabaseFinding[] = []
  for (const query of summary.top) {
    if (!isPlannable(query.query)) continue
    const base = { endpoint, queryid: query.queryid, query: query.query, callsPerRequest: query.callsPerRequest, msPerRequest: query.msPerRequest }
    if (query.callsPerRequest >= N_PLUS_ONE_CALLS) {
      const key = lookupKey(query.query)
      const batch = key ? `one query for all the keys (WHERE ${key} = ANY($1) with an array of them)` : 'one query for all the keys (= ANY($1) with an array of them)'
      findings.push({
        kind: 'n-plus-one',
        ...base,
        fix: `N+1: this statement runs ${round(query.callsPerRequest)} times per request. Load the rows at once with a join in the first query, or with ${batch}, and match them up in code.`,
      })
    }
    const plan = plans[query.queryid]
    if (!plan || 'error' in plan) continue
    for (const scan of plan.sequentialScans) {
      if (!scan.filter || scan.tableRows === undefined || scan.tableRows < LARGE_TABLE_ROWS) continue
      if (scan.planRows >= scan.tableRows * INDEX_SELECTIVITY) continue
      const columns = filterColumns(scan.filter, scan)
      const table = tableName(scan)
      const rows = Math.round(scan.tableRows).toLocaleString('en-US')
      const either = /\bor\b/i.test(scan.filter) && columns.length > 1
      const fixSql =
        columns.length === 0
          ? undefined
          : either
            ? columns.map((column) => `CREATE INDEX ON ${table} (${sqlIdentifier(column)})`).join('; ')
            : `CREATE INDEX ON ${table} (${columns.map(sqlIdentifier).join(', ')})`
      const fix = fixSql
        ? `Sequential scan of ${table} (${rows} rows) with the filter ${scan.filter}: add an index for it: ${fixSql}${/\w\s*\(/.test(scan.filter.replace(/\b(any|all|array)\s*\(/gi, '')) ? ' (the filter applies a function: index that expression)' : ''}.`
        : `Sequential scan of ${table} (${rows} rows) with the filter ${scan.filter}: add an index that serves the filter.`
      findings.push({ kind: 'sequential-scan', ...base, table, tableRows: scan.tableRows, filter: scan.filter, columns, fix, ...(fixSql ? { fixSql } : {}) })
    }
    if (READS.test(withoutComments(query.query)) && plan.topNode !== 'ModifyTable') {
      const planned = plan.planRows
      const actual = query.rowsPerCall
      const ratio = Math.max(planned, 1) / Math.max(actual, 1)
      if (ratio >= ESTIMATE_FACTOR || 1 / ratio >= ESTIMATE_FACTOR) {
        const tables = [...new Set(plan.sequentialScans.map(tableName))]
        findings.push({
          kind: 'estimate-off',
          ...base,
          planRows: planned,
          actualRows: actual,
          fix: `Row estimate off: the generic plan expects ${round(planned)} rows, a call returned ${round(actual)} on average. Run ANALYZE${tables.length > 0 ? ` ${tables.join(', ')}` : ' on its tables'} (and check that autovacuum does); if it stays off, raise the statistics target of the filtered columns or add extended statistics (CREATE STATISTICS) for columns that depend on each other.`,
        })
      }
    }
  }
  return findings
}

/** One endpoint's Database phase from the head's round, the base's when there is one, and the plans of the head's statements. */
export function analyzeEndpointDatabase(head: EndpointQueries, base: EndpointQueries | undefined, plans: Readonly<Record<string, QueryPlan | { error: string }>>): EndpointDatabase {
  const headSummary = summarizeQueries(head.queries, head)
  const shown = new Set(headSummary.top.map((query) => query.queryid))
  return {
    endpoint: head.endpoint,
    head: headSummary,
    ...(base ? { base: summarizeQueries(base.queries, base) } : {}),
    changes: base ? compareQueries(base, head) : [],
    findings: databaseFindings(head.endpoint, headSummary, plans),
    plans: Object.fromEntries(Object.entries(plans).filter(([queryid]) => shown.has(queryid))),
  }
}

/** The Database phase: every endpoint the head measured, paired with the base's round of the same endpoint. */
export function analyzeDatabase(head: readonly EndpointQueries[], base: readonly EndpointQueries[], plans: Readonly<Record<string, QueryPlan | { error: string }>>, note?: string): DatabaseAnalysis {
  return {
    endpoints: head.map((endpoint) =>
      analyzeEndpointDatabase(
        endpoint,
        base.find((other) => other.endpoint === endpoint.endpoint),
        plans,
      ),
    ),
    ...(note ? { note } : {}),
  }
}

const FINDING_ORDER: Record<DatabaseFinding['kind'], number> = { 'sequential-scan': 0, 'n-plus-one': 1, 'estimate-off': 2 }

/**
 * The findings as bottlenecks, one per statement and endpoint, its impact the statement's database
 * time per request (on the scale of the other bottlenecks: ms a user waits).
 */
export function databaseBottlenecks(analysis: DatabaseAnalysis | undefined): DatabaseBottleneck[] {
  const items = new Map<string, DatabaseBottleneck>()
  for (const endpoint of analysis?.endpoints ?? []) {
    for (const finding of [...endpoint.findings].sort((a, b) => FINDING_ORDER[a.kind] - FINDING_ORDER[b.kind])) {
      const key = `${endpoint.endpoint}\u0000${finding.queryid}`
      const item = items.get(key) ?? {
        kind: 'database-query',
        subject: endpoint.endpoint,
        queryid: finding.queryid,
        query: finding.query,
        findings: [],
        callsPerRequest: finding.callsPerRequest,
        msPerRequest: finding.msPerRequest,
        fixes: [],
      }
      if (!item.findings.includes(finding.kind)) item.findings.push(finding.kind)
      item.fixes.push(finding.fix)
      if (finding.fixSql && !item.fixSql) item.fixSql = finding.fixSql
      items.set(key, item)
    }
  }
  return [...items.values()].sort((a, b) => b.msPerRequest - a.msPerRequest)
}

const EFFORT: Record<DatabaseFinding['kind'], Effort> = { 'sequential-scan': 'low', 'n-plus-one': 'medium', 'estimate-off': 'low' }

/**
 * A database bottleneck as a step of the plan (buildPlan adds `priority` as for the others):
 * the index to create, the N+1 to batch, the statistics to refresh. The gain is at most the
 * statement's time per request, an upper bound; a row estimate alone promises none.
 */
export function databasePlanItem(item: DatabaseBottleneck, fixesFailure: boolean): Omit<PlanItem, 'priority'> {
  const first = item.findings[0] ?? 'estimate-off'
  const short = item.query.replace(/\s+/g, ' ').trim()
  const quoted = short.length > 80 ? `${short.slice(0, 79)}…` : short
  const actions: string[] = []
  for (const finding of item.findings) {
    if (finding === 'sequential-scan') actions.push(item.fixSql ? `Index the filter: ${item.fixSql}` : 'Index the filter of its sequential scan')
    else if (finding === 'n-plus-one') actions.push(`Batch the N+1 (${round(item.callsPerRequest)} calls per request) into one query with a join or = ANY($1)`)
    else actions.push('Refresh its tables’ statistics (ANALYZE): the row estimate is far off')
  }
  const gain = item.findings.some((finding) => finding !== 'estimate-off') && item.msPerRequest > 0 ? { expectedMs: item.msPerRequest, expectedIs: 'upper-bound' as const } : {}
  return { kind: 'database-time', subject: item.subject, action: `${actions.join('; ')}, for ${quoted}`, ...gain, effort: EFFORT[first], fixesFailure }
}
