import { codePhase } from './phases/code.js'
import { databasePhase } from './phases/database.js'
import type { Report } from '../model/report.js'
import { fitRows, limitRows, type Layout } from './fit.js'
import { code, escapeText } from './format.js'
import { whereTheFullReportIs } from './links.js'
import { baselinePhase } from './phases/baseline.js'
import { bottlenecksPhase } from './phases/bottlenecks.js'
import { loadTestingPhase } from './phases/loadTesting.js'
import { monitoringPhase } from './phases/monitoring.js'
import { planPhase } from './phases/plan.js'
import { validationPhase } from './phases/validation.js'
import { verdictLine } from './verdict.js'

// Importers read the renderer's limits and the verdict from here.
export { CHECK_SUMMARY_MAX_LENGTH, COMMENT_MAX_LENGTH, JOB_SUMMARY_MAX_LENGTH } from './limits.js'
export { verdictSentence } from './verdict.js'

export interface RenderOptions {
  /** The longest the markdown may be; a longer report shows the first rows of each table. */
  maxLength?: number
}

/** The phases of the report, in the order it shows them; each renders nothing when it has no content. */
const PHASES: ReadonlyArray<(report: Report, layout: Layout) => string> = [
  baselinePhase,
  bottlenecksPhase,
  planPhase,
  (report, layout) => databasePhase(report.database, layout),
  (report, layout) => codePhase(report.code, layout),
  validationPhase,
  loadTestingPhase,
  monitoringPhase,
]

/**
 * The report as markdown: a verdict line, then only the phases that have content. With maxLength,
 * long tables are cut to their first rows (what moved most, what failed), and the report says so
 * and where the full one is; as a last resort the text is cut at a line boundary.
 */
export function renderMarkdown(report: Report, options: RenderOptions = {}): string {
  const render = (layout: Layout) => renderWith(report, layout)
  return fitRows(render, options.maxLength ?? Infinity, `\n\n> The report was cut here to fit. ${whereTheFullReportIs(report)}\n`)
}

function renderWith(report: Report, layout: Layout): string {
  const sections = [
    verdictLine(report, code, escapeText),
    layout.rows === Infinity ? '' : `> This report is long: each table shows its first ${layout.rows} rows. ${whereTheFullReportIs(report)}`,
    ...PHASES.map((phase) => phase(report, layout)),
    notesSection(report, layout),
  ]
  return `${sections.filter(Boolean).join('\n\n')}\n`
}

/** What the run noticed on the way (a skipped measurement, a fallback), as quoted lines. */
function notesSection(report: Report, layout: Layout): string {
  return limitRows(report.notes, layout, 'notes')
    .filter(Boolean)
    .map((note) => `> ${escapeText(note)}`)
    .join('\n>\n')
}
