import { run } from './main.js'

await run()
// Lighthouse leaves timers behind that would hold the job for seconds after the work is done; the
// exit code is the one run() set (core.setFailed).
process.exit()
