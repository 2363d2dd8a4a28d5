import path from 'node:path'
import { captureGroups } from '../analyze/hashes.js'
import { UserError, messages, type Where } from '../errors.js'
import { COMPRESSIONS, type Compression, type FailOn, type LighthouseBudgets, type PreExistingMode, type StripHash } from '../model/settings.js'
import type { ShardSetting } from '../model/shard.js'
import { BOUNDS } from './bounds.js'
import { parseLighthouseBudgets } from './lighthouseBudgets.js'
import { Input, type InputName } from './names.js'
import { globLeavesRoot, leavesRoot } from './paths.js'
import { bounded, parseDuration, parseNonNegativeInteger, parsePercentage, parsePositiveInteger, parseSize } from './units.js'

/**
 * The one table of settings: for every action input (= CLI flag = config file key) its kind, its
 * parser, its default, its help line and its flag. Config's defaults, the CLI's flags and its
 * --help are made from it; __tests__/settings.test.ts holds action.yml, the config schema and the
 * README's Inputs table to it.
 */

export const BASELINE_MODES = ['auto', 'rebuild', 'stored', 'none'] as const
export const COMMENT_MODES = ['true', 'false', 'on-failure'] as const
/**
 * `full` measures and publishes. The fork recipe splits that: `measure` in the pull_request
 * workflow (read-only token: report files, artifact and job summary only), `publish` in the
 * workflow_run workflow (write token: comment and check run from the first half's report).
 * `merge`, in the job after a matrix of `shard` jobs, publishes their reports as one.
 */
export const RUN_MODES = ['full', 'measure', 'publish', 'merge'] as const
/** What a confirmed regression on a push to the base branch leads to. */
export const ALERT_MODES = ['none', 'commit-comment', 'issue'] as const
/**
 * What a budget that the base already breaks does: `ratchet` blocks only when the head is worse
 * than the base beyond the noise; `block` blocks as any failed budget (a release branch's policy).
 */
export const PRE_EXISTING_MODES = ['ratchet', 'block'] as const satisfies readonly PreExistingMode[]

/**
 * Where what makes up each bundle comes from: `auto` takes webpack-stats when given, else the
 * source maps next to the bundles; `none` skips it.
 */
export const COMPOSITION_MODES = ['auto', 'source-maps', 'webpack-stats', 'none'] as const
/** What `profile` takes: the profiled round records a CPU profile, samples the heap, or both. */
export const PROFILE_MODES = ['none', 'cpu', 'heap', 'cpu,heap'] as const

/** Which profiles the profiled round records. */
export interface ProfileSetting {
  cpu: boolean
  heap: boolean
}

/** A setting's value as it was given (an input, a flag, a file's key), and how to name it, or a part of it, in an error. */
export interface GivenValue {
  value: unknown
  where: Where
  /** `bundles[0].limit (in perf-gate.config.json)` for a part of a file setting. */
  at: (part: string) => Where
}

/** What the parsers of settings without a default need besides the value. */
export interface ParseContext {
  workingDirectory: string
  /** Where perf-gate writes reports: a report.json may be there as well as in the working directory. */
  reportFolders: readonly string[]
  /** What a bundle that sets neither gets. */
  bundleBudget: number
  compression: Compression
}

/** What a setting holds, for the docs and the tests that compare the table with action.yml and the schema. */
export type SettingKind = 'text' | 'command' | 'path' | 'list' | 'size' | 'duration' | 'percentage' | 'count' | 'choice' | 'budgets'

interface SettingBase {
  input: InputName
  kind: SettingKind
  /** The values a `choice` takes. */
  choices?: readonly string[]
  /** One line for --help. */
  help: string
  /** The CLI flag's value placeholder (`--bundle-budget SIZE`); absent for an input that only means something in a workflow. */
  flag?: { value: string; repeatable?: boolean; /** Appended to `help` in --help only. */ cliNote?: string }
  /** False for the settings only an input or a flag can give (see SETTINGS_NOT_IN_FILE). */
  inFile?: false
  /** action.yml's `default:`, passed by the runner whenever the input is left out; perf-gate itself has none. */
  actionDefault?: string
}

/** A setting that always has a value. */
export interface SettingWithDefault<T> extends SettingBase {
  /** As a user writes it (`500KB`): --help, action.yml and the README say it this way. */
  default: string
  defaultText?: undefined
  /** `default` parsed: what Config holds when nothing sets the setting. Frozen, since every Config shares it. */
  parsedDefault: T
  parse: (given: GivenValue) => T
}

