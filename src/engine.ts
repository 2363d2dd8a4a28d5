import path from 'node:path'
import type { Writable } from 'node:stream'
import pkg from '../package.json' with { type: 'json' }
import { prepareBase, type PreparedBase } from './baseline/rebuild.js'
import { findMergeBase, firstParentHistory, git } from './baseline/git.js'
import { loadBaselineReport, parseReport } from './baseline/report.js'
import type { FindStoredReports, StoredReport } from './baseline/stored.js'
import { headlineMetrics, type HistoryPoint } from './analyze/trend.js'
import type { Config } from './config/config.js'
import { Input } from './config/names.js'
import { UserError, messages } from './errors.js'
import type { RunCommand } from './exec.js'
import { measureBundles, SizeCache, type BundleMeasurement } from './measure/bundles.js'
import { measureSizeLimit } from './measure/sizeLimit.js'
import { readSizeLimitConfig } from './config/sizeLimit.js'
import { measureLatency } from './measure/latency.js'
import { measureLighthouse, SLOW_BENCHMARK_INDEX } from './measure/lighthouse.js'
import { startServer, type StartedServer } from './measure/server.js'
import { plural } from './report/format.js'
import { renderMarkdown } from './report/markdown.js'
import type { Composition } from './measure/composition.js'
import { buildReport, type BaselineInfo, type CommitInfo, type Measurements, type Report } from './report/report.js'

export interface Logger {
  info(message: string): void
  warning(message: string): void
  /** A long phase: the action folds it in the log, the CLI prints a heading. */
  group<T>(title: string, work: () => Promise<T>): Promise<T>
  /** Where a command's own output goes while it runs. */
  commandOutput: Writable
}

/** What the engine touches outside the pure core, passed in by the front door. */
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
}

export interface EngineResult {
  report: Report
  markdown: string
}

