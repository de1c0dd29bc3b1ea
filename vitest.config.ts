import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order the end-to-end files start in. Several run at a time, so the suite ends when the
 * busiest worker does: starting the longest files first (and the short ones last, to fill the gaps)
 * keeps them finishing together. Vitest's own order is by the last run's durations, which a
 * fresh checkout (CI) has not got: it then starts the largest files first, and file size says
 * little here (the 54-line soak test runs 1.5 min), so a 1.5-min file could start last while the
 * other workers sit idle.
 *
 * Seconds per file, measured alone on 2 cores (rounded; only the order matters). A file not
 * listed (a new one) starts first, as Vitest starts unknown files: new browser matrices tend to
 * be long. Unit files keep Vitest's own order.
 */
const E2E_SECONDS: Readonly<Record<string, number>> = {
  'tests/e2e/removal-cap.test.ts': 105,
  'tests/e2e/sync.test.ts': 100,
  'tests/e2e/removal-locks.test.ts': 100,
  'tests/e2e/fake-linkedin.test.ts': 95,
  'tests/e2e/removal-side-panel.test.ts': 93,
  'tests/e2e/options-backup.test.ts': 65,
  'tests/e2e/soak-short.test.ts': 60,
  'tests/e2e/import-export.test.ts': 60,
  'tests/e2e/removal-unsure.test.ts': 58,
  'tests/e2e/removal-safety.test.ts': 57,
  'tests/e2e/bench-smoke.test.ts': 56,
  'tests/e2e/removal-hands-on.test.ts': 52,
  'tests/e2e/removal-two-tabs.test.ts': 50,
  'tests/e2e/quick-sync.test.ts': 45,
  'tests/e2e/removal-interruption.test.ts': 45,
  'tests/e2e/page-footprint.test.ts': 44,
  'tests/e2e/popup-a11y.test.ts': 35,
  'tests/e2e/removal-identity.test.ts': 33,
  'tests/e2e/reminder.test.ts': 30,
  'tests/e2e/delete-all.test.ts': 28,
  'tests/e2e/store-build.test.ts': 23,
  'tests/e2e/review-menu.test.ts': 23,
  'tests/e2e/removal-pause.test.ts': 16,
  'tests/e2e/removal-log.test.ts': 13,
  'tests/e2e/messages.test.ts': 13,
  'tests/e2e/popup-search.test.ts': 13,
};

/** Longest first; files not in the table before all others. */
function e2eOrder(paths: readonly string[]): string[] {
  const seconds = (path: string) => E2E_SECONDS[path] ?? Number.POSITIVE_INFINITY;
  return [...paths].sort((a, b) => seconds(b) - seconds(a) || a.localeCompare(b));
}

class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const root = this.ctx.config.root;
    const pathOf = (spec: TestSpecification) => relative(root, spec.moduleId).split('\\').join('/');
    const e2e = sorted.filter((spec) => spec.project.name === 'e2e');
    const byPath = new Map(e2e.map((spec) => [pathOf(spec), spec]));
    const ordered = e2eOrder([...byPath.keys()]).map((path) => byPath.get(path)!);
    // Projects run one after the other; the e2e files keep their place after the unit ones.
    const rest = sorted.filter((spec) => spec.project.name !== 'e2e');
    return [...rest, ...ordered];
  }
}

/** End-to-end files at once (QUIETPRUNE_E2E_WORKERS overrides; see the e2e project below). */
const E2E_WORKERS = Number(process.env.QUIETPRUNE_E2E_WORKERS) || 3;

export default defineConfig({
  test: {
    // The end-to-end files start longest first, so the workers finish together.
    sequence: { sequencer: LongestFirstSequencer },
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
          // Three files at a time, one Chromium each, on two cores: most of a test's time is spent
          // waiting for LinkedIn's (fake) loads and QuietPrune's real-time waits, not computing. Files
          // measured alone use a fifth to a half of one core over their run (removal-cap 19 CPU-s,
          // fake-linkedin 41, bench-smoke 40), and the soak already ran three Chromiums at once
          // (two lanes beside the other file). QUIETPRUNE_E2E_WORKERS=2 goes back to two.
          fileParallelism: true,
          maxWorkers: E2E_WORKERS,
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
          // `npm run test:e2e` runs this project in the same run as the Chromium one, sharing its
          // workers: Firefox's tests mostly wait too, and run beside the Chromium files, not after.
          fileParallelism: true,
          maxWorkers: E2E_WORKERS,
        },
      },
    ],
  },
});
