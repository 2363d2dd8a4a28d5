import path from 'node:path'
import { PassThrough } from 'node:stream'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { analyzeDatabase, compareQueries, databaseBottlenecks, databaseFindings, databasePlanItem, filterColumns, queriesToExplain, summarizeQueries } from '../src/analyze/database.js'
import { PRELOAD_NOTE, notExplainable, openDatabaseProbe, parameterCount, redact, redactUrl, type DatabaseProbe } from '../src/measure/database.js'
import { runRound } from '../src/measure/latency.js'
import { startServer, type StartedServer } from '../src/measure/server.js'
import type { EndpointQueries, QueryPlan, QueryStat } from '../src/model/database.js'
import { databaseBottleneckWhat, databasePhase } from '../src/report/phases/database.js'
import { APP_PASSWORD, startPostgres, type StartedPostgres } from './fixtures/postgres.js'
import { REPO_ROOT } from './fixtures/runner.js'

const DB_API = path.join(REPO_ROOT, '__tests__', 'fixtures', 'servers', 'db-api.mjs')
const quiet = new PassThrough().resume()

const stat = (queryid: string, query: string, calls: number, totalMs: number, rows = calls): QueryStat => ({ queryid, query, calls, totalMs, meanMs: totalMs / calls, rows })

describe('the analysis, on literal data', () => {
  const orders = stat('1', 'SELECT id, customer_id, total FROM orders ORDER BY id DESC LIMIT $1', 100, 50, 2000)
  const items = stat('2', 'SELECT id, product, quantity FROM order_items WHERE order_id = $1', 2100, 420, 42_000)
  const begin = stat('3', 'BEGIN', 700, 1)
  const customers = stat('4', 'SELECT id, name FROM customers WHERE email = $1', 100, 900, 100)
  const round = { requests: 100, responseTimeMs: 10 }

  test('the top statements by total time, per request, with their share of the response time', () => {
    const summary = summarizeQueries([orders, items, begin], round)
    expect(summary.top.map((query) => query.queryid)).toEqual(['2', '1', '3'])
    const n1 = summary.top[0]
    expect(n1?.callsPerRequest).toBe(21)
    expect(n1?.msPerRequest).toBeCloseTo(4.2)
    expect(n1?.rowsPerCall).toBe(20)
    expect(n1?.share).toBeCloseTo(0.42)
    expect(summary.callsPerRequest).toBe(29)
    expect(summary.share).toBeCloseTo(0.471)
    // Statements run in parallel can add up to more than the wait: the share stops at 1.
    expect(summarizeQueries([stat('9', 'SELECT 1', 100, 5000)], round).share).toBe(1)
    expect(summarizeQueries([orders, items], round, 1).top).toHaveLength(1)
  })

  test('base → head: a new statement, more calls per request, a slower mean, a statement gone; matched by queryid or text', () => {
    const base: Pick<EndpointQueries, 'requests' | 'queries'> = {
      requests: 100,
      queries: [orders, stat('5', 'SELECT * FROM a WHERE x = $1', 100, 100), stat('6', 'SELECT  *  FROM b', 100, 10), stat('7', 'SELECT 2', 100, 10)],
    }
    const head: Pick<EndpointQueries, 'requests' | 'queries'> = {
      requests: 50,
      queries: [
        stat('1', orders.query, 50, 25), // the same per request
        stat('5', 'SELECT * FROM a WHERE x = $1', 150, 150), // 1 → 3 calls per request
        stat('66', 'SELECT * FROM b', 50, 500), // another queryid, the same text: slower (0.1 → 10 ms)
        stat('8', 'SELECT count(*) FROM c', 50, 5), // new
        stat('9', 'SELECT once', 1, 1), // too rare to be called new
      ],
    }
    const changes = compareQueries(base, head)
    expect(changes.map((change) => [change.kind, change.queryid])).toEqual([
      ['new', '8'],
      ['more-calls', '5'],
      ['slower', '66'],
      ['gone', '7'],
    ])
    expect(changes[1]?.base?.callsPerRequest).toBe(1)
    expect(changes[1]?.head?.callsPerRequest).toBe(3)
    // Below the floor a slower mean is noise: 0.1 ms → 0.2 ms is not reported.
    expect(compareQueries({ requests: 1, queries: [stat('1', 'x', 1, 0.1)] }, { requests: 1, queries: [stat('1', 'x', 1, 0.2)] })).toEqual([])
  })

  const plan = (over: Partial<QueryPlan>): QueryPlan => ({ method: 'force-generic-plan', nodeTypes: ['Seq Scan'], topNode: 'Seq Scan', planRows: 1, totalCost: 2000, sequentialScans: [], ...over })

  test('findings: an N+1, a sequential scan with the index it wants, a row estimate far off', () => {
    const summary = summarizeQueries([items, customers, orders], round)
    const plans = {
      '4': plan({ sequentialScans: [{ relation: 'customers', schema: 'public', filter: '(customers.email = $1)', planRows: 1, tableRows: 100_000, tableRowsFrom: 'reltuples' }] }),
      '2': plan({ nodeTypes: ['Bitmap Heap Scan', 'Bitmap Index Scan'], topNode: 'Bitmap Heap Scan', planRows: 20 }),
      // LIMIT $1 in a generic plan: PostgreSQL guesses 10% of the rows, here 2,000 where 20 came back.
      '1': plan({ nodeTypes: ['Limit', 'Index Scan Backward'], topNode: 'Limit', planRows: 2000 }),
    }
    const findings = databaseFindings('GET /api/x', summary, plans)
    // In the order of the statements' total time.
    expect(findings.map((finding) => [finding.kind, finding.queryid])).toEqual([
      ['sequential-scan', '4'],
      ['n-plus-one', '2'],
      ['estimate-off', '1'],
    ])
    expect(findings[1]?.fix).toContain('21 times per request')
    expect(findings[1]?.fix).toContain('WHERE order_id = ANY($1)')
    expect(findings[0]?.fixSql).toBe('CREATE INDEX ON customers (email)')
    expect(findings[0]?.fix).toContain('100,000 rows')
    expect(findings[2]?.planRows).toBe(2000)
    expect(findings[2]?.actualRows).toBe(20)

    // A small table, or a filter that keeps most of the table, wants no index.
    const small = { '4': plan({ sequentialScans: [{ relation: 'customers', filter: '(email = $1)', planRows: 1, tableRows: 9_000 }] }) }
    expect(databaseFindings('e', summarizeQueries([customers], round), small)).toEqual([])
    const wide = { '4': plan({ planRows: 90_000, sequentialScans: [{ relation: 'customers', filter: '(active)', planRows: 90_000, tableRows: 100_000 }] }) }
    expect(databaseFindings('e', summarizeQueries([stat('4', customers.query, 100, 900, 9_000_000)], round), wide)).toEqual([])
    // Transaction control is never an N+1.
    expect(databaseFindings('e', summarizeQueries([stat('3', 'COMMIT', 900, 1)], round), {})).toEqual([])
  })

  test.each([
    ['(email = $1)', ['email'], {}],
    ["((status = 'open'::text) AND (created_at > $1))", ['status', 'created_at'], {}],
    ['((created_at > $1) AND (customer_id = $2))', ['customer_id', 'created_at'], {}],
    ['((c.email)::text = ($1)::text)', ['email'], { relation: 'customers', alias: 'c' }],
    ['(customers.email = $1)', ['email'], { relation: 'customers' }],
    ['((o.total > $1) AND (c.id = o.customer_id))', ['customer_id', 'total'], { relation: 'orders', alias: 'o' }],
    ['(lower(email) = $1)', ['email'], {}],
    ['("Mixed Case" = $1)', ['Mixed Case'], {}],
    ['((deleted_at IS NULL) AND (name ~~ $1))', ['deleted_at', 'name'], {}],
    ["(kind = ANY ('{a,b}'::text[]))", ['kind'], {}],
    ['((tag)::character varying = $1)', ['tag'], {}],
  ])('the filter %s names the columns %j', (filter, columns, scan) => {
    expect(filterColumns(filter, { relation: '', ...scan })).toEqual(columns)
  })

  test('an index on each side of an OR, and identifiers quoted when they need it', () => {
    const summary = summarizeQueries([customers], round)
    const scan = { relation: 'Customer Table', schema: 'crm', filter: '((email = $1) OR (phone = $2))', planRows: 2, tableRows: 50_000 }
    const [finding] = databaseFindings('e', summary, { '4': plan({ sequentialScans: [scan] }) })
    expect(finding?.fixSql).toBe('CREATE INDEX ON crm."Customer Table" (email); CREATE INDEX ON crm."Customer Table" (phone)')
  })

  test('bottlenecks, plan items and the phase: one per statement, untrusted text in code spans', () => {
    const evil = stat('2', 'SELECT `x` | <b>@team</b> FROM order_items WHERE order_id = $1 AND note = $2 ' + 'x'.repeat(300), 2100, 420, 42_000)
    const analysis = analyzeDatabase(
      [{ endpoint: 'GET /api/orders', side: 'head', requests: 100, responseTimeMs: 10, queries: [evil, orders] }],
      [{ endpoint: 'GET /api/orders', side: 'base', requests: 100, responseTimeMs: 5, queries: [orders] }],
      { '2': plan({ sequentialScans: [{ relation: 'order_items', filter: '(order_id = $1)', planRows: 20, tableRows: 20_000 }], planRows: 20, topNode: 'Seq Scan' }) },
    )
    const [endpoint] = analysis.endpoints
    expect(endpoint?.changes.map((change) => change.kind)).toEqual(['new'])
    const bottlenecks = databaseBottlenecks(analysis)
    expect(bottlenecks).toHaveLength(1)
    expect(bottlenecks[0]).toMatchObject({
      kind: 'database-query',
      subject: 'GET /api/orders',
      findings: ['sequential-scan', 'n-plus-one'],
      callsPerRequest: 21,
      fixSql: 'CREATE INDEX ON order_items (order_id)',
    })
    expect(bottlenecks[0]?.msPerRequest).toBeCloseTo(4.2)
    const item = databasePlanItem(bottlenecks[0]!, false)
    expect(item).toMatchObject({ kind: 'database-time', subject: 'GET /api/orders', effort: 'low', expectedIs: 'upper-bound' })
    expect(item.action).toContain('CREATE INDEX ON order_items (order_id)')
    expect(item.action).toContain('Batch the N+1 (21 calls per request)')

    const markdown = databasePhase(analysis)
    expect(markdown).toContain('### Database')
    expect(markdown).toContain('`GET /api/orders`')
    expect(markdown).toContain('🆕 new: 21 calls per request')
    expect(markdown).toContain('`CREATE INDEX ON order_items (order_id)`')
    // The statement stays inside a code span: no raw HTML, no table cell split, no mention, cut to 120 characters.
    expect(markdown).not.toMatch(/(?<!`` SELECT `x` \\)\| <b>/)
    expect(markdown).toContain('`` SELECT `x` \\| <b>@team</b>')
    for (const line of markdown.split('\n').filter((text) => text.includes('xxxx'))) expect(line).not.toContain('x'.repeat(130))
    expect(databaseBottleneckWhat(bottlenecks[0]!)).toContain('N+1 (21 calls per request)')
    expect(databasePhase({ endpoints: [], note: PRELOAD_NOTE })).toContain('shared\\_preload\\_libraries')
    expect(databasePhase(undefined)).toBe('')
  })

  test('which statements are explained, their parameters, and the URL redacted in every form', () => {
    expect(queriesToExplain([{ requests: 10, responseTimeMs: 1, queries: [begin, items, orders, customers] }], 2).map((query) => query.queryid)).toEqual(['4', '2'])
    expect(parameterCount("SELECT $1, '$9', $12 /* $20 */")).toBe(12)
    expect(notExplainable('BEGIN')).toMatch(/not a SELECT/)
    expect(notExplainable('CREATE INDEX ON x (y)')).toMatch(/not a SELECT/)
    expect(notExplainable('SELECT 1; DROP TABLE x')).toBe('more than one statement')
    expect(notExplainable("/* c */ (SELECT ';') UNION SELECT 2;")).toBeUndefined()
    expect(notExplainable('WITH a AS (SELECT 1) SELECT * FROM a')).toBeUndefined()
    const url = 'postgres://app:p%40ss%2Fword@db.example:5432/shop?sslmode=require'
    expect(redactUrl(url)).toBe('postgres://app:***@db.example:5432/shop?sslmode=require')
    const message = redact(`failed for ${url}: password "p@ss/word" rejected (p%40ss%2Fword)`, url)
    expect(message).not.toMatch(/p@ss|p%40ss/)
    expect(message).toContain('postgres://app:***@db.example:5432/shop')
  })
})

