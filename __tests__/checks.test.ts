import { afterEach, describe, expect, test } from '@jest/globals'
import type { TargetResult } from '../src/model/analysis.js'
import { loadConfig, type Overrides } from '../src/config/config.js'
import { budgetAnnotations } from '../src/publish/annotations.js'
import { CHECK_SUMMARY_LIMIT, checkRunName, completeCheckRun, startCheckRun, type CheckAnnotation } from '../src/publish/checks.js'
import { createOctokit } from '../src/publish/octokit.js'
import { FakeGitHub } from './fixtures/github-api.js'
import { TempProject } from './fixtures/project.js'

let api: FakeGitHub | undefined
afterEach(async () => {
  await api?.stop()
  api = undefined
})

const HEAD_SHA = 'd6fde92930d4715a2b49857d24b940956b26d2d3'
const target = { owner: 'Codertocat', repo: 'Hello-World', headSha: HEAD_SHA, name: 'perf-gate' }

async function startApi(options: ConstructorParameters<typeof FakeGitHub>[0] = {}) {
  api = await new FakeGitHub(options).start()
  return { api, octokit: createOctokit('test-token', api.url, { warning: () => undefined }) }
}

function annotation(line: number): CheckAnnotation {
  return { path: 'perf-gate.config.json', start_line: line, end_line: line, annotation_level: 'failure', message: `budget ${line}` }
}

