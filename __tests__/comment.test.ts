import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { commentMarker, upsertStickyComment } from '../src/publish/comment.js'
import { createOctokit } from '../src/publish/octokit.js'
import { FakeGitHub } from './fixtures/github-api.js'

let api: FakeGitHub
const warnings: string[] = []
const target = { owner: 'Codertocat', repo: 'Hello-World', issueNumber: 2 }

beforeEach(() => {
  warnings.length = 0
})
afterEach(async () => api.stop())

function octokit() {
  return createOctokit('test-token', api.url, { warning: (message) => warnings.push(message) })
}

describe('the sticky comment', () => {
  test('is found on a later page by its marker and updated in place; another key gets its own', async () => {
    const others = Array.from({ length: 250 }, (_, i) => `comment ${i}`)
    api = await new FakeGitHub({ seed: { 2: [...others, `${commentMarker('default')}\nold report`] } }).start()
    const client = octokit()

    const updated = await upsertStickyComment(client, { ...target, key: 'default', body: 'new report' })
    expect(updated.action).toBe('updated')
    expect(api.requests.filter((request) => request.method === 'GET')).toHaveLength(3)
    expect(api.comments.get(2)?.at(-1)?.body).toBe(`${commentMarker('default')}\nnew report`)

    const other = await upsertStickyComment(client, { ...target, key: 'api', body: 'api report' })
    expect(other.action).toBe('created')
    expect(api.comments.get(2)).toHaveLength(252)
  })

  test('a 403 reaches the caller without retries: the caller turns it into a warning', async () => {
    api = await new FakeGitHub({ commentWriteStatus: 403 }).start()
    await expect(upsertStickyComment(octokit(), { ...target, key: 'default', body: 'report' })).rejects.toMatchObject({ status: 403 })
    expect(api.requests.filter((request) => request.method === 'POST')).toHaveLength(1)
  })
})
