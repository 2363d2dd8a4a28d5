import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { Logger } from '../engine.js'
import type { Octokit } from './comment.js'

const RATE_LIMIT_RETRIES = 2

/**
 * An octokit that retries server errors and waits out rate limits, as GitHub asks integrations to.
 * `baseUrl` is the REST API's root (GITHUB_API_URL: github.com, or a GitHub Enterprise server).
 */
export function createOctokit(token: string, baseUrl: string, log: Pick<Logger, 'warning'>): Octokit {
  return getOctokit(
    token,
    {
      // GITHUB_API_URL may end with a slash; octokit joins paths with one of its own.
      baseUrl: baseUrl.replace(/\/+$/, ''),
      throttle: {
        onRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          log.warning(`GitHub rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s.`)
          return retryCount < RATE_LIMIT_RETRIES
        },
        onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          log.warning(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s.`)
          return retryCount < RATE_LIMIT_RETRIES
        },
      },
    },
    retry,
    throttling,
  )
}
