import { readFileSync, readdirSync, readlinkSync } from 'node:fs'
import type { CountedProcesses, ResourceSummary } from '../model/measurements.js'

/**
 * RSS and CPU time of the server's own process tree, read from Linux's /proc: the process that
 * listens on the server's port and its descendants. What a start command puts in front of it (npm,
 * a shell) is left out: `npm start` alone holds 60 MB that the app does not. Where no process of
 * the start command's group is seen listening, the whole group and its descendants count. One pass
 * over /proc per sample, no child process spawned. Elsewhere (macOS runners) resources are not measured.
 */
export interface TreeSample {
  /** Bytes, summed over the tree. */
  rss: number
  /** user + system CPU seconds, summed over the tree's live processes. */
  cpuSeconds: number
  processes: number
}

const PAGE_SIZE = 4096
const CLOCK_TICKS = 100

export function resourcesAvailable(): boolean {
  try {
    readFileSync('/proc/self/stat')
    return true
  } catch {
    return false
  }
}

interface ProcStat {
  pid: number
  ppid: number
  pgrp: number
  ticks: number
  rssPages: number
}

function readStat(pid: string): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name (field 2) may hold spaces and parentheses: the fields start after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
    return {
      pid: Number(pid),
      ppid: Number(fields[1]),
      pgrp: Number(fields[2]),
      ticks: Number(fields[11]) + Number(fields[12]),
      rssPages: Number(fields[21]),
    }
  } catch {
    return undefined // The process ended between listing and reading.
  }
}

function allStats(): ProcStat[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(readStat)
    .filter((stat): stat is ProcStat => stat !== undefined)
}

/** The inodes of the sockets listening on `port` (IPv4 and IPv6), from /proc/net/tcp{,6}. */
function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>()
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string
    try {
      text = readFileSync(table, 'utf8')
    } catch {
      continue
    }
    for (const line of text.split('\n').slice(1)) {
      // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
      const fields = line.trim().split(/\s+/)
      const local = fields[1]
      if (!local || fields[3] !== '0A') continue
      if (Number.parseInt(local.slice(local.lastIndexOf(':') + 1), 16) === port && fields[9]) inodes.add(fields[9])
    }
  }
  return inodes
}

function holdsSocket(pid: number, inodes: ReadonlySet<string>): boolean {
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        const target = readlinkSync(`/proc/${pid}/fd/${fd}`)
        return target.startsWith('socket:[') && inodes.has(target.slice(8, -1))
      } catch {
        return false
      }
    })
  } catch {
    return false
  }
}

/** A process as people know it: its command line (which Node servers often retitle, `next-server (v16.0.0)`), else its name. */
function commandOf(pid: number): string {
  try {
    const line = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ').trim()
    if (line) return line.length > 160 ? `${line.slice(0, 159)}…` : line
  } catch {
    // Gone, or not ours to read.
  }
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim()
  } catch {
    return `pid ${pid}`
  }
}

function descendantsOf(roots: Iterable<number>, stats: readonly ProcStat[]): Set<number> {
  const members = new Set(roots)
  // Follow parent links until nothing new joins.
  let grew = true
  while (grew) {
    grew = false
    for (const stat of stats) {
      if (!members.has(stat.pid) && members.has(stat.ppid)) {
        members.add(stat.pid)
        grew = true
      }
    }
  }
  return members
}

/**
 * The server's own process: of the start command's process group and its descendants, the
 * topmost one that holds a socket listening on `port` (a cluster's primary, whose workers are its
 * children). The processes above it in the tree are its launchers. Undefined when none is seen
 * listening (yet, or the listener is outside the group).
 */
export function findListener(groupPid: number, port: number): CountedProcesses | undefined {
  const stats = allStats()
  const tree = descendantsOf(
    stats.filter((stat) => stat.pgrp === groupPid || stat.pid === groupPid).map((stat) => stat.pid),
    stats,
  )
  const inodes = listeningInodes(port)
  if (inodes.size === 0) return undefined
  const byPid = new Map(stats.map((stat) => [stat.pid, stat]))
  const listeners = [...tree].filter((pid) => holdsSocket(pid, inodes))
  const listening = new Set(listeners)
  const ancestorsOf = (pid: number): number[] => {
    const chain: number[] = []
    for (let parent = byPid.get(pid)?.ppid; parent !== undefined && tree.has(parent); parent = byPid.get(parent)?.ppid) chain.push(parent)
    return chain
  }
  const root = listeners.find((pid) => !ancestorsOf(pid).some((ancestor) => listening.has(ancestor)))
  if (root === undefined) return undefined
  return { pid: root, command: commandOf(root), processes: descendantsOf([root], stats).size, launchers: ancestorsOf(root).reverse().map(commandOf) }
}

/** The tree of `rootPid`: with `group`, every process of its group too (the start command's tree). */
export function sampleTree(rootPid: number, group = true): TreeSample {
  const stats = allStats()
  const members = descendantsOf(
    stats.filter((stat) => (group && stat.pgrp === rootPid) || stat.pid === rootPid).map((stat) => stat.pid),
    stats,
  )
  const tree = stats.filter((stat) => members.has(stat.pid))
  return {
    rss: tree.reduce((sum, stat) => sum + stat.rssPages * PAGE_SIZE, 0),
    cpuSeconds: tree.reduce((sum, stat) => sum + stat.ticks, 0) / CLOCK_TICKS,
    processes: tree.length,
  }
}

/**
 * Samples the server's tree every `intervalMs` until stopped; the summary covers that window. The
 * tree is the listener's on `port` (see findListener) once it is found, else the start command's group.
 */
export class ResourceSampler {
  private peakRss = 0
  private samples = 0
  private first: { at: number; cpu: number } | undefined
  private last: { at: number; cpu: number } | undefined
  private timer: NodeJS.Timeout | undefined
  private listener: CountedProcesses | undefined

  constructor(
    private readonly groupPid: number,
    private readonly port?: number,
    private readonly intervalMs = 100,
  ) {}

  start(): this {
    this.take()
    this.timer = setInterval(() => this.take(), this.intervalMs)
    this.timer.unref()
    return this
  }

  stop(): ResourceSummary {
    if (this.timer) clearInterval(this.timer)
    this.take()
    const seconds = this.first && this.last ? (this.last.at - this.first.at) / 1000 : 0
    const cpu = this.first && this.last && seconds > 0 ? (this.last.cpu - this.first.cpu) / seconds : 0
    const counted = this.listener ?? { pid: this.groupPid, command: commandOf(this.groupPid), processes: sampleTree(this.groupPid).processes, launchers: [], wholeGroup: true }
    return { peakRss: this.peakRss, meanCpu: Math.max(0, cpu), samples: this.samples, counted }
  }

  private take(): void {
    // Found once, and again if it went away (a server that restarts its worker).
    if (this.port !== undefined && (this.listener === undefined || readStat(String(this.listener.pid)) === undefined)) {
      const found = findListener(this.groupPid, this.port)
      // CPU time is a difference: a tree that changes mid-window starts the window again.
      if (found?.pid !== this.listener?.pid) {
        this.first = undefined
        this.peakRss = 0
        this.samples = 0
      }
      this.listener = found
    }
    const sample = this.listener ? sampleTree(this.listener.pid, false) : sampleTree(this.groupPid)
    if (sample.processes === 0) return
    const point = { at: performance.now(), cpu: sample.cpuSeconds }
    this.first ??= point
    this.last = point
    this.peakRss = Math.max(this.peakRss, sample.rss)
    this.samples++
  }
}
