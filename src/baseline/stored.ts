import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { unzipSync, strFromU8 } from 'fflate'
import type { Octokit, FindStoredReports, StoredReport } from '../model/edges.js'

/** Every run uploads its reports as the artifact `perf-gate-KEY`; this is the name to look for. */
export function reportArtifactName(key: string): string {
  return `perf-gate-${key}`
}

/** A shard's report artifact: `perf-gate-KEY-shard-N`, which the merge job of the same run collects. */
export function shardArtifactName(key: string, index: number): string {
  return `${reportArtifactName(key)}-shard-${index}`
}

/** 1,000 artifacts: months of runs for most repositories. */
const MAX_ARTIFACT_PAGES = 10

/**
 * Stored reports are the artifacts earlier runs uploaded (`perf-gate-KEY`, report.json inside),
 * found through the REST API by name and matched to commits by their run's head SHA. Artifacts over
 * the Actions cache because they can be listed and fetched by commit with the job's token, from any
 * branch's runs, which a cache (scoped to branches, looked up by key only) cannot.
 */
export function findStoredReportsWith(octokit: Octokit, repo: { owner: string; repo: string }, key: string): FindStoredReports {
  return async (shas, limit) => {
    const wanted = new Set(shas)
    const bySha = new Map<string, { id: number; runId?: number }>()
    const pages = octokit.paginate.iterator(octokit.rest.actions.listArtifactsForRepo, { ...repo, name: reportArtifactName(key), per_page: 100 })
    let pagesRead = 0
    for await (const page of pages) {
      // Newest first, so the base branch's recent commits are on the first pages; a busy repository
      // lists every pull request's runs too, which need not all be read.
      if (++pagesRead > MAX_ARTIFACT_PAGES) break
      for (const artifact of page.data) {
        const sha = artifact.workflow_run?.head_sha
        // Newest first: keep the first artifact seen for each commit.
        if (!artifact.expired && sha && wanted.has(sha) && !bySha.has(sha)) {
          bySha.set(sha, { id: artifact.id, ...(artifact.workflow_run?.id ? { runId: artifact.workflow_run.id } : {}) })
        }
      }
    }
    const found: StoredReport[] = []
    for (const sha of shas.filter((candidate) => bySha.has(candidate)).slice(0, limit)) {
      const artifact = bySha.get(sha) as { id: number; runId?: number }
      const text = await downloadReportJson(octokit, repo, artifact.id)
      if (text !== undefined) found.push({ sha, text, ...(artifact.runId ? { runId: artifact.runId } : {}) })
    }
    return found
  }
}

/**
 * Every file of an artifact, unpacked into `directory` (which the caller owns); returns report.json's
 * text. A name that would land outside `directory` is not written: the zip came from another job.
 */
export async function downloadArtifactFiles(octokit: Octokit, repo: { owner: string; repo: string }, artifactId: number, directory: string): Promise<string | undefined> {
  const { data } = await octokit.rest.actions.downloadArtifact({ ...repo, artifact_id: artifactId, archive_format: 'zip' })
  const files = unzipSync(new Uint8Array(data as ArrayBuffer))
  for (const [name, content] of Object.entries(files)) {
    const target = path.resolve(directory, name)
    if (name.endsWith('/') || path.relative(directory, target).startsWith('..')) continue
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, content)
  }
  return files['report.json'] ? strFromU8(files['report.json']) : undefined
}

/** The report.json inside a report artifact; GitHub serves the zip through a redirect to blob storage, which octokit follows. */
export async function downloadReportJson(octokit: Octokit, repo: { owner: string; repo: string }, artifactId: number): Promise<string | undefined> {
  const { data } = await octokit.rest.actions.downloadArtifact({ ...repo, artifact_id: artifactId, archive_format: 'zip' })
  const report = unzipSync(new Uint8Array(data as ArrayBuffer))['report.json']
  return report ? strFromU8(report) : undefined
}
