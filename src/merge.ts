import pkg from '../package.json' with { type: 'json' }
import { buildReport } from './analyze/buildReport.js'
import { mergeHistories, mergeMeasurements } from './analyze/shards.js'
import { parseReport } from './baseline/report.js'
import type { Config } from './config/config.js'
import { Input } from './config/names.js'
import { SETTINGS } from './config/settings.js'
import { UserError, messages } from './errors.js'
import type { EngineResult } from './engine.js'
import type { Logger } from './model/edges.js'
import type { Measurements } from './model/measurements.js'
import type { Acceptance, Report } from './model/report.js'
import type { MissingShard, ShardInfo } from './model/shard.js'
import { plural } from './report/format.js'
import { renderMarkdown } from './report/markdown.js'

/** A shard's report.json as found: its text and what to call it in an error (the artifact, the file). */
export interface ShardReportText {
  name: string
  text: string
}

export interface MergeDeps {
  log: Logger
  now: () => Date
  /** The commit every shard must have measured: this run's head; without one (the CLI), the first shard's. */
  expectedSha?: string
  /** Where a shard's files (Lighthouse reports, profiles) are on this machine, given where the shard wrote them. */
  relocate?: (shard: ShardInfo, file: string) => string | undefined
  /** The pull request carries the accept label: read by this job, as each shard read it. */
  accepted?: Acceptance
}

type ShardReport = Report & { shard: ShardInfo }

/**
 * `mode: merge`: the shards' reports as the report one job measuring everything would have made.
 * The measurements are joined and judged afresh (compare, validate, decide), so the verdict is the
 * one of one job; a shard that is missing, of another commit or of other settings is named and fails
 * the check. What was judged inside a shard (paired rounds) travels with its measurements.
 */
export async function mergeShardReports(found: readonly ShardReportText[], config: Config, deps: MergeDeps): Promise<EngineResult> {
  const reports: ShardReport[] = []
  for (const { name, text } of found) {
    const report = await parseReport(text, name, Input.Mode)
    if (!report.shard) throw new UserError(messages.notAShardReport(name))
    reports.push(report as ShardReport)
  }
  if (reports.length === 0) throw new UserError(messages.noShardReports())
  const totals = [...new Set(reports.map((report) => report.shard.total))]
  if (totals.length > 1) throw new UserError(messages.shardTotalsDiffer(totals))
  const total = totals[0] as number
  const byIndex = new Map<number, ShardReport>()
  for (const report of reports) {
    if (byIndex.has(report.shard.index)) throw new UserError(messages.shardTwice(report.shard.index, total))
    byIndex.set(report.shard.index, report)
  }

  const ordered = [...byIndex.values()].sort((a, b) => a.shard.index - b.shard.index)
  const expectedSha = deps.expectedSha ?? ordered[0]?.commit?.sha
  const reference = ordered.find((report) => report.commit?.sha === expectedSha) ?? ordered[0]
  const missing: MissingShard[] = []
  const merged: ShardReport[] = []
  const seen = new Set<string>()
  for (let index = 1; index <= total; index++) {
    const report = byIndex.get(index)
    if (!report) {
      missing.push({ index, reason: 'no-report' })
      continue
    }
    if (expectedSha && report.commit?.sha !== expectedSha) {
      missing.push({ index, reason: 'other-commit', ...(report.commit?.sha ? { detail: report.commit.sha } : {}) })
      continue
    }
    const differs = reference && differingSetting(reference.settings, report.settings)
    if (differs) {
      missing.push({ index, reason: 'other-settings', detail: differs })
      continue
    }
    const names = [...report.shard.pages.map((page) => `page ${page}`), ...report.shard.endpoints.map((endpoint) => `endpoint ${endpoint}`), ...(report.shard.bundles ? ['the bundles'] : [])]
    const twice = names.find((name) => seen.has(name))
    if (twice) {
      missing.push({ index, reason: 'overlap', detail: twice })
      continue
    }
    for (const name of names) seen.add(name)
    merged.push(report)
  }
  const first = merged[0] ?? reference
  if (!first) throw new UserError(messages.noShardReports())
  deps.log.info(`Merging ${plural(merged.length, 'shard')} of ${total}${missing.length > 0 ? `; missing: ${missing.map((shard) => shard.index).join(', ')}` : ''}.`)

  const relocated = (report: ShardReport, measurements: Measurements) => (deps.relocate ? relocateFiles(measurements, (file) => deps.relocate?.(report.shard, file)) : measurements)
  const head = mergeMeasurements(merged.map((report) => relocated(report, report.measurements)))
  const bases = merged.flatMap((report) => (report.shard.base ? [relocated(report, report.shard.base)] : []))
  // Each shard said which share it measured; the merged report says which shards it holds instead.
  const notes = [...new Set(merged.flatMap((report) => report.notes.filter((note) => !/^Shard \d+\/\d+ of a matrix:/.test(note))))]
  notes.unshift(`Merged from ${plural(merged.length, 'shard')} of ${total}${merged.length > 0 ? ` (${merged.map((report) => report.shard.index).join(', ')})` : ''}.`)
  const baselines = new Set(merged.map((report) => JSON.stringify(report.baseline)))
  if (baselines.size > 1) notes.push(`The shards compared with different baselines (${[...baselines].join('; ')}); the first shard's is shown.`)
  const report = buildReport({
    toolVersion: pkg.version,
    createdAt: deps.now().toISOString(),
    ...(first.commit ? { commit: first.commit } : {}),
    settings: first.settings,
    head,
    ...(bases.length > 0 ? { base: mergeMeasurements(bases) } : {}),
    baseline: first.baseline,
    notes,
    // The bundles are paired as shard 1 paired them, whatever the merge job's own checkout says.
    stripHash: shardStripHash(merged.find((shard) => shard.shard.bundles) ?? first) ?? config.stripHash,
    history: mergeHistories(merged.map((shard) => shard.history ?? [])),
    // Every shard looked along the same base branch with the same history-size.
    ...(first.historyReach ? { historySearch: { size: first.historyReach.size, commitsLookedAt: first.historyReach.commitsLookedAt } } : {}),
    shards: { total, merged: merged.map((shard) => shard.shard.index), missing },
    ...(deps.accepted ? { accepted: deps.accepted } : {}),
  })
  // On a push with alert, each shard confirmed its own regressions while its servers ran: the whole's alert is theirs together.
  const alerts = merged.flatMap((shard) => (shard.alert ? [shard.alert] : []))
  const judged: Report = alerts.length > 0 ? { ...report, alert: { confirmed: alerts.flatMap((alert) => alert.confirmed), unconfirmed: alerts.flatMap((alert) => alert.unconfirmed) } } : report
  return { report: judged, markdown: renderMarkdown(judged) }
}

