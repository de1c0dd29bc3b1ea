import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

/**
 * addons-linter over the Firefox zip (`npm run lint:firefox`, scripts/lint-firefox.mjs: 0 errors,
 * no warning but the README's accepted ones), run here so that `npm test` lints while the Firefox
 * end-to-end file waits on its browser, instead of one after the other.
 */
const ROOT = resolve(import.meta.dirname, '../..');

it('addons-linter finds 0 errors and no unexplained warning in the Firefox zip', async () => {
  const run = await promisify(execFile)(process.execPath, ['scripts/lint-firefox.mjs'], {
    cwd: ROOT,
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error: { stdout?: string; stderr?: string; code?: number }) => error);
  expect(run.stderr ?? '', run.stdout).toBe('');
  expect(run.stdout).toMatch(/: 0 errors, /);
}, 120_000);
