import { createWriteStream } from 'node:fs'
import { readFile, readdir, readlink } from 'node:fs/promises'
import path from 'node:path'

/**
 * The server's Node process, reached through Node's inspector (Chrome DevTools Protocol over a
 * WebSocket): a CPU profile of a round, the heap used after a full GC, a heap snapshot. `--cpu-prof`
 * is no use here: it writes its file when the process exits normally, and a server is killed.
 *
 * The start command runs with NODE_OPTIONS=--inspect=127.0.0.1:0, so every Node process of its tree
 * (npm and its shell included) opens an inspector on a port of its own. The one that matters is the
 * process that listens on the server's port: found through Linux's /proc (the listening sockets of
 * /proc/net/tcp and tcp6 → their inodes → the process whose file descriptors hold them), then its
 * other listening sockets on the loopback are asked for /json/list.
 */
export interface ServerInspector {
  /** The Node process that serves the port, and its inspector's WebSocket. */
  pid: number
  url: string
  /** Samples the CPU while `during` runs; the profile is the raw `.cpuprofile` JSON. */
  cpuProfile<T>(during: () => Promise<T>): Promise<{ profile: unknown; result: T }>
  /** Bytes of JS heap in use after a full garbage collection. */
  heapUsedAfterGc(): Promise<number>
  /** A `.heapsnapshot` of the process, streamed to `file`. */
  writeHeapSnapshot(file: string): Promise<void>
  close(): Promise<void>
}

/** CPU sampling interval: 1 ms (V8's default), fine enough for a round of seconds and cheap. */
const SAMPLING_INTERVAL_US = 1000
const CALL_TIMEOUT_MS = 15_000
/** A full GC, stopping the profiler (which then serialises the profile) and a snapshot take longer. */
const SLOW_CALL_TIMEOUT_MS = 120_000
const LIST_TIMEOUT_MS = 2_000

interface Listening {
  inode: string
  address: string
  port: number
}

/** LISTEN sockets of /proc/net/tcp and tcp6 by inode. */
async function listeningSockets(): Promise<Map<string, Listening>> {
  const sockets = new Map<string, Listening>()
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string
    try {
      text = await readFile(table, 'utf8')
    } catch {
      continue // No IPv6 on this machine.
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/)
      // sl local_address rem_address st tx:rx tr:tm retrnsmt uid timeout inode
      if (fields.length < 10 || fields[3] !== '0A') continue
      const [address, port] = (fields[1] as string).split(':')
      const inode = fields[9] as string
      if (inode === '0' || address === undefined || port === undefined) continue
      sockets.set(inode, { inode, address, port: Number.parseInt(port, 16) })
    }
  }
  return sockets
}

const LOOPBACK_V4 = '0100007F'
const ANY_V4 = '00000000'
const ANY_V6 = '00000000000000000000000000000000'
const LOOPBACK_V6 = '00000000000000000000000001000000'

interface ProcEntry {
  pid: number
  ppid: number
  pgrp: number
}

async function readProc(pid: string): Promise<ProcEntry | undefined> {
  try {
    const text = await readFile(`/proc/${pid}/stat`, 'utf8')
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
    return { pid: Number(pid), ppid: Number(fields[1]), pgrp: Number(fields[2]) }
  } catch {
    return undefined
  }
}

/** The server's tree, as resources.ts reads it: its process group, and descendants that left it. */
async function processTree(rootPid: number): Promise<number[]> {
  const names = (await readdir('/proc')).filter((name) => /^\d+$/.test(name))
  const entries = (await Promise.all(names.map(readProc))).filter((entry): entry is ProcEntry => entry !== undefined)
  const members = new Set(entries.filter((entry) => entry.pgrp === rootPid || entry.pid === rootPid).map((entry) => entry.pid))
  let grew = true
  while (grew) {
    grew = false
    for (const entry of entries) {
      if (!members.has(entry.pid) && members.has(entry.ppid)) {
        members.add(entry.pid)
        grew = true
      }
    }
  }
  return [...members].sort((a, b) => a - b)
}