/** A setting that may be left unset (Config then has no value, or an empty list). */
export interface OptionalSetting<T> extends SettingBase {
  default?: undefined
  /** What happens without a value, in words (`detected from the lockfile`); absent when nothing does (`none`). */
  defaultText?: string
  parse: (given: GivenValue, context: ParseContext) => T
}

export type SettingDefinition = SettingWithDefault<unknown> | OptionalSetting<unknown>

function withDefault<T>(definition: Omit<SettingWithDefault<T>, 'parsedDefault'>): SettingWithDefault<T> {
  // Parsed here, at load: a default that does not parse fails every test at once. `where` is the
  // input's name, as for a given value.
  const parsedDefault = definition.parse({ value: definition.default, where: definition.input, at: (part) => `${definition.input}${part}` })
  return { ...definition, parsedDefault: Object.freeze(parsedDefault) as T }
}

function optional<T>(definition: OptionalSetting<T>): OptionalSetting<T> {
  return definition
}

// Parsers. Each takes the value as given and names `where` in its one-line error.

/** A non-empty trimmed string. */
function text(given: GivenValue): string {
  const value = String(given.value).trim()
  if (!value) throw new UserError(messages.emptyValue(given.where))
  return value
}

/** A number parser (sizes, durations, percentages, counts) applied to the given value. */
function number(parse: (value: string | number, where: Where) => number): (given: GivenValue) => number {
  return (given) => parse(given.value as string | number, given.where)
}

/** One of `allowed`, in any case. */
function choice<T extends string>(allowed: readonly T[]): (given: GivenValue) => T {
  return (given) => {
    const value = String(given.value).trim().toLowerCase()
    if (!(allowed as readonly string[]).includes(value)) throw new UserError(messages.notOneOf(given.where, given.value, allowed))
    return value as T
  }
}

/** `cpu`, `heap`, both in either order (`heap,cpu`), or `none`. */
function profileSetting(given: GivenValue): ProfileSetting {
  const parts = String(given.value)
    .toLowerCase()
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  if (parts.length === 0 || parts.some((part) => !['none', 'cpu', 'heap'].includes(part)) || (parts.includes('none') && parts.length > 1)) {
    throw new UserError(messages.notOneOf(given.where, given.value, PROFILE_MODES))
  }
  return { cpu: parts.includes('cpu'), heap: parts.includes('heap') }
}

/**
 * A PostgreSQL connection string. The value is a secret: an error names the input and what is
 * wrong with it, never the value.
 */
function postgresUrl(given: GivenValue): string {
  const value = text(given)
  const url = URL.parse(value)
  if (!url || !/^postgres(?:ql)?:$/.test(url.protocol) || !url.hostname) throw new UserError(messages.notAPostgresUrl(given.where))
  return value
}

/** `N/M`: this job is shard N of M. */
function shardSetting(given: GivenValue): ShardSetting {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(String(given.value))
  if (!match) throw new UserError(messages.notAShard(given.where, given.value))
  const index = Number(match[1])
  const total = Number(match[2])
  if (index < 1 || index > total || total > BOUNDS.shards.max) throw new UserError(messages.shardOutOfRange(given.where, given.value, BOUNDS.shards.max))
  return { index, total }
}

/** The origin of a running app (`https://preview.example.com`, `http://127.0.0.1:3000/`): what paths resolve against. */
function originSetting(given: GivenValue): string {
  const value = text(given)
  const url = URL.parse(value)
  if (!url || !/^https?:$/.test(url.protocol) || !url.hostname || url.search || url.hash || url.username || url.password) throw new UserError(messages.notAnOrigin(given.where, given.value))
  // A base path is kept (`https://host/app`): pages and endpoints are paths under it.
  return url.href.replace(/\/+$/, '')
}

/** `@login` or `@org/team`, separated by commas, spaces or lines, each with its `@`. */
function mentionsSetting(given: GivenValue): string[] {
  const items = lines(given.value)
    .flatMap((line) => line.split(/[\s,]+/))
    .filter(Boolean)
  for (const item of items) if (!/^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/.test(item)) throw new UserError(messages.notAMention(given.where, item))
  return items.map((item) => (item.startsWith('@') ? item : `@${item}`))
}

