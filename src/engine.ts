import path from 'node:path'
import pkg from '../package.json' with { type: 'json' }
import { buildReport } from './analyze/buildReport.js'
import { headlineMetrics } from './analyze/trend.js'
import { prepareBase, type PreparedBase } from './baseline/rebuild.js'
import { commitDates, findMergeBase, firstParentHistory, firstParentOfHead, git } from './baseline/git.js'
import { loadBaselineReport, parseReport } from './baseline/report.js'
import type { Config } from './config/config.js'
import { Input } from './config/names.js'
import { unavailableWords } from './analyze/latency.js'
import { UserError, messages } from './errors.js'
import { inShard, measurementsOfShare, type Share } from './analyze/shards.js'
import { endpointName } from './config/settings.js'
import { isRelativeUrl, type RoomKind, type Side } from './measure/room.js'
import type { ShardSetting } from './model/shard.js'
import { ROOMS } from './measure/rooms.js'
import type { StartedServer, TargetApp } from './measure/server.js'
import type { SecondRounds } from './model/alert.js'
import type { HistoryPoint } from './model/analysis.js'
import type { FindStoredReports, Logger, RunCommand, StoredReport } from './model/edges.js'
import type { BaselineInfo, CommitInfo, Measurements } from './model/measurements.js'
import type { Acceptance, Report } from './model/report.js'
import { plural } from './report/format.js'
import { renderMarkdown } from './report/markdown.js'

export interface EngineDeps {
  log: Logger
  runCommand: RunCommand
  now: () => Date
  commit?: CommitInfo
  /** Where files for people go (Lighthouse HTML reports). */
  artifactDir: string
  /** The pull request's base commit, when there is a pull request: what `baseline: auto` rebuilds. */
  pullRequestBase?: string
  /** Looks up reports stored by earlier runs; absent where there is no GitHub API to ask. */
  findStoredReports?: FindStoredReports
  /** The pull request carries the accept label (and who added it): its regressions do not block. */
  accepted?: Acceptance
  /**
   * A push with `alert`: the base is the pushed commit's first parent (unless base-ref says
   * otherwise), rebuilt and measured here, never a stored report; a noisy regression is measured
   * again in a second set of paired rounds, and the report says which regressions alert.
   */
  alertOnPush?: boolean
}

export interface EngineResult {
  report: Report
  markdown: string
}

