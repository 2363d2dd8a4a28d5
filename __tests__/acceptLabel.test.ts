import path from 'node:path'
import { readFile, rm } from 'node:fs/promises'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { Ajv } from 'ajv'
import { strToU8, zipSync } from 'fflate'
import reportSchema from '../schema/report.schema.json' with { type: 'json' }
import { FakeGitHub, type FakeIssueEvent } from './fixtures/github-api.js'
import { TempProject } from './fixtures/project.js'
import { EVENTS, installAction, runAction, type ActionRun, type RunOptions } from './fixtures/runner.js'

// GitHub's documented payloads (octokit/webhooks' examples), with the accept label on the pull request:
// added by this event (its sender, Codertocat), or already there when a commit is pushed.
const OPENED = path.join(EVENTS, 'pull_request.opened.json')
const LABELED = path.join(EVENTS, 'pull_request.labeled.json')
const SYNCHRONIZE = path.join(EVENTS, 'pull_request.synchronize.json')
const WORKFLOW_RUN = path.join(EVENTS, 'workflow_run.completed.json')
const ISSUE = 2 // the pull request number in the payloads
const LABEL = 'perf-gate: accept'

let actionDir: string
let project: TempProject
let baseReport: string

beforeAll(async () => {
  actionDir = await installAction()
  project = await TempProject.create()
  // The base: 20 kB that does not compress; the head's is 30 kB, 50% more.
  await project.writeIncompressible('dist/app.js', 20_000)
  const api = await new FakeGitHub().start()
  try {
    const base = await runAction(options(api, OPENED, { bundles: 'dist/app.js', comment: 'false' }))
    expect(base.code).toBe(0)
    baseReport = base.outputs['report-path'] as string
  } finally {
    await api.stop()
  }
  await project.writeIncompressible('dist/app.js', 30_000)
})

afterAll(async () => {
  await rm(actionDir, { recursive: true, force: true })
  await project.remove()
})

function options(api: FakeGitHub, eventFile: string, inputs: Record<string, string>): RunOptions {
  return { actionDir, apiUrl: api.url, eventFile, eventName: 'pull_request', workspace: project.dir, inputs: { 'github-token': 'test-token', ...inputs } }
}

/** fail-on budget and regression, against the base report: the 50% growth is a blocking regression. */
const gate = (inputs: Record<string, string> = {}) => ({ bundles: 'dist/app.js', 'bundle-budget': '1MB', 'fail-on': 'budget,regression', 'baseline-report': baseReport, ...inputs })
const errorLines = (run: ActionRun) => run.stdout.split('\n').filter((line) => line.startsWith('::error'))
const warningLines = (run: ActionRun) => run.stdout.split('\n').filter((line) => line.startsWith('::warning'))
/** The first line a reader sees: the comment's hidden marker line is none. */
const firstLine = (text: string | undefined) => text?.split('\n').find((line) => line.trim() !== '' && !line.startsWith('<!--'))
const commentOf = (api: FakeGitHub, issue = ISSUE) => (api.comments.get(issue) ?? []).find((comment) => comment.body.includes('<!-- perf-gate:default -->'))?.body
const eventRequests = (api: FakeGitHub) => api.requests.filter((request) => request.path.endsWith(`/issues/${ISSUE}/events`))