/** The pipeline of DESIGN.md: build → measure → baseline → analyze → report. Publishing is the caller's. */
export async function runPerfGate(config: Config, deps: EngineDeps): Promise<EngineResult> {
  const { log } = deps
  const notes: string[] = []
  const note = (message: string) => {
    log.warning(message)
    notes.push(message)
  }

  if (config.policies) notes.push(`Branch policy ${config.policies.map((branches) => JSON.stringify(branches)).join(', ')} applies to this run.`)
  if (config.bundles.length === 0 && !config.sizeLimit && config.urls.length === 0 && config.endpoints.length === 0 && !config.webpackStats) {
    throw new UserError(messages.nothingToMeasure())
  }
  if (config.endpoints.length > 0 && !config.startCommand) throw new UserError(messages.endpointsNeedServer())
  if (config.composition === 'webpack-stats' && !config.webpackStats) throw new UserError(messages.compositionNeedsStats())
  // git would read a ref that starts with a dash as an option (--upload-pack runs a command).
  const optionLikeRef = [config.baseRef, deps.pullRequestBase].find((ref) => ref?.startsWith('-'))
  if (optionLikeRef !== undefined) throw new UserError(messages.refLooksLikeOption(config.baseRef === optionLikeRef ? Input.BaseRef : 'the pull request\'s base', optionLikeRef))
  const relativeUrl = config.urls.find((url) => !/^https?:\/\//i.test(url))
  if (relativeUrl !== undefined && !config.startCommand) throw new UserError(messages.urlsNeedServer(relativeUrl))

  const buildCommand = config.buildCommand
  if (buildCommand) {
    await log.group(`Build: ${buildCommand}`, () =>
      deps.runCommand(buildCommand, { input: Input.BuildCommand, cwd: config.workingDirectory, output: log.commandOutput }),
    )
  }

  const baseRef = config.baseRef ?? deps.pullRequestBase
  const lookUpHistory = async () => {
    const found = await findStoredHistory(config, baseRef, deps)
    log.info('failed' in found ? `None: ${found.failed}` : `${plural(found.reports.length, 'stored report')} among ${plural(found.commits.length, 'commit')}.`)
    return found
  }
  // Without the GitHub API (the CLI) there is nothing to look up, and nothing to say about it.
  const history = deps.findStoredReports ? await log.group('Stored reports of the base branch (baseline and trend)', lookUpHistory) : await findStoredHistory(config, baseRef, deps)
  const source = await chooseBaseline(config, deps, history, note)
  const prepared = source.kind === 'rebuild' ? source.prepared : undefined
  const head: Measurements = { bundles: [] }
  const rebuiltBase: Measurements = { bundles: [] }
  let server: StartedServer | undefined
  let baseServer: StartedServer | undefined
  try {
    if (config.bundles.length > 0 || config.sizeLimit) {
      head.bundles = await log.group('Bundle sizes', async () => {
        // One cache for both sides: a file the change did not touch is compressed once.
        const sizes = new SizeCache()
        const bundles = await measureAllBundles(config, config.workingDirectory, { sizes, note })
        const files = new Set(bundles.flatMap((bundle) => bundle.files.map((file) => file.path))).size
        log.info(`Measured ${plural(bundles.length, 'bundle')} (${plural(files, 'file')}).`)
        if (prepared) {
          const headNotes = new Set(notes)
          // The base's own size-limit config and install; what it says that the head already said is said once.
          rebuiltBase.bundles = await measureAllBundles(config, prepared.directory, {
            sizes,
            allowMissing: true,
            note: (message) => {
              if (!headNotes.has(message)) note(`The base: ${message}`)
            },
          })
        }
        return bundles
      })
    }

    const compositionSource = compositionSourceOf(config, head.bundles)
    if (compositionSource) {
      head.composition = await log.group(`Bundle composition (${compositionSource === 'webpack-stats' ? 'webpack-bundle-analyzer' : 'source maps'})`, async () => {
        const treemap = path.join(deps.artifactDir, 'treemap.html')
        const composition = await measureCompositionIn(compositionSource, config, config.workingDirectory, head.bundles, { treemapFile: treemap, note })
        if (!composition) return undefined
        log.info(`${plural(composition.assets.length, 'bundle')} from ${compositionSource === 'webpack-stats' ? path.basename(config.webpackStats ?? '') : 'their source maps'}; treemap at ${treemap}.`)
        if (prepared) {
          // The base's stats or maps sit at the same places in its worktree, when its build writes them.
          const base = await measureCompositionIn(compositionSource, config, prepared.directory, rebuiltBase.bundles, { note: (message) => note(`The base: ${message}`) })
          if (base) rebuiltBase.composition = base
        }
        return { ...composition, treemap }
      })
      if (!head.composition) delete head.composition
    }

    // One server serves the pages and the load test; Lighthouse goes first, before load changes its state.
    const needsServer = config.startCommand !== undefined && (config.endpoints.length > 0 || relativeUrl !== undefined)
    if (needsServer) {
      server = await log.group('Start the server', () => startAppServer(config, config.workingDirectory, log))
      if (prepared) baseServer = await startBaseServer(config, prepared, log, note)
    }
    if (config.urls.length > 0) {
      head.lighthouse = await log.group('Render performance (Lighthouse)', async () => {
        const lighthouse = await measureLighthouse({
          pages: config.urls.map((url) => {
            const relative = !/^https?:\/\//i.test(url)
            return {
              name: url,
              url: server && relative ? new URL(url, server.origin).href : url,
              ...(baseServer && relative ? { baseUrl: new URL(url, baseServer.origin).href } : {}),
            }
          }),
          runs: config.lighthouseRuns,
          fcpTimeoutMs: config.lighthouseFcpTimeout,
          reportDir: deps.artifactDir,
          progress: log.info,
        })
        for (const page of lighthouse.pages) {
          if (page.error) note(`${page.name}: Lighthouse could not measure the page (${page.error}).`)
          else if (page.benchmarkIndex !== undefined && page.benchmarkIndex < SLOW_BENCHMARK_INDEX) {
            note(`${page.name}: this machine's CPU benchmark index is ${Math.round(page.benchmarkIndex)} (Lighthouse expects ${SLOW_BENCHMARK_INDEX} or more): render metrics may read slower than on a developer machine.`)
          }
        }
        return lighthouse
      })
    }
    if (server && config.endpoints.length > 0) {
      const headServer = server
      head.latency = await log.group('API latency under load', () =>
        measureLatency(
          config.endpoints,
          headServer,
          {
            connections: config.connections,
            loadDurationMs: config.loadDuration,
            p95Budget: config.p95Budget,
            errorRateBudget: config.errorRateBudget,
            stressSteps: config.stressSteps,
            stressP99Ms: config.stressP99,
            pairedRounds: config.latencyRounds,
          },
          log.info,
          baseServer,
        ),
      )
    }
  } finally {
    await server?.stop()
    await baseServer?.stop()
    await prepared?.cleanup()
  }

  const base = source.kind === 'measured' ? source.base : prepared ? rebuiltBase : undefined
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
      errorRateBudget: config.errorRateBudget,
      memoryBudget: config.memoryBudget,
      lighthouseBudgets: config.lighthouseBudgets,
    },
    head,
    ...(base ? { base } : {}),
    baseline,
    notes,
    stripHash: config.stripHash,
    history: historyPoints(history, config),
  })
  return { report, markdown: renderMarkdown(report) }
}

