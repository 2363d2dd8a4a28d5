import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { runCliCaptured } from './fixtures/cli.js'
import { TempProject } from './fixtures/project.js'
import { NANOID_CHECKS, NANOSTORES_CHECKS, appProject, libraryProject, sizeLimitJson } from './fixtures/size-limit.js'

let out: TempProject
beforeAll(async () => {
  out = await TempProject.create('perf-gate-size-limit-out-')
})
afterAll(async () => out.remove())

interface ReportedBundle {
  name: string
  compression: string
  limit: number
  raw?: number
  gzip?: number
  brotli?: number
  sizeLimit?: { passed: boolean; loading?: number; running?: number; timeLimit?: number }
}

/** perf-gate's CLI on the project; its report.json. */
async function perfGate(
  project: TempProject,
  name: string,
): Promise<{
  code: number
  stdout: string
  report: { measurements: { bundles: ReportedBundle[] }; validation: Array<{ kind: string; subject: string; passed: boolean; target: number; actual: number }>; notes: string[] }
}> {
  const json = out.path(`${name}.json`)
  const run = await runCliCaptured(['--baseline', 'none', '--json', json], project.dir)
  return { code: run.code, stdout: run.stdout, report: JSON.parse(await readFile(json, 'utf8')) }
}

const sizeOf = (bundle: ReportedBundle) => bundle[bundle.compression === 'none' ? 'raw' : (bundle.compression as 'gzip' | 'brotli')]

describe("a project with size-limit installed: perf-gate runs the project's size-limit", () => {
  test("nanoid's own config (import entries, most without path, @size-limit/webpack): the sizes and limits size-limit gives", async () => {
    const project = await libraryProject('nanoid', NANOID_CHECKS, { plugins: ['@size-limit/file', '@size-limit/webpack'], installed: true })
    try {
      const expected = await sizeLimitJson(project)
      expect(expected.map((check) => check.name)).toEqual(NANOID_CHECKS.map((check) => check.name))
      const { report } = await perfGate(project, 'nanoid')
      expect(report.measurements.bundles.map((bundle) => ({ name: bundle.name, size: sizeOf(bundle), limit: bundle.limit, passed: bundle.sizeLimit?.passed }))).toEqual(
        expected.map((check) => ({ name: check.name, size: check.size, limit: check.sizeLimit, passed: check.passed })),
      )
      // Only the size size-limit measured is there: nothing perf-gate did not measure.
      for (const bundle of report.measurements.bundles) expect(Object.keys(bundle).filter((key) => ['raw', 'gzip', 'brotli'].includes(key))).toEqual(['brotli'])
      const budgets = report.validation.filter((target) => target.kind === 'bundle-budget')
      expect(budgets.map((target) => [target.subject, target.passed])).toEqual(expected.map((check) => [check.name, check.passed]))
      expect(report.notes.filter((text) => text.includes('size-limit'))).toEqual([])
    } finally {
      await project.remove()
    }
  })

  test("nanostores' config (import objects, @size-limit/preset-small-lib with esbuild)", async () => {
    const project = await libraryProject('nanostores', NANOSTORES_CHECKS, { plugins: ['@size-limit/preset-small-lib'], installed: true })
    try {
      const expected = await sizeLimitJson(project)
      const { report } = await perfGate(project, 'nanostores')
      expect(report.measurements.bundles.map((bundle) => [bundle.name, sizeOf(bundle), bundle.limit])).toEqual(expected.map((check) => [check.name, check.size, check.sizeLimit]))
    } finally {
      await project.remove()
    }
  })

  test('ignore, running: false and a time limit: size-limit measures them; the time limit is a target of its own', async () => {
    // running: false everywhere: the time plugin would otherwise run each check in a browser.
    const checks = [
      { name: 'with lodash', path: 'index.js', import: '{ pages }', running: false, limit: '10 kB' },
      { name: 'without lodash', path: 'index.js', import: '{ pages }', ignore: ['lodash-es'], running: false, limit: '1 kB' },
      { name: 'file', path: 'index.js', gzip: true, running: false, limit: '2 kB' },
      { name: 'loads fast', path: 'index.js', running: false, limit: '1 s' },
    ]
    const project = await appProject(checks, { installed: true })
    try {
      const expected = await sizeLimitJson(project)
      const { report } = await perfGate(project, 'options')
      expect(report.measurements.bundles.map((bundle) => [bundle.name, sizeOf(bundle)])).toEqual(expected.map((check) => [check.name, check.size]))
      const byName = Object.fromEntries(report.measurements.bundles.map((bundle) => [bundle.name, bundle]))
      // ignore takes lodash-es out: the two imports differ by what lodash's chunk() weighs.
      expect((sizeOf(byName['with lodash'] as ReportedBundle) ?? 0) - (sizeOf(byName['without lodash'] as ReportedBundle) ?? 0)).toBeGreaterThan(200)
      expect(byName['file']).toMatchObject({ compression: 'gzip' })
      expect(byName['loads fast']?.sizeLimit).toMatchObject({ passed: true, timeLimit: 1000, loading: expect.any(Number) })
      expect(report.validation).toContainEqual(expect.objectContaining({ kind: 'size-limit-time', subject: 'loads fast', target: 1000, passed: true }))
    } finally {
      await project.remove()
    }
  })
})