/** The pipeline of ARCHITECTURE.md: build → measure → baseline → analyze → report. Publishing is the caller's. */
export async function runPerfGate(given: Config, deps: EngineDeps): Promise<EngineResult> {
  const { log } = deps
  const notes: string[] = []
  const note = (message: string) => {
    log.warning(message)
    notes.push(message)
  }

  if (given.policies) notes.push(`Branch policy ${given.policies.map((branches) => JSON.stringify(branches)).join(', ')} applies to this run.`)
  if (given.bundles.length === 0 && !given.sizeLimit && given.urls.length === 0 && given.endpoints.length === 0 && !given.webpackStats) {
    throw new UserError(messages.nothingToMeasure())
  }
  const hasServer = given.startCommand !== undefined || given.targetUrl !== undefined
  if (given.endpoints.length > 0 && !hasServer) throw new UserError(messages.endpointsNeedServer())
  if (given.composition === 'webpack-stats' && !given.webpackStats) throw new UserError(messages.compositionNeedsStats())
  // git would read a ref that starts with a dash as an option (--upload-pack runs a command).
  const optionLikeRef = [given.baseRef, deps.pullRequestBase].find((ref) => ref?.startsWith('-'))
  if (optionLikeRef !== undefined) throw new UserError(messages.refLooksLikeOption(given.baseRef === optionLikeRef ? Input.BaseRef : "the pull request's base", optionLikeRef))
  if (deps.alertOnPush && given.baseline === 'none') throw new UserError(messages.alertNeedsBaseline(given.alert))
  const relativeUrl = given.urls.find(isRelativeUrl)
  if (relativeUrl !== undefined && !hasServer) throw new UserError(messages.urlsNeedServer(relativeUrl))

  // A shard measures its share of the pages and endpoints; the checks above were of the whole.
  const share = given.shard ? shareOf(given, given.shard) : undefined
  const config = share?.config ?? given
  if (share && given.shard) notes.push(`Shard ${given.shard.index}/${given.shard.total} of a matrix: ${shareWords(share.share)}; a job with mode: merge publishes every shard as one report.`)

  const buildCommand = config.buildCommand
  if (buildCommand) {
    await log.group(`Build: ${buildCommand}`, () => deps.runCommand(buildCommand, { input: Input.BuildCommand, cwd: config.workingDirectory, output: log.commandOutput }))
  }

  const parent = deps.alertOnPush && !config.baseRef && !deps.pullRequestBase ? await parentOfHead(config) : undefined
  const baseRef = config.baseRef ?? deps.pullRequestBase ?? parent?.sha
  const lookUpHistory = async () => {
    const found = await findStoredHistory(config, baseRef, deps)
    log.info('failed' in found ? `None: ${found.failed}` : `${plural(found.reports.length, 'stored report')} among ${plural(found.commits.length, 'commit')}.`)
    return found
  }
  // Without the GitHub API (the CLI) there is nothing to look up, and nothing to say about it.
  const history = deps.findStoredReports ? await log.group('Stored reports of the base branch (baseline and trend)', lookUpHistory) : await findStoredHistory(config, baseRef, deps)
  const source = await chooseBaseline(config, baseRef, deps, history, note, parent?.failed)
  const prepared = source.kind === 'rebuild' ? source.prepared : undefined
  const head: Side = { role: 'head', directory: config.workingDirectory, measured: { bundles: [] } }
  const rebuilt: Side | undefined = prepared && { role: 'base', directory: prepared.directory, measured: { bundles: [] } }
  // Measuring until decided: the time the run may spend on runs and rounds beyond the fewest, shared by every page and endpoint.
  const context = { log, note, artifactDir: deps.artifactDir, sampling: { leftMs: config.samplingTimeout } }
  let secondRounds: SecondRounds | undefined
  try {
    // The rooms in order, each on both sides; one server serves the pages and the load test, and
    // Lighthouse goes first, before load changes the server's state.
    for (const entry of ROOMS) {
      const title = entry.title(config, head)
      if (title === undefined) continue
      if (entry.needsServer?.(config) && !head.server) {
        if (config.targetUrl) head.server = await useTarget(config, config.targetUrl, rebuilt, log, note)
        else if (config.startCommand) await startServers(config, head, rebuilt, log, note)
      }
      const room = await entry.load()
      const measured = await log.group(title, () => room.measure(config, { head, ...(rebuilt ? { base: rebuilt } : {}) }, context))
      setMeasured(head, entry.kind, measured.head)
      if (rebuilt) setMeasured(rebuilt, entry.kind, measured.base)
    }
    // An alert's noisy regressions are measured again while both servers still run.
    if (deps.alertOnPush) {
      const { measureSecondRounds } = await import('./measure/secondRounds.js')
      secondRounds = rebuilt ? await measureSecondRounds(config, { head, base: rebuilt }, context) : { endpoints: [], pages: [] }
    }
  } finally {
    if (head.server?.kind === 'started') await head.server.stop()
    if (rebuilt?.server?.kind === 'started') await rebuilt.server.stop()
    await prepared?.cleanup()
  }

  const wholeBase = source.kind === 'measured' ? source.base : rebuilt?.measured
  // A shard compares its share with the same share of the base: a stored base has every page.
  const base = wholeBase && share ? measurementsOfShare(wholeBase, share.share) : wholeBase
  const baseline = source.kind === 'rebuild' ? ({ source: 'rebuild', ref: source.prepared.baseRef, commit: { sha: source.prepared.mergeBase } } as const) : source.baseline
  const report = buildReport({
    toolVersion: pkg.version,
    createdAt: deps.now().toISOString(),
    ...(deps.commit ? { commit: deps.commit } : {}),
    settings: {
      compression: config.compression,
      bundleBudget: config.bundleBudget,
      regressionThreshold: config.regressionThreshold,
      failOn: config.failOn,
      preExisting: config.preExisting,
      errorRateBudget: config.errorRateBudget,
      memoryBudget: config.memoryBudget,
      lighthouseBudgets: config.lighthouseBudgets,
    },
    head: head.measured,
    ...(base ? { base } : {}),
    baseline,
    notes,
    stripHash: config.stripHash,
    ...(secondRounds ? { secondRounds } : {}),
    history: await historyPoints(history, config),
    ...(share && given.shard ? { shard: { ...given.shard, ...share.share, stripHash: stripHashText(config.stripHash), reportDir: deps.artifactDir, ...(base ? { base } : {}) } } : {}),
    ...(deps.accepted ? { accepted: deps.accepted } : {}),
    ...('failed' in history ? {} : { historySearch: { size: config.historySize, commitsLookedAt: history.commits.length } }),
  })
  return { report, markdown: renderMarkdown(report) }
}

