import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile, rm, symlink } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { Ajv } from 'ajv'
import reportSchema from '../schema/report.schema.json' with { type: 'json' }
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { runCliCaptured } from './fixtures/cli.js'
import { FakeGitHub } from './fixtures/github-api.js'
import { TempProject, javascriptLike } from './fixtures/project.js'
import { FakeResultsService } from './fixtures/results-service.js'
import { EVENTS, MERGE_COMMIT_SHA, installAction, runAction, type RunOptions } from './fixtures/runner.js'
import { NANOID_CHECKS, libraryProject, sizeLimitJson } from './fixtures/size-limit.js'
import { prependToViteEntry, writeViteReactApp } from './fixtures/vite/project.js'
import { runWebpack, writeWebApp } from './fixtures/webpack/project.js'

const PULL_REQUEST = path.join(EVENTS, 'pull_request.opened.json')
const PUSH = path.join(EVENTS, 'push.json')
const ISSUE = 2 // the pull request number in the payload
const MARKER = '<!-- perf-gate:default -->'

let actionDir: string
let project: TempProject

beforeAll(async () => {
  actionDir = await installAction()
  project = await TempProject.create()
  await project.writeIncompressible('dist/vendor.js', 40_000)
  await project.write('dist/app.js', javascriptLike(2000))
  await project.write('dist/app.css', 'body{margin:0}\n'.repeat(200))
})

afterAll(async () => {
  await rm(actionDir, { recursive: true, force: true })
  await project.remove()
})

function options(api: FakeGitHub, inputs: Record<string, string>, eventFile = PULL_REQUEST): RunOptions {
  return {
    actionDir,
    apiUrl: api.url,
    eventFile,
    eventName: eventFile === PUSH ? 'push' : 'pull_request',
    workspace: project.dir,
    inputs: { 'github-token': 'test-token', ...inputs },
  }
}

const overBudget = { bundles: 'dist/*.js\ndist/*.css', 'bundle-budget': '20KB' }
const HEAD_SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821' // the pull request's head in the payload
const commentWrites = (api: FakeGitHub, method: string) => api.requests.filter((request) => request.method === method && request.path.includes('/comments'))
const stickyComments = (api: FakeGitHub) => (api.comments.get(ISSUE) ?? []).filter((comment) => comment.body.includes(MARKER))
const errorLines = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('::error'))
const warningLines = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('::warning'))

/** The runner's environment for one job of workflow run `runId` on `headSha`: its runtime token, the results service, the run id. */
function jobOf(results: FakeResultsService, runId: number, headSha: string): Record<string, string> {
  return { ACTIONS_RUNTIME_TOKEN: results.issueRuntimeToken({ runId, headSha }), ACTIONS_RESULTS_URL: results.url, GITHUB_RUN_ID: String(runId) }
}

/** The files of the artifact `perf-gate-default` that run `runId` uploaded, by name. */
function uploadedFiles(results: FakeResultsService, runId: number): { id: number; files: Record<string, string> } {
  const artifact = results.finalizedArtifact('perf-gate-default', runId)
  if (!artifact?.content) throw new Error(`run ${runId} uploaded no perf-gate-default artifact`)
  const files = Object.fromEntries(Object.entries(unzipSync(new Uint8Array(artifact.content))).map(([name, bytes]) => [name, strFromU8(bytes)]))
  return { id: artifact.id, files }
}

describe('the built action on a pull_request event', () => {
  let api: FakeGitHub
  beforeEach(async () => {
    // 130 earlier comments: the sticky comment lands on the second page of the listing.
    api = await new FakeGitHub({ seed: { [ISSUE]: Array.from({ length: 130 }, (_, i) => `review comment ${i}`) } }).start()
  })
  afterEach(async () => api.stop())

  test('a bundle over budget fails the job, comments once, and a re-run updates that comment', async () => {
    const first = await runAction(options(api, overBudget))
    expect(first.code).toBe(1)
    expect(first.outputs['passed']).toBe('false')
    expect(errorLines(first.stdout)).toEqual([expect.stringMatching(/^::error::perf-gate failed: dist\/vendor\.js is 40(\.\d)? kB, .* over its 20 kB budget$/)])
    expect(stickyComments(api)).toHaveLength(1)
    expect(commentWrites(api, 'POST')).toHaveLength(1)
    expect(commentWrites(api, 'POST')[0]?.authorization).toBe('token test-token')
    expect(first.outputs['comment-url']).toBe(stickyComments(api)[0]?.html_url)
    expect(first.summary).toContain('### Validation')

    const report = JSON.parse(await readFile(first.outputs['report-path'] as string, 'utf8'))
    expect(new Ajv({ strict: false }).validate(reportSchema, report)).toBe(true)
    expect(report.commit.sha).toBe('ec26c3e57ca3a959ca5aad62de7213c562f8c821')
    expect(await readFile(first.outputs['markdown-path'] as string, 'utf8')).toContain('❌')

    const second = await runAction(options(api, overBudget))
    expect(second.code).toBe(1)
    expect(stickyComments(api)).toHaveLength(1)
    expect(api.comments.get(ISSUE)).toHaveLength(131)
    expect(commentWrites(api, 'POST')).toHaveLength(1)
    expect(commentWrites(api, 'PATCH')).toHaveLength(1)
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url'])
  })

  test('a token that cannot write (403) warns, still writes the summary and report, and keeps the verdict', async () => {
    api.commentWriteStatus = 403
    const run = await runAction(options(api, overBudget))
    expect(run.code).toBe(1)
    expect(run.outputs['passed']).toBe('false')
    expect(run.outputs['comment-url']).toBe('')
    expect(run.stdout).toMatch(/::warning::The pull request comment could not be posted: the token cannot write to this pull request \(HTTP 403\)/)
    expect(run.summary).toContain('perf-gate failed')
    await expect(readFile(run.outputs['report-path'] as string, 'utf8')).resolves.toContain('"schemaVersion": 1')
    expect(run.stderr).not.toMatch(/^\s+at /m)
  })

  test('within budget it passes, and compares with a baseline report', async () => {
    const base = await runAction(options(api, { bundles: 'dist/*.js', 'bundle-budget': '1MB', comment: 'false' }))
    expect(base.code).toBe(0)
    await project.write('dist/app.js', javascriptLike(3000))
    try {
      const run = await runAction(options(api, { bundles: 'dist/*.js', 'bundle-budget': '1MB', 'baseline-report': base.outputs['report-path'] as string }))
      expect(run.code).toBe(0)
      expect(run.outputs['passed']).toBe('true')
      expect(run.outputs['regressions']).toBe('1')
      expect(stickyComments(api)[0]?.body).toMatch(/`dist\/app\.js` \| [\d.]+ kB \| [\d.]+ kB \| \+[\d.]+ kB \(\+\d+%\) 🔺/)
    } finally {
      await project.write('dist/app.js', javascriptLike(2000))
    }
  })

  test('comment: on-failure posts nothing when the check passes', async () => {
    const run = await runAction(options(api, { bundles: 'dist/*.js', 'bundle-budget': '1MB', comment: 'on-failure' }))
    expect(run.code).toBe(0)
    expect(commentWrites(api, 'POST')).toHaveLength(0)
    expect(api.checkRuns.map((check) => check.conclusion)).toEqual(['success'])
  })

  test('the check run sits on the head commit, not the merge commit, with the verdict and the report', async () => {
    const run = await runAction(options(api, overBudget))
    expect(run.code).toBe(1)
    expect(api.checkRuns).toHaveLength(1)
    const [check] = api.checkRuns
    expect(check).toMatchObject({ name: 'perf-gate', head_sha: HEAD_SHA, status: 'completed', conclusion: 'failure' })
    // Shown as in progress while measuring, then completed in place.
    expect(api.requests.filter((request) => request.path.includes('/check-runs')).map((request) => [request.method, (request.body as { status?: string }).status])).toEqual([
      ['POST', 'in_progress'],
      ['PATCH', 'completed'],
    ])
    expect(check?.head_sha).not.toBe(MERGE_COMMIT_SHA)
    expect(check?.output.title).toMatch(/^perf-gate failed: dist\/vendor\.js is 40(\.\d)? kB/)
    expect(check?.output.summary).toContain('### Validation')
    expect(run.outputs['check-run-url']).toBe(check?.html_url)
    expect(stickyComments(api)[0]?.body).toContain(`The [check run](${check?.html_url}) on the head commit`)
  })

  test('a budget set in the config file is annotated on its line; a token without checks: write only warns', async () => {
    const folder = await TempProject.create()
    try {
      await folder.writeIncompressible('dist/vendor.js', 40_000)
      await folder.write('perf-gate.config.json', '{\n  "bundles": ["dist/*.js"],\n  "bundle-budget": "20KB"\n}\n')
      const run = await runAction({ ...options(api, { 'comment-key': 'sizes' }), workspace: folder.dir })
      expect(run.code).toBe(1)
      const [check] = api.checkRuns
      expect(check).toMatchObject({ name: 'perf-gate (sizes)', conclusion: 'failure' })
      expect(check?.output.annotations).toEqual([expect.objectContaining({ path: 'perf-gate.config.json', start_line: 3, end_line: 3, annotation_level: 'failure' })])

      const readOnly = await new FakeGitHub({ checkWriteStatus: 403 }).start()
      try {
        const denied = await runAction({ ...options(readOnly, {}), workspace: folder.dir })
        expect(denied.code).toBe(1)
        expect(denied.stdout).toMatch(/::warning::The check run could not be written: the token cannot create check runs \(HTTP 403\); give the job `permissions: checks: write`/)
        expect(stickyComments(readOnly)).toHaveLength(1)
      } finally {
        await readOnly.stop()
      }
    } finally {
      await folder.remove()
    }
  })
})

