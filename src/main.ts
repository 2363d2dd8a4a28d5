import os from 'node:os'
import path from 'node:path'
import * as core from '@actions/core'
import * as github from '@actions/github'
import { loadConfig } from './config/config.js'
import { readActionInputs } from './config/inputs.js'
import { Output } from './config/names.js'
import { runPerfGate, type Logger } from './engine.js'
import { UserError } from './errors.js'
import { runCommand } from './exec.js'
import { publishToGitHub } from './publish/github.js'
import { findStoredReportWith } from './baseline/stored.js'
import { uploadWorkflowArtifact } from './publish/artifact.js'
import { createOctokit } from './publish/octokit.js'
import { verdictSentence } from './report/markdown.js'
import type { CommitInfo } from './report/report.js'

const actionsLogger: Logger = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  group: (title, work) => core.group(title, work),
  commandOutput: process.stdout,
}

/** The action's front door, and the one place that calls core.setFailed. */
export async function run(): Promise<void> {
  try {
    // Relative paths start from the checkout, as in every other step of the job.
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()
    const config = await loadConfig(readActionInputs(), {
      cwd: workspace,
      overrideName: (input) => input,
      warn: actionsLogger.warning,
      ...(branchOf(github.context) ? { branch: branchOf(github.context) } : {}),
    })
    const reportDir = path.join(process.env['RUNNER_TEMP'] || os.tmpdir(), 'perf-gate', config.commentKey)
    const pullRequestBase = (github.context.payload.pull_request?.['base'] as { sha?: string } | undefined)?.sha
    const octokit = config.githubToken ? createOctokit(config.githubToken, github.context.apiUrl, actionsLogger) : undefined
    const repo = repositoryOf(github.context)
    const result = await runPerfGate(config, {
      log: actionsLogger,
      runCommand,
      now: () => new Date(),
      commit: commitOf(github.context),
      artifactDir: reportDir,
      ...(pullRequestBase ? { pullRequestBase } : {}),
      ...(octokit && repo ? { findStoredReport: findStoredReportWith(octokit, repo, config.commentKey) } : {}),
    })

    const published = await publishToGitHub(result, config, {
      context: github.context,
      ...(octokit ? { octokit } : {}),
      summary: core.summary,
      log: actionsLogger,
      reportDir,
      uploadArtifact: uploadWorkflowArtifact,
    })

    const { verdict } = result.report
    core.setOutput(Output.Passed, String(verdict.passed))
    core.setOutput(Output.Regressions, String(verdict.regressions))
    core.setOutput(Output.ReportPath, published.reportPath)
    core.setOutput(Output.MarkdownPath, published.markdownPath)
    core.setOutput(Output.CommentUrl, published.commentUrl ?? '')
    if (!verdict.passed) core.setFailed(verdictSentence(result.report))
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
