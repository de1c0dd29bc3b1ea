import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 60_000,
          // Two files at a time, one Chromium each: the machine has two cores, and most of a test's
          // time is spent waiting for LinkedIn's (fake) loads and QuietPrune's human pauses.
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
      {
        test: {
          // QuietPrune's Firefox build in Firefox ESR (tests/e2e-firefox/firefox-harness.ts): one
          // browser for the one file, its tests in order (each builds on the one before).
          name: 'e2e-firefox',
          include: ['tests/e2e-firefox/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
