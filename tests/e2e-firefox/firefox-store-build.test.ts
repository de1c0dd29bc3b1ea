import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { firefoxManifest, type ChromeManifest } from '../../scripts/firefox-manifest';

/**
 * The Firefox store build (`npm run build:firefox`, run before this in `npm test`) and its zip,
 * what goes to addons.mozilla.org: the generated manifest, none of the e2e build's test hooks,
 * and the zip holding exactly the built files. The Chrome store build's deeper checks
 * (tests/e2e/store-build.test.ts) hold for the same source; this pins what the Firefox build
 * itself could get wrong.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const STORE = join(ROOT, 'dist-firefox');
const E2E = join(ROOT, 'dist-firefox-e2e');
/** Names of the e2e build's hooks (src/background/test-hooks.ts, src/content/removal/lock-switch.ts). */
const TEST_HOOK_NAMES = [
  'quietPruneTest',
  'runSessionStep',
  'runReminderAlarm',
  'clickContextMenu',
  'registeredMenuItems',
  'setLocksOff',
  'testLocksOff',
];

function builtFiles(dist: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(dist, path).split('\\').join('/'));
    }
  };
  walk(dist);
  return files.sort();
}

const scripts = (dist: string) =>
  builtFiles(dist)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(dist, file), 'utf8'))
    .join('\n');

describe('the Firefox store build', () => {
  it('carries the manifest generated for production', () => {
    const written: unknown = JSON.parse(readFileSync(join(STORE, 'manifest.json'), 'utf8'));
    expect(written).toEqual(firefoxManifest(manifest as ChromeManifest, 'production'));
  });

  it("holds none of the e2e build's test hooks (which the e2e build does hold)", () => {
    const store = scripts(STORE);
    const e2e = scripts(E2E);
    for (const name of TEST_HOOK_NAMES) {
      expect(store.includes(name), `${name} in the store build`).toBe(false);
      expect(e2e.includes(name), `${name} in the e2e build`).toBe(true);
    }
  });

  it('is zipped whole, without source maps or an earlier zip', () => {
    const files = builtFiles(STORE);
    const zipName = files.find((file) => /^quietprune-firefox-.*\.zip$/.test(file));
    expect(zipName).toBe(`quietprune-firefox-${manifest.version}.zip`);
    const zipped = unzipSync(readFileSync(join(STORE, zipName!)));
    expect(Object.keys(zipped).sort()).toEqual(
      files.filter((file) => file !== zipName && !file.endsWith('.map')),
    );
    expect(new TextDecoder().decode(zipped['manifest.json'])).toBe(
      readFileSync(join(STORE, 'manifest.json'), 'utf8'),
    );
  });
});
