// Builds dist/ from src/: one self-contained ESM file per front door, so that GitHub can run
// `node dist/index.js` with no npm install. esbuild over rollup: one dependency, no plugins to
// keep in step, and a build in well under a second, which keeps the dist-is-fresh test cheap.
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { build } from 'esbuild'

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } })
const outdir = path.resolve(values.outdir)

// Bundled CommonJS dependencies still call require() and use __dirname; ESM output has neither.
const banner = [
  "import { createRequire as __perfGateCreateRequire } from 'node:module';",
  "import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';",
  "import { dirname as __perfGateDirname } from 'node:path';",
  'const require = __perfGateCreateRequire(import.meta.url);',
  'const __filename = __perfGateFileURLToPath(import.meta.url);',
  'const __dirname = __perfGateDirname(__filename);',
].join('\n')

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  legalComments: 'none',
  logLevel: 'warning',
}

await rm(outdir, { recursive: true, force: true })
await mkdir(outdir, { recursive: true })
await build({ ...common, entryPoints: { index: 'src/index.ts' }, outdir, banner: { js: banner } })
await build({ ...common, entryPoints: { cli: 'src/bin.ts' }, outdir, banner: { js: `#!/usr/bin/env node\n${banner}` } })
// dist/ is run on its own (the action's folder has no package.json of ours): mark it as ESM.
await writeFile(path.join(outdir, 'package.json'), '{ "type": "module" }\n')
await chmod(path.join(outdir, 'cli.js'), 0o755)