/**
 * Where the bundles' composition comes from: webpack stats when given (`auto`), else the source
 * maps of the measured files when any has one; `composition` can insist on either, or turn it off.
 */
function compositionSourceOf(config: Config, bundles: readonly BundleMeasurement[]): 'webpack-stats' | 'source-maps' | undefined {
  switch (config.composition) {
    case 'none':
      return undefined
    case 'webpack-stats':
      return 'webpack-stats'
    case 'source-maps':
      return 'source-maps'
    case 'auto':
      if (config.webpackStats) return 'webpack-stats'
      return bundles.some((bundle) => bundle.files.some((file) => SCRIPT_OR_STYLE.test(file.path))) ? 'source-maps' : undefined
  }
}

const SCRIPT_OR_STYLE = /\.(?:[cm]?js|css)$/i

/**
 * One side's composition, in `directory`: webpack-bundle-analyzer over the stats (loaded only when
 * asked for: the analyzer and its viewer are a sizeable part of dist/), or the source maps of the
 * measured files. Undefined when there is nothing to read; on the head a missing stats file is the
 * user's error, on the base only a note.
 */
async function measureCompositionIn(
  source: 'webpack-stats' | 'source-maps',
  config: Config,
  directory: string,
  bundles: readonly BundleMeasurement[],
  options: { treemapFile?: string; note: (message: string) => void },
): Promise<Composition | undefined> {
  const onHead = directory === config.workingDirectory
  const treemap = options.treemapFile ? { treemapFile: options.treemapFile } : {}
  if (source === 'webpack-stats') {
    const { measureComposition } = await import('./measure/composition.js')
    const statsFile = path.join(directory, path.relative(config.workingDirectory, config.webpackStats ?? ''))
    if (onHead) return measureComposition(statsFile, treemap)
    try {
      return await measureComposition(statsFile)
    } catch (error) {
      options.note(`its webpack stats could not be read (${(error as Error).message}); the composition is shown without a comparison.`)
      return undefined
    }
  }
  const files = [...new Set(bundles.flatMap((bundle) => bundle.files.map((file) => file.path)))].filter((file) => SCRIPT_OR_STYLE.test(file))
  const { measureSourceMapComposition } = await import('./measure/sourceMapComposition.js')
  const { composition, notes } = await measureSourceMapComposition(files, { workingDirectory: directory, ...treemap })
  for (const message of notes) options.note(message)
  if (composition.assets.length > 0) return composition
  // Asked for explicitly, a build without maps deserves a word; under auto, no maps just means no composition.
  if (config.composition === 'source-maps' && onHead) options.note(messages.noSourceMaps(files.length))
  return undefined
}

/**
 * The configured bundles and the project's size-limit checks in `directory` (the head's checkout or
 * the rebuilt base's). The base reads its own size-limit config, which the change may have edited.
 */
async function measureAllBundles(
  config: Config,
  directory: string,
  options: { sizes: SizeCache; allowMissing?: boolean; note: (message: string) => void },
): Promise<BundleMeasurement[]> {
  const measureOptions = { sizes: options.sizes, ...(options.allowMissing ? { allowMissing: true } : {}) }
  const bundles = config.bundles.length > 0 ? await measureBundles(config.bundles, directory, measureOptions) : []
  let setup = config.sizeLimit
  if (directory !== config.workingDirectory) {
    try {
      setup = await readSizeLimitConfig(directory)
    } catch (error) {
      options.note(`its size-limit config could not be read (${(error as Error).message}); its checks are not compared.`)
      setup = undefined
    }
  }
  if (!setup) return bundles
  const sizeLimit = await measureSizeLimit(setup, directory, { bundleBudget: config.bundleBudget, ...measureOptions })
  for (const message of sizeLimit.notes) options.note(message)
  return [...bundles, ...sizeLimit.bundles]
}

/** How far back along the base branch a stored report is looked for. */
const STORED_SEARCH_DEPTH = 100
/** How many earlier commits the trend shows. */
const HISTORY_LENGTH = 10

