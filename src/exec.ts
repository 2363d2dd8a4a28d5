import { spawn } from 'node:child_process'
import type { Writable } from 'node:stream'
import { UserError, messages } from './errors.js'

export interface CommandOptions {
  /** The input that holds the command, for the error message: `build-command`. */
  input: string
  cwd: string
  /** Where the command's output is shown as it runs. */
  output: Writable
  env?: NodeJS.ProcessEnv
}

export type RunCommand = (command: string, options: CommandOptions) => Promise<void>

const TAIL_LINES = 20
const running = new Set<number>()

// A command runs in its own process group, so a cancelled job takes the whole tree down with it.
function killRunningGroups(): void {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
}
process.once('exit', killRunningGroups)

/** Runs a user's shell command (build, install) to completion; a non-zero exit is the user's error. */
export const runCommand: RunCommand = (command, options) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      shell: true,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    if (child.pid !== undefined) running.add(child.pid)
    let tail = ''
    const keep = (chunk: Buffer) => {
      options.output.write(chunk)
      tail = (tail + chunk.toString('utf8')).split(/\r?\n/).slice(-TAIL_LINES).join('\n')
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', (error) => {
      if (child.pid !== undefined) running.delete(child.pid)
      reject(new UserError(messages.commandFailed(options.input, command, null, error.message)))
    })
    child.on('close', (code) => {
      if (child.pid !== undefined) running.delete(child.pid)
      if (code === 0) resolve()
      else reject(new UserError(messages.commandFailed(options.input, command, code, tail)))
    })
  })