/**
 * This shard's config: its pages and endpoints (by their names' shard, see shardOfName), and on
 * shard 1 the bundles and their composition; the rest is the same on every shard.
 */
function shareOf(config: Config, shard: ShardSetting): { config: Config; share: Share } {
  const urls = config.urls.filter((url) => inShard('page', url, shard))
  const endpoints = config.endpoints.filter((endpoint) => inShard('endpoint', endpointName(endpoint), shard))
  const bundles = shard.index === 1
  const { sizeLimit, webpackStats, ...rest } = config
  const sharded: Config = {
    ...rest,
    urls,
    endpoints,
    bundles: bundles ? config.bundles : [],
    composition: bundles ? config.composition : 'none',
    ...(bundles && sizeLimit ? { sizeLimit } : {}),
    ...(bundles && webpackStats ? { webpackStats } : {}),
  }
  return { config: sharded, share: { pages: urls, endpoints: endpoints.map(endpointName), bundles } }
}

/** `strip-hash` as a user writes it, for the merge job to read back. */
function stripHashText(stripHash: Config['stripHash']): string {
  return stripHash.kind === 'pattern' ? stripHash.pattern.source : stripHash.kind
}

function shareWords(share: Share): string {
  const parts = [plural(share.pages.length, 'page'), plural(share.endpoints.length, 'endpoint')]
  return `${parts.join(', ')}${share.bundles ? ' and the bundles' : ''}`
}

/** How far back along the base branch a stored report is looked for, at least (history-size can ask for more). */
const STORED_SEARCH_DEPTH = 100

interface StoredHistory {
  /** The merge base with the base branch, when there is one (a pull request). */
  mergeBase?: string
  /** The commits looked at, nearest first. */
  commits: string[]
  /** The stored reports found for them, nearest first: at most history-size. */
  reports: StoredReport[]
  /** The committer dates of those reports' commits, by SHA. */
  dates: Map<string, string>
}

/**
 * The reports earlier runs stored for the base branch: from the merge base back, for a pull
 * request; from the parent back, for a push. One listing serves the baseline and the trend.
 */
async function findStoredHistory(config: Config, baseRef: string | undefined, deps: EngineDeps): Promise<StoredHistory | { failed: string }> {
  if (!deps.findStoredReports) return { failed: 'stored reports are read through the GitHub API, which this run has no token for.' }
  try {
    const repoRoot = await git(['rev-parse', '--show-toplevel'], config.workingDirectory)
    const mergeBase = baseRef ? await findMergeBase('HEAD', baseRef, repoRoot) : undefined
    const depth = Math.max(STORED_SEARCH_DEPTH, config.historySize)
    const line = await firstParentHistory(mergeBase ?? 'HEAD', repoRoot, depth + (mergeBase ? 0 : 1))
    const commits = mergeBase ? line : line.slice(1)
    // The trend keeps history-size points; the nearest is the stored baseline too.
    const reports = await deps.findStoredReports(commits, config.historySize)
    const shas = reports.map((stored) => stored.sha)
    const dates = await commitDates(shas, repoRoot)
    return { ...(mergeBase ? { mergeBase } : {}), commits, reports, dates }
  } catch (error) {
    return { failed: `the stored reports could not be read (${(error as Error).message}).` }
  }
}

