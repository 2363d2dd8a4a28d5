// The Code phase's profiling (issue 15): what the CPU profiler costs the server (throughput of a
// normal round on the hot fixture without and with the profiler, rounds interleaved, medians), and
// how repeatable the leak check is (the non-leaking fixture flagged in 0 of N repeats, the one
// keeping ~4 KB a request in N of N; each repeat a fresh server, ~3,000 requests, a heap sample
// every ~500).
//   BENCH_ROUNDS (default 4), BENCH_SECONDS (default 3): the overhead rounds
//   BENCH_REPEATS (default 20), BENCH_HEAP_REQUESTS (default 3000): the leak check
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const servers = path.join(root, '__tests__', 'fixtures', 'servers')
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4)
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 3)
const REPEATS = Number(process.env.BENCH_REPEATS ?? 20)
const HEAP_REQUESTS = Number(process.env.BENCH_HEAP_REQUESTS ?? 3000)
const CONNECTIONS = 10

// perf-gate's own code, built from src/ for this run.
const temp = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-bench-'))
const entry = path.join(temp, 'entry.mjs')
await build({
  stdin: {
    contents: [
      "export { runRound } from './src/measure/latency.ts'",
      "export { startServer } from './src/measure/server.ts'",
      "export { attachToServer } from './src/measure/inspector.ts'",
      "export { loadRequests, sampleHeap } from './src/measure/profileRound.ts'",
      "export { heapSlope, hottestFunctions, LEAK_FLOOR_BYTES_PER_1000 } from './src/analyze/profile.ts'",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: entry,
  logLevel: 'warning',
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
})
const { runRound, startServer, attachToServer, loadRequests, sampleHeap, heapSlope, hottestFunctions, LEAK_FLOOR_BYTES_PER_1000 } = await import(pathToFileURL(entry).href)

const quiet = new PassThrough().resume()
const inspectEnv = { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, '--inspect=127.0.0.1:0'].filter(Boolean).join(' ') }
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`

async function withInspectedServer(file, vars, work) {
  const env = Object.entries(vars).map(([name, value]) => `${name}=${value}`)
  const server = await startServer({ command: `env ${env.join(' ')} "${process.execPath}" "${file}"`, cwd: root, readyPath: '/', readyTimeoutMs: 15_000, output: quiet, env: inspectEnv })
  let inspector
  try {
    inspector = await attachToServer(server)
    if ('note' in inspector) throw new Error(inspector.note)
    return await work(server, inspector)
  } finally {
    if (inspector && !('note' in inspector)) await inspector.close()
    await server.stop()
  }
}

try {
  console.log(`profile: ${CONNECTIONS} connections, ${os.availableParallelism()} cores, Node ${process.versions.node}`)

  await withInspectedServer(path.join(servers, 'hot.mjs'), {}, async (server, inspector) => {
    const endpoint = { method: 'GET', path: '/api/hot', headers: {} }
    const round = () => runRound(server, endpoint, CONNECTIONS, DURATION_S * 1000, 'bench')
    await round() // warm-up
    const plain = []
    const profiled = []
    let hottest
    const profiledRound = async () => {
      const { profile, result } = await inspector.cpuProfile(round)
      hottest = hottestFunctions(profile, { projectRoot: root }).top[0]
      return result.throughput
    }
    for (let index = 0; index < ROUNDS; index++) {
      // ABBA: neither kind of round always meets the server the other just loaded.
      if (index % 2 === 0) {
        plain.push((await round()).throughput)
        profiled.push(await profiledRound())
      } else {
        profiled.push(await profiledRound())
        plain.push((await round()).throughput)
      }
      console.log(`  round ${index + 1}: plain ${Math.round(plain.at(-1))} req/s, CPU-profiled ${Math.round(profiled.at(-1))} req/s`)
    }
    const ratio = median(profiled) / median(plain)
    console.log(
      `CPU profiler overhead (GET /api/hot, ${DURATION_S} s rounds, ${ROUNDS} each): ${Math.round(median(profiled))} vs ${Math.round(median(plain))} req/s (medians) → ${ratio.toFixed(3)}× the throughput`,
    )
    if (hottest) console.log(`  hottest: ${hottest.functionName} ${hottest.file}:${hottest.line} ${(hottest.share * 100).toFixed(1)}% of the busy samples`)
  })

  const endpoint = { method: 'GET', path: '/', headers: {} }
  for (const leak of ['0', '1']) {
    let flagged = 0
    const slopes = []
    for (let repeat = 0; repeat < REPEATS; repeat++) {
      const measure = () =>
        withInspectedServer(path.join(servers, 'leaky.mjs'), { LEAK: leak }, async (server, inspector) => {
          const samples = await sampleHeap(inspector, (amount, maxMs) => loadRequests(server, endpoint, CONNECTIONS, amount, maxMs), { heapRequests: HEAP_REQUESTS })
          return heapSlope(samples)
        })
      // A server that could not be attached to (said once, then tried again) is no repeat of the check.
      const finding = await measure().catch((error) => {
        console.log(`  LEAK=${leak} #${repeat + 1}: ${error.message}; started again`)
        return measure()
      })
      if (finding.possible) flagged++
      slopes.push(finding)
      if (process.env.BENCH_VERBOSE)
        console.log(
          `  LEAK=${leak} #${repeat + 1}: ${kb(finding.slopeBytesPer1000)} per 1,000 [${kb(finding.interval[0])}, ${kb(finding.interval[1])}] over ${finding.requests} requests, ${finding.samples} samples`,
        )
    }
    const lows = slopes.map((finding) => finding.interval[0])
    const highs = slopes.map((finding) => finding.interval[1])
    const values = slopes.map((finding) => finding.slopeBytesPer1000)
    console.log(
      `leak check, LEAK=${leak} (${leak === '1' ? '~4 KB kept a request' : 'nothing kept'}): flagged in ${flagged} of ${REPEATS} repeats; slope per 1,000 requests median ${kb(median(values))}, range ${kb(Math.min(...values))}…${kb(Math.max(...values))}; interval lows ${kb(Math.min(...lows))}…${kb(Math.max(...lows))}, highs up to ${kb(Math.max(...highs))} (floor ${kb(LEAK_FLOOR_BYTES_PER_1000)}; ~${Math.round(median(slopes.map((finding) => finding.requests)))} requests each)`,
    )
  }
} finally {
  rmSync(temp, { recursive: true, force: true })
}
