import { resourcesUnavailable, unavailableWords } from '../../analyze/latency.js'
import type { BundleComparison, PairedChange } from '../../model/analysis.js'
import type { ModuleSize } from '../../model/measurements.js'
import type { Report } from '../../model/report.js'
import type { Compression } from '../../model/settings.js'
import { limitRows, type Layout } from '../fit.js'
import { code, compressionLabel, escapeText, formatErrorRate, formatLimit, formatMetric, formatMs, formatRate, formatSignedPercent, formatSignedSize, formatSize, plural } from '../format.js'

/** Baseline: what was compared with what, then the bundles, their composition, render performance and API latency. */
export function baselinePhase(report: Report, layout: Layout): string {
  const parts = [bundleBaseline(report, layout), compositionBaseline(report, layout), lighthouseBaseline(report, layout), latencyBaseline(report, layout)].filter(Boolean)
  if (parts.length === 0) return ''
  return ['### Baseline', baselineIntro(report.baseline, report.alert !== undefined), ...parts].join('\n\n')
}

/** The common compression of all bundles, or undefined when they differ (then each row says its own). */
function sharedCompression(bundles: readonly BundleComparison[]): Compression | undefined {
  const kinds = new Set(bundles.map((bundle) => bundle.compression))
  return kinds.size === 1 ? bundles[0]?.compression : undefined
}

/** `alert`: a push compared with its parent, for an alert. */
function baselineIntro(baseline: Report['baseline'], alert = false): string {
  switch (baseline.source) {
    case 'none':
      return `No baseline: ${escapeText(baseline.reason)} Only the absolute budgets were checked.`
    case 'rebuild':
      if (alert && baseline.commit.sha === baseline.ref) return `Compared with ${code(baseline.ref.slice(0, 7))}, the parent of this commit, rebuilt and measured in this job.`
      return `Compared with ${code(baseline.commit.sha?.slice(0, 7) ?? '')}, the merge base with ${code(baseline.ref)}, rebuilt and measured in this job.`
    case 'stored': {
      const which =
        baseline.commitsBeforeMergeBase === 0
          ? `the merge base with ${code(baseline.ref)}`
          : `${plural(baseline.commitsBeforeMergeBase, 'commit')} before the merge base with ${code(baseline.ref)} (the nearest with a report)`
      const run = baseline.runId === undefined ? '' : ` of run ${baseline.runId}`
      return `Compared with the stored report${run} for ${code(baseline.commit.sha?.slice(0, 7) ?? '')}, ${which}.`
    }
    case 'report':
      return `Compared with the report${baseline.commit?.sha ? ` of ${code(baseline.commit.sha.slice(0, 7))}` : ''} (${code(baseline.path)}).`
  }
}