/** The socket inodes a process holds (its own processes only are readable; others give none). */
async function socketInodes(pid: number): Promise<string[]> {
  let fds: string[]
  try {
    fds = await readdir(`/proc/${pid}/fd`)
  } catch {
    return []
  }
  const links = await Promise.all(fds.map((fd) => readlink(`/proc/${pid}/fd/${fd}`).catch(() => '')))
  return links.flatMap((link) => {
    const match = /^socket:\[(\d+)\]$/.exec(link)
    return match?.[1] ? [match[1]] : []
  })
}

/** What the process is, in a few words for a note: its executable and arguments. */
async function describeProcess(pid: number): Promise<{ exe: string; cmdline: string[] }> {
  const exe = await readlink(`/proc/${pid}/exe`).catch(() => '')
  const raw = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')
  return { exe, cmdline: raw.split('\0').filter(Boolean) }
}

function looksLikeNode(process: { exe: string; cmdline: string[] }): boolean {
  const names = [path.basename(process.exe.replace(/ \(deleted\)$/, '')), path.basename(process.cmdline[0] ?? '')]
  return names.some((name) => /^(node|nodejs)(\d+(\.\d+)*)?$/.test(name))
}

async function inspectorTarget(port: number): Promise<string | undefined> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/json/list`, { signal: AbortSignal.timeout(LIST_TIMEOUT_MS) })
    if (!response.ok) return undefined
    const targets = (await response.json()) as Array<{ type?: string; webSocketDebuggerUrl?: string }>
    return (Array.isArray(targets) ? targets : []).find((target) => target.type === 'node' && target.webSocketDebuggerUrl)?.webSocketDebuggerUrl ?? targets[0]?.webSocketDebuggerUrl
  } catch {
    return undefined
  }
}

const NEEDS_NODE = 'CPU and heap profiles need a Node server'

/**
 * The inspector of the Node process that serves `server.port`, connected; or a one-line note that
 * says why not and what to do.
 */
export async function attachToServer(server: { pid: number; port: number }): Promise<ServerInspector | { note: string }> {
  let sockets: Map<string, Listening>
  let tree: number[]
  try {
    ;[sockets, tree] = await Promise.all([listeningSockets(), processTree(server.pid)])
  } catch {
    return { note: `profile: finding the server's process needs Linux's /proc; ${NEEDS_NODE} on a Linux runner` }
  }

  let listener: { pid: number; own: Listening[] } | undefined
  for (const pid of tree) {
    const own = (await socketInodes(pid)).flatMap((inode) => {
      const socket = sockets.get(inode)
      return socket ? [socket] : []
    })
    if (own.some((socket) => socket.port === server.port)) {
      listener = { pid, own }
      // The first in pid order is the parent of any that inherited the socket (a cluster's primary).
      break
    }
  }
  if (!listener) {
    return { note: `profile: no process of the server's tree (group ${server.pid}) listens on port ${server.port}; ${NEEDS_NODE} started by the start command itself` }
  }
  const described = await describeProcess(listener.pid)
  if (!looksLikeNode(described)) {
    const what = [path.basename(described.exe) || '?', ...described.cmdline.slice(1, 4)].join(' ').slice(0, 80)
    return { note: `profile: the server on port ${server.port} is not a Node process (${what}); ${NEEDS_NODE}` }
  }

  const candidates = listener.own.filter((socket) => socket.port !== server.port && [LOOPBACK_V4, ANY_V4, LOOPBACK_V6, ANY_V6].includes(socket.address)).map((socket) => socket.port)
  let url: string | undefined
  for (const port of [...new Set(candidates)]) {
    url = await inspectorTarget(port)
    if (url) break
  }
  if (!url) {
    return {
      note: `profile: the Node server on port ${server.port} (pid ${listener.pid}) has no inspector open: NODE_OPTIONS=--inspect=127.0.0.1:0 did not reach it (the start command sets NODE_OPTIONS itself, or this Node has no inspector); let the start command keep the NODE_OPTIONS it is given`,
    }
  }
  try {
    const client = await CdpClient.connect(url)
    return inspectorFor(listener.pid, url, client)
  } catch (error) {
    return { note: `profile: could not connect to the inspector of the Node server on port ${server.port} (${url}): ${error instanceof Error ? error.message : String(error)}` }
  }
}

