import { realpathSync } from 'node:fs'
import path from 'node:path'

/**
 * What perf-gate reads stays inside the folder it was pointed at. Settings can come from the pull
 * request's own config file, and a file read outside (a runner's credentials, /etc/passwd) could
 * end up in a comment: a parse error quotes the start of a file, a bundle is listed by its path.
 * Paths are checked when the Config is made; the files globs match are checked where the globs are
 * resolved (measure/bundles.ts), against the folder being measured: the head's working directory,
 * or the rebuilt base's counterpart in its own worktree.
 */

/** `file` is `root` or below it, by the paths alone (both absolute). */
export function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file)
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
}

/**
 * Where `file` really is, symlinks followed. A file that does not exist yet (a report the build
 * writes) is placed under the real path of its nearest existing folder, so a symlinked folder on
 * the way still counts.
 */
export function realPathOf(file: string): string {
  const rest: string[] = []
  let existing = file
  for (;;) {
    try {
      return path.join(realpathSync.native(existing), ...rest)
    } catch {
      const parent = path.dirname(existing)
      if (parent === existing) return file
      rest.unshift(path.basename(existing))
      existing = parent
    }
  }
}

/**
 * Whether `file` leads out of `root`: by its path alone (`{}`), or through a symlink (`symlinkTo`
 * its real path); undefined when it stays inside. A root that is itself a symlink (macOS's /tmp)
 * is compared by its real path.
 */
export function leavesRoot(root: string, file: string): { symlinkTo?: string } | undefined {
  if (!isInside(root, file)) return {}
  const real = realPathOf(file)
  return isInside(realPathOf(root), real) ? undefined : { symlinkTo: real }
}

// `..` as a whole segment: between slashes, or as one alternative of a brace or extglob group
// ({..,dist}, @(..)), which the glob library expands into a path segment of its own.
const PARENT_SEGMENT = /(?:^|[\\/{,(|])\.\.(?:[\\/},)|]|$)/

/**
 * A glob that could reach outside the folder it is matched in: absolute (on any platform) or with
 * a `..` segment. Refused before anything is walked, so `../../**` never crawls the disk.
 */
export function globLeavesRoot(pattern: string): boolean {
  return path.posix.isAbsolute(pattern) || path.win32.isAbsolute(pattern) || PARENT_SEGMENT.test(pattern)
}
