import type { Report } from '../../model/report.js'
import { code, escapeText, formatMs, formatSize } from '../format.js'
import { movesText } from './bottlenecks.js'

/** Plan: what to do, in order, with its expected gain and effort. */
export function planPhase(report: Report): string {
  if (report.plan.length === 0) return ''
  const lines = ['### Plan', '', 'What fixes a failing target first, then the most expected gain for the effort:', '']
  report.plan.forEach((item, index) => {
    const ms = item.expectedMs ? `${item.expectedIs === 'upper-bound' ? 'up to' : '≈'} ${formatMs(item.expectedMs)} faster` : ''
    const gain = [ms, item.expectedBytes ? `−${formatSize(item.expectedBytes)}` : ''].filter(Boolean).join(', ')
    const fixes = item.fixesFailure ? ' (fixes a failing target)' : ''
    lines.push(`${index + 1}. ${code(item.subject)}: ${escapeText(item.action)}${gain ? ` — expected ${gain}` : ''}${movesText(item.moves)}; effort ${item.effort}${fixes}`)
  })
  return lines.join('\n')
}