/** A project file: against the working directory, and refused when it leads out of it (symlinks followed). */
function projectFile(given: GivenValue, context: ParseContext): string {
  const value = text(given)
  const absolute = path.resolve(context.workingDirectory, value)
  const escape = leavesRoot(context.workingDirectory, absolute)
  if (escape) throw new UserError(messages.pathOutside(given.where, value, context.workingDirectory, escape.symlinkTo))
  return absolute
}

/**
 * A report.json of an earlier run: in the working directory, or where perf-gate writes its
 * reports (the action: the runner's temp folder, whose report-path a later step hands back;
 * the CLI: the system's temp folder).
 */
function reportFile(given: GivenValue, context: ParseContext): string {
  const value = text(given)
  const absolute = path.resolve(context.workingDirectory, value)
  const escape = leavesRoot(context.workingDirectory, absolute)
  if (escape && context.reportFolders.every((folder) => leavesRoot(folder, absolute))) {
    throw new UserError(messages.reportPathOutside(given.where, value, context.workingDirectory, [...context.reportFolders], escape.symlinkTo))
  }
  return absolute
}

/** A newline-separated string or a list, as the same list of non-empty trimmed lines. */
function lines(value: unknown): string[] {
  if (value === undefined) return []
  const items: unknown[] = Array.isArray(value) ? value : [value]
  return items
    .flatMap((item) => (typeof item === 'string' ? item.split(/\r?\n/) : [item]))
    .flatMap((item) => {
      if (typeof item !== 'string') return []
      const line = item.trim()
      return line && !line.startsWith('#') ? [line] : []
    })
}

function bundleSpecs(found: GivenValue, context: ParseContext): BundleSpec[] {
  const { bundleBudget: budget, compression } = context
  const items = Array.isArray(found.value) ? (found.value as unknown[]) : [found.value]
  const globs = lines(items.filter((item) => typeof item === 'string'))
  const specs: BundleSpec[] = []
  checkGlobs(globs, found.where)
  if (globs.length > 0) specs.push({ kind: 'per-file', patterns: globs, limit: budget, compression, origin: found.where })
  items.forEach((item, index) => {
    if (typeof item !== 'object' || item === null) return
    const group = item as { name?: string; path: string | string[]; ignore?: string[]; limit?: string | number; compression?: Compression }
    const where = found.at(`[${index}]`)
    const patterns = lines(group.path)
    checkGlobs(patterns, where)
    specs.push({
      kind: 'group',
      name: group.name ?? patterns.join(', '),
      patterns,
      ignore: group.ignore ?? [],
      limit: group.limit === undefined ? budget : bounded(parseSize, BOUNDS.bundleBudget)(group.limit, found.at(`[${index}].limit`)),
      compression: group.compression ?? compression,
      origin: where,
    })
  })
  return specs
}

/**
 * Globs are matched inside the working directory (measure/bundles.ts also follows what they match);
 * an absolute one or one with `..` is refused before anything is built or walked. A `!` pattern
 * only leaves files out, so it cannot reach anything.
 */
function checkGlobs(patterns: readonly string[], where: Where): void {
  const leaving = patterns.find((pattern) => !pattern.startsWith('!') && globLeavesRoot(pattern))
  if (leaving !== undefined) throw new UserError(messages.globLeavesRoot(where, leaving))
}

/**
 * The methods a load test sends. Written in any case (`get /health` has always worked); sent upper
 * case. CONNECT and TRACE are left out: they tunnel and echo, nothing an API serves under load.
 */
const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']

const PLACEHOLDER_ORIGIN = 'http://perf-gate.invalid'

/**
 * A path on the started server: it starts with one `/` and, resolved against the server's origin,
 * stays there (`//host/x` and `/\host/x` would name another host).
 */
function isServerPath(value: string): boolean {
  if (!value.startsWith('/')) return false
  try {
    return new URL(value, PLACEHOLDER_ORIGIN).origin === PLACEHOLDER_ORIGIN
  } catch {
    return false
  }
}

/** Pages for Lighthouse: http(s) URLs, or paths on the started server. javascript:, file:, data:, chrome: and the like are refused. */
function pageUrls(found: GivenValue): string[] {
  const urls = lines(found.value)
  const bad = urls.find((url) => !(url.startsWith('/') ? isServerPath(url) : isHttpUrl(url)))
  if (bad !== undefined) throw new UserError(messages.badPageUrl(found.where, bad))
  return urls
}

