import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { runCommand } from '../src/exec.js'
import { runCliCaptured } from './fixtures/cli.js'
import { TempProject, javascriptLike } from './fixtures/project.js'

let project: TempProject

const cli = (...argv: string[]) => runCliCaptured(argv, project.dir, { runCommand, now: () => new Date('2026-11-25T10:00:00Z') })

beforeAll(async () => {
  project = await TempProject.create()
  await project.write('src/app.js', javascriptLike(1500))
  await project.write('build.mjs', "import { cpSync } from 'node:fs'\ncpSync('src', 'dist', { recursive: true })\nconsole.log('built')\n")
})
afterAll(async () => project.remove())

describe('perf-gate CLI', () => {
  test('builds, measures, prints the report and writes JSON; a second run compares with the first', async () => {
    const first = await cli('--build-command', 'node build.mjs', '--bundles', 'dist/*.js', '--json', 'base.json')
    expect(first.code).toBe(0)
    expect(first.stderr).toContain('built')
    expect(first.stdout).toMatch(/^✅ \*\*perf-gate passed: 1 bundle within budget; no baseline, budgets only\*\*/)
    const base = JSON.parse(await readFile(project.path('base.json'), 'utf8'))
    expect(base.measurements.bundles[0].name).toBe('dist/app.js')

    await project.write('src/app.js', javascriptLike(3000))
    const second = await cli('--build-command', 'node build.mjs', '--bundles', 'dist/*.js', '--baseline', 'base.json', '--fail-on', 'regression', '--markdown', 'report.md')
    expect(second.code).toBe(1)
    expect(second.stdout).toMatch(/perf-gate failed: `dist\/app\.js` grew \+\d+%, more than the 10% regression threshold/)
    expect(await readFile(project.path('report.md'), 'utf8')).toContain('### Baseline')
  })

  test('a failing build stops with its exit code and last line', async () => {
    const run = await cli('--build-command', 'node -e "console.error(\'boom\'); process.exit(3)"', '--bundles', 'dist/*.js')
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/perf-gate: build-command: ".*" failed with exit code 3 — last output: boom; fix the command/)
  })

  test.each([
    [['--bundles'], /^perf-gate: --bundles: needs a value/m],
    [['--bundle-size', '1KB'], /^perf-gate: --bundle-size: unknown option; run perf-gate --help/m],
    [['--bundles', 'dist/*.js', '--compression', 'zstd'], /^perf-gate: --compression: "zstd" is not one of gzip, brotli, none; use one of those$/m],
    [[], /^perf-gate: bundles, urls, endpoints: nothing to measure; set at least one of them/m],
  ])('%p is one clear line', async (argv, message) => {
    const run = await cli(...argv)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(message)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
  })

  test('--help', async () => {
    const run = await cli('--help')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Usage: perf-gate [options]')
  })
})
