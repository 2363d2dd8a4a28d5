import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Config } from '../config/config.js'
import type { Logger, Octokit } from '../model/edges.js'
import { benchmarkEntries } from '../report/benchmark.js'
import { CHECK_SUMMARY_MAX_LENGTH, CHECK_TITLE_MAX_LENGTH, COMMENT_MAX_LENGTH, JOB_SUMMARY_MAX_LENGTH } from '../report/limits.js'
import { renderMarkdown, verdictSentence } from '../report/markdown.js'
import type { Report } from '../model/report.js'
import { escapeText } from '../report/format.js'
import { reportArtifactName, shardArtifactName } from '../baseline/stored.js'
import { budgetAnnotations } from './annotations.js'
import type { UploadArtifact } from './artifact.js'
import { checkRunName, completeCheckRun, startCheckRun, type CheckTarget } from './checks.js'
import { upsertStickyComment, findStickyComment } from './comment.js'
import { isRateLimited, publishingBound } from './octokit.js'

/**
 * The bound on publishing the check run and the comment: room for a rate-limit wait of up to two
 * minutes (RATE_LIMIT_MAX_WAIT_S) and the requests around it, and no more, whatever GitHub does.
 */
const PUBLISH_BOUND_MS = 180_000
/** The bound on showing the check as started: it only says "in progress", and measuring waits for it. */
const START_BOUND_MS = 30_000
/** The bound on marking the check run cancelled: a cancelled job has seconds before the runner kills it (see CANCEL_GRACE_MS). */
const CANCEL_BOUND_MS = 3_000

/** Where the report goes on GitHub: the repository, the commit, and the pull request if there is one. */
export interface PublishTarget {
  owner: string
  repo: string
  /** The pull request's head commit (never the merge commit), or the pushed commit. */
  headSha?: string
  pullRequest?: number
  /** Why there is no pull request, for the log: "push event", "no open pull request for …". */
  noPullRequestReason: string
}

export interface PublishDeps {
  /** Absent when there is no token: then nothing is posted. */
  octokit?: Octokit
  target?: PublishTarget
  summary: { addRaw(text: string, addEOL?: boolean): { write(): Promise<unknown> } }
  log: Logger
  /** Where report.json, report.md and benchmark.json are written. */
  reportDir: string
  /** Uploads the report files; absent when they are already uploaded (the fork recipe's second half). */
  uploadArtifact?: UploadArtifact
  /** The artifact that already holds the report, when it is not uploaded here. */
  artifactUrl?: string
  /** The check run started when measuring began: completed now (or left alone when the token may not write one). */
  checkRun?: StartedCheckRun
  /** The repository root, to find the config files that annotations point into. */
  workspace: string
}

export interface Published {
  reportPath: string
  markdownPath: string
  benchmarkPath: string
  commentUrl?: string
  checkRunUrl?: string
}

/**
 * Every surface, each on its own so that one failing loses nothing: the files first, then the
 * artifact, the job summary, the check run and the sticky comment. The files, the artifact and the
 * summary come before anything that asks GitHub's API, so they are there whatever it answers; the
 * check run and the comment share one bound (PUBLISH_BOUND_MS). A surface that fails is a warning;
 * the verdict stays the verdict and is the caller's to act on.
 */
export async function publishToGitHub(measured: Report, config: Config, deps: PublishDeps): Promise<Published> {
  const { log } = deps
  const files = await writeReportFiles(measured, deps.reportDir)
  const artifact = deps.artifactUrl ?? (deps.uploadArtifact ? await uploadReports(measured, config, deps, files) : undefined)
  let report: Report = artifact ? { ...measured, links: { ...measured.links, artifact } } : measured

  try {
    await deps.summary.addRaw(renderMarkdown(report, { maxLength: JOB_SUMMARY_MAX_LENGTH }), true).write()
  } catch (error) {
    log.warning(`The job summary could not be written (${(error as Error).message}); the report is in ${files.markdownPath}.`)
  }

  // The measuring half of the fork recipe has a read-only token: it leaves checks and comments to the second half.
  if (config.mode === 'measure') {
    log.info('mode: measure: no check run and no comment here; the publish half posts them from the uploaded report.')
    return files
  }
  // A shard is a part: the merge job posts the one comment and the one check run of the whole.
  if (config.shard) {
    log.info(`shard ${config.shard.index}/${config.shard.total}: no check run and no comment here; the job with mode: merge posts them for every shard.`)
    return files
  }
  const signal = publishingBound(PUBLISH_BOUND_MS)
  const checkRunUrl = await publishCheckRun(report, config, deps, signal)
  if (checkRunUrl) report = { ...report, links: { ...report.links, checkRun: checkRunUrl } }
  const commentUrl = await publishComment(report, config, deps, files, signal)
  return { ...files, ...(commentUrl ? { commentUrl } : {}), ...(checkRunUrl ? { checkRunUrl } : {}) }
}

