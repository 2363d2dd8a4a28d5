import { unzipSync, strFromU8 } from 'fflate'
import type { Octokit } from '../publish/comment.js'

/** A report stored by an earlier run, found for one of the commits asked about. */
export interface StoredReport {
  sha: string
  text: string
  runId?: number
}

/** Finds the stored report of the first of `shas` (nearest first) that has one. */
export type FindStoredReport = (shas: readonly string[]) => Promise<StoredReport | undefined>

/** Every run uploads its reports as the artifact `perf-gate-KEY`; this is the name to look for. */
export function reportArtifactName(key: string): string {
  return `perf-gate-${key}`
}

/**
 * Stored reports are the artifacts earlier runs uploaded (`perf-gate-KEY`, report.json inside),
 * found through the REST API by name and matched to commits by their run's head SHA. Artifacts over
 * the Actions cache because they can be listed and fetched by commit with the job's token, from any
 * branch's runs, which a cache (scoped to branches, looked up by key only) cannot.
 */
export function findStoredReportWith(octokit: Octokit, repo: { owner: string; repo: string }, key: string): FindStoredReport {
  return async (shas) => {
    const wanted = new Set(shas)
    const bySha = new Map<string, { id: number; runId?: number }>()
    const pages = octokit.paginate.iterator(octokit.rest.actions.listArtifactsForRepo, { ...repo, name: reportArtifactName(key), per_page: 100 })
    for await (const page of pages) {
      for (const artifact of page.data) {
        const sha = artifact.workflow_run?.head_sha
        // Newest first: keep the first artifact seen for each commit.
        if (!artifact.expired && sha && wanted.has(sha) && !bySha.has(sha)) {
          bySha.set(sha, { id: artifact.id, ...(artifact.workflow_run?.id ? { runId: artifact.workflow_run.id } : {}) })
        }
      }
    }
    const sha = shas.find((candidate) => bySha.has(candidate))
    if (!sha) return undefined
    const found = bySha.get(sha) as { id: number; runId?: number }
    const { data } = await octokit.rest.actions.downloadArtifact({ ...repo, artifact_id: found.id, archive_format: 'zip' })
    const files = unzipSync(new Uint8Array(data as ArrayBuffer))
    const report = files['report.json']
    if (!report) return undefined
    return { sha, text: strFromU8(report), ...(found.runId ? { runId: found.runId } : {}) }
  }
}