/** The strip-hash a shard measured with, read back as the setting; undefined when its report does not say. */
function shardStripHash(report: ShardReport): Config['stripHash'] | undefined {
  const given = report.shard.stripHash
  return given === undefined ? undefined : SETTINGS.stripHash.parse({ value: given, where: Input.StripHash, at: (part) => `${Input.StripHash}${part}` })
}

/** The first setting two shards measured with differently, as `fail-on` would name it; undefined when they agree. */
function differingSetting(reference: Report['settings'], other: Report['settings']): string | undefined {
  const keys = new Set([...Object.keys(reference), ...Object.keys(other)]) as Set<keyof Report['settings']>
  for (const key of keys) if (JSON.stringify(reference[key]) !== JSON.stringify(other[key])) return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
  return undefined
}

/** The measurements with each file a shard wrote (Lighthouse HTML, the treemap, profiles) where it is now, or without it when it did not come along. */
function relocateFiles(measurements: Measurements, move: (file: string) => string | undefined): Measurements {
  const moved = <T extends object, K extends keyof T>(item: T, key: K): T => {
    const file = item[key]
    if (typeof file !== 'string') return item
    const { [key]: _old, ...rest } = item
    const now = move(file)
    return (now ? { ...rest, [key]: now } : rest) as T
  }
  const { lighthouse, latency, composition } = measurements
  return {
    ...measurements,
    ...(lighthouse ? { lighthouse: { ...lighthouse, pages: lighthouse.pages.map((page) => moved(page, 'htmlReport')) } } : {}),
    ...(composition ? { composition: moved(composition, 'treemap') } : {}),
    ...(latency?.profile
      ? {
          latency: {
            ...latency,
            profile: {
              head: { ...latency.profile.head, endpoints: latency.profile.head.endpoints.map((entry) => moved(moved(entry, 'cpuProfileFile'), 'heapSnapshotFile')) },
              ...(latency.profile.base
                ? { base: { ...latency.profile.base, endpoints: latency.profile.base.endpoints.map((entry) => moved(moved(entry, 'cpuProfileFile'), 'heapSnapshotFile')) } }
                : {}),
            },
          },
        }
      : {}),
  }
}
