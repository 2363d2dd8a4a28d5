import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import * as core from '@actions/core'
import * as github from '@actions/github'
import { parseReport } from './baseline/report.js'
import { findStoredReportsWith, reportArtifactName } from './baseline/stored.js'
import { loadConfig, type Config } from './config/config.js'
import { readActionInputs } from './config/inputs.js'
import { Input, Output } from './config/names.js'
import { runPerfGate } from './engine.js'
import type { Logger, Octokit } from './model/edges.js'
import { UserError, messages } from './errors.js'
import { runCommand } from './exec.js'
import { whenCancelled, type Cancellation } from './processes.js'
import { publishAlert } from './publish/alert.js'
import { uploadWorkflowArtifact } from './publish/artifact.js'
import { endCheck, publishToGitHub, startCheck, type PublishDeps, type PublishTarget, type Published } from './publish/github.js'
import { acceptanceOf, acceptanceOfPullRequest, labelEventOf } from './publish/labels.js'
import { createOctokit } from './publish/octokit.js'
import { downloadRunReport, downloadShardReports, findPullRequestOfRun, relocatedShardFile, type TriggeringRun } from './publish/workflowRun.js'
import { mergeShardReports } from './merge.js'
import { withAcceptance } from './analyze/verdict.js'
import { verdictSentence } from './report/markdown.js'
import type { CommitInfo } from './model/measurements.js'
import type { Report } from './model/report.js'

const actionsLogger: Logger = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  group: (title, work) => core.group(title, work),
  commandOutput: process.stdout,
}

/** The action's front door, and the one place that calls core.setFailed. */
export async function run(): Promise<void> {
  // From here on a cancelled job (SIGINT, SIGTERM) stops its processes at once and ends its check
  // run as cancelled before it exits.
  const cancelled = whenCancelled()
  try {
    // Relative paths start from the checkout, as in every other step of the job.
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()
    const { context } = github
    const config = await loadConfig(readActionInputs(), {
      cwd: workspace,
      overrideName: (input) => input,
      warn: actionsLogger.warning,
      ...(branchOf(context) ? { branch: branchOf(context) } : {}),
    })
    // The runner masks a secret in every line of the log, should anything ever print it.
    if (config.databaseUrl) {
      core.setSecret(config.databaseUrl)
      const password = URL.parse(config.databaseUrl)?.password
      if (password) core.setSecret(decodeURIComponent(password))
    }
    const reportDir = path.join(process.env['RUNNER_TEMP'] || os.tmpdir(), 'perf-gate', config.commentKey)
    const octokit = config.githubToken ? createOctokit(config.githubToken, context.apiUrl, actionsLogger) : undefined
    const repo = repositoryOf(context)
    const surfaces: Surfaces = { summary: core.summary, log: actionsLogger, reportDir, workspace, ...(octokit ? { octokit } : {}) }
    const outcome =
      config.mode === 'publish'
        ? await Promise.race([publishTriggeringRun(config, context, surfaces, repo), cancelled])
        : config.mode === 'merge'
          ? await Promise.race([mergeShardsOfRun(wholeOf(config), context, surfaces, repo), cancelled])
          : await measureAndPublish(config, context, surfaces, repo, cancelled)
    if ('exitCode' in outcome) {
      core.setFailed(`perf-gate was cancelled (${outcome.signal}); the processes it started are stopped.`)
      process.exitCode = outcome.exitCode
      return
    }

    const { report, published } = outcome
    const { verdict } = report
    core.setOutput(Output.Passed, String(verdict.passed))
    core.setOutput(Output.Regressions, String(verdict.regressions))
    core.setOutput(Output.Inconclusive, String(verdict.inconclusive))
    core.setOutput(Output.ReportPath, published.reportPath)
    core.setOutput(Output.MarkdownPath, published.markdownPath)
    core.setOutput(Output.BenchmarkPath, published.benchmarkPath)
    core.setOutput(Output.CommentUrl, published.commentUrl ?? '')
    core.setOutput(Output.CheckRunUrl, published.checkRunUrl ?? '')
    core.setOutput(Output.AlertUrl, ('alertUrl' in outcome && outcome.alertUrl) || '')
    if (!verdict.passed) core.setFailed(verdictSentence(report))
  } catch (error) {
    // The check could not run, so it did not pass; later steps can read that.
    core.setOutput(Output.Passed, 'false')
    if (error instanceof UserError) {
      core.setFailed(error.message)
    } else {
      core.debug((error as Error).stack ?? String(error))
      core.setFailed(`perf-gate stopped unexpectedly: ${(error as Error).message ?? String(error)}`)
    }
  }
}