describe('against a real PostgreSQL and a real server', () => {
  let postgres: StartedPostgres
  let probe: DatabaseProbe

  const startApi = (env: Record<string, string> = {}) =>
    startServer({
      command: `"${process.execPath}" "${DB_API}"`,
      cwd: REPO_ROOT,
      readyPath: '/health',
      readyTimeoutMs: 120_000,
      output: quiet,
      env: { ...process.env, DATABASE_URL: postgres.url, ...env },
    })

  /** One measured round with the probe around it, as the latency room will run it. */
  async function measured(server: StartedServer, endpoint: string, side: 'head' | 'base'): Promise<EndpointQueries> {
    const [method = 'GET', requestPath = '/'] = endpoint.split(' ')
    await probe.reset()
    const round = await runRound(server, { method, path: requestPath, headers: {} }, 4, 1500, 'test')
    const queries = await probe.snapshot()
    expect(round.errorRate).toBe(0)
    return { endpoint, side, requests: round.requests, responseTimeMs: round.latency.mean, queries }
  }

  beforeAll(async () => {
    postgres = await startPostgres()
    const opened = await openDatabaseProbe(postgres.url)
    if ('note' in opened) throw new Error(opened.note)
    probe = opened
  })

  afterAll(async () => {
    await probe?.close()
    await postgres?.stop()
  })

  test('an N+1 and a sequential scan are found, measured, explained and fixed', async () => {
    const server = await startApi()
    let ordersRound: EndpointQueries
    let customerRound: EndpointQueries
    try {
      // A warm-up as the room does: the pool's connections open outside the measured round.
      await runRound(server, { method: 'GET', path: '/api/orders', headers: {} }, 4, 300, 'warm-up')
      ordersRound = await measured(server, 'GET /api/orders', 'head')
      customerRound = await measured(server, 'GET /api/customer?email=user500@example.com', 'head')
    } finally {
      await server.stop()
    }
    // The probe's own statements never show.
    expect([...ordersRound.queries, ...customerRound.queries].filter((query) => query.query.includes('perf-gate'))).toEqual([])

    const orders = summarizeQueries(ordersRound.queries, ordersRound)
    const perOrder = orders.top.find((query) => query.query.includes('FROM order_items WHERE order_id = $1'))
    expect(perOrder).toBeDefined()
    // 20 orders, one query each (and the in-flight requests at the end of the round): about 20 per request.
    expect(perOrder?.callsPerRequest).toBeGreaterThanOrEqual(15)
    expect(perOrder?.callsPerRequest).toBeLessThanOrEqual(25)
    expect(perOrder?.rowsPerCall).toBeGreaterThan(0)
    expect(orders.callsPerRequest).toBeGreaterThanOrEqual(16)

    const toExplain = queriesToExplain([ordersRound, customerRound])
    const plans: Record<string, QueryPlan | { error: string }> = {}
    for (const { queryid, query } of toExplain) plans[queryid] = await probe.explain(query)
    for (const plan of Object.values(plans)) expect(plan).not.toHaveProperty('error')

    const analysis = analyzeDatabase([ordersRound, customerRound], [], plans)
    const findings = analysis.endpoints.flatMap((endpoint) => endpoint.findings)
    const n1 = findings.find((finding) => finding.kind === 'n-plus-one')
    expect(n1?.endpoint).toBe('GET /api/orders')
    expect(n1?.query).toContain('FROM order_items WHERE order_id = $1')
    expect(n1?.fix).toContain('WHERE order_id = ANY($1)')

    const scan = findings.find((finding) => finding.kind === 'sequential-scan')
    expect(scan?.endpoint).toBe('GET /api/customer?email=user500@example.com')
    expect(scan?.query).toContain('FROM customers WHERE email = $1')
    expect(scan?.table).toBe('customers')
    expect(scan?.tableRows).toBe(100_000)
    expect(scan?.fixSql).toBe('CREATE INDEX ON customers (email)')
    // The items are indexed: that statement is an N+1, not a sequential scan.
    expect(findings.filter((finding) => finding.kind === 'sequential-scan')).toHaveLength(1)

    const markdown = databasePhase(analysis)
    expect(markdown).toContain('`CREATE INDEX ON customers (email)`')
    expect(markdown).toContain('**N+1**')
    expect(markdown).not.toContain(APP_PASSWORD)
  })

  test('generic plans on this server: prepared statements before 16, a write planned but not run, utility statements refused', async () => {
    const plan = await probe.explain('SELECT id, name FROM customers WHERE email = $1')
    expect(plan).toMatchObject({ method: probe.serverVersion >= 160000 ? 'generic-plan' : 'force-generic-plan', topNode: 'Seq Scan' })
    if ('error' in plan) throw new Error(plan.error)
    expect(plan.sequentialScans[0]).toMatchObject({ relation: 'customers', schema: 'public', tableRows: 100_000, tableRowsFrom: 'reltuples' })
    expect(plan.sequentialScans[0]?.filter).toContain('email')

    const write = await probe.explain('INSERT INTO orders (customer_id, total) VALUES ($1, $2)')
    expect(write).toMatchObject({ topNode: 'ModifyTable' })
    expect(await probe.explain('BEGIN')).toEqual({ error: expect.stringContaining('not a SELECT') })
    expect(await probe.explain('SELECT * FROM no_such_table WHERE id = $1')).toEqual({ error: expect.stringContaining('no_such_table') })
    // The probe is still usable after a failed plan: its transaction was rolled back, its statement deallocated.
    expect(await probe.explain('SELECT count(*) FROM orders')).toMatchObject({ topNode: 'Aggregate' })
    await probe.reset()
    const after = await probe.snapshot()
    expect(after.filter((query) => /orders/.test(query.query))).toEqual([])
  })

  test('base → head: the query the head added is new', async () => {
    const endpoint = 'GET /api/customer?email=user42@example.com'
    const baseServer = await startApi()
    let base: EndpointQueries
    try {
      base = await measured(baseServer, endpoint, 'base')
    } finally {
      await baseServer.stop()
    }
    const headServer = await startApi({ EXTRA_QUERY: '1' })
    let head: EndpointQueries
    try {
      head = await measured(headServer, endpoint, 'head')
    } finally {
      await headServer.stop()
    }
    const changes = compareQueries(base, head)
    const added = changes.filter((change) => change.kind === 'new')
    expect(added).toHaveLength(1)
    expect(added[0]?.query).toContain('SELECT count(*) AS orders FROM orders WHERE customer_id = $1')
    expect(added[0]?.head?.callsPerRequest).toBeGreaterThanOrEqual(0.9)
    expect(changes.some((change) => change.query.includes('FROM customers WHERE email') && change.kind !== 'slower')).toBe(false)

    const markdown = databasePhase(analyzeDatabase([head], [base], {}))
    expect(markdown).toContain('🆕 new')
  })

  test('the password never shows in a probe message: a wrong database, a wrong password', async () => {
    const wrongDatabase = await openDatabaseProbe(postgres.url.replace(/\/shop$/, '/no_such_database'))
    expect(wrongDatabase).toEqual({ note: expect.stringContaining('no_such_database') })
    const wrongPassword = await openDatabaseProbe(postgres.url.replace(encodeURIComponent(APP_PASSWORD), 'wrong-Pa55word'))
    expect(wrongPassword).toEqual({ note: expect.stringContaining('password authentication failed') })
    for (const result of [wrongDatabase, wrongPassword]) {
      const text = JSON.stringify(result)
      expect(text).not.toContain(APP_PASSWORD)
      expect(text).not.toContain(encodeURIComponent(APP_PASSWORD))
      expect(text).not.toContain('wrong-Pa55word')
      expect(text).toContain(':***@127.0.0.1')
    }
  })
})