describe('the built action on a GitHub that fails now and then', () => {
  test('a 502 is retried and a spent rate limit waited out: one comment, one check run, the wait said in the log', async () => {
    const reset = String(Math.ceil(Date.now() / 1000) + 1)
    const api = await new FakeGitHub({
      faults: [
        { method: 'GET', path: /\/issues\/\d+\/comments$/, status: 502, body: { message: 'Server Error' }, times: 1 },
        {
          method: 'POST',
          path: /\/check-runs$/,
          status: 403,
          headers: { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset, 'x-ratelimit-resource': 'core' },
          body: { message: 'API rate limit exceeded for installation ID 1.', documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting' },
          times: 1,
        },
      ],
    }).start()
    try {
      const run = await runAction(options(api, { bundles: 'dist/*.js', baseline: 'none' }))
      expect(run.code).toBe(0)
      expect(warningLines(run.stdout)).toEqual([expect.stringMatching(/^::warning::GitHub rate limit on POST \/repos\/\{owner\}\/\{repo\}\/check-runs; retrying in [1-3]s\.$/)])
      expect(api.requests.filter((request) => request.method === 'GET' && request.path.endsWith(`/issues/${ISSUE}/comments`))).toHaveLength(2)
      expect(api.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/check-runs'))).toHaveLength(2)
      expect(api.checkRuns).toEqual([expect.objectContaining({ head_sha: HEAD_SHA, conclusion: 'success' })])
      expect(stickyComments(api)).toHaveLength(1)
      expect(run.outputs['comment-url']).toBe(stickyComments(api)[0]?.html_url)
    } finally {
      await api.stop()
    }
  })
})

describe('the built action on a large or hostile project', () => {
  test("2,000 bundle files: the comment and the check run stay within GitHub's limits, the job summary keeps every row", async () => {
    const api = await new FakeGitHub().start()
    const many = await TempProject.create()
    try {
      for (let index = 0; index < 2000; index++) await many.write(`dist/chunks/route-${String(index).padStart(4, '0')}.js`, javascriptLike(3 + (index % 7), index))
      const run = await runAction({ ...options(api, { bundles: 'dist/**/*.js', 'bundle-budget': '150B' }), workspace: many.dir })
      expect(run.code).toBe(1)
      const body = stickyComments(api)[0]?.body ?? ''
      expect(body.length).toBeLessThanOrEqual(65_536)
      expect(body).toContain('This report is long: each table shows its first')
      expect(body).toMatch(/…and [\d,]+ more failed targets in the full report\./)
      expect(api.checkRuns[0]?.output.summary?.length).toBeLessThanOrEqual(65_535)
      expect(run.summary).toContain('route-1999.js')
      expect(JSON.parse(await readFile(run.outputs['report-path'] as string, 'utf8')).measurements.bundles).toHaveLength(2000)
    } finally {
      await api.stop()
      await many.remove()
    }
  })

  test('hostile file names reach the comment only inside code spans', async () => {
    const api = await new FakeGitHub().start()
    const hostile = await TempProject.create()
    try {
      await hostile.write('dist/<img src=x onerror=alert(1)>.js', javascriptLike(50))
      await hostile.write('dist/@everyone [x](javascript:alert(1)).js', javascriptLike(50))
      const run = await runAction({ ...options(api, { bundles: 'dist/*.js', 'bundle-budget': '100B' }), workspace: hostile.dir })
      expect(run.code).toBe(1)
      const body = stickyComments(api)[0]?.body ?? ''
      expect(body).toContain('`dist/<img src=x onerror=alert(1)>.js`')
      expect(body.replace(/``.*?``|`[^`]*`/g, '')).not.toMatch(/<img|@everyone|\]\(javascript/)
    } finally {
      await api.stop()
      await hostile.remove()
    }
  })
})

describe('the built action against hostile output, refs and a Chrome that cannot start', () => {
  const API_SERVER = path.join(EVENTS, '..', 'servers', 'api.mjs')
  const HOSTILE = '<img src=x onerror=alert(1)> @everyone [click](javascript:alert(1)) <!-- the rest is hidden'

  test("a server's hostile last output and start command are text in the failed check run, the job summary and the log", async () => {
    const api = await new FakeGitHub().start()
    const folder = await TempProject.create()
    try {
      await folder.write('boom.mjs', `console.error(${JSON.stringify(HOSTILE)})\nprocess.exit(1)\n`)
      const run = await runAction({ ...options(api, { 'start-command': 'node boom.mjs "<b>@everyone</b>"', endpoints: 'GET /' }), workspace: folder.dir })
      expect(run.code).toBe(1)
      const [error] = errorLines(run.stdout)
      expect(error).toMatch(
        /^::error::start-command: "node boom\.mjs .+" exited with code 1 before it answered on \/ — last output: <img src=x onerror=alert\(1\)> @everyone \[click\]\(javascript:alert\(1\)\) <!-- the rest is hidden; make it start a server/,
      )
      const checkRun = api.checkRuns[0]
      expect(checkRun).toEqual(expect.objectContaining({ status: 'completed', conclusion: 'failure' }))
      // Markdown surfaces: nothing of it is live outside code spans; the words are still all there.
      for (const markdown of [checkRun?.output.summary ?? '', run.summary]) {
        const outsideCode = markdown.replace(/``.*?``|`[^`]*`/g, '')
        // `\[click\](…)` is brackets as text; an unescaped `](` would make it a link.
        expect(outsideCode).not.toMatch(/<img|<b>|<!--|@everyone|(?<!\\)\]\(javascript/)
        expect(markdown).toMatch(/onerror=alert\(1\)/)
        expect(markdown).toContain('the rest is hidden')
      }
    } finally {
      await api.stop()
      await folder.remove()
    }
  })

  test('CHROME_PATH that is no Chrome: one line naming it and the fix, before any Lighthouse run; the server stopped', async () => {
    const api = await new FakeGitHub().start()
    const tag = `perf-gate-nochrome-${process.pid}-${Date.now()}`
    try {
      const run = await runAction({
        ...options(api, { 'start-command': `TAG=${tag} "${process.execPath}" "${API_SERVER}"`, urls: '/' }),
        env: { CHROME_PATH: '/bin/false' },
      })
      expect(run.code).toBe(1)
      expect(errorLines(run.stdout)).toEqual([
        expect.stringMatching(/^::error::CHROME_PATH: Chrome at "\/bin\/false" does not start \(.+\); point CHROME_PATH at a working Chrome or Chromium, or unset it to search the usual places$/),
      ])
      expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/ECONNREFUSED|stopped unexpectedly/)
      expect(execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })).not.toContain(tag)
      expect(api.checkRuns).toEqual([expect.objectContaining({ status: 'completed', conclusion: 'failure' })])
    } finally {
      await api.stop()
    }
  })

  test('base-ref that starts with a dash: refused in one line before git sees it; the command in it never runs', async () => {
    const api = await new FakeGitHub().start()
    const origin = await TempProject.create('perf-gate-origin-')
    const clone = await TempProject.create('perf-gate-clone-')
    try {
      origin.initRepository()
      await origin.write('dist/app.js', javascriptLike(100))
      origin.git('add', '-A')
      origin.git('commit', '-q', '-m', 'base')
      // A clone has a remote, so the base would be fetched: `git fetch origin --upload-pack=…` would run the command.
      clone.git('clone', '-q', `file://${origin.dir}`, 'work')
      const pwned = clone.path('pwned')
      const run = await runAction({
        ...options(api, { bundles: 'dist/*.js', baseline: 'rebuild', 'base-ref': `--upload-pack=touch ${pwned};false` }),
        workspace: clone.path('work'),
      })
      expect(run.code).toBe(1)
      expect(errorLines(run.stdout)).toEqual([`::error::base-ref: "--upload-pack=touch ${pwned};false" starts with a dash, which git would take as an option; give a branch, tag or commit SHA`])
      expect(existsSync(pwned)).toBe(false)
      expect(api.comments.size).toBe(0)
    } finally {
      await api.stop()
      await origin.remove()
      await clone.remove()
    }
  })
})

