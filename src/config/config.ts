import { existsSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import picomatch from 'picomatch'
import type { StripHash, BudgetName, LighthouseBudgets, Compression, FailOn, PreExistingMode } from '../model/settings.js'
import type { ShardSetting } from '../model/shard.js'
import { UserError, messages } from '../errors.js'
import { FILES_BESIDES_CONNECTIONS, highestConnections, readOpenFileLimit } from './bounds.js'
import { readConfigFile, sourceLines, type FileSettings, type KeyPath } from './file.js'
import { Input, type InputName } from './names.js'
import { readLighthouseAssertions } from './lighthouseBudgets.js'
import {
  ALERT_MODES,
  BASELINE_MODES,
  COMMENT_MODES,
  COMPOSITION_MODES,
  endpointName,
  RUN_MODES,
  SETTINGS,
  SETTING_LIST,
  SETTINGS_NOT_IN_FILE,
  type BundleSpec,
  type ProfileSetting,
  type EndpointSpec,
  type GivenValue,
  type OptionalSetting,
  type ParseContext,
  type SettingWithDefault,
} from './settings.js'
import { leavesRoot } from './paths.js'
import { readSizeLimitConfig, type SizeLimitSetup } from './sizeLimit.js'

// The choices of these settings live with the settings table; their types here, with Config.
export { ALERT_MODES, BASELINE_MODES, COMMENT_MODES, COMPOSITION_MODES, RUN_MODES }
export type AlertMode = (typeof ALERT_MODES)[number]
export type BaselineMode = (typeof BASELINE_MODES)[number]
export type CommentMode = (typeof COMMENT_MODES)[number]
export type RunMode = (typeof RUN_MODES)[number]
export type CompositionMode = (typeof COMPOSITION_MODES)[number]

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
  /** Runs per page and side at most, while a verdict is undecided. */
  lighthouseMaxRuns: number
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
  /** Rounds per side at most, while the p95 comparison is undecided. */
  latencyMaxRounds: number
  /** The most time (ms) spent on runs and rounds beyond the fewest. */
  samplingTimeout: number
  errorRateBudget: number
  /** Doublings of the load past peak in the stress test; 0 turns it off. */
  stressSteps: number
  /** A stress step whose p99 passes this (ms) is past the breaking point. */
  stressP99: number
  /** The app's PostgreSQL: pg_stat_statements around each load round, and the plans of the top queries. A secret. */
  databaseUrl?: string
  /** What the profiled round (a Node server, normal load, not counted) records. */
  profile: ProfileSetting
  /** One long steady round per endpoint after the others (ms), for scheduled runs. */
  soakDuration?: number
  baseline: BaselineMode
  baselineReport?: string
  baseRef?: string
  regressionThreshold: number
  failOn: FailOn
  /** A budget the base already breaks: blocks only when the head is worse (ratchet), or as any (block). */
  preExisting: PreExistingMode
  comment: CommentMode
  commentKey: string
  /** The branch patterns of the policies that apply to this run, in order. */
  policies?: string[]
  /** webpack's stats.json, for the modules and packages that make up each bundle. */
  webpackStats?: string
  composition: CompositionMode
  /** How content hashes come off file names, so that a file whose hash changed is compared with itself. */
  stripHash: StripHash
  mode: RunMode
  /** In publish mode: the measuring half's report.json, when it is not fetched from the triggering run. */
  report?: string
  /** This job's share of a matrix; shard 1 also measures the bundles. */
  shard?: ShardSetting
  /** The origin of an app perf-gate does not start: pages and endpoints resolve against it. */
  targetUrl?: string
  /** On a push to the base branch: what a confirmed regression against the parent commit leads to. */
  alert: AlertMode
  /** `@login` and `@org/team`, mentioned in an alert. */
  alertMentions: string[]
  /** The most earlier base-branch commits in the trend and the benchmark export. */
  historySize: number
  /** The pull request label that turns regressions into non-blocking ones. */
  acceptLabel: string
  /** Where each value came from: annotations point at the line that set a failed budget. */
  origins: ConfigOrigins
}

/** Where a setting's value came from. */
export type Origin =
  /** An action input or a CLI flag. */
  | { kind: 'input'; name: InputName }
  /**
   * A file: the config file's top level, a size-limit config, a lighthouserc or budget.json.
   * `file` is absolute; `line` is the 1-based line of the key, absent only when the text could not
   * be mapped to lines (JSON that YAML, which finds them, reads differently).
   */
  | { kind: 'file'; file: string; line?: number }
  /** An entry of the config file's `policies` that applies to this run: `index` in that list, its `branches`. */
  | { kind: 'policy'; file: string; line?: number; branches: string; index: number }
  | { kind: 'default' }

