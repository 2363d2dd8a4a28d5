import { existsSync } from 'node:fs'
import path from 'node:path'
import { downloadArtifactFiles, downloadReportJson, reportArtifactName, shardArtifactName } from '../baseline/stored.js'
import type { ShardInfo } from '../model/shard.js'
import type { Octokit } from '../model/edges.js'

type Repository = { owner: string; repo: string }

/** The parts of a workflow_run event's `workflow_run` that the publishing half trusts: GitHub wrote them, not the pull request. */
export interface TriggeringRun {
  id: number
  head_sha: string
  head_repository?: { full_name?: string } | null
  pull_requests?: Array<{ number: number; head?: { sha?: string } }>
}

/**
 * The pull request the measuring run was for, found from the run's head commit. GitHub lists the
 * pull requests on the run only when they come from the same repository; for a fork the list is
 * empty, so the open pull requests are searched for that head commit (and head repository).
 */
export async function findPullRequestOfRun(octokit: Octokit, repo: Repository, run: TriggeringRun): Promise<number | undefined> {
  const listed = run.pull_requests?.find((pull) => pull.head?.sha === run.head_sha)
  if (listed) return listed.number
  const headRepository = run.head_repository?.full_name
  const pages = octokit.paginate.iterator(octokit.rest.pulls.list, { ...repo, state: 'open', sort: 'updated', direction: 'desc', per_page: 100 })
  for await (const page of pages) {
    const found = page.data.find((pull) => pull.head.sha === run.head_sha && (!headRepository || pull.head.repo?.full_name === headRepository))
    if (found) return found.number
  }
  return undefined
}

/** The report the measuring run uploaded (artifact `perf-gate-KEY`), and the link to that artifact. */
export async function downloadRunReport(octokit: Octokit, repo: Repository, runId: number, key: string, serverUrl: string): Promise<{ text: string; artifactUrl: string } | undefined> {
  const name = reportArtifactName(key)
  const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({ ...repo, run_id: runId, name, per_page: 100 })
  const artifact = data.artifacts.find((candidate) => candidate.name === name && !candidate.expired)
  if (!artifact) return undefined
  const text = await downloadReportJson(octokit, repo, artifact.id)
  if (text === undefined) return undefined
  return { text, artifactUrl: `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${runId}/artifacts/${artifact.id}` }
}

/** A shard's report as the merge job found it: the artifact's name, report.json's text, and where its other files were unpacked. */
export interface FoundShardReport {
  name: string
  text: string
  directory: string
}

/** 1,000 artifacts: far more than a run of one matrix uploads. */
const MAX_RUN_ARTIFACT_PAGES = 10

/**
 * The shard reports this workflow run uploaded (`perf-gate-KEY-shard-N`), each artifact unpacked
 * into a folder of its own under `directory`, so that the merged artifact keeps their Lighthouse
 * reports and profiles.
 */
export async function downloadShardReports(octokit: Octokit, repo: Repository, runId: number, key: string, directory: string): Promise<FoundShardReport[]> {
  // perf-gate-KEY-shard-N: the name without N, then N's digits.
  const prefix = shardArtifactName(key, 1).slice(0, -1)
  const found: FoundShardReport[] = []
  let pagesRead = 0
  for await (const page of octokit.paginate.iterator(octokit.rest.actions.listWorkflowRunArtifacts, { ...repo, run_id: runId, per_page: 100 })) {
    if (++pagesRead > MAX_RUN_ARTIFACT_PAGES) break
    for (const artifact of page.data) {
      const index = artifact.name.startsWith(prefix) ? artifact.name.slice(prefix.length) : ''
      if (!/^\d+$/.test(index) || artifact.expired) continue
      const folder = path.join(directory, `shard-${index}`)
      const text = await downloadArtifactFiles(octokit, repo, artifact.id, folder)
      if (text !== undefined) found.push({ name: artifact.name, text, directory: folder })
    }
  }
  return found
}

/** Where a file a shard wrote is now: under the folder its artifact was unpacked into, when it came along. */
export function relocatedShardFile(found: readonly FoundShardReport[], shard: ShardInfo, file: string): string | undefined {
  const unpacked = found.find((report) => path.basename(report.directory) === `shard-${shard.index}`)
  if (!unpacked || !shard.reportDir) return undefined
  const relative = path.relative(shard.reportDir, file)
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined
  const moved = path.join(unpacked.directory, relative)
  return existsSync(moved) ? moved : undefined
}
