import { describe, expect, test } from '@jest/globals'
import { captureGroups, stripHash } from '../src/analyze/hashes.js'
import type { StripHash } from '../src/model/settings.js'

const auto: StripHash = { kind: 'auto' }

describe('strip-hash auto: the hashes bundlers write come off', () => {
  test.each([
    // Vite 8 (Rolldown) and Rollup: [name]-[hash], 8 characters of base64url, which may hold - and _
    ['dist/assets/index-D_6Ay_gG.js', 'dist/assets/index.js'],
    ['dist/assets/index-CKk-EZXd.js', 'dist/assets/index.js'],
    ['dist/assets/index-wktXvZw9.js', 'dist/assets/index.js'],
    ['dist/assets/index-CsUDhMuy.css', 'dist/assets/index.css'],
    ['dist/assets/index-DiwrgTda.css', 'dist/assets/index.css'],
    ['dist/assets/vite-BF8QNONU.svg', 'dist/assets/vite.svg'],
    ['dist/assets/index-legacy-CKk-EZXd.js', 'dist/assets/index-legacy.js'],
    ['dist/assets/vendor-react-BcD3xYz1.js', 'dist/assets/vendor-react.js'],
    ['dist/assets/index-CKk-EZXd.js.map', 'dist/assets/index.js.map'],
    ['dist/assets/index--abc1234.js', 'dist/assets/index.js'],
    // Astro and SvelteKit: [name].[hash]
    ['dist/_astro/index.B3kTWKfm.js', 'dist/_astro/index.js'],
    ['build/_app/immutable/nodes/0.CKk-EZXd.js', 'build/_app/immutable/nodes/0.js'],
    // esbuild: [name]-[hash], 8 characters of uppercase base32; chunk-[hash]
    ['out/chunk-NPWTAH35.js', 'out/chunk.js'],
    ['out/main-3KFQCHM4.js', 'out/main.js'],
    ['out/main-3KFQCHM4.css', 'out/main.css'],
    ['out/chunk-QWERTYUI.js', 'out/chunk.js'],
    // webpack: [name].[contenthash] (20 hex by default), [contenthash:8], [contenthash:6], CRA's chunks
    ['dist/main.5f0b7c1a9e3d2b4c6a8f.js', 'dist/main.js'],
    ['dist/main.3f2a9c.js', 'dist/main.js'],
    ['dist/main.81bd0e.js', 'dist/main.js'],
    ['dist/vendors~main.0a1b2c3d.js', 'dist/vendors~main.js'],
    ['build/static/js/787.8c2d1e3a.chunk.js', 'build/static/js/787.chunk.js'],
    ['build/static/css/main.073c9b0a.css', 'build/static/css/main.css'],
    ['dist/app-4f3a2b1c.css', 'dist/app.css'],
    ['dist/123.8c2d1e3a.js', 'dist/123.js'],
    ['dist/3f2a9c1d8e7b6a5f4c3d.js', 'dist/[hash].js'],
    // Parcel: [name].[hash], 8 hex
    ['dist/index.3f2a9c1d.js', 'dist/index.js'],
    ['dist/index.975ef6c8.css', 'dist/index.css'],
    // Next.js: [name]-[hex16], numbered chunks, CSS named by its hash, and the buildId folder
    ['.next/static/chunks/pages/_app-1a2b3c4d5e6f7a8b.js', '.next/static/chunks/pages/_app.js'],
    ['.next/static/chunks/app/page-0f1e2d3c4b5a6978.js', '.next/static/chunks/app/page.js'],
    ['.next/static/chunks/app/[slug]/page-9a8b7c6d5e4f3a2b.js', '.next/static/chunks/app/[slug]/page.js'],
    ['.next/static/chunks/framework-2c79e2a64abdb08b.js', '.next/static/chunks/framework.js'],
    ['.next/static/chunks/main-app-a1b2c3d4e5f60718.js', '.next/static/chunks/main-app.js'],
    ['.next/static/chunks/4821-1a2b3c4d5e6f7a8b.js', '.next/static/chunks/4821.js'],
    ['.next/static/css/2f3e4d5c6b7a8990.css', '.next/static/css/[hash].css'],
    ['.next/static/V1StGXR8_Z5jdHi6B-myT/_buildManifest.js', '.next/static/_buildManifest.js'],
    ['.next/static/V1StGXR8_Z5jdHi6B-myT/_ssgManifest.js', '.next/static/_ssgManifest.js'],
    // A build id that is a commit (generateBuildId returning the git SHA)
    ['.next/static/7f3a2b1c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a/_buildManifest.js', '.next/static/_buildManifest.js'],
    // Gatsby: the page component's long name, then 20 hex
    ['public/component---src-pages-index-js-1a2b3c4d5e6f7a8b9c0d.js', 'public/component---src-pages-index-js.js'],
  ])('%s is %s', (name, stripped) => {
    expect(stripHash(name, auto)).toBe(stripped)
  })
})

