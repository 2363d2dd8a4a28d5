// The load step: perf-gate's recording round (every response in µs, HDR histogram, Server-Timing)
// against bare autocannon, same server, same connections and duration, rounds interleaved; and
// perf-gate's p95 against the exact order statistic of the same round's samples.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { fileURLToPath, pathToFileURL } from 'node:url'
import autocannon from 'autocannon'
import { build } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const api = path.join(root, '__tests__', 'fixtures', 'servers', 'api.mjs')
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4)
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 3)
const CONNECTIONS = 10

// perf-gate's own measuring code, built from src/ for this run.
const temp = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-bench-'))
const entry = path.join(temp, 'entry.mjs')
await build({
  stdin: {
    contents: "export { runRound } from './src/measure/latency.ts'; export { startServer } from './src/measure/server.ts'",
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
const { runRound, startServer } = await import(pathToFileURL(entry).href)

const quiet = new PassThrough().resume()
const endpoint = { method: 'GET', path: '/', headers: {} }

function bareAutocannon(origin) {
  return new Promise((resolve, reject) => {
    autocannon({ url: origin, connections: CONNECTIONS, duration: DURATION_S, pipelining: 1 }, (error, result) => (error ? reject(error) : resolve(result.requests.total / result.duration)))
  })
}

async function withServer(env, work) {
  const vars = Object.entries(env)
    .map(([name, value]) => `${name}=${value}`)
    .join(' ')
  const server = await startServer({ command: `env ${vars} "${process.execPath}" "${api}"`, cwd: root, readyPath: '/', readyTimeoutMs: 10_000, output: quiet })
  try {
    return await work(server)
  } finally {
    await server.stop()
  }
}

try {
  console.log(`load step: ${CONNECTIONS} connections, ${DURATION_S} s rounds, ${ROUNDS} rounds each (interleaved), ${os.availableParallelism()} cores, Node ${process.versions.node}`)
  await withServer({}, async (server) => {
    await bareAutocannon(server.origin) // warm both sides up
    const bare = []
    const gate = []
    const gateRound = async () => (await runRound(server, endpoint, CONNECTIONS, DURATION_S * 1000, 'bench')).throughput
    for (let round = 0; round < ROUNDS; round++) {
      // Turn about (ABBA): the second tool of a round meets the server the first one just loaded
      // (its heap, its garbage), so neither tool always goes second.
      if (round % 2 === 0) {
        bare.push(await bareAutocannon(server.origin))
        gate.push(await gateRound())
      } else {
        gate.push(await gateRound())
        bare.push(await bareAutocannon(server.origin))
      }
      console.log(`  round ${round + 1}: bare autocannon ${Math.round(bare.at(-1))} req/s, perf-gate recording ${Math.round(gate.at(-1))} req/s`)
    }
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
    const ratio = median(gate) / median(bare)
    console.log(
      `throughput: perf-gate ${Math.round(median(gate))} req/s vs bare autocannon ${Math.round(median(bare))} req/s (medians) → ${ratio.toFixed(3)}× (target ≥ 0.95×) ${ratio >= 0.95 ? 'MET' : 'NOT MET'}`,
    )
  })

  await withServer({ SLOW_EVERY: 20, SLOW_MS: 30 }, async (server) => {
    const round = await runRound(server, endpoint, CONNECTIONS, DURATION_S * 1000, 'bench', true)
    const sorted = [...round.samples].sort((a, b) => a - b)
    const at = (p) => sorted[Math.ceil(p * sorted.length) - 1] / 1000
    for (const [name, p] of [
      ['p50', 0.5],
      ['p95', 0.95],
      ['p99', 0.99],
    ]) {
      const exact = at(p)
      const error = Math.abs(round.latency[name] - exact) / exact
      console.log(`${name}: perf-gate ${round.latency[name].toFixed(3)} ms vs exact sorted-sample ${exact.toFixed(3)} ms over ${sorted.length} responses → ${(error * 100).toFixed(3)}% apart`)
    }
  })
} finally {
  rmSync(temp, { recursive: true, force: true })
}
