import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { Ajv } from 'ajv'
import schema from '../../schema/report.schema.json' with { type: 'json' }
import { Input } from '../config/names.js'
import { UserError, messages } from '../errors.js'
import type { BaselineInfo, Measurements, Report } from '../report/report.js'

const validate = new Ajv({ strict: false }).compile(schema)

/** The measurements of an earlier run's report.json, to compare the head with. */
export async function loadBaselineReport(file: string, displayName: string): Promise<{ measurements: Measurements; info: BaselineInfo }> {
  if (!existsSync(file)) throw new UserError(messages.baselineReportMissing(displayName))
  const report = parseReport(await readFile(file, 'utf8'), displayName)
  const info: BaselineInfo = { source: 'report', path: displayName, createdAt: report.createdAt }
  if (report.commit) info.commit = report.commit
  return { measurements: report.measurements, info }
}

/** A report.json's text, checked against the published schema; errors name `input`, the setting it came from. */
export function parseReport(text: string, displayName: string, input: string = Input.BaselineReport): Report {
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
  if (!validate(parsed)) {
    const error = validate.errors?.[0]
    throw new UserError(messages.reportInvalid(input, displayName, `is not a perf-gate report (${error?.instancePath || 'top level'} ${error?.message ?? ''})`))
  }
  return parsed as unknown as Report
}
