// Cutting markdown to fit a length: first by showing fewer rows of each table (the report's own
// layout), and as a last resort by cutting the text at a line boundary. The renderer and the check
// run (for a summary from elsewhere) cut the same way.

/** How many rows each table shows; Infinity for the full report. */
export interface Layout {
  rows: number
}

export const FULL_LAYOUT: Layout = { rows: Infinity }

// Fewer rows per table until the report fits; each step keeps the tables' first (most important) rows.
const ROW_STEPS = [Infinity, 50, 25, 10, 3]

/** The first `layout.rows` lines, and a line that counts the rest. */
export function limitRows(rows: readonly string[], layout: Layout, noun: string): string[] {
  if (rows.length <= layout.rows) return [...rows]
  return [...rows.slice(0, layout.rows), '', `…and ${(rows.length - layout.rows).toLocaleString('en-US')} more ${noun} in the full report.`]
}

/**
 * The text `render` gives with the most rows that fit in `maxLength`; when even the fewest do not
 * fit, that text cut at a line with `cutNote` (see cutAtLine).
 */
export function fitRows(render: (layout: Layout) => string, maxLength: number, cutNote: string): string {
  let text = ''
  for (const rows of ROW_STEPS) {
    text = render({ rows })
    if (text.length <= maxLength) return text
  }
  return cutAtLine(text, maxLength, cutNote)
}

/** How many open <details> a cut closes: the report nests at most this deep. */
const MAX_OPEN_DETAILS = 4
const FENCE_CLOSER = '\n```'
const DETAILS_CLOSER = '\n</details>'

/**
 * The text as it is when it fits; else its whole lines up to `maxLength`, an open code block and
 * open <details> closed, and `note` (which says it was cut, and where the rest is) at the end.
 */
export function cutAtLine(text: string, maxLength: number, note: string): string {
  if (text.length <= maxLength) return text
  // Room for the note and for whatever the cut may have to close: a code block, and as many <details> as the text opens.
  const detailsToClose = Math.min((text.match(/<details>/g) ?? []).length, MAX_OPEN_DETAILS)
  const room = Math.max(0, maxLength - note.length - FENCE_CLOSER.length - DETAILS_CLOSER.length * detailsToClose)
  const lineEnd = text.lastIndexOf('\n', room)
  // One line longer than the room (no line break in it) is cut inside the line: something shows.
  const kept = text.slice(0, lineEnd > 0 ? lineEnd : room)
  // A cut inside a code block (a chart) would swallow the rest, the note too: close it first.
  const insideCodeBlock = (kept.match(/^```/gm) ?? []).length % 2 === 1
  const open = (kept.match(/<details>/g) ?? []).length - (kept.match(/<\/details>/g) ?? []).length
  return `${kept}${insideCodeBlock ? FENCE_CLOSER : ''}${DETAILS_CLOSER.repeat(Math.max(0, Math.min(open, MAX_OPEN_DETAILS)))}${note}`
}
