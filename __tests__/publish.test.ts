import { readFile } from 'node:fs/promises'
import { PassThrough } from 'node:stream'
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { loadConfig } from '../src/config/config.js'
import type { Logger } from '../src/model/edges.js'
import type { PageResult } from '../src/model/measurements.js'
import { publishToGitHub } from '../src/publish/github.js'
import { buildReport } from '../src/analyze/buildReport.js'
import { TempProject } from './fixtures/project.js'

let folder: TempProject
beforeAll(async () => {
  folder = await TempProject.create()
})
afterAll(async () => folder.remove())

const page: PageResult = {
  name: '/',
  url: 'http://127.0.0.1:3000/',
  runs: [{ attempts: 1, metrics: { lcp: 1200, cls: 0.01, tbt: 50, score: 0.95 } }],
  median: { lcp: 1200, cls: 0.01, tbt: 50, score: 0.95 },
  spread: { lcp: { min: 1200, max: 1200 } },
  representative: 0,
  opportunities: [{ id: 'render-blocking-resources', title: 'Eliminate render-blocking resources', savingsMs: 300, savingsBytes: 0 }],
  htmlReport: '',
}

test('the reports are uploaded as one artifact, the summary links it, and benchmark.json is github-action-benchmark input', async () => {
  page.htmlReport = await folder.write('lighthouse-home.html', '<html>report</html>')
  const config = await loadConfig({ urls: '/' }, { cwd: folder.dir, overrideName: (input) => input, warn: () => undefined })
  const report = buildReport({
    toolVersion: '0.1.0',
    createdAt: '2026-11-25T10:00:00.000Z',
    settings: {
      compression: 'gzip',
      bundleBudget: 500_000,
      regressionThreshold: 0.1,
      failOn: config.failOn,
      errorRateBudget: 0.01,
      memoryBudget: 200_000_000,
      lighthouseBudgets: config.lighthouseBudgets,
    },
    head: { bundles: [], lighthouse: { chromePath: '/usr/bin/chromium', runsPerPage: 1, pages: [page] } },
    baseline: { source: 'none', reason: 'no baseline-report was given.' },
    notes: [],
  })
  const uploads: Array<{ name: string; files: string[] }> = []
  let summary = ''
  const log: Logger = { info: () => undefined, warning: () => undefined, group: (_title, work) => work(), commandOutput: new PassThrough() }
  const published = await publishToGitHub(report, config, {
    target: { owner: 'Codertocat', repo: 'Hello-World', noPullRequestReason: 'this is a push event' },
    summary: { addRaw: (text) => ((summary += text), { write: async () => undefined }) },
    log,
    reportDir: folder.dir,
    workspace: folder.dir,
    uploadArtifact: async (name, files) => {
      uploads.push({ name, files })
      return 'https://github.com/Codertocat/Hello-World/actions/runs/1/artifacts/42'
    },
  })
  expect(uploads).toEqual([{ name: 'perf-gate-default', files: [published.reportPath, published.markdownPath, published.benchmarkPath, page.htmlReport] }])
  expect(summary).toContain('the [report artifact](https://github.com/Codertocat/Hello-World/actions/runs/1/artifacts/42) holds report.json')
  expect(summary).toContain('- `/`: `lighthouse-home.html` in the artifact')
  expect(await readFile(published.markdownPath, 'utf8')).toContain('### Monitoring')
  const benchmark = JSON.parse(await readFile(published.benchmarkPath, 'utf8'))
  expect(benchmark).toContainEqual({ name: 'LCP /', unit: 'ms', value: 1200, range: '1200–1200 ms', extra: 'median of 1 Lighthouse run' })
  expect(benchmark).toContainEqual({ name: 'CLS /', unit: 'CLS', value: 0.01, extra: 'median of 1 Lighthouse run' })
})
