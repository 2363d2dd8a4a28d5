import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { ErrorObject, ValidateFunction } from 'ajv'
import { closest, distance } from 'fastest-levenshtein'
import type { Pair } from 'yaml'
import { UserError, messages, type Where } from '../errors.js'
import { DEFAULT_CONFIG_FILES, Input } from './names.js'
import { leavesRoot } from './paths.js'

export type FileSettings = Record<string, unknown>

export interface ConfigFile {
  /** As the user would name it in an error: relative to the working directory. */
  displayName: string
  absolutePath: string
  settings: FileSettings
  /** Where each key is written, for the origins of the settings the file sets. */
  lines: SourceLines
}

/** A key's place in a parsed JSON or YAML value: `['policies', 1, 'bundle-budget']`. */
export type KeyPath = ReadonlyArray<string | number>

/** The 1-based lines that keys of a JSON or YAML text are written on. */
export interface SourceLines {
  /** The line of the key at `keyPath`; a repeated key's last one (the one JSON.parse keeps); undefined when it is not there. */
  keyLine(keyPath: KeyPath): number | undefined
  /**
   * The line, inside the string at `keyPath`, of the last line that matches `pattern`: a block
   * string (`|`) has one item a line. A string on one line is that line.
   */
  lineInString(keyPath: KeyPath, pattern: RegExp): number | undefined
}

/**
 * Reads where a text's keys are. JSON is YAML 1.2, so one parser reads both; a text it cannot
 * read (no JSON or YAML that perf-gate would have accepted) has no lines.
 */
export async function sourceLines(text: string): Promise<SourceLines> {
  const yaml = await loadYaml()
  const { LineCounter, isScalar, parseDocument } = yaml
  const lineCounter = new LineCounter()
  // A repeated key is no error: JSON.parse keeps its last value, and so does pairAt.
  const document = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false })
  const root = document.errors.length > 0 ? undefined : document.contents
  const lineAt = (offset: number) => lineCounter.linePos(offset).line
  return {
    keyLine(keyPath) {
      const key = pairAt(root, keyPath, yaml)?.key
      return isScalar(key) && key.range ? lineAt(key.range[0]) : undefined
    },
    lineInString(keyPath, pattern) {
      const value = pairAt(root, keyPath, yaml)?.value
      if (!isScalar(value) || typeof value.value !== 'string' || !value.range) return undefined
      const [start, end] = value.range
      const first = lineAt(start)
      if (lineAt(end) === first) return first
      const index = text
        .slice(start, end)
        .split('\n')
        .findLastIndex((line) => pattern.test(line))
      return index < 0 ? undefined : first + index
    },
  }
}

/** The pair at the end of `keyPath`: map keys by name (the last when one repeats), list items by index. */
function pairAt(root: unknown, keyPath: KeyPath, { isMap, isScalar, isSeq }: YamlModule): Pair | undefined {
  let node = root
  let pair: Pair | undefined
  for (const step of keyPath) {
    if (typeof step === 'number') {
      pair = undefined
      node = isSeq(node) ? node.items[step] : undefined
    } else {
      pair = isMap(node) ? node.items.findLast((candidate) => isScalar(candidate.key) && String(candidate.key.value) === step) : undefined
      node = pair?.value
    }
  }
  return pair
}

type YamlModule = typeof import('./yaml.js')

/**
 * The YAML parser and the schema's validator are loaded when a file is read: most runs have none,
 * and ajv compiling the schema was a third of a bundle-only run's start-up.
 */
export const loadYaml = (): Promise<YamlModule> => import('./yaml.js')
let schemaCheck: Promise<{ validate: ValidateFunction; knownKeys: string[] }> | undefined
function configSchema(): Promise<{ validate: ValidateFunction; knownKeys: string[] }> {
  schemaCheck ??= Promise.all([import('./validator.js'), import('../../schema/config.schema.json', { with: { type: 'json' } })]).then(([{ compileSchema }, { default: schema }]) => ({
    validate: compileSchema(schema, { allErrors: true }),
    knownKeys: Object.keys(schema.properties).filter((key) => key !== '$schema'),
  }))
  return schemaCheck
}