describe('the built action on a push event', () => {
  test('writes the summary and report but no comment', async () => {
    const api = await new FakeGitHub().start()
    try {
      const run = await runAction(options(api, overBudget, PUSH))
      expect(run.code).toBe(1)
      expect(run.outputs['passed']).toBe('false')
      expect(api.requests.filter((request) => request.path.includes('/comments'))).toHaveLength(0)
      expect(api.checkRuns).toEqual([expect.objectContaining({ head_sha: JSON.parse(await readFile(PUSH, 'utf8')).after, conclusion: 'failure' })])
      expect(run.summary).toContain('### Baseline')
    } finally {
      await api.stop()
    }
  })
})

describe('bad input on the built action', () => {
  let api: FakeGitHub
  beforeAll(async () => {
    api = await new FakeGitHub().start()
  })
  afterAll(async () => api.stop())

  // A server that would start if the input got past the Config: no row may get that far.
  const server = { 'start-command': 'node server.mjs' }
  // Name, files, inputs, the one error line; symlinks (path in the workspace → target) when a row needs them.
  const cases: Array<[string, Record<string, string>, Record<string, string>, RegExp, Record<string, string>?]> = [
    ['an unknown config key', { 'perf-gate.config.json': '{ "bundel-budget": "10KB" }' }, {}, /unknown key "bundel-budget"; did you mean "bundle-budget"\?/],
    ['a size with an unknown unit', {}, { bundles: 'dist/*.js', 'bundle-budget': '500XB' }, /^::error::bundle-budget: "500XB" is not a size; use a number with a unit/],
    ['a glob that matches nothing', {}, { bundles: 'build/**/*.js' }, /^::error::bundles: "build\/\*\*\/\*\.js" matches no file in .*; build first \(build-command\) or fix the glob$/],
    ['a missing config file', {}, { config: 'perf.json', bundles: 'dist/*.js' }, /^::error::config: "perf.json" does not exist; create it/],
    ['invalid JSON', { 'perf-gate.config.json': '{ "bundles": [ "dist/*.js", }' }, {}, /^::error::config: "perf-gate.config.json" is not valid JSON \(.+\); fix the syntax$/],
    ['invalid YAML', { 'perf-gate.config.yml': 'bundles:\n  - dist/*.js\n bundle-budget: [' }, {}, /^::error::config: "perf-gate.config.yml" is not valid YAML \(.+\); fix the syntax$/],
    [
      'a negative budget',
      { 'perf-gate.config.json': '{ "bundles": ["dist/*.js"], "bundle-budget": "-5KB" }' },
      {},
      /^::error::bundle-budget \(in perf-gate.config.json\): "-5KB" is negative; give zero or more$/,
    ],
    ['an unknown fail-on word', {}, { bundles: 'dist/*.js', 'fail-on': 'budgets' }, /^::error::fail-on: "budgets" is not one of budget, regression, budget,regression, none/],
    [
      'a strip-hash that does not compile',
      {},
      { bundles: 'dist/*.js', 'strip-hash': '-([\\w-{8}\\.' },
      /^::error::strip-hash: \/.+\/ is not a regular expression \(.+\); give auto, none, or a pattern whose first group is the hash/,
    ],
    [
      'a strip-hash without a capture group',
      {},
      { bundles: 'dist/*.js', 'strip-hash': '-[a-f0-9]{8}' },
      /^::error::strip-hash: \/-\[a-f0-9\]\{8\}\/ has no capture group; put the hash in parentheses/,
    ],
    ['composition: webpack-stats without the stats', {}, { bundles: 'dist/*.js', composition: 'webpack-stats' }, /^::error::composition: webpack-stats needs the stats file; set webpack-stats/],
    [
      'a broken size-limit config',
      { '.size-limit.json': '{ "path": "dist/app.js" }' },
      {},
      /^::error::size-limit: ".size-limit.json" must be a non-empty list of checks; write a list of checks such as/,
    ],
    [
      'an absolute glob',
      {},
      { bundles: '/etc/passwd' },
      /^::error::bundles: "\/etc\/passwd" reaches outside the working directory \(an absolute path or \.\.\); write globs relative to it, such as dist\/\*\.js, or move working-directory up$/,
    ],
    ['a glob into the parent folder', {}, { bundles: 'dist/*.js\n../outside/*.js' }, /^::error::bundles: "\.\.\/outside\/\*\.js" reaches outside the working directory \(an absolute path or \.\.\)/],
    // The workspace is in the temp folder: `../../**` would crawl the whole disk.
    ['a glob that would walk the disk', {}, { bundles: '../../**/*.json' }, /^::error::bundles: "\.\.\/\.\.\/\*\*\/\*\.json" reaches outside the working directory/],
    [
      'a symlink inside the project that points out',
      {},
      { bundles: 'dist/*.js' },
      /^::error::bundles: "dist\/\*\.js" matches "dist\/passwd\.js", a symlink to "\/etc\/passwd" outside ".+"; perf-gate reads only files inside it, so remove the link or leave it out of the glob \(!dist\/passwd\.js\)$/,
      { 'dist/passwd.js': '/etc/passwd' },
    ],
    [
      'a working-directory outside the workspace',
      {},
      { 'working-directory': '..', bundles: 'dist/*.js' },
      /^::error::working-directory: "\.\." leads outside the workspace ".+"; give a folder inside the checkout, such as packages\/app$/,
    ],
    // The runner escapes % in a workflow command as %25.
    [
      'an error rate over 100%',
      {},
      { ...server, endpoints: 'GET /', 'error-rate-budget': '150%' },
      /^::error::error-rate-budget: "150%25" is not between 0%25 and 100%25; give a value in that range, such as 1%25$/,
    ],
    ['a thousand Lighthouse runs', {}, { ...server, urls: '/', 'lighthouse-runs': '1000' }, /^::error::lighthouse-runs: "1000" is not between 1 and 25; give a value in that range, such as 3$/],
    [
      'more connections than a runner can open',
      {},
      { ...server, endpoints: 'GET /', connections: '100000' },
      /^::error::connections: "100000" is not between 1 and 1000; give a value in that range, such as 10$/,
    ],
    [
      'a method HTTP does not have',
      {},
      { ...server, endpoints: 'FETCH /x' },
      /^::error::endpoints: "FETCH" \(in "FETCH \/x"\) is not an HTTP method perf-gate sends; use GET, HEAD, POST, PUT, PATCH, DELETE or OPTIONS$/,
    ],
    [
      'a javascript: page',
      {},
      { ...server, urls: 'javascript:alert(1)' },
      /^::error::urls: "javascript:alert\(1\)" is not a page Lighthouse can measure; give an http:\/\/ or https:\/\/ URL, or a path on the started server such as \/pricing$/,
    ],
    ['a file: page', {}, { ...server, urls: '/\nfile:///etc/passwd' }, /^::error::urls: "file:\/\/\/etc\/passwd" is not a page Lighthouse can measure; give an http:\/\/ or https:\/\/ URL/],
  ]

  test.each(cases)('%s gives one clear line and exit code 1, before anything starts', async (_name, files, inputs, expected, links = {}) => {
    const folder = await TempProject.create()
    try {
      await folder.write('dist/app.js', 'console.log(1)\n')
      for (const [file, content] of Object.entries(files)) await folder.write(file, content)
      for (const [link, target] of Object.entries(links)) await symlink(target, folder.path(link))
      const run = await runAction({ ...options(api, inputs), workspace: folder.dir })
      // Refused when the Config is made: no build, no server, no Chrome (the runner fixture's 60 s
      // timeout would stop a glob that walked the disk).
      expect(run.code).toBe(1)
      const errors = errorLines(run.stdout)
      expect(errors).toHaveLength(1)
      expect(errors[0]).toMatch(expected)
      expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
      expect(run.stdout).not.toMatch(/^::group::(Build|Start the server|Render performance|API latency)/m)
    } finally {
      await folder.remove()
    }
  })
})

