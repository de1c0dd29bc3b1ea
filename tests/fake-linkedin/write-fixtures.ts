/**
 * Writes the saved pages under tests/fixtures/linkedin/ from the fake's own renderer, so the
 * extension's selector tests read the same markup the end-to-end tests click through.
 *
 *   npx tsx tests/fake-linkedin/write-fixtures.ts          write them
 *   npx tsx tests/fake-linkedin/write-fixtures.ts --check  exit 1 if any is out of date
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FIXTURE_PEOPLE } from './fixture-people';
import { renderStaticCheckpointPage, renderStaticConnectionsPage } from './index';

const OUT_DIR = fileURLToPath(new URL('../fixtures/linkedin/', import.meta.url));
/** "Now" of the fixtures, so the classic layout's relative dates never change. */
const FIXTURE_NOW = Date.UTC(2026, 10, 1);
const people = [...FIXTURE_PEOPLE];

const FIXTURES: Record<string, string> = {
  'connections-current.html': renderStaticConnectionsPage('current', people, {
    total: 1217,
    now: FIXTURE_NOW,
  }),
  'connections-current-menu.html': renderStaticConnectionsPage('current', people, {
    total: 1217,
    now: FIXTURE_NOW,
    open: 'menu',
  }),
  'connections-current-dialog.html': renderStaticConnectionsPage('current', people, {
    total: 1217,
    now: FIXTURE_NOW,
    open: 'dialog',
  }),
  'connections-current-tr.html': renderStaticConnectionsPage('current', people, {
    lang: 'tr',
    total: 1217,
    now: FIXTURE_NOW,
  }),
  'connections-classic.html': renderStaticConnectionsPage('classic', people, {
    total: 487,
    now: FIXTURE_NOW,
  }),
  'connections-classic-menu.html': renderStaticConnectionsPage('classic', people, {
    total: 487,
    now: FIXTURE_NOW,
    open: 'menu',
  }),
  'connections-classic-dialog.html': renderStaticConnectionsPage('classic', people, {
    total: 487,
    now: FIXTURE_NOW,
    open: 'dialog',
  }),
  'connections-current-restricted.html': renderStaticConnectionsPage('current', people, {
    total: 1217,
    now: FIXTURE_NOW,
    restricted: true,
  }),
  'connections-classic-restricted.html': renderStaticConnectionsPage('classic', people, {
    total: 487,
    now: FIXTURE_NOW,
    restricted: true,
  }),
  'checkpoint.html': renderStaticCheckpointPage('en'),
};

const check = process.argv.includes('--check');
mkdirSync(OUT_DIR, { recursive: true });
let stale = 0;
for (const [name, html] of Object.entries(FIXTURES)) {
  const path = `${OUT_DIR}${name}`;
  if (check) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== html) {
      stale++;
      console.error(`out of date: ${path}`);
    }
    continue;
  }
  writeFileSync(path, html);
  console.log(`wrote ${path} (${html.length} characters)`);
}
if (check) {
  if (stale > 0) {
    console.error(`${stale} fixture(s) out of date: run npx tsx tests/fake-linkedin/write-fixtures.ts`);
    process.exit(1);
  }
  console.log('fixtures up to date');
}
