import { readFileSync, readdirSync } from 'node:fs'
import type { ResourceSummary } from '../model/measurements.js'

/**
 * RSS and CPU time of a process tree, read from Linux's /proc: every process in the server's
 * process group, plus any descendant that moved to a group of its own. One pass over /proc per
 * sample, no child process spawned. Elsewhere (macOS runners) resources are not measured.
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

export function sampleTree(rootPid: number): TreeSample {
  const stats = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(readStat)
    .filter((stat): stat is ProcStat => stat !== undefined)
  const members = new Set(stats.filter((stat) => stat.pgrp === rootPid || stat.pid === rootPid).map((stat) => stat.pid))
  // Descendants in other groups: follow parent links until nothing new joins.
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
  const tree = stats.filter((stat) => members.has(stat.pid))
  return {
    rss: tree.reduce((sum, stat) => sum + stat.rssPages * PAGE_SIZE, 0),
    cpuSeconds: tree.reduce((sum, stat) => sum + stat.ticks, 0) / CLOCK_TICKS,
    processes: tree.length,
  }
}

/** Samples the tree every `intervalMs` until stopped; the summary covers that window. */
export class ResourceSampler {
  private peakRss = 0
  private samples = 0
  private first: { at: number; cpu: number } | undefined
  private last: { at: number; cpu: number } | undefined
  private timer: NodeJS.Timeout | undefined

  constructor(
    private readonly rootPid: number,
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
    return { peakRss: this.peakRss, meanCpu: Math.max(0, cpu), samples: this.samples }
  }

  private take(): void {
    const sample = sampleTree(this.rootPid)
    if (sample.processes === 0) return
    const point = { at: performance.now(), cpu: sample.cpuSeconds }
    this.first ??= point
    this.last = point
    this.peakRss = Math.max(this.peakRss, sample.rss)
    this.samples++
  }
}
