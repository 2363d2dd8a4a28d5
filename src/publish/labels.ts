import type { Logger, Octokit } from '../model/edges.js'
import type { Acceptance } from '../model/report.js'
import { publishingBound } from './octokit.js'

type Repository = { owner: string; repo: string }

/** The parts of a pull_request event the accept label is read from. */
export interface LabelEvent {
  /** `labeled`, `unlabeled`, `synchronize`, … */
  action?: string
  /** The pull request's labels as the event has them (`pull_request.labels[].name`). */
  labels: string[]
  /** The label a `labeled` or `unlabeled` event is about (`label.name`). */
  label?: string
  /** Who did what the event is about (`sender.login`). */
  sender?: string
}

/** Where who added a label is looked up: the pull request's issue events, through the API. */
export interface LabelLookup {
  octokit: Octokit | undefined
  repo: Repository | undefined
  issue: number | undefined
}

/** How many pages of 100 issue events are read, from the newest back, to find who added the label. */
const EVENT_PAGES = 5
const PER_PAGE = 100
/** The bound on the lookups: they only name who accepted a change, and measuring waits for them. */
const LOOKUP_BOUND_MS = 30_000

/** The labels and the sender of a pull_request (or pull_request_target) event; undefined for any other. */
export function labelEventOf(payload: { action?: string; pull_request?: object; label?: unknown; sender?: unknown }): LabelEvent | undefined {
  const pull = payload.pull_request as { labels?: Array<{ name?: unknown }> } | undefined
  if (!pull) return undefined
  const labels = (pull.labels ?? []).flatMap((label) => (typeof label.name === 'string' ? [label.name] : []))
  const label = (payload.label as { name?: unknown } | undefined)?.name
  const sender = (payload.sender as { login?: unknown } | undefined)?.login
  return { ...(payload.action ? { action: payload.action } : {}), labels, ...(typeof label === 'string' ? { label } : {}), ...(typeof sender === 'string' ? { sender } : {}) }
}

/** GitHub's label names are unique without regard to case. */
function sameLabel(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toLowerCase() === b.toLowerCase()
}

/**
 * The accept label when the pull request carries it, with who added it: the sender of the
 * `labeled` event that added it, or else the actor of the latest `labeled` event for it among the
 * pull request's issue events. Without a token, or when that lookup fails, the label still applies
 * and who added it is unknown; this never throws.
 */
export async function acceptanceOf(acceptLabel: string, event: LabelEvent | undefined, lookup: LabelLookup, log: Pick<Logger, 'info' | 'warning'>): Promise<Acceptance | undefined> {
  const wanted = acceptLabel.trim()
  const label = wanted ? event?.labels.find((name) => sameLabel(name, wanted)) : undefined
  if (!event || label === undefined) return undefined
  const said = (accepted: Acceptance) => {
    log.info(`The pull request has the label "${label}": its regressions do not block (added by ${accepted.by ? `@${accepted.by}` : 'an unknown user'}).`)
    return accepted
  }
  if (event.action === 'labeled' && sameLabel(event.label, label) && event.sender) return said({ label, by: event.sender })
  const { octokit, repo, issue } = lookup
  if (!octokit || !repo || issue === undefined) return said({ label })
  try {
    const added = await whoAddedLabel(octokit, repo, issue, label, publishingBound(LOOKUP_BOUND_MS))
    return said({ label, ...added })
  } catch (error) {
    log.warning(`Who added the label "${label}" could not be looked up (${(error as Error).message}); it applies all the same.`)
    return said({ label })
  }
}

/**
 * The labels on the pull request, read through the API (`GET /repos/{o}/{r}/issues/{n}/labels`),
 * and who added the accept label: for the publishing half of the fork recipe, whose event is a
 * workflow_run and whose report came from pull request code. When the labels cannot be read it
 * says so, and nothing is accepted.
 */
export async function acceptanceOfPullRequest(
  acceptLabel: string,
  lookup: { octokit: Octokit; repo: Repository; issue: number },
  log: Pick<Logger, 'info' | 'warning'>,
): Promise<Acceptance | undefined> {
  if (!acceptLabel.trim()) return undefined
  const { octokit, repo, issue } = lookup
  const labels: string[] = []
  try {
    const signal = publishingBound(LOOKUP_BOUND_MS)
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listLabelsOnIssue, { ...repo, issue_number: issue, per_page: PER_PAGE, request: { signal } })) {
      labels.push(...page.data.map((label) => label.name))
    }
  } catch (error) {
    log.warning(`The labels of pull request #${issue} could not be read (${(error as Error).message}); regressions block as fail-on says.`)
    return undefined
  }
  return acceptanceOf(acceptLabel, { labels }, lookup, log)
}

/**
 * The actor and time of the latest `labeled` event for `label` on the issue. GitHub lists issue
 * events oldest first: the first page says which page is the last, and the pages are read from
 * there back, at most EVENT_PAGES of them.
 */
export async function whoAddedLabel(octokit: Octokit, repo: Repository, issue: number, label: string, signal?: AbortSignal): Promise<{ by?: string; at?: string } | undefined> {
  const page = (number: number) => octokit.rest.issues.listEvents({ ...repo, issue_number: issue, per_page: PER_PAGE, page: number, request: { signal } })
  const first = await page(1)
  const last = lastPage(first.headers.link) ?? 1
  for (let number = last; number >= Math.max(1, last - EVENT_PAGES + 1); number--) {
    const events = (number === 1 ? first : await page(number)).data as Array<{ event?: string; actor?: { login?: string } | null; created_at?: string; label?: { name?: string } }>
    const added = events.findLast((event) => event.event === 'labeled' && sameLabel(event.label?.name, label))
    if (added) return { ...(added.actor?.login ? { by: added.actor.login } : {}), ...(added.created_at ? { at: added.created_at } : {}) }
  }
  return undefined
}

/** The number of the page a Link header calls `last`; undefined when there is one page. */
function lastPage(link: string | undefined): number | undefined {
  const url = /<([^>]+)>;\s*rel="last"/.exec(link ?? '')?.[1]
  const page = url ? Number(URL.parse(url)?.searchParams.get('page')) : NaN
  return Number.isInteger(page) && page > 0 ? page : undefined
}
