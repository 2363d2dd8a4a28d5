import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Config } from '../config/config.js'
import { Input } from '../config/names.js'
import type { Logger, RunCommand } from '../model/edges.js'
import { findMergeBase, git } from './git.js'

export interface RebuildDeps {
  log: Logger
  runCommand: RunCommand
}

/** The base, checked out in a worktree of its own, installed and built, ready to be measured. */
export interface PreparedBase {
  /** The working directory's counterpart inside the base's worktree. */
  directory: string
  mergeBase: string
  baseRef: string
  /** Removes the worktree; safe to call on every path. */
  cleanup(): Promise<void>
}

export type BasePreparation = PreparedBase | { failed: string }

/** The install command a project's lockfile implies; undefined when there is nothing to install. */
export function detectInstallCommand(directory: string): string | undefined {
  const lockfiles: Array<[string, string]> = [
    ['pnpm-lock.yaml', 'pnpm install --frozen-lockfile'],
    ['yarn.lock', 'yarn install --frozen-lockfile'],
    ['bun.lockb', 'bun install --frozen-lockfile'],
    ['bun.lock', 'bun install --frozen-lockfile'],
    ['package-lock.json', 'npm ci'],
    ['npm-shrinkwrap.json', 'npm ci'],
  ]
  const found = lockfiles.find(([file]) => existsSync(path.join(directory, file)))
  if (found) return found[1]
  return existsSync(path.join(directory, 'package.json')) ? 'npm install' : undefined
}

/**
 * The merge base of `head` and `baseRef` checked out into a worktree of its own (the user's tree is
 * never touched), installed and built with the head's settings. Anything that goes wrong on the
 * base's side (no git, no such ref, a failing build) is a reason to compare with budgets only, never a
 * crash; the worktree is removed on every path, by the caller's cleanup() once it is measured.
 */
export async function prepareBase(config: Config, baseRef: string, head: string, deps: RebuildDeps): Promise<BasePreparation> {
  const { log } = deps
  let repoRoot: string
  let mergeBase: string
  try {
    repoRoot = await git(['rev-parse', '--show-toplevel'], config.workingDirectory)
    mergeBase = await findMergeBase(head, baseRef, repoRoot)
  } catch (error) {
    return { failed: `the base (${baseRef}) could not be found: ${(error as Error).message}.` }
  }
  const short = mergeBase.slice(0, 7)
  const worktree = await mkdtemp(path.join(os.tmpdir(), 'perf-gate-base-'))
  const cleanup = async () => {
    await git(['worktree', 'remove', '--force', worktree], repoRoot).catch(() => undefined)
    await rm(worktree, { recursive: true, force: true })
    await git(['worktree', 'prune'], repoRoot).catch(() => undefined)
  }
  try {
    await git(['worktree', 'add', '--detach', '--quiet', '--end-of-options', worktree, mergeBase], repoRoot)
    const directory = path.join(worktree, path.relative(repoRoot, config.workingDirectory))
    if (!existsSync(directory)) {
      await cleanup()
      return { failed: `the base (${short}) has no ${path.relative(repoRoot, config.workingDirectory) || 'project'} folder yet.` }
    }
    log.info(`Base: ${short} (merge base of ${head} and ${baseRef}), checked out in ${worktree}.`)
    const install = config.installCommand ?? detectInstallCommand(directory)
    const output = log.commandOutput
    if (install) await deps.runCommand(install, { input: Input.InstallCommand, cwd: directory, output })
    if (config.buildCommand) await deps.runCommand(config.buildCommand, { input: Input.BuildCommand, cwd: directory, output })
    return { directory, mergeBase, baseRef, cleanup }
  } catch (error) {
    await cleanup()
    return { failed: `the base (${short}) could not be built (${(error as Error).message}).` }
  }
}
