// npm run bench: perf-gate's bundle step against one plain single-threaded gzip + brotli pass
// (what size-limit's file plugin does, file after file) over the same 200 files, ~20 MB, in one run;
// then base and head of a change to 10% of those files against measuring the head alone.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import zlib from 'node:zlib'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'dist', 'cli.js')
const FILES = 200
const TOTAL_BYTES = 20_000_000
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2)

/** Minified-JavaScript-like text: compresses about as well as a real bundle (≈ 3–4× with gzip). */
function javascriptLike(bytes, seed) {
  let state = seed
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648)
  const words = ['const', 'function', 'return', 'export', 'import', 'value', 'props', 'state', 'render', 'items', 'map', 'filter', 'useEffect', 'children']
  const parts = []
  let length = 0
  while (length < bytes) {
    const part = `${words[next() % words.length]} ${words[next() % words.length]}_${next() % 4099}=(a${next() % 97},b)=>a${next() % 89}.${words[next() % words.length]}(b,${next() % 100000});`
    parts.push(part)
    length += part.length
  }
  return parts.join('').slice(0, bytes)
}

function plainPass(files) {
  let gzip = 0
  let brotli = 0
  for (const file of files) {
    const content = readFileSync(file)
    gzip += zlib.gzipSync(content, { level: 9 }).length
    brotli += zlib.brotliCompressSync(content, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length
  }
  return { gzip, brotli }
}

// Outside the measured folder, which is a git repository in the second part.
const report = path.join(os.tmpdir(), `perf-gate-bench-report-${process.pid}.json`)

function perfGate(dir, baseline = ['--baseline', 'none']) {
  const run = spawnSync(process.execPath, [cli, '--working-directory', dir, '--bundles', 'dist/**/*.js', '--bundle-budget', '1GB', ...baseline, '--json', report], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  if (run.status !== 0) throw new Error(`perf-gate exited with ${run.status}: ${run.stderr}`)
  const bundles = JSON.parse(readFileSync(report, 'utf8')).measurements.bundles
  return { gzip: bundles.reduce((sum, b) => sum + b.gzip, 0), brotli: bundles.reduce((sum, b) => sum + b.brotli, 0) }
}

const best = (times) => Math.min(...times)

function timed(work) {
  const start = process.hrtime.bigint()
  const result = work()
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, result }
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-bench-'))
try {
  mkdirSync(path.join(dir, 'dist', 'chunks'), { recursive: true })
  const files = []
  for (let index = 0; index < FILES; index++) {
    // Uneven sizes, as real chunks are: a few large vendor files and many small ones.
    const weight = index % 20 === 0 ? 6 : index % 5 === 0 ? 2 : 0.6
    files.push({ file: path.join(dir, 'dist', 'chunks', `chunk-${index}.js`), weight })
  }
  const totalWeight = files.reduce((sum, f) => sum + f.weight, 0)
  let written = 0
  for (const [index, { file, weight }] of files.entries()) {
    const bytes = Math.round((TOTAL_BYTES * weight) / totalWeight)
    writeFileSync(file, javascriptLike(bytes, index + 1))
    written += bytes
  }
  console.log(`bundle step: ${FILES} files, ${(written / 1e6).toFixed(1)} MB, ${os.availableParallelism()} cores, Node ${process.versions.node}, ${ROUNDS} rounds (interleaved)`)

  const plainTimes = []
  const gateTimes = []
  for (let round = 0; round < ROUNDS; round++) {
    const plain = timed(() => plainPass(files.map((f) => f.file)))
    const gate = timed(() => perfGate(dir))
    if (plain.result.gzip !== gate.result.gzip || plain.result.brotli !== gate.result.brotli) {
      throw new Error(`sizes differ: plain ${JSON.stringify(plain.result)} vs perf-gate ${JSON.stringify(gate.result)}`)
    }
    plainTimes.push(plain.seconds)
    gateTimes.push(gate.seconds)
    console.log(`  round ${round + 1}: plain single-threaded ${plain.seconds.toFixed(2)} s, perf-gate ${gate.seconds.toFixed(2)} s (same gzip and brotli totals)`)
  }
  const ratio = best(gateTimes) / best(plainTimes)
  console.log(
    `bundle step: perf-gate ${best(gateTimes).toFixed(2)} s vs plain gzip+brotli pass ${best(plainTimes).toFixed(2)} s (best of ${ROUNDS}) → ratio ${ratio.toFixed(2)}× (target ≤ 0.60×) ${ratio <= 0.6 ? 'MET' : 'NOT MET'}`,
  )

  // Base and head of a pull request that touched 10% of the files: the other 90% are the same
  // bytes on both sides and are compressed once. Compared with measuring the head alone.
  const git = (...args) => {
    const result = spawnSync('git', args, { cwd: dir, encoding: 'utf8' })
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
  }
  git('init', '-q', '-b', 'main')
  git('-c', 'user.email=bench@example.com', '-c', 'user.name=bench', 'add', 'dist')
  git('-c', 'user.email=bench@example.com', '-c', 'user.name=bench', 'commit', '-q', '-m', 'base')
  git('checkout', '-q', '-b', 'change')
  const changed = files.filter((_, index) => index % 10 === 3)
  for (const { file } of changed) writeFileSync(file, `${readFileSync(file, 'utf8')}export const added=${changed.length};`)
  git('-c', 'user.email=bench@example.com', '-c', 'user.name=bench', 'commit', '-q', '-am', 'head')
  const headTimes = []
  const bothTimes = []
  for (let round = 0; round < ROUNDS; round++) {
    headTimes.push(timed(() => perfGate(dir)).seconds)
    bothTimes.push(timed(() => perfGate(dir, ['--baseline', 'rebuild', '--base-ref', 'main'])).seconds)
    console.log(`  round ${round + 1}: head alone ${headTimes.at(-1).toFixed(2)} s, base and head ${bothTimes.at(-1).toFixed(2)} s`)
  }
  const pairRatio = best(bothTimes) / best(headTimes)
  console.log(
    `bundle step, base + head with ${changed.length} of ${FILES} files changed: ${best(bothTimes).toFixed(2)} s vs head alone ${best(headTimes).toFixed(2)} s (best of ${ROUNDS}) → ratio ${pairRatio.toFixed(2)}× (target ≤ 1.15×) ${pairRatio <= 1.15 ? 'MET' : 'NOT MET'}`,
  )
} finally {
  rmSync(dir, { recursive: true, force: true })
  rmSync(report, { force: true })
}