describe('the built action measures API latency', () => {
  test('an endpoint over its p95 budget fails the job, and the comment carries the load test', async () => {
    const api = await new FakeGitHub().start()
    const server = path.join(path.dirname(EVENTS), 'servers', 'api.mjs')
    try {
      const run = await runAction(
        options(api, {
          'start-command': `DELAY_MS=30 "${process.execPath}" "${server}"`,
          endpoints: 'GET /api/items\nPOST /api/orders {"item":"kb-01"}',
          'p95-budget': '15ms',
          'load-duration': '600ms',
          connections: '4',
          'stress-steps': '1',
        }),
      )
      expect(run.code).toBe(1)
      expect(errorLines(run.stdout)).toEqual([
        expect.stringMatching(/^::error::perf-gate failed: (GET \/api\/items|POST \/api\/orders) has a p95 of [\d.]+ ms at normal load, over its 15\.0 ms budget \(and 1 more\)$/),
      ])
      const comment = stickyComments(api)[0]?.body ?? ''
      for (const heading of ['#### API latency', '### Load testing', '### Validation']) expect(comment).toContain(heading)
      expect(comment).toContain('`POST /api/orders`')
      const report = JSON.parse(await readFile(run.outputs['report-path'] as string, 'utf8'))
      expect(new Ajv({ strict: false }).validate(reportSchema, report)).toBe(true)
      expect(report.measurements.latency.endpoints).toHaveLength(2)
    } finally {
      await api.stop()
    }
  })

  test('a server that crashes under load stops the job with its last log line, and nothing is left running', async () => {
    const api = await new FakeGitHub().start()
    const server = path.join(path.dirname(EVENTS), 'servers', 'api.mjs')
    const tag = `perf-gate-crash-${process.pid}-${Date.now()}`
    const command = `CRASH_AFTER=200 TAG=${tag} "${process.execPath}" "${server}"`
    // The message names the server by this very command, quoted as JSON; the runner escapes % as %25.
    const named = `start-command: the server (${JSON.stringify(command)}) exited with code 3 during `
    const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    try {
      const run = await runAction(options(api, { 'start-command': command, endpoints: 'GET /', 'load-duration': '600ms', 'stress-steps': '0' }))
      expect(run.code).toBe(1)
      expect(errorLines(run.stdout)).toEqual([
        expect.stringMatching(new RegExp(`^::error::${literally(named.replace(/%/g, '%25'))}(warm-up|normal|peak) load on GET / — last output: crashing after 200 requests; fix the crash`)),
      ])
      expect(execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })).not.toContain(tag)
      // The check run that showed "in progress" ends as a failure with the same line (its title is cut at 250 characters), not left running.
      expect(api.checkRuns).toEqual([
        expect.objectContaining({ status: 'completed', conclusion: 'failure', output: expect.objectContaining({ title: expect.stringMatching(new RegExp(`^${literally(named.slice(0, 250))}`)) }) }),
      ])
    } finally {
      await api.stop()
    }
  })
})

