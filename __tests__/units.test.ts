import { describe, expect, test } from '@jest/globals'
import { parseDuration, parsePercentage, parsePositiveInteger, parseSize } from '../src/config/units.js'
import { code, escapeText, formatLimit, formatSignedPercent, formatSignedSize, formatSize, unescapeText } from '../src/report/format.js'

describe('sizes parse one way everywhere', () => {
  test.each([
    ['500KB', 500_000],
    ['500kB', 500_000],
    ['500 kB', 500_000],
    ['1.5 MB', 1_500_000],
    ['1.5MB', 1_500_000],
    ['10 KiB', 10_240],
    // bytes-iec alone floors 1.023 × 1000 (1022.999…) to 1,022.
    ['1.023 kB', 1023],
    ['800B', 800],
    ['800', 800],
    [1234, 1234],
  ])('%p is %d bytes', (value, bytes) => expect(parseSize(value, 'bundle-budget')).toBe(bytes))

  test('an unknown unit names the input and shows the form', () => {
    expect(() => parseSize('500XB', 'bundle-budget')).toThrow('bundle-budget: "500XB" is not a size; use a number with a unit, such as 500KB, 1.5MB or 800B')
  })
  test('a negative size is refused', () => {
    expect(() => parseSize('-5KB', 'bundle-budget')).toThrow('bundle-budget: "-5KB" is negative; give zero or more')
  })
})

describe('a limit is shown exactly as it was set, in every unit form', () => {
  test.each([
    ['500KB', '500 kB'],
    ['500 kB', '500 kB'],
    ['2.99 KB', '2.99 kB'],
    ['2.99kB', '2.99 kB'],
    ['1.5MB', '1.5 MB'],
    ['0.5 MB', '500 kB'],
    ['1.234 GB', '1.234 GB'],
    ['800B', '800 B'],
    ['800', '800 B'],
    [1234, '1.234 kB'],
    ['2 KiB', '2 KiB'],
    ['1.5 KiB', '1.5 KiB'],
    ['10 KiB', '10 KiB'],
    ['1 MiB', '1 MiB'],
    ['2.5 MiB', '2.5 MiB'],
    ['1 GiB', '1 GiB'],
    ['0B', '0 B'],
    [1001, '1.001 kB'],
  ])('%p is shown as %p', (configured, shown) => expect(formatLimit(parseSize(configured, 'bundle-budget'))).toBe(shown))

  test('whatever the size, the form shown parses back to the very same bytes', () => {
    for (const bytes of [1, 999, 1000, 1023, 1024, 2990, 12_345, 65_536, 999_999, 1_048_577, 123_456_789]) {
      expect(parseSize(formatLimit(bytes), 'bundle-budget')).toBe(bytes)
    }
  })
})

describe('durations and percentages', () => {
  test.each([
    ['200ms', 200],
    ['1.5s', 1500],
    ['2m', 120_000],
    ['250', 250],
  ])('%p is %d ms', (value, ms) => expect(parseDuration(value, 'p95-budget')).toBe(ms))
  test('a bad duration', () => expect(() => parseDuration('fast', 'p95-budget')).toThrow('p95-budget: "fast" is not a duration'))
  test('percentages are fractions', () => {
    expect(parsePercentage('10%', 'regression-threshold')).toBe(0.1)
    expect(parsePercentage('2.5 %', 'regression-threshold')).toBe(0.025)
    expect(parsePercentage(5, 'regression-threshold')).toBe(0.05)
    expect(() => parsePercentage('10', 'regression-threshold')).toThrow('regression-threshold: "10" is not a percentage; use a number with %, such as 10%')
  })
  test('whole numbers', () => {
    expect(parsePositiveInteger('3', 'lighthouse-runs')).toBe(3)
    expect(() => parsePositiveInteger('0', 'lighthouse-runs')).toThrow('lighthouse-runs: "0" is not a whole number of 1 or more')
  })
})

describe('formatting', () => {
  test('sizes and deltas', () => {
    expect(formatSize(500_000)).toBe('500 kB')
    expect(formatSize(1_534_000)).toBe('1.5 MB')
    expect(formatSignedSize(-2_300)).toBe('−2.3 kB')
    expect(formatSignedPercent(0.225)).toBe('+23%')
    expect(formatSignedPercent(-0.031)).toBe('−3.1%')
  })
  test('project names cannot break out of their code span or a table cell', () => {
    expect(code('dist/app.js')).toBe('`dist/app.js`')
    expect(code('a`b')).toBe('`` a`b ``')
    expect(code('x|y\nz')).toBe('`x\\|y z`')
  })
})

describe('text from the project in markdown', () => {
  const hostile = '<img src=x onerror=alert(1)> @everyone [x](javascript:alert(1)) **bold** `tick` a|b &#64;here'
  test('escapeText leaves no tag, mention, link, emphasis, code or table cell', () => {
    expect(escapeText(hostile)).toBe('&lt;img src=x onerror=alert(1)&gt; @&#8203;everyone \\[x\\](javascript:alert(1)) \\*\\*bold\\*\\* \\`tick\\` a\\|b &amp;#64;here')
  })
  test('unescapeText gives the terminal the text back', () => {
    expect(unescapeText(escapeText(hostile))).toBe(hostile)
  })
})
