// Ends every test run with one plain line, `tests: N passed, N failed`, that any CI can read.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests
    const line = `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`
    process.stdout.write(`${line}\n`)
  }
}
module.exports = SummaryReporter
