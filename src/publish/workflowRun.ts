import { downloadReportJson, reportArtifactName } from '../baseline/stored.js'
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