/** What every way of publishing shares: the job summary, the log, where files go, the token. */
type Surfaces = Omit<PublishDeps, 'target' | 'uploadArtifact' | 'artifactUrl' | 'checkRun'>

/**
 * `mode: full` and `measure`: run the engine on the checkout, then publish to every surface the mode
 * allows; or, when the job is cancelled first, complete the check run as cancelled and say so.
 */
async function measureAndPublish(
  config: Config,
  context: typeof github.context,
  surfaces: Surfaces,
  repo: { owner: string; repo: string } | undefined,
  cancelled: Promise<Cancellation>,
): Promise<{ report: Report; published: Published; alertUrl?: string } | Cancellation> {
  const commit = commitOf(context)
  // An alert is about a push to the base branch, compared with its parent; other events only measure.
  const alertOnPush = config.alert !== 'none' && context.eventName === 'push'
  if (config.alert !== 'none' && !alertOnPush) surfaces.log.info(`alert: ${config.alert} acts on a push event only; this is a ${context.eventName} event.`)
  const pullRequestBase = (context.payload.pull_request?.['base'] as { sha?: string } | undefined)?.sha
  const pullRequest = context.payload.pull_request?.number
  const target = repo && targetOf(context, repo, commit)
  const deps = { ...surfaces, ...(target ? { target } : {}) }
  const checkRun = startCheck(config, deps)
  // The accept label from the event; who added it, from the API when the event does not say.
  const acceptance = acceptanceOf(config.acceptLabel, labelEventOf(context.payload), { octokit: surfaces.octokit, repo, issue: pullRequest }, actionsLogger)
  const measured = (async () => {
    const started = await checkRun
    const accepted = await acceptance
    let report: Report
    try {
      const { octokit } = surfaces
      const result = await runPerfGate(config, {
        log: actionsLogger,
        runCommand,
        now: () => new Date(),
        commit,
        artifactDir: surfaces.reportDir,
        ...(pullRequestBase ? { pullRequestBase } : {}),
        ...(alertOnPush ? { alertOnPush } : {}),
        ...(octokit && repo ? { findStoredReports: findStoredReportsWith(octokit, repo, config.commentKey) } : {}),
        ...(accepted ? { accepted } : {}),
      })
      report = result.report
    } catch (error) {
      const reason = error instanceof UserError ? error.message : `perf-gate stopped unexpectedly: ${(error as Error).message}`
      await endCheck(config, deps, started, { conclusion: 'failure', reason })
      throw error
    }
    const published = await publishToGitHub(report, config, { ...deps, uploadArtifact: uploadWorkflowArtifact, ...(started ? { checkRun: started } : {}) })
    // A shard's regressions alert from the merge job, with every shard's together.
    const alertUrl = alertOnPush && !config.shard ? await alertFor(report, config, context, surfaces, repo, commit) : undefined
    return { report, published, ...(alertUrl ? { alertUrl } : {}) }
  })()
  const outcome = await Promise.race([measured, cancelled])
  if ('exitCode' in outcome) {
    // What was measuring is killed and fails now; the check run's one completion is this one.
    const reason = `The job was cancelled (${outcome.signal}) before perf-gate finished.`
    await endCheck(config, deps, await checkRun, { conclusion: 'cancelled', reason })
  }
  return outcome
}

/**
 * `mode: merge`: the shard reports this run's matrix uploaded, as one report, published as one job
 * measuring everything would have: one comment, one check run, one job summary, one artifact
 * (`perf-gate-KEY`, the stored baseline of later runs).
 */
