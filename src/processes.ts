import { spawn, type ChildProcessByStdio } from 'node:child_process'
import type { Readable } from 'node:stream'

/**
 * Every command perf-gate starts (build, install, the app server) runs in its own process group,
 * so that stopping it stops everything it started, and none outlives perf-gate: the groups still
 * running are killed when perf-gate exits, is interrupted, or the job is cancelled.
 */
const liveGroups = new Set<number>()
let cleanupInstalled = false

function installCleanup(): void {
  if (cleanupInstalled) return
  cleanupInstalled = true
  process.once('exit', () => {
    for (const pid of liveGroups) signalGroup(pid, 'SIGKILL')
  })
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      for (const pid of liveGroups) signalGroup(pid, 'SIGKILL')
      process.exit(code)
    })
  }
}

export type GroupProcess = ChildProcessByStdio<null, Readable, Readable>

export function spawnGroup(command: string, options: { cwd: string; env: NodeJS.ProcessEnv }): GroupProcess {
  installCleanup()
  const child = spawn(command, { cwd: options.cwd, env: options.env, shell: true, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  const pid = child.pid
  if (pid !== undefined) {
    liveGroups.add(pid)
    child.once('exit', () => {
      // The shell is gone, but what it started may not be: the group is forgotten only once empty.
      if (!groupAlive(pid)) liveGroups.delete(pid)
    })
  }
  return child
}

export function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal)
  } catch {
    // The group is already gone.
  }
}

export function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0)
    return true
  } catch {
    return false
  }
}

/** SIGTERM to the whole group, then SIGKILL to whatever is left after `graceMs`. */
export async function stopGroup(pid: number, graceMs = 5000): Promise<void> {
  signalGroup(pid, 'SIGTERM')
  const deadline = Date.now() + graceMs
  while (groupAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
  if (groupAlive(pid)) signalGroup(pid, 'SIGKILL')
  while (groupAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 20))
  liveGroups.delete(pid)
}

/** The last lines of a process's output, kept as it runs, for error messages. */
export class OutputTail {
  private lines: string[] = []
  private partial = ''
  constructor(private readonly keep = 50) {}

  push(chunk: Buffer | string): void {
    const parts = (this.partial + chunk.toString()).split(/\r?\n/)
    this.partial = parts.pop() ?? ''
    this.lines.push(...parts)
    if (this.lines.length > this.keep) this.lines.splice(0, this.lines.length - this.keep)
  }

  text(): string {
    return [...this.lines, this.partial].filter((line) => line.trim()).join('\n')
  }

  lastLine(): string {
    return this.text().split('\n').at(-1) ?? ''
  }
}