describe('a PostgreSQL without pg_stat_statements preloaded', () => {
  let postgres: StartedPostgres
  beforeAll(async () => {
    postgres = await startPostgres({ preload: false })
  })
  afterAll(async () => {
    await postgres?.stop()
  })

  test('is a note with the fix, not a throw', async () => {
    const result = await openDatabaseProbe(postgres.url)
    expect(result).toEqual({ note: PRELOAD_NOTE })
    expect(PRELOAD_NOTE).toContain("shared_preload_libraries = 'pg_stat_statements'")
    expect(PRELOAD_NOTE).toContain('CREATE EXTENSION pg_stat_statements')
    expect(PRELOAD_NOTE).toContain('docker restart')
  })
})

describe('compareQueries and the statements of cut-off requests', () => {
  test('a statement the base ran in fewer than one request in ten (requests the head round gave up on, still running) does not hide a new one', () => {
    const stat = (queryid: string, query: string, calls: number) => ({ queryid, query, calls, totalMs: calls * 0.2, meanMs: 0.2, rows: calls })
    const lookup = stat('1', 'SELECT id, name FROM customers WHERE email = $1', 200)
    const base = { requests: 200, queries: [lookup, stat('2', 'SELECT count(*) AS orders FROM orders WHERE customer_id = $1', 4)] }
    const head = { requests: 200, queries: [lookup, stat('2', 'SELECT count(*) AS orders FROM orders WHERE customer_id = $1', 200)] }
    expect(compareQueries(base, head)).toEqual([expect.objectContaining({ kind: 'new', queryid: '2', head: { callsPerRequest: 1, meanMs: 0.2 } })])
  })
})
