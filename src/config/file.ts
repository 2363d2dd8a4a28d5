import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { Ajv, type ErrorObject } from 'ajv'
import { closest, distance } from 'fastest-levenshtein'
import YAML from 'yaml'
import schema from '../../schema/config.schema.json' with { type: 'json' }
import { UserError, messages, type Where } from '../errors.js'
import { DEFAULT_CONFIG_FILES, Input } from './names.js'
import { leavesRoot } from './paths.js'

export type FileSettings = Record<string, unknown>

export interface ConfigFile {
  /** As the user would name it in an error: relative to the working directory. */
  displayName: string
  absolutePath: string
  settings: FileSettings
}

const validate = new Ajv({ allErrors: true, strict: false }).compile(schema)
const KNOWN_KEYS = Object.keys(schema.properties).filter((key) => key !== '$schema')

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
    parsed = /\.json$/i.test(absolutePath) ? JSON.parse(text) : YAML.parse(text, { prettyErrors: false })
  } catch (error) {
    throw new UserError(messages.configUnparsable(displayName, (error as Error).message))
  }
  // An empty YAML file parses to null: no settings, not an error.
  if (parsed === null || parsed === undefined) parsed = {}
  if (typeof parsed !== 'object' || Array.isArray(parsed)) throw new UserError(messages.configNotAnObject(displayName))

  if (!validate(parsed)) throw new UserError(describeSchemaError(displayName, validate.errors ?? []))
  return { displayName, absolutePath, settings: parsed as FileSettings }
}

const KEYWORD_RANK = ['additionalProperties', 'required', 'enum', 'const', 'pattern', 'minimum', 'minLength']

/** Turns ajv's list into the one error a person should fix first, as one line. */
function describeSchemaError(file: string, errors: ErrorObject[]): string {
  const unknownKey = errors.find((error) => error.keyword === 'additionalProperties' && error.instancePath === '')
  if (unknownKey) {
    const key = String(unknownKey.params['additionalProperty'])
    const suggestion = closest(key, KNOWN_KEYS)
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
