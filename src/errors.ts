/**
 * Every error a user can cause, in one table. Each message is one line that names the input (or
 * file) that was wrong and says how to fix it; the front doors print it without a stack trace.
 */
export class UserError extends Error {
  override name = 'UserError'
}

/** Where a setting came from, as the user would name it: `bundle-budget` or `bundle-budget (in perf-gate.config.json)`. */
export type Where = string

const quote = (value: unknown): string => JSON.stringify(typeof value === 'string' ? value : String(value))

/** Keeps a message on one line: a YAML or JSON parser's reason can span several. */
const firstLine = (text: string): string => text.split(/\r?\n/, 1)[0]?.trim() ?? ''

/** The last line a command printed, as a clause of a one-line message. */
const lastOutput = (tail: string): string => {
  const last = tail
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .at(-1)
  return last ? ` — last output: ${last.trim().slice(0, 300)}` : ''
}

export const messages = {
  notASize: (where: Where, value: unknown) => `${where}: ${quote(value)} is not a size; use a number with a unit, such as 500KB, 1.5MB or 800B`,
  notADuration: (where: Where, value: unknown) => `${where}: ${quote(value)} is not a duration; use a number with a unit, such as 200ms, 1.5s or 2m`,
  notAPercentage: (where: Where, value: unknown) => `${where}: ${quote(value)} is not a percentage; use a number with %, such as 10%`,
  negative: (where: Where, value: unknown) => `${where}: ${quote(value)} is negative; give zero or more`,
  notAPositiveInteger: (where: Where, value: unknown) => `${where}: ${quote(value)} is not a whole number of 1 or more; give one, such as 3`,
  notANonNegativeInteger: (where: Where, value: unknown) => `${where}: ${quote(value)} is not a whole number of 0 or more; give one, such as 4`,
  notAPath: (where: Where, value: unknown) => `${where}: ${quote(value)} is not a path; start it with /, such as /health`,
  notOneOf: (where: Where, value: unknown, allowed: readonly string[]) => `${where}: ${quote(value)} is not one of ${allowed.join(', ')}; use one of those`,
  badCommentKey: (where: Where, value: unknown) => `${where}: ${quote(value)} is not a valid key; use letters, digits, dot, dash or underscore`,
  notAPostgresUrl: (where: Where) => `${where}: the value (not shown: it may hold a password) is not a PostgreSQL connection string; give postgres://user:password@host:5432/database`,
  notAShard: (where: Where, value: unknown) =>
    `${where}: ${quote(value)} is not a shard; write it as N/M, this job's number and the number of shards, such as 2/4 (from \${{ matrix.shard }}/\${{ strategy.job-total }})`,
  shardOutOfRange: (where: Where, value: unknown, max: number) => `${where}: ${quote(value)} is not a shard of its total; give N/M with 1 ≤ N ≤ M ≤ ${max}, such as 2/4`,
  notAnOrigin: (where: Where, value: unknown) =>
    `${where}: ${quote(value)} is not the origin of a running app; give an http:// or https:// URL with a host and no query, such as http://127.0.0.1:3000 or https://preview.example.com`,
  notAMention: (where: Where, value: unknown) => `${where}: ${quote(value)} is not a GitHub user or team; give @login or @org/team, separated by commas`,
  emptyValue: (where: Where) => `${where}: the value is empty; give a value or leave the setting out`,
  stripHashNotARegExp: (where: Where, value: string, reason: string) =>
    `${where}: /${value}/ is not a regular expression (${firstLine(reason).split(': ').at(-1)}); give auto, none, or a pattern whose first group is the hash, such as -([\\w-]{8})\\.`,
  stripHashWithoutGroup: (where: Where, value: string) => `${where}: /${value}/ has no capture group; put the hash in parentheses, such as (\\.[0-9a-f]{8})\\.js$, or give auto or none`,
  badEndpoint: (where: Where, value: unknown) => `${where}: ${quote(value)} is not an endpoint; write it as METHOD /path, such as GET /api/items`,
  outOfRange: (where: Where, value: unknown, from: string, to: string, example: string) => `${where}: ${quote(value)} is not between ${from} and ${to}; give a value in that range, such as ${example}`,
  tooManyConnections: (where: Where, value: unknown, highest: number, stressSteps: number, limit: number) =>
    `${where}: ${quote(value)} would hold ${highest} connections at once (${stressSteps > 0 ? `peak load doubled by ${stressSteps} stress steps` : 'at peak load'}), ` +
    `past what this machine's open-file limit of ${limit} allows; lower connections or stress-steps, or raise the limit (ulimit -n)`,
  badMethod: (where: Where, method: string, line?: string) =>
    `${where}: ${quote(method)}${line === undefined ? '' : ` (in ${quote(line)})`} is not an HTTP method perf-gate sends; use GET, HEAD, POST, PUT, PATCH, DELETE or OPTIONS`,
  notAServerPath: (where: Where, value: unknown) => `${where}: ${quote(value)} is not a path on the started server; start it with a single /, such as /health`,
  badPageUrl: (where: Where, value: string) => `${where}: ${quote(value)} is not a page Lighthouse can measure; give an http:// or https:// URL, or a path on the started server such as /pricing`,
  globLeavesRoot: (where: Where, pattern: string) =>
    `${where}: ${quote(pattern)} reaches outside the working directory (an absolute path or ..); write globs relative to it, such as dist/*.js, or move working-directory up`,
  globMatchOutside: (where: Where, patterns: readonly string[], file: string, target: string, root: string) =>
    `${where}: ${patterns.map(quote).join(', ')} matches ${quote(file)}, a symlink to ${quote(target)} outside ${quote(root)}; perf-gate reads only files inside it, so remove the link or leave it out of the glob (!${file.endsWith('/') ? `${file}**` : file})`,
  pathOutside: (where: Where, value: string, root: string, target: string | undefined) =>
    `${where}: ${quote(value)} leads outside the working directory ${quote(root)}${target === undefined ? '' : ` (it is a symlink to ${quote(target)})`}; give a path inside it, or move working-directory up`,
  reportPathOutside: (where: Where, value: string, root: string, reportFolders: readonly string[], target: string | undefined) =>
    `${where}: ${quote(value)} is neither in the working directory ${quote(root)} nor where perf-gate writes reports (${reportFolders.map(quote).join(', ')})` +
    `${target === undefined ? '' : `: it is a symlink to ${quote(target)}`}; give a report.json from one of those folders`,
  workingDirectoryOutside: (where: Where, value: string, workspace: string, target: string | undefined) =>
    `${where}: ${quote(value)} leads outside the workspace ${quote(workspace)}${target === undefined ? '' : ` (it is a symlink to ${quote(target)})`}; give a folder inside the checkout, such as packages/app`,

  workingDirectoryMissing: (dir: string) => `working-directory: ${quote(dir)} does not exist; point it at the project root`,
  configMissing: (file: string) => `config: ${quote(file)} does not exist; create it or point the config input at an existing file`,
  configUnparsable: (file: string, reason: string) => `config: ${quote(file)} is not valid ${/\.ya?ml$/i.test(file) ? 'YAML' : 'JSON'} (${firstLine(reason)}); fix the syntax`,
  configNotAnObject: (file: string) => `config: ${quote(file)} must hold an object of settings, such as { "bundles": ["dist/*.js"] }`,
  configUnknownKey: (file: string, key: string, suggestion: string | undefined) =>
    `config: ${quote(file)} has an unknown key ${quote(key)}; ` + (suggestion ? `did you mean ${quote(suggestion)}?` : 'remove it (see schema/config.schema.json for the keys)'),
  configInvalid: (file: string, at: string, problem: string) => `config: ${quote(file)} at ${at} ${problem}; fix it (see schema/config.schema.json)`,

  sizeLimitUnparsable: (file: string, reason: string) => `size-limit: ${quote(file)} is not valid JSON (${firstLine(reason)}); fix the syntax`,
  sizeLimitInvalid: (file: string, problem: string) => `size-limit: ${quote(file)} ${problem}; write a list of checks such as [{ "path": "dist/index.js", "limit": "10 kB" }]`,

  globMatchesNothing: (where: Where, patterns: readonly string[], cwd: string) =>
    `${where}: ${patterns.map(quote).join(', ')} matches no file in ${quote(cwd)}; build first (build-command) or fix the glob`,
  duplicateBundleName: (name: string) => `bundles: two bundles are named ${quote(name)}; give each group its own name`,

  baselineReportMissing: (file: string) => `baseline-report: ${quote(file)} does not exist; give the path of a report.json written by an earlier perf-gate run`,
  reportInvalid: (input: string, file: string, problem: string) => `${input}: ${quote(file)} ${firstLine(problem)}; give a report.json written by perf-gate`,

  publishNeedsWorkflowRun: (eventName: string) =>
    `mode: publish runs on the workflow_run event (this is ${quote(eventName)}); trigger the publishing workflow with "on: workflow_run", or use mode: full`,
  notAShardReport: (name: string) => `mode: ${quote(name)} is the report of a job without shard; give every job of the matrix shard: N/M, and merge only their reports`,
  noShardReports: () => 'mode: merge found no shard reports; run the shard jobs (shard: N/M) first, with the same comment-key, and give the merge job needs: on them',
  shardTotalsDiffer: (totals: readonly number[]) => `mode: the shard reports disagree on the number of shards (${totals.join(', ')}); give every job of one matrix the same M in shard: N/M`,
  shardTwice: (index: number, total: number) => `mode: two reports are shard ${index}/${total}; give each job of the matrix its own N in shard: N/M`,
  mergeNeedsToken: () =>
    'github-token: mode: merge downloads the shard reports of this run and posts the comment and check run, and needs a token; leave github-token at its default (with permissions actions: read, pull-requests: write, checks: write)',
  mergeNeedsFiles: () => 'merge: give the report.json of every shard, such as perf-gate merge shard-1.json shard-2.json (each written with --shard N/M --json FILE)',
  mergeFileUnreadable: (file: string, reason: string) => `merge: ${quote(file)} cannot be read (${reason}); give the report.json a shard wrote with --json`,
  mergeNeedsRun: () => 'mode: merge needs the workflow run of the shard jobs (GITHUB_RUN_ID); run it as a job of the same workflow, with needs: on the shard jobs',
  publishNeedsToken: () =>
    'github-token: mode: publish posts the comment and check run and needs a token; leave github-token at its default (with permissions pull-requests: write, checks: write, actions: read)',
  publishReportNotFound: (runId: number, artifact: string) =>
    `report: run ${runId} uploaded no artifact ${quote(artifact)} with a report.json; run the measuring half with mode: measure and the same comment-key, or give the report input`,
  reportOfAnotherCommit: (reportSha: string | undefined, headSha: string) =>
    `report: the report measured ${reportSha ? reportSha.slice(0, 7) : 'no commit'}, but the workflow run was for ${headSha.slice(0, 7)}; publish the report of the run that triggered this workflow`,

  commandFailed: (input: string, command: string, exitCode: number | null, tail: string) =>
    `${input}: ${quote(command)} failed with exit code ${exitCode ?? 'none (killed)'}` + lastOutput(tail) + '; fix the command or the project so that it succeeds',

  serverExitedEarly: (command: string, exitCode: number | null, readyPath: string, tail: string) =>
    `start-command: ${quote(command)} exited${exitCode === null ? '' : ` with code ${exitCode}`} before it answered on ${readyPath}` +
    lastOutput(tail) +
    '; make it start a server that stays up and listens on $PORT',
  serverNeverReady: (command: string, url: string, timeoutMs: number, tail: string) =>
    `start-command: ${quote(command)} did not answer on ${url} within ${timeoutMs / 1000} s` + lastOutput(tail) + '; make it listen on $PORT (on 127.0.0.1), fix ready-path, or raise ready-timeout',
  serverCrashed: (command: string, exitCode: number | null, during: string, tail: string) =>
    `start-command: the server (${quote(command)}) exited${exitCode === null ? '' : ` with code ${exitCode}`} during ${during}` + lastOutput(tail) + '; fix the crash (its log is above)',
  endpointsNeedServer: () => 'endpoints: the load test needs a server: set start-command (the command that starts the app on $PORT) or target-url (the origin of an app that is already running)',
  targetUrlWithStartCommand: (targetWhere: Where, startWhere: Where) =>
    `${targetWhere}, ${startWhere}: both are set, but target-url measures an app that is already running and start-command starts one; keep one of them`,
  targetNotAnswering: (url: string, timeoutMs: number) =>
    `target-url: ${quote(url)} did not answer within ${timeoutMs / 1000} s; check that the app is up at that address and reachable from this runner, fix ready-path, or raise ready-timeout`,
  chromePathMissing: (file: string) => `CHROME_PATH: ${quote(file)} does not exist; point it at a Chrome or Chromium binary, or unset it to search the usual places`,
  chromeDoesNotStart: (file: string, fromEnv: boolean, reason: string) =>
    `${fromEnv ? 'CHROME_PATH' : 'urls'}: Chrome at ${quote(file)} does not start (${firstLine(reason)}); ${fromEnv ? 'point CHROME_PATH at a working Chrome or Chromium, or unset it to search the usual places' : 'reinstall it (apt-get install chromium, or the setup-chrome action) or set CHROME_PATH'}`,
  chromeNotFound: () => 'urls: Lighthouse needs Chrome or Chromium and none was found; install one (apt-get install chromium, or the setup-chrome action) or set CHROME_PATH',
  badLighthouseBudget: (where: Where, metric: string, value: unknown) => `${where}: ${quote(value)} is not a budget for ${metric}; write timings as 2.5s or 200ms, CLS as 0.1, the score as 0.9`,
  unknownLighthouseMetric: (where: Where, metric: string, known: readonly string[]) => `${where}: ${quote(metric)} is not a Lighthouse metric perf-gate budgets; use ${known.join(', ')}`,
  lighthouseAssertionsMissing: (file: string) => `lighthouse-assertions: ${quote(file)} does not exist; point it at a lighthouserc.json or budget.json`,
  lighthouseAssertionsUnparsable: (file: string, reason: string) => `lighthouse-assertions: ${quote(file)} cannot be read (${firstLine(reason)}); fix its syntax`,
  urlsNeedServer: (url: string) =>
    `urls: ${quote(url)} is a path, which needs a server to resolve it against; set start-command (to start one) or target-url (the origin of a running app), or give a full URL`,
  refLooksLikeOption: (where: Where, ref: string) => `${where}: ${quote(ref)} starts with a dash, which git would take as an option; give a branch, tag or commit SHA`,
  alertNeedsBaseline: (alert: string) =>
    `alert: ${quote(alert)} compares the pushed commit with its parent, which baseline: none turns off; remove baseline: none (the parent is rebuilt in the job) or set alert: none`,
  compositionNeedsStats: () => 'composition: webpack-stats needs the stats file; set webpack-stats (webpack --json=dist/stats.json), or use composition: auto or source-maps',
  noSourceMaps: (files: number) =>
    `composition: source-maps found no source map for the ${files} measured ${files === 1 ? 'file' : 'files'}; turn maps on in the build (Vite build.sourcemap, webpack devtool: 'source-map', esbuild --sourcemap)`,
  nothingToMeasure: () => 'bundles, urls, endpoints, webpack-stats: nothing to measure; set at least one of them (or add a .size-limit.json), as inputs or in perf-gate.config.json',
  webpackStatsMissing: (file: string) => `webpack-stats: ${quote(file)} does not exist; write it in the build (webpack --json=${file}) or fix the path`,
  webpackStatsUnreadable: (file: string, reason: string) => `webpack-stats: ${quote(file)} cannot be read (${reason}); point it at the stats.json file that webpack writes`,
  webpackStatsNotJson: (file: string, reason: string) =>
    `webpack-stats: ${quote(file)} is not valid JSON (${reason.split(/\r?\n/, 1)[0]}); write it with webpack --json=${file}, which keeps other output out of it`,
  notWebpackStats: (file: string) => `webpack-stats: ${quote(file)} is not webpack stats (no assets); write it with webpack --json=${file} or stats.toJson()`,
  webpackStatsWithoutModules: (file: string) => `webpack-stats: ${quote(file)} lists no modules; write it with the modules included (webpack --json=${file}, or stats.toJson() without all: false)`,
  unknownOption: (option: string) => `${option}: unknown option; run perf-gate --help for the options`,
  unexpectedArgument: (argument: string) => `${quote(argument)}: unexpected argument; every setting is a flag, such as --bundles ${argument} (see perf-gate --help)`,
  optionNeedsValue: (option: string) => `${option}: needs a value; write ${option}=VALUE when the value starts with a dash (see perf-gate --help)`,
}
