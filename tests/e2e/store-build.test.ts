import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from './harness/extension';

/**
 * The store build has no way for a web page (or anyone) to change the pace or the
 * cap, asks Chrome for no more than the product needs, and loads no code from anywhere. Checked on
 * a fresh production build (the content script, then `vite build`, as `npm run build` makes it) in its own directory, and on
 * the zip `scripts/zip-dist.mjs` packs from it, which is what goes to the store.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const STORE = join(ROOT, 'dist-store-check');
const E2E = join(ROOT, 'dist-store-check-e2e');
const CONNECTIONS_PATTERN = 'https://www.linkedin.com/mynetwork/invite-connect/connections/*';

/**
 * What the e2e build compiles in for the tests (src/background/test-hooks.ts): the global and its
 * properties survive minification, so the e2e build shows them and the store build must not.
 */
const TEST_HOOK_NAMES = [
  'quietPruneTest',
  'runSessionStep',
  'runReminderAlarm',
  'clickContextMenu',
  'registeredMenuItems',
];
/**
 * The removal lock switch (src/content/removal/lock-switch.ts, `setLocksOff`): its order field, its
 * hook and the names of the locks it switches off, as string literals in any quotes. The e2e build
 * has each of them; the store build, none.
 */
const LOCK_SWITCH_NAMES = ['locksOff', 'setLocksOff', 'testLocksOff'];
const LOCK_NAME_LITERALS = ['card', 'menu', 'button-label', 'dialog', 'list-diff'].map(
  (name) => [name, new RegExp(`[\`'"]${name}[\`'"]`)] as const,
);
/**
 * Of those literals, the ones no other code in the store build writes (menu and dialog are ARIA
 * roles there; card, menu and dialog are also steps of the rehearsal's report).
 */
const STORE_FREE_LITERALS = new Set(['button-label', 'list-diff']);

/** Function names of the hooks: minified away in both builds, so these show only if the source ships. */
const TEST_SOURCE_NAMES = ['setTestClock', 'installTestHooks'];

/** Each permission and why the product needs it (README, "What it never does"). */
const PERMISSIONS = {
  alarms: 'pauses between removals and the reminder, which outlive the service worker',
  contextMenus: '"Review this connection"',
  sidePanel: 'shows the session beside LinkedIn, out of the page',
};

/** Asked for at run time, when the person turns on the daily reminder (issue 13). */
const OPTIONAL_PERMISSIONS = {
  notifications: 'the daily reminder, and a notification when a session ends or stops for safety',
};

function vite(args: string[], env: Record<string, string> = {}): void {
  execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn', ...args], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, ...env },
  });
}

function filesUnder(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path).split('\\').join('/'), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

const isText = (path: string) => /\.(js|mjs|html|css|json)$/.test(path);
const textFiles = (files: Map<string, Buffer>) =>
  [...files].filter(([path]) => isText(path)).map(([path, bytes]) => [path, bytes.toString('utf8')] as const);

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: unknown;
  externally_connectable?: unknown;
  content_scripts?: Array<Record<string, unknown>>;
  web_accessible_resources?: Array<{ matches?: string[]; resources: string[]; extension_ids?: string[] }>;
  background?: { service_worker: string; type?: string };
}

let store: Map<string, Buffer>;
let manifest: Manifest;

beforeAll(() => {
  vite(['--config', 'vite.content.config.ts']); // the content script first, as `npm run build` does
  vite(['--outDir', STORE]);
  vite(['--mode', 'e2e', '--outDir', E2E]);
  // As `npm run build:test` does: the e2e content script, copied over the store one in the e2e build.
  vite(['--config', 'vite.content.config.ts', '--mode', 'e2e'], { QUIETPRUNE_E2E_DIST: E2E });
  store = filesUnder(STORE);
  manifest = JSON.parse(store.get('manifest.json')!.toString('utf8')) as Manifest;
}, 60_000);

afterAll(() => {
  rmSync(E2E, { recursive: true, force: true });
});

