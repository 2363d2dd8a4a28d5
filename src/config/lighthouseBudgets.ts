import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { UserError, messages, type Where } from '../errors.js'
import { BOUNDS } from './bounds.js'
import { Input } from './names.js'
import { loadYaml, sourceLines, type KeyPath } from './file.js'
import { leavesRoot } from './paths.js'
import { bounded, parseDuration } from './units.js'
import type { BudgetName, LighthouseBudgets } from '../model/settings.js'
import { METRIC_NAMES, METRIC_TABLE, budgetOperator, categoryOf, type BudgetKind } from '../model/metrics.js'

/** Lighthouse audit ids (as LHCI assertions and budget.json name them) → our metric names. */
export const AUDIT_IDS: Readonly<Record<string, BudgetName>> = Object.fromEntries(METRIC_NAMES.map((name) => [METRIC_TABLE[name].audit, name]))
const BUDGET_NAMES: readonly BudgetName[] = Object.values(AUDIT_IDS)

/** A plain number (a trailing % allowed), at least 0 and at most the bounds' maximum. */
function budgetNumber(name: BudgetName, value: unknown, where: Where, bounds: { max: number; from: string; to: string; example: string }): number {
  const number = typeof value === 'number' ? value : Number(String(value).trim().replace(/%$/, ''))
  if (!Number.isFinite(number) || number < 0) throw new UserError(messages.badLighthouseBudget(where, name, value))
  if (number > bounds.max) throw new UserError(messages.outOfRange(where, value, bounds.from, bounds.to, bounds.example))
  return number
}

/** How each kind of budget (METRIC_TABLE's `budget`) is read. */
const BUDGET_PARSERS: Record<BudgetKind, (name: BudgetName, value: unknown, where: Where) => number> = {
  timing: (_name, value, where) => bounded(parseDuration, BOUNDS.lighthouseTiming)(value as string | number, where),
  cls: (name, value, where) => budgetNumber(name, value, where, BOUNDS.lighthouseCls),
  score: (name, value, where) => {
    const number = budgetNumber(name, value, where, BOUNDS.lighthouseScore)
    return number > 1 ? number / 100 : number
  },
}

/** One budget value as a user writes it: `2.5s` or 2500 for timings, 0.1 for CLS, 0.9 or 90 for the score. */
export function parseBudgetValue(name: BudgetName, value: unknown, where: Where): number {
  return BUDGET_PARSERS[METRIC_TABLE[name].budget](name, value, where)
}

/** `lcp=2.5s, cls=0.1` (input) or `{ "lcp": "2.5s", "cls": 0.1 }` (config file). */
export function parseLighthouseBudgets(value: unknown, where: Where): LighthouseBudgets {
  const entries: Array<[string, unknown]> =
    typeof value === 'string'
      ? value
          .split(/[,\n]/)
          .map((part) => part.trim())
          .filter(Boolean)
          .map((part) => {
            const [key, ...rest] = part.split('=')
            if (rest.length === 0) throw new UserError(messages.badLighthouseBudget(where, part, ''))
            return [key?.trim() ?? '', rest.join('=').trim()]
          })
      : Object.entries(value as Record<string, unknown>)
  const budgets: LighthouseBudgets = {}
  for (const [key, raw] of entries) {
    const name = key.toLowerCase() as BudgetName
    if (!BUDGET_NAMES.includes(name)) throw new UserError(messages.unknownLighthouseMetric(where, key, BUDGET_NAMES))
    budgets[name] = parseBudgetValue(name, raw, `${where} ${name}`)
  }
  return budgets
}

const ASSERTION_FILES = ['lighthouserc.json', '.lighthouserc.json', 'lighthouserc.yml', '.lighthouserc.yml', 'lighthouserc.yaml', 'budget.json']

/**
 * Budgets from a team's existing Lighthouse setup: an LHCI lighthouserc (its assert.assertions
 * for the metrics named above: maxNumericValue, and minScore for the performance category) or a
 * Lighthouse budget.json (its timings). `explicit` is a path; without one the usual files in the
 * working directory are looked for. Returns the budgets found, the file they came from and the line
 * of the key that sets each (the last one, as the last one wins).
 */
