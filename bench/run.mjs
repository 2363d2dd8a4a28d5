// npm run bench: every benchmark, one after another, each measuring perf-gate side by side with
// the tool a user would otherwise run (or, for the baseline, with known answers), in the same run.
await import('./startup.mjs')
console.log('')
await import('./bundles.mjs')
console.log('')
await import('./latency.mjs')
console.log('')
await import('./lighthouse.mjs')
console.log('')
await import('./fidelity.mjs')
console.log('')
await import('./baseline.mjs')