interface StoredHistory {
  /** The merge base with the base branch, when there is one (a pull request). */
  mergeBase?: string
  /** The commits looked at, nearest first. */
  commits: string[]
  /** The stored reports found for them, nearest first. */
  reports: StoredReport[]
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
    const line = await firstParentHistory(mergeBase ?? 'HEAD', repoRoot, STORED_SEARCH_DEPTH + (mergeBase ? 0 : 1))
    const commits = mergeBase ? line : line.slice(1)
    return { ...(mergeBase ? { mergeBase } : {}), commits, reports: await deps.findStoredReports(commits, HISTORY_LENGTH) }
  } catch (error) {
    return { failed: `the stored reports could not be read (${(error as Error).message}).` }
  }
}

/** The nearest stored report as the baseline, saying which commit it is and how far back. */
function storedBaseline(history: StoredHistory | { failed: string }, baseRef: string): { measurements: Measurements; info: BaselineInfo } | { failed: string } {
  if ('failed' in history) return history
  const nearest = history.reports[0]
  if (!history.mergeBase || !nearest) {
    return { failed: `there is no stored report for the merge base ${history.mergeBase?.slice(0, 7) ?? ''} or its ${plural(Math.max(0, history.commits.length - 1), 'nearest ancestor')}.` }
  }
  try {
    const report = parseReport(nearest.text, `the stored report of ${nearest.sha.slice(0, 7)}`)
    const info: BaselineInfo = { source: 'stored', ref: baseRef, commit: { sha: nearest.sha }, commitsBeforeMergeBase: history.commits.indexOf(nearest.sha), ...(nearest.runId ? { runId: nearest.runId } : {}) }
    return { measurements: report.measurements, info }
  } catch (error) {
    return { failed: `the stored report could not be read (${(error as Error).message}).` }
  }
}

/** The stored reports as trend points; one that cannot be read is left out of the trend. */
function historyPoints(history: StoredHistory | { failed: string }, config: Config): HistoryPoint[] {
  if ('failed' in history) return []
  return history.reports.flatMap((stored): HistoryPoint[] => {
    try {
      const report = parseReport(stored.text, `the stored report of ${stored.sha.slice(0, 7)}`)
      return [{ sha: stored.sha, createdAt: report.createdAt, ...(stored.runId ? { runId: stored.runId } : {}), metrics: headlineMetrics(report.measurements, config.compression) }]
    } catch {
      return []
    }
  })
}

/**
 * The rebuilt base's own server, on its own port. If it does not start (the base may predate the
 * server), the head is still measured, against budgets only.
 */
async function startBaseServer(config: Config, prepared: PreparedBase, log: Logger, note: (message: string) => void): Promise<StartedServer | undefined> {
  try {
    return await log.group('Start the base server', () => startAppServer(config, prepared.directory, log))
  } catch (error) {
    note(`The base's server did not start (${(error as Error).message}); render and latency are checked against budgets only.`)
    return undefined
  }
}

async function startAppServer(config: Config, directory: string, log: Logger): Promise<StartedServer> {
  const server = await startServer({
    command: config.startCommand ?? '',
    cwd: directory,
    readyPath: config.readyPath,
    readyTimeoutMs: config.readyTimeout,
    output: log.commandOutput,
  })
  log.info(`Server ready at ${server.origin} after ${(server.startupMs / 1000).toFixed(1)} s.`)
  return server
}

type BaselineSource =
  | { kind: 'measured'; base: Measurements; baseline: BaselineInfo }
  | { kind: 'rebuild'; prepared: PreparedBase }
  | { kind: 'none'; baseline: BaselineInfo }

/** Where the base numbers come from: a given report, a stored one, the base rebuilt here, or none (and why). */
async function chooseBaseline(config: Config, deps: EngineDeps, history: StoredHistory | { failed: string }, note: (message: string) => void): Promise<BaselineSource> {
  const none = (reason: string): BaselineSource => ({ kind: 'none', baseline: { source: 'none', reason } })
  if (config.baseline === 'none') return none('the baseline is turned off (baseline: none).')
  if (config.baselineReport) {
    const relative = path.relative(config.workingDirectory, config.baselineReport)
    const displayName = relative && !relative.startsWith('..') ? relative : config.baselineReport
    const loaded = await loadBaselineReport(config.baselineReport, displayName)
    return { kind: 'measured', base: loaded.measurements, baseline: loaded.info }
  }
  const baseRef = config.baseRef ?? deps.pullRequestBase
  if (!baseRef) return none(`there is no base to compare with: this is not a pull request and no ${Input.BaseRef} or ${Input.BaselineReport} was given.`)

  // auto: a stored report when there is one, else the base rebuilt in this job.
  if (config.baseline === 'stored' || config.baseline === 'auto') {
    const stored = storedBaseline(history, baseRef)
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