/** The nearest stored report as the baseline, saying which commit it is and how far back. */
async function storedBaseline(history: StoredHistory | { failed: string }, baseRef: string): Promise<{ measurements: Measurements; info: BaselineInfo } | { failed: string }> {
  if ('failed' in history) return history
  const nearest = history.reports[0]
  if (!history.mergeBase || !nearest) {
    return { failed: `there is no stored report for the merge base ${history.mergeBase?.slice(0, 7) ?? ''} or its ${plural(Math.max(0, history.commits.length - 1), 'nearest ancestor')}.` }
  }
  try {
    const report = await parseReport(nearest.text, `the stored report of ${nearest.sha.slice(0, 7)}`)
    const info: BaselineInfo = {
      source: 'stored',
      ref: baseRef,
      commit: { sha: nearest.sha },
      commitsBeforeMergeBase: history.commits.indexOf(nearest.sha),
      ...(nearest.runId ? { runId: nearest.runId } : {}),
    }
    return { measurements: report.measurements, info }
  } catch (error) {
    return { failed: `the stored report could not be read (${(error as Error).message}).` }
  }
}

/** The stored reports as trend points; one that cannot be read is left out of the trend. */
async function historyPoints(history: StoredHistory | { failed: string }, config: Config): Promise<HistoryPoint[]> {
  if ('failed' in history) return []
  const points = await Promise.all(
    history.reports.map(async (stored): Promise<HistoryPoint[]> => {
      try {
        const report = await parseReport(stored.text, `the stored report of ${stored.sha.slice(0, 7)}`)
        const committedAt = history.dates.get(stored.sha)
        return [
          {
            sha: stored.sha,
            createdAt: report.createdAt,
            ...(committedAt ? { committedAt } : {}),
            ...(stored.runId ? { runId: stored.runId } : {}),
            metrics: headlineMetrics(report.measurements, config.compression),
          },
        ]
      } catch {
        return []
      }
    }),
  )
  return points.flat()
}

/** A room's measurement on one side; a room that measured nothing leaves no key. */
function setMeasured<K extends RoomKind>(side: Side, kind: K, value: Measurements[K] | undefined): void {
  if (value !== undefined) side.measured[kind] = value
}

/**
 * The head's server, and the rebuilt base's on a port of its own. If the base's does not start
 * (the base may predate the server), the head is still measured, against budgets only.
 */
async function startServers(config: Config, head: Side, base: Side | undefined, log: Logger, note: (message: string) => void): Promise<void> {
  head.server = await log.group('Start the server', () => startAppServer(config, head.directory, log))
  if (!base) return
  try {
    base.server = await log.group('Start the base server', () => startAppServer(config, base.directory, log))
  } catch (error) {
    note(`The base's server did not start (${(error as Error).message}); render and latency are checked against budgets only.`)
  }
}

/**
 * The app at target-url, once it answers: nothing is started, so what needs the server's process
 * (memory, CPU, profiles) is unavailable, and a rebuilt base, which would need an app of its own
 * at another origin, is measured for its bundles only.
 */
async function useTarget(config: Config, origin: string, base: Side | undefined, log: Logger, note: (message: string) => void): Promise<TargetApp> {
  const { reachTarget } = await import('./measure/server.js')
  const target = await log.group(`The app at ${origin} (target-url)`, async () => {
    const reached = await reachTarget(origin, config.readyPath, config.readyTimeout)
    log.info(`${origin}${config.readyPath} answers; no server is started.`)
    return reached
  })
  if (config.endpoints.length > 0) note(`Server ${unavailableWords('memory and CPU', 'target-url')}, so its processes cannot be sampled and the memory budget is not evaluated.`)
  if (base) {
    note(`The base is rebuilt for its bundles only: with target-url there is one app, at ${origin}, and the base cannot be served there, so its render and latency are not measured.`)
  }
  return target
}

