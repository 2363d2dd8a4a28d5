import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { commentMarker, upsertStickyComment } from '../src/publish/comment.js'
import { createOctokit, publishingBound } from '../src/publish/octokit.js'
import { FakeGitHub, GITHUB_UNICORN_PAGE, rateLimitSpent } from './fixtures/github-api.js'

let api: FakeGitHub
const warnings: string[] = []
const target = { owner: 'Codertocat', repo: 'Hello-World', issueNumber: 2 }

beforeEach(() => {
  warnings.length = 0
})
afterEach(async () => api.stop())

function octokit(limits: { requestTimeoutMs?: number } = {}) {
  return createOctokit('test-token', api.url, { warning: (message) => warnings.push(message) }, limits)
}

const COMMENTS = /\/issues\/2\/comments$/
const COMMENT = /\/issues\/comments\/\d+$/
const writes = (method: string) => api.requests.filter((request) => request.method === method && request.path.includes('/comments'))

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

describe('the sticky comment on a GitHub that fails', () => {
  test('a create GitHub stored but answered with a 502 is found by its marker, not posted again', async () => {
    api = await new FakeGitHub({ faults: [{ method: 'POST', path: COMMENTS, kind: 'after-storing', status: 502, times: 1 }] }).start()
    const created = await upsertStickyComment(octokit(), { ...target, key: 'default', body: 'report' })
    expect(created.action).toBe('created')
    expect(api.comments.get(2)).toHaveLength(1)
    expect(created.url).toBe(api.comments.get(2)?.[0]?.html_url)
    expect(writes('POST')).toHaveLength(1)
  })

  test('an update GitHub stored but answered with a 502 is not sent again', async () => {
    api = await new FakeGitHub({ seed: { 2: [`${commentMarker('default')}\nold report`] }, faults: [{ method: 'PATCH', path: COMMENT, kind: 'after-storing', status: 502, times: 1 }] }).start()
    const updated = await upsertStickyComment(octokit(), { ...target, key: 'default', body: 'new report' })
    expect(updated.action).toBe('updated')
    expect(api.comments.get(2)?.map((comment) => comment.body)).toEqual([`${commentMarker('default')}\nnew report`])
    expect(writes('PATCH')).toHaveLength(1)
  })

  test('a 502 that stored nothing, or a create that got no answer: looked for, then sent once more', async () => {
    api = await new FakeGitHub({ faults: [{ method: 'POST', path: COMMENTS, status: 502, times: 1 }] }).start()
    const client = octokit({ requestTimeoutMs: 300 })
    await upsertStickyComment(client, { ...target, key: 'default', body: 'after a 502' })
    api.addFault({ method: 'POST', path: COMMENTS, kind: 'hang', times: 1 })
    await upsertStickyComment(client, { ...target, key: 'other', body: 'after no answer' })
    expect(api.comments.get(2)?.map((comment) => comment.body)).toEqual([`${commentMarker('default')}\nafter a 502`, `${commentMarker('other')}\nafter no answer`])
    expect(writes('POST')).toHaveLength(4)
  })

  test('an HTML error page is an error of one line, with the status; the write is sent twice, not four times', async () => {
    api = await new FakeGitHub({ faults: [{ method: 'POST', path: COMMENTS, status: 503, body: GITHUB_UNICORN_PAGE, times: 10 }] }).start()
    await expect(upsertStickyComment(octokit(), { ...target, key: 'default', body: 'report' })).rejects.toMatchObject({
      status: 503,
      message: 'HTTP 503 (GitHub returned an HTML error page)',
    })
    expect(writes('POST')).toHaveLength(2)
  })

  test('a rate limit spent until an hour from now is not waited for: the error says when it resets', async () => {
    api = await new FakeGitHub({ faults: [{ method: 'GET', path: COMMENTS, ...rateLimitSpent(3600), times: 10 }] }).start()
    const started = performance.now()
    const error = await upsertStickyComment(octokit(), { ...target, key: 'default', body: 'report' }).catch((caught: Error) => caught)
    expect(performance.now() - started).toBeLessThan(5000)
    expect((error as Error).message).toMatch(/^HTTP 403: GitHub's API rate limit is used up until \d\d:\d\d UTC \(in 60 min\)$/)
    expect(warnings).toEqual([])
  })

  test("a read that gets no answer times out, and is not sent again; a step's bound ends what is left of it", async () => {
    api = await new FakeGitHub({ faults: [{ method: 'GET', path: COMMENTS, kind: 'hang', times: 10 }] }).start()
    await expect(upsertStickyComment(octokit({ requestTimeoutMs: 300 }), { ...target, key: 'default', body: 'report' })).rejects.toThrow('GitHub did not answer within 300 ms')
    expect(api.requests).toHaveLength(1)
    await expect(upsertStickyComment(octokit(), { ...target, key: 'default', body: 'report' }, publishingBound(1000))).rejects.toThrow('GitHub did not answer within the 1 s allowed for publishing')
  })
})