async function mergeShardsOfRun(
  config: Config,
  context: typeof github.context,
  surfaces: Surfaces,
  repo: { owner: string; repo: string } | undefined,
): Promise<{ report: Report; published: Published; alertUrl?: string }> {
  const { octokit } = surfaces
  if (!octokit || !repo) throw new UserError(messages.mergeNeedsToken())
  if (!context.runId) throw new UserError(messages.mergeNeedsRun())
  const commit = commitOf(context)
  const deps = { ...surfaces, target: targetOf(context, repo, commit) }
  // In progress while the shards are collected; failed with the reason when they cannot be merged at all.
  const started = await startCheck(config, deps)
  let report: Report
  try {
    const found = await actionsLogger.group(`Shard reports of run ${context.runId}`, async () => {
      const reports = await downloadShardReports(octokit, repo, context.runId, config.commentKey, path.join(surfaces.reportDir, 'shards'))
      actionsLogger.info(reports.length > 0 ? `Found ${reports.map((shard) => shard.name).join(', ')}.` : 'None found.')
      return reports
    })
    const pullRequest = context.payload.pull_request?.number
    const accepted = await acceptanceOf(config.acceptLabel, labelEventOf(context.payload), { octokit, repo, issue: pullRequest }, actionsLogger)
    ;({ report } = await mergeShardReports(found, config, {
      ...(accepted ? { accepted } : {}),
      log: actionsLogger,
      now: () => new Date(),
      ...(commit.sha ? { expectedSha: commit.sha } : {}),
      relocate: (shard, file) => relocatedShardFile(found, shard, file),
    }))
  } catch (error) {
    const reason = error instanceof UserError ? error.message : `perf-gate stopped unexpectedly: ${(error as Error).message}`
    await endCheck(config, deps, started, { conclusion: 'failure', reason })
    throw error
  }
  const published = await publishToGitHub(report, config, { ...deps, uploadArtifact: uploadWorkflowArtifact, ...(started ? { checkRun: started } : {}) })
  const alertUrl = config.alert !== 'none' && context.eventName === 'push' ? await alertFor(report, config, context, surfaces, repo, commit) : undefined
  return { report, published, ...(alertUrl ? { alertUrl } : {}) }
}

/** The alert of a push, after the report's surfaces: on the pushed commit, or the key's issue. */
async function alertFor(
  report: Report,
  config: Config,
  context: typeof github.context,
  surfaces: Surfaces,
  repo: { owner: string; repo: string } | undefined,
  commit: CommitInfo,
): Promise<string | undefined> {
  // The measuring half of the fork recipe has a read-only token; a push needs no such recipe.
  if (config.mode === 'measure') {
    surfaces.log.info('mode: measure: no alert here; the report says which regressions stand.')
    return undefined
  }
  const branch = branchOf(context)
  const repositoryUrl = repo && `${context.serverUrl}/${repo.owner}/${repo.repo}`
  const runUrl = repositoryUrl && Number.isInteger(context.runId) && context.runId > 0 ? `${repositoryUrl}/actions/runs/${context.runId}` : undefined
  const target = repo && repositoryUrl && commit.sha ? { ...repo, repositoryUrl, sha: commit.sha, ...(branch ? { branch } : {}), ...(runUrl ? { runUrl } : {}) } : undefined
  return publishAlert(report, config, { log: surfaces.log, ...(surfaces.octokit ? { octokit: surfaces.octokit } : {}), ...(target ? { target } : {}) })
}

/** `mode: publish`: the triggering run's report, on the pull request it was for. */
async function publishTriggeringRun(
  config: Config,
  context: typeof github.context,
  surfaces: Surfaces,
  repo: { owner: string; repo: string } | undefined,
): Promise<{ report: Report; published: Published }> {
  const fromRun = await reportOfTriggeringRun(config, context, surfaces.octokit, repo)
  // The accept label as the pull request has it now, read here: an acceptance in the report came from pull request code.
  const { octokit } = surfaces
  const issue = fromRun.target.pullRequest
  const accepted = octokit && repo && issue !== undefined ? await acceptanceOfPullRequest(config.acceptLabel, { octokit, repo, issue }, surfaces.log) : undefined
  const report = withAcceptance(fromRun.report, accepted)
  const published = await publishToGitHub(report, config, { ...surfaces, target: fromRun.target, ...(fromRun.artifactUrl ? { artifactUrl: fromRun.artifactUrl } : {}) })
  return { report, published }
}

