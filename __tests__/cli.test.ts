import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { runCommand } from '../src/exec.js'
import { runCliCaptured } from './fixtures/cli.js'
import { TempProject, javascriptLike } from './fixtures/project.js'
import { bigLibSource, runWebpack, writeWebApp } from './fixtures/webpack/project.js'

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
    [[], /^perf-gate: bundles, urls, endpoints, webpack-stats: nothing to measure; set at least one of them/m],
  ])('%p is one clear line', async (argv, message) => {
    const run = await cli(...argv)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(message)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
  })

  test('webpack stats: the composition and what grew inside a bundle, a treemap, and benchmark JSON', async () => {
    const app = await TempProject.create()
    try {
      await writeWebApp(app, { bigLibRows: 300 })
      const base = await runWebpack(app, 'build')
      const run = (...argv: string[]) => runCliCaptured(argv, app.dir, { runCommand })
      const first = await run('--webpack-stats', path.relative(app.dir, base.statsFile), '--bundles', 'build/*.js', '--json', 'base.json', '--output-dir', 'out')
      expect(first.code).toBe(0)
      expect(first.stdout).toContain('#### Bundle composition (webpack stats, minified sizes)')
      expect(first.stdout).toMatch(/\| `main\.[0-9a-f]{8}\.js` \| [\d.]+ kB \| \d+ \| `@scope\/big-lib` [\d.]+ kB/)
      expect(await readFile(app.path('out/treemap.html'), 'utf8')).toContain('@scope/big-lib')

      await app.write('node_modules/@scope/big-lib/index.js', bigLibSource(900))
      await rm(app.path('build'), { recursive: true })
      await runWebpack(app, 'build')
      const second = await run('--webpack-stats', path.relative(app.dir, base.statsFile), '--bundles', 'build/*.js', '--baseline', 'base.json', '--benchmark', 'bench.json', '--output-dir', 'out')
      expect(second.stdout).toMatch(/\| `main\.[0-9a-f]{8}\.js` \| package `@scope\/big-lib` \| [\d.]+ kB \| [\d.]+ kB \| \+[\d.]+ kB \(\+\d+%\) \|/)
      expect(second.stdout).toMatch(/package grew in `main\.[0-9a-f]{8}\.js`/)
      const benchmark = JSON.parse(await readFile(app.path('bench.json'), 'utf8')) as Array<{ name: string; unit: string; value: number }>
      // Bundle sizes only, each a positive byte count (and at least one: every() of nothing is true).
      expect(benchmark.length).toBeGreaterThan(0)
      expect(benchmark.every((entry) => entry.unit === 'bytes' && entry.value > 0 && (entry.name.startsWith('bundle ') || entry.name.startsWith('all bundles')))).toBe(true)
    } finally {
      await app.remove()
    }
  })

  test('--help', async () => {
    const run = await cli('--help')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Usage: perf-gate [options]')
  })
})
