import { runCli } from './cli.js'

const exitCode = await runCli({ argv: process.argv.slice(2), cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr })
// Lighthouse leaves timers behind that would hold the process for seconds after the work is done.
process.exit(exitCode)
