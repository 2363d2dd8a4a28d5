import bytes from 'bytes-iec'
import { METRIC_TABLE, isMetricName, type MetricUnit } from '../model/metrics.js'
import type { Compression } from '../model/settings.js'

/** Sizes read as size-limit prints them: metric units (1 kB = 1000 B), a space before the unit. */
export function formatSize(size: number): string {
  return bytes.format(size, { decimalPlaces: 1, unitSeparator: ' ' }) ?? `${size} B`
}

const METRIC_UNITS: ReadonlyArray<[string, number]> = [
  ['GB', 1e9],
  ['MB', 1e6],
  ['kB', 1e3],
  ['B', 1],
]
const BINARY_UNITS: ReadonlyArray<[string, number]> = [
  ['GiB', 1024 ** 3],
  ['MiB', 1024 ** 2],
  ['KiB', 1024],
]

/**
 * A limit exactly as it was set, never rounded into another value: 2,990 B is "2.99 kB" (not
 * "3 kB"), 2,048 B is "2 KiB" (it was written so; "2.048 kB" is the same number with more digits).
 * In each system the largest unit that shows the bytes exactly (at most three decimals); of the
 * metric and the binary form, the one with fewer decimals, metric on a tie, as size-limit writes them.
 */
export function formatLimit(size: number): string {
  const exactIn = (units: ReadonlyArray<[string, number]>) => {
    for (const [unit, factor] of units) {
      const shown = Number((size / factor).toFixed(3))
      if (shown >= 1 && Math.round(shown * factor) === size) return { text: `${shown} ${unit}`, decimals: String(shown).split('.')[1]?.length ?? 0 }
    }
    return undefined
  }
  const metric = exactIn(METRIC_UNITS) ?? { text: `${size} B`, decimals: 0 }
  const binary = exactIn(BINARY_UNITS)
  return binary && binary.decimals < metric.decimals ? binary.text : metric.text
}

/** "1 file", "2 files": a count with its noun, singular for one. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`
}

export function formatSignedSize(delta: number): string {
  if (delta === 0) return '0 B'
  return `${delta > 0 ? '+' : '−'}${formatSize(Math.abs(delta))}`
}

export function formatPercent(fraction: number): string {
  const percent = fraction * 100
  const digits = Math.abs(percent) < 10 ? 1 : 0
  return `${percent.toFixed(digits).replace(/\.0$/, '')}%`
}

export function formatSignedPercent(fraction: number): string {
  if (fraction === 0) return '0%'
  return `${fraction > 0 ? '+' : '−'}${formatPercent(Math.abs(fraction))}`
}

/** A difference in a unit of its own (CLS, ms), signed: `+0.289`, `−12.0 ms`. */
export function formatSignedIn(format: (value: number) => string, value: number): string {
  return `${value < 0 ? '−' : '+'}${format(Math.abs(value))}`
}

/**
 * A relative change beside the threshold it is judged against: with as many decimals (up to two) as
 * it takes not to read as the threshold itself, so that +10.4% is not "+10%" next to "≤ 10%".
 */
export function formatSignedPercentAgainst(fraction: number, threshold: number): string {
  const plain = formatSignedPercent(fraction)
  if (fraction === threshold || plain !== `+${formatPercent(threshold)}`) return plain
  for (const digits of [1, 2]) {
    const finer = `+${(fraction * 100).toFixed(digits)}%`
    if (finer !== `+${(threshold * 100).toFixed(digits)}%`) return finer
  }
  return plain
}

/**
 * A name from the project (a file path, a bundle name) as an inline code span: markdown, HTML and
 * @mentions inside it render as text. Backticks get a longer fence, line breaks become spaces and
 * `|` is escaped so that a table cell cannot be split.
 */
export function code(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|')
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longestRun + 1)
  const pad = longestRun > 0 || flat.startsWith('`') || flat.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

/** Latency: sub-millisecond values keep two decimals; a second and up reads as seconds. */
export function formatMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2).replace(/\.?0+$/, '')} s`
  if (ms >= 100) return `${Math.round(ms)} ms`
  if (ms >= 10) return `${ms.toFixed(1)} ms`
  return `${ms.toFixed(2)} ms`
}

export function formatRate(perSecond: number): string {
  return `${Math.round(perSecond).toLocaleString('en-US')} req/s`
}

/** Error rates: exact zero says so; a rare error must not round away to "0%". */
export function formatErrorRate(fraction: number): string {
  if (fraction === 0) return '0%'
  if (fraction < 0.001) return '<0.1%'
  return formatPercent(fraction)
}

/**
 * Free text that carries names from the project or the pull request (a note, a reason): it renders
 * as the same text, never as markdown, HTML, a link or an @mention. The characters that start
 * emphasis, code, links, tables and escapes are backslash-escaped, HTML characters become
 * entities, and a zero-width space after `@` keeps GitHub from notifying anyone.
 */
export function escapeText(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (character) => `\\${character}`)
    .replace(/[&<>]/g, (character) => HTML_ENTITIES[character] ?? character)
    .replace(/@/g, MENTION_BREAK)
}

/** escapeText undone, for a terminal, where markdown is read as plain text. */
export function unescapeText(markdown: string): string {
  return markdown
    .replaceAll(MENTION_BREAK, '@')
    .replace(/\\([\\`*_[\]|~])/g, '$1')
    .replace(/&(lt|gt|amp);/g, (entity) => Object.entries(HTML_ENTITIES).find(([, escaped]) => escaped === entity)?.[0] ?? entity)
}

const MENTION_BREAK = '@&#8203;'
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

/** A Lighthouse metric as people name it (METRIC_TABLE's label): LCP, Speed Index, performance score. */
export function metricLabel(metric: string | undefined): string {
  return isMetricName(metric) ? METRIC_TABLE[metric].label : String(metric)
}

/** How a value of each unit reads: timings in ms, CLS unitless, the score out of 100 as Lighthouse shows it. */
const METRIC_FORMATS: Record<MetricUnit, (value: number) => string> = {
  ms: formatMs,
  unitless: (value) => value.toFixed(3),
  score: (value) => String(Math.round(value * 100)),
}

/** A metric's value in its unit (METRIC_TABLE's); a name that is no metric reads as a timing. */
export function formatMetric(metric: string | undefined, value: number): string {
  return METRIC_FORMATS[isMetricName(metric) ? METRIC_TABLE[metric].unit : 'ms'](value)
}

/** A compression as a size's unit reads: "gzip", "brotli", or "raw" for none. */
export function compressionLabel(compression: Compression): string {
  return compression === 'none' ? 'raw' : compression
}