export interface ConfigOrigins {
  /** Every setting's, by input name. */
  settings: Record<InputName, Origin>
  /**
   * Bundles with a limit of their own, by bundle name: a config file group's `limit`, a size-limit
   * check's size limit. Every other bundle has the limit (and origin) of bundle-budget.
   */
  bundleLimits: Record<string, Origin>
  /** Endpoints with a `p95-budget` of their own, by `METHOD /path`. Every other endpoint has p95-budget's. */
  endpointP95Budgets: Record<string, Origin>
  /** Each metric of lighthouseBudgets: lighthouse-budgets, else a lighthouserc or budget.json, else the default. */
  lighthouseBudgets: Partial<Record<BudgetName, Origin>>
}

const DEFAULT_ORIGIN: Origin = Object.freeze({ kind: 'default' })

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

/** The value that sets a setting for this run, with where it came from. */
interface FoundSetting extends GivenValue {
  origin: Origin
  /** The key's path in the config file (`['policies', 0, 'bundle-budget']`); empty for an input. */
  keyPath: KeyPath
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
  const workingDirectory = path.resolve(options.cwd, workingDirectoryGiven ?? SETTINGS.workingDirectory.parsedDefault)
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

  /** What sets `input` for this run: the input, else the last applying policy that sets it, else the file's top level. */
  const setting = (input: InputName): FoundSetting | undefined => {
    const override = given(input)
    if (override !== undefined) {
      const name = options.overrideName(input)
      return { value: override, where: name, at: (part) => `${name}${part}`, origin: { kind: 'input', name: input }, keyPath: [] }
    }
    if (!file || SETTINGS_NOT_IN_FILE.includes(input)) return undefined
    const policy = policies.findLast((candidate) => candidate.settings[input] !== undefined)
    if (policy) {
      const inPolicy = (part: string) => `${input}${part} (in ${file.displayName}, policy ${JSON.stringify(policy.branches)})`
      const keyPath = ['policies', policy.index, input]
      const origin: Origin = { kind: 'policy', file: file.absolutePath, line: file.lines.keyLine(keyPath), branches: policy.branches, index: policy.index }
      return { value: policy.settings[input], where: inPolicy(''), at: inPolicy, origin, keyPath }
    }
    if (fileSettings[input] === undefined) return undefined
    const inFile = (part: string) => `${input}${part} (in ${file.displayName})`
    return { value: fileSettings[input], where: inFile(''), at: inFile, origin: { kind: 'file', file: file.absolutePath, line: file.lines.keyLine([input]) }, keyPath: [input] }
  }
  /** The origin of a part of a setting's value, written on `line` of the config file; a part of an input is that input. */
  const partOrigin = (found: FoundSetting, line: number | undefined): Origin => (found.origin.kind === 'file' || found.origin.kind === 'policy' ? { ...found.origin, line } : found.origin)
  const partLine = (found: FoundSetting, part: KeyPath): number | undefined => file?.lines.keyLine([...found.keyPath, ...part])

  /** The setting's value for this run, or its default. */
  const valueOf = <T>(definition: SettingWithDefault<T>): T => {
    const found = setting(definition.input)
    return found ? definition.parse(found) : definition.parsedDefault
  }
  const bundleBudget = valueOf(SETTINGS.bundleBudget)
  const compression = valueOf(SETTINGS.compression)
  const context: ParseContext = { workingDirectory, reportFolders: [...(runner.temp === undefined ? [] : [runner.temp]), os.tmpdir()], bundleBudget, compression }
  /** The setting's value for this run; undefined when nothing sets it. */
  const optionalValueOf = <T>(definition: OptionalSetting<T>): T | undefined => {
    const found = setting(definition.input)
    return found && definition.parse(found, context)
  }

  const bundlesSetting = setting(Input.Bundles)
  const bundles = bundlesSetting ? SETTINGS.bundles.parse(bundlesSetting, context) : []
  const sizeLimit = await readSizeLimitConfig(workingDirectory)
  const groupNames = [...bundles.flatMap((spec) => (spec.kind === 'group' ? [spec.name] : [])), ...(sizeLimit?.checks ?? []).map((check) => check.name)]
  const duplicate = groupNames.find((name, index) => groupNames.indexOf(name) !== index)
  if (duplicate !== undefined) throw new UserError(messages.duplicateBundleName(duplicate))

