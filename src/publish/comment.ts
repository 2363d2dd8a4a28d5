import type { getOctokit } from '@actions/github'

export type Octokit = ReturnType<typeof getOctokit>

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
export async function findStickyComment(octokit: Octokit, target: Omit<StickyComment, 'body'>): Promise<{ id: number; html_url: string } | undefined> {
  const marker = commentMarker(target.key)
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  })
  for await (const page of pages) {
    const found = page.data.find((comment) => comment.body?.includes(marker))
    if (found) return found
  }
  return undefined
}

/** Updates this key's comment in place, or creates it: one comment per key, however many runs. */
export async function upsertStickyComment(octokit: Octokit, comment: StickyComment): Promise<CommentResult> {
  const body = `${commentMarker(comment.key)}\n${comment.body}`
  const existing = await findStickyComment(octokit, comment)
  if (existing) {
    const { data } = await octokit.rest.issues.updateComment({ owner: comment.owner, repo: comment.repo, comment_id: existing.id, body })
    return { url: data.html_url, action: 'updated' }
  }
  const { data } = await octokit.rest.issues.createComment({ owner: comment.owner, repo: comment.repo, issue_number: comment.issueNumber, body })
  return { url: data.html_url, action: 'created' }
}