describe('the store build', () => {
  it('has no test hooks in any file, though the e2e build has them', () => {
    const e2eText = textFiles(filesUnder(E2E))
      .map(([, text]) => text)
      .join('\n');
    for (const name of TEST_HOOK_NAMES)
      expect(e2eText.includes(name), `the e2e build has ${name}`).toBe(true);
    for (const [path, text] of textFiles(store)) {
      for (const name of [...TEST_HOOK_NAMES, ...TEST_SOURCE_NAMES])
        expect(text.includes(name), `${name} in ${path}`).toBe(false);
    }
    // The removal lock switch: in the e2e build's content script and worker, nowhere in the store build.
    for (const name of LOCK_SWITCH_NAMES.slice(0, 2))
      expect(e2eText.includes(name), `the e2e build has ${name}`).toBe(true);
    for (const [name, literal] of LOCK_NAME_LITERALS)
      expect(literal.test(e2eText), `the e2e build has the lock name ${name}`).toBe(true);
    for (const [path, text] of textFiles(store)) {
      for (const name of LOCK_SWITCH_NAMES) expect(text.includes(name), `${name} in ${path}`).toBe(false);
      for (const [name, literal] of LOCK_NAME_LITERALS)
        if (STORE_FREE_LITERALS.has(name))
          expect(literal.test(text), `the lock name ${name} in ${path}`).toBe(false);
    }
    // No source maps either: they would ship the source, test branches included.
    expect([...store.keys()].filter((path) => path.endsWith('.map'))).toEqual([]);
  });

  it('asks for exactly the permissions the product needs', () => {
    const source = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Manifest;
    for (const m of [source, manifest]) {
      expect([...(m.permissions ?? [])].sort()).toEqual(Object.keys(PERMISSIONS).sort());
      expect(m.host_permissions).toEqual(['https://www.linkedin.com/*']);
      expect(m.optional_permissions).toEqual(Object.keys(OPTIONAL_PERMISSIONS));
      expect(m.optional_host_permissions).toBeUndefined();
      // No web page may message the worker (a page could otherwise send it orders).
      expect(m.externally_connectable).toBeUndefined();
    }
    // One content script, on the Connections page only, in its own isolated world, top frame only.
    expect(manifest.content_scripts).toHaveLength(1);
    const [script] = manifest.content_scripts!;
    expect(script).toEqual({
      matches: [CONNECTIONS_PATTERN],
      js: [expect.stringMatching(/^assets\/[\w.-]+\.js$/)],
      run_at: 'document_idle',
    });
    // Nothing is web-accessible: a LinkedIn page that requests chrome-extension://<id>/... to learn
    // which extensions are installed finds nothing of ours (vite.content.config.ts says why).
    expect(manifest.web_accessible_resources).toBeUndefined();
    // The content script is one self-contained file: it imports nothing it would need exposed.
    const contentCode = store.get((script!.js as string[])[0]!)!.toString('utf8');
    expect(contentCode).not.toMatch(/\bimport\s*\(|chrome\.runtime\.getURL|^\s*import\b/m);
  });

  it('loads no code from anywhere and keeps the default Content Security Policy', () => {
    // MV3's default policy forbids remote scripts and eval; any policy written here could loosen it.
    expect(manifest.content_security_policy).toBeUndefined();
    const files = textFiles(store);
    for (const [path, text] of files.filter(([p]) => p.endsWith('.html'))) {
      const refs = [...text.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)\s*=\s*["']([^"']+)["']/gi)].map(
        (m) => m[1]!,
      );
      expect(refs.length, `${path} loads its scripts`).toBeGreaterThan(0);
      for (const ref of refs) expect(ref, `${path} loads ${ref}`).toMatch(/^\/[\w./-]+$/);
      // Every script is a file of ours (MV3 would refuse inline code anyway).
      expect(text, `${path} has an inline script`).not.toMatch(/<script\b(?![^>]*\bsrc=)[^>]*>/i);
      for (const ref of refs)
        expect(store.has(ref.slice(1)), `${path} loads ${ref}, which is built`).toBe(true);
    }
    for (const [path, text] of files.filter(([p]) => p.endsWith('.js'))) {
      // Code made from strings at run time, in our code or a library's.
      expect(text, `eval in ${path}`).not.toMatch(/(?<![\w$.])eval\s*\(/);
      expect(text, `Function constructor in ${path}`).not.toMatch(/(?<![\w$.])(?:new\s+)?Function\s*\(/);
      expect(text, `string timer in ${path}`).not.toMatch(/\bset(?:Timeout|Interval)\s*\(\s*[`'"]/);
      expect(text, `importScripts in ${path}`).not.toMatch(/\bimportScripts\s*\(/);
      expect(text, `import of a URL in ${path}`).not.toMatch(/\bimport\s*\(\s*[`'"](?:https?:)?\/\//);
    }
    // The only web addresses in the build are LinkedIn's (and XML namespace names, never fetched):
    // QuietPrune has no server of its own and sends nothing anywhere.
    const hosts = new Set(
      files.flatMap(([, text]) =>
        [...text.matchAll(/\bhttps?:\/\/([a-z0-9.-]+)/gi)].map((m) => m[1]!.toLowerCase()),
      ),
    );
    expect(
      [...hosts].filter((host) => !['www.linkedin.com', 'linkedin.com', 'www.w3.org'].includes(host)),
    ).toEqual([]);
    expect(hosts).toContain('www.linkedin.com');
  });

  it('packs into a zip (scripts/zip-dist.mjs) with exactly the built files, and Chrome loads it', async () => {
    // zip-dist.mjs packs ./dist into ./quietprune-<version>.zip; run it in a scratch directory
    // whose dist is this build, so neither dist/ nor the project's zip is touched.
    const scratch = mkdtempSync(join(tmpdir(), 'quietprune-zip-'));
    try {
      symlinkSync(STORE, join(scratch, 'dist'), 'dir');
      execFileSync(process.execPath, [join(ROOT, 'scripts/zip-dist.mjs')], { cwd: scratch, stdio: 'pipe' });
      const version = (JSON.parse(store.get('manifest.json')!.toString('utf8')) as { version: string })
        .version;
      const zipped = unzipSync(new Uint8Array(readFileSync(join(scratch, `quietprune-${version}.zip`))));
      expect(Object.keys(zipped).sort()).toEqual([...store.keys()].sort());
      for (const [path, bytes] of Object.entries(zipped)) {
        expect(Buffer.from(bytes).equals(store.get(path)!), `${path} in the zip is the built file`).toBe(
          true,
        );
        if (isText(path))
          for (const name of [...TEST_HOOK_NAMES, ...TEST_SOURCE_NAMES])
            expect(Buffer.from(bytes).toString('utf8').includes(name), `${name} in the zip's ${path}`).toBe(
              false,
            );
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }

    // Chrome accepts the store build as it is, and its worker has no test hooks to reach.
    const ext = await launchWithExtension({ dist: STORE });
    try {
      expect(
        await ext.worker.evaluate(() => typeof (globalThis as { quietPruneTest?: unknown }).quietPruneTest),
      ).toBe('undefined');
      const page = await ext.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html`);
      await expect
        .poll(() => page.getByRole('tab', { name: /^Connections/ }).count(), { timeout: 10_000 })
        .toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await ext.close();
    }
  });
});