describe('the built action runs Lighthouse from an empty folder', () => {
  test('paths are resolved against the started server, the janky page fails; the artifact holds the HTML reports and the treemap the comment names', async () => {
    const api = await new FakeGitHub().start()
    const results = await new FakeResultsService(api).start()
    const pages = path.join(path.dirname(EVENTS), 'servers', 'pages.mjs')
    try {
      await writeWebApp(project, { bigLibRows: 200 })
      await runWebpack(project, 'webpack-out')
      const inputs = { 'start-command': `"${process.execPath}" "${pages}"`, urls: '/clean\n/janky', 'lighthouse-runs': '1', 'webpack-stats': 'webpack-out/stats.json' }
      const run = await runAction({ ...options(api, inputs), env: jobOf(results, 950, HEAD_SHA) })
      expect(run.code).toBe(1)
      expect(errorLines(run.stdout)).toEqual([expect.stringMatching(/^::error::perf-gate failed: \/janky has a median (CLS|LCP|TBT) of .* over its .* budget/)])
      const report = JSON.parse(await readFile(run.outputs['report-path'] as string, 'utf8'))
      expect(new Ajv({ strict: false }).validate(reportSchema, report)).toBe(true)
      expect(report.measurements.lighthouse.pages.map((page: { median?: object }) => page.median !== undefined)).toEqual([true, true])
      const comment = stickyComments(api)[0]?.body ?? ''
      expect(comment).toContain('#### Render performance (Lighthouse, median of 1 run)')
      expect(comment).toContain('### Monitoring')
      // What the comment says is in the artifact is there.
      const uploaded = uploadedFiles(results, 950)
      const htmlReports = report.measurements.lighthouse.pages.map((page: { htmlReport: string }) => path.basename(page.htmlReport))
      expect(Object.keys(uploaded.files).sort()).toEqual(['benchmark.json', 'report.json', 'report.md', 'treemap.html', ...htmlReports].sort())
      expect(uploaded.files['treemap.html']).toContain('@scope/big-lib')
      for (const page of report.measurements.lighthouse.pages as Array<{ url: string; htmlReport: string }>) {
        expect(uploaded.files[path.basename(page.htmlReport)]).toContain(`"requestedUrl":"${page.url}"`)
      }
      expect(comment).toContain(`[report artifact](https://github.com/Codertocat/Hello-World/actions/runs/950/artifacts/${uploaded.id}) holds report.json, report.md, benchmark.json`)
      expect(comment).toContain('the Lighthouse HTML reports and the bundle treemap (`treemap.html`, webpack-bundle-analyzer)')
      for (const name of htmlReports) expect(comment).toContain(`\`${name}\` in the artifact`)
    } finally {
      await results.stop()
      await api.stop()
    }
  })
})

describe('the built action rebuilds the base of a pull request', () => {
  test('baseline auto on a pull_request: the merge base with base.sha is built and compared', async () => {
    const api = await new FakeGitHub().start()
    const repo = await TempProject.create('perf-gate-pr-')
    const git = (...args: string[]) => repo.git(...args)
    try {
      repo.initRepository()
      await repo.write('.gitignore', 'dist/\n')
      await repo.write('build.mjs', "import { cpSync } from 'node:fs'\ncpSync('src', 'dist', { recursive: true })\n")
      await repo.write('src/app.js', javascriptLike(800))
      git('add', '-A')
      git('commit', '-q', '-m', 'base')
      const baseSha = git('rev-parse', 'HEAD')
      git('checkout', '-q', '-b', 'changes')
      await repo.write('src/app.js', javascriptLike(1600))
      git('commit', '-q', '-am', 'head')

      const payload = JSON.parse(await readFile(PULL_REQUEST, 'utf8'))
      payload.pull_request.base.sha = baseSha
      const eventFile = await repo.write('../event-' + path.basename(repo.dir) + '.json', JSON.stringify(payload))
      const run = await runAction({ ...options(api, { 'build-command': 'node build.mjs', bundles: 'dist/*.js', 'fail-on': 'regression' }), workspace: repo.dir, eventFile })
      expect(run.code).toBe(1)
      // Workflow commands escape % as %25; the runner shows it as %.
      expect(errorLines(run.stdout)).toEqual([expect.stringMatching(/^::error::perf-gate failed: dist\/app\.js grew \+\d+%25, more than the 10%25 regression threshold$/)])
      expect(stickyComments(api)[0]?.body).toContain(`Compared with \`${baseSha.slice(0, 7)}\`, the merge base with \`${baseSha}\``)
      expect(git('worktree', 'list').split('\n')).toHaveLength(1)
    } finally {
      await api.stop()
      await repo.remove()
    }
  })
})

describe('the built action reads a stored base report', () => {
  test('baseline stored: the nearest ancestor of the merge base with a report is the baseline', async () => {
    const repo = await TempProject.create('perf-gate-stored-')
    const git = (...args: string[]) => repo.git(...args)
    let api: FakeGitHub | undefined
    try {
      repo.initRepository()
      await repo.write('.gitignore', 'dist/\n')
      await repo.write('build.mjs', "import { cpSync } from 'node:fs'\ncpSync('src', 'dist', { recursive: true })\n")
      await repo.write('src/app.js', javascriptLike(800))
      git('add', '-A')
      git('commit', '-q', '-m', 'reported')
      const reported = git('rev-parse', 'HEAD')
      // The report a push run stored for that commit.
      const stored = await runCliCaptured(
        ['--build-command', 'node build.mjs', '--bundles', 'dist/*.js', '--baseline', 'none', '--json', repo.path('../stored-' + path.basename(repo.dir) + '.json')],
        repo.dir,
      )
      expect(stored.code).toBe(0)
      const storedReport = await readFile(repo.path('../stored-' + path.basename(repo.dir) + '.json'))
      await repo.write('README.md', 'docs only\n')
      git('add', '-A')
      git('commit', '-q', '-m', 'not reported')
      const mergeBase = git('rev-parse', 'HEAD')
      git('checkout', '-q', '-b', 'changes')
      await repo.write('src/app.js', javascriptLike(1200))
      git('commit', '-q', '-am', 'head')

      api = await new FakeGitHub({
        artifacts: [
          { id: 21, name: 'perf-gate-default', headSha: 'f'.repeat(40), runId: 701, zip: zipSync({ 'report.json': strToU8('{}') }) },
          { id: 20, name: 'perf-gate-default', headSha: reported, runId: 700, zip: zipSync({ 'report.json': new Uint8Array(storedReport) }) },
        ],
      }).start()
      const payload = JSON.parse(await readFile(PULL_REQUEST, 'utf8'))
      payload.pull_request.base.sha = mergeBase
      const eventFile = await repo.write('../event-' + path.basename(repo.dir) + '.json', JSON.stringify(payload))
      const run = await runAction({ ...options(api, { 'build-command': 'node build.mjs', bundles: 'dist/*.js', baseline: 'stored' }), workspace: repo.dir, eventFile })
      expect(run.code).toBe(0)
      const report = JSON.parse(await readFile(run.outputs['report-path'] as string, 'utf8'))
      expect(report.baseline).toEqual({ source: 'stored', ref: mergeBase, commit: { sha: reported }, commitsBeforeMergeBase: 1, runId: 700 })
      expect(report.comparison.bundles[0]).toMatchObject({ name: 'dist/app.js', status: 'changed' })
      expect(report.comparison.bundles[0].delta).toBeGreaterThan(0)
      expect(stickyComments(api)[0]?.body).toContain(`Compared with the stored report of run 700 for \`${reported.slice(0, 7)}\`, 1 commit before the merge base`)
      // The same stored reports draw the trend: one earlier commit, and this run.
      expect(report.history).toEqual([expect.objectContaining({ sha: reported, runId: 700, metrics: [expect.objectContaining({ id: 'bundles-total:gzip', unit: 'bytes' })] })])
      expect(stickyComments(api)[0]?.body).toContain(`x-axis ["${reported.slice(0, 7)}", "this run"]`)
    } finally {
      await api?.stop()
      await repo.remove()
    }
  })

  test('history-size 2: of four stored base-branch commits the trend keeps the two nearest, and says how far back it reaches', async () => {
    const repo = await TempProject.create('perf-gate-history-')
    const git = (...args: string[]) => repo.git(...args)
    let api: FakeGitHub | undefined
    try {
      repo.initRepository()
      await repo.write('.gitignore', 'dist/\n')
      await repo.write('build.mjs', "import { cpSync } from 'node:fs'\ncpSync('src', 'dist', { recursive: true })\n")
      await repo.write('src/app.js', javascriptLike(800))
      git('add', '-A')
      git('commit', '-q', '-m', 'first')
      const reportFile = repo.path('../stored-' + path.basename(repo.dir) + '.json')
      const stored = await runCliCaptured(['--build-command', 'node build.mjs', '--bundles', 'dist/*.js', '--baseline', 'none', '--json', reportFile], repo.dir)
      expect(stored.code).toBe(0)
      const storedReport = new Uint8Array(await readFile(reportFile))
      const commits = [git('rev-parse', 'HEAD')]
      for (const name of ['second', 'third', 'fourth']) {
        await repo.write(`${name}.md`, `${name}\n`)
        git('add', '-A')
        git('commit', '-q', '-m', name)
        commits.push(git('rev-parse', 'HEAD'))
      }
      const [, , third, fourth] = commits as [string, string, string, string]
      git('checkout', '-q', '-b', 'changes')
      await repo.write('src/app.js', javascriptLike(1200))
      git('commit', '-q', '-am', 'head')

      // A push run stored a report for each of the four base-branch commits.
      api = await new FakeGitHub({
        artifacts: commits.map((sha, index) => ({ id: 40 + index, name: 'perf-gate-default', headSha: sha, runId: 800 + index, zip: zipSync({ 'report.json': storedReport }) })).reverse(),
      }).start()
      const payload = JSON.parse(await readFile(PULL_REQUEST, 'utf8'))
      payload.pull_request.base.sha = fourth
      const eventFile = await repo.write('../event-' + path.basename(repo.dir) + '.json', JSON.stringify(payload))
      const run = await runAction({ ...options(api, { 'build-command': 'node build.mjs', bundles: 'dist/*.js', baseline: 'stored', 'history-size': '2' }), workspace: repo.dir, eventFile })
      expect(run.code).toBe(0)
      const report = JSON.parse(await readFile(run.outputs['report-path'] as string, 'utf8'))
      expect(new Ajv({ strict: false }).validate(reportSchema, report)).toBe(true)
      expect(report.baseline).toMatchObject({ source: 'stored', commit: { sha: fourth }, runId: 803 })
      expect(report.history.map((point: { sha: string }) => point.sha)).toEqual([fourth, third])
      const thirdDate = git('show', '-s', '--format=%cs', third)
      expect(report.history[1].committedAt.slice(0, 10)).toBe(thirdDate)
      expect(report.historyReach).toEqual({ size: 2, points: 2, commitsLookedAt: 4, oldest: { sha: third, date: thirdDate } })
      const comment = stickyComments(api)[0]?.body ?? ''
      expect(comment).toContain(`x-axis ["${third.slice(0, 7)}", "${fourth.slice(0, 7)}", "this run"]`)
      expect(comment).toContain(`Trend over 2 earlier commits, back to \`${third.slice(0, 7)}\` (${thirdDate}), and this run:`)
    } finally {
      await api?.stop()
      await repo.remove()
    }
  })
})

