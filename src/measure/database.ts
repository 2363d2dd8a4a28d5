// The database probe: pg_stat_statements reset before a measured load round and read after it,
// and the generic plans of the statements that cost most. One connection of its own; every
// statement it sends carries PROBE_TAG, so that its own work never shows in a snapshot. Nothing
// here throws a connection string: every message is redacted.
import type { Client as PgClient } from 'pg'
import type { QueryPlan, QueryStat, SequentialScan } from '../model/database.js'

/** In every statement the probe sends: the snapshot leaves out what carries it. */
export const PROBE_TAG = '/* perf-gate */'

const CONNECT_TIMEOUT_MS = 10_000
const STATEMENT_TIMEOUT_MS = 30_000
/** An EXPLAIN plans, it does not run: this is a guard against a pathological planner case only. */
const EXPLAIN_TIMEOUT_MS = 10_000

/**
 * What to do when pg_stat_statements is not loaded. A GitHub service container takes no server
 * arguments (its `options:` are `docker create` flags; its image's command cannot be changed), so
 * the recipes are a restart after ALTER SYSTEM, a `docker run` step, or the runner's own PostgreSQL.
 */
export const PRELOAD_NOTE =
  "Database: pg_stat_statements is not loaded, so the queries were not measured. PostgreSQL loads it only at start-up: set shared_preload_libraries = 'pg_stat_statements', restart the server, then run CREATE EXTENSION pg_stat_statements in the database. " +
  'A GitHub service container cannot pass server options (its options: are docker create flags), so after the service starts add a step: ' +
  `psql "$DATABASE_URL" -c "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'" && docker restart \${{ job.services.postgres.id }} && until docker exec \${{ job.services.postgres.id }} pg_isready; do sleep 1; done ` +
  '(the data survives a restart); or start PostgreSQL in a step instead of a service: docker run -d -p 5432:5432 -e POSTGRES_PASSWORD=postgres postgres:16 -c shared_preload_libraries=pg_stat_statements; ' +
  `or, with the runner's preinstalled PostgreSQL: echo "shared_preload_libraries = 'pg_stat_statements'" | sudo tee -a /etc/postgresql/*/main/postgresql.conf && sudo systemctl start postgresql.`

/** What to do when the library is loaded but the extension is not in the database and the probe may not create it. */
export function extensionNote(reason: string): string {
  return `Database: pg_stat_statements is loaded but not created in this database, and perf-gate could not create it (${reason}). Run CREATE EXTENSION pg_stat_statements in the database as its owner or a superuser, before perf-gate runs.`
}

export interface DatabaseProbe {
  /** The server's version, as `server_version_num` (160004 for 16.4). */
  serverVersion: number
  /** Forgets every statement counted so far (pg_stat_statements_reset). */
  reset(): Promise<void>
  /** The statements counted since the last reset in the URL's database, the probe's own left out. */
  snapshot(): Promise<QueryStat[]>
  /** The generic plan of a normalised statement, or why there is none; never throws. */
  explain(query: string): Promise<QueryPlan | { error: string }>
  close(): Promise<void>
}

/** The URL with its password (and any `password` parameter) replaced by `***`. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    if (parsed.searchParams.has('password')) parsed.searchParams.set('password', '***')
    return parsed.toString()
  } catch {
    // Not a URL (a libpq key=value string): keep only the scheme-like start.
    return url.replace(/password\s*=\s*('[^']*'|\S+)/gi, 'password=***').replace(/:[^:@/]*@/, ':***@')
  }
}

/** `text` with every form of the URL's secrets in it replaced, the URL itself by its redacted form. */
export function redact(text: string, url: string): string {
  const secrets = new Set<string>()
  try {
    const parsed = new URL(url)
    const passwords = [parsed.password, parsed.searchParams.get('password') ?? '']
    for (const password of passwords) {
      if (!password) continue
      secrets.add(password)
      try {
        secrets.add(decodeURIComponent(password))
      } catch {
        // A malformed escape: the raw form is enough.
      }
      secrets.add(encodeURIComponent(password))
    }
  } catch {
    const match = /password\s*=\s*('([^']*)'|\S+)/i.exec(url)
    if (match) secrets.add(match[2] ?? match[1] ?? '')
  }
  let out = text.split(url).join(redactUrl(url))
  for (const secret of [...secrets].filter(Boolean).sort((a, b) => b.length - a.length)) out = out.split(secret).join('***')
  return out
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name
  return String(error)
}

interface PgError {
  code?: string
  message?: string
}

/**
 * Connects to the database of `url` and makes sure pg_stat_statements can be read there (creating
 * the extension when it is loaded and the role may). Anything that stops it is a note, never a
 * throw: the Database phase then says what to do, and the rest of the run goes on.
 */
