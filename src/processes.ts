import { spawn, type ChildProcessByStdio } from 'node:child_process'
import os from 'node:os'
import type { Readable } from 'node:stream'

/**
 * Every command perf-gate starts (build, install, the app server) runs in its own process group,
 * so that stopping it stops everything it started, and none outlives perf-gate: the groups still
 * running are killed when perf-gate exits, is interrupted, or the job is cancelled.
 */
const liveGroups = new Set<number>()
let cleanupInstalled = false

/** How perf-gate was cancelled, and the exit code that says so (128 + the signal's number, as a shell reports it). */
export interface Cancellation {
  signal: 'SIGINT' | 'SIGTERM'
  exitCode: number
}

/**
 * How long a cancelled perf-gate has to finish what it must (the check run) before it exits anyway.
 * The runner sends SIGINT, then SIGTERM 7.5 s later, then kills: this is well inside the first wait.
 */
const CANCEL_GRACE_MS = 4_000

/** Set once a front door waits for a cancellation (whenCancelled): a signal then leaves the exit to it. */
let cancellation: { promise: Promise<Cancellation>; resolve: (cancelled: Cancellation) => void } | undefined
let cancelling = false

function killLiveGroups(): void {
  for (const pid of liveGroups) signalGroup(pid, 'SIGKILL')
}

/**
 * On SIGINT (Ctrl-C, or the runner cancelling the job) and SIGTERM: every process group perf-gate
 * started is killed at once, and perf-gate exits with 128 + the signal's number, which also runs
 * the exit hooks (Lighthouse's kills Chrome). Installed by the first spawnGroup, and by a front door
 * before anything starts. After whenCancelled, the exit is the front door's, within CANCEL_GRACE_MS;
 * a second signal exits at once.
 */
export function stopProcessesOnSignal(): void {
  if (cleanupInstalled) return
  cleanupInstalled = true
  process.once('exit', killLiveGroups)
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      killLiveGroups()
      const exitCode = 128 + os.constants.signals[signal]
      if (!cancellation || cancelling) process.exit(exitCode)
      cancelling = true
      setTimeout(() => process.exit(exitCode), CANCEL_GRACE_MS).unref()
      cancellation.resolve({ signal, exitCode })
    })
  }
}

/**
 * Resolves when the job is cancelled, once every process perf-gate started has been killed. From
 * the first call on, a signal no longer exits at once: the caller finishes (the check run) and
 * returns, with CANCEL_GRACE_MS before perf-gate exits regardless.
 */
export function whenCancelled(): Promise<Cancellation> {
  stopProcessesOnSignal()
  if (!cancellation) {
    let resolve: (cancelled: Cancellation) => void = () => undefined
    const promise = new Promise<Cancellation>((settle) => (resolve = settle))
    cancellation = { promise, resolve }
  }
  return cancellation.promise
}

export type GroupProcess = ChildProcessByStdio<null, Readable, Readable>

export function spawnGroup(command: string, options: { cwd: string; env: NodeJS.ProcessEnv }): GroupProcess {
  stopProcessesOnSignal()
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
