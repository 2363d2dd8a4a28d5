import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import type { Writable } from 'node:stream'
import { UserError, messages } from '../errors.js'
import { OutputTail, spawnGroup, stopGroup } from '../processes.js'

export interface ServerOptions {
  command: string
  cwd: string
  readyPath: string
  readyTimeoutMs: number
  /** Where the server's output is shown as it runs. */
  output: Writable
  env?: NodeJS.ProcessEnv
}

export interface ServerExit {
  code: number | null
  signal: NodeJS.Signals | null
}

/** The app server, started with PORT set, answering, and owning its process group. */
export interface StartedServer {
  kind: 'started'
  /** The start command as configured: the words a crash message quotes. */
  command: string
  origin: string
  port: number
  pid: number
  startupMs: number
  /** Settles when the server exits, for whatever reason; watch it during a load test. */
  exited: Promise<ServerExit>
  hasExited(): boolean
  logTail(): string
  stop(): Promise<void>
}

/** A port the kernel just gave out, free again for the server to take. */
export async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve, reject) => server.listen(0, '127.0.0.1', resolve).once('error', reject))
  const { port } = server.address() as net.AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

/**
 * Starts `command` with PORT set and polls `readyPath` until it answers (any status below 500).
 * Exiting before that, or not answering in time, is the user's error, with the server's last output;
 * either way nothing is left running.
 */
export async function startServer(options: ServerOptions): Promise<StartedServer> {
  const port = await freePort()
  const started = performance.now()
  const child = spawnGroup(options.command, { cwd: options.cwd, env: { ...(options.env ?? process.env), PORT: String(port) } })
  const pid = child.pid
  const tail = new OutputTail()
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      tail.push(chunk)
      options.output.write(chunk)
    })
  }
  let exit: ServerExit | undefined
  const exited = new Promise<ServerExit>((resolve) => {
    child.once('exit', (code, signal) => {
      exit = { code, signal }
      resolve(exit)
    })
    child.once('error', () => {
      exit = { code: null, signal: null }
      resolve(exit)
    })
  })
  const stop = async () => {
    if (pid !== undefined) await stopGroup(pid)
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 1000))])
  }

  // Most servers listen on every interface; one that binds to "localhost" may get IPv6 only.
  const origins = [`http://127.0.0.1:${port}`, `http://[::1]:${port}`]
  const deadline = performance.now() + options.readyTimeoutMs
  let origin: string | undefined
  try {
    if (pid === undefined) throw new UserError(messages.serverExitedEarly(options.command, null, options.readyPath, tail.text()))
    for (;;) {
      if (exit) throw new UserError(messages.serverExitedEarly(options.command, exit.code, options.readyPath, tail.text()))
      origin = await firstAnswering(origins, options.readyPath)
      if (origin) break
      if (performance.now() > deadline) {
        throw new UserError(messages.serverNeverReady(options.command, new URL(options.readyPath, origins[0]).href, options.readyTimeoutMs, tail.text()))
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  } catch (error) {
    await stop()
    throw error
  }

  return {
    kind: 'started',
    command: options.command,
    origin,
    port,
    pid,
    startupMs: performance.now() - started,
    exited,
    hasExited: () => exit !== undefined,
    logTail: () => tail.text(),
    stop,
  }
}

/**
 * An app perf-gate did not start (`target-url`): where it answers, and nothing of its processes,
 * so what needs them (memory, CPU, profiles) is unavailable.
 */
export interface TargetApp {
  kind: 'target'
  /** The target-url as given: scheme, host, port and any base path, without a trailing slash. */
  origin: string
}

/** Either the server perf-gate started, or the running app a target-url names. */
export type AppServer = StartedServer | TargetApp

/**
 * The app at a target-url, once `readyPath` under it answers (any status below 500); a preview
 * deployment may still be waking up, so it is asked again until `readyTimeoutMs`.
 */
export async function reachTarget(origin: string, readyPath: string, readyTimeoutMs: number): Promise<TargetApp> {
  const url = `${origin}${readyPath}`
  const deadline = performance.now() + readyTimeoutMs
  while (!(await answers(url))) {
    if (performance.now() > deadline) throw new UserError(messages.targetNotAnswering(url, readyTimeoutMs))
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return { kind: 'target', origin }
}

async function firstAnswering(origins: readonly string[], readyPath: string): Promise<string | undefined> {
  for (const origin of origins) if (await answers(new URL(readyPath, origin).href)) return origin
  return undefined
}

function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = (url.startsWith('https:') ? https : http).get(url, { timeout: 2000, agent: false }, (response) => {
      response.resume()
      resolve((response.statusCode ?? 500) < 500)
    })
    request.once('timeout', () => request.destroy())
    request.once('error', () => resolve(false))
  })
}