export async function openDatabaseProbe(url: string): Promise<DatabaseProbe | { note: string }> {
  const shown = redactUrl(url)
  const fail = (what: string, error: unknown) => ({ note: redact(`Database: ${what} ${shown}: ${messageOf(error)}`, url) })
  let pg: typeof import('pg').default
  try {
    // Loaded only when the database is measured. The default export: esbuild's CommonJS interop
    // gives a dynamic import of a CJS package its module.exports as `default`, not named exports.
    pg = (await import('pg')).default
  } catch (error) {
    return { note: `Database: the pg package could not be loaded: ${messageOf(error)}` }
  }
  let client: PgClient
  try {
    client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, statement_timeout: STATEMENT_TIMEOUT_MS, application_name: 'perf-gate' })
  } catch (error) {
    return fail('the connection string is not valid:', error)
  }
  // A connection lost later must not crash the process: the next query fails with a message instead.
  client.on('error', () => undefined)
  try {
    await client.connect()
  } catch (error) {
    await client.end().catch(() => undefined)
    return fail('could not connect to', error)
  }
  const close = () => client.end().catch(() => undefined)
  const run = async <Row extends object = Record<string, unknown>>(sql: string, values?: unknown[]) => (await client.query<Row>(`${sql} ${PROBE_TAG}`, values)).rows

  try {
    const serverVersion = Number((await run<{ server_version_num: string }>('SHOW server_version_num'))[0]?.server_version_num ?? 0)
    // shared_preload_libraries is readable by superusers and pg_read_all_settings only; without
    // the right to read it, reading the view below says the same.
    const preload = await run<{ shared_preload_libraries: string }>('SHOW shared_preload_libraries').then(
      (rows) => rows[0]?.shared_preload_libraries ?? '',
      () => undefined,
    )
    if (preload !== undefined && !preloadList(preload).includes('pg_stat_statements')) {
      await close()
      return { note: PRELOAD_NOTE }
    }
    const created = (await run('SELECT 1 FROM pg_extension WHERE extname = $1', ['pg_stat_statements'])).length > 0
    if (!created) {
      try {
        await run('CREATE EXTENSION IF NOT EXISTS pg_stat_statements')
      } catch (error) {
        await close()
        return { note: redact(extensionNote(messageOf(error)), url) }
      }
    }
    try {
      await run('SELECT 1 FROM pg_stat_statements LIMIT 1')
    } catch (error) {
      await close()
      // 55000: "pg_stat_statements must be loaded via shared_preload_libraries".
      if ((error as PgError).code === '55000') return { note: PRELOAD_NOTE }
      return fail('could not read pg_stat_statements in', error)
    }
    const columns = serverVersion >= 130000 ? { total: 'total_exec_time', mean: 'mean_exec_time' } : { total: 'total_time', mean: 'mean_time' }
    let prepared = 0
    return {
      serverVersion,
      reset: async () => {
        try {
          await run('SELECT pg_stat_statements_reset()')
        } catch (error) {
          throw new Error(redact(`Database: could not reset pg_stat_statements in ${shown}: ${messageOf(error)}`, url))
        }
      },
      snapshot: async () => {
        try {
          const rows = await run<{ queryid: string; query: string; calls: string; total: number; mean: number; rows: string }>(
            `SELECT queryid::text AS queryid, query, calls, ${columns.total} AS total, ${columns.mean} AS mean, rows
               FROM pg_stat_statements
              WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                AND calls > 0 AND queryid IS NOT NULL AND strpos(query, $1) = 0`,
            [PROBE_TAG],
          )
          return rows.map((row) => ({ queryid: row.queryid, query: row.query, calls: Number(row.calls), totalMs: Number(row.total), meanMs: Number(row.mean), rows: Number(row.rows) }))
        } catch (error) {
          throw new Error(redact(`Database: could not read pg_stat_statements in ${shown}: ${messageOf(error)}`, url))
        }
      },
      explain: async (query) => {
        try {
          return await explainGeneric(client, query, serverVersion, () => `perf_gate_${++prepared}`)
        } catch (error) {
          return { error: redact(messageOf(error), url) }
        }
      },
      close,
    }
  } catch (error) {
    await close()
    return fail('could not query', error)
  }
}

function preloadList(setting: string): string[] {
  return setting
    .split(',')
    .map((name) => name.trim().replace(/^"|"$/g, ''))
    .filter(Boolean)
}

/** The statements a plan is asked for: the rest (utility statements, DDL, transaction control) have none. */
const EXPLAINABLE = /^(select|insert|update|delete|with|values|table)\b/i

/** The text with comments, string literals and quoted identifiers blanked out, for looking at its structure. */
function structure(text: string): string {
  return text.replace(/--[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^']|'')*'|"(?:[^"]|"")*"|\$(\w*)\$[\s\S]*?\$\1\$/g, (match) => ' '.repeat(match.length))
}

/** The number of parameters of a normalised statement: its highest `$n`. */
export function parameterCount(query: string): number {
  let highest = 0
  for (const match of structure(query).matchAll(/\$(\d+)/g)) highest = Math.max(highest, Number(match[1]))
  return highest
}

