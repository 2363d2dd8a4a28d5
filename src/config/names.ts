/** The public contract: input and output names, in one place (see action.yml and ARCHITECTURE.md). */
export const Input = {
  Config: 'config',
  GithubToken: 'github-token',
  WorkingDirectory: 'working-directory',
  InstallCommand: 'install-command',
  BuildCommand: 'build-command',
  StartCommand: 'start-command',
  ReadyPath: 'ready-path',
  ReadyTimeout: 'ready-timeout',
  Bundles: 'bundles',
  BundleBudget: 'bundle-budget',
  Compression: 'compression',
  Urls: 'urls',
  LighthouseRuns: 'lighthouse-runs',
  LighthouseBudgets: 'lighthouse-budgets',
  LighthouseFcpTimeout: 'lighthouse-fcp-timeout',
  LighthouseAssertions: 'lighthouse-assertions',
  Endpoints: 'endpoints',
  P95Budget: 'p95-budget',
  MemoryBudget: 'memory-budget',
  LoadDuration: 'load-duration',
  Connections: 'connections',
  LatencyRounds: 'latency-rounds',
  ErrorRateBudget: 'error-rate-budget',
  StressSteps: 'stress-steps',
  StressP99: 'stress-p99',
  DatabaseUrl: 'database-url',
  Profile: 'profile',
  SoakDuration: 'soak-duration',
  Baseline: 'baseline',
  BaselineReport: 'baseline-report',
  BaseRef: 'base-ref',
  RegressionThreshold: 'regression-threshold',
  FailOn: 'fail-on',
  Comment: 'comment',
  CommentKey: 'comment-key',
  WebpackStats: 'webpack-stats',
  Composition: 'composition',
  StripHash: 'strip-hash',
  Mode: 'mode',
  Report: 'report',
  Shard: 'shard',
  TargetUrl: 'target-url',
  Alert: 'alert',
  AlertMentions: 'alert-mentions',
  HistorySize: 'history-size',
  AcceptLabel: 'accept-label',
} as const

export type InputName = (typeof Input)[keyof typeof Input]
export const INPUT_NAMES: readonly InputName[] = Object.values(Input)

// Which inputs the config file may not hold, and every input's default: see settings.ts.

export const Output = {
  Passed: 'passed',
  ReportPath: 'report-path',
  MarkdownPath: 'markdown-path',
  CommentUrl: 'comment-url',
  Regressions: 'regressions',
  Inconclusive: 'inconclusive',
  BenchmarkPath: 'benchmark-path',
  CheckRunUrl: 'check-run-url',
  AlertUrl: 'alert-url',
} as const

export const DEFAULT_CONFIG_FILES = ['perf-gate.config.json', 'perf-gate.config.yml', 'perf-gate.config.yaml'] as const