function inspectorFor(pid: number, url: string, client: CdpClient): ServerInspector {
  return {
    pid,
    url,
    async cpuProfile<T>(during: () => Promise<T>) {
      await client.call('Profiler.enable')
      await client.call('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US })
      await client.call('Profiler.start')
      let result: T
      try {
        result = await during()
      } catch (error) {
        await client.call('Profiler.stop', {}, SLOW_CALL_TIMEOUT_MS).catch(() => undefined)
        throw error
      }
      const stopped = (await client.call('Profiler.stop', {}, SLOW_CALL_TIMEOUT_MS)) as { profile: unknown }
      await client.call('Profiler.disable').catch(() => undefined)
      return { profile: stopped.profile, result }
    },
    async heapUsedAfterGc() {
      await client.call('HeapProfiler.collectGarbage', {}, SLOW_CALL_TIMEOUT_MS)
      const usage = (await client.call('Runtime.getHeapUsage')) as { usedSize: number }
      return usage.usedSize
    },
    async writeHeapSnapshot(file: string) {
      const out = createWriteStream(file)
      const failed = new Promise<never>((_resolve, reject) => out.once('error', reject))
      failed.catch(() => undefined)
      const stopListening = client.on('HeapProfiler.addHeapSnapshotChunk', (params) => out.write((params as { chunk: string }).chunk))
      try {
        await Promise.race([client.call('HeapProfiler.takeHeapSnapshot', { reportProgress: false }, SLOW_CALL_TIMEOUT_MS), failed])
      } finally {
        stopListening()
        await new Promise<void>((resolve) => out.end(() => resolve()))
      }
    },
    close: () => client.close(),
  }
}

/** A tiny Chrome DevTools Protocol client: requests answered by id, each within a timeout; events by method. */
class CdpClient {
  private nextId = 1
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }>()
  private readonly listeners = new Map<string, Set<(params: unknown) => void>>()

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event) => this.receive(String(event.data)))
    socket.addEventListener('close', () => this.failAll(new Error('the inspector closed the connection')))
  }

  static connect(url: string, timeoutMs = CALL_TIMEOUT_MS): Promise<CdpClient> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url)
      const timer = setTimeout(() => {
        socket.close()
        reject(new Error(`no answer in ${timeoutMs / 1000} s`))
      }, timeoutMs)
      socket.addEventListener('open', () => {
        clearTimeout(timer)
        resolve(new CdpClient(socket))
      })
      socket.addEventListener('error', () => {
        clearTimeout(timer)
        reject(new Error('the WebSocket did not open'))
      })
    })
  }

  call(method: string, params: Record<string, unknown> = {}, timeoutMs = CALL_TIMEOUT_MS): Promise<unknown> {
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      if (this.socket.readyState !== WebSocket.OPEN) {
        reject(new Error(`${method}: the inspector connection is closed`))
        return
      }
      const timer = setTimeout(() => {
        this.pending.delete(id)
        reject(new Error(`${method}: no answer from the inspector in ${timeoutMs / 1000} s`))
      }, timeoutMs)
      this.pending.set(id, { resolve, reject, timer })
      this.socket.send(JSON.stringify({ id, method, params }))
    })
  }

  /** Calls `listener` with each event's params; returns the function that stops it. */
  on(method: string, listener: (params: unknown) => void): () => void {
    const set = this.listeners.get(method) ?? new Set()
    set.add(listener)
    this.listeners.set(method, set)
    return () => set.delete(listener)
  }

  async close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return
    const closed = new Promise<void>((resolve) => this.socket.addEventListener('close', () => resolve()))
    this.socket.close()
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 1000).unref())])
    this.failAll(new Error('the inspector connection was closed'))
  }

  private receive(text: string): void {
    let message: { id?: number; method?: string; params?: unknown; result?: unknown; error?: { message?: string } }
    try {
      message = JSON.parse(text)
    } catch {
      return
    }
    if (message.id !== undefined) {
      const waiting = this.pending.get(message.id)
      if (!waiting) return
      this.pending.delete(message.id)
      clearTimeout(waiting.timer)
      if (message.error) waiting.reject(new Error(message.error.message ?? 'inspector error'))
      else waiting.resolve(message.result)
    } else if (message.method) {
      for (const listener of this.listeners.get(message.method) ?? []) listener(message.params)
    }
  }

  private failAll(error: Error): void {
    for (const [id, waiting] of this.pending) {
      clearTimeout(waiting.timer)
      waiting.reject(error)
      this.pending.delete(id)
    }
  }
}