/** Why a statement is not explained, or undefined when it is one EXPLAIN can plan. */
export function notExplainable(query: string): string | undefined {
  const shape = structure(query).trim().replace(/;\s*$/, '')
  const start = shape.replace(/^[\s(]+/, '')
  if (!EXPLAINABLE.test(start)) return 'not a SELECT, INSERT, UPDATE, DELETE or WITH statement'
  if (shape.includes(';')) return 'more than one statement'
  return undefined
}

interface PlanNode {
  'Node Type': string
  'Relation Name'?: string
  Schema?: string
  Alias?: string
  Filter?: string
  'Plan Rows'?: number
  'Total Cost'?: number
  Plans?: PlanNode[]
}

/**
 * The generic plan: `EXPLAIN (GENERIC_PLAN)` from PostgreSQL 16; before, a prepared statement
 * planned under `plan_cache_mode = force_generic_plan` and explained with NULL for every
 * parameter (a generic plan does not look at the values). Read only, in a transaction that is
 * rolled back; nothing is executed, since there is no ANALYZE.
 */
async function explainGeneric(client: PgClient, query: string, serverVersion: number, nextName: () => string): Promise<QueryPlan | { error: string }> {
  const refused = notExplainable(query)
  if (refused) return { error: refused }
  const statement = query.trim().replace(/;\s*$/, '')
  const tagged = (sql: string) => client.query(`${sql} ${PROBE_TAG}`)
  let name: string | undefined
  await tagged('BEGIN TRANSACTION READ ONLY')
  try {
    await tagged(`SET LOCAL statement_timeout = ${EXPLAIN_TIMEOUT_MS}`)
    let top: PlanNode | undefined
    let method: QueryPlan['method']
    if (serverVersion >= 160000) {
      method = 'generic-plan'
      top = planOf((await tagged(`EXPLAIN (GENERIC_PLAN, VERBOSE, FORMAT JSON) ${statement}`)).rows)
    } else {
      method = 'force-generic-plan'
      name = nextName()
      await tagged('SET LOCAL plan_cache_mode = force_generic_plan')
      await tagged(`PREPARE ${name} AS ${statement}`)
      const count = parameterCount(statement)
      const args = count > 0 ? `(${Array.from({ length: count }, () => 'NULL').join(', ')})` : ''
      top = planOf((await tagged(`EXPLAIN (VERBOSE, FORMAT JSON) EXECUTE ${name}${args}`)).rows)
    }
    if (!top) return { error: 'EXPLAIN returned no plan' }
    const nodes = flatten(top)
    const sequentialScans: SequentialScan[] = []
    for (const node of nodes) {
      if (node['Node Type'] !== 'Seq Scan' || !node['Relation Name']) continue
      const scan: SequentialScan = { relation: node['Relation Name'], planRows: node['Plan Rows'] ?? 0 }
      if (node.Schema) scan.schema = node.Schema
      if (node.Alias && node.Alias !== node['Relation Name']) scan.alias = node.Alias
      if (node.Filter) scan.filter = node.Filter
      Object.assign(scan, await tableRows(client, scan))
      sequentialScans.push(scan)
    }
    return {
      method,
      nodeTypes: nodes.map((node) => node['Node Type']),
      topNode: top['Node Type'],
      planRows: top['Plan Rows'] ?? 0,
      totalCost: top['Total Cost'] ?? 0,
      sequentialScans,
    }
  } finally {
    await tagged('ROLLBACK').catch(() => undefined)
    // A prepared statement outlives the transaction it was made in.
    if (name) await tagged(`DEALLOCATE ${name}`).catch(() => undefined)
  }
}

function planOf(rows: Array<Record<string, unknown>>): PlanNode | undefined {
  const value = rows[0]?.['QUERY PLAN']
  const parsed = (typeof value === 'string' ? JSON.parse(value) : value) as Array<{ Plan?: PlanNode }> | undefined
  return parsed?.[0]?.Plan
}

function flatten(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(flatten)]
}

/** The table's rows from pg_class, or, when it was never analysed, the planner's estimate for a bare scan. */
async function tableRows(client: PgClient, scan: SequentialScan): Promise<Pick<SequentialScan, 'tableRows' | 'tableRowsFrom'>> {
  const qualified = `${scan.schema ? `${client.escapeIdentifier(scan.schema)}.` : ''}${client.escapeIdentifier(scan.relation)}`
  try {
    const rows = (await client.query<{ reltuples: number; relpages: number }>(`SELECT reltuples::float8 AS reltuples, relpages FROM pg_class WHERE oid = to_regclass($1) ${PROBE_TAG}`, [qualified]))
      .rows
    const found = rows[0]
    // -1 (PostgreSQL 14 and newer) or 0 rows in 0 pages (before): never analysed or vacuumed.
    if (found && found.reltuples > 0) return { tableRows: Math.round(found.reltuples), tableRowsFrom: 'reltuples' }
    const bare = planOf((await client.query(`EXPLAIN (FORMAT JSON) SELECT 1 FROM ${qualified} ${PROBE_TAG}`)).rows)
    return bare ? { tableRows: bare['Plan Rows'] ?? 0, tableRowsFrom: 'planner' } : {}
  } catch {
    return {}
  }
}
