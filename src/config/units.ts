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
  const parsed = typeof value === 'number' ? value : sizeOf(value.trim())
  if (parsed === null || Number.isNaN(parsed) || !Number.isFinite(parsed)) throw new UserError(messages.notASize(where, value))
  if (parsed < 0) throw new UserError(messages.negative(where, value))
  return Math.round(parsed)
}

/**
 * bytes-iec knows the units; the multiplication is done here, rounded, because bytes-iec floors
 * a product that floating point leaves just under the integer ("1.023 kB" would be 1,022 bytes).
 */
function sizeOf(text: string): number | null {
  const match = /^(-?\d*\.?\d+)\s*([a-z]*)$/i.exec(text)
  if (!match) return bytes.parse(text)
  const unit = match[2] ? bytes.parse(`1${match[2]}`) : 1
  return unit === null ? null : Number(match[1]) * unit
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

/**
 * The inclusive range a number setting must fall in, in the unit its parser returns (bytes, ms,
 * a fraction, a count), with its ends and an example written the way a user writes them.
 */
export interface Bounds {
  min: number
  max: number
  from: string
  to: string
  example: string
}

/** `parse`, then `bounds`: a value outside them is one line naming the setting, the value and the range. */
export function bounded(parse: (value: string | number, where: Where) => number, bounds: Bounds): (value: string | number, where: Where) => number {
  return (value, where) => {
    const parsed = parse(value, where)
    if (parsed < bounds.min || parsed > bounds.max) throw new UserError(messages.outOfRange(where, value, bounds.from, bounds.to, bounds.example))
    return parsed
  }
}