export async function readLighthouseAssertions(
  workingDirectory: string,
  explicit: { value: string; where: Where } | undefined,
): Promise<{ budgets: LighthouseBudgets; file?: string; lines: Partial<Record<BudgetName, number>> }> {
  const file = explicit ? path.resolve(workingDirectory, explicit.value) : ASSERTION_FILES.map((name) => path.join(workingDirectory, name)).find((candidate) => existsSync(candidate))
  if (!file) return { budgets: {}, lines: {} }
  const displayName = path.relative(workingDirectory, file) || file
  // A parse error quotes the file's start: a lighthouserc.json linked to a file elsewhere is not read.
  const escape = leavesRoot(workingDirectory, file)
  if (escape) throw new UserError(messages.pathOutside(explicit?.where ?? Input.LighthouseAssertions, explicit?.value ?? displayName, workingDirectory, escape.symlinkTo))
  if (!existsSync(file)) throw new UserError(messages.lighthouseAssertionsMissing(displayName))
  let parsed: unknown
  let text: string
  try {
    text = await readFile(file, 'utf8')
    parsed = /\.ya?ml$/i.test(file) ? (await loadYaml()).parse(text) : JSON.parse(text)
  } catch (error) {
    throw new UserError(messages.lighthouseAssertionsUnparsable(displayName, (error as Error).message))
  }
  const where = `lighthouse-assertions (${displayName})`
  const { budgets, keyPaths } = Array.isArray(parsed) ? fromBudgetJson(parsed, where) : fromLighthouserc(parsed, where)
  const keyLines = await sourceLines(text)
  const lines: Partial<Record<BudgetName, number>> = {}
  for (const [name, keyPath] of Object.entries(keyPaths) as Array<[BudgetName, KeyPath]>) {
    const line = keyLines.keyLine(keyPath)
    if (line !== undefined) lines[name] = line
  }
  return { budgets, file: displayName, lines }
}

/** What a Lighthouse setup file sets, and the key of the file that sets each budget. */
interface FoundBudgets {
  budgets: LighthouseBudgets
  keyPaths: Partial<Record<BudgetName, KeyPath>>
}

function fromLighthouserc(rc: unknown, where: Where): FoundBudgets {
  const assertions = (rc as { ci?: { assert?: { assertions?: Record<string, unknown> } } })?.ci?.assert?.assertions ?? {}
  const budgets: LighthouseBudgets = {}
  const keyPaths: FoundBudgets['keyPaths'] = {}
  for (const [id, assertion] of Object.entries(assertions)) {
    const name = AUDIT_IDS[id]
    if (!name || !Array.isArray(assertion)) continue
    const [level, options] = assertion as [string, Record<string, unknown> | undefined]
    if (level === 'off') continue
    const option = budgetOperator(name).lhciOption
    const limit = options?.[option]
    if (limit === undefined) continue
    budgets[name] = parseBudgetValue(name, limit, `${where} ${id}`)
    keyPaths[name] = ['ci', 'assert', 'assertions', id, 1, option]
  }
  return { budgets, keyPaths }
}

function fromBudgetJson(entries: unknown[], where: Where): FoundBudgets {
  const budgets: LighthouseBudgets = {}
  const keyPaths: FoundBudgets['keyPaths'] = {}
  entries.forEach((entry, index) => {
    const timings = (entry as { timings?: unknown } | null)?.timings
    if (!Array.isArray(timings)) return
    timings.forEach((timing: { metric?: string; budget?: number } | null, position) => {
      const name = timing?.metric ? AUDIT_IDS[timing.metric] : undefined
      // A timing names an audit; a category's score (the performance score) is none.
      if (!name || categoryOf(name) !== undefined || typeof timing?.budget !== 'number') return
      budgets[name] = parseBudgetValue(name, timing.budget, `${where} ${timing.metric}`)
      keyPaths[name] = [index, 'timings', position, 'budget']
    })
  })
  return { budgets, keyPaths }
}