function bundleBaseline(report: Report, layout: Layout): string {
  const bundles = report.comparison.bundles
  if (bundles.length === 0) return ''
  const shared = sharedCompression(bundles)
  const withUnit = (size: number, bundle: BundleComparison) => (shared ? formatSize(size) : `${formatSize(size)} ${compressionLabel(bundle.compression)}`)
  const lines = [`#### Bundle sizes${shared ? ` (${compressionLabel(shared)})` : ''}`, '']

  if (report.baseline.source === 'none') {
    // The largest first: with many bundles, the ones nearest their budgets lead.
    const rows = [...bundles]
      .sort((a, b) => b.size / (b.limit || 1) - a.size / (a.limit || 1))
      .map((bundle) => {
        const head = bundle.head ?? { raw: 0, gzip: 0, brotli: 0 }
        // A check that size-limit measured has one size only, its compression's: the others are not known.
        const cell = (size: number | undefined) => (size === undefined ? '—' : formatSize(size))
        return `| ${bundleLabel(bundle)} | ${cell(head.raw)} | ${cell(head.gzip)} | ${cell(head.brotli)} | ${formatLimit(bundle.limit)} ${compressionLabel(bundle.compression)} |`
      })
    lines.push('| Bundle | Raw | Gzip | Brotli | Budget |', '|:--|--:|--:|--:|--:|', ...limitRows(rows, layout, 'bundles'))
    return lines.join('\n')
  }

  const header = ['| Bundle | Base | Head | Change | Budget |', '|:--|--:|--:|--:|--:|']
  const row = (bundle: BundleComparison) => {
    const base = bundle.baseSize === undefined ? '—' : withUnit(bundle.baseSize, bundle)
    const head = bundle.status === 'removed' ? '—' : withUnit(bundle.size, bundle)
    return `| ${bundleLabel(bundle)} | ${base} | ${head} | ${changeCell(bundle)} | ${formatLimit(bundle.limit)} |`
  }
  // Biggest movements first; unchanged bundles go under a fold so the table shows what moved.
  const moved = bundles.filter((bundle) => bundle.status !== 'unchanged').sort((a, b) => Math.abs(b.delta ?? b.size) - Math.abs(a.delta ?? a.size))
  const unchanged = bundles.filter((bundle) => bundle.status === 'unchanged')
  if (moved.length > 0) lines.push(...header, ...limitRows(moved.map(row), layout, 'changed bundles'))
  else lines.push('No bundle changed.')
  if (unchanged.length > 0) {
    lines.push(
      '',
      `<details><summary>${unchanged.length} unchanged ${unchanged.length === 1 ? 'bundle' : 'bundles'}</summary>`,
      '',
      ...header,
      ...limitRows(unchanged.map(row), layout, 'unchanged bundles'),
      '',
      '</details>',
    )
  }
  const notes = pairingNotes(bundles)
  if (notes.length > 0) lines.push('', ...limitRows(notes, layout, 'notes on pairing'))
  return lines.join('\n')
}

/**
 * A bundle by its name without hashes, and the file it is: the head's, or the removed base's. Where
 * several files strip to the name, a pair of two different files shows both, base → head.
 */
function bundleLabel(bundle: BundleComparison): string {
  const { file, baseFile } = bundle
  if (bundle.pairing && file && baseFile && file !== baseFile) return `${code(bundle.name)} (${code(baseFile)} → ${code(file)})`
  const shown = file ?? baseFile
  return shown ? `${code(bundle.name)} (${code(shown)})` : code(bundle.name)
}

/** One line per name that several files strip to: how many on each side and how they were paired. */
function pairingNotes(bundles: readonly BundleComparison[]): string[] {
  const byName = new Map<string, BundleComparison[]>()
  for (const bundle of bundles) if (bundle.pairing) byName.set(bundle.name, [...(byName.get(bundle.name) ?? []), bundle])
  const files = (count: number) => `${plural(count, 'file')}`
  return [...byName].map(([name, group]) => {
    const heads = group.filter((bundle) => bundle.status !== 'removed').length
    const bases = group.filter((bundle) => bundle.base !== undefined).length
    const how = [group.some((bundle) => bundle.pairing === 'same-sizes') ? 'identical sizes' : '', group.some((bundle) => bundle.pairing === 'size-order') ? 'size, largest with largest' : '']
      .filter(Boolean)
      .join(', then by ')
    const unpaired = group.filter((bundle) => bundle.pairing === 'unpaired').length
    return `${files(heads)} on the head and ${files(bases)} on the base strip to ${code(name)}: paired by ${how}${unpaired > 0 ? `; ${unpaired} left unpaired` : ''}.`
  })
}

/** How many packages and modules the composition fold names per bundle. */
const COMPOSITION_ROWS = 8

