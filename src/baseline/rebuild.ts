import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Config } from '../config/config.js'
import { Input } from '../config/names.js'
import type { Logger } from '../engine.js'
import type { RunCommand } from '../exec.js'
import { measureBundles } from '../measure/bundles.js'
import type { BaselineInfo, Measurements } from '../report/report.js'
import { findMergeBase, git } from './git.js'

export interface RebuildDeps {
  log: Logger
  runCommand: RunCommand
}

export type RebuiltBaseline = { measurements: Measurements; info: BaselineInfo } | { failed: string }

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
 * The base measured in the same job: the merge base of `head` and `baseRef` is checked out into a
 * worktree of its own (the user's tree is never touched), installed, built and measured with the
 * head's bundle settings. Anything that goes wrong on the base's side (no git, no such ref, a failing
 * build) is a reason to compare with budgets only, never a crash; the worktree goes on every path.
 */
export async function rebuildBaseline(config: Config, baseRef: string, head: string, deps: RebuildDeps): Promise<RebuiltBaseline> {
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
  try {
    await git(['worktree', 'add', '--detach', '--quiet', worktree, mergeBase], repoRoot)
    const baseDirectory = path.join(worktree, path.relative(repoRoot, config.workingDirectory))
    if (!existsSync(baseDirectory)) return { failed: `the base (${short}) has no ${path.relative(repoRoot, config.workingDirectory) || 'project'} folder yet.` }
    log.info(`Base: ${short} (merge base of ${head} and ${baseRef}), checked out in ${worktree}.`)

    const install = config.installCommand ?? detectInstallCommand(baseDirectory)
    const output = log.commandOutput
    try {
      if (install) await deps.runCommand(install, { input: Input.InstallCommand, cwd: baseDirectory, output })
      if (config.buildCommand) await deps.runCommand(config.buildCommand, { input: Input.BuildCommand, cwd: baseDirectory, output })
    } catch (error) {
      return { failed: `the base (${short}) could not be built (${(error as Error).message}).` }
    }
    const bundles = config.bundles.length > 0 ? await measureBundles(config.bundles, baseDirectory, { allowMissing: true }) : []
    return { measurements: { bundles }, info: { source: 'rebuild', commit: { sha: mergeBase }, ref: baseRef } }
  } catch (error) {
    return { failed: `the base (${short}) could not be measured: ${(error as Error).message}.` }
  } finally {
    await git(['worktree', 'remove', '--force', worktree], repoRoot).catch(() => undefined)
    await rm(worktree, { recursive: true, force: true })
    await git(['worktree', 'prune'], repoRoot).catch(() => undefined)
  }
}
