// The Database phase's plain data: what pg_stat_statements counted during a load round, the plans
// of the top statements, and what the analysis made of them. No behaviour here (model/ is the
// bottom layer); measure/database.ts fills the measured half, analyze/database.ts the rest.

/** One statement as pg_stat_statements counted it between a reset and a snapshot. */
export interface QueryStat {
  /** pg_stat_statements' queryid, as text: it is a 64-bit integer, beyond a JS number's precision. */
  queryid: string
  /** The normalised text pg_stat_statements keeps: constants replaced by `$1`, `$2`, …; untrusted. */
  query: string
  calls: number
  /** Execution time of all calls, ms. */
  totalMs: number
  meanMs: number
  /** Rows returned or affected, all calls together. */
  rows: number
}

/** What one side's database did during one endpoint's measured round. */
export interface EndpointQueries {
  /** The endpoint's name (`GET /api/orders`), as the latency room names it. */
  endpoint: string
  side: 'head' | 'base'
  /** Requests of the round the snapshot covers. */
  requests: number
  /** The round's mean response time, ms: what each statement's share is of. */
  responseTimeMs: number
  queries: QueryStat[]
}

/** A sequential scan in a plan: the table, its filter as PostgreSQL printed it, and how large the table is. */
export interface SequentialScan {
  relation: string
  schema?: string
  /** The alias in the statement, when it has one (`FROM customers c`). */
  alias?: string
  /** The plan's `Filter` text (`(email = $1)`), absent for a scan without one. */
  filter?: string
  /** Rows the planner expects the scan to return. */
  planRows: number
  /**
   * The table's rows: `pg_class.reltuples` (as of the last ANALYZE or VACUUM), or the planner's
   * estimate for a bare scan of the table when the table was never analysed.
   */
  tableRows?: number
  tableRowsFrom?: 'reltuples' | 'planner'
}

/** A generic plan (no parameter values) of one statement, summarised. */
export interface QueryPlan {
  /** `EXPLAIN (GENERIC_PLAN)` on PostgreSQL 16 and newer; a prepared statement under `plan_cache_mode = force_generic_plan` before. */
  method: 'generic-plan' | 'force-generic-plan'
  /** Every node type of the plan, depth first (`Limit`, `Sort`, `Seq Scan`, …). */
  nodeTypes: string[]
  /** The top node's type: a `ModifyTable` plan's rows are not rows returned. */
  topNode: string
  /** Rows the planner expects the statement to return. */
  planRows: number
  totalCost: number
  sequentialScans: SequentialScan[]
}

/** One statement of an endpoint as a user pays for it: per request. */
export interface QuerySummary {
  queryid: string
  query: string
  calls: number
  /** calls ÷ requests: a large count is an N+1. */
  callsPerRequest: number
  totalMs: number
  meanMs: number
  /** Database time this statement adds to each request, ms (totalMs ÷ requests). */
  msPerRequest: number
  rowsPerCall: number
  /** totalMs ÷ (requests × mean response time), at most 1. */
  share: number
}

/** The statements of one side's round on one endpoint. */
export interface EndpointQuerySummary {
  requests: number
  responseTimeMs: number
  /** Distinct statements the round ran. */
  statements: number
  /** Statement calls per request, all statements together. */
  callsPerRequest: number
  /** Database time per request, ms, all statements together. */
  msPerRequest: number
  /** All statements' time over the response time, at most 1. */
  share: number
  /** The statements with the most total time, most first. */
  top: QuerySummary[]
}

/** How one statement moved from the base to the head. */
export interface QueryChange {
  kind: 'new' | 'more-calls' | 'slower' | 'gone'
  queryid: string
  query: string
  base?: { callsPerRequest: number; meanMs: number }
  head?: { callsPerRequest: number; meanMs: number }
}

/** A finding of the Database phase, with the fix it suggests. */
export interface DatabaseFinding {
  kind: 'n-plus-one' | 'sequential-scan' | 'estimate-off'
  endpoint: string
  queryid: string
  query: string
  callsPerRequest: number
  /** The statement's database time per request, ms: the most its fix can win. */
  msPerRequest: number
  /** For a sequential scan: the table, its rows and the filter's columns. */
  table?: string
  tableRows?: number
  /** The scan's Filter as the plan printed it. */
  filter?: string
  columns?: string[]
  /** For a row estimate that is off: the planner's rows against the rows per call measured. */
  planRows?: number
  actualRows?: number
  /** What to do, as plain text (a statement such as `CREATE INDEX ON customers (email)` is quoted in `fixSql`). */
  fix: string
  /** SQL to run, when the fix is one statement. */
  fixSql?: string
}

/** One endpoint's Database phase. */
export interface EndpointDatabase {
  endpoint: string
  head: EndpointQuerySummary
  base?: EndpointQuerySummary
  changes: QueryChange[]
  findings: DatabaseFinding[]
  /** The plans of the head's top statements by queryid, or why a statement has none. */
  plans: Record<string, QueryPlan | { error: string }>
}

/** The Database phase: per endpoint, or a note saying why there is nothing to show (never fatal). */
export interface DatabaseAnalysis {
  endpoints: EndpointDatabase[]
  /** pg_stat_statements missing, the database unreachable: what to do about it. */
  note?: string
}

/**
 * A statement's findings as one bottleneck, on the same scale as the others (ms a user waits per
 * request). `AnyBottleneck` (model/analysis.ts) needs this type in its union to carry it.
 */
export interface DatabaseBottleneck {
  kind: 'database-query'
  /** The endpoint. */
  subject: string
  queryid: string
  query: string
  /** What was found about the statement, the most actionable first. */
  findings: Array<DatabaseFinding['kind']>
  callsPerRequest: number
  /** Database time of the statement per request, ms: its impact, and the most its fixes can win. */
  msPerRequest: number
  /** The findings' fixes, as plain text, in the order of `findings`. */
  fixes: string[]
  /** SQL to run, when a fix is one statement (the index to create). */
  fixSql?: string
}

/**
 * What the database did during the load test: one entry per endpoint and side (the head's normal
 * round, or each side's paired rounds when the base is rebuilt), the generic plans of the head's
 * top statements, or a note saying why there is nothing (pg_stat_statements missing: never fatal).
 */
export interface DatabaseMeasurement {
  queries: EndpointQueries[]
  plans: Record<string, QueryPlan | { error: string }>
  note?: string
}