describe('the check run', () => {
  test('starts in progress on the head commit, with its details link and external id', async () => {
    const { api, octokit } = await startApi()
    const started = await startCheckRun(octokit, { ...target, detailsUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/1', externalId: 'perf-gate:default' })

    expect(api.checkRuns).toHaveLength(1)
    const [run] = api.checkRuns
    expect(run).toMatchObject({ id: started.id, name: 'perf-gate', head_sha: HEAD_SHA, status: 'in_progress', conclusion: null })
    expect(run).toMatchObject({ details_url: 'https://github.com/Codertocat/Hello-World/actions/runs/1', external_id: 'perf-gate:default' })
    expect(Date.parse(run?.started_at ?? '')).not.toBeNaN()
    expect(started.url).toBe(`https://github.com/Codertocat/Hello-World/runs/${started.id}`)
  })

  test('completes the started run in place with the conclusion, title and summary', async () => {
    const { api, octokit } = await startApi()
    const { id } = await startCheckRun(octokit, target)
    const completed = await completeCheckRun(octokit, { ...target, id }, { conclusion: 'failure', title: '1 budget failed', summary: '❌ dist/app.js is over budget', annotations: [annotation(3)] })

    expect(completed.id).toBe(id)
    expect(api.checkRuns).toHaveLength(1)
    expect(api.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure', output: { title: '1 budget failed', summary: '❌ dist/app.js is over budget', annotations: [annotation(3)] } })
    expect(Date.parse(api.checkRuns[0]?.completed_at ?? '')).not.toBeNaN()
    expect(api.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /repos/Codertocat/Hello-World/check-runs', `PATCH /repos/Codertocat/Hello-World/check-runs/${id}`])
  })

  test('without a started run, is created already completed', async () => {
    const { api, octokit } = await startApi()
    await completeCheckRun(octokit, target, { conclusion: 'success', title: 'All budgets met', summary: '✅', annotations: [] })

    expect(api.requests.map((request) => request.method)).toEqual(['POST'])
    expect(api.checkRuns[0]).toMatchObject({ head_sha: HEAD_SHA, status: 'completed', conclusion: 'success', output: { annotations: [] } })
  })

  test('120 annotations go 50 to a request, and all of them reach the run in order', async () => {
    const { api, octokit } = await startApi()
    const { id } = await startCheckRun(octokit, target)
    const annotations = Array.from({ length: 120 }, (_, index) => annotation(index + 1))
    await completeCheckRun(octokit, { ...target, id }, { conclusion: 'failure', title: '120 budgets failed', summary: 'many', annotations })

    const writes = api.requests.filter((request) => request.method === 'PATCH')
    const batchSizes = writes.map((request) => (request.body as { output: { annotations: unknown[] } }).output.annotations.length)
    expect(batchSizes).toEqual([50, 50, 20])
    // The completing request carries the first batch; every later one repeats the title and summary, as GitHub requires.
    expect(writes[0]?.body).toMatchObject({ status: 'completed', conclusion: 'failure' })
    for (const write of writes) expect(write.body).toMatchObject({ output: { title: '120 budgets failed', summary: 'many' } })
    expect(api.checkRuns[0]?.output.annotations).toEqual(annotations)
    expect(api.checkRuns[0]?.conclusion).toBe('failure')
  })

  test('a summary longer than GitHub keeps is cut at a line boundary, and says so', async () => {
    const { api, octokit } = await startApi()
    const row = (index: number) => `| dist/chunk-${String(index).padStart(4, '0')}.js | 12.3 kB | +0.1 kB |`
    const lines = Array.from({ length: 2000 }, (_, index) => row(index))
    const summary = lines.join('\n')
    expect(summary.length).toBeGreaterThan(70_000)

    await completeCheckRun(octokit, target, { conclusion: 'success', title: 'All budgets met', summary, annotations: [] })

    const kept = api.checkRuns[0]?.output.summary ?? ''
    expect(kept.length).toBeLessThanOrEqual(CHECK_SUMMARY_LIMIT)
    expect(kept.length).toBeGreaterThan(60_000)
    const [body = '', note = ''] = kept.split('\n\n> ')
    expect(summary.startsWith(`${body}\n`)).toBe(true)
    expect(body.split('\n').at(-1)).toMatch(/^\| dist\/chunk-\d{4}\.js \| 12\.3 kB \| \+0\.1 kB \|$/)
    expect(note).toContain('The summary was cut here')
  })

  test('a cut inside a code block closes the block, so that the note shows', async () => {
    const { api, octokit } = await startApi()
    const summary = ['Trend:', '```', ...Array.from({ length: 8000 }, (_, index) => `${index} ██████`), '```'].join('\n')
    await completeCheckRun(octokit, target, { conclusion: 'neutral', title: 'Trend', summary, annotations: [] })

    const kept = api.checkRuns[0]?.output.summary ?? ''
    expect(kept.length).toBeLessThanOrEqual(CHECK_SUMMARY_LIMIT)
    expect(kept).toMatch(/\n```\n\n> The summary was cut here/)
  })

  test('a refused write (no checks: write permission) reaches the caller as its status', async () => {
    const { octokit } = await startApi({ checkWriteStatus: 403 })
    await expect(startCheckRun(octokit, target)).rejects.toMatchObject({ status: 403 })
  })

  test('a start GitHub stored but answered with a 502 is found on the commit, not created again', async () => {
    const { api, octokit } = await startApi({ faults: [{ method: 'POST', path: /\/check-runs$/, kind: 'after-storing', status: 502, times: 1 }] })
    const started = await startCheckRun(octokit, target)
    expect(api.checkRuns).toEqual([expect.objectContaining({ id: started.id, status: 'in_progress' })])
    expect(api.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /repos/Codertocat/Hello-World/check-runs',
      `GET /repos/Codertocat/Hello-World/commits/${HEAD_SHA}/check-runs`,
    ])
  })

  test('an earlier run of the same name on the commit is not taken for a lost create: a 502 that stored nothing is sent again', async () => {
    const { api, octokit } = await startApi()
    await completeCheckRun(octokit, target, { conclusion: 'success', title: 'earlier', summary: 'an earlier job', annotations: [] })
    api.addFault({ method: 'POST', path: /\/check-runs$/, status: 502, times: 1 })
    const started = await startCheckRun(octokit, target)
    expect(api.checkRuns.map((run) => run.status)).toEqual(['completed', 'in_progress'])
    expect(api.checkRuns[1]?.id).toBe(started.id)
    expect(api.requests.filter((request) => request.method === 'POST')).toHaveLength(3)
  })

  test('an annotation batch GitHub stored but answered with a 502 is not sent twice: each annotation shows once', async () => {
    const { api, octokit } = await startApi({ faults: [{ method: 'PATCH', path: /\/check-runs\/\d+$/, kind: 'after-storing', status: 502, times: 1 }] })
    const { id } = await startCheckRun(octokit, target)
    const annotations = Array.from({ length: 70 }, (_, index) => annotation(index + 1))
    // The first PATCH completes the run with 50 annotations, and its answer is lost.
    await completeCheckRun(octokit, { ...target, id }, { conclusion: 'failure', title: '70 budgets failed', summary: 'many', annotations })
    expect(api.checkRuns).toHaveLength(1)
    expect(api.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(api.checkRuns[0]?.output.annotations).toEqual(annotations)
    expect(api.requests.filter((request) => request.method === 'PATCH')).toHaveLength(2)
  })

  test('its name is "perf-gate" for the default key and "perf-gate (<key>)" for any other, so each comment key has its own check', () => {
    expect(checkRunName('default')).toBe('perf-gate')
    expect(checkRunName('api')).toBe('perf-gate (api)')
    expect(checkRunName('web')).toBe('perf-gate (web)')
    expect(checkRunName('api')).not.toBe(checkRunName('web'))
    expect(checkRunName('api')).not.toBe(checkRunName('default'))
  })
})

function failed(kind: TargetResult['kind'], subject: string, limit: number, actual: number, extra: Partial<TargetResult> = {}): TargetResult {
  return { kind, subject, target: limit, actual, passed: false, blocking: true, ...extra }
}

/** [path, line] of each annotation, to compare in one line. */
function places(annotations: readonly CheckAnnotation[]): Array<[string, number]> {
  return annotations.map((annotation) => [annotation.path, annotation.start_line])
}

/** A file of the repository, as a test writes it. */
interface ProjectFile {
  path: string
  text: string
}

/**
 * The annotations of a run in a repository that holds `files`, its config loaded as a run gating
 * `branch` loads it, with `overrides` as its inputs. Annotation paths are relative to the
 * repository root, or to `workspace` inside it.
 */
async function annotate(targets: readonly TargetResult[], files: readonly ProjectFile[], run: { overrides?: Overrides; branch?: string; workspace?: string } = {}): Promise<CheckAnnotation[]> {
  const repository = await TempProject.create()
  try {
    for (const file of files) await repository.write(file.path, file.text)
    const config = await loadConfig(run.overrides ?? {}, { cwd: repository.dir, overrideName: (input) => input, warn: () => undefined, ...(run.branch ? { branch: run.branch } : {}) })
    return budgetAnnotations(targets, config, repository.path(run.workspace ?? '.'))
  } finally {
    await repository.remove()
  }
}

const JSON_CONFIG: ProjectFile = {
  path: 'web/perf-gate.config.json',
  text: `{
  "bundles": [
    "dist/*.js",
    { "name": "app", "path": "dist/app-*.js", "limit": "300 kB" },
    { "path": ["dist/vendor.js", "dist/polyfills.js"] }
  ],
  "bundle-budget": "500 kB",
  "endpoints": [
    "GET /health",
    { "method": "post", "path": "/api/orders", "p95-budget": "300ms" }
  ],
  "p95-budget": "200ms",
  "error-rate-budget": "1%",
  "memory-budget": "256MB",
  "policies": [
    { "branches": ["release/**", "main"], "bundle-budget": "450 kB" },
    { "branches": ["main", "develop"], "bundle-budget": "400 kB" }
  ]
}
`,
}
/** JSON_CONFIG is not in the repository root: the config input names it. */
const IN_WEB: Overrides = { config: 'web/perf-gate.config.json' }

describe('annotations on the lines that set failed budgets', () => {
  test('a JSON config: a group’s own limit, the shared bundle budget, an endpoint’s own p95 budget, the top-level budgets', async () => {
    const annotations = await annotate(
      [
        failed('bundle-budget', 'app', 300_000, 350_000),
        failed('bundle-budget', 'dist/main.js', 500_000, 612_000),
        failed('bundle-budget', 'dist/vendor.js, dist/polyfills.js', 500_000, 510_000),
        failed('latency-p95', 'POST /api/orders', 300, 420),
        failed('latency-p95', 'GET /health', 200, 250),
        failed('error-rate', 'GET /health', 0.01, 0.05),
        failed('memory', 'server', 256_000_000, 270_000_000),
      ],
      [JSON_CONFIG],
      { overrides: IN_WEB },
    )
    expect(places(annotations)).toEqual([
      ['web/perf-gate.config.json', 4],
      ['web/perf-gate.config.json', 7],
      ['web/perf-gate.config.json', 7],
      ['web/perf-gate.config.json', 10],
      ['web/perf-gate.config.json', 12],
      ['web/perf-gate.config.json', 13],
      ['web/perf-gate.config.json', 14],
    ])
    expect(annotations[1]).toEqual({
      path: 'web/perf-gate.config.json',
      start_line: 7,
      end_line: 7,
      annotation_level: 'failure',
      title: 'Bundle over budget',
      message: 'dist/main.js is 612 kB, 112 kB over this 500 kB budget',
    })
    expect(annotations.map((annotation) => annotation.message).slice(3)).toEqual([
      'POST /api/orders has a p95 of 420 ms at normal load, 120 ms over this 300 ms budget',
      'GET /health has a p95 of 250 ms at normal load, 50.0 ms over this 200 ms budget',
      'GET /health failed 5% of requests under load, over this 1% budget',
      'The server peaked at 270 MB RSS under load, 14 MB over this 256 MB budget',
    ])
  })

  test('only failed, conclusive budget targets are annotated; a non-blocking one is a warning', async () => {
    const annotations = await annotate(
      [
        failed('bundle-budget', 'dist/main.js', 500_000, 400_000, { passed: true }),
        failed('latency-p95', 'GET /health', 200, 250, { inconclusive: true }),
        failed('bundle-regression', 'dist/main.js', 0.1, 0.3),
        failed('latency-regression', 'GET /health', 0.1, 0.3),
        failed('lighthouse-error', '/', 0, 0),
        failed('bundle-budget', 'dist/other.js', 500_000, 612_000, { blocking: false }),
      ],
      [JSON_CONFIG],
      { overrides: IN_WEB },
    )
    expect(annotations).toHaveLength(1)
    expect(annotations[0]).toMatchObject({ start_line: 7, annotation_level: 'warning' })
  })

  test('a budget the file does not set (an input, a default) gets no annotation rather than a wrong line', async () => {
    const annotations = await annotate(
      [
        // bundle-budget given as a workflow input: the file's 500 kB is not the limit in force.
        failed('bundle-budget', 'dist/main.js', 600_000, 612_000),
        failed('lighthouse-metric', '/', 2500, 3100, { metric: 'lcp' }),
      ],
      [JSON_CONFIG],
      { overrides: { ...IN_WEB, 'bundle-budget': '600KB' } },
    )
    expect(annotations).toEqual([])
    expect(await annotate([failed('memory', 'server', 200_000_000, 270_000_000)], [])).toEqual([])
  })

  test('a limit other than the one in force (a report measured with other settings) gets no annotation', async () => {
    // The publish half of the fork recipe reads the config of its own checkout, not the one the report was measured with.
    expect(await annotate([failed('bundle-budget', 'dist/main.js', 450_000, 612_000)], [JSON_CONFIG], { overrides: IN_WEB })).toEqual([])
  })

  test('the last applying policy that sets a budget is where it is set', async () => {
    const dist = failed('bundle-budget', 'dist/main.js', 400_000, 612_000)
    expect(places(await annotate([dist], [JSON_CONFIG], { overrides: IN_WEB, branch: 'main' }))).toEqual([['web/perf-gate.config.json', 17]])
    const release = failed('bundle-budget', 'dist/main.js', 450_000, 612_000)
    expect(places(await annotate([release], [JSON_CONFIG], { overrides: IN_WEB, branch: 'release/2.4' }))).toEqual([['web/perf-gate.config.json', 16]])
    // A policy that does not set the budget leaves it at the top level; a group's own limit beats any policy.
    const endpoint = failed('latency-p95', 'GET /health', 200, 250)
    const group = failed('bundle-budget', 'app', 300_000, 350_000)
    expect(places(await annotate([endpoint, group], [JSON_CONFIG], { overrides: IN_WEB, branch: 'main' }))).toEqual([
      ['web/perf-gate.config.json', 12],
      ['web/perf-gate.config.json', 4],
    ])
  })

  test('a YAML config: block lists, a lighthouse-budgets string over several lines, a policy with its own', async () => {
    const config: ProjectFile = {
      path: 'perf-gate.config.yml',
      text: `# Budgets for the storefront
bundles:
  - dist/*.js
  - name: app
    path: dist/app-*.js
    limit: 300 kB
bundle-budget: 500 kB
endpoints: |
  GET /health
p95-budget: 200ms
lighthouse-budgets: |
  lcp=2.5s
  cls=0.1
policies:
  - branches: [release/**]
    lighthouse-budgets: lcp=3s, tbt=300ms
`,
    }
    const lcp = failed('lighthouse-metric', '/', 2500, 3100, { metric: 'lcp' })
    const cls = failed('lighthouse-metric', '/', 0.1, 0.25, { metric: 'cls' })
    expect(
      places(
        await annotate(
          [failed('bundle-budget', 'app', 300_000, 350_000), failed('bundle-budget', 'dist/main.js', 500_000, 612_000), failed('latency-p95', 'GET /health', 200, 250), lcp, cls],
          [config],
        ),
      ),
    ).toEqual([
      ['perf-gate.config.yml', 6],
      ['perf-gate.config.yml', 7],
      ['perf-gate.config.yml', 10],
      ['perf-gate.config.yml', 12],
      ['perf-gate.config.yml', 13],
    ])
    // Under the policy its string replaces the file's budgets: lcp and tbt are set there; cls is back to the default.
    const underPolicy = [failed('lighthouse-metric', '/', 3000, 3100, { metric: 'lcp' }), failed('lighthouse-metric', '/', 300, 450, { metric: 'tbt' }), cls]
    expect(places(await annotate(underPolicy, [config], { branch: 'release/1' }))).toEqual([
      ['perf-gate.config.yml', 16],
      ['perf-gate.config.yml', 16],
    ])
  })

  test('.size-limit.json: a check’s own limit; one without (or with a time limit) gets the bundle budget', async () => {
    const sizeLimit: ProjectFile = {
      path: '.size-limit.json',
      text: `[
  {
    "name": "core",
    "path": "dist/core.js",
    "limit": "10 kB"
  },
  {
    "path": "dist/extra.js"
  },
  {
    "name": "timed",
    "path": "dist/timed.js",
    "limit": "1 s"
  }
]
`,
    }
    const targets = [failed('bundle-budget', 'core', 10_000, 12_000), failed('bundle-budget', 'dist/extra.js', 500_000, 612_000), failed('bundle-budget', 'timed', 500_000, 612_000)]
    expect(places(await annotate(targets, [sizeLimit, JSON_CONFIG], { overrides: IN_WEB }))).toEqual([
      ['.size-limit.json', 5],
      ['web/perf-gate.config.json', 7],
      ['web/perf-gate.config.json', 7],
    ])
    // Without a config file the shared budget is the default: nothing to point at.
    expect(places(await annotate(targets, [sizeLimit]))).toEqual([['.size-limit.json', 5]])
  })

  test('package.json size-limit comes first, as size-limit looks there first; .size-limit.json only without it', async () => {
    const manifest: ProjectFile = {
      path: 'package.json',
      text: `{
\t"name": "storefront",
\t"size-limit": [
\t\t{
\t\t\t"path": ["dist/index.js", "dist/runtime.js"],
\t\t\t"limit": "25 kB"
\t\t}
\t]
}
`,
    }
    const entry = failed('bundle-budget', 'dist/index.js, dist/runtime.js', 25_000, 26_500)
    expect(places(await annotate([entry], [manifest]))).toEqual([['package.json', 6]])
    const dotFile: ProjectFile = { path: '.size-limit.json', text: '[{ "path": "dist/other.js", "limit": "5 kB" }]' }
    expect(places(await annotate([entry], [manifest, dotFile]))).toEqual([['package.json', 6]])
    expect(await annotate([failed('bundle-budget', 'dist/other.js', 5_000, 6_000)], [manifest, dotFile])).toEqual([])
    const withoutSection: ProjectFile = { ...manifest, text: '{ "name": "storefront" }\n' }
    expect(places(await annotate([failed('bundle-budget', 'dist/other.js', 5_000, 6_000)], [withoutSection, dotFile]))).toEqual([['.size-limit.json', 1]])
  })

  test('lighthouserc.json: the maxNumericValue or minScore of the metric’s assertion, unless it is off', async () => {
    const rc: ProjectFile = {
      path: 'lighthouserc.json',
      text: `{
  "ci": {
    "assert": {
      "assertions": {
        "categories:performance": ["error", { "minScore": 0.9 }],
        "largest-contentful-paint": [
          "error",
          { "maxNumericValue": 2500 }
        ],
        "total-blocking-time": ["off", { "maxNumericValue": 200 }]
      }
    }
  }
}
`,
    }
    const annotations = await annotate(
      [
        failed('lighthouse-metric', '/checkout', 0.9, 0.72, { metric: 'score' }),
        failed('lighthouse-metric', '/checkout', 2500, 3100, { metric: 'lcp' }),
        failed('lighthouse-metric', '/checkout', 200, 450, { metric: 'tbt' }),
      ],
      [rc],
      { overrides: { urls: '/checkout' } },
    )
    expect(places(annotations)).toEqual([
      ['lighthouserc.json', 5],
      ['lighthouserc.json', 8],
    ])
    expect(annotations.map((annotation) => annotation.message)).toEqual([
      '/checkout has a median performance score of 72, under this minimum of 90',
      '/checkout has a median LCP of 3.1 s, 600 ms over this 2.5 s budget',
    ])
  })

  test('budget.json: the timing’s budget; lighthouse-budgets in the config wins per metric', async () => {
    const budgetJson: ProjectFile = {
      path: 'budget.json',
      text: `[
  {
    "path": "/*",
    "timings": [
      { "metric": "first-contentful-paint", "budget": 1800 },
      { "metric": "largest-contentful-paint", "budget": 2500 }
    ]
  }
]
`,
    }
    const config: ProjectFile = {
      path: 'perf-gate.config.json',
      text: `{
  "urls": "/",
  "lighthouse-budgets": {
    "lcp": "3s",
    "cls": 0.05
  }
}
`,
    }
    const annotations = await annotate(
      [
        failed('lighthouse-metric', '/', 1800, 2000, { metric: 'fcp' }),
        failed('lighthouse-metric', '/', 3000, 3100, { metric: 'lcp' }),
        failed('lighthouse-metric', '/', 0.05, 0.25, { metric: 'cls', blocking: false }),
      ],
      [config, budgetJson],
    )
    expect(places(annotations)).toEqual([
      ['budget.json', 5],
      ['perf-gate.config.json', 4],
      ['perf-gate.config.json', 5],
    ])
    expect(annotations[2]).toMatchObject({ annotation_level: 'warning', title: 'CLS over budget', message: '/ has a median CLS of 0.250, 0.200 over this 0.050 budget' })
  })

  test('a budget string on one line points at that line', async () => {
    const config: ProjectFile = { path: 'perf-gate.config.json', text: '{\n  "lighthouse-budgets": "lcp=2.5s, cls=0.1\\ntbt=300ms"\n}\n' }
    expect(places(await annotate([failed('lighthouse-metric', '/', 300, 450, { metric: 'tbt' })], [config]))).toEqual([['perf-gate.config.json', 2]])
  })

  test('a file outside the repository cannot carry an annotation', async () => {
    const config: ProjectFile = { path: 'app/perf-gate.config.json', text: '{ "bundle-budget": "500 kB" }' }
    const overrides: Overrides = { config: 'app/perf-gate.config.json' }
    expect(places(await annotate([failed('bundle-budget', 'dist/main.js', 500_000, 612_000)], [config], { overrides }))).toEqual([['app/perf-gate.config.json', 1]])
    expect(await annotate([failed('bundle-budget', 'dist/main.js', 500_000, 612_000)], [config], { overrides, workspace: 'other' })).toEqual([])
  })
})