/** What the bundles are made of (webpack stats or source maps): what grew against the base, or the largest packages per bundle. */
function compositionBaseline(report: Report, layout: Layout): string {
  const composition = report.measurements.composition
  if (!composition) return ''
  const origin = composition.source === 'source-maps' ? 'source maps' : 'webpack stats'
  const sizes = composition.sizeKind === 'parsed' ? 'minified sizes' : 'sizes before minification (the bundles were not found)'
  const lines = [`#### Bundle composition (${origin}, ${sizes})`, '']
  const changes = report.comparison.composition
  if (changes.length > 0) {
    const rows = changes.map((change) => {
      const what = change.kind === 'package' ? `package ${code(change.name)}` : `module ${code(change.name)}`
      const size = (value: number | undefined) => (value === undefined ? '—' : formatSize(value))
      const delta =
        change.status === 'added' ? 'new' : change.status === 'removed' ? 'removed' : `${formatSignedSize(change.delta)}${change.base ? ` (${formatSignedPercent(change.delta / change.base)})` : ''}`
      return `| ${code(change.asset)} | ${what} | ${size(change.base)} | ${size(change.head)} | ${delta} |`
    })
    lines.push('What changed inside the bundles, largest change first:', '', '| Bundle | Package or module | Base | Head | Change |', '|:--|:--|--:|--:|--:|', ...limitRows(rows, layout, 'changes'))
  } else {
    const rows = composition.assets.map((asset) => {
      const top = asset.packages
        .slice(0, 3)
        .map((entry) => `${code(entry.name)} ${formatSize(entry.size)}`)
        .join(', ')
      return `| ${code(asset.asset)} | ${formatSize(asset.size)} | ${asset.moduleCount} | ${top} |`
    })
    lines.push('| Bundle | Size | Modules | Largest packages |', '|:--|--:|--:|:--|', ...limitRows(rows, layout, 'bundles'))
    if (report.baseline.source !== 'none') lines.push('', `The base has no ${origin} to compare with.`)
  }
  lines.push('', '<details><summary>What each bundle is made of</summary>')
  for (const asset of composition.assets.slice(0, layout.rows)) {
    const entries = (list: readonly ModuleSize[]) =>
      list
        .slice(0, COMPOSITION_ROWS)
        .map((entry) => `${code(entry.name)} ${formatSize(entry.size)}`)
        .join(', ')
    const more = asset.packages.length > COMPOSITION_ROWS ? ` and ${asset.packages.length - COMPOSITION_ROWS} more` : ''
    lines.push('', `${code(asset.asset)} (${formatSize(asset.size)}, ${plural(asset.moduleCount, 'module')}): packages ${entries(asset.packages)}${more}; largest modules ${entries(asset.modules)}.`)
  }
  lines.push('', '</details>')
  return lines.join('\n')
}

/** How sure a judged change is, in words: rounds and the interval's confidence. */
function judgedNote(change: PairedChange | undefined): string {
  if (!change) return ''
  return `Changes judged over ${change.pairs} rounds taken in turn on the base and the head: the median difference, and the range it lies in with ${Math.round(change.confidence * 1000) / 10}% confidence (more rounds narrow it).`
}

/** `+25% (+18%…+32%) 🔺`: the change, its interval, and a mark when it is judged a regression. */
function changeWithInterval(change: PairedChange, unit: (value: number) => string): string {
  const relative = (value: number) => (change.baseMean === 0 ? unit(value) : formatSignedPercent(value / change.baseMean))
  const marks: Record<PairedChange['verdict'], string> = { regression: ' 🔺', improvement: ' 🔽', inconclusive: ' ⚪', unchanged: '' }
  return `${relative(change.difference)} (${relative(change.interval[0])}…${relative(change.interval[1])})${marks[change.verdict]}`
}

function lighthouseBaseline(report: Report, layout: Layout): string {
  const lighthouse = report.measurements.lighthouse
  if (!lighthouse || lighthouse.pages.length === 0) return ''
  const baseByName = new Map(report.comparison.pages.map((page) => [page.name, page.base]))
  const withBase = report.comparison.pages.some((page) => page.base)
  const lines = [`#### Render performance (Lighthouse, median of ${plural(lighthouse.runsPerPage, 'run')})`, '']
  lines.push(`| Page | Score | FCP | ${withBase ? 'LCP (base → head)' : 'LCP'} | TBT | CLS | Speed Index | LCP spread |`, '|:--|--:|--:|--:|--:|--:|--:|--:|')
  const rows = lighthouse.pages.map((page) => {
    const median = page.median
    if (!median) return `| ${code(page.name)} | — | — | — | — | — | — | failed: ${code(page.error ?? 'every run failed')} |`
    const cell = (metric: keyof typeof median) => (median[metric] === undefined ? '—' : formatMetric(metric, median[metric] as number))
    const baseLcp = baseByName.get(page.name)?.lcp
    const judgedLcp = report.comparison.pages.find((compared) => compared.name === page.name)?.changes?.lcp
    const lcp = baseLcp === undefined ? cell('lcp') : `${formatMetric('lcp', baseLcp)} → ${cell('lcp')}${judgedLcp ? ` (${changeWithInterval(judgedLcp, formatMs)})` : ''}`
    const range = page.spread?.lcp
    const spread = range ? `${formatMs(range.min)}–${formatMs(range.max)}` : '—'
    return `| ${code(page.name)} | ${cell('score')} | ${cell('fcp')} | ${lcp} | ${cell('tbt')} | ${cell('cls')} | ${cell('si')} | ${spread} |`
  })
  lines.push(...limitRows(rows, layout, 'pages'))
  return lines.join('\n')
}

