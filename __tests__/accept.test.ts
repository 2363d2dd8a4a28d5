import { describe, expect, test } from '@jest/globals'
import { Ajv } from 'ajv'
import reportSchema from '../schema/report.schema.json' with { type: 'json' }
import { buildReport, type ReportInput } from '../src/analyze/buildReport.js'
import { withAcceptance } from '../src/analyze/verdict.js'
import type { BundleMeasurement } from '../src/model/measurements.js'
import { renderMarkdown, verdictSentence } from '../src/report/markdown.js'

function bundle(name: string, gzip: number, limit = 500_000): BundleMeasurement {
  const sizes = { raw: gzip * 3, gzip, brotli: Math.round(gzip * 0.85) }
  return { name, compression: 'gzip', limit, ...sizes, files: [{ path: name, ...sizes }] }
}

const BASE = [bundle('dist/app.js', 100_000), bundle('dist/vendor.js', 200_000)]
const GROWN = [bundle('dist/app.js', 150_000), bundle('dist/vendor.js', 200_000)]
const OVER_BUDGET = [bundle('dist/app.js', 150_000), bundle('dist/vendor.js', 200_000, 150_000)]
const LABEL = 'perf-gate: accept'

function input(head: BundleMeasurement[], overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    toolVersion: '0.1.0',
    createdAt: '2026-11-25T10:00:00.000Z',
    commit: { sha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821', ref: 'changes' },
    settings: {
      compression: 'gzip',
      bundleBudget: 500_000,
      regressionThreshold: 0.1,
      failOn: { budget: true, regression: true },
      errorRateBudget: 0.01,
      memoryBudget: 200_000_000,
      lighthouseBudgets: {},
    },
    head: { bundles: head },
    base: { bundles: BASE },
    baseline: { source: 'report', path: 'base/report.json' },
    notes: [],
    ...overrides,
  }
}

const firstLine = (markdown: string) => markdown.split('\n')[0]
const ajv = new Ajv({ strict: false })

