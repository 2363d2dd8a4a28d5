import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { Ajv } from 'ajv'
import reportSchema from '../schema/report.schema.json' with { type: 'json' }
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { FakeGitHub } from './fixtures/github-api.js'
import { APP_PASSWORD, startPostgres, type StartedPostgres } from './fixtures/postgres.js'
import { TempProject } from './fixtures/project.js'
import { EVENTS, installAction, runAction } from './fixtures/runner.js'

// The Database phase through the built action, as the runner runs it: a real PostgreSQL, a real Node
// server over it, the base rebuilt in a worktree. The head's change makes /api/customer run one more
// statement; /api/orders is an N+1 on both sides; /api/customer filters 100,000 rows on a column
// without an index.

const DB_API = path.join(EVENTS, '..', 'servers', 'db-api.mjs')

const withoutMaskCommands = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')

let actionDir: string
let postgres: StartedPostgres

beforeAll(async () => {
  actionDir = await installAction()
  postgres = await startPostgres()
})

afterAll(async () => {
  await postgres?.stop()
  await rm(actionDir, { recursive: true, force: true })
})

describe('the built action with database-url', () => {
  test('names the N+1 with its calls per request, the sequential scan with its index, and the statement the head adds; the password is nowhere', async () => {
    const api = await new FakeGitHub().start()
    const repo = await TempProject.create('perf-gate-db-')
    try {
      repo.initRepository('main')
      await repo.write('extra-query', '0\n')
      repo.git('add', '-A')
      repo.git('commit', '-q', '-m', 'base')
      repo.git('checkout', '-q', '-b', 'count-orders')
      await repo.write('extra-query', '1\n')
      repo.git('commit', '-q', '-am', 'head: count the customer’s orders')

      const run = await runAction({
        actionDir,
        apiUrl: api.url,
        eventFile: path.join(EVENTS, 'push.json'),
        eventName: 'push',
        workspace: repo.dir,
        inputs: {
          'github-token': 'test-token',
          'start-command': `EXTRA_QUERY=$(cat extra-query) "${process.execPath}" "${DB_API}"`,
          'ready-path': '/health',
          endpoints: 'GET /api/orders\nGET /api/customer?email=user77@example.com',
          'database-url': postgres.url,
          baseline: 'rebuild',
          'base-ref': 'main',
          'load-duration': '1s',
          connections: '4',
          'stress-steps': '0',
          'latency-rounds': '2',
          'p95-budget': '10s',
        },
        env: { DATABASE_URL: postgres.url },
      })
      // ::add-mask:: lines are the runner's to read (it masks the value in every later line and shows none of them).
      expect(run.stdout).toContain(`::add-mask::${APP_PASSWORD}`)
      const everything = `${withoutMaskCommands(run.stdout)}\n${run.stderr}\n${run.summary}`
      expect(everything).not.toContain(APP_PASSWORD)
      expect(everything).not.toContain(encodeURIComponent(APP_PASSWORD))
      expect(run.code).toBe(0)
      const report = JSON.parse(await readFile(run.outputs['report-path'] as string, 'utf8'))
      expect(JSON.stringify(report)).not.toContain(APP_PASSWORD)

      const ajv = new Ajv({ strict: false })
      const valid = ajv.validate(reportSchema, report)
      expect(ajv.errors ?? []).toEqual([])
      expect(valid).toBe(true)
      const byEndpoint = Object.fromEntries(report.database.endpoints.map((endpoint: { endpoint: string }) => [endpoint.endpoint, endpoint]))
      const orders = byEndpoint['GET /api/orders']
      const perOrder = orders.head.top.find((query: { query: string }) => /from order_items/i.test(query.query))
      expect(perOrder.callsPerRequest).toBeGreaterThanOrEqual(15)
      expect(orders.findings).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'n-plus-one', queryid: perOrder.queryid })]))

      const customer = byEndpoint['GET /api/customer?email=user77@example.com']
      expect(customer.findings).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'sequential-scan', table: 'customers', fixSql: 'CREATE INDEX ON customers (email)' })]))
      // Base and head were measured in turn in this run: the head's extra statement is new.
      expect(customer.base).toBeDefined()
      expect(customer.changes.filter((change: { kind: string }) => change.kind === 'new')).toEqual([expect.objectContaining({ query: expect.stringMatching(/count\(\*\)/i) })])
      expect(orders.changes.filter((change: { kind: string }) => change.kind === 'new')).toEqual([])

      // The job summary carries the phase, the fix and the plan item.
      expect(run.summary).toContain('### Database')
      expect(run.summary).toContain('CREATE INDEX ON customers (email)')
      expect(report.plan.map((item: { kind: string }) => item.kind)).toContain('database-time')
    } finally {
      await api.stop()
      await repo.remove()
    }
  })

  test('a PostgreSQL without pg_stat_statements preloaded is a note with the fix, and the load test still runs', async () => {
    const api = await new FakeGitHub().start()
    const bare = await startPostgres({ preload: false })
    const folder = await TempProject.create('perf-gate-db-bare-')
    try {
      const run = await runAction({
        actionDir,
        apiUrl: api.url,
        eventFile: path.join(EVENTS, 'push.json'),
        eventName: 'push',
        workspace: folder.dir,
        inputs: {
          'github-token': 'test-token',
          'start-command': `"${process.execPath}" "${DB_API}"`,
          'ready-path': '/health',
          endpoints: 'GET /api/orders',
          'database-url': bare.url,
          baseline: 'none',
          'load-duration': '500ms',
          connections: '2',
          'stress-steps': '0',
          'p95-budget': '10s',
        },
        env: { DATABASE_URL: bare.url },
      })
      expect(run.code).toBe(0)
      expect(run.stdout).toMatch(/^::warning::Database: pg_stat_statements is not loaded, so the queries were not measured\. .*shared_preload_libraries/m)
      const report = JSON.parse(await readFile(run.outputs['report-path'] as string, 'utf8'))
      expect(report.measurements.latency.endpoints).toHaveLength(1)
      expect(report.database.note).toMatch(/CREATE EXTENSION pg_stat_statements/)
      expect(`${withoutMaskCommands(run.stdout)}\n${run.summary}`).not.toContain(APP_PASSWORD)
    } finally {
      await api.stop()
      await bare.stop()
      await folder.remove()
    }
  })
})
