import type { Config } from '../config/config.js'
import type { Logger, Octokit } from '../model/edges.js'
import type { Report } from '../model/report.js'
import { renderAlert, renderNoLongerRegressed, renderStillRegressed, type AlertContext } from '../report/alert.js'
import { COMMENT_MAX_LENGTH } from '../report/limits.js'
import { upsertStickyComment } from './comment.js'
import { isRateLimited, letTheWriteSettle, mayHaveBeenStored, publishingBound } from './octokit.js'

/** The bound on publishing the alert: room for a short rate-limit wait and the requests around it. */
const ALERT_BOUND_MS = 120_000
/** How many pages of 100 open issues (or commit comments) are looked through for the alert's marker. */
const MAX_PAGES = 10

/** Where the alert goes: the repository and the pushed commit. */
export interface AlertTarget extends Omit<AlertContext, 'mentions'> {
  owner: string
  repo: string
}

export interface AlertDeps {
  /** Absent when there is no token: then nothing is posted. */
  octokit?: Octokit
  target?: AlertTarget
  log: Logger
}

/** The hidden line that finds this key's alert (the issue, or the comment on a commit) again. */
export function alertMarker(key: string): string {
  return `<!-- perf-gate-alert:${key} -->`
}

/** The hidden line of an alert issue that names the commit it was opened for. */
function openedForMarker(sha: string): string {
  return `<!-- perf-gate-alert-opened:${sha} -->`
}

/**
 * Publishes the report's alert (`alert: commit-comment` or `issue`) and returns its URL: the commit
 * comment; the issue when it is opened; on a later push, the issue's comment that names the new
 * commit. Nothing is posted when no regression stands, except that a re-run of an alerted commit
 * corrects its own comment. A write that fails is a warning: the job summary and the report still
 * say everything.
 */
export async function publishAlert(report: Report, config: Config, deps: AlertDeps): Promise<string | undefined> {
  const { octokit, target, log } = deps
  if (config.alert === 'none' || !report.alert) return undefined
  const confirmed = report.alert.confirmed.length
  if (!target) {
    log.warning('The alert has no repository or commit to go to (GITHUB_REPOSITORY, GITHUB_SHA); it is in the job summary.')
    return undefined
  }
  if (!octokit) {
    if (confirmed > 0) log.warning('github-token is empty: no alert was posted; the regressions are in the job summary.')
    return undefined
  }
  const context: AlertContext = { ...target, mentions: config.alertMentions }
  const signal = publishingBound(ALERT_BOUND_MS)
  try {
    const url =
      config.alert === 'commit-comment' ? await commentOnCommit(octokit, report, config, target, context, log, signal) : await raiseIssue(octokit, report, config, target, context, log, signal)
    return url
  } catch (error) {
    const permission = config.alert === 'commit-comment' ? 'contents: write' : 'issues: write'
    log.warning(`The alert could not be posted: ${failure(error, permission)}. The regressions are in the job summary and the report.`)
    return undefined
  }
}

/** Why a write failed, with the permission that fixes it when the token was refused. */
function failure(error: unknown, permission: string): string {
  const status = (error as { status?: number }).status
  if ((status === 403 || status === 404) && !isRateLimited(error)) return `the token cannot write it (HTTP ${status}); give the job \`permissions: ${permission}\``
  return (error as Error).message
}

/** A body GitHub accepts: the alert is short, but a long list of regressions is cut at a line. */
function fitted(body: string): string {
  if (body.length <= COMMENT_MAX_LENGTH) return body
  const cut = body.slice(0, COMMENT_MAX_LENGTH - 200)
  return `${cut.slice(0, cut.lastIndexOf('\n'))}\n\n(The alert was cut here to fit; the job summary has all of it.)\n`
}

interface Marked {
  id: number
  html_url: string
  body?: string | null
}

/**
 * Writes once, whatever GitHub answers: `find` looks for what a write may already have stored, and a
 * write that failed in a way that may have stored it (a 5xx, a broken connection, no answer) is
 * sent again only when the body is not already there.
 */
async function writeOnce<T extends Marked>(find: () => Promise<T | undefined>, write: (existing: T | undefined) => Promise<T>, body: string, existing: T | undefined): Promise<T> {
  if (existing?.body === body) return existing
  try {
    return await write(existing)
  } catch (error) {
    if (!mayHaveBeenStored(error)) throw error
    await letTheWriteSettle()
    const now = await find()
    if (now?.body === body) return now
    return await write(now)
  }
}

