import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { context as actionsContext } from '@actions/github'
import type { Config } from '../config/config.js'
import type { EngineResult, Logger } from '../engine.js'
import { renderMarkdown } from '../report/markdown.js'
import { reportArtifactName } from '../baseline/stored.js'
import type { UploadArtifact } from './artifact.js'
import { upsertStickyComment, findStickyComment, type Octokit } from './comment.js'

export interface PublishDeps {
  context: Pick<typeof actionsContext, 'eventName' | 'payload' | 'repo'>
  /** Absent when there is no token: then nothing is posted. */
  octokit?: Octokit
  summary: { addRaw(text: string, addEOL?: boolean): { write(): Promise<unknown> } }
  log: Logger
  /** Where report.json and report.md are written. */
  reportDir: string
  uploadArtifact: UploadArtifact
}

export interface Published {
  reportPath: string
  markdownPath: string
  commentUrl?: string
}

/**
 * Every surface, each on its own so that one failing loses nothing: the files first, then the job
 * summary, then the sticky comment. A surface that fails is a warning; the verdict stays the
 * verdict and is the caller's to act on.
 */
export async function publishToGitHub(engineResult: EngineResult, config: Config, deps: PublishDeps): Promise<Published> {
  const { log } = deps
  const files = await writeReportFiles(engineResult, deps.reportDir)
  const result = await linkArtifacts(engineResult, config, deps, files)

  try {
    await deps.summary.addRaw(result.markdown, true).write()
  } catch (error) {
    log.warning(`The job summary could not be written (${(error as Error).message}); the report is in ${files.markdownPath}.`)
  }

  const commentUrl = await publishComment(result, config, deps, files)
  return commentUrl ? { ...files, commentUrl } : files
}

/** The reports (JSON, markdown, Lighthouse HTML) as one artifact, linked from the report when uploaded. */
async function linkArtifacts(result: EngineResult, config: Config, deps: PublishDeps, files: Omit<Published, 'commentUrl'>): Promise<EngineResult> {
  const pages = result.report.measurements.lighthouse?.pages ?? []
  const htmlReports = pages.flatMap((page) => (page.htmlReport ? [page.htmlReport] : []))
  let url: string | undefined
  try {
    url = await deps.uploadArtifact(reportArtifactName(config.commentKey), [files.reportPath, files.markdownPath, ...htmlReports], deps.reportDir)
  } catch (error) {
    deps.log.warning(`The reports could not be uploaded as an artifact (${(error as Error).message}); they are in ${deps.reportDir}.`)
  }
  if (!url) return result
  deps.log.info(`Reports uploaded: ${url}`)
  for (const page of pages) if (page.htmlReport) page.htmlReportUrl = url
  return { report: result.report, markdown: renderMarkdown(result.report) }
}

export async function writeReportFiles(result: EngineResult, reportDir: string): Promise<Omit<Published, 'commentUrl'>> {
  await mkdir(reportDir, { recursive: true })
  const reportPath = path.join(reportDir, 'report.json')
  const markdownPath = path.join(reportDir, 'report.md')
  await writeFile(reportPath, `${JSON.stringify(result.report, null, 2)}\n`)
  await writeFile(markdownPath, result.markdown)
  return { reportPath, markdownPath }
}

async function publishComment(result: EngineResult, config: Config, deps: PublishDeps, files: Omit<Published, 'commentUrl'>): Promise<string | undefined> {
  const { log, context } = deps
  if (config.comment === 'false') return undefined
  const issueNumber = context.payload.pull_request?.number
  if (issueNumber === undefined) {
    log.info(`No pull request in this ${context.eventName} event: no comment; the report is in the job summary.`)
    return undefined
  }
  if (!deps.octokit) {
    log.warning('github-token is empty: no comment was posted; the report is in the job summary.')
    return undefined
  }
  const target = { ...context.repo, issueNumber, key: config.commentKey }
  try {
    if (config.comment === 'on-failure' && result.report.verdict.passed) {
      // Passing now: leave no comment, but do not leave an earlier failure standing either.
      const existing = await findStickyComment(deps.octokit, target)
      if (!existing) return undefined
    }
    const comment = await upsertStickyComment(deps.octokit, { ...target, body: result.markdown })
    log.info(`Comment ${comment.action}: ${comment.url}`)
    return comment.url
  } catch (error) {
    const status = (error as { status?: number }).status
    const reason = status === 403 || status === 404
      ? `the token cannot write to this pull request (HTTP ${status}); a pull request from a fork gets a read-only token (see the README's fork recipe)`
      : (error as Error).message
    log.warning(`The pull request comment could not be posted: ${reason}. The report is in the job summary and ${files.reportPath}.`)
    return undefined
  }
}