describe('the accept label on the built action (fail-on: budget,regression; a bundle that grew 50% against a baseline report)', () => {
  let api: FakeGitHub
  afterEach(async () => api.stop())

  describe('on pull_request events', () => {
    beforeEach(async () => {
      api = await new FakeGitHub().start()
    })

    test('without the label the regression fails the check; labeled, it passes, the first line says the sender of the event accepted it, and the check run concludes success', async () => {
      const without = await runAction(options(api, OPENED, gate()))
      expect(without.code).toBe(1)
      expect(without.outputs['passed']).toBe('false')
      // A workflow command escapes % as %25.
      expect(errorLines(without)).toEqual(['::error::perf-gate failed: dist/app.js grew +50%25, more than the 10%25 regression threshold'])
      expect(firstLine(commentOf(api))).toBe('❌ **perf-gate failed: `dist/app.js` grew +50%, more than the 10% regression threshold**')
      expect(api.checkRuns).toEqual([expect.objectContaining({ conclusion: 'failure' })])

      // The same pull request, labeled: the same comment and check run, now passing.
      const run = await runAction(options(api, LABELED, gate()))
      expect(run.code).toBe(0)
      expect(run.outputs['passed']).toBe('true')
      expect(run.outputs['regressions']).toBe('1')
      expect(errorLines(run)).toEqual([])
      // The login is text that notifies nobody; the label, the pull request's text, a code span.
      const accepted = '✅ **perf-gate passed: 1 regression accepted by @&#8203;Codertocat with the label `perf-gate: accept`; 1 bundle within budget**'
      expect(firstLine(commentOf(api))).toBe(accepted)
      expect(api.comments.get(ISSUE)).toHaveLength(1)
      expect(commentOf(api)).toContain('| `dist/app.js` grows ≤ 10% | +50% | ⚠️ regression, accepted |')
      expect(firstLine(run.summary)).toBe(accepted)
      expect(api.checkRuns).toEqual([
        expect.objectContaining({ conclusion: 'failure' }),
        expect.objectContaining({
          conclusion: 'success',
          output: expect.objectContaining({ title: 'perf-gate passed: 1 regression accepted by @Codertocat with the label "perf-gate: accept"; 1 bundle within budget' }),
        }),
      ])
      expect(firstLine(api.checkRuns[1]?.output.summary ?? '')).toBe(accepted)
      // The event said who added it: nothing is looked up.
      expect(eventRequests(api)).toEqual([])

      const report = JSON.parse(await readFile(run.outputs['report-path'] as string, 'utf8'))
      expect(new Ajv({ strict: false }).validate(reportSchema, report)).toBe(true)
      expect(report.accepted).toEqual({ label: LABEL, by: 'Codertocat' })
      expect(report.validation).toContainEqual(expect.objectContaining({ kind: 'bundle-regression', subject: 'dist/app.js', passed: false, blocking: false, accepted: true }))
    })

    test('a bundle over its budget still fails with the label', async () => {
      const run = await runAction(options(api, LABELED, gate({ 'bundle-budget': '25KB' })))
      expect(run.code).toBe(1)
      expect(run.outputs['passed']).toBe('false')
      expect(errorLines(run)).toEqual([
        expect.stringMatching(/^::error::perf-gate failed: dist\/app\.js is 30(\.\d)? kB, [\d.]+ kB over its 25 kB budget; 1 regression accepted by @Codertocat with the label "perf-gate: accept"$/),
      ])
      expect(firstLine(commentOf(api))).toMatch(/^❌ \*\*perf-gate failed: `dist\/app\.js` is 30(\.\d)? kB, .*; 1 regression accepted by @&#8203;Codertocat with the label `perf-gate: accept`\*\*$/)
      expect(api.checkRuns).toEqual([expect.objectContaining({ conclusion: 'failure' })])
    })
  })

  describe('on a synchronize event, with the label already on the pull request', () => {
    const at = (minute: number) => `2026-11-25T10:${String(minute % 60).padStart(2, '0')}:00Z`
    // 230 events, oldest first, on three pages of 100: hubot added and removed the label early on,
    // octocat added it again on page 2, and page 3 has only later events (another label among them).
    const events: FakeIssueEvent[] = Array.from({ length: 230 }, (_, index): FakeIssueEvent => ({ event: 'head_ref_force_pushed', actor: 'Codertocat', createdAt: at(index) }))
    events[5] = { event: 'labeled', actor: 'hubot', label: LABEL, createdAt: at(5) }
    events[6] = { event: 'unlabeled', actor: 'hubot', label: LABEL, createdAt: at(6) }
    events[150] = { event: 'labeled', actor: 'octocat', label: LABEL, createdAt: '2026-11-25T12:30:00Z' }
    events[220] = { event: 'labeled', actor: 'hubot', label: 'bug', createdAt: at(220) }

    test("who added it is the actor of the latest labeled event for it, read from the pull request's events from the last page back", async () => {
      api = await new FakeGitHub({ issueEvents: { [ISSUE]: events } }).start()
      const run = await runAction(options(api, SYNCHRONIZE, gate()))
      expect(run.code).toBe(0)
      expect(firstLine(commentOf(api))).toBe('✅ **perf-gate passed: 1 regression accepted by @&#8203;octocat with the label `perf-gate: accept`; 1 bundle within budget**')
      expect(api.checkRuns).toEqual([expect.objectContaining({ conclusion: 'success' })])
      // The first page for the Link to the last; then the last, and the one before, where it is.
      expect(eventRequests(api)).toHaveLength(3)
      const report = JSON.parse(await readFile(run.outputs['report-path'] as string, 'utf8'))
      expect(report.accepted).toEqual({ label: LABEL, by: 'octocat', at: '2026-11-25T12:30:00Z' })
    })

    test('when the lookup fails, the label applies all the same and the line says an unknown user added it', async () => {
      api = await new FakeGitHub({
        issueEvents: { [ISSUE]: events },
        faults: [{ method: 'GET', path: /\/issues\/\d+\/events$/, status: 403, body: { message: 'Resource not accessible by integration' }, times: 1 }],
      }).start()
      const run = await runAction(options(api, SYNCHRONIZE, gate()))
      expect(run.code).toBe(0)
      expect(warningLines(run)).toEqual([
        expect.stringMatching(/^::warning::Who added the label "perf-gate: accept" could not be looked up \(.*Resource not accessible by integration.*\); it applies all the same\.$/),
      ])
      expect(firstLine(commentOf(api))).toBe('✅ **perf-gate passed: 1 regression accepted with the label `perf-gate: accept`, added by an unknown user; 1 bundle within budget**')
      expect(api.checkRuns).toEqual([expect.objectContaining({ conclusion: 'success' })])
    })
  })

  test('mode: publish reads the labels from the API, and who added the label from the events; an acceptance in the uploaded report counts for nothing', async () => {
    const trigger = JSON.parse(await readFile(WORKFLOW_RUN, 'utf8'))
    const headSha: string = trigger.workflow_run.head_sha
    // The first half ran on the fork's pull request, labeled: its report says who accepted, and could say anything.
    const payload = JSON.parse(await readFile(LABELED, 'utf8'))
    payload.pull_request.head.sha = headSha
    const eventFile = await project.write(`../labeled-fork-event-${path.basename(project.dir)}.json`, JSON.stringify(payload))
    api = await new FakeGitHub({ commentWriteStatus: 403, checkWriteStatus: 403 }).start()
    const measured = await runAction(options(api, eventFile, gate({ mode: 'measure' })))
    expect(measured.code).toBe(0)
    const claimed = JSON.parse(await readFile(measured.outputs['report-path'] as string, 'utf8'))
    expect(claimed.accepted).toEqual({ label: LABEL, by: 'Codertocat' })
    claimed.accepted.by = 'the-maintainer'
    await api.stop()

    const artifacts = [{ id: 79, name: 'perf-gate-default', headSha, runId: trigger.workflow_run.id, zip: zipSync({ 'report.json': strToU8(JSON.stringify(claimed)) }) }]
    const pulls = [{ number: 9, headSha, headRepo: 'octo-org/octo-repo' }]
    const publish = (github: FakeGitHub) => runAction({ ...options(github, WORKFLOW_RUN, { mode: 'publish' }), eventName: 'workflow_run' })

    // The label is on the pull request: octocat added it.
    api = await new FakeGitHub({
      artifacts,
      pulls,
      issueLabels: { 9: ['bug', LABEL] },
      issueEvents: { 9: [{ event: 'labeled', actor: 'octocat', label: LABEL, createdAt: '2026-11-25T12:30:00Z' }] },
    }).start()
    const published = await publish(api)
    expect(published.code).toBe(0)
    expect(firstLine(commentOf(api, 9))).toBe('✅ **perf-gate passed: 1 regression accepted by @&#8203;octocat with the label `perf-gate: accept`; 1 bundle within budget**')
    expect(api.checkRuns).toEqual([expect.objectContaining({ head_sha: headSha, conclusion: 'success' })])
    expect(api.requests.filter((request) => request.path.endsWith('/issues/9/labels'))).toHaveLength(1)
    await api.stop()

    // The label is not on it (any more): the regression blocks, whatever the report claims.
    api = await new FakeGitHub({ artifacts, pulls, issueLabels: { 9: ['bug'] } }).start()
    const unlabeled = await publish(api)
    expect(unlabeled.code).toBe(1)
    expect(firstLine(commentOf(api, 9))).toBe('❌ **perf-gate failed: `dist/app.js` grew +50%, more than the 10% regression threshold**')
    expect(api.checkRuns).toEqual([expect.objectContaining({ conclusion: 'failure' })])
  })
})
