import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { AppTrial } from './fixtures/apps/common.mjs'
import { makeNextTrial } from './fixtures/apps/next.mjs'
import { makeSvelteKitTrial } from './fixtures/apps/sveltekit.mjs'
import { FakeGitHub } from './fixtures/github-api.js'
import { EVENTS, installAction, runAction, type ActionRun } from './fixtures/runner.js'

// Real apps, made in the test with their own scaffolding tools (create-next-app, sv create) and
// installed from an npm cache that outlives it, each in a git repository with three branches: main,
// `same` (an empty commit: a pull request that changes nothing) and `trial` (chart.js in a block that
// appears above the list after load, and one API request in five 150 ms slower). The built action
// runs on a pull_request.synchronize event as a new user's workflow would, with `baseline: rebuild`:
// it builds the head in the workspace and installs (npm ci) and builds the base in a worktree, then
// measures the bundles, the page with Lighthouse and the endpoint under load on both sides, with the
// default budgets.
//
// About 10 minutes on 2 cores: each app is made once, and each run builds each side once.

const MINUTES = 60_000
const SYNCHRONIZE = path.join(EVENTS, 'pull_request.synchronize.json')

let actionDir: string
let workDir: string

beforeAll(async () => {
  actionDir = await installAction()
  workDir = await mkdtemp(path.join(os.tmpdir(), 'perf-gate-real-apps-'))
})

afterAll(async () => {
  await rm(actionDir, { recursive: true, force: true })
  await rm(workDir, { recursive: true, force: true })
})

interface Target {
  kind: string
  subject: string
  metric?: string
  passed: boolean
  blocking: boolean
  inconclusive?: boolean
  unavailable?: string
  actual: number
  base?: number
}
interface PairedChange {
  verdict: 'regression' | 'improvement' | 'unchanged' | 'inconclusive'
  difference: number
}
interface EndpointSummary {
  p50: number
  p95: number
  p99: number
  throughput: number
}
interface Report {
  validation: Target[]
  comparison: {
    bundles: Array<{ name: string; size: number; baseSize?: number }>
    pages: Array<{ name: string; head?: Record<string, number>; base?: Record<string, number>; changes?: Record<string, PairedChange> }>
    endpoints: Array<{ name: string; head: EndpointSummary; base?: EndpointSummary; p95Change?: PairedChange }>
  }
}
interface BranchRun {
  run: ActionRun
  report: Report
  markdown: string
  /** Milliseconds: the checkout and `npm ci`, and the action. */
  timings: { checkout: number; action: number }
}

/**
 * The pull request `branch` → main of `trial`, as the runner runs the action on it: the workspace
 * checked out at the branch and installed (`npm ci`), a synchronize event whose base and head are
 * the repository's commits (without the payload's accept label), the REST API played locally.
 */
async function runOnBranch(trial: AppTrial, branch: 'same' | 'trial'): Promise<BranchRun> {
  const checkout = await trial.checkout(branch)
  const payload = JSON.parse(await readFile(SYNCHRONIZE, 'utf8'))
  payload.before = trial.baseSha
  payload.after = trial.headShas[branch]
  payload.pull_request.base.ref = 'main'
  payload.pull_request.base.sha = trial.baseSha
  payload.pull_request.head.ref = branch
  payload.pull_request.head.sha = trial.headShas[branch]
  payload.pull_request.labels = []
  const eventFile = path.join(workDir, `event-${trial.name}-${branch}.json`)
  await writeFile(eventFile, JSON.stringify(payload))

  const api = await new FakeGitHub().start()
  const started = performance.now()
  let run: ActionRun
  try {
    run = await runAction({
      actionDir,
      apiUrl: api.url,
      eventFile,
      eventName: 'pull_request',
      workspace: trial.repo,
      inputs: { 'github-token': 'test-token', baseline: 'rebuild', 'base-ref': 'main' },
      // The npm cache, as `actions/setup-node` with `cache: npm` restores it before `npm ci`.
      env: trial.env,
      timeoutMs: 12 * MINUTES,
    })
  } finally {
    await api.stop()
  }
  const action = Math.round(performance.now() - started)
  const summaryHead = run.summary.split('\n').slice(0, 12).join('\n')
  console.log(`${trial.name} ${branch}: checkout and npm ci ${seconds(checkout)}, the action ${seconds(action)} (exit ${run.code}${run.timedOut ? ', timed out' : ''})\n${summaryHead}`)
  if (!run.outputs['report-path']) throw new Error(`${trial.name} ${branch}: the action wrote no report (exit ${run.code}):\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-4000)}`)
  const report = JSON.parse(await readFile(run.outputs['report-path'], 'utf8')) as Report
  const markdown = await readFile(run.outputs['markdown-path'] as string, 'utf8')
  return { run, report, markdown, timings: { checkout, action } }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/** Failed targets that fail the check: over a budget or a regression, blocking. */
const blockingFailures = (report: Report) => report.validation.filter((target) => target.blocking && !target.passed && !target.inconclusive && !target.unavailable)

/** Every judged change of the paired runs and rounds that claims something: `/ cls regression`, `GET /api/items p95 improvement`. */
function claimedChanges(report: Report): string[] {
  const pages = report.comparison.pages.flatMap((page) => Object.entries(page.changes ?? {}).map(([metric, change]) => ({ what: `${page.name} ${metric}`, change })))
  const endpoints = report.comparison.endpoints.flatMap((endpoint) => (endpoint.p95Change ? [{ what: `${endpoint.name} p95`, change: endpoint.p95Change }] : []))
  return [...pages, ...endpoints].filter(({ change }) => change.verdict === 'regression' || change.verdict === 'improvement').map(({ what, change }) => `${what} ${change.verdict}`)
}

/**
 * The change in the CLS row of the render table's base → head comparison for `page`
 * (`| \`/\` | CLS | 0.000 | 0.289 | +0.289 (+0.289…+0.289) 🔺 |`): its last cell.
 */
function clsChange(markdown: string, page: string): string | undefined {
  const row = markdown.split('\n').find((line) => line.startsWith(`| \`${page}\` | CLS |`))
  return row
    ?.split('|')
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '')
    .at(-1)
}