function isHttpUrl(value: string): boolean {
  // The engine tells a full URL from a path by this prefix.
  if (!/^https?:\/\//i.test(value)) return false
  try {
    return new URL(value).hostname !== ''
  } catch {
    return false
  }
}

/** `METHOD /path [json-body]` lines, or the config file's endpoint objects. */
function endpointSpecs(found: GivenValue): EndpointSpec[] {
  const items = Array.isArray(found.value) ? (found.value as unknown[]) : [found.value]
  return items.flatMap((item, index): EndpointSpec[] => {
    if (typeof item === 'object' && item !== null) {
      const endpoint = item as { method?: string; path: string; headers?: Record<string, string>; body?: unknown; status?: number; 'p95-budget'?: string | number }
      const method = (endpoint.method ?? 'GET').toUpperCase()
      if (!HTTP_METHODS.includes(method)) throw new UserError(messages.badMethod(found.at(`[${index}].method`), String(endpoint.method)))
      if (typeof endpoint.path !== 'string' || !isServerPath(endpoint.path)) throw new UserError(messages.notAServerPath(found.at(`[${index}].path`), endpoint.path))
      const spec: EndpointSpec = { method, path: endpoint.path, headers: endpoint.headers ?? {} }
      if (endpoint.body !== undefined) spec.body = endpoint.body
      if (endpoint.status !== undefined) spec.status = endpoint.status
      if (endpoint['p95-budget'] !== undefined) spec.p95Budget = bounded(parseDuration, BOUNDS.p95Budget)(endpoint['p95-budget'], found.at(`[${index}].p95-budget`))
      return [spec]
    }
    return lines(item).map((line) => {
      const match = /^(\S+)\s+(\/\S*)(?:\s+(.+))?$/.exec(line)
      if (!match?.[1] || !match[2]) throw new UserError(messages.badEndpoint(found.where, line))
      const method = match[1].toUpperCase()
      if (!HTTP_METHODS.includes(method)) throw new UserError(messages.badMethod(found.where, match[1], line))
      if (!isServerPath(match[2])) throw new UserError(messages.notAServerPath(found.where, match[2]))
      const spec: EndpointSpec = { method, path: match[2], headers: {} }
      if (match[3] !== undefined) {
        try {
          spec.body = JSON.parse(match[3])
        } catch {
          throw new UserError(messages.badEndpoint(found.where, line))
        }
      }
      return spec
    })
  })
}

const FAIL_ON = ['budget', 'regression', 'both', 'none'] as const

function failOnSetting(found: GivenValue): FailOn {
  const words = (Array.isArray(found.value) ? found.value.map(String) : String(found.value).split(/[\s,]+/)).map((word) => word.trim().toLowerCase()).filter(Boolean)
  const unknown = words.find((word) => !(FAIL_ON as readonly string[]).includes(word))
  if (unknown !== undefined || words.length === 0) {
    throw new UserError(messages.notOneOf(found.where, found.value, ['budget', 'regression', 'budget,regression', 'none']))
  }
  if (words.includes('none')) return { budget: false, regression: false }
  return {
    budget: words.includes('budget') || words.includes('both'),
    regression: words.includes('regression') || words.includes('both'),
  }
}

/** `auto`, `none`, or a regular expression whose first capture group is the hash (compressed-size-action's convention). */
function stripHashSetting(found: GivenValue): StripHash {
  const value = String(found.value).trim()
  if (!value) throw new UserError(messages.emptyValue(found.where))
  const word = value.toLowerCase()
  if (word === 'auto' || word === 'none') return { kind: word }
  let pattern: RegExp
  try {
    pattern = new RegExp(value)
  } catch (error) {
    throw new UserError(messages.stripHashNotARegExp(found.where, value, (error as Error).message))
  }
  if (captureGroups(pattern) === 0) throw new UserError(messages.stripHashWithoutGroup(found.where, value))
  return { kind: 'pattern', pattern }
}

function readyPathSetting(found: GivenValue): string {
  const value = String(found.value).trim()
  if (!value.startsWith('/')) throw new UserError(messages.notAPath(found.where, found.value))
  if (!isServerPath(value)) throw new UserError(messages.notAServerPath(found.where, found.value))
  return value
}

function commentKeySetting(found: GivenValue): string {
  const value = String(found.value).trim()
  // The key goes inside an HTML comment marker: keep it to characters that cannot end the comment.
  if (!/^[A-Za-z0-9._-]+$/.test(value)) {
    throw new UserError(messages.badCommentKey(found.where, found.value))
  }
  return value
}

function lighthouseBudgets(found: GivenValue): LighthouseBudgets {
  return parseLighthouseBudgets(found.value, found.where)
}

/**
 * Every setting, in the order --help lists them. The keys are Config's property names where
 * Config holds the value as it is parsed.
 */
export const SETTINGS = {
  config: optional({
    input: Input.Config,
    kind: 'path',
    parse: text,
    defaultText: 'perf-gate.config.json (or .yml/.yaml) when present',
    help: 'the config file, inside the working directory',
    flag: { value: 'FILE' },
    inFile: false,
  }),
  workingDirectory: withDefault({
    input: Input.WorkingDirectory,
    kind: 'path',
    // Resolved by loadConfig: against the shell's folder or the workspace, which it must stay inside on a runner.
    parse: text,
    default: '.',
    help: 'the project root: globs, commands and files are relative to it',
    flag: { value: 'DIR' },
    inFile: false,
  }),
  installCommand: optional({
    input: Input.InstallCommand,
    kind: 'command',
    parse: text,
    defaultText: 'detected from the lockfile',
    help: 'installs dependencies when the base branch is rebuilt',
    flag: { value: 'CMD' },
  }),
  buildCommand: optional({ input: Input.BuildCommand, kind: 'command', parse: text, help: 'builds the project before it is measured', flag: { value: 'CMD' } }),
  startCommand: optional({ input: Input.StartCommand, kind: 'command', parse: text, help: 'starts the app server on $PORT, for --urls paths and --endpoints', flag: { value: 'CMD' } }),
  readyPath: withDefault({ input: Input.ReadyPath, kind: 'text', parse: readyPathSetting, default: '/', help: 'polled until the started server answers', flag: { value: 'PATH' } }),
  readyTimeout: withDefault({
    input: Input.ReadyTimeout,
    kind: 'duration',
    parse: number(bounded(parseDuration, BOUNDS.readyTimeout)),
    default: '30s',
    help: 'how long the started server may take to answer, 1s to 10m',
    flag: { value: 'DURATION' },
  }),
  bundles: optional({
    input: Input.Bundles,
    kind: 'list',
    parse: bundleSpecs,
    help: 'built files to measure; a .size-limit.json or package.json size-limit is read too',
    flag: { value: 'GLOB', repeatable: true },
  }),
  bundleBudget: withDefault({
    input: Input.BundleBudget,
    kind: 'size',
    parse: number(bounded(parseSize, BOUNDS.bundleBudget)),
    default: '500KB',
    help: 'budget per bundle after compression, 1B to 1GB',
    flag: { value: 'SIZE' },
  }),
  compression: withDefault({
    input: Input.Compression,
    kind: 'choice',
    choices: COMPRESSIONS,
    parse: choice(COMPRESSIONS),
    default: 'gzip',
    help: 'gzip, brotli or none: the size that budgets and regressions use',
    flag: { value: 'KIND' },
  }),
  webpackStats: optional({
    input: Input.WebpackStats,
    kind: 'path',
    parse: projectFile,
    help: "webpack's stats.json: the packages and modules in each bundle, what grew, and a treemap (in --output-dir)",
    flag: { value: 'FILE' },
  }),
  composition: withDefault({
    input: Input.Composition,
    kind: 'choice',
    choices: COMPOSITION_MODES,
    parse: choice(COMPOSITION_MODES),
    default: 'auto',
    help: 'what makes up each bundle: auto, source-maps, webpack-stats or none',
    flag: { value: 'FROM' },
  }),
  stripHash: withDefault({
    input: Input.StripHash,
    kind: 'text',
    parse: stripHashSetting,
    default: 'auto',
    help: "content hashes off file names, so a file is compared with itself: auto, none, or a regular expression whose first group is the hash, such as '(\\.[0-9a-f]{8})\\.js$'",
    flag: { value: 'RULE' },
  }),
  urls: optional({
    input: Input.Urls,
    kind: 'list',
    parse: pageUrls,
    help: 'a page for Lighthouse: an http(s) URL, or a path on the --start-command server',
    flag: { value: 'URL', repeatable: true },
  }),
  lighthouseRuns: withDefault({
    input: Input.LighthouseRuns,
    kind: 'count',
    parse: number(bounded(parsePositiveInteger, BOUNDS.lighthouseRuns)),
    default: '3',
    help: 'Lighthouse runs per page, 1 to 25; the median of each metric is gated',
    flag: { value: 'N' },
  }),
  lighthouseMaxRuns: withDefault({
    input: Input.LighthouseMaxRuns,
    kind: 'count',
    parse: number(bounded(parsePositiveInteger, BOUNDS.lighthouseMaxRuns)),
    default: '9',
    help: 'Lighthouse runs per page and side at most: past lighthouse-runs, more are taken while a budget or a change is undecided, 1 to 25',
    flag: { value: 'N' },
  }),
  lighthouseBudgets: withDefault({
    input: Input.LighthouseBudgets,
    kind: 'budgets',
    // A given value goes over the defaults and a lighthouserc, per metric (see loadConfig).
    parse: lighthouseBudgets,
    default: 'lcp=2.5s, cls=0.1, tbt=200ms',
    help: "budgets per Lighthouse metric over the defaults, such as 'lcp=2.5s, cls=0.1, score=0.9'",
    flag: { value: 'BUDGETS' },
  }),
  lighthouseFcpTimeout: withDefault({
    input: Input.LighthouseFcpTimeout,
    kind: 'duration',
    parse: number(bounded(parseDuration, BOUNDS.lighthouseFcpTimeout)),
    default: '15s',
    help: 'how long a Lighthouse run waits for a first paint, 1s to 2m',
    flag: { value: 'DURATION' },
  }),
  lighthouseAssertions: optional({
    input: Input.LighthouseAssertions,
    kind: 'path',
    // Read by readLighthouseAssertions, which finds the usual files when it is not given.
    parse: text,
    defaultText: 'lighthouserc.json or budget.json in working-directory when present',
    help: 'an LHCI lighthouserc or a Lighthouse budget.json whose metric budgets apply',
    flag: { value: 'FILE' },
  }),
  endpoints: optional({
    input: Input.Endpoints,
    kind: 'list',
    parse: endpointSpecs,
    help: 'an endpoint for the load test: METHOD /path [json-body]',
    flag: { value: "'GET /path'", repeatable: true },
  }),
  p95Budget: withDefault({
    input: Input.P95Budget,
    kind: 'duration',
    parse: number(bounded(parseDuration, BOUNDS.p95Budget)),
    default: '200ms',
    help: 'p95 latency budget per endpoint, 1ms to 10s',
    flag: { value: 'DURATION' },
  }),
  memoryBudget: withDefault({
    input: Input.MemoryBudget,
    kind: 'size',
    parse: number(bounded(parseSize, BOUNDS.memoryBudget)),
    default: '200MB',
    help: 'peak RSS budget of the server process tree under load, 1MB to 1TB',
    flag: { value: 'SIZE' },
  }),
  loadDuration: withDefault({
    input: Input.LoadDuration,
    kind: 'duration',
    parse: number(bounded(parseDuration, BOUNDS.loadDuration)),
    default: '10s',
    help: 'length of one load-test round, 500ms to 10m',
    flag: { value: 'DURATION' },
  }),
  connections: withDefault({
    input: Input.Connections,
    kind: 'count',
    parse: number(bounded(parsePositiveInteger, BOUNDS.connections)),
    default: '10',
    help: 'concurrent connections of the normal load, 1 to 1000; peak is 2.5 times this',
    flag: { value: 'N' },
  }),
  latencyRounds: withDefault({
    input: Input.LatencyRounds,
    kind: 'count',
    parse: number(bounded(parsePositiveInteger, BOUNDS.latencyRounds)),
    default: '6',
    help: 'rounds per side when latency is compared with the rebuilt base, 1 to 50',
    flag: { value: 'N' },
  }),
  latencyMaxRounds: withDefault({
    input: Input.LatencyMaxRounds,
    kind: 'count',
    parse: number(bounded(parsePositiveInteger, BOUNDS.latencyMaxRounds)),
    default: '12',
    help: 'rounds per side at most: past latency-rounds, more are taken while the p95 comparison is undecided, 1 to 50',
    flag: { value: 'N' },
  }),
  samplingTimeout: withDefault({
    input: Input.SamplingTimeout,
    kind: 'duration',
    parse: number(bounded(parseDuration, BOUNDS.samplingTimeout)),
    default: '3m',
    help: 'the most time a run spends on Lighthouse runs and load rounds beyond the fewest, to decide what they left undecided; 0s keeps the counts fixed',
    flag: { value: 'DURATION' },
  }),
  errorRateBudget: withDefault({
    input: Input.ErrorRateBudget,
    kind: 'percentage',
    parse: number(bounded(parsePercentage, BOUNDS.errorRateBudget)),
    default: '1%',
    help: 'share of requests per endpoint that may fail, 0% to 100%',
    flag: { value: 'PERCENT' },
  }),
  stressSteps: withDefault({
    input: Input.StressSteps,
    kind: 'count',
    parse: number(bounded(parseNonNegativeInteger, BOUNDS.stressSteps)),
    default: '4',
    help: 'doublings of the load past peak in the stress test, 0 to 10; 0 turns it off',
    flag: { value: 'N' },
  }),
  stressP99: withDefault({
    input: Input.StressP99,
    kind: 'duration',
    parse: number(bounded(parseDuration, BOUNDS.stressP99)),
    default: '1s',
    help: 'a stress step whose p99 passes this is past the breaking point, 1ms to 10s',
    flag: { value: 'DURATION' },
  }),
  databaseUrl: optional({
    input: Input.DatabaseUrl,
    kind: 'text',
    parse: postgresUrl,
    help: "the app's PostgreSQL (postgres://…): the queries behind each endpoint from pg_stat_statements, with their plans; a secret, never shown",
    flag: { value: 'URL' },
    // A connection string with a password does not belong in a committed file: a secret, or an input.
    inFile: false,
  }),
  profile: withDefault({
    input: Input.Profile,
    kind: 'choice',
    choices: PROFILE_MODES,
    parse: profileSetting,
    default: 'none',
    help: 'a Node server profiled in a round of its own under normal load: none, cpu (the hottest functions), heap (a possible leak) or cpu,heap',
    flag: { value: 'WHAT' },
  }),
  soakDuration: optional({
    input: Input.SoakDuration,
    kind: 'duration',
    parse: number(bounded(parseDuration, BOUNDS.soakDuration)),
    help: 'one long steady round per endpoint after the others, for scheduled runs (with profile: heap, the leak check over it), 1s to 2h',
    flag: { value: 'DURATION' },
  }),
  baseline: withDefault({
    input: Input.Baseline,
    kind: 'choice',
    choices: BASELINE_MODES,
    parse: choice(BASELINE_MODES),
    default: 'auto',
    help: 'where the base numbers come from: auto, rebuild, stored or none',
    // The CLI takes a file here too (see runCli).
    flag: { value: 'MODE|FILE', cliNote: '; or a report.json to compare with, short for --baseline-report' },
  }),
  baselineReport: optional({
    input: Input.BaselineReport,
    kind: 'path',
    parse: reportFile,
    help: 'report.json of a base-branch run to compare with',
    flag: { value: 'FILE' },
  }),
  baseRef: optional({
    input: Input.BaseRef,
    kind: 'text',
    parse: text,
    defaultText: "the pull request's base commit",
    help: 'what to compare with: the rebuilt base is its merge base with the checkout',
    flag: { value: 'REF' },
  }),
  regressionThreshold: withDefault({
    input: Input.RegressionThreshold,
    kind: 'percentage',
    parse: number(bounded(parsePercentage, BOUNDS.regressionThreshold)),
    default: '10%',
    help: 'growth that counts as a regression, 0% to 100%',
    flag: { value: 'PERCENT' },
  }),
  failOn: withDefault({
    input: Input.FailOn,
    kind: 'text',
    parse: failOnSetting,
    default: 'budget',
    help: 'what fails the check: budget, regression, budget,regression or none',
    flag: { value: 'WHAT' },
  }),
  preExisting: withDefault({
    input: Input.PreExisting,
    kind: 'choice',
    choices: PRE_EXISTING_MODES,
    parse: choice(PRE_EXISTING_MODES),
    default: 'ratchet',
    help: 'a budget the base already breaks: ratchet (blocks only when the head is worse than the base beyond the noise) or block',
    flag: { value: 'MODE' },
  }),
  // Only meaningful inside a GitHub workflow: no flags.
  githubToken: optional({
    input: Input.GithubToken,
    kind: 'text',
    parse: text,
    defaultText: "the workflow's GITHUB_TOKEN",
    actionDefault: '${{ github.token }}',
    help: 'token for the comment, the check run and stored reports',
    inFile: false,
  }),
  comment: withDefault({
    input: Input.Comment,
    kind: 'choice',
    choices: COMMENT_MODES,
    parse: choice(COMMENT_MODES),
    default: 'true',
    help: 'post the pull request comment: true, false or on-failure',
  }),
  commentKey: withDefault({
    input: Input.CommentKey,
    kind: 'text',
    parse: commentKeySetting,
    default: 'default',
    help: 'keeps the comments, check runs and report artifacts of several perf-gate jobs apart',
  }),
  mode: withDefault({
    input: Input.Mode,
    kind: 'choice',
    choices: RUN_MODES,
    parse: choice(RUN_MODES),
    default: 'full',
    help: "full; or the fork recipe's halves, measure and publish",
    inFile: false,
  }),
  report: optional({
    input: Input.Report,
    kind: 'path',
    parse: reportFile,
    defaultText: 'the perf-gate-KEY artifact of the workflow run that triggered this one',
    help: 'with mode publish, the report.json to publish',
    inFile: false,
  }),
  shard: optional({
    input: Input.Shard,
    kind: 'text',
    parse: shardSetting,
    help: 'N/M: measure only shard N of M of the pages and endpoints (shard 1 also the bundles); a job with mode merge publishes the shards as one',
    flag: { value: 'N/M' },
    // Each job of a matrix has its own; the config file is shared by all of them.
    inFile: false,
  }),
  targetUrl: optional({
    input: Input.TargetUrl,
    kind: 'text',
    parse: originSetting,
    help: 'the origin of an app that is already running (a preview deployment, a stack an earlier step started): pages and endpoints resolve against it and no server is started',
    flag: { value: 'URL' },
  }),
  alert: withDefault({
    input: Input.Alert,
    kind: 'choice',
    choices: ALERT_MODES,
    parse: choice(ALERT_MODES),
    default: 'none',
    help: 'on a push to the base branch, compare with the parent commit rebuilt in the job, confirm a regression with more paired rounds, then: none, commit-comment or issue',
  }),
  alertMentions: optional({
    input: Input.AlertMentions,
    kind: 'list',
    parse: mentionsSetting,
    help: 'who an alert mentions: @login or @org/team, separated by commas',
  }),
  historySize: withDefault({
    input: Input.HistorySize,
    kind: 'count',
    parse: number(bounded(parsePositiveInteger, BOUNDS.historySize)),
    default: '30',
    help: 'the most earlier base-branch commits the trend keeps, 1 to 100 (give github-action-benchmark max-items-in-chart the same number)',
  }),
  acceptLabel: withDefault({
    input: Input.AcceptLabel,
    kind: 'text',
    parse: text,
    default: 'perf-gate: accept',
    help: 'a pull request label that makes its regressions non-blocking, saying who added it; budgets still block',
  }),
} as const

export const SETTING_LIST: readonly SettingDefinition[] = Object.values(SETTINGS)

/**
 * Inputs that only make sense outside the config file: where to find it, the project root, a
 * secret, and which half of the fork recipe a workflow runs (both halves share one config file).
 */
export const SETTINGS_NOT_IN_FILE: readonly InputName[] = SETTING_LIST.filter((definition) => definition.inFile === false).map((definition) => definition.input)

/** The default as action.yml, the README and --help state it: `500KB`, a sentence, or none. */
export function statedDefault(definition: SettingDefinition): string | undefined {
  return definition.default ?? definition.defaultText
}

/**
 * What to measure as bundles. `per-file`: every file the globs match is its own bundle, named by
 * its path. `group`: the files' sizes are summed into one named bundle (a size-limit check, or a
 * named group in the config file).
 */
export type BundleSpec =
  | { kind: 'per-file'; patterns: string[]; limit: number; compression: Compression; origin: Where }
  | { kind: 'group'; name: string; patterns: string[]; ignore: string[]; limit: number; compression: Compression; origin: Where }

export interface EndpointSpec {
  method: string
  path: string
  headers: Record<string, string>
  body?: unknown
  status?: number
  p95Budget?: number
}

/** An endpoint as every surface names it, and the subject of its targets: `GET /api/items`. */
export function endpointName(endpoint: Pick<EndpointSpec, 'method' | 'path'>): string {
  return `${endpoint.method} ${endpoint.path}`
}
