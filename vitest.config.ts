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
    ],
  },
});
