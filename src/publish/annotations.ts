import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Pair, type Scalar } from 'yaml'
import { targetState, type TargetResult } from '../analyze/verdict.js'
import { AUDIT_IDS, parseBudgetValue, parseLighthouseBudgets, type BudgetName } from '../config/lighthouseBudgets.js'
import { parseDuration, parsePercentage, parseSize } from '../config/units.js'
import { formatErrorRate, formatLimit, formatMetric, formatMs, formatPercent, formatSize, metricLabel } from '../report/format.js'
import type { CheckAnnotation } from './checks.js'

/** A file a budget may be set in, as the caller read it. */
export interface BudgetFile {
  /** Relative to the repository root, with forward slashes: where the annotation shows. */
  path: string
  text: string
  kind: 'perf-gate-config' | 'size-limit' | 'package-json' | 'lighthouse-assertions'
}

export interface BudgetAnnotationOptions {
  /** Indexes of the config file's `policies` entries that apply to this run. Without them no policy is taken to apply. */
  policyIndexes?: readonly number[]
}

const BUDGET_KINDS = ['bundle-budget', 'latency-p95', 'error-rate', 'memory', 'lighthouse-metric'] as const
/** A target against an absolute limit set somewhere in a file (not a regression against the base). */
type BudgetTarget = TargetResult & { kind: (typeof BUDGET_KINDS)[number] }

function isFailedBudget(target: TargetResult): target is BudgetTarget {
  return targetState(target) === 'fail' && (BUDGET_KINDS as ReadonlyArray<string>).includes(target.kind)
}

/**
 * One annotation per failed budget, on the line of the file that sets the budget in force, so
 * that the check run points at what to raise (or at why the code must shrink). A budget with no
 * line (a default, a workflow input) gets none: the line found must set the very limit the target
 * was measured against.
 */
export function budgetAnnotations(targets: readonly TargetResult[], files: readonly BudgetFile[], options: BudgetAnnotationOptions = {}): CheckAnnotation[] {
  const sources = readSources(files, options.policyIndexes ?? [])
  return targets
    .filter(isFailedBudget)
    .flatMap((target): CheckAnnotation[] => {
      const site = budgetSite(target, sources)
      if (!site || site.limit !== target.target) return []
      const { title, message } = annotationText(target)
      return [{ path: site.path, start_line: site.line, end_line: site.line, annotation_level: target.blocking ? 'failure' : 'warning', title, message }]
    })
}

/** A budget file parsed with the position of every node. JSON is YAML 1.2, so one parser reads all of them. */
interface SourceFile {
  path: string
  text: string
  root: unknown
  lineAt: (offset: number) => number
}

interface Sources {
  config: SourceFile | undefined
  /** The size-limit checks in force: `.size-limit.json`, else package.json's `size-limit`. */
  sizeLimit: { file: SourceFile; checks: unknown[] } | undefined
  lighthouseAssertions: SourceFile | undefined
  /** Applying policy indexes, the winning one (the last in the file) first. */
  policiesByPrecedence: number[]
}

/** Where a budget is written, and the limit it sets there (undefined when the value is not such a limit). */
interface BudgetSite {
  path: string
  line: number
  limit: number | undefined
}

function readSources(files: readonly BudgetFile[], policyIndexes: readonly number[]): Sources {
  const parsed = (kind: BudgetFile['kind']) => {
    const file = files.find((candidate) => candidate.kind === kind)
    return file && parseSourceFile(file)
  }
  // size-limit looks in package.json first (its "size-limit" section), then .size-limit.json.
  const packageJson = parsed('package-json')
  const packageChecks = pairOf(packageJson?.root, 'size-limit')?.value
  const sizeLimitFile = packageChecks !== undefined ? packageJson : parsed('size-limit')
  const sizeLimitChecks = packageChecks !== undefined ? packageChecks : sizeLimitFile?.root
  return {
    config: parsed('perf-gate-config'),
    sizeLimit: sizeLimitFile && { file: sizeLimitFile, checks: items(sizeLimitChecks) },
    lighthouseAssertions: parsed('lighthouse-assertions'),
    policiesByPrecedence: [...policyIndexes].sort((a, b) => b - a),
  }
}

function parseSourceFile(file: BudgetFile): SourceFile | undefined {
  const lineCounter = new LineCounter()
  // A repeated key is no error: JSON.parse keeps its last value, and so does pairOf.
  const document = parseDocument(file.text, { lineCounter, uniqueKeys: false, prettyErrors: false })
  if (document.errors.length > 0) return undefined
  return { path: file.path, text: file.text, root: document.contents, lineAt: (offset) => lineCounter.linePos(offset).line }
}

function budgetSite(target: BudgetTarget, sources: Sources): BudgetSite | undefined {
  switch (target.kind) {
    case 'bundle-budget':
      return bundleBudgetSite(target.subject, sources)
    case 'latency-p95':
      return p95BudgetSite(target.subject, sources)
    case 'error-rate':
      return settingSite(sources, 'error-rate-budget', parsePercentage)
    case 'memory':
      return settingSite(sources, 'memory-budget', parseSize)
    case 'lighthouse-metric':
      return lighthouseBudgetSite(target.metric, sources)
  }
}

