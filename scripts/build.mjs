// Builds dist/ from src/: one self-contained ESM file per front door, so that GitHub can run
// `node dist/index.js` with no npm install. esbuild over rollup: one dependency, no plugins to
// keep in step, and a build in well under a second, which keeps the dist-is-fresh test cheap.
import { chmod, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { build } from 'esbuild'
import { lighthouseBundling } from './lighthouse-bundling.mjs'

// webpack-bundle-analyzer's static treemap report inlines its viewer script, which lib/template.js
// reads at run time from the package's public/ folder (next to lib/, found from __dirname). dist/
// ships without node_modules and its __dirname is dist/ or dist/chunks, so that read would find
// nothing: the build puts the files of public/ into template.js as string literals instead.
function analyzerViewerBundling() {
  const viewerRead = 'return fs.readFileSync(assetPath, "utf8");'
  return {
    name: 'analyzer-viewer-bundling',
    setup(build) {
      build.onLoad({ filter: /[\\/]node_modules[\\/]webpack-bundle-analyzer[\\/]lib[\\/]template\.js$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8')
        // Fail the build, not a user's run, when a new version of the analyzer reads its files differently.
        if (!source.includes(viewerRead)) throw new Error(`${args.path} no longer reads its viewer with ${viewerRead}: update analyzerViewerBundling in scripts/build.mjs`)
        const publicDir = path.join(path.dirname(args.path), '..', 'public')
        const files = Object.fromEntries(
          await Promise.all((await readdir(publicDir)).filter((name) => name.endsWith('.js')).map(async (name) => [name, await readFile(path.join(publicDir, name), 'utf8')])),
        )
        const inlinedRead = `const files = ${JSON.stringify(files)};\n  if (!Object.hasOwn(files, filename)) throw new Error(\`"\${filename}" was not inlined into the bundle\`);\n  return files[filename];`
        // A function, not a string: the viewer's code has $ sequences that replace() would expand.
        return { contents: source.replace(viewerRead, () => inlinedRead), loader: 'js', resolveDir: path.dirname(args.path) }
      })
    },
  }
}

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } })
const outdir = path.resolve(values.outdir)

// Bundled CommonJS dependencies still call require() and use __filename and __dirname, which ESM
// output lacks. The banner provides them under names no dependency uses, and `define` points only
// the free (undeclared) uses at them: a bundled module that declares its own __filename (as
// @azure/storage-common does) keeps it, where a banner `const __filename` would be a second
// declaration in the same scope and stop the whole chunk from loading.
const banner = [
  "import { createRequire as __perfGateCreateRequire } from 'node:module';",
  "import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';",
  "import { dirname as __perfGateDirnameOf } from 'node:path';",
  'const require = __perfGateCreateRequire(import.meta.url);',
  'const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);',
  'const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);',
].join('\n')
const define = { __filename: '__perfGateFilename', __dirname: '__perfGateDirname' }

await rm(outdir, { recursive: true, force: true })
await mkdir(outdir, { recursive: true })
// One build for both front doors: code they share, and Lighthouse (imported only when there are
// urls to measure), goes into chunks, so a bundle-only run never loads Lighthouse.
await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/bin.ts' },
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node24',
  // Lighthouse serializes some functions into the page and finds their bundled names at run time.
  keepNames: true,
  legalComments: 'none',
  logLevel: 'warning',
  banner: { js: banner },
  define,
  plugins: [lighthouseBundling(), analyzerViewerBundling()],
})
// The CLI is run directly (npx perf-gate): it needs a shebang, which must be its first line.
const cliFile = path.join(outdir, 'cli.js')
await writeFile(cliFile, `#!/usr/bin/env node\n${await readFile(cliFile, 'utf8')}`)
// dist/ is run on its own (the action's folder has no package.json of ours): mark it as ESM.
await writeFile(path.join(outdir, 'package.json'), '{ "type": "module" }\n')
await chmod(path.join(outdir, 'cli.js'), 0o755)