  const urls = optionalValueOf(SETTINGS.urls) ?? []
  // Without pages there are no Lighthouse budgets to read, and lighthouse-assertions is not looked at.
  const assertionsSetting = urls.length > 0 ? setting(Input.LighthouseAssertions) : undefined
  const assertions =
    urls.length > 0
      ? await readLighthouseAssertions(workingDirectory, assertionsSetting && { value: SETTINGS.lighthouseAssertions.parse(assertionsSetting, context), where: assertionsSetting.where })
      : { budgets: {}, lines: {} }
  const budgetsSetting = setting(Input.LighthouseBudgets)
  const explicitBudgets = budgetsSetting ? SETTINGS.lighthouseBudgets.parse(budgetsSetting) : {}
  const endpointsSetting = setting(Input.Endpoints)

  const config: Config = {
    workingDirectory,
    readyPath: valueOf(SETTINGS.readyPath),
    readyTimeout: valueOf(SETTINGS.readyTimeout),
    bundles,
    ...(sizeLimit ? { sizeLimit } : {}),
    bundleBudget,
    compression,
    urls,
    lighthouseRuns: valueOf(SETTINGS.lighthouseRuns),
    lighthouseMaxRuns: valueOf(SETTINGS.lighthouseMaxRuns),
    lighthouseFcpTimeout: valueOf(SETTINGS.lighthouseFcpTimeout),
    lighthouseBudgets: { ...SETTINGS.lighthouseBudgets.parsedDefault, ...assertions.budgets, ...explicitBudgets },
    endpoints: endpointsSetting ? SETTINGS.endpoints.parse(endpointsSetting, context) : [],
    p95Budget: valueOf(SETTINGS.p95Budget),
    memoryBudget: valueOf(SETTINGS.memoryBudget),
    loadDuration: valueOf(SETTINGS.loadDuration),
    connections: valueOf(SETTINGS.connections),
    latencyRounds: valueOf(SETTINGS.latencyRounds),
    latencyMaxRounds: valueOf(SETTINGS.latencyMaxRounds),
    samplingTimeout: valueOf(SETTINGS.samplingTimeout),
    errorRateBudget: valueOf(SETTINGS.errorRateBudget),
    stressSteps: valueOf(SETTINGS.stressSteps),
    stressP99: valueOf(SETTINGS.stressP99),
    databaseUrl: optionalValueOf(SETTINGS.databaseUrl),
    profile: valueOf(SETTINGS.profile),
    soakDuration: optionalValueOf(SETTINGS.soakDuration),
    baseline: valueOf(SETTINGS.baseline),
    regressionThreshold: valueOf(SETTINGS.regressionThreshold),
    failOn: valueOf(SETTINGS.failOn),
    preExisting: valueOf(SETTINGS.preExisting),
    comment: valueOf(SETTINGS.comment),
    commentKey: valueOf(SETTINGS.commentKey),
    mode: valueOf(SETTINGS.mode),
    composition: valueOf(SETTINGS.composition),
    stripHash: valueOf(SETTINGS.stripHash),
    alert: valueOf(SETTINGS.alert),
    alertMentions: optionalValueOf(SETTINGS.alertMentions) ?? [],
    historySize: valueOf(SETTINGS.historySize),
    acceptLabel: valueOf(SETTINGS.acceptLabel),
    origins: { settings: {} as Record<InputName, Origin>, bundleLimits: {}, endpointP95Budgets: {}, lighthouseBudgets: {} },
  }
  const optional = {
    configFile: file?.absolutePath,
    policies: policies.length > 0 ? policies.map((policy) => policy.branches) : undefined,
    githubToken: optionalValueOf(SETTINGS.githubToken),
    installCommand: optionalValueOf(SETTINGS.installCommand),
    buildCommand: optionalValueOf(SETTINGS.buildCommand),
    startCommand: optionalValueOf(SETTINGS.startCommand),
    baselineReport: optionalValueOf(SETTINGS.baselineReport),
    baseRef: optionalValueOf(SETTINGS.baseRef),
    lighthouseAssertions: assertions.file,
    webpackStats: optionalValueOf(SETTINGS.webpackStats),
    report: optionalValueOf(SETTINGS.report),
    shard: optionalValueOf(SETTINGS.shard),
    targetUrl: optionalValueOf(SETTINGS.targetUrl),
  }
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(config, { [key]: value })
  if (config.targetUrl && config.startCommand) {
    throw new UserError(messages.targetUrlWithStartCommand(setting(Input.TargetUrl)?.where ?? Input.TargetUrl, setting(Input.StartCommand)?.where ?? Input.StartCommand))
  }