describe('strip-hash auto: words and numbers stay', () => {
  test.each([
    'dist/index-module.js',
    'dist/vendor-react.js',
    'dist/chunk-lodash.js',
    'dist/page-2.js',
    'dist/page-1234.js',
    'dist/app.min.js',
    'dist/polyfills-legacy.js',
    'dist/vendor-reactdom.js', // 8 lowercase letters: a word
    'dist/chunk-Settings.js', // a capitalized word of 8
    'dist/index.es.js',
    'dist/jquery-3.6.0.min.js',
    'dist/react-dom.production.min.js',
    'dist/jquery.validate.js',
    'dist/lib.es2015.js',
    'dist/bundle.cafe.js', // hex letters without a digit
    'dist/chunk-deadbeef.js',
    'dist/report-2023.js', // a year, not a hash
    'dist/locale-en-US.js',
    'dist/worker-a11y.js',
    'dist/fonts/KaTeX_Main-Regular.woff2',
    'dist/roboto-v30-latin-regular.woff2',
    'dist/src_search_js.js',
    'dist/runtime.js',
    'dist/vendor-my_thing.js',
    'dist/chunks/page-0042.[contenthash].js',
    'node_modules/some-long-folder-name/index.js', // 21 characters in one case: a folder, not a build id
    'dist/LICENSE',
  ])('%s', (name) => {
    expect(stripHash(name, auto)).toBe(name)
  })

  test('what auto cannot tell from a hash: an 8-letter word in mixed case after a dash (use a pattern for those)', () => {
    // One in five of Vite's hashes is letters only, in mixed case like DiwrgTda; so is MainPage.
    expect(stripHash('dist/view-MainPage.js', auto)).toBe('dist/view.js')
  })
})

describe('strip-hash none and pattern', () => {
  test('none leaves every name as it is', () => {
    expect(stripHash('dist/assets/index-CKk-EZXd.js', { kind: 'none' })).toBe('dist/assets/index-CKk-EZXd.js')
  })

  test.each([
    // compressed-size-action's examples: only the group goes, the separators around it stay.
    [/\.(\w{8})\.js$/, 'dist/main.a1b2c3d4.js', 'dist/main..js'],
    [/-([\w-]{8})\./, 'dist/assets/index-CKk-EZXd.js', 'dist/assets/index-.js'],
    // The separator inside the group gives the plain name.
    [/(\.[0-9a-f]{8})\.js$/, 'dist/main.a1b2c3d4.js', 'dist/main.js'],
    // The first group's own place, not the first place its text occurs.
    [/app\.(app)\.js$/, 'app/app.app.js', 'app/app..js'],
    // No match, or the group did not take part: the name stays.
    [/\.(\w{8})\.js$/, 'dist/main.js', 'dist/main.js'],
    [/main(?:-(\w+))?\.js$/, 'dist/main.js', 'dist/main.js'],
    // Other groups are not the hash.
    [/-(\w{4})(\w{4})\.js$/, 'dist/a-12345678.js', 'dist/a-5678.js'],
  ])('%s on %s is %s', (pattern, name, stripped) => {
    expect(stripHash(name, { kind: 'pattern', pattern })).toBe(stripped)
  })

  test('a global pattern gives the same answer every time (no lastIndex carried over)', () => {
    const rule: StripHash = { kind: 'pattern', pattern: /-(\w{8})\.js$/g }
    expect([1, 2, 3].map(() => stripHash('dist/main-a1b2c3d4.js', rule))).toEqual(['dist/main-.js', 'dist/main-.js', 'dist/main-.js'])
  })

  test('captureGroups counts groups, not non-capturing ones', () => {
    expect(captureGroups(/\.(\w{8})\.js$/)).toBe(1)
    expect(captureGroups(/(?:\.\w{8})\.js$/)).toBe(0)
    expect(captureGroups(/(?<hash>\w+)-(\d)/)).toBe(2)
  })
})
