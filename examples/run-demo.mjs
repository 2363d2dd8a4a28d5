// npm run demo: perf-gate's CLI on the embedded shop, as a pull request would see it. The base
// variant is measured first and its report.json becomes the baseline of the head variant.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'dist', 'cli.js')
const shop = path.join(root, 'examples', 'shop')
const temp = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-demo-'))
const baseReport = path.join(temp, 'base-report.json')

function perfGate(args, stdout) {
  const run = spawnSync(process.execPath, [cli, ...args], { stdio: ['ignore', stdout, 'inherit'] })
  if (run.error) throw run.error
  return run.status ?? 1
}

try {
  console.error('perf-gate demo: measuring the base variant of examples/shop …')
  const baseStatus = perfGate(['--working-directory', path.join(shop, 'base'), '--json', baseReport], 'ignore')
  if (baseStatus !== 0) throw new Error(`the base variant failed its own budgets (exit ${baseStatus})`)

  console.error('perf-gate demo: measuring the head variant and comparing it with the base …\n')
  const headStatus = perfGate(['--working-directory', path.join(shop, 'head'), '--baseline', baseReport], 'inherit')
  console.error(`\nperf-gate exited with ${headStatus}: ${headStatus === 0 ? 'the check passes' : 'the check fails'} (fail-on: budget).`)
} finally {
  rmSync(temp, { recursive: true, force: true })
}
