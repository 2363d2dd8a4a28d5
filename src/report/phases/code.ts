import path from 'node:path'
import type { CodeAnalysis, EndpointProfile, HotFunction, HotFunctionChange, LeakFinding } from '../../model/profile.js'
import { limitRows, type Layout } from '../fit.js'
import { code, escapeText, formatMs, formatPercent, formatRate, formatSize, plural } from '../format.js'

/**
 * Code: where the server's CPU time went during a profiled round (the hottest functions by self
 * time, and what got hotter since the base), and whether its heap grew with the requests it served.
 */
export function codePhase(analysis: CodeAnalysis | undefined, layout: Layout): string {
  if (!analysis || (analysis.endpoints.length === 0 && analysis.notes.length === 0)) return ''
  const lines = ['### Code']
  for (const note of analysis.notes) lines.push('', escapeText(note))
  for (const entry of analysis.endpoints) {
    const { head, base } = entry
    if (head.cpu) lines.push('', ...cpuSection(entry.endpoint, head, base, entry.hotter, layout))
    if (head.leak) lines.push('', heapLine(entry.endpoint, head, base?.leak))
  }
  return lines.join('\n')
}

/** `fn` in `file:line`, as a table cell or in a sentence. */
function location(fn: Pick<HotFunction, 'file' | 'line'>): string {
  if (fn.file === '') return '(native)'
  return code(fn.line > 0 ? `${fn.file}:${fn.line}` : fn.file)
}

function cpuSection(endpoint: string, head: EndpointProfile, base: EndpointProfile | undefined, hotter: readonly HotFunctionChange[], layout: Layout): string[] {
  const cpu = head.cpu
  if (!cpu) return []
  const lines = [`#### Hottest functions on ${code(endpoint)} (CPU profile of a normal-load round, self time)`, '']
  if (cpu.top.length === 0) {
    lines.push(`No JavaScript function was on the CPU in the ${plural(cpu.samples, 'sample')} of the profile.`)
  } else {
    const baseShares = new Map((base?.cpu?.top ?? []).map((fn) => [`${fn.functionName}\u0000${fn.file}`, fn.share]))
    const withBase = base?.cpu !== undefined
    lines.push(withBase ? '| Function | File:line | Self time | Share (base → head) |' : '| Function | File:line | Self time | Share |', '|:--|:--|--:|--:|')
    const rows = cpu.top.map((fn) => {
      const was = baseShares.get(`${fn.functionName}\u0000${fn.file}`)
      const share = withBase ? `${was === undefined ? '—' : formatPercent(was)} → ${formatPercent(fn.share)}` : formatPercent(fn.share)
      return `| ${code(fn.functionName)} | ${location(fn)} | ${formatMs(fn.selfMs)} | ${share} |`
    })
    lines.push(...limitRows(rows, layout, 'functions'))
  }
  lines.push(
    '',
    `Shares are of the ${plural(cpu.busySamples, 'sample')} in which the server was on the CPU (${formatPercent(cpu.idleShare)} of the round it was idle); garbage collection took ${formatPercent(cpu.gcShare)} and V8 and native code outside any function ${formatPercent(cpu.programShare)}.`,
  )
  if (base?.cpu) {
    if (hotter.length === 0) lines.push('', 'Nothing got hotter than on the base (by 5 percentage points or more, or new among the hottest).')
    else {
      const changes = hotter.map((change) =>
        change.status === 'new'
          ? `- ${code(change.functionName)} (${location(change)}): new among the hottest, ${formatPercent(change.headShare)} of the CPU`
          : `- ${code(change.functionName)} (${location(change)}): ${formatPercent(change.baseShare ?? 0)} → ${formatPercent(change.headShare)} of the CPU`,
      )
      lines.push('', 'Hotter than on the base:', '', ...limitRows(changes, layout, 'functions'))
    }
  }
  const round = head.profiledRound
  if (round) lines.push('', `The profiled round, not counted in any target: p95 ${formatMs(round.p95)} at ${formatRate(round.throughput)} under the profiler.`)
  if (head.cpuProfileFile) lines.push('', `The profile: ${code(path.basename(head.cpuProfileFile))} in the artifact (Chrome DevTools' Performance panel or speedscope open it).`)
  return lines
}

function perThousand(bytes: number): string {
  const sign = bytes < 0 ? '−' : ''
  return `${sign}${formatSize(Math.abs(Math.round(bytes)))}`
}

function interval(leak: LeakFinding): string {
  return Number.isFinite(leak.interval[0]) && Number.isFinite(leak.interval[1]) ? `${perThousand(leak.interval[0])} to ${perThousand(leak.interval[1])}` : 'too few samples for an interval'
}

function heapLine(endpoint: string, head: EndpointProfile, baseLeak: LeakFinding | undefined): string {
  const leak = head.leak as LeakFinding
  const over = `over ${leak.requests.toLocaleString('en-US')} requests (${plural(leak.samples, 'heap sample')} after a full GC)`
  const baseText = baseLeak ? ` The base: ${perThousand(baseLeak.slopeBytesPer1000)} per 1,000${baseLeak.possible ? ', a possible leak too' : ''}.` : ''
  const confidence = Math.round(leak.confidence * 100)
  if (leak.possible) {
    const snapshot = head.heapSnapshotFile ? ` A heap snapshot taken then is in the artifact (${code(path.basename(head.heapSnapshotFile))}; Chrome DevTools' Memory panel opens it).` : ''
    return `⚠️ Possible leak on ${code(endpoint)}: the heap grew by ${perThousand(leak.slopeBytesPer1000)} per 1,000 requests (${confidence}% interval ${interval(leak)}, all of it above the floor of ${perThousand(leak.floorBytesPer1000)}) ${over}.${snapshot}${baseText}`
  }
  return `Memory on ${code(endpoint)}: no leak found — the heap changed by ${perThousand(leak.slopeBytesPer1000)} per 1,000 requests (${leak.confidence > 0 ? `${confidence}% interval ` : ''}${interval(leak)}; a leak needs all of it above ${perThousand(leak.floorBytesPer1000)}) ${over}.${baseText}`
}