  if (config.endpoints.length > 0) {
    // Past the open-file limit the load generator's connects fail and the run hangs: refuse it here.
    const limit = options.openFileLimit ?? readOpenFileLimit()
    const highest = highestConnections(config.connections, config.stressSteps)
    if (limit !== undefined && highest + FILES_BESIDES_CONNECTIONS > limit) {
      const found = setting(Input.Connections)
      throw new UserError(messages.tooManyConnections(found?.where ?? Input.Connections, found?.value ?? config.connections, highest, config.stressSteps, limit))
    }
  }

  // Where every value came from. The parts that carry a limit of their own (a group's, an
  // endpoint's, one Lighthouse metric's) point at their own key.
  const { origins } = config
  for (const definition of SETTING_LIST) origins.settings[definition.input] = setting(definition.input)?.origin ?? DEFAULT_ORIGIN
  if (bundlesSetting) {
    // bundleSpecs makes a group of each object of the setting, in their order.
    const groups = bundles.filter((spec) => spec.kind === 'group')
    itemsOf(bundlesSetting.value).forEach((item, index) => {
      if (typeof item !== 'object' || item === null) return
      const group = groups.shift()
      if (group && (item as { limit?: unknown }).limit !== undefined) origins.bundleLimits[group.name] = partOrigin(bundlesSetting, partLine(bundlesSetting, [index, 'limit']))
    })
  }
  Object.assign(origins.bundleLimits, await sizeLimitOrigins(workingDirectory, sizeLimit))
  if (endpointsSetting) {
    // An endpoint with a budget of its own is an object of the setting, one endpoint each, in their order.
    const withOwnBudget = config.endpoints.filter((endpoint) => endpoint.p95Budget !== undefined)
    itemsOf(endpointsSetting.value).forEach((item, index) => {
      if (typeof item !== 'object' || item === null || (item as { 'p95-budget'?: unknown })['p95-budget'] === undefined) return
      const endpoint = withOwnBudget.shift()
      if (endpoint) origins.endpointP95Budgets[endpointName(endpoint)] ??= partOrigin(endpointsSetting, partLine(endpointsSetting, [index, 'p95-budget']))
    })
  }
  const fromAssertions = assertionOrigins(workingDirectory, assertions)
  for (const metric of Object.keys(config.lighthouseBudgets) as BudgetName[]) {
    if (budgetsSetting && explicitBudgets[metric] !== undefined) {
      // `lcp=2.5s, cls=0.1` is one string (one metric a line in a block string); `{ "lcp": "2.5s" }` a key a metric.
      const line = typeof budgetsSetting.value === 'string' ? file?.lines.lineInString(budgetsSetting.keyPath, new RegExp(`(?<![\\w-])${metric}\\s*=`, 'i')) : partLine(budgetsSetting, [metric])
      origins.lighthouseBudgets[metric] = partOrigin(budgetsSetting, line)
    } else {
      origins.lighthouseBudgets[metric] = fromAssertions[metric] ?? DEFAULT_ORIGIN
    }
  }
  return config
}

/** A setting's value as the list its parser walks: a list, or one value. */
function itemsOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value]
}

/**
 * Where the size limits of size-limit checks are written, by check name. readSizeLimitConfig
 * reads package.json's "size-limit" section (its file is then named `package.json "size-limit"`)
 * or a .size-limit.json that is the list of checks itself; a script config has no checks to point at.
 */
async function sizeLimitOrigins(workingDirectory: string, setup: SizeLimitSetup | undefined): Promise<Record<string, Origin>> {
  if (!setup?.checks) return {}
  const inPackageJson = setup.file.startsWith('package.json')
  const file = path.join(workingDirectory, inPackageJson ? 'package.json' : setup.file)
  const lines = await sourceLines(await readFile(file, 'utf8'))
  const origins: Record<string, Origin> = {}
  setup.checks.forEach((check, index) => {
    // A time limit ("1 s") is no size: such a check is gated on bundle-budget.
    if (check.limit !== undefined) origins[check.name] ??= { kind: 'file', file, line: lines.keyLine([...(inPackageJson ? ['size-limit'] : []), index, 'limit']) }
  })
  return origins
}

/** Where the budgets read from a lighthouserc or budget.json are written, by metric. */
function assertionOrigins(workingDirectory: string, assertions: { budgets: LighthouseBudgets; file?: string; lines: Partial<Record<BudgetName, number>> }): Partial<Record<BudgetName, Origin>> {
  if (assertions.file === undefined) return {}
  const file = path.resolve(workingDirectory, assertions.file)
  const origins: Partial<Record<BudgetName, Origin>> = {}
  for (const metric of Object.keys(assertions.budgets) as BudgetName[]) origins[metric] = { kind: 'file', file, line: assertions.lines[metric] }
  return origins
}

interface Policy {
  branches: string
  /** Its position in the file's `policies`, for the origin of what it sets. */
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
