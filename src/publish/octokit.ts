import { setTimeout as sleep } from 'node:timers/promises'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { Logger, Octokit } from '../model/edges.js'

/**
 * How long one request may go unanswered. GitHub ends any request it has worked on for 10 s with
 * an error of its own, so a request with no answer at all after 15 s is on a dead connection or
 * an API that is down; waiting longer only holds the job.
 */
const REQUEST_TIMEOUT_MS = 15_000
/**
 * The longest rate-limit wait perf-gate sits out. A secondary rate limit asks for about a minute;
 * a spent primary limit resets on the hour, up to 60 minutes away, and no report is worth holding
 * a runner that long: further away, the write fails with a warning that says when the limit resets.
 */
const RATE_LIMIT_MAX_WAIT_S = 120
const RATE_LIMIT_RETRIES = 2

/** A step with a bound (publishing, say): when it ends, by the clock. */
const deadlines = new WeakMap<AbortSignal, { at: number; ms: number }>()

/**
 * A signal for the requests of one publishing step: they are aborted when `ms` have passed, and a
 * rate-limit wait that would end later is not begun. Pass it as `request: { signal }`.
 */
export function publishingBound(ms: number): AbortSignal {
  const signal = AbortSignal.timeout(ms)
  deadlines.set(signal, { at: Date.now() + ms, ms })
  return signal
}

/**
 * An octokit that retries reads on server errors and waits out short rate limits, as GitHub asks
 * integrations to, and never waits on GitHub without a bound: every request has a timeout, and
 * writes (POST, PATCH) are never sent again blindly, since a write GitHub answered with a 502 may
 * have been stored; comment.ts and checks.ts look for it before they write again.
 * Errors carry a one-line message: the status and GitHub's message, never an HTML page.
 * `baseUrl` is the REST API's root (GITHUB_API_URL: github.com, or a GitHub Enterprise server).
 */
export function createOctokit(token: string, baseUrl: string, log: Pick<Logger, 'warning'>, limits: { requestTimeoutMs?: number } = {}): Octokit {
  type LimitedRequest = { method: string; url: string; request?: { signal?: AbortSignal } }
  const waitsOut = (retryAfter: number, options: LimitedRequest, retryCount: number, what: string) => {
    const bound = options.request?.signal && deadlines.get(options.request.signal)
    const fits = retryAfter <= RATE_LIMIT_MAX_WAIT_S && (!bound || Date.now() + retryAfter * 1000 < bound.at)
    if (!fits || retryCount >= RATE_LIMIT_RETRIES) return false
    log.warning(`GitHub ${what} on ${options.method} ${options.url}; retrying in ${retryAfter}s.`)
    return true
  }
  const octokit = getOctokit(
    token,
    {
      // GITHUB_API_URL may end with a slash; octokit joins paths with one of its own.
      baseUrl: baseUrl.replace(/\/+$/, ''),
      request: { fetch: fetchWithTimeout(limits.requestTimeoutMs ?? REQUEST_TIMEOUT_MS) },
      throttle: {
        onRateLimit: (retryAfter: number, options: LimitedRequest, _octokit: unknown, retryCount: number) => waitsOut(retryAfter, options, retryCount, 'rate limit'),
        onSecondaryRateLimit: (retryAfter: number, options: LimitedRequest, _octokit: unknown, retryCount: number) => waitsOut(retryAfter, options, retryCount, 'secondary rate limit'),
      },
    },
    retry,
    throttling,
  )
  // Hooks added here wrap the plugins' own: they see each request first and each error last.
  octokit.hook.before('request', (options) => {
    if (options.method !== 'GET' && options.method !== 'HEAD') options.request.retries = 0
  })
  octokit.hook.error('request', (error) => {
    if (error instanceof Error) error.message = describeGitHubError(error)
    throw error
  })
  return octokit
}

/**
 * No answer in time. Named as an aborted fetch is, which octokit passes on as it is and its retry
 * plugin does not retry: a second wait as long would rarely get an answer the first did not.
 */
class NoAnswer extends Error {
  override name = 'AbortError'
}

/** fetch with a timeout on every request, within the bound of its step when it has one. */
function fetchWithTimeout(timeoutMs: number): typeof fetch {
  return async (input, init) => {
    const own = AbortSignal.timeout(timeoutMs)
    const step = init?.signal ?? undefined
    try {
      return await fetch(input, { ...init, signal: step ? AbortSignal.any([step, own]) : own })
    } catch (error) {
      const bound = step && deadlines.get(step)
      if (step?.aborted) throw new NoAnswer(bound ? `GitHub did not answer within the ${seconds(bound.ms)} allowed for publishing` : 'the request was cancelled')
      if (own.aborted) throw new NoAnswer(`GitHub did not answer within ${seconds(timeoutMs)}`)
      throw error
    }
  }
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`
}

interface GitHubErrorShape {
  status?: number
  response?: { headers?: Record<string, string | undefined>; data?: unknown }
}

/** A write that failed this way may still have been done: GitHub answered 5xx, the connection broke, or no answer came. */
export function mayHaveBeenStored(error: unknown): boolean {
  const { status } = error as GitHubErrorShape
  return status === undefined || status >= 500
}

/** How long a write that may have been stored is given before it is looked for: GitHub's edge can answer 502 while the write is still being done. */
const SETTLE_MS = 1000

/** The pause between a failed write and the look for what it may have stored. */
export function letTheWriteSettle(): Promise<void> {
  return sleep(SETTLE_MS)
}

/** GitHub refused the request for its rate limit (primary or secondary): it did nothing, and says when to come back. */
export function isRateLimited(error: unknown): boolean {
  const { status, response } = error as GitHubErrorShape
  if (status !== 403 && status !== 429) return false
  const message = (response?.data as { message?: unknown } | undefined)?.message
  return response?.headers?.['x-ratelimit-remaining'] === '0' || (typeof message === 'string' && /rate limit/i.test(message))
}

/**
 * An error of a GitHub request in one line: the status and GitHub's own message (with the first
 * validation error), when the rate limit resets, or what kind of page came instead of JSON.
 */
export function describeGitHubError(error: Error): string {
  const { status, response } = error as Error & GitHubErrorShape
  if (!status || !response) return firstLine(error.message)
  const reset = Number(response.headers?.['x-ratelimit-reset'])
  if (isRateLimited(error) && response.headers?.['x-ratelimit-remaining'] === '0' && reset) {
    const at = new Date(reset * 1000)
    const minutes = Math.max(1, Math.round((at.getTime() - Date.now()) / 60_000))
    return `HTTP ${status}: GitHub's API rate limit is used up until ${at.toISOString().slice(11, 16)} UTC (in ${minutes} min)`
  }
  const { data } = response
  if (typeof data === 'string') {
    if (/^\s*</.test(data)) return `HTTP ${status} (GitHub returned an HTML error page)`
    return data.trim() ? `HTTP ${status}: ${firstLine(data)}` : `HTTP ${status}`
  }
  const { message, errors } = (data ?? {}) as { message?: unknown; errors?: unknown }
  if (typeof message !== 'string') return `HTTP ${status}`
  const [first] = Array.isArray(errors) ? errors : []
  const detail = typeof first === 'string' ? first : (first as { message?: unknown } | undefined)?.message
  return firstLine(`HTTP ${status}: ${message}${typeof detail === 'string' ? ` (${detail})` : ''}`)
}

/** The first line, at most 300 characters: for a warning, not a dump. */
function firstLine(text: string): string {
  const line = text.trim().split('\n')[0] ?? ''
  return line.length > 300 ? `${line.slice(0, 299)}…` : line
}
