import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { runCliCaptured } from './fixtures/cli.js'
import { TempProject, javascriptLike } from './fixtures/project.js'

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim()

let repo: TempProject
let out: TempProject
let baseSha: string

/** A small project in a real repository: `main` with one bundle, `feature` grows it and adds one. */
beforeAll(async () => {
  repo = await TempProject.create('perf-gate-repo-')
  out = await TempProject.create('perf-gate-out-')
  git(repo.dir, 'init', '-q', '-b', 'main')
  git(repo.dir, 'config', 'user.email', 'dev@example.com')
  git(repo.dir, 'config', 'user.name', 'Dev')
  await repo.write('.gitignore', 'dist/\n')
  await repo.write('build.mjs', "import { cpSync } from 'node:fs'\ncpSync('src', 'dist', { recursive: true })\n")
  await repo.write('perf-gate.config.json', JSON.stringify({ 'build-command': 'node build.mjs', bundles: ['dist/*.js'] }))
  await repo.write('src/app.js', javascriptLike(1000, 1))
  git(repo.dir, 'add', '-A')
  git(repo.dir, 'commit', '-q', '-m', 'base')
  baseSha = git(repo.dir, 'rev-parse', 'HEAD')
  git(repo.dir, 'checkout', '-q', '-b', 'feature')
  await repo.write('src/app.js', javascriptLike(1500, 1))
  await repo.write('src/charts.js', javascriptLike(300, 2))
  git(repo.dir, 'add', '-A')
  git(repo.dir, 'commit', '-q', '-m', 'head')
})
afterAll(async () => {
  await repo.remove()
  await out.remove()
})

async function report(file: string) {
  return JSON.parse(await readFile(out.path(file), 'utf8'))
}

