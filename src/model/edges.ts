import type { Writable } from 'node:stream'
import type { getOctokit } from '@actions/github'

export interface Logger {
  info(message: string): void
  warning(message: string): void
  /** A long phase: the action folds it in the log, the CLI prints a heading. */
  group<T>(title: string, work: () => Promise<T>): Promise<T>
  /** Where a command's own output goes while it runs. */
  commandOutput: Writable
}

export interface CommandOptions {
  /** The input that holds the command, for the error message: `build-command`. */
  input: string
  cwd: string
  /** Where the command's output is shown as it runs. */
  output: Writable
  env?: NodeJS.ProcessEnv
}

export type RunCommand = (command: string, options: CommandOptions) => Promise<void>

export type Octokit = ReturnType<typeof getOctokit>

/** A report stored by an earlier run, found for one of the commits asked about. */
export interface StoredReport {
  sha: string
  text: string
  runId?: number
}

/** The stored reports of up to `limit` of `shas`, in the order of `shas` (nearest first). */
export type FindStoredReports = (shas: readonly string[], limit: number) => Promise<StoredReport[]>