describe('the accept label', () => {
  test('without it, a regression blocks under fail-on: regression', () => {
    const report = buildReport(input(GROWN))
    expect(report.verdict).toMatchObject({ passed: false, regressions: 1 })
    expect(report.accepted).toBeUndefined()
    expect(verdictSentence(report)).toBe('perf-gate failed: dist/app.js grew +50%, more than the 10% regression threshold')
  })

  test('with it, the regression is still shown as one but does not block, and the first line says who accepted it', () => {
    const report = buildReport(input(GROWN, { accepted: { label: LABEL, by: 'octocat', at: '2026-11-25T09:58:00Z' } }))
    expect(report.verdict).toMatchObject({ passed: true, regressions: 1, budgetFailures: 0, blockingFailures: [] })
    expect(report.accepted).toEqual({ label: LABEL, by: 'octocat', at: '2026-11-25T09:58:00Z' })
    expect(report.validation.find((target) => target.kind === 'bundle-regression')).toMatchObject({ subject: 'dist/app.js', passed: false, blocking: false, accepted: true })
    // The budgets are left as they were.
    expect(report.validation.filter((target) => target.kind === 'bundle-budget').every((target) => target.blocking && !target.accepted)).toBe(true)
    expect(ajv.validate(reportSchema, JSON.parse(JSON.stringify(report)))).toBe(true)

    expect(verdictSentence(report)).toBe('perf-gate passed: 1 regression accepted by @octocat with the label "perf-gate: accept"; 2 bundles within budget')
    const markdown = renderMarkdown(report)
    // In markdown the login is text that notifies nobody, and the label a code span; nothing is to look at: ✅.
    expect(firstLine(markdown)).toBe('✅ **perf-gate passed: 1 regression accepted by @&#8203;octocat with the label `perf-gate: accept`; 2 bundles within budget**')
    expect(markdown).toContain('| `dist/app.js` grows ≤ 10% | +50% | ⚠️ regression, accepted |')
    expect(markdown).toContain('Blocking: budget,regression (fail-on); regressions accepted with the label `perf-gate: accept`.')
  })

  test('who added it unknown: the label still applies, and the line says so', () => {
    const report = buildReport(input(GROWN, { accepted: { label: LABEL } }))
    expect(report.verdict.passed).toBe(true)
    expect(verdictSentence(report)).toBe('perf-gate passed: 1 regression accepted with the label "perf-gate: accept", added by an unknown user; 2 bundles within budget')
  })

  test('a budget still blocks with it; the failing line says what was accepted too', () => {
    const report = buildReport(input(OVER_BUDGET, { accepted: { label: LABEL, by: 'octocat' } }))
    expect(report.verdict).toMatchObject({ passed: false, budgetFailures: 1, regressions: 1 })
    expect(report.verdict.blockingFailures.map((target) => target.kind)).toEqual(['bundle-budget'])
    // The base's vendor.js was as big: a budget it already broke, which blocks under this report's (strict) settings.
    expect(verdictSentence(report)).toBe(
      'perf-gate failed: dist/vendor.js is 200 kB, 50 kB over its 150 kB budget; already over on the base (200 kB), and no worse beyond the noise; 1 regression accepted by @octocat with the label "perf-gate: accept"; 1 already over budget on the base',
    )
    expect(firstLine(renderMarkdown(report))).toMatch(
      /^❌ \*\*perf-gate failed: .*; 1 regression accepted by @&#8203;octocat with the label `perf-gate: accept`; 1 already over budget on the base\*\*$/,
    )
  })

  test('with nothing to accept, the line does not mention it, though the report keeps the label', () => {
    const report = buildReport(input(BASE, { accepted: { label: LABEL, by: 'octocat' } }))
    expect(report.accepted).toEqual({ label: LABEL, by: 'octocat' })
    expect(verdictSentence(report)).toBe('perf-gate passed: 2 bundles within budget')
  })

  test('a regression that did not block (fail-on: budget) is not said to be accepted', () => {
    const settings = { ...input([]).settings, failOn: { budget: true, regression: false } }
    const report = buildReport(input(GROWN, { settings, accepted: { label: LABEL, by: 'octocat' } }))
    expect(report.validation.some((target) => target.accepted)).toBe(false)
    expect(verdictSentence(report)).toBe('perf-gate passed: 2 bundles within budget; 1 grew more than 10%, not blocking (fail-on: budget)')
    expect(firstLine(renderMarkdown(report))).toMatch(/^⚠️ /)
  })

  test("a label and a login are the pull request's text: escaped in markdown", () => {
    const report = buildReport(input(GROWN, { accepted: { label: 'ok `x` <b>@everyone</b> [a](javascript:1)', by: 'renovate[bot]' } }))
    const line = firstLine(renderMarkdown(report)) ?? ''
    expect(line).toContain('accepted by @&#8203;renovate\\[bot\\] with the label `` ok `x` <b>@everyone</b> [a](javascript:1) ``')
    expect(line.replace(/``.*?``/g, '')).not.toMatch(/<b>|@everyone|(?<!\\)\[/)
  })

  test('withAcceptance: the publishing half replaces an acceptance it did not read itself', () => {
    const claimed = buildReport(input(OVER_BUDGET, { accepted: { label: LABEL, by: 'maintainer' } }))
    // No label on the pull request: what the claim unblocked blocks again.
    const revoked = withAcceptance(claimed, undefined)
    expect(revoked.accepted).toBeUndefined()
    expect(revoked.validation.some((target) => 'accepted' in target)).toBe(false)
    expect(revoked).toEqual(buildReport(input(OVER_BUDGET)))
    // The label read from GitHub, and who added it.
    const relabelled = withAcceptance(claimed, { label: LABEL, by: 'octocat' })
    expect(relabelled).toEqual(buildReport(input(OVER_BUDGET, { accepted: { label: LABEL, by: 'octocat' } })))
    expect(withAcceptance(buildReport(input(GROWN)), { label: LABEL }).verdict.passed).toBe(true)
  })
})