/** A group's or size-limit check's own `limit`, else the `bundle-budget` that every other bundle gets. */
function bundleBudgetSite(subject: string, sources: Sources): BudgetSite | undefined {
  const { config, sizeLimit } = sources
  const group = items(settingPair(sources, 'bundles')?.value).find((item) => bundleName(item) === subject)
  if (config && group) return ownOrShared(config, pairOf(group, 'limit'), parseSize, sources, 'bundle-budget')
  const check = sizeLimit?.checks.find((item) => bundleName(item) === subject)
  if (sizeLimit && check) return ownOrShared(sizeLimit.file, pairOf(check, 'limit'), parseSize, sources, 'bundle-budget')
  return settingSite(sources, 'bundle-budget', parseSize)
}

/** An endpoint object's own `p95-budget`, else the top-level one. */
function p95BudgetSite(subject: string, sources: Sources): BudgetSite | undefined {
  const { config } = sources
  const endpoint = items(settingPair(sources, 'endpoints')?.value).find((item) => endpointName(item) === subject)
  if (config && endpoint) return ownOrShared(config, pairOf(endpoint, 'p95-budget'), parseDuration, sources, 'p95-budget')
  return settingSite(sources, 'p95-budget', parseDuration)
}

/** The bundle's or endpoint's own limit; without one (or with a size-limit time limit, which is no size) the shared setting. */
function ownOrShared(file: SourceFile, own: Pair | undefined, parse: LimitParser, sources: Sources, sharedKey: string): BudgetSite | undefined {
  const site = own && siteOf(file, own, parse)
  return site?.limit === undefined ? settingSite(sources, sharedKey, parse) : site
}

/** `lighthouse-budgets` in the config file wins per metric over a lighthouserc or budget.json, as the config reads them. */
function lighthouseBudgetSite(metric: string | undefined, sources: Sources): BudgetSite | undefined {
  const name = LIGHTHOUSE_METRICS.find((candidate) => candidate === metric)
  if (!name) return undefined
  const { config, lighthouseAssertions } = sources
  const explicit = settingPair(sources, 'lighthouse-budgets')?.value
  const site = config && explicitLighthouseSite(config, explicit, name)
  return site ?? (lighthouseAssertions && assertionSite(lighthouseAssertions, name))
}

/** `{ "lcp": "2.5s" }`: that key's line. `"lcp=2.5s, cls=0.1"`: the string's line, or the line of `lcp=` when the string spans several. */
function explicitLighthouseSite(file: SourceFile, value: unknown, name: BudgetName): BudgetSite | undefined {
  const parse = (raw: string | number) => parseBudgetValue(name, raw, name)
  if (isMap(value)) {
    const pair = value.items.findLast((candidate) => keyOf(candidate)?.toLowerCase() === name)
    return pair && siteOf(file, pair, parse)
  }
  if (!isScalar(value) || typeof value.value !== 'string') return undefined
  const text = value.value
  const limit = attempt(() => parseLighthouseBudgets(text, 'lighthouse-budgets')[name])
  const line = limit === undefined ? undefined : lineInBudgetString(file, value, name)
  return line === undefined ? undefined : { path: file.path, line, limit }
}

function lineInBudgetString(file: SourceFile, scalar: Scalar, name: BudgetName): number | undefined {
  if (!scalar.range) return undefined
  const [start, end] = scalar.range
  const first = file.lineAt(start)
  if (file.lineAt(end) === first) return first
  // A block scalar (`|`) has one `metric=value` per line; the last one for a metric wins, as in the parser.
  const pattern = new RegExp(`(?<![\\w-])${name}\\s*=`, 'i')
  const index = file.text.slice(start, end).split('\n').findLastIndex((line) => pattern.test(line))
  return index < 0 ? undefined : first + index
}

const LIGHTHOUSE_METRICS = Object.values(AUDIT_IDS)

/**
 * budget.json: the `budget` of the last timing for the metric. lighthouserc: the `maxNumericValue`
 * (`minScore` for the performance category) of the metric's assertion, unless it is off.
 */
function assertionSite(file: SourceFile, name: BudgetName): BudgetSite | undefined {
  const parse = (raw: string | number) => parseBudgetValue(name, raw, name)
  if (isSeq(file.root)) {
    const timing = file.root.items
      .flatMap((entry) => items(pairOf(entry, 'timings')?.value))
      .findLast((candidate) => AUDIT_IDS[String(scalarValue(pairOf(candidate, 'metric')?.value))] === name && typeof scalarValue(pairOf(candidate, 'budget')?.value) === 'number')
    const budget = name === 'score' ? undefined : pairOf(timing, 'budget')
    return budget && siteOf(file, budget, parse)
  }
  const assertions = pairOf(pairOf(pairOf(file.root, 'ci')?.value, 'assert')?.value, 'assertions')?.value
  const assertion = isMap(assertions) ? assertions.items.findLast((pair) => AUDIT_IDS[keyOf(pair) ?? ''] === name) : undefined
  const [level, options] = items(assertion?.value)
  if (scalarValue(level) === 'off') return undefined
  const limit = pairOf(options, name === 'score' ? 'minScore' : 'maxNumericValue')
  return limit && siteOf(file, limit, parse)
}

