import { existsSync } from 'node:fs'
import type { ValidateFunction } from 'ajv'
import { readFile } from 'node:fs/promises'
import { Input } from '../config/names.js'
import { UserError, messages } from '../errors.js'
import type { BaselineInfo, Measurements } from '../model/measurements.js'
import type { Report } from '../model/report.js'

/**
 * The schema's validator, compiled once, when a report is first read: ajv and the schema are a
 * fifth of what a run would otherwise load at start, and most runs read no report.
 */
let validator: Promise<ValidateFunction> | undefined
function reportValidator(): Promise<ValidateFunction> {
  validator ??= Promise.all([import('../config/validator.js'), import('../../schema/report.schema.json', { with: { type: 'json' } })]).then(([{ compileSchema }, schema]) =>
    compileSchema(schema.default),
  )
  return validator
}

/** The measurements of an earlier run's report.json, to compare the head with. */
export async function loadBaselineReport(file: string, displayName: string): Promise<{ measurements: Measurements; info: BaselineInfo }> {
  if (!existsSync(file)) throw new UserError(messages.baselineReportMissing(displayName))
  const report = await parseReport(await readFile(file, 'utf8'), displayName)
  const info: BaselineInfo = { source: 'report', path: displayName, createdAt: report.createdAt }
  if (report.commit) info.commit = report.commit
  return { measurements: report.measurements, info }
}

/** A report.json's text, checked against the published schema; errors name `input`, the setting it came from. */
export async function parseReport(text: string, displayName: string, input: string = Input.BaselineReport): Promise<Report> {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new UserError(messages.reportInvalid(input, displayName, `is not valid JSON (${(error as Error).message})`))
  }
  const version = (parsed as { schemaVersion?: unknown } | null)?.schemaVersion
  if (version !== undefined && version !== 1) {
    throw new UserError(messages.reportInvalid(input, displayName, `has schemaVersion ${String(version)}, which this perf-gate cannot read`))
  }
  const validate = await reportValidator()
  if (!validate(parsed)) {
    const error = validate.errors?.[0]
    throw new UserError(messages.reportInvalid(input, displayName, `is not a perf-gate report (${error?.instancePath || 'top level'} ${error?.message ?? ''})`))
  }
  return parsed as unknown as Report
}
