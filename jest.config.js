/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  // A guard against a hung test, not a speed limit: a shared 2-core machine under load runs the
  // Lighthouse and paired-round tests at a third of their quiet speed.
  testTimeout: 180_000,
  reporters: ['default', '<rootDir>/scripts/summary-reporter.cjs'],
}