async function startAppServer(config: Config, directory: string, log: Logger): Promise<StartedServer> {
  // Loaded when a server is started: node:http brings Node's fetch implementation with it.
  const { startServer } = await import('./measure/server.js')
  const server = await startServer({
    command: config.startCommand ?? '',
    cwd: directory,
    readyPath: config.readyPath,
    readyTimeoutMs: config.readyTimeout,
    output: log.commandOutput,
    // To be profiled, every Node process of the server's tree (npm → node, however deep) opens an
    // inspector on a port of its own; the profiled round finds the one that serves $PORT.
    ...(config.profile.cpu || config.profile.heap ? { env: { ...process.env, NODE_OPTIONS: [process.env['NODE_OPTIONS'], '--inspect=127.0.0.1:0'].filter(Boolean).join(' ') } } : {}),
  })
  log.info(`Server ready at ${server.origin} after ${(server.startupMs / 1000).toFixed(1)} s.`)
  return server
}

/** The pushed commit's first parent, or why there is none to compare with. */
async function parentOfHead(config: Config): Promise<{ sha?: string; failed?: string }> {
  try {
    const sha = await firstParentOfHead(config.workingDirectory)
    return sha ? { sha } : { failed: 'the pushed commit has no parent to compare with (it is the first commit).' }
  } catch (error) {
    return { failed: `the pushed commit's parent could not be found (${(error as Error).message}).` }
  }
}

type BaselineSource = { kind: 'measured'; base: Measurements; baseline: BaselineInfo } | { kind: 'rebuild'; prepared: PreparedBase } | { kind: 'none'; baseline: BaselineInfo }

/** Where the base numbers come from: a given report, a stored one, the base rebuilt here, or none (and why). */
async function chooseBaseline(
  config: Config,
  baseRef: string | undefined,
  deps: EngineDeps,
  history: StoredHistory | { failed: string },
  note: (message: string) => void,
  noParent?: string,
): Promise<BaselineSource> {
  const none = (reason: string): BaselineSource => ({ kind: 'none', baseline: { source: 'none', reason } })
  if (config.baseline === 'none') return none('the baseline is turned off (baseline: none).')
  if (config.baselineReport) {
    const relative = path.relative(config.workingDirectory, config.baselineReport)
    const displayName = relative && !relative.startsWith('..') ? relative : config.baselineReport
    const loaded = await loadBaselineReport(config.baselineReport, displayName)
    return { kind: 'measured', base: loaded.measurements, baseline: loaded.info }
  }
  if (!baseRef && noParent) return none(noParent)
  if (!baseRef) return none(`there is no base to compare with: this is not a pull request and no ${Input.BaseRef} or ${Input.BaselineReport} was given.`)

  // auto: a stored report when there is one, else the base rebuilt in this job. An alert judges
  // render and latency from paired rounds on this machine: the parent is always rebuilt here.
  if (deps.alertOnPush && config.baseline !== 'rebuild') deps.log.info(`alert: ${config.alert}: the parent is rebuilt and measured in this job (baseline: ${config.baseline} takes no stored report).`)
  else if (config.baseline === 'stored' || config.baseline === 'auto') {
    const stored = await storedBaseline(history, baseRef)
    if ('measurements' in stored) {
      if (stored.measurements.latency || stored.measurements.lighthouse) {
        note('The stored base ran on another machine: its render and latency numbers are shown for information, not compared.')
      }
      return { kind: 'measured', base: stored.measurements, baseline: stored.info }
    }
    if (config.baseline === 'stored') return none(stored.failed)
    deps.log.info(`No stored report: ${stored.failed} Rebuilding the base.`)
  }
  const prepared = await deps.log.group(`Baseline: rebuild ${baseRef}`, () => prepareBase(config, baseRef, 'HEAD', deps))
  if ('failed' in prepared) {
    deps.log.warning(`No baseline: ${prepared.failed}`)
    return none(prepared.failed)
  }
  return { kind: 'rebuild', prepared }
}
