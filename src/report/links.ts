import type { Report } from '../model/report.js'

/**
 * A link of the report's, when it is a plain https URL: a report read from elsewhere (the fork
 * recipe) must not smuggle a javascript: or markdown-breaking link into the comment.
 */
export function safeLink(url: string | undefined): string | undefined {
  return url && /^https:\/\/[^\s()<>[\]`]+$/.test(url) ? url : undefined
}

/** Where a reader of a shortened report finds the whole of it. */
export function whereTheFullReportIs(report: Report): string {
  const artifact = safeLink(report.links?.artifact)
  return artifact
    ? `The full report is in the job summary and in the [report artifact](${artifact}) (report.md, report.json).`
    : 'The full report is in the job summary and in report.md and report.json (the report-path and markdown-path outputs).'
}