describe('the fork recipe: measure with a read-only token, publish from workflow_run', () => {
  const WORKFLOW_RUN = path.join(EVENTS, 'workflow_run.completed.json')

  test("the second half posts the first half's report on the pull request found by the run's head commit", async () => {
    const trigger = JSON.parse(await readFile(WORKFLOW_RUN, 'utf8'))
    const headSha: string = trigger.workflow_run.head_sha
    // The fork's pull request, whose run triggers the second workflow: its head is the run's head commit.
    const payload = JSON.parse(await readFile(PULL_REQUEST, 'utf8'))
    payload.pull_request.head.sha = headSha
    const eventFile = await project.write(`../fork-event-${path.basename(project.dir)}.json`, JSON.stringify(payload))

    // First half: pull_request with a read-only token. It must write nothing to GitHub.
    const readOnly = await new FakeGitHub({ commentWriteStatus: 403, checkWriteStatus: 403 }).start()
    let measured: Awaited<ReturnType<typeof runAction>>
    try {
      measured = await runAction({ ...options(readOnly, { ...overBudget, mode: 'measure' }), eventFile })
      expect(measured.code).toBe(1)
      expect(readOnly.requests.filter((request) => request.method !== 'GET')).toHaveLength(0)
      expect(measured.summary).toContain('### Validation')
    } finally {
      await readOnly.stop()
    }

    // What actions/upload-artifact would have stored for that run.
    const report = await readFile(measured.outputs['report-path'] as string)
    const tampered = JSON.parse(report.toString('utf8'))
    tampered.links = { artifact: 'javascript:alert(1)' }
    const artifact = { id: 77, name: 'perf-gate-default', headSha, runId: trigger.workflow_run.id, zip: zipSync({ 'report.json': strToU8(JSON.stringify(tampered)) }) }
    const pulls = [
      { number: 5, headSha: 'a'.repeat(40), headRepo: 'someone/octo-repo' },
      { number: 9, headSha, headRepo: 'octo-org/octo-repo' },
    ]
    const writable = await new FakeGitHub({ artifacts: [artifact], pulls }).start()
    try {
      const published = await runAction({ ...options(writable, { mode: 'publish' }), eventFile: WORKFLOW_RUN, eventName: 'workflow_run' })
      expect(published.code).toBe(1)
      expect(errorLines(published.stdout)).toEqual(errorLines(measured.stdout))
      const comments = writable.comments.get(9) ?? []
      expect(comments).toHaveLength(1)
      expect(comments[0]?.body).toContain(MARKER)
      expect(comments[0]?.body).toMatch(/perf-gate failed: `dist\/vendor\.js` is 40(\.\d)? kB/)
      expect(comments[0]?.body).toContain('https://github.com/octo-org/octo-repo/actions/runs/289782451/artifacts/77')
      expect(comments[0]?.body).not.toContain('javascript:')
      expect(writable.comments.get(5)).toBeUndefined()
      expect(writable.checkRuns).toEqual([expect.objectContaining({ name: 'perf-gate', head_sha: headSha, conclusion: 'failure' })])
      expect(published.outputs['comment-url']).toBe(comments[0]?.html_url)
    } finally {
      await writable.stop()
    }
  })

  test('publish refuses a report of another commit, and runs only on workflow_run', async () => {
    // A report of the pull request's own head commit, not of the run's.
    const offline = await new FakeGitHub().start()
    const measured = await runAction(options(offline, { ...overBudget, comment: 'false' })).finally(() => offline.stop())
    const stale = JSON.parse(await readFile(measured.outputs['report-path'] as string, 'utf8'))
    const trigger = JSON.parse(await readFile(WORKFLOW_RUN, 'utf8'))
    const api = await new FakeGitHub({
      artifacts: [{ id: 78, name: 'perf-gate-default', headSha: trigger.workflow_run.head_sha, runId: trigger.workflow_run.id, zip: zipSync({ 'report.json': strToU8(JSON.stringify(stale)) }) }],
    }).start()
    try {
      const other = await runAction({ ...options(api, { mode: 'publish' }), eventFile: WORKFLOW_RUN, eventName: 'workflow_run' })
      expect(other.code).toBe(1)
      expect(errorLines(other.stdout)).toEqual([
        expect.stringMatching(/^::error::report: the report measured ec26c3e, but the workflow run was for 3484a3f; publish the report of the run that triggered this workflow$/),
      ])
      const wrongEvent = await runAction(options(api, { mode: 'publish' }))
      expect(errorLines(wrongEvent.stdout)).toEqual([expect.stringMatching(/^::error::mode: publish runs on the workflow_run event \(this is "pull_request"\)/)])
      expect(api.comments.size).toBe(0)
    } finally {
      await api.stop()
    }
  })
})

