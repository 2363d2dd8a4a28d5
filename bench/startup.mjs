// npm run bench: the start-up of a bundle-only check. perf-gate's CLI on a one-file project against
// size-limit's CLI with @size-limit/file on the same file, whole processes from spawn to exit, taken
// in turn (perf-gate, size-limit, perf-gate, …) so that a busy moment of the machine falls on both;
// the median of each. Target: perf-gate ≤ 1.5× size-limit. What this measures is mostly what each
// tool loads before it measures anything: a room's code is loaded only when the config uses it.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'dist', 'cli.js')
const sizeLimitBin = path.join(root, 'node_modules', 'size-limit', 'bin.js')
const RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 7)
const TARGET = 1.5

// Two copies of the project: size-limit's has its config and plugin, perf-gate's only the file (with
// a size-limit config present, perf-gate would run size-limit too).
const folder = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-bench-startup-'))
const ours = path.join(folder, 'perf-gate')
const theirs = path.join(folder, 'size-limit')
try {
  for (const project of [ours, theirs]) {
    mkdirSync(project)
    writeFileSync(path.join(project, 'index.js'), 'export const add = (a, b) => a + b\n'.repeat(200))
  }
  // size-limit finds its plugins in the project's node_modules, as in a project that installed them.
  symlinkSync(path.join(root, 'node_modules'), path.join(theirs, 'node_modules'), 'dir')
  writeFileSync(path.join(theirs, 'package.json'), JSON.stringify({ name: 'one-file', private: true, devDependencies: { 'size-limit': '*', '@size-limit/file': '*' } }))
  writeFileSync(path.join(theirs, '.size-limit.json'), JSON.stringify([{ path: 'index.js', limit: '10 kB' }]))

  const perfGate = { cwd: ours, command: [process.execPath, cli, '--bundles', 'index.js', '--baseline', 'none'] }
  const sizeLimit = { cwd: theirs, command: [process.execPath, sizeLimitBin, '--json'] }
  const wall = ({ cwd, command }) => {
    const start = process.hrtime.bigint()
    const run = spawnSync(command[0], command.slice(1), { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } })
    const seconds = Number(process.hrtime.bigint() - start) / 1e9
    if (run.status !== 0) throw new Error(`${path.basename(command[1] ?? '')} exited with ${run.status}: ${run.stderr}`)
    return seconds
  }
  // One of each first, unmeasured: the file system cache warms for both.
  wall(perfGate)
  wall(sizeLimit)
  const times = { perfGate: [], sizeLimit: [] }
  for (let run = 0; run < RUNS; run++) {
    times.perfGate.push(wall(perfGate))
    times.sizeLimit.push(wall(sizeLimit))
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  const perfGateMedian = median(times.perfGate)
  const sizeLimitMedian = median(times.sizeLimit)
  const ratio = perfGateMedian / sizeLimitMedian
  console.log(`Start-up, a bundle-only check of one file (whole processes, interleaved, median of ${RUNS}):`)
  console.log(`  perf-gate CLI:                 ${(perfGateMedian * 1000).toFixed(0)} ms  (${times.perfGate.map((s) => (s * 1000).toFixed(0)).join(', ')})`)
  console.log(`  size-limit CLI (@size-limit/file): ${(sizeLimitMedian * 1000).toFixed(0)} ms  (${times.sizeLimit.map((s) => (s * 1000).toFixed(0)).join(', ')})`)
  console.log(`  ratio ${ratio.toFixed(2)}× (target ≤ ${TARGET}×): ${ratio <= TARGET ? 'MET' : 'NOT MET'}`)
} finally {
  rmSync(folder, { recursive: true, force: true })
}