describe('a project without size-limit installed: plain files are measured, the rest is a note in the report', () => {
  test('the plain check has the size size-limit gives it; each check that needs a plugin is named with what to install; the run passes', async () => {
    const checks = [
      { name: 'file', path: 'index.js', gzip: true, limit: '2 kB' },
      { name: 'with lodash', path: 'index.js', import: '{ pages }', limit: '10 kB' },
      { name: 'without lodash', path: 'index.js', import: '{ pages }', ignore: ['lodash-es'], limit: '1 kB' },
      { name: 'loads fast', path: 'index.js', running: false, limit: '1 s' },
    ]
    // What size-limit says of the plain check when it only measures files, as perf-gate does without it.
    const withSizeLimit = await appProject(checks.slice(0, 1), { installed: true, plugins: ['@size-limit/file'] })
    const project = await appProject(checks, { installed: false })
    try {
      const [plain] = await sizeLimitJson(withSizeLimit)
      const { code, stdout, report } = await perfGate(project, 'uninstalled')
      expect(code).toBe(0)
      expect(report.measurements.bundles.map((bundle) => [bundle.name, bundle.gzip, bundle.limit])).toEqual([['file', plain?.size, 2000]])
      expect(report.notes).toEqual([
        'size-limit check "with lodash" (in package.json "size-limit") uses import (@size-limit/esbuild or @size-limit/webpack or @size-limit/rolldown), which only size-limit measures: install them (npm i -D size-limit @size-limit/file @size-limit/esbuild) and perf-gate runs size-limit; this check was not measured.',
        'size-limit check "without lodash" (in package.json "size-limit") uses import (@size-limit/esbuild or @size-limit/webpack or @size-limit/rolldown), ignore (@size-limit/esbuild or @size-limit/webpack or @size-limit/rolldown), which only size-limit measures: install them (npm i -D size-limit @size-limit/file @size-limit/esbuild) and perf-gate runs size-limit; this check was not measured.',
        'size-limit check "loads fast" (in package.json "size-limit") uses running (@size-limit/time), which only size-limit measures: install them (npm i -D size-limit @size-limit/file @size-limit/time) and perf-gate runs size-limit; this check was not measured.',
      ])
      // The report says it, not only the log.
      expect(stdout).toContain('uses import (@size-limit/esbuild')
    } finally {
      await project.remove()
      await withSizeLimit.remove()
    }
  })

  test("nanoid's config with nothing installed: no check measured, every one named, nothing stops", async () => {
    const project = await libraryProject('nanoid', NANOID_CHECKS, { plugins: ['@size-limit/file', '@size-limit/webpack'], installed: false })
    try {
      const { code, report } = await perfGate(project, 'nanoid-uninstalled')
      expect(code).toBe(0)
      expect(report.measurements.bundles).toEqual([])
      expect(report.notes.map((text) => /^size-limit check "([^"]+)"/.exec(text)?.[1])).toEqual(NANOID_CHECKS.map((check) => check.name))
    } finally {
      await project.remove()
    }
  })
})
