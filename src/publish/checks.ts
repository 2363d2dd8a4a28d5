import type { Octokit } from '../model/edges.js'
import { cutAtLine } from '../report/fit.js'
import { ANNOTATIONS_PER_REQUEST, CHECK_SUMMARY_LIMIT } from '../report/limits.js'
import { letTheWriteSettle, mayHaveBeenStored } from './octokit.js'

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
  conclusion: 'success' | 'failure' | 'neutral' | 'cancelled'
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

// GitHub's limits are in one place (report/limits.ts); the tests and callers of the Checks API read them here too.
export { ANNOTATIONS_PER_REQUEST, CHECK_SUMMARY_LIMIT }

/** One check run per comment key, named the same on every run so that branch protection can require it. */
export function checkRunName(key: string): string {
  return key === 'default' ? 'perf-gate' : `perf-gate (${key})`
}

/** Shows the check as running on the head commit while perf-gate measures. `signal` bounds it (see publishingBound). */
export async function startCheckRun(octokit: Octokit, target: CheckTarget, signal?: AbortSignal): Promise<CheckRunResult> {
  const startedAt = timestamp()
  const started = await writeIdempotently(
    octokit,
    target,
    signal,
    () =>
      octokit.rest.checks.create({
        owner: target.owner,
        repo: target.repo,
        name: target.name,
        head_sha: target.headSha,
        status: 'in_progress',
        started_at: startedAt,
        ...links(target),
        request: { signal },
      }),
    (latest) => latest.status === 'in_progress' && sameTime(latest.started_at, startedAt),
  )
  return resultOf(started)
}

/**
 * Completes the check run started earlier (`id`), or creates it completed. The first 50 annotations
 * go with the completing request and the rest in further updates, each carrying the same title and
 * summary (GitHub requires them with every output). `signal` bounds the whole of it.
 */
export async function completeCheckRun(octokit: Octokit, target: CheckTarget & { id?: number }, outcome: CheckOutcome, signal?: AbortSignal): Promise<CheckRunResult> {
  const summary = fitSummary(outcome.summary)
  const output = (annotations: CheckAnnotation[]) => ({ title: outcome.title, summary, annotations })
  const [firstBatch = [], ...laterBatches] = batches(outcome.annotations, ANNOTATIONS_PER_REQUEST)
  const completedAt = timestamp()
  const completion = {
    owner: target.owner,
    repo: target.repo,
    name: target.name,
    status: 'completed' as const,
    conclusion: outcome.conclusion,
    completed_at: completedAt,
    output: output(firstBatch),
    ...links(target),
    request: { signal },
  }
  const { id } = target
  const completed = await writeIdempotently(
    octokit,
    target,
    signal,
    () => (id === undefined ? octokit.rest.checks.create({ ...completion, head_sha: target.headSha }) : octokit.rest.checks.update({ ...completion, check_run_id: id })),
    (latest) => (id === undefined || latest.id === id) && latest.status === 'completed' && latest.conclusion === outcome.conclusion && sameTime(latest.completed_at, completedAt),
  )
  // One request after another: they append to the same list, and GitHub dislikes bursts of writes.
  // A batch sent twice would show twice: the count of annotations says whether one landed.
  let annotated = firstBatch.length
  for (const batch of laterBatches) {
    const expected = (annotated += batch.length)
    await writeIdempotently(
      octokit,
      target,
      signal,
      () => octokit.rest.checks.update({ owner: target.owner, repo: target.repo, check_run_id: completed.id, output: output(batch), request: { signal } }),
      (latest) => latest.id === completed.id && latest.output.annotations_count === expected,
    )
  }
  return resultOf(completed)
}

type CheckRun = Awaited<ReturnType<Octokit['rest']['checks']['listForRef']>>['data']['check_runs'][number]

/**
 * One write of a check run. One that failed in a way that may have stored it (a 502, a broken
 * connection, no answer) is looked for first, as the latest run of its name on the commit, and is
 * sent again only when that run does not show it (`shows`).
 */
async function writeIdempotently(
  octokit: Octokit,
  target: CheckTarget,
  signal: AbortSignal | undefined,
  write: () => Promise<{ data: CheckRun }>,
  shows: (latest: CheckRun) => boolean,
): Promise<CheckRun> {
  try {
    return (await write()).data
  } catch (error) {
    if (!mayHaveBeenStored(error)) throw error
    await letTheWriteSettle()
    const { data } = await octokit.rest.checks.listForRef({ owner: target.owner, repo: target.repo, ref: target.headSha, check_name: target.name, filter: 'latest', request: { signal } })
    const [latest] = data.check_runs
    if (latest && shows(latest)) return latest
    return (await write()).data
  }
}

function resultOf(run: CheckRun): CheckRunResult {
  return { id: run.id, url: run.html_url ?? run.url }
}

/** Now, in the whole seconds GitHub keeps: a write's own times tell whether it was stored. */
function timestamp(): string {
  return new Date().toISOString().replace(/\.\d+Z$/, 'Z')
}

function sameTime(shown: string | null | undefined, sent: string): boolean {
  return !!shown && Date.parse(shown) === Date.parse(sent)
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
  return cutAtLine(summary, CHECK_SUMMARY_LIMIT, CUT_NOTE)
}