/**
 * The second half of the fork recipe: the report the measuring run uploaded, and where it belongs.
 * Only what GitHub wrote into the event is trusted (the run id and its head commit); the report came
 * from pull request code, so it is validated against the schema and rendered afresh, never posted as is.
 */
async function reportOfTriggeringRun(
  config: Config,
  context: typeof github.context,
  octokit: Octokit | undefined,
  repo: { owner: string; repo: string } | undefined,
): Promise<{ report: Report; target: PublishTarget; artifactUrl?: string }> {
  const triggering = context.payload['workflow_run'] as TriggeringRun | undefined
  if (!triggering?.head_sha) throw new UserError(messages.publishNeedsWorkflowRun(context.eventName))
  if (!octokit || !repo) throw new UserError(messages.publishNeedsToken())
  let text: string
  let artifactUrl: string | undefined
  if (config.report) {
    if (!existsSync(config.report)) throw new UserError(messages.reportInvalid(Input.Report, config.report, 'does not exist'))
    text = await readFile(config.report, 'utf8')
  } else {
    const downloaded = await downloadRunReport(octokit, repo, triggering.id, config.commentKey, context.serverUrl)
    if (!downloaded) throw new UserError(messages.publishReportNotFound(triggering.id, reportArtifactName(config.commentKey)))
    ;({ text, artifactUrl } = downloaded)
  }
  const report = await parseReport(text, config.report ?? reportArtifactName(config.commentKey), Input.Report)
  if (report.commit?.sha !== triggering.head_sha) throw new UserError(messages.reportOfAnotherCommit(report.commit?.sha, triggering.head_sha))
  // Links in the report came from the pull request's run: only the artifact found here is linked.
  const { links: _untrusted, ...measured } = report
  const pullRequest = await findPullRequestOfRun(octokit, repo, triggering)
  const target: PublishTarget = {
    ...repo,
    headSha: triggering.head_sha,
    ...(pullRequest !== undefined ? { pullRequest } : {}),
    noPullRequestReason: `no open pull request has the head commit ${triggering.head_sha.slice(0, 7)}`,
  }
  return { report: measured, target, ...(artifactUrl ? { artifactUrl } : {}) }
}

/** The merge job publishes the whole, whatever `shard` a matrix's include gave it too. */
function wholeOf(config: Config): Config {
  const { shard: _ignored, ...whole } = config
  return whole
}

/** Where this job's report goes: the head commit, and the pull request of the event when there is one. */
function targetOf(context: typeof github.context, repo: { owner: string; repo: string }, commit: CommitInfo): PublishTarget {
  const pullRequest = context.payload.pull_request?.number
  return {
    ...repo,
    ...(commit.sha ? { headSha: commit.sha } : {}),
    ...(pullRequest !== undefined ? { pullRequest } : {}),
    noPullRequestReason: `this is a ${context.eventName} event`,
  }
}

/** The branch being gated: a pull request's base branch, or the branch a push went to. */
function branchOf(context: typeof github.context): string | undefined {
  const base = (context.payload.pull_request?.['base'] as { ref?: string } | undefined)?.ref
  if (base) return base
  return context.ref?.startsWith('refs/heads/') ? context.ref.slice('refs/heads/'.length) : undefined
}

/** owner/repo of the workflow run; undefined when neither GITHUB_REPOSITORY nor the payload names it. */
function repositoryOf(context: typeof github.context): { owner: string; repo: string } | undefined {
  try {
    return context.repo
  } catch {
    return undefined
  }
}

/** The pull request's head commit, not the merge commit GITHUB_SHA points at. */
function commitOf(context: typeof github.context): CommitInfo {
  const head = context.payload.pull_request?.['head'] as { sha?: string; ref?: string } | undefined
  const sha = head?.sha ?? context.sha
  const ref = head?.ref ?? context.ref
  return { ...(sha ? { sha } : {}), ...(ref ? { ref } : {}) }
}