describe('baseline: rebuild', () => {
  test("measures the merge base's bundles in a worktree and shows the right deltas; the user's tree is untouched", async () => {
    const statusBefore = git(repo.dir, 'status', '--porcelain')
    const run = await runCliCaptured(['--baseline', 'rebuild', '--base-ref', 'main', '--json', out.path('rebuild.json')], repo.dir)
    expect(run.code).toBe(0)
    const result = await report('rebuild.json')
    expect(result.baseline).toEqual({ source: 'rebuild', ref: 'main', commit: { sha: baseSha } })
    const byName = Object.fromEntries(result.comparison.bundles.map((bundle: { name: string }) => [bundle.name, bundle]))
    // The base's sizes are the ones the base's own build produces.
    const baseBuild = await TempProject.create()
    try {
      await baseBuild.write('dist/app.js', javascriptLike(1000, 1))
      const measuredBase = await runCliCaptured(['--bundles', 'dist/app.js', '--baseline', 'none', '--json', out.path('base-only.json')], baseBuild.dir)
      expect(measuredBase.code).toBe(0)
    } finally {
      await baseBuild.remove()
    }
    const baseOnly = (await report('base-only.json')).measurements.bundles[0]
    expect(byName['dist/app.js']).toMatchObject({ status: 'changed', baseSize: baseOnly.gzip, delta: byName['dist/app.js'].size - baseOnly.gzip })
    expect(byName['dist/app.js'].delta).toBeGreaterThan(0)
    expect(byName['dist/charts.js']).toMatchObject({ status: 'added' })
    expect(run.stdout).toContain(`Compared with \`${baseSha.slice(0, 7)}\`, the merge base with \`main\``)
    expect(git(repo.dir, 'status', '--porcelain')).toBe(statusBefore)
    // dist/ in the user's tree is the head's build, not the base's.
    expect(await readFile(repo.path('dist/app.js'), 'utf8')).toBe(javascriptLike(1500, 1))
    expect(git(repo.dir, 'worktree', 'list').split('\n')).toHaveLength(1)
  })

  test('a shallow clone fetches the history it needs to find the merge base', async () => {
    const clone = await TempProject.create('perf-gate-clone-')
    try {
      git(clone.dir, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${repo.dir}`, 'work')
      const work = clone.path('work')
      expect(git(work, 'rev-parse', '--is-shallow-repository')).toBe('true')
      const run = await runCliCaptured(['--baseline', 'rebuild', '--base-ref', 'main', '--json', out.path('shallow.json')], work)
      expect(run.code).toBe(0)
      expect((await report('shallow.json')).baseline).toEqual({ source: 'rebuild', ref: 'main', commit: { sha: baseSha } })
    } finally {
      await clone.remove()
    }
  })

  test('a base whose build fails gives a report with budgets only, and says why', async () => {
    git(repo.dir, 'checkout', '-q', 'main')
    git(repo.dir, 'checkout', '-q', '-b', 'broken-base')
    await repo.write('build.mjs', "console.error('base build is broken'); process.exit(2)\n")
    git(repo.dir, 'commit', '-q', '-am', 'broken build')
    git(repo.dir, 'checkout', '-q', '-b', 'fixed-head')
    await repo.write('build.mjs', "import { cpSync } from 'node:fs'\ncpSync('src', 'dist', { recursive: true })\n")
    git(repo.dir, 'commit', '-q', '-am', 'fix build')
    try {
      const run = await runCliCaptured(['--baseline', 'rebuild', '--base-ref', 'broken-base', '--json', out.path('broken.json')], repo.dir)
      expect(run.code).toBe(0)
      const result = await report('broken.json')
      expect(result.baseline.source).toBe('none')
      expect(result.baseline.reason).toMatch(/^the base \([0-9a-f]{7}\) could not be built \(build-command: "node build\.mjs" failed with exit code 2 — last output: base build is broken;/)
      expect(result.validation.every((target: { kind: string }) => target.kind === 'bundle-budget')).toBe(true)
      expect(run.stdout).toContain('No baseline: the base (')
    } finally {
      git(repo.dir, 'checkout', '-q', 'feature')
    }
  })

  test('a base-ref that starts with a dash is refused before git sees it, and runs nothing', async () => {
    // A clone has a remote, so the base would be fetched: `git fetch origin --upload-pack=…` runs the command.
    const clone = await TempProject.create('perf-gate-clone-')
    try {
      git(clone.dir, 'clone', '-q', '--branch', 'feature', `file://${repo.dir}`, 'work')
      const work = clone.path('work')
      const run = await runCliCaptured(['--baseline', 'rebuild', `--base-ref=--upload-pack=touch ${clone.path('pwned')};false`], work)
      expect(run.code).toBe(1)
      expect(run.stderr.trim()).toBe(`perf-gate: base-ref: "--upload-pack=touch ${clone.path('pwned')};false" starts with a dash, which git would take as an option; give a branch, tag or commit SHA`)
      expect(existsSync(clone.path('pwned'))).toBe(false)
    } finally {
      await clone.remove()
    }
  })

  test('outside a pull request and without base-ref, auto compares with budgets only', async () => {
    const run = await runCliCaptured(['--json', out.path('auto.json')], repo.dir)
    expect(run.code).toBe(0)
    expect((await report('auto.json')).baseline.reason).toBe('there is no base to compare with: this is not a pull request and no base-ref or baseline-report was given.')
  })
})

describe('baseline: rebuild with servers', () => {
  // The effects are server-side waits far outside what a busy 2-core machine adds to a p95 or an
  // LCP: +180 ms on a 20 ms endpoint (with six pairs one stalled round can carry the interval's
  // lower end, so the effect must outlast such a round) and a script held back 1 s. How small an
  // effect the paired rounds find is measured in `npm run bench` instead.
  test('base and head servers are measured in turn: an endpoint 180 ms slower and a 1 s later LCP are regressions', async () => {
    const project = await TempProject.create('perf-gate-abba-')
    const inRepo = (...args: string[]) => git(project.dir, ...args)
    try {
      inRepo('init', '-q', '-b', 'main')
      inRepo('config', 'user.email', 'dev@example.com')
      inRepo('config', 'user.name', 'Dev')
      await project.write(
        'server.mjs',
        `import http from 'node:http'
import { readFileSync } from 'node:fs'
const settings = JSON.parse(readFileSync('settings.json', 'utf8'))
http.createServer((request, response) => {
  const { pathname } = new URL(request.url, 'http://localhost')
  if (pathname === '/api/items') return setTimeout(() => response.end('[]'), settings.delayMs)
  if (pathname === '/slow.js') return setTimeout(() => response.end('document.title += "!"'), settings.scriptDelayMs)
  response.setHeader('content-type', 'text/html')
  response.end('<!doctype html><html lang="en"><head><title>Shop</title>' + (settings.scriptDelayMs ? '<script src="/slow.js"></script>' : '') + '</head><body><h1>Hello</h1><p>Welcome to the shop.</p></body></html>')
}).listen(Number(process.env.PORT), '127.0.0.1')
`,
      )
      await project.write('settings.json', JSON.stringify({ delayMs: 20, scriptDelayMs: 0 }))
      inRepo('add', '-A')
      inRepo('commit', '-q', '-m', 'base')
      inRepo('checkout', '-q', '-b', 'slower')
      await project.write('settings.json', JSON.stringify({ delayMs: 200, scriptDelayMs: 1000 }))
      inRepo('commit', '-q', '-am', 'slower')

      const run = await runCliCaptured(
        [
          ...['--baseline', 'rebuild', '--base-ref', 'main', '--start-command', 'node server.mjs', '--endpoints', 'GET /api/items', '--urls', '/'],
          ...['--lighthouse-runs', '2', '--latency-rounds', '6', '--load-duration', '1s', '--connections', '4', '--stress-steps', '0'],
          ...['--fail-on', 'regression', '--output-dir', out.dir, '--json', out.path('abba.json')],
        ],
        project.dir,
      )
      const result = await report('abba.json')
      const [endpoint] = result.comparison.endpoints
      expect(endpoint.p95Change).toMatchObject({ pairs: 6, verdict: 'regression' })
      expect(endpoint.p95Change.difference).toBeGreaterThan(90)
      const [page] = result.comparison.pages
      // 2 runs a side at first; a claim takes 6 pairs, which measuring until decided takes.
      expect(page.changes.lcp).toMatchObject({ pairs: 6, verdict: 'regression' })
      expect(page.changes.lcp.difference).toBeGreaterThan(100)
      expect(run.code).toBe(1)
      expect(run.stdout).toMatch(/perf-gate failed: .* (grew|fell) .* against the base.*, more than the 10% regression threshold \(and \d+ more\)/)
      expect(result.verdict.regressions).toBeGreaterThanOrEqual(2)
      expect(inRepo('worktree', 'list').split('\n')).toHaveLength(1)
    } finally {
      await project.remove()
    }
  })
})
