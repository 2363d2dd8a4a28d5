import type { Octokit } from './comment.js'

/** The commit a check run reports on, and how the run is named and linked. */
export interface CheckTarget {
  owner: string
  repo: string
  /** The commit the check shows on: a pull request's head, not its merge commit. */
  headSha: string
  name: string
  detailsUrl?: string
  externalId?: string
}

export interface CheckOutcome {
  conclusion: 'success' | 'failure' | 'neutral'
  title: string
  /** Markdown; cut to GitHub's limit at a line boundary when longer. */
  summary: string
  annotations: CheckAnnotation[]
}

/** A note on lines of a file, in the shape the Checks API takes. */
export interface CheckAnnotation {
  /** Relative to the repository root, with forward slashes. */
  path: string
  start_line: number
  end_line: number
  annotation_level: 'failure' | 'warning' | 'notice'
  message: string
  title?: string
}

export interface CheckRunResult {
  id: number
  url: string
}

/** GitHub refuses a check run output summary longer than this. */
export const CHECK_SUMMARY_LIMIT = 65_535
/** GitHub takes at most this many annotations in one request; further ones go in updates, which append. */
export const ANNOTATIONS_PER_REQUEST = 50

/** One check run per comment key, named the same on every run so that branch protection can require it. */
export function checkRunName(key: string): string {
  return key === 'default' ? 'perf-gate' : `perf-gate (${key})`
}

/** Shows the check as running on the head commit while perf-gate measures. */
export async function startCheckRun(octokit: Octokit, target: CheckTarget): Promise<CheckRunResult> {
  const { data } = await octokit.rest.checks.create({
    owner: target.owner,
    repo: target.repo,
    name: target.name,
    head_sha: target.headSha,
    status: 'in_progress',
    started_at: new Date().toISOString(),
    ...links(target),
  })
  return { id: data.id, url: data.html_url ?? data.url }
}

/**
 * Completes the check run started earlier (`id`), or creates it completed. The first 50 annotations
 * go with the completing request and the rest in further updates, each carrying the same title and
 * summary (GitHub requires them with every output).
 */
export async function completeCheckRun(octokit: Octokit, target: CheckTarget & { id?: number }, outcome: CheckOutcome): Promise<CheckRunResult> {
  const summary = fitSummary(outcome.summary)
  const output = (annotations: CheckAnnotation[]) => ({ title: outcome.title, summary, annotations })
  const [firstBatch = [], ...laterBatches] = batches(outcome.annotations, ANNOTATIONS_PER_REQUEST)
  const completion = {
    owner: target.owner,
    repo: target.repo,
    name: target.name,
    status: 'completed' as const,
    conclusion: outcome.conclusion,
    completed_at: new Date().toISOString(),
    output: output(firstBatch),
    ...links(target),
  }
  const { data } =
    target.id === undefined
      ? await octokit.rest.checks.create({ ...completion, head_sha: target.headSha })
      : await octokit.rest.checks.update({ ...completion, check_run_id: target.id })
  // One request after another: they append to the same list, and GitHub dislikes bursts of writes.
  for (const batch of laterBatches) {
    await octokit.rest.checks.update({ owner: target.owner, repo: target.repo, check_run_id: data.id, output: output(batch) })
  }
  return { id: data.id, url: data.html_url ?? data.url }
}

function links(target: CheckTarget): { details_url?: string; external_id?: string } {
  return {
    ...(target.detailsUrl === undefined ? {} : { details_url: target.detailsUrl }),
    ...(target.externalId === undefined ? {} : { external_id: target.externalId }),
  }
}

function batches<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = []
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size))
  return result
}

const CUT_NOTE = `\n\n> The summary was cut here: GitHub keeps at most ${CHECK_SUMMARY_LIMIT.toLocaleString('en-US')} characters in a check run. The full report is in the job summary.\n`

/** The summary as it is, or its whole lines up to GitHub's limit and a note that says it was cut. */
function fitSummary(summary: string): string {
  if (summary.length <= CHECK_SUMMARY_LIMIT) return summary
  const fenceCloser = '\n```'
  const room = CHECK_SUMMARY_LIMIT - CUT_NOTE.length - fenceCloser.length
  const lineEnd = summary.lastIndexOf('\n', room)
  const kept = summary.slice(0, lineEnd > 0 ? lineEnd : room)
  // A cut inside a code block would swallow the note: close it first.
  const insideCodeBlock = (kept.match(/^```/gm) ?? []).length % 2 === 1
  return `${kept}${insideCodeBlock ? fenceCloser : ''}${CUT_NOTE}`
}
