import { execFile } from 'node:child_process'

export class GitError extends Error {
  override name = 'GitError'
}

/**
 * Runs git without a shell; rejects with git's own last line of error. Refs and paths from outside
 * (base-ref, a payload's SHA) come after `--end-of-options` in every call, so that one starting with
 * a dash is a ref that does not exist, never an option such as --upload-pack.
 */
export function git(args: readonly string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', [...args], { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        const reason =
          String(stderr || error.message)
            .trim()
            .split('\n')
            .filter(Boolean)
            .at(-1) ?? error.message
        reject(new GitError(`git ${args[0]}: ${reason}`))
      } else {
        resolve(stdout.trim())
      }
    })
  })
}

export async function hasCommit(ref: string, cwd: string): Promise<boolean> {
  try {
    await git(['cat-file', '-e', '--end-of-options', `${ref}^{commit}`], cwd)
    return true
  } catch {
    return false
  }
}

/**
 * The merge base of `head` and `base`, fetching what a shallow or partial checkout lacks: first the
 * base itself, then history in growing steps, and at last all of it.
 */
export async function findMergeBase(head: string, base: string, cwd: string): Promise<string> {
  const remote = (await git(['remote'], cwd)).split('\n').filter(Boolean)[0]
  if (!(await hasCommit(base, cwd))) {
    if (!remote) throw new GitError(`git: ${base} is not in this repository and there is no remote to fetch it from`)
    await git(['fetch', '--no-tags', '--quiet', '--end-of-options', remote, base], cwd)
    if (!(await hasCommit(base, cwd))) base = 'FETCH_HEAD'
  }
  const baseSha = await git(['rev-parse', '--verify', '--end-of-options', `${base}^{commit}`], cwd)
  for (const deepen of [50, 200, 1000, 0]) {
    try {
      return await git(['merge-base', '--end-of-options', head, baseSha], cwd)
    } catch (error) {
      const shallow = (await git(['rev-parse', '--is-shallow-repository'], cwd)) === 'true'
      if (!shallow || !remote) throw error
      const more = deepen === 0 ? ['--unshallow'] : [`--deepen=${deepen}`]
      await git(['fetch', '--no-tags', '--quiet', ...more, '--end-of-options', remote, baseSha], cwd)
    }
  }
  return git(['merge-base', '--end-of-options', head, baseSha], cwd)
}

/**
 * Up to `count` commits along the first-parent line from `start` (itself first): the commits of
 * the branch as it was merged into. A shallow checkout is deepened once to have them.
 */
export async function firstParentHistory(start: string, cwd: string, count: number): Promise<string[]> {
  const list = async () => (await git(['rev-list', '--first-parent', `--max-count=${count}`, '--end-of-options', start], cwd)).split('\n').filter(Boolean)
  const commits = await list()
  if (commits.length >= count || (await git(['rev-parse', '--is-shallow-repository'], cwd)) !== 'true') return commits
  const remote = (await git(['remote'], cwd)).split('\n').filter(Boolean)[0]
  if (!remote) return commits
  try {
    await git(['fetch', '--no-tags', '--quiet', `--deepen=${count}`, '--end-of-options', remote], cwd)
  } catch {
    return commits
  }
  return list()
}

/** The committer dates (ISO 8601) of `shas`, by SHA; a commit git cannot show is left out. */
export async function commitDates(shas: readonly string[], cwd: string): Promise<Map<string, string>> {
  if (shas.length === 0) return new Map()
  try {
    const lines = (await git(['show', '-s', '--format=%H %cI', '--end-of-options', ...shas], cwd)).split('\n')
    return new Map(lines.flatMap((line) => (/^[0-9a-f]{40,64} \S+$/.test(line) ? [line.split(' ') as [string, string]] : [])))
  } catch {
    return new Map()
  }
}

/**
 * The first parent of the checkout's HEAD (`HEAD^`), the commit a push to the base branch is
 * compared with; a shallow checkout is deepened to have it. Undefined for a root commit.
 */
export async function firstParentOfHead(cwd: string): Promise<string | undefined> {
  const [, parent] = await firstParentHistory('HEAD', cwd, 2)
  return parent
}