describe('the built action uploads its reports to the Actions results service (a stand-in of its twirp API and blob storage)', () => {
  test('push runs on master store their reports; a pull request takes the newest as its stored baseline and draws the trend from both', async () => {
    const repo = await TempProject.create('perf-gate-artifact-')
    const git = (...args: string[]) => repo.git(...args)
    const api = await new FakeGitHub().start()
    const results = await new FakeResultsService(api).start()
    const inputs = { 'build-command': 'node build.mjs', bundles: 'dist/*.js' }
    const commit = async (lines: number, message: string) => {
      await repo.write('src/app.js', javascriptLike(lines))
      git('add', '-A')
      git('commit', '-q', '-m', message)
      return git('rev-parse', 'HEAD')
    }
    const pushRun = async (sha: string, runId: number) => {
      const payload = { ...JSON.parse(await readFile(PUSH, 'utf8')), ref: 'refs/heads/master', after: sha }
      const eventFile = await repo.write(`../push-${runId}-${path.basename(repo.dir)}.json`, JSON.stringify(payload))
      return runAction({ ...options(api, inputs, PUSH), workspace: repo.dir, eventFile, env: jobOf(results, runId, sha) })
    }
    try {
      repo.initRepository()
      await repo.write('.gitignore', 'dist/\n')
      await repo.write('build.mjs', "import { cpSync } from 'node:fs'\ncpSync('src', 'dist', { recursive: true })\n")
      const first = await commit(800, 'first')

      const firstPush = await pushRun(first, 900)
      expect(firstPush.code).toBe(0)
      expect(warningLines(firstPush.stdout)).toEqual([])
      const stored = uploadedFiles(results, 900)
      expect(Object.keys(stored.files).sort()).toEqual(['benchmark.json', 'report.json', 'report.md'])
      expect(stored.files['report.json']).toBe(await readFile(firstPush.outputs['report-path'] as string, 'utf8'))
      expect(JSON.parse(stored.files['report.json'] as string).commit.sha).toBe(first)
      const firstLink = `https://github.com/Codertocat/Hello-World/actions/runs/900/artifacts/${stored.id}`
      expect(firstPush.stdout).toContain(`Reports uploaded: ${firstLink}`)
      expect(firstPush.summary).toContain(`[report artifact](${firstLink})`)

      const second = await commit(1000, 'second')
      const secondPush = await pushRun(second, 901)
      expect(secondPush.code).toBe(0)
      // A push compares with nothing, but its trend already reaches back to the first push's report.
      const secondReport = JSON.parse(uploadedFiles(results, 901).files['report.json'] as string)
      expect(secondReport.history).toEqual([expect.objectContaining({ sha: first, runId: 900 })])

      git('checkout', '-q', '-b', 'changes')
      const head = await commit(1400, 'head')
      const payload = JSON.parse(await readFile(PULL_REQUEST, 'utf8'))
      payload.pull_request.base.sha = second
      payload.pull_request.head.sha = head
      const eventFile = await repo.write(`../pull-${path.basename(repo.dir)}.json`, JSON.stringify(payload))
      const pull = await runAction({ ...options(api, inputs), workspace: repo.dir, eventFile, env: jobOf(results, 902, head) })
      expect(pull.code).toBe(0)
      expect(warningLines(pull.stdout)).toEqual([])
      const report = JSON.parse(await readFile(pull.outputs['report-path'] as string, 'utf8'))
      expect(report.baseline).toEqual({ source: 'stored', ref: second, commit: { sha: second }, commitsBeforeMergeBase: 0, runId: 901 })
      expect(report.comparison.bundles[0]).toMatchObject({ name: 'dist/app.js', status: 'changed' })
      expect(report.comparison.bundles[0].delta).toBeGreaterThan(0)
      expect(report.history.map((point: { sha: string; runId: number }) => [point.sha, point.runId])).toEqual([
        [second, 901],
        [first, 900],
      ])
      const comment = stickyComments(api)[0]?.body ?? ''
      expect(comment).toContain(`Compared with the stored report of run 901 for \`${second.slice(0, 7)}\``)
      expect(comment).toContain(`x-axis ["${first.slice(0, 7)}", "${second.slice(0, 7)}", "this run"]`)
      // The pull request's own reports are stored too, and the comment links them.
      expect(comment).toContain(`[report artifact](https://github.com/Codertocat/Hello-World/actions/runs/902/artifacts/${uploadedFiles(results, 902).id})`)
    } finally {
      await results.stop()
      await api.stop()
      await repo.remove()
    }
  })

  test('the fork recipe: mode measure uploads with a read-only token, mode publish downloads that artifact and posts it', async () => {
    const trigger = JSON.parse(await readFile(path.join(EVENTS, 'workflow_run.completed.json'), 'utf8'))
    const headSha: string = trigger.workflow_run.head_sha
    const payload = JSON.parse(await readFile(PULL_REQUEST, 'utf8'))
    payload.pull_request.head.sha = headSha
    const eventFile = await project.write(`../fork-upload-event-${path.basename(project.dir)}.json`, JSON.stringify(payload))
    // One GitHub: the fork's run sees it through a read-only token, the workflow_run through a writable one.
    const writable = await new FakeGitHub({ pulls: [{ number: 9, headSha, headRepo: 'octo-org/octo-repo' }] }).start()
    const readOnly = await new FakeGitHub({ commentWriteStatus: 403, checkWriteStatus: 403 }).start()
    const results = await new FakeResultsService(writable).start()
    try {
      const measured = await runAction({ ...options(readOnly, { ...overBudget, mode: 'measure' }), eventFile, env: jobOf(results, trigger.workflow_run.id, headSha) })
      expect(measured.code).toBe(1)
      expect(measured.stdout).not.toContain('could not be uploaded')
      expect(readOnly.requests.filter((request) => request.method !== 'GET')).toHaveLength(0)
      const uploaded = uploadedFiles(results, trigger.workflow_run.id)
      expect(uploaded.files['report.json']).toBe(await readFile(measured.outputs['report-path'] as string, 'utf8'))

      const published = await runAction({ ...options(writable, { mode: 'publish' }), eventFile: path.join(EVENTS, 'workflow_run.completed.json'), eventName: 'workflow_run' })
      expect(published.code).toBe(1)
      expect(errorLines(published.stdout)).toEqual(errorLines(measured.stdout))
      const comments = writable.comments.get(9) ?? []
      expect(comments).toHaveLength(1)
      expect(comments[0]?.body).toMatch(/perf-gate failed: `dist\/vendor\.js` is 40(\.\d)? kB/)
      expect(comments[0]?.body).toContain(`[report artifact](https://github.com/octo-org/octo-repo/actions/runs/${trigger.workflow_run.id}/artifacts/${uploaded.id})`)
      expect(writable.checkRuns).toEqual([expect.objectContaining({ name: 'perf-gate', head_sha: headSha, conclusion: 'failure' })])
    } finally {
      await results.stop()
      await readOnly.stop()
      await writable.stop()
    }
  })
})

