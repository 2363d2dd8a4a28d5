import { execFile } from 'node:child_process'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from '@jest/globals'
import { REPO_ROOT } from './fixtures/runner.js'

// GitHub runs the committed dist/ as it is: it must be exactly what src/ builds to.
test('dist/ is the build of src/ (run npm run build and commit dist/ if this fails)', async () => {
  const fresh = await mkdtemp(path.join(os.tmpdir(), 'perf-gate-dist-'))
  try {
    await promisify(execFile)(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build.mjs'), '--outdir', fresh], { cwd: REPO_ROOT })
    const committed = path.join(REPO_ROOT, 'dist')
    const files = async (dir: string) => (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name))).sort()
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

test('the tests run on Node 24, the runtime of action.yml (npm scripts put node_modules/.bin/node first)', () => {
  expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24)
})

test('action.yml declares exactly the inputs and outputs the code reads and writes', async () => {
  const { parse } = await import('yaml')
  const { INPUT_NAMES, Output } = await import('../src/config/names.js')
  const action = parse(await readFile(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: object; outputs: object; runs: { using: string; main: string } }
  expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort())
  expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Output).sort())
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
})
