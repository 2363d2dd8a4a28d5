import type { StripHash } from '../model/settings.js'

/** The file name (a path with forward slashes) without its content hashes. */
export function stripHash(fileName: string, rule: StripHash): string {
  switch (rule.kind) {
    case 'none':
      return fileName
    case 'pattern':
      return withoutFirstGroup(fileName, rule.pattern)
    case 'auto':
      return withoutKnownHashes(fileName)
  }
}

/** How many capture groups a pattern has: the empty alternative always matches, with every group unset. */
export function captureGroups(pattern: RegExp): number {
  return (new RegExp(`${pattern.source}|`).exec('')?.length ?? 1) - 1
}

function withoutFirstGroup(fileName: string, pattern: RegExp): string {
  // Exactly where the group matched (the `d` flag), not the first place its text occurs; and no
  // g or y flag, whose lastIndex would carry from one file name to the next.
  const indexed = new RegExp(pattern.source, `${pattern.flags.replace(/[dgy]/g, '')}d`)
  const span = indexed.exec(fileName)?.indices?.[1]
  return span ? fileName.slice(0, span[0]) + fileName.slice(span[1]) : fileName
}

/**
 * The hashes bundlers write, each where that bundler puts it:
 * - a folder that is a hash, with its slash: Next.js's `static/<buildId>/` (21 characters of
 *   nanoid's alphabet) or a build id that is a commit's hex;
 * - a file name that is all hash: Next.js's `static/css/<hex16>.css`, webpack's `[contenthash].js`;
 * - a dot-separated part after the name: webpack's `[name].[contenthash].js`, Parcel's
 *   `index.3f2a9c1d.js`, Astro's `index.B3kTWKfm.js`, CRA's `787.8c2d1e3a.chunk.js`;
 * - a dash-separated end of a part: Vite's and Rollup's `index-CKk-EZXd.js` (base64url, which may
 *   itself contain a dash), esbuild's `chunk-NPWTAH35.js` (base32), Next.js's `_app-<hex16>.js`.
 * The first part is the name and stays (a chunk id such as `787` too), unless it is all hash.
 */
function withoutKnownHashes(fileName: string): string {
  const folders = fileName.split('/')
  const base = folders.pop() ?? ''
  return [...folders.filter((folder) => !isHexHash(folder, 8) && !isBuildId(folder)), withoutNameHashes(base)].join('/')
}

function withoutNameHashes(base: string): string {
  const parts = base.split('.')
  // A name without an extension is not a built asset: nothing to tell a hash by.
  if (parts.length < 2) return base
  const [name = '', ...rest] = parts
  const extension = rest.pop() ?? ''
  const kept = rest.filter((part) => !isHexHash(part, 4) && !isBase64Hash(part)).map(withoutDashHash)
  // A name that is all hash keeps a placeholder, so that the report does not show `static/css/.css`.
  return [isHexHash(name, 8) ? '[hash]' : withoutDashHash(name), ...kept, extension].join('.')
}

function withoutDashHash(part: string): string {
  // Rollup's hash is the last 8 characters after a dash; a dash inside the hash is part of it.
  const rollup = /^(.+)-([\w-]{8})$/.exec(part)
  if (rollup?.[1] && rollup[2] && isBase64Hash(rollup[2])) return rollup[1]
  const [name = '', ...pieces] = part.split('-')
  return [name, ...pieces.filter((piece) => !isHexHash(piece, 4))].join('-')
}

/**
 * webpack's, Parcel's and Next.js's hashes are lowercase hex. A short one (`[contenthash:6]`) needs
 * a digit and a letter, so that `cafe`, `2023` or a chunk number stays. From 8 characters on, any
 * hex with a digit is a hash, all digits too (a random 8-character hex is all digits 2% of the
 * time); all letters (`deadbeef`) is a word.
 */
function isHexHash(text: string, minimum: number): boolean {
  if (text.length < minimum || !/^[0-9a-f]+$/.test(text) || !/[0-9]/.test(text)) return false
  return text.length >= 8 || /[a-f]/.test(text)
}

/**
 * Rollup's and Vite's 8 characters of base64url (`D_6Ay_gG`, `CsUDhMuy`), or esbuild's of uppercase
 * base32 (`NPWTAH35`). One in five of Vite's hashes has no digit, `_` or `-` and many mix cases like
 * words do (`DiwrgTda`), so only what no random hash looks like is a word: all lowercase
 * (`reactdom`, `validate`, `my_thing`) or capitalized (`Settings`).
 */
function isBase64Hash(text: string): boolean {
  return /^[\w-]{8}$/.test(text) && !/^[a-z_-]+$/.test(text) && !/^[A-Z][a-z]+$/.test(text)
}

/** Next.js's buildId folder: 21 characters of nanoid's alphabet, with both cases as random ones have. */
function isBuildId(folder: string): boolean {
  return /^[\w-]{21}$/.test(folder) && /[a-z]/.test(folder) && /[A-Z]/.test(folder)
}
