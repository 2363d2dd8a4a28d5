import { readFile } from 'node:fs/promises'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { BundleSpec } from '../src/config/settings.js'
import { measureBundles } from '../src/measure/bundles.js'
import { TempProject, javascriptLike } from './fixtures/project.js'

let project: TempProject

/** What size-limit would report for one file: gzip level 9, brotli quality 11. */
async function expectedSizes(file: string) {
  const content = await readFile(project.path(file))
  return {
    raw: content.length,
    gzip: zlib.gzipSync(content, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(content, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  }
}

beforeAll(async () => {
  project = await TempProject.create()
  await project.write('dist/app.js', javascriptLike(3000, 1))
  await project.write('dist/vendor-react.js', javascriptLike(5000, 2))
  await project.write('dist/vendor-dev.js', javascriptLike(100, 3))
  await project.write('dist/styles/main.css', '.a{color:red}\n'.repeat(500))
})
afterAll(async () => project.remove())

const perFile = (patterns: string[]): BundleSpec => ({ kind: 'per-file', patterns, limit: 100_000, compression: 'gzip', origin: 'bundles' })

describe('measureBundles', () => {
  test('every file a glob matches is its own bundle, with exact raw, gzip and brotli sizes', async () => {
    const bundles = await measureBundles([perFile(['dist/**/*.js', 'dist/**/*.css', '!dist/vendor-*.js'])], project.dir)
    expect(bundles.map((bundle) => bundle.name)).toEqual(['dist/app.js', 'dist/styles/main.css'])
    for (const bundle of bundles) {
      const sizes = await expectedSizes(bundle.name)
      expect(bundle).toMatchObject({ ...sizes, limit: 100_000, compression: 'gzip', files: [{ path: bundle.name, ...sizes }] })
    }
  })

  test('a named group sums its files, leaves out ignored ones, and a file shared by two bundles is measured in both', async () => {
    const group: BundleSpec = { kind: 'group', name: 'vendor', patterns: ['dist/vendor-*.js'], ignore: ['dist/vendor-dev.js'], limit: 5_000, compression: 'brotli', origin: 'bundles[0]' }
    const [vendor, ...files] = await measureBundles([group, perFile(['dist/*.js'])], project.dir)
    const react = await expectedSizes('dist/vendor-react.js')
    expect(vendor).toMatchObject({ name: 'vendor', ...react, compression: 'brotli', files: [{ path: 'dist/vendor-react.js' }] })
    expect(files.find((bundle) => bundle.name === 'dist/vendor-react.js')).toMatchObject(react)
  })

  test('a glob that matches nothing is an error that names it', async () => {
    await expect(measureBundles([perFile(['dist/*.js', 'build/*.js'])], project.dir)).rejects.toThrow(
      `bundles: "build/*.js" matches no file in "${project.dir}"; build first (build-command) or fix the glob`,
    )
  })
})