function latencyBaseline(report: Report, layout: Layout): string {
  const latency = report.measurements.latency
  if (!latency || latency.endpoints.length === 0) return ''
  const connections = latency.endpoints[0]?.normal.connections ?? 0
  const lines = [`#### API latency (normal load, ${plural(connections, 'connection')})`, '']
  const withBase = report.comparison.endpoints.some((endpoint) => endpoint.base)
  const judged = report.comparison.endpoints.some((endpoint) => endpoint.p95Change)
  lines.push(
    withBase ? `| Endpoint | p50 | p95 (base → head) | p99 | Throughput | Errors |${judged ? ' p95 change (interval) |' : ''}` : '| Endpoint | p50 | p95 | p99 | Throughput | Errors |',
    `|:--|--:|--:|--:|--:|--:|${judged ? '--:|' : ''}`,
  )
  const rows = report.comparison.endpoints.map((endpoint) => {
    const { head, base } = endpoint
    const p95 = base ? `${formatMs(base.p95)} → ${formatMs(head.p95)}` : formatMs(head.p95)
    const change = judged ? ` ${endpoint.p95Change ? changeWithInterval(endpoint.p95Change, formatMs) : '—'} |` : ''
    return `| ${code(endpoint.name)} | ${formatMs(head.p50)} | ${p95} | ${formatMs(head.p99)} | ${formatRate(head.throughput)} | ${formatErrorRate(head.errorRate)} |${change}`
  })
  lines.push(...limitRows(rows, layout, 'endpoints'))
  if (judged) lines.push('', judgedNote(report.comparison.endpoints.find((endpoint) => endpoint.p95Change)?.p95Change))
  else if (withBase) lines.push('', 'Latency from one run on each side: a change is shown, not judged.')
  const rounds = latency.endpoints.flatMap((endpoint) => [endpoint.normal, endpoint.peak])
  const peakRss = Math.max(0, ...rounds.map((round) => round.server?.peakRss ?? 0))
  const cpu = Math.max(0, ...rounds.map((round) => round.server?.meanCpu ?? 0))
  const unavailable = resourcesUnavailable(latency)
  const started = latency.startupMs === undefined ? '' : `ready in ${formatMs(latency.startupMs)}; `
  lines.push(
    '',
    latency.target !== undefined
      ? `Server: the app at ${code(latency.target)} (target-url), which perf-gate did not start; ${unavailableWords('memory and CPU', 'target-url')}.`
      : unavailable
        ? `Server: ${started}${unavailableWords('memory and CPU', unavailable)}.`
        : `Server: ${started}peak RSS ${formatSize(peakRss)} under load; up to ${cpu.toFixed(2)} CPU cores.`,
  )
  return lines.join('\n')
}

function changeCell(bundle: BundleComparison): string {
  switch (bundle.status) {
    case 'added':
      return 'new'
    case 'removed':
      return 'removed'
    case 'unchanged':
      return '0 B'
    default: {
      const percent = bundle.change === undefined ? '' : ` (${formatSignedPercent(bundle.change)})`
      const mark = bundle.regression ? ' 🔺' : ''
      return `${formatSignedSize(bundle.delta ?? 0)}${percent}${mark}`
    }
  }
}
