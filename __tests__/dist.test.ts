import { execFile } from 'node:child_process'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from '@jest/globals'
import pkg from '../package.json' with { type: 'json' }
import { REPO_ROOT, installAction } from './fixtures/runner.js'

// The Node of the devDependency `node` (what npm scripts run), not whichever Node runs jest.
const NODE = path.join(REPO_ROOT, 'node_modules', '.bin', 'node')

// GitHub runs the committed dist/ as it is: it must be exactly what src/ builds to.
test('dist/ is the build of src/ (run npm run build and commit dist/ if this fails)', async () => {
  const fresh = await mkdtemp(path.join(os.tmpdir(), 'perf-gate-dist-'))
  try {
    await promisify(execFile)(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build.mjs'), '--outdir', fresh], { cwd: REPO_ROOT })
    const committed = path.join(REPO_ROOT, 'dist')
    const files = async (dir: string) =>
      (await readdir(dir, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
        .sort()
    const names = await files(fresh)
    expect(await files(committed)).toEqual(names)
    for (const name of names) {
      const same = (await readFile(path.join(fresh, name))).equals(await readFile(path.join(committed, name)))
      expect({ file: `dist/${name}`, same }).toEqual({ file: `dist/${name}`, same: true })
    }
  } finally {
    await rm(fresh, { recursive: true, force: true })
  }
})

// Most of dist/ is loaded only when a run needs it (Lighthouse, the artifact client, the analyzer),
// so a chunk that cannot load would otherwise break only that kind of run, on a user's runner.
test('every file of dist/ loads in a fresh Node 24 process (node_modules/.bin/node), from a folder with no node_modules', async () => {
  const actionDir = await installAction()
  try {
    const entries = (await readdir(path.join(actionDir, 'dist'), { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile())
    const modules = entries.filter((entry) => entry.name.endsWith('.js') && entry.parentPath !== path.join(actionDir, 'dist')).map((entry) => path.join(entry.parentPath, entry.name))
    const importAll = `
      const failed = []
      for (const file of ${JSON.stringify(modules)}) {
        try { await import(new URL('file://' + file).href) } catch (error) { failed.push(file.slice(${path.join(actionDir, 'dist').length + 1}) + ': ' + String(error)) }
      }
      console.log(JSON.stringify({ loaded: ${modules.length} - failed.length, failed }))
      process.exit(0)`
    const { stdout } = await promisify(execFile)(NODE, ['--input-type=module', '-e', importAll], { cwd: actionDir, env: { PATH: process.env['PATH'] } })
    expect(JSON.parse(stdout)).toEqual({ loaded: modules.length, failed: [] })
    expect(modules.length).toBeGreaterThan(100)

    // The two front doors run their top level on load: each is run as its users run it.
    const cli = await promisify(execFile)(NODE, [path.join(actionDir, 'dist', 'cli.js'), '--version'], { cwd: actionDir, env: { PATH: process.env['PATH'] } })
    expect(cli.stdout.trim()).toBe(pkg.version)
    const action = await promisify(execFile)(NODE, [path.join(actionDir, 'dist', 'index.js')], { cwd: actionDir, env: { PATH: process.env['PATH'], GITHUB_WORKSPACE: actionDir } }).catch(
      (error: { code: number; stdout: string }) => error,
    )
    expect(action).toMatchObject({ code: 1, stdout: expect.stringMatching(/^::error::(?!perf-gate stopped unexpectedly).+/m) })
    // dist/package.json is what makes node read the files above as ES modules.
    expect(JSON.parse(await readFile(path.join(actionDir, 'dist', 'package.json'), 'utf8'))).toEqual({ type: 'module' })
    expect(entries.map((entry) => entry.name).filter((name) => !name.endsWith('.js'))).toEqual(['package.json'])
  } finally {
    await rm(actionDir, { recursive: true, force: true })
  }
})

// GitHub runs dist/ on the runtime action.yml names: the build must target it, package.json must ask
// for it, and the Node the tests load dist/ with (above) must be it.
test('Node 24 throughout: action.yml runs node24, package.json engines ask >=24, esbuild targets node24, node_modules/.bin/node is 24', async () => {
  const { parse } = await import('yaml')
  const action = parse(await readFile(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as { runs: { using: string } }
  expect(action.runs.using).toBe('node24')
  expect(pkg.engines.node).toBe('>=24')
  const build = await readFile(path.join(REPO_ROOT, 'scripts', 'build.mjs'), 'utf8')
  expect([...build.matchAll(/\btarget:\s*(['"`][^'"`]*['"`]|\S+)/g)].map((match) => match[1])).toEqual(["'node24'"])
  expect(pkg.devDependencies.node).toMatch(/^\^24\./)
  const { stdout } = await promisify(execFile)(NODE, ['--version'])
  expect(stdout.trim()).toMatch(/^v24\.\d+\.\d+$/)
})

test('action.yml declares exactly the inputs and outputs the code reads and writes', async () => {
  const { parse } = await import('yaml')
  const { INPUT_NAMES, Output } = await import('../src/config/names.js')
  const action = parse(await readFile(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: object; outputs: object; runs: { using: string; main: string } }
  expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort())
  expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Output).sort())
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
})