/** The reports (JSON, markdown, benchmark, Lighthouse HTML, the treemap, CPU profiles and heap snapshots) as one artifact: linked from the report, and the stored baseline of later runs. */
async function uploadReports(report: Report, config: Config, deps: PublishDeps, files: Omit<Published, 'commentUrl'>): Promise<string | undefined> {
  const htmlReports = (report.measurements.lighthouse?.pages ?? []).flatMap((page) => (page.htmlReport ? [page.htmlReport] : []))
  const treemap = report.measurements.composition?.treemap
  const profiles = report.measurements.latency?.profile
  const profileFiles = [...(profiles?.head.endpoints ?? []), ...(profiles?.base?.endpoints ?? [])].flatMap((endpoint) =>
    [endpoint.cpuProfileFile, endpoint.heapSnapshotFile].filter((file): file is string => file !== undefined),
  )
  // A merged report's files are where their shard's artifact was unpacked; one that did not come along is left out.
  const paths = [files.reportPath, files.markdownPath, files.benchmarkPath, ...htmlReports, ...(treemap ? [treemap] : []), ...profileFiles].filter((file) => existsSync(file))
  const name = config.shard ? shardArtifactName(config.commentKey, config.shard.index) : reportArtifactName(config.commentKey)
  try {
    const url = await deps.uploadArtifact?.(name, paths, deps.reportDir)
    if (url) deps.log.info(`Reports uploaded: ${url}`)
    return url
  } catch (error) {
    deps.log.warning(`The reports could not be uploaded as an artifact (${(error as Error).message}); they are in ${deps.reportDir}.`)
    return undefined
  }
}

/** report.json, the full report.md and benchmark.json (github-action-benchmark's customSmallerIsBetter). */
export async function writeReportFiles(report: Report, reportDir: string): Promise<Omit<Published, 'commentUrl' | 'checkRunUrl'>> {
  await mkdir(reportDir, { recursive: true })
  const reportPath = path.join(reportDir, 'report.json')
  const markdownPath = path.join(reportDir, 'report.md')
  const benchmarkPath = path.join(reportDir, 'benchmark.json')
  await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`)
  await writeFile(markdownPath, renderMarkdown(report))
  await writeFile(benchmarkPath, `${JSON.stringify(benchmarkEntries(report), null, 2)}\n`)
  return { reportPath, markdownPath, benchmarkPath }
}

/**
 * The check run this job showed as in progress, or the token's refusal to write one (said once, as
 * a warning). A started run is completed once, by whichever comes first of the report, a failure and
 * a cancellation (`completion`); the others get that completion's result.
 */
export type StartedCheckRun = { id: number; completion?: Promise<string | undefined> } | { refused: true }

function checkOf(target: PublishTarget & { headSha: string }, config: Config, started?: StartedCheckRun): CheckTarget & { id?: number } {
  const id = started && 'id' in started ? { id: started.id } : {}
  return { owner: target.owner, repo: target.repo, headSha: target.headSha, name: checkRunName(config.commentKey), ...id }
}

/** Completes the started run with `complete` unless something else already has; any other run, at once. `complete` never throws. */
function completeOnce(started: StartedCheckRun | undefined, complete: () => Promise<string | undefined>): Promise<string | undefined> {
  if (!started || !('id' in started)) return complete()
  started.completion ??= complete()
  return started.completion
}

/**
 * Shows the check as in progress on the head commit while perf-gate measures. When that fails for
 * another reason than the token's permissions (GitHub down, a spent rate limit), the check run is
 * written, completed, with the report.
 */
export async function startCheck(config: Config, deps: Pick<PublishDeps, 'octokit' | 'target' | 'log'>): Promise<StartedCheckRun | undefined> {
  const { octokit, target, log } = deps
  // A full job's check and the merge job's (the whole of a matrix); never a part's, nor the fork recipe's halves'.
  if (!octokit || !target?.headSha || !(config.mode === 'full' || config.mode === 'merge') || config.shard) return undefined
  try {
    return { id: (await startCheckRun(octokit, checkOf({ ...target, headSha: target.headSha }, config), publishingBound(START_BOUND_MS))).id }
  } catch (error) {
    if (isRefusal(error)) {
      log.warning(`The check run could not be written: ${writeFailure(error, 'the token cannot create check runs', 'checks: write')}. The report will be in the job summary.`)
      return { refused: true }
    }
    log.warning(`The check run could not be started: ${(error as Error).message}. It is written with the report.`)
    return undefined
  }
}

/**
 * When perf-gate stops before it has a report, the job summary says why (it needs no token), and a
 * started check run must not stay "in progress": it fails with the reason, or, when the job is
 * cancelled, is completed as cancelled within the seconds the runner leaves.
 */
export async function endCheck(
  config: Config,
  deps: Pick<PublishDeps, 'octokit' | 'target' | 'log' | 'summary'>,
  started: StartedCheckRun | undefined,
  ending: { conclusion: 'failure' | 'cancelled'; reason: string },
): Promise<void> {
  const { octokit, target } = deps
  try {
    const heading = ending.conclusion === 'cancelled' ? 'perf-gate was cancelled' : 'perf-gate stopped'
    await deps.summary.addRaw(`### ${heading}\n\n${escapeText(ending.reason)}\n`, true).write()
  } catch (error) {
    deps.log.warning(`The job summary could not be written (${(error as Error).message}).`)
  }
  if (!octokit || !target?.headSha || !started || !('id' in started)) return
  const check = checkOf({ ...target, headSha: target.headSha }, config, started)
  const bound = ending.conclusion === 'cancelled' ? CANCEL_BOUND_MS : PUBLISH_BOUND_MS
  await completeOnce(started, async () => {
    try {
      // The reason can quote a server's output or a command: in the summary it is text, never markdown or HTML.
      const outcome = { conclusion: ending.conclusion, title: ending.reason.slice(0, CHECK_TITLE_MAX_LENGTH), summary: escapeText(ending.reason), annotations: [] }
      return (await completeCheckRun(octokit, check, outcome, publishingBound(bound))).url
    } catch (error) {
      deps.log.warning(`The check run could not be completed (${(error as Error).message}).`)
      return undefined
    }
  })
}

