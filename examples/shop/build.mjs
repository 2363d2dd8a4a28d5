// Builds one variant of the shop: bundles and minifies src/ into dist/, as a real project's build would.
import { rmSync } from 'node:fs'
import { build } from 'esbuild'

rmSync('dist', { recursive: true, force: true })
await build({
  entryPoints: { app: 'src/index.js', styles: 'src/styles.css' },
  bundle: true,
  minify: true,
  format: 'esm',
  splitting: true,
  outdir: 'dist',
  logLevel: 'warning',
})