type LimitParser = (value: string | number, where: string) => number

/** The pair that sets `key` for this run: the winning applying policy that sets it, else the config file's top level. */
function settingPair(sources: Sources, key: string): Pair | undefined {
  const root = sources.config?.root
  const policies = items(pairOf(root, 'policies')?.value)
  for (const index of sources.policiesByPrecedence) {
    const pair = pairOf(policies[index], key)
    if (pair) return pair
  }
  return pairOf(root, key)
}

function settingSite(sources: Sources, key: string, parse: LimitParser): BudgetSite | undefined {
  const pair = settingPair(sources, key)
  return sources.config && pair && siteOf(sources.config, pair, parse)
}

function siteOf(file: SourceFile, pair: Pair, parse: LimitParser): BudgetSite | undefined {
  const offset = isScalar(pair.key) ? pair.key.range?.[0] : undefined
  if (offset === undefined) return undefined
  const value = scalarValue(pair.value)
  const limit = typeof value === 'string' || typeof value === 'number' ? attempt(() => parse(value, String(keyOf(pair)))) : undefined
  return { path: file.path, line: file.lineAt(offset), limit }
}

/** The value parsed, or undefined when it is not a limit of this kind (a size-limit time limit, say). */
function attempt<T>(parse: () => T): T | undefined {
  try {
    return parse()
  } catch {
    return undefined
  }
}

/** As the config names a bundle group or size-limit check: its `name`, else its path(s). */
function bundleName(node: unknown): string | undefined {
  const name = scalarValue(pairOf(node, 'name')?.value)
  if (typeof name === 'string' && name) return name
  const path = pairOf(node, 'path')?.value
  const patterns = isSeq(path) ? path.items.map(scalarValue) : [scalarValue(path)]
  return patterns.every((pattern) => typeof pattern === 'string') ? patterns.join(', ') : undefined
}

/** As the latency report names an endpoint object: `GET /api/items`. */
function endpointName(node: unknown): string | undefined {
  const method = scalarValue(pairOf(node, 'method')?.value) ?? 'GET'
  const path = scalarValue(pairOf(node, 'path')?.value)
  return typeof path === 'string' ? `${String(method).toUpperCase()} ${path}` : undefined
}

/** The pair of `key` in a mapping; the last one when the key repeats. */
function pairOf(node: unknown, key: string): Pair | undefined {
  return isMap(node) ? node.items.findLast((pair) => keyOf(pair) === key) : undefined
}

function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined
}

function items(node: unknown): unknown[] {
  return isSeq(node) ? node.items : []
}

function scalarValue(node: unknown): unknown {
  return isScalar(node) ? node.value : undefined
}

/** One line, said from the budget's side: the annotation sits on the line that sets it. */
function annotationText(target: BudgetTarget): { title: string; message: string } {
  // A size limit is shown exactly as it was set; the amount over it as sizes are.
  const over = (format: (value: number) => string, limit = format) => `${format(target.actual - target.target)} over this ${limit(target.target)} budget`
  switch (target.kind) {
    case 'bundle-budget':
      return { title: 'Bundle over budget', message: `${target.subject} is ${formatSize(target.actual)}, ${over(formatSize, formatLimit)}` }
    case 'latency-p95':
      return {
        title: 'p95 latency over budget',
        message:
          // Under the budget yet failed: no request succeeded, so there is no latency to speak of.
          target.actual > target.target
            ? `${target.subject} has a p95 of ${formatMs(target.actual)} at normal load, ${over(formatMs)}`
            : `${target.subject} answered no request successfully at normal load; this ${formatMs(target.target)} p95 budget cannot be met`,
      }
    case 'error-rate':
      return { title: 'Error rate over budget', message: `${target.subject} failed ${formatErrorRate(target.actual)} of requests under load, over this ${formatPercent(target.target)} budget` }
    case 'memory':
      return { title: 'Memory over budget', message: `The server peaked at ${formatSize(target.actual)} RSS under load, ${over(formatSize, formatLimit)}` }
    case 'lighthouse-metric': {
      const label = metricLabel(target.metric)
      const format = (value: number) => formatMetric(target.metric, value)
      if (target.metric === 'score') {
        return { title: 'Performance score under budget', message: `${target.subject} has a median ${label} of ${format(target.actual)}, under this minimum of ${format(target.target)}` }
      }
      return { title: `${label} over budget`, message: `${target.subject} has a median ${label} of ${format(target.actual)}, ${over(format)}` }
    }
  }
}
