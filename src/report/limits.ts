// GitHub's limits on what perf-gate writes, each next to the length perf-gate renders for, which
// leaves room on purpose where it differs. Lengths are in characters (JavaScript string length),
// as GitHub counts them, except the job summary's, which GitHub counts in bytes.

/** GitHub keeps at most this many characters in an issue or pull request comment. */
export const GITHUB_COMMENT_LIMIT = 65_536
/** The comment perf-gate renders: under GitHub's limit by room for the sticky marker (an HTML comment) it adds. */
export const COMMENT_MAX_LENGTH = 65_000

/** GitHub refuses a check run output summary longer than this. */
export const CHECK_SUMMARY_LIMIT = 65_535
/**
 * The check run summary perf-gate renders: the comment's length, so that the check run and the
 * comment show the same report. A summary from elsewhere is cut to CHECK_SUMMARY_LIMIT when it is sent.
 */
export const CHECK_SUMMARY_MAX_LENGTH = COMMENT_MAX_LENGTH

/**
 * GitHub documents no limit for a check run's title, which it shows on one line next to the
 * check's name: perf-gate keeps it to this many characters.
 */
export const CHECK_TITLE_MAX_LENGTH = 250

/** GitHub takes at most this many annotations in one request; further ones go in updates, which append. */
export const ANNOTATIONS_PER_REQUEST = 50

/** GitHub keeps at most 1 MiB (in bytes) of job summary per step. */
export const GITHUB_JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024
/** The job summary perf-gate renders, in characters: characters like ✅ and — take 3 bytes, hence the margin. */
export const JOB_SUMMARY_MAX_LENGTH = 900_000
