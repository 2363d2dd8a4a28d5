import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { parse } from 'yaml'
import { loadConfig, type Config } from '../src/config/config.js'
import { INPUT_NAMES } from '../src/config/names.js'
import { SETTINGS, SETTING_LIST, statedDefault, type SettingDefinition } from '../src/config/settings.js'
import { runCliCaptured } from './fixtures/cli.js'
import { TempProject } from './fixtures/project.js'

/**
 * The settings table (src/config/settings.ts) is where defaults, flags and help live. The other
 * places that state them — action.yml, the config schema, the CLI's --help, the README's Inputs
 * table — are held to it here.
 */

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const read = (file: string) => readFile(path.join(REPO_ROOT, file), 'utf8')
const inputs = (definitions: readonly SettingDefinition[]) => definitions.map((definition) => definition.input).sort()
/** Markdown code spans read as their text: `500KB` and 500KB state the same default. */
const plain = (text: string) => text.replace(/`/g, '').trim()
/** What the action does when an input is left out, as a person reads it. */
const actionDefault = (definition: SettingDefinition) => definition.actionDefault ?? statedDefault(definition) ?? 'none'

/** An empty project: no config file, no size-limit config, no lighthouserc. */
let empty: TempProject
beforeAll(async () => {
  empty = await TempProject.create()
})
afterAll(async () => empty.remove())

test('the table has every input once, and every default parses', () => {
  expect(inputs(SETTING_LIST)).toEqual([...INPUT_NAMES].sort())
  for (const definition of SETTING_LIST) {
    if (definition.default !== undefined) expect(definition.parse({ value: definition.default, where: definition.input, at: (part) => part })).toEqual(definition.parsedDefault)
    // A default is a value or words, never both.
    if (definition.default !== undefined) expect(definition.defaultText).toBeUndefined()
  }
  expect(SETTINGS.bundleBudget.parsedDefault).toBe(500_000)
  expect(SETTINGS.lighthouseBudgets.parsedDefault).toEqual({ lcp: 2500, cls: 0.1, tbt: 200 })
})

test("Config's defaults are the table's", async () => {
  const cwd = empty.dir
  const config = await loadConfig({}, { cwd, overrideName: (input) => input, warn: () => undefined })
  for (const [key, definition] of Object.entries(SETTINGS)) {
    if (definition.default === undefined) continue
    // working-directory is resolved against the folder perf-gate starts in.
    const expected = key === 'workingDirectory' ? path.resolve(cwd, definition.default) : definition.parsedDefault
    expect({ [key]: config[key as keyof Config] }).toEqual({ [key]: expected })
  }
  expect(Object.values(config.origins.settings).every((origin) => origin.kind === 'default')).toBe(true)
})

describe('action.yml', () => {
  interface ActionInput {
    description: string
    required?: boolean
    default?: string
  }
  const actionInputs = async () => (parse(await read('action.yml')) as { inputs: Record<string, ActionInput> }).inputs

  test('declares exactly the inputs of the table', async () => {
    expect(Object.keys(await actionInputs()).sort()).toEqual(inputs(SETTING_LIST))
  })

  test("states each input's default in its description, as the table has it", async () => {
    const declared = await actionInputs()
    const stated = SETTING_LIST.map((definition) => {
      const description = declared[definition.input]?.description.trim() ?? ''
      // Every description ends with its default: "… Default `500KB`." or "… Default none."
      const match = /(?:^|\.\s)Default (.+)\.$/s.exec(description)
      return [definition.input, match ? plain(match[1] ?? '') : `(no "Default …." in: ${description})`]
    })
    expect(stated).toEqual(SETTING_LIST.map((definition) => [definition.input, statedDefault(definition) ?? 'none']))
  })

  test('has a `default:` only where the table says the runner passes one (any other would override the config file)', async () => {
    const declared = await actionInputs()
    expect(SETTING_LIST.map((definition) => [definition.input, declared[definition.input]?.default])).toEqual(SETTING_LIST.map((definition) => [definition.input, definition.actionDefault]))
  })
})

describe('the config schema', () => {
  interface Property {
    default?: unknown
    enum?: unknown[]
    $ref?: string
    type?: string | string[]
  }
  const readSchema = async () =>
    JSON.parse(await read('schema/config.schema.json')) as {
      definitions: Record<string, Property>
      properties: Record<string, Property & { items?: { properties: Record<string, Property> } }>
    }
  /** A property with its $ref followed: the enum of `compression` is in its definition. */
  const resolved = (schema: Awaited<ReturnType<typeof readSchema>>, property: Property): Property =>
    property.$ref ? { ...schema.definitions[property.$ref.replace('#/definitions/', '')], ...property } : property
  const REF_OF_KIND: Partial<Record<SettingDefinition['kind'], string>> = { size: '#/definitions/size', duration: '#/definitions/duration', percentage: '#/definitions/percentage' }

  test('has a key for every setting a file may hold, and none for the others', async () => {
    const schema = await readSchema()
    const keys = Object.keys(schema.properties).filter((key) => key !== '$schema' && key !== 'policies')
    expect(keys.sort()).toEqual(inputs(SETTING_LIST.filter((definition) => definition.inFile !== false)))
  })

  test('gives the same default, choices and unit as the table, at the top level and in policies', async () => {
    const schema = await readSchema()
    const places = { top: schema.properties, policies: schema.properties['policies']?.items?.properties ?? {} }
    for (const [place, properties] of Object.entries(places)) {
      for (const definition of SETTING_LIST) {
        const property = properties[definition.input]
        if (!property) continue
        const full = resolved(schema, property)
        const at = `${place} ${definition.input}`
        if (full.default !== undefined) expect({ at, default: String(full.default) }).toEqual({ at, default: definition.default })
        if (full.enum !== undefined) expect({ at, choices: [...new Set(full.enum.map(String))].sort() }).toEqual({ at, choices: [...(definition.choices ?? [])].sort() })
        const ref = REF_OF_KIND[definition.kind]
        if (ref !== undefined) expect({ at, $ref: property.$ref }).toEqual({ at, $ref: ref })
        if (definition.kind === 'count') expect({ at, type: property.type }).toEqual({ at, type: ['integer', 'string'] })
      }
    }
  })
})

describe('the CLI', () => {
  const cli = (...argv: string[]) => runCliCaptured(argv, empty.dir)
  const flagged = SETTING_LIST.filter((definition) => definition.flag)

  test('--help lists every flag of the table with its value and default', async () => {
    const { code, stdout } = await cli('--help')
    expect(code).toBe(0)
    const lines = stdout.split('\n')
    for (const definition of flagged) {
      const line = lines.find((candidate) => candidate.trimStart().startsWith(`--${definition.input} ${definition.flag?.value} `)) ?? `(no line for --${definition.input})`
      expect(line).toContain(definition.help)
      const stated = statedDefault(definition)
      if (stated !== undefined) expect(line).toContain(`(default ${stated})`)
    }
    // The flags the help once left out.
    expect(lines.find((line) => line.includes('--baseline MODE|FILE'))).toMatch(/auto, rebuild, stored or none/)
    for (const flag of ['--base-ref REF', '--lighthouse-runs N', '--latency-rounds N']) expect(stdout).toContain(flag)
    // The inputs only a workflow uses are no flags.
    for (const definition of SETTING_LIST.filter((candidate) => !candidate.flag)) expect(stdout).not.toContain(`--${definition.input} `)
  })

  test('accepts every flag of the table, and no other input', async () => {
    for (const definition of flagged) {
      // A known flag without its value says so; an unknown one is an unknown option.
      const { stderr } = await cli(`--${definition.input}`)
      expect(stderr).toMatch(new RegExp(`^perf-gate: --${definition.input}: needs a value`))
    }
    for (const definition of SETTING_LIST.filter((candidate) => !candidate.flag)) {
      const { stderr } = await cli(`--${definition.input}`, 'x')
      expect(stderr).toMatch(new RegExp(`^perf-gate: --${definition.input}: unknown option`))
    }
    // The value reaches the config: a count outside its range is refused, naming the flag.
    expect((await cli('--bundles', 'dist/*.js', '--latency-rounds', '51')).stderr).toMatch(/^perf-gate: --latency-rounds: "51" is not between 1 and 50/)
  })
})

test("the README's Inputs table lists every input with the table's default", async () => {
  const readme = await read('README.md')
  const section = readme.slice(readme.indexOf('\n## Inputs\n'), readme.indexOf('\n## ', readme.indexOf('\n## Inputs\n') + 1))
  const rows = [...section.matchAll(/^\| `([a-z0-9-]+)` \| (.*?) \| .* \|$/gm)].map((match) => [match[1] ?? '', plain(match[2] ?? '')])
  expect(rows.map(([input]) => input).sort()).toEqual(inputs(SETTING_LIST))
  const byInput = new Map(rows.map(([input, stated]) => [input, stated]))
  expect(SETTING_LIST.map((definition) => [definition.input, byInput.get(definition.input)])).toEqual(SETTING_LIST.map((definition) => [definition.input, actionDefault(definition)]))
})
