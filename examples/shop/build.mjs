// Builds one variant of the shop as a real project's build would: webpack bundles and minifies the
// JavaScript (a lazy chunk per import()) and writes its stats for perf-gate's webpack-stats;
// esbuild minifies the stylesheet.
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { transform } from 'esbuild'
import webpack from 'webpack'

rmSync('dist', { recursive: true, force: true })
const compiler = webpack({
  mode: 'production',
  context: process.cwd(),
  entry: { app: './src/index.js' },
  // The page loads /dist/app.js as a module script, where webpack cannot find its own URL: say it.
  output: { path: path.resolve('dist'), filename: '[name].js', chunkFilename: '[name].js', publicPath: '/dist/' },
  devtool: false,
})
const stats = await new Promise((resolve, reject) => compiler.run((error, result) => (error ? reject(error) : resolve(result))))
await new Promise((resolve) => compiler.close(resolve))
if (stats.hasErrors()) {
  console.error(stats.toString('errors-only'))
  process.exit(1)
}
writeFileSync('dist/stats.json', JSON.stringify(stats.toJson({ source: false })))
const css = await transform(readFileSync('src/styles.css', 'utf8'), { loader: 'css', minify: true })
writeFileSync('dist/styles.css', css.code)
