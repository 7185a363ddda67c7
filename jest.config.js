/** Jest in ESM mode: the @actions/* packages are ESM-only. */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  // Only *.test.ts are suites; other files under __tests__ are helpers (builders, golden, renderers).
  testMatch: ['**/__tests__/**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  resolver: 'ts-jest-resolver',
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.all.json', diagnostics: { ignoreCodes: [151002] } },
    ],
  },
  testTimeout: 60000,
};