/**
 * Finds the config file (the `config` input, else perf-gate.config.json/.yml/.yaml in the working
 * directory), parses it by its extension and validates it against schema/config.schema.json.
 * Returns undefined when no file was asked for and none is present.
 */
export async function readConfigFile(workingDirectory: string, requested: { value: string; where: Where } | undefined): Promise<ConfigFile | undefined> {
  let absolutePath: string
  if (requested) {
    absolutePath = path.resolve(workingDirectory, requested.value)
  } else {
    const found = DEFAULT_CONFIG_FILES.map((name) => path.join(workingDirectory, name)).find((file) => existsSync(file))
    if (!found) return undefined
    absolutePath = found
  }
  const displayName = path.relative(workingDirectory, absolutePath) || absolutePath
  // Checked before it is read: a parse error quotes the start of the file.
  const escape = leavesRoot(workingDirectory, absolutePath)
  if (escape) throw new UserError(messages.pathOutside(requested?.where ?? Input.Config, requested?.value ?? displayName, workingDirectory, escape.symlinkTo))
  if (requested && !existsSync(absolutePath)) throw new UserError(messages.configMissing(requested.value))
  const text = await readFile(absolutePath, 'utf8')

  let parsed: unknown
  try {
    parsed = /\.json$/i.test(absolutePath) ? JSON.parse(text) : (await loadYaml()).parse(text, { prettyErrors: false })
  } catch (error) {
    throw new UserError(messages.configUnparsable(displayName, (error as Error).message))
  }
  // An empty YAML file parses to null: no settings, not an error.
  if (parsed === null || parsed === undefined) parsed = {}
  if (typeof parsed !== 'object' || Array.isArray(parsed)) throw new UserError(messages.configNotAnObject(displayName))

  const { validate, knownKeys } = await configSchema()
  if (!validate(parsed)) throw new UserError(describeSchemaError(displayName, validate.errors ?? [], knownKeys))
  return { displayName, absolutePath, settings: parsed as FileSettings, lines: await sourceLines(text) }
}

const KEYWORD_RANK = ['additionalProperties', 'required', 'enum', 'const', 'pattern', 'minimum', 'minLength']

/** Turns ajv's list into the one error a person should fix first, as one line. */
function describeSchemaError(file: string, errors: ErrorObject[], knownKeys: readonly string[]): string {
  const unknownKey = errors.find((error) => error.keyword === 'additionalProperties' && error.instancePath === '')
  if (unknownKey) {
    const key = String(unknownKey.params['additionalProperty'])
    const suggestion = closest(key, [...knownKeys])
    return messages.configUnknownKey(file, key, distance(key, suggestion) <= 3 ? suggestion : undefined)
  }
  // oneOf/anyOf errors only say "must match a schema"; the deepest specific error says what is wrong.
  // Among errors at the same depth, an unknown or missing key says more than "must be string"
  // (which only reports that the value did not match the other branch of a oneOf).
  const specific = errors.filter((error) => error.keyword !== 'oneOf' && error.keyword !== 'anyOf')
  const rank = (error: ErrorObject) => KEYWORD_RANK.indexOf(error.keyword) >>> 0
  const depth = (error: ErrorObject) => error.instancePath.split('/').length
  const chosen = [...(specific.length > 0 ? specific : errors)].sort((a, b) => depth(b) - depth(a) || rank(a) - rank(b))[0]
  if (!chosen) return messages.configInvalid(file, 'the top level', 'is not valid')
  const at = keyPath(chosen.instancePath)
  let problem = chosen.message ?? 'is not valid'
  if (chosen.keyword === 'additionalProperties') problem = `has an unknown key "${String(chosen.params['additionalProperty'])}"`
  if (chosen.keyword === 'required') problem = `needs the key "${String(chosen.params['missingProperty'])}"`
  if (chosen.keyword === 'enum') problem = `must be one of ${(chosen.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
  return messages.configInvalid(file, at, problem)
}

/** "/bundles/0/limit" → "bundles[0].limit" */
function keyPath(instancePath: string): string {
  if (!instancePath) return 'the top level'
  return instancePath
    .split('/')
    .slice(1)
    .map((part, index) => (/^\d+$/.test(part) ? `[${part}]` : index === 0 ? part : `.${part}`))
    .join('')
}