/** Page by page through the link header, at most MAX_PAGES; the first item `matches` finds. */
async function findOnPages<T>(list: (page: number) => Promise<{ data: T[]; headers: { link?: string } }>, matches: (item: T) => boolean): Promise<T | undefined> {
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data, headers } = await list(page)
    const found = data.find(matches)
    if (found) return found
    if (!/\brel="next"/.test(headers.link ?? '')) return undefined
  }
  return undefined
}

/** `commit-comment`: one comment of this key on the pushed commit, updated in place by a re-run. */
async function commentOnCommit(octokit: Octokit, report: Report, config: Config, target: AlertTarget, context: AlertContext, log: Logger, signal: AbortSignal): Promise<string | undefined> {
  const marker = alertMarker(config.commentKey)
  const { owner, repo, sha } = target
  const find = () =>
    findOnPages(
      (page) => octokit.rest.repos.listCommentsForCommit({ owner, repo, commit_sha: sha, per_page: 100, page, request: { signal } }),
      (comment) => comment.body?.includes(marker) ?? false,
    )
  const existing = await find()
  const confirmed = report.alert?.confirmed.length ?? 0
  if (confirmed === 0 && !existing) {
    log.info('Alert: no regression against the parent stands; no commit comment.')
    return undefined
  }
  const body = `${marker}\n${fitted(confirmed > 0 ? renderAlert(report, context) : renderNoLongerRegressed(report, context))}`
  const written = await writeOnce(
    find,
    async (now) =>
      now
        ? (await octokit.rest.repos.updateCommitComment({ owner, repo, comment_id: now.id, body, request: { signal } })).data
        : (await octokit.rest.repos.createCommitComment({ owner, repo, commit_sha: sha, body, request: { signal } })).data,
    body,
    existing,
  )
  log.info(`Alert ${existing ? 'updated' : 'posted'} on commit ${sha.slice(0, 7)}: ${written.html_url}`)
  return written.html_url
}

interface OpenIssue extends Marked {
  number: number
}

/**
 * `issue`: one open issue per key. The first confirmed regression opens it; a later push where a
 * regression still stands updates its body and adds one comment naming that commit (a re-run of the
 * same commit updates its comment). No regression standing opens nothing and leaves an open issue
 * as it is: closing it is for people, who know whether the fix landed.
 */
async function raiseIssue(octokit: Octokit, report: Report, config: Config, target: AlertTarget, context: AlertContext, log: Logger, signal: AbortSignal): Promise<string | undefined> {
  const marker = alertMarker(config.commentKey)
  const { owner, repo, sha } = target
  const find = (): Promise<OpenIssue | undefined> =>
    findOnPages(
      (page) => octokit.rest.issues.listForRepo({ owner, repo, state: 'open', per_page: 100, page, request: { signal } }),
      // The listing has pull requests too; only an issue carries the alert.
      (issue) => !issue.pull_request && (issue.body?.includes(marker) ?? false),
    )
  const existing = await find()
  if ((report.alert?.confirmed.length ?? 0) === 0) {
    log.info(`Alert: no regression against the parent stands; ${existing ? `issue #${existing.number} is left as it is` : 'no issue'}.`)
    return undefined
  }
  const openedFor = existing?.body?.match(/<!-- perf-gate-alert-opened:([0-9a-f]+) -->/)?.[1] ?? sha
  const body = `${marker}\n${openedForMarker(openedFor)}\n${fitted(renderAlert(report, context))}`
  const title = `perf-gate${config.commentKey === 'default' ? '' : ` (${config.commentKey})`}: performance regression${context.branch ? ` on ${context.branch}` : ''}`
  const issue = await writeOnce(
    find,
    async (now) =>
      now
        ? (await octokit.rest.issues.update({ owner, repo, issue_number: now.number, body, request: { signal } })).data
        : (await octokit.rest.issues.create({ owner, repo, title, body, request: { signal } })).data,
    body,
    existing,
  )
  if (!existing) {
    log.info(`Alert: issue #${issue.number} opened: ${issue.html_url}`)
    return issue.html_url
  }
  if (openedFor === sha) {
    log.info(`Alert: issue #${issue.number} updated for ${sha.slice(0, 7)}: ${issue.html_url}`)
    return issue.html_url
  }
  // A later push: one comment per commit, found again by a re-run of it.
  const comment = await upsertStickyComment(octokit, { owner, repo, issueNumber: issue.number, key: `${config.commentKey}:alert:${sha}`, body: fitted(renderStillRegressed(report, context)) }, signal)
  log.info(`Alert: issue #${issue.number} updated, and the comment for ${sha.slice(0, 7)} ${comment.action}: ${comment.url}`)
  return comment.url
}
