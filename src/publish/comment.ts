import { letTheWriteSettle, mayHaveBeenStored } from './octokit.js'
import type { Octokit } from '../model/edges.js'

export interface StickyComment {
  owner: string
  repo: string
  issueNumber: number
  key: string
  body: string
}

export interface CommentResult {
  url: string
  action: 'created' | 'updated'
}

/** The hidden line that finds this job's comment again on the next run. */
export function commentMarker(key: string): string {
  return `<!-- perf-gate:${key} -->`
}

/** The comment of this key, looked for on every page of the pull request's comments, or undefined. */
export async function findStickyComment(octokit: Octokit, target: Omit<StickyComment, 'body'>, signal?: AbortSignal): Promise<{ id: number; html_url: string; body?: string } | undefined> {
  const marker = commentMarker(target.key)
  // Page by page through the link header, as octokit.paginate does; paginate drops the request
  // options, and with them the signal that bounds the listing.
  for (let page = 1; ; page++) {
    const { data, headers } = await octokit.rest.issues.listComments({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      per_page: 100,
      page,
      request: { signal },
    })
    const found = data.find((comment) => comment.body?.includes(marker))
    if (found) return found
    if (!/\brel="next"/.test(headers.link ?? '')) return undefined
  }
}

/**
 * Updates this key's comment in place, or creates it: one comment per key, however many runs, and
 * however GitHub answers. A write that failed in a way that may have stored it (a 502, a broken
 * connection, no answer) is written again only when the comment does not already say it.
 * `signal` bounds the whole of it (see publishingBound).
 */
export async function upsertStickyComment(octokit: Octokit, comment: StickyComment, signal?: AbortSignal): Promise<CommentResult> {
  const body = `${commentMarker(comment.key)}\n${comment.body}`
  const write = async (existing: { id: number } | undefined): Promise<CommentResult> => {
    const common = { owner: comment.owner, repo: comment.repo, body, request: { signal } }
    if (existing) return { url: (await octokit.rest.issues.updateComment({ ...common, comment_id: existing.id })).data.html_url, action: 'updated' }
    return { url: (await octokit.rest.issues.createComment({ ...common, issue_number: comment.issueNumber })).data.html_url, action: 'created' }
  }
  const existing = await findStickyComment(octokit, comment, signal)
  try {
    return await write(existing)
  } catch (error) {
    if (!mayHaveBeenStored(error)) throw error
    await letTheWriteSettle()
    const now = await findStickyComment(octokit, comment, signal)
    if (now?.body === body) return { url: now.html_url, action: existing ? 'updated' : 'created' }
    return await write(now)
  }
}
