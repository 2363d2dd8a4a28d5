import bytes from 'bytes-iec'
import ms from 'ms'
import { UserError, messages, type Where } from '../errors.js'

/**
 * Sizes, durations and percentages parse one way everywhere: inputs, the config file, size-limit
 * entries and CLI flags. Sizes follow size-limit (bytes-iec, metric): 1 kB = 1 KB = 1000 B,
 * 1 KiB = 1024 B, a bare number is bytes. Durations follow `ms`: 200ms, 1.5s, 2m; a bare number is
 * milliseconds. A percentage is written with % (10%); a bare number in the config file means percent.
 */

export function parseSize(value: string | number, where: Where): number {
  const parsed = typeof value === 'number' ? value : bytes.parse(value.trim())
  if (parsed === null || Number.isNaN(parsed) || !Number.isFinite(parsed)) throw new UserError(messages.notASize(where, value))
  if (parsed < 0) throw new UserError(messages.negative(where, value))
  return Math.round(parsed)
}

export function parseDuration(value: string | number, where: Where): number {
  const parsed = typeof value === 'number' ? value : ms(value.trim() as ms.StringValue)
  if (typeof parsed !== 'number' || Number.isNaN(parsed) || !Number.isFinite(parsed)) {
    throw new UserError(messages.notADuration(where, value))
  }
  if (parsed < 0) throw new UserError(messages.negative(where, value))
  return parsed
}

/** Returns a fraction: "10%" → 0.1. */
export function parsePercentage(value: string | number, where: Where): number {
  let percent: number
  if (typeof value === 'number') {
    percent = value
  } else {
    const match = /^([+-]?\d+(?:\.\d+)?)\s*%$/.exec(value.trim())
    if (!match?.[1]) throw new UserError(messages.notAPercentage(where, value))
    percent = Number(match[1])
  }
  if (!Number.isFinite(percent)) throw new UserError(messages.notAPercentage(where, value))
  if (percent < 0) throw new UserError(messages.negative(where, value))
  return percent / 100
}

export function parsePositiveInteger(value: string | number, where: Where): number {
  const parsed = typeof value === 'number' ? value : /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN
  if (!Number.isInteger(parsed) || parsed < 1) throw new UserError(messages.notAPositiveInteger(where, value))
  return parsed
}

export function parseNonNegativeInteger(value: string | number, where: Where): number {
  const parsed = typeof value === 'number' ? value : /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN
  if (!Number.isInteger(parsed) || parsed < 0) throw new UserError(messages.notANonNegativeInteger(where, value))
  return parsed
}