function describeApp(title: string, make: (workDir: string) => Promise<AppTrial>) {
  describe(title, () => {
    let trial: AppTrial

    beforeAll(async () => {
      const started = performance.now()
      trial = await make(workDir)
      const steps = Object.entries(trial.timings).map(([step, ms]) => `${step} ${seconds(ms)}`)
      const versions = Object.entries(trial.versions).map(([name, version]) => `${name} ${version}`)
      console.log(`${trial.name} (${versions.join(', ')}): made in ${seconds(performance.now() - started)}: ${steps.join(', ')}`)
    }, 15 * MINUTES)

    afterAll(async () => trial?.remove())

    test(
      'a pull request that changes nothing passes: no blocking failure, no judged regression or improvement, and the memory target has the base its own peak',
      async () => {
        const { run, report } = await runOnBranch(trial, 'same')
        expect(run.timedOut).toBe(false)
        expect(run.outputs['passed']).toBe('true')
        expect(blockingFailures(report)).toEqual([])
        expect(claimedChanges(report)).toEqual([])
        const memory = report.validation.find((target) => target.kind === 'memory')
        expect(memory).toMatchObject({ actual: expect.any(Number), base: expect.any(Number) })
      },
      15 * MINUTES,
    )

    test(
      "the trial: the 150 ms wait is a failed latency regression, CLS's change is absolute, and the endpoint's base numbers are the base's own",
      async () => {
        const { run, report, markdown } = await runOnBranch(trial, 'trial')
        expect(run.timedOut).toBe(false)
        // The trial is what it says: chart.js on `/` (about 69 kB gzip), a layout shift on the head only.
        const total = (side: 'size' | 'baseSize') => report.comparison.bundles.reduce((sum, bundle) => sum + (bundle[side] ?? 0), 0)
        expect(total('size') - total('baseSize')).toBeGreaterThan(60_000)
        const [page] = report.comparison.pages
        expect(page?.base?.['cls']).toBe(0)
        expect(page?.head?.['cls']).toBeGreaterThan(0.05)

        const regression = report.validation.find((target) => target.kind === 'latency-regression' && target.subject === 'GET /api/items')
        expect(regression).toMatchObject({ passed: false })
        expect(regression?.inconclusive).not.toBe(true)

        // A layout shift has no ratio to its base (0 on the base): the change is a difference, +0.1 and the like.
        for (const text of [markdown, run.summary]) {
          const change = clsChange(text, '/')
          expect(change).toMatch(/^\+0\.\d+/)
          expect(change).not.toContain('%')
        }

        const [endpoint] = report.comparison.endpoints
        expect(endpoint?.base).toBeDefined()
        const { head, base } = endpoint as { head: EndpointSummary; base: EndpointSummary }
        for (const field of ['p50', 'p95', 'p99', 'throughput'] as const) {
          expect(base[field]).toEqual(expect.any(Number))
          expect(base[field]).not.toBe(head[field])
        }
        // Only the head waits 150 ms on one request in five.
        expect(base.p95).toBeLessThan(head.p95)
      },
      15 * MINUTES,
    )
  })
}

describeApp('Next.js 16 (create-next-app, App Router, Turbopack) with a rebuilt base', makeNextTrial)
describeApp('SvelteKit (sv create, minimal, adapter-node) with a rebuilt base', makeSvelteKitTrial)