describe('the built action on real builds: hashed file names, source maps, size-limit', () => {
  test('a Vite app (create-vite react-ts) whose head adds lodash-es: the hashed entry is paired and grew, and its source map names the new package', async () => {
    const repo = await TempProject.create('perf-gate-vite-')
    const git = (...args: string[]) => repo.git(...args)
    const api = await new FakeGitHub().start()
    try {
      await writeViteReactApp(repo)
      repo.initRepository()
      git('add', '-A')
      git('commit', '-q', '-m', 'base')
      const baseSha = git('rev-parse', 'HEAD')
      git('checkout', '-q', '-b', 'charts')
      await prependToViteEntry(repo, ["import { chunk } from 'lodash-es'", 'console.log(chunk([1, 2, 3, 4], 2))'])
      git('commit', '-q', '-am', 'head')
      const payload = JSON.parse(await readFile(PULL_REQUEST, 'utf8'))
      payload.pull_request.base.sha = baseSha
      const eventFile = await repo.write(`../vite-event-${path.basename(repo.dir)}.json`, JSON.stringify(payload))
      const inputs = {
        // node_modules is not in git: the base's worktree gets the same packages.
        'install-command': `ln -s "${repo.path('node_modules')}" node_modules`,
        'build-command': 'node node_modules/vite/bin/vite.js build --sourcemap --logLevel silent',
        bundles: 'dist/assets/*.js',
        baseline: 'rebuild',
      }
      const run = await runAction({ ...options(api, inputs), workspace: repo.dir, eventFile })
      expect(run.code).toBe(0)
      const report = JSON.parse(await readFile(run.outputs['report-path'] as string, 'utf8'))
      expect(report.comparison.bundles).toEqual([
        expect.objectContaining({
          name: 'dist/assets/index.js',
          status: 'changed',
          file: expect.stringMatching(/^dist\/assets\/index-[\w-]{8}\.js$/),
          baseFile: expect.stringMatching(/^dist\/assets\/index-[\w-]{8}\.js$/),
        }),
      ])
      expect(report.comparison.bundles[0].delta).toBeGreaterThan(500)
      expect(report.measurements.composition).toMatchObject({ source: 'source-maps' })
      expect(report.comparison.composition).toContainEqual(expect.objectContaining({ kind: 'package', name: 'lodash-es', status: 'added' }))
      const comment = stickyComments(api)[0]?.body ?? ''
      expect(comment).toContain(`\`dist/assets/index.js\` (\`${report.comparison.bundles[0].file}\`)`)
      expect(comment).toContain('#### Bundle composition (source maps')
      expect(comment).toContain('package `lodash-es`')
    } finally {
      await api.stop()
      await repo.remove()
    }
  })

  test("nanoid's size-limit config, with size-limit installed: the comment's sizes are size-limit's own", async () => {
    const library = await libraryProject('nanoid', NANOID_CHECKS, { plugins: ['@size-limit/file', '@size-limit/webpack'], installed: true })
    const api = await new FakeGitHub().start()
    try {
      const expected = await sizeLimitJson(library)
      const run = await runAction({ ...options(api, { baseline: 'none' }), workspace: library.dir })
      const report = JSON.parse(await readFile(run.outputs['report-path'] as string, 'utf8'))
      expect(report.measurements.bundles.map((bundle: { name: string; brotli: number; limit: number }) => [bundle.name, bundle.brotli, bundle.limit])).toEqual(
        expected.map((check) => [check.name, check.size, check.sizeLimit]),
      )
      expect(run.code).toBe(expected.every((check) => check.passed) ? 0 : 1)
      expect(stickyComments(api)[0]?.body).toContain('| `customAlphabet` |')
    } finally {
      await api.stop()
      await library.remove()
    }
  })
})

describe('the built action says each of the four states of a target on every surface', () => {
  test('pass, fail, a regression and an inconclusive change: the comment, the check run, the job summary and the outputs agree', async () => {
    const repo = await TempProject.create('perf-gate-states-')
    const git = (...args: string[]) => repo.git(...args)
    const api = await new FakeGitHub().start()
    try {
      repo.initRepository()
      await repo.write('.gitignore', 'dist/\n')
      await repo.write('build.mjs', "import { cpSync } from 'node:fs'\ncpSync('src', 'dist', { recursive: true })\n")
      await repo.write('server.mjs', "import http from 'node:http'\nhttp.createServer((request, response) => setTimeout(() => response.end('[]'), 5)).listen(Number(process.env.PORT), '127.0.0.1')\n")
      await repo.write('src/app.js', javascriptLike(800))
      await repo.write('src/vendor.js', javascriptLike(400, 3))
      git('add', '-A')
      git('commit', '-q', '-m', 'base')
      const baseSha = git('rev-parse', 'HEAD')
      git('checkout', '-q', '-b', 'changes')
      await repo.write('src/app.js', javascriptLike(1600))
      await repo.writeIncompressible('src/vendor.js', 30_000)
      // 60 ms slower: one pair of rounds shows it, and one pair can claim nothing.
      await repo.write('server.mjs', "import http from 'node:http'\nhttp.createServer((request, response) => setTimeout(() => response.end('[]'), 65)).listen(Number(process.env.PORT), '127.0.0.1')\n")
      git('commit', '-q', '-am', 'head')
      const payload = JSON.parse(await readFile(PULL_REQUEST, 'utf8'))
      payload.pull_request.base.sha = baseSha
      const eventFile = await repo.write(`../states-event-${path.basename(repo.dir)}.json`, JSON.stringify(payload))
      const inputs = {
        'build-command': 'node build.mjs',
        'start-command': 'node server.mjs',
        bundles: 'dist/*.js',
        'bundle-budget': '20KB',
        endpoints: 'GET /api/items',
        // One pair of rounds, and no more to decide: a change cannot be claimed from it, whatever the machine does.
        'latency-rounds': '1',
        'latency-max-rounds': '1',
        // Far from the 65 ms the head answers in, however busy the machine: the p95 budget is none of the four states here.
        'p95-budget': '2s',
        'load-duration': '1s',
        connections: '2',
        'stress-steps': '0',
        baseline: 'rebuild',
      }
      const run = await runAction({ ...options(api, inputs), workspace: repo.dir, eventFile })
      expect(run.code).toBe(1)
      expect(run.outputs).toMatchObject({ passed: 'false', regressions: '2', inconclusive: '1' })
      const rowOf = (text: string, subject: string, what: string) => text.split('\n').find((line) => line.startsWith(`| \`${subject}\` ${what}`))
      const surfaces = { comment: stickyComments(api)[0]?.body ?? '', check: api.checkRuns[0]?.output.summary ?? '', summary: run.summary }
      for (const [surface, text] of Object.entries(surfaces)) {
        expect({ surface, row: rowOf(text, 'dist/app.js', '≤') }).toEqual({ surface, row: expect.stringMatching(/\| ✅ pass \|$/) })
        expect({ surface, row: rowOf(text, 'dist/vendor.js', '≤') }).toEqual({ surface, row: expect.stringMatching(/\| ❌ over by .+ \|$/) })
        expect({ surface, row: rowOf(text, 'dist/app.js', 'grows') }).toEqual({ surface, row: expect.stringMatching(/\| ⚠️ regression, not blocking \|$/) })
        expect({ surface, row: rowOf(text, 'GET /api/items', 'p95 grows') }).toEqual({
          surface,
          row: expect.stringMatching(/\| ⚪ inconclusive: .+; a higher latency-max-rounds or sampling-timeout settles it \|$/),
        })
        expect({ surface, first: text.split('\n').find((line) => line.includes('perf-gate failed')) }).toEqual({ surface, first: expect.stringMatching(/; 1 inconclusive\*\*$/) })
      }
      expect(errorLines(run.stdout)).toEqual([expect.stringMatching(/^::error::perf-gate failed: dist\/vendor\.js is .* over its 20 kB budget; 1 inconclusive$/)])
      expect(git('worktree', 'list').split('\n')).toHaveLength(1)
    } finally {
      await api.stop()
      await repo.remove()
    }
  })
})
