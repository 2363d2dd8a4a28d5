import { UserError, messages } from './errors.js'
import { OutputTail, spawnGroup, stopGroup } from './processes.js'
import type { RunCommand } from './model/edges.js'

/** Runs a user's shell command (build, install) to completion; a non-zero exit is the user's error. */
export const runCommand: RunCommand = (command, options) =>
  new Promise((resolve, reject) => {
    const child = spawnGroup(command, { cwd: options.cwd, env: options.env ?? process.env })
    const tail = new OutputTail()
    const keep = (chunk: Buffer) => {
      options.output.write(chunk)
      tail.push(chunk)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', (error) => reject(new UserError(messages.commandFailed(options.input, command, null, error.message))))
    child.on('close', (code) => {
      // Anything the command left running in the background goes with it.
      const settle = () => (code === 0 ? resolve() : reject(new UserError(messages.commandFailed(options.input, command, code, tail.text()))))
      if (child.pid === undefined) settle()
      else void stopGroup(child.pid, 1000).then(settle)
    })
  })