/** The check run on the head commit: the verdict as its conclusion, the report as its summary, failed budgets annotated. */
async function publishCheckRun(report: Report, config: Config, deps: PublishDeps, signal: AbortSignal): Promise<string | undefined> {
  const { octokit, target, log } = deps
  if (!octokit || !target?.headSha || (deps.checkRun && 'refused' in deps.checkRun)) return undefined
  const check = checkOf({ ...target, headSha: target.headSha }, config, deps.checkRun)
  return completeOnce(deps.checkRun, async () => {
    try {
      const { url } = await completeCheckRun(
        octokit,
        check,
        {
          conclusion: report.verdict.passed ? 'success' : 'failure',
          title: verdictSentence(report).slice(0, CHECK_TITLE_MAX_LENGTH),
          summary: renderMarkdown(report, { maxLength: CHECK_SUMMARY_MAX_LENGTH }),
          annotations: budgetAnnotations(report.validation, config, deps.workspace),
        },
        signal,
      )
      log.info(`Check run ${check.name}: ${url}`)
      return url
    } catch (error) {
      log.warning(`The check run could not be written: ${writeFailure(error, 'the token cannot create check runs', 'checks: write')}. The report is in the job summary.`)
      return undefined
    }
  })
}

/** GitHub refused the write for the token's permissions: a 403 or a 404 that is not a rate limit. */
function isRefusal(error: unknown): boolean {
  const status = (error as { status?: number }).status
  return (status === 403 || status === 404) && !isRateLimited(error)
}

/** Why GitHub refused a write (`refused` says what was refused), with the permission that fixes it when that is the cause; otherwise its one-line error. */
function writeFailure(error: unknown, refused: string, permission: string): string {
  if (isRefusal(error)) {
    return `${refused} (HTTP ${(error as { status?: number }).status}); give the job \`permissions: ${permission}\`, and for pull requests from forks use the README's two-workflow recipe`
  }
  return (error as Error).message
}

async function publishComment(report: Report, config: Config, deps: PublishDeps, files: Omit<Published, 'commentUrl'>, signal: AbortSignal): Promise<string | undefined> {
  const { log, target } = deps
  if (config.comment === 'false') return undefined
  if (target?.pullRequest === undefined) {
    log.info(`No pull request (${target?.noPullRequestReason ?? 'no repository'}): no comment; the report is in the job summary.`)
    return undefined
  }
  if (!deps.octokit) {
    log.warning('github-token is empty: no comment was posted; the report is in the job summary.')
    return undefined
  }
  const sticky = { owner: target.owner, repo: target.repo, issueNumber: target.pullRequest, key: config.commentKey }
  try {
    if (config.comment === 'on-failure' && report.verdict.passed) {
      // Passing now: leave no comment, but do not leave an earlier failure standing either.
      const existing = await findStickyComment(deps.octokit, sticky, signal)
      if (!existing) return undefined
    }
    const comment = await upsertStickyComment(deps.octokit, { ...sticky, body: renderMarkdown(report, { maxLength: COMMENT_MAX_LENGTH }) }, signal)
    log.info(`Comment ${comment.action}: ${comment.url}`)
    return comment.url
  } catch (error) {
    log.warning(
      `The pull request comment could not be posted: ${writeFailure(error, 'the token cannot write to this pull request', 'pull-requests: write')}. The report is in the job summary and ${files.reportPath}.`,
    )
    return undefined
  }
}
