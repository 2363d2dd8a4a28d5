import { existsSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import picomatch from 'picomatch'
import { AUTO_STRIP_HASH, captureGroups, type StripHash } from '../analyze/hashes.js'
import { UserError, messages, type Where } from '../errors.js'
import { BOUNDS, FILES_BESIDES_CONNECTIONS, highestConnections, readOpenFileLimit } from './bounds.js'
import { readConfigFile, type FileSettings } from './file.js'
import { INPUTS_NOT_IN_FILE, Input, type InputName } from './names.js'
import { DEFAULT_LIGHTHOUSE_BUDGETS, parseLighthouseBudgets, readLighthouseAssertions, type LighthouseBudgets } from './lighthouseBudgets.js'
import { globLeavesRoot, leavesRoot } from './paths.js'
import { readSizeLimitConfig, type SizeLimitSetup } from './sizeLimit.js'
import { bounded, parseDuration, parseNonNegativeInteger, parsePercentage, parsePositiveInteger, parseSize } from './units.js'

export const COMPRESSIONS = ['gzip', 'brotli', 'none'] as const
export type Compression = (typeof COMPRESSIONS)[number]
export const BASELINE_MODES = ['auto', 'rebuild', 'stored', 'none'] as const
export type BaselineMode = (typeof BASELINE_MODES)[number]
export const COMMENT_MODES = ['true', 'false', 'on-failure'] as const
export type CommentMode = (typeof COMMENT_MODES)[number]
/**
 * `full` measures and publishes. The fork recipe splits that: `measure` in the pull_request
 * workflow (read-only token: report files, artifact and job summary only), `publish` in the
 * workflow_run workflow (write token: comment and check run from the first half's report).
 */
export const RUN_MODES = ['full', 'measure', 'publish'] as const
export type RunMode = (typeof RUN_MODES)[number]
/**
 * Where what makes up each bundle comes from: `auto` takes webpack-stats when given, else the
 * source maps next to the bundles; `none` skips it.
 */
export const COMPOSITION_MODES = ['auto', 'source-maps', 'webpack-stats', 'none'] as const
export type CompositionMode = (typeof COMPOSITION_MODES)[number]

export interface FailOn {
  budget: boolean
  regression: boolean
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

/** Every setting, typed and validated once. Sizes in bytes, durations in ms, percentages as fractions. */
export interface Config {
  workingDirectory: string
  configFile?: string
  githubToken?: string
  installCommand?: string
  buildCommand?: string
  startCommand?: string
  readyPath: string
  readyTimeout: number
  bundles: BundleSpec[]
  /** The project's size-limit checks (.size-limit.json, package.json "size-limit", or a script config). */
  sizeLimit?: SizeLimitSetup
  bundleBudget: number
  compression: Compression
  urls: string[]
  lighthouseRuns: number
  lighthouseFcpTimeout: number
  /** Defaults, then a lighthouserc/budget.json, then lighthouse-budgets: the later wins per metric. */
  lighthouseBudgets: LighthouseBudgets
  /** The lighthouserc or budget.json the budgets were read from, if any. */
  lighthouseAssertions?: string
  endpoints: EndpointSpec[]
  p95Budget: number
  memoryBudget: number
  loadDuration: number
  connections: number
  /** Rounds per side when latency is compared with a rebuilt base. */
  latencyRounds: number
  errorRateBudget: number
  /** Doublings of the load past peak in the stress test; 0 turns it off. */
  stressSteps: number
  /** A stress step whose p99 passes this (ms) is past the breaking point. */
  stressP99: number
  baseline: BaselineMode
  baselineReport?: string
  baseRef?: string
  regressionThreshold: number
  failOn: FailOn
  comment: CommentMode
  commentKey: string
  /** The branch patterns of the policies that apply to this run, in order. */
  policies?: string[]
  /** Where those policies sit in the file's `policies` list. */
  policyIndexes?: number[]
  /** webpack's stats.json, for the modules and packages that make up each bundle. */
  webpackStats?: string
  composition: CompositionMode
  /** How content hashes come off file names, so that a file whose hash changed is compared with itself. */
  stripHash: StripHash
  mode: RunMode
  /** In publish mode: the measuring half's report.json, when it is not fetched from the triggering run. */
  report?: string
}

/** Settings given as action inputs or CLI flags: strings, where '' means "not given". */
export type Overrides = Partial<Record<InputName, string>>

export interface LoadOptions {
  /** The directory relative paths start from (the runner's workspace, or the shell's cwd). */
  cwd: string
  /** How the user names an override: `bundle-budget` (input) or `--bundle-budget` (flag). */
  overrideName: (input: InputName) => string
  warn: (message: string) => void
  /** The branch being gated (a pull request's base, or the pushed branch): picks the policies that apply. */
  branch?: string
  /** This process's soft limit on open files; read from /proc/self/limits when not given. */
  openFileLimit?: number
}

/** A setting's value and how to name it, or a part of it, in an error. */
interface Setting {
  value: unknown
  where: Where
  /** `bundles[0].limit (in perf-gate.config.json)` for a part of a file setting. */
  at: (part: string) => Where
}

/** The runner's folders, when perf-gate runs on one (GitHub sets both for every step). */
function runnerFolders(): { workspace?: string; temp?: string } {
  const { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: temp } = process.env
  return { ...(workspace ? { workspace } : {}), ...(temp ? { temp } : {}) }
}

/** Merges the config file and the overrides (overrides win) into one validated Config. */
export async function loadConfig(overrides: Overrides, options: LoadOptions): Promise<Config> {
  const given = (input: InputName): string | undefined => {
    const value = overrides[input]?.trim()
    return value ? value : undefined
  }

  const runner = runnerFolders()
  const workingDirectoryGiven = given(Input.WorkingDirectory)
  const workingDirectory = path.resolve(options.cwd, workingDirectoryGiven ?? '.')
  // On a runner, cwd is the workspace (the checkout) for the action and the step's folder for the
  // CLI: the project is inside it. On a developer's machine the CLI takes the folder it is given.
  const outsideWorkspace = workingDirectoryGiven !== undefined && runner.workspace !== undefined ? leavesRoot(options.cwd, workingDirectory) : undefined
  if (workingDirectoryGiven !== undefined && outsideWorkspace) {
    throw new UserError(messages.workingDirectoryOutside(options.overrideName(Input.WorkingDirectory), workingDirectoryGiven, options.cwd, outsideWorkspace.symlinkTo))
  }
  if (!existsSync(workingDirectory) || !statSync(workingDirectory).isDirectory()) {
    throw new UserError(messages.workingDirectoryMissing(workingDirectoryGiven ?? workingDirectory))
  }
  const configGiven = given(Input.Config)
  const file = await readConfigFile(workingDirectory, configGiven === undefined ? undefined : { value: configGiven, where: options.overrideName(Input.Config) })
  const fileSettings: FileSettings = file?.settings ?? {}
  // Policies for the branch being gated (a release branch, say) sit between the file and the inputs.
  const branch = options.branch ?? given(Input.BaseRef)
  const policies = branch ? matchingPolicies(fileSettings['policies'], branch) : []

  const setting = (input: InputName): Setting | undefined => {
    const override = given(input)
    if (override !== undefined) {
      const name = options.overrideName(input)
      return { value: override, where: name, at: (part) => `${name}${part}` }
    }
    if (INPUTS_NOT_IN_FILE.includes(input)) return undefined
    const policy = policies.findLast((candidate) => candidate.settings[input] !== undefined)
    if (policy) {
      const inPolicy = (part: string) => `${input}${part} (in ${file?.displayName}, policy ${JSON.stringify(policy.branches)})`
      return { value: policy.settings[input], where: inPolicy(''), at: inPolicy }
    }
    if (fileSettings[input] === undefined) return undefined
    const inFile = (part: string) => `${input}${part} (in ${file?.displayName})`
    return { value: fileSettings[input], where: inFile(''), at: inFile }
  }
  const text = (input: InputName): string | undefined => {
    const found = setting(input)
    if (found === undefined) return undefined
    const value = String(found.value).trim()
    if (!value) throw new UserError(messages.emptyValue(found.where))
    return value
  }
  /** A text setting with how to name it, for a reader that names it in its errors. */
  const named = (input: InputName): { value: string; where: Where } | undefined => {
    const value = text(input)
    return value === undefined ? undefined : { value, where: setting(input)?.where ?? input }
  }
  const parsed = <T>(input: InputName, parse: (value: string | number, where: Where) => T, fallback: string | number): T => {
    const found = setting(input)
    return found ? parse(found.value as string | number, found.where) : parse(fallback, input)
  }
  const oneOf = <T extends string>(input: InputName, allowed: readonly T[], fallback: T): T => {
    const found = setting(input)
    if (!found) return fallback
    const value = String(found.value).trim().toLowerCase()
    if (!(allowed as readonly string[]).includes(value)) throw new UserError(messages.notOneOf(found.where, found.value, allowed))
    return value as T
  }

  const bundleBudget = parsed(Input.BundleBudget, bounded(parseSize, BOUNDS.bundleBudget), '500KB')
  const compression = oneOf(Input.Compression, COMPRESSIONS, 'gzip')
  const bundles = [
    ...bundleSpecs(setting(Input.Bundles), bundleBudget, compression),
  ]
  const sizeLimit = await readSizeLimitConfig(workingDirectory)
  const groupNames = [...bundles.flatMap((spec) => (spec.kind === 'group' ? [spec.name] : [])), ...(sizeLimit?.checks ?? []).map((check) => check.name)]
  const duplicate = groupNames.find((name, index) => groupNames.indexOf(name) !== index)
  if (duplicate !== undefined) throw new UserError(messages.duplicateBundleName(duplicate))

  const urls = pageUrls(setting(Input.Urls))
  const assertions = urls.length > 0 ? await readLighthouseAssertions(workingDirectory, named(Input.LighthouseAssertions)) : { budgets: {} }
  const budgetsSetting = setting(Input.LighthouseBudgets)
  const explicitBudgets = budgetsSetting ? parseLighthouseBudgets(budgetsSetting.value, budgetsSetting.where) : {}

  /** A project file: against the working directory, and refused when it leads out of it (symlinks followed). */
  const projectFile = (input: InputName): string | undefined => {
    const value = text(input)
    if (value === undefined) return undefined
    const absolute = path.resolve(workingDirectory, value)
    const escape = leavesRoot(workingDirectory, absolute)
    if (escape) throw new UserError(messages.pathOutside(setting(input)?.where ?? input, value, workingDirectory, escape.symlinkTo))
    return absolute
  }
  /**
   * A report.json of an earlier run: in the working directory, or where perf-gate writes its
   * reports (the action: the runner's temp folder, whose report-path a later step hands back;
   * the CLI: the system's temp folder).
   */
  const reportFile = (input: InputName): string | undefined => {
    const value = text(input)
    if (value === undefined) return undefined
    const absolute = path.resolve(workingDirectory, value)
    const reportFolders = [...(runner.temp === undefined ? [] : [runner.temp]), os.tmpdir()]
    const escape = leavesRoot(workingDirectory, absolute)
    if (escape && reportFolders.every((folder) => leavesRoot(folder, absolute))) {
      throw new UserError(messages.reportPathOutside(setting(input)?.where ?? input, value, workingDirectory, reportFolders, escape.symlinkTo))
    }
    return absolute
  }
  const config: Config = {
    workingDirectory,
    readyPath: readyPathSetting(setting(Input.ReadyPath)),
    readyTimeout: parsed(Input.ReadyTimeout, bounded(parseDuration, BOUNDS.readyTimeout), '30s'),
    bundles,
    ...(sizeLimit ? { sizeLimit } : {}),
    bundleBudget,
    compression,
    urls,
    lighthouseRuns: parsed(Input.LighthouseRuns, bounded(parsePositiveInteger, BOUNDS.lighthouseRuns), 3),
    lighthouseFcpTimeout: parsed(Input.LighthouseFcpTimeout, bounded(parseDuration, BOUNDS.lighthouseFcpTimeout), '15s'),
    lighthouseBudgets: { ...DEFAULT_LIGHTHOUSE_BUDGETS, ...assertions.budgets, ...explicitBudgets },
    endpoints: endpointSpecs(setting(Input.Endpoints)),
    p95Budget: parsed(Input.P95Budget, bounded(parseDuration, BOUNDS.p95Budget), '200ms'),
    memoryBudget: parsed(Input.MemoryBudget, bounded(parseSize, BOUNDS.memoryBudget), '200MB'),
    loadDuration: parsed(Input.LoadDuration, bounded(parseDuration, BOUNDS.loadDuration), '10s'),
    connections: parsed(Input.Connections, bounded(parsePositiveInteger, BOUNDS.connections), 10),
    latencyRounds: parsed(Input.LatencyRounds, bounded(parsePositiveInteger, BOUNDS.latencyRounds), 6),
    errorRateBudget: parsed(Input.ErrorRateBudget, bounded(parsePercentage, BOUNDS.errorRateBudget), '1%'),
    stressSteps: parsed(Input.StressSteps, bounded(parseNonNegativeInteger, BOUNDS.stressSteps), 4),
    stressP99: parsed(Input.StressP99, bounded(parseDuration, BOUNDS.stressP99), '1s'),
    baseline: oneOf(Input.Baseline, BASELINE_MODES, 'auto'),
    regressionThreshold: parsed(Input.RegressionThreshold, bounded(parsePercentage, BOUNDS.regressionThreshold), '10%'),
    failOn: failOnSetting(setting(Input.FailOn)),
    comment: commentSetting(setting(Input.Comment)),
    commentKey: commentKeySetting(setting(Input.CommentKey)),
    mode: oneOf(Input.Mode, RUN_MODES, 'full'),
    composition: oneOf(Input.Composition, COMPOSITION_MODES, 'auto'),
    stripHash: stripHashSetting(setting(Input.StripHash)),
  }
  const optional = {
    configFile: file?.absolutePath,
    policies: policies.length > 0 ? policies.map((policy) => policy.branches) : undefined,
    policyIndexes: policies.length > 0 ? policies.map((policy) => policy.index) : undefined,
    githubToken: given(Input.GithubToken),
    installCommand: text(Input.InstallCommand),
    buildCommand: text(Input.BuildCommand),
    startCommand: text(Input.StartCommand),
    baselineReport: reportFile(Input.BaselineReport),
    baseRef: text(Input.BaseRef),
    lighthouseAssertions: assertions.file,
    webpackStats: projectFile(Input.WebpackStats),
    report: reportFile(Input.Report),
  }
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(config, { [key]: value })

  if (config.endpoints.length > 0) {
    // Past the open-file limit the load generator's connects fail and the run hangs: refuse it here.
    const limit = options.openFileLimit ?? readOpenFileLimit()
    const highest = highestConnections(config.connections, config.stressSteps)
    if (limit !== undefined && highest + FILES_BESIDES_CONNECTIONS > limit) {
      const found = setting(Input.Connections)
      throw new UserError(messages.tooManyConnections(found?.where ?? Input.Connections, found?.value ?? config.connections, highest, config.stressSteps, limit))
    }
  }
  return config
}

interface Policy {
  branches: string
  /** Its position in the file's `policies`: where annotations find the line of a budget it sets. */
  index: number
  settings: FileSettings
}

/** The config file's `policies` whose `branches` glob(s) match the branch, in the file's order. */
function matchingPolicies(value: unknown, branch: string): Policy[] {
  if (!Array.isArray(value)) return []
  const name = branch.replace(/^refs\/heads\//, '')
  return value.flatMap((entry: FileSettings, index): Policy[] => {
    const globs = ([] as unknown[]).concat(entry['branches']).map(String)
    return picomatch(globs)(name) ? [{ branches: globs.join(', '), index, settings: entry }] : []
  })
}

/** A newline-separated string or a list, as the same list of non-empty trimmed lines. */
function lines(value: unknown): string[] {
  if (value === undefined) return []
  const items: unknown[] = Array.isArray(value) ? value : [value]
  return items.flatMap((item) => (typeof item === 'string' ? item.split(/\r?\n/) : [item])).flatMap((item) => {
    if (typeof item !== 'string') return []
    const line = item.trim()
    return line && !line.startsWith('#') ? [line] : []
  })
}

function bundleSpecs(found: Setting | undefined, budget: number, compression: Compression): BundleSpec[] {
  if (!found) return []
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
function pageUrls(found: Setting | undefined): string[] {
  const urls = lines(found?.value)
  const bad = urls.find((url) => !(url.startsWith('/') ? isServerPath(url) : isHttpUrl(url)))
  if (found && bad !== undefined) throw new UserError(messages.badPageUrl(found.where, bad))
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
function endpointSpecs(found: Setting | undefined): EndpointSpec[] {
  if (!found) return []
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

function failOnSetting(found: Setting | undefined): FailOn {
  if (!found) return { budget: true, regression: false }
  const words = (Array.isArray(found.value) ? found.value.map(String) : String(found.value).split(/[\s,]+/))
    .map((word) => word.trim().toLowerCase())
    .filter(Boolean)
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
function stripHashSetting(found: Setting | undefined): StripHash {
  if (!found) return AUTO_STRIP_HASH
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

function readyPathSetting(found: Setting | undefined): string {
  if (!found) return '/'
  const value = String(found.value).trim()
  if (!value.startsWith('/')) throw new UserError(messages.notAPath(found.where, found.value))
  if (!isServerPath(value)) throw new UserError(messages.notAServerPath(found.where, found.value))
  return value
}

function commentSetting(found: Setting | undefined): CommentMode {
  if (!found) return 'true'
  const value = String(found.value).trim().toLowerCase()
  if (!(COMMENT_MODES as readonly string[]).includes(value)) throw new UserError(messages.notOneOf(found.where, found.value, COMMENT_MODES))
  return value as CommentMode
}

function commentKeySetting(found: Setting | undefined): string {
  if (!found) return 'default'
  const value = String(found.value).trim()
  // The key goes inside an HTML comment marker: keep it to characters that cannot end the comment.
  if (!/^[A-Za-z0-9._-]+$/.test(value)) {
    throw new UserError(messages.badCommentKey(found.where, found.value))
  }
  return value
}
