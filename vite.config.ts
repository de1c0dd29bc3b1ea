import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

// Two builds from one source:
// - production (`npm run build` -> dist/): the store build. Real clock, no test hooks.
// - e2e (`npm run build:test` -> dist-e2e/): the same code with `import.meta.env.MODE === 'e2e'`,
//   which compiles in a test clock the end-to-end tests drive from the service worker.
//   Vite removes those branches from the store build, so no web page can change the pace.
// The e2e build also lists the optional permissions as granted at install: Chrome's prompt for
// chrome.permissions.request cannot be answered in a headless browser (the call never resolves),
// and for a permission already held the same call resolves true at once, so the pages' request
// flow still runs end to end. The store build asks for them at run time (README, Permissions).
const e2eManifest = {
  ...manifest,
  permissions: [...manifest.permissions, ...manifest.optional_permissions],
};

/**
 * How the shared code is cut into files. Left to itself, Rolldown makes one chunk per set of
 * pages that share a module: with five entries (popup, options, log, side panel, service worker)
 * the popup loaded 12 files, half of them under 1 kB, each fetched, parsed and linked before its
 * first rows can paint. Two chunks instead hold everything the popup shares: what it shares with
 * the service worker (storage, core, zod, idb, the polyfill) and what it shares only with the other
 * pages (Preact, the ui components). Both are cut by what the popup imports statically, so neither
 * the popup nor the worker loads a byte more than before; the other pages may load a little of
 * the popup's code. (The review view, imported on demand, keeps its own chunk.)
 */
const POPUP_ENTRY = /src[\\/]popup[\\/]main\.tsx$/;
const WORKER_ENTRY = /src[\\/]background[\\/]index\.ts$/;

interface ChunkingContext {
  getModuleInfo(id: string): { importers: readonly string[] } | null;
}

/** Whether the module `entry` matches imports `id`, directly or through others (static imports only). */
function importedBy(id: string, entry: RegExp, ctx: ChunkingContext): boolean {
  const queue = [id];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const module = queue.pop()!;
    if (entry.test(module)) return true;
    for (const importer of ctx.getModuleInfo(module)?.importers ?? []) {
      if (!seen.has(importer)) {
        seen.add(importer);
        queue.push(importer);
      }
    }
  }
  return false;
}

const codeSplitting = {
  groups: [
    {
      debugName: 'popup-worker-shared',
      name: (id: string, ctx: ChunkingContext) =>
        !POPUP_ENTRY.test(id) &&
        !WORKER_ENTRY.test(id) &&
        importedBy(id, POPUP_ENTRY, ctx) &&
        importedBy(id, WORKER_ENTRY, ctx)
          ? 'popup-worker-shared'
          : null,
      priority: 2,
    },
    {
      debugName: 'popup-pages-shared',
      name: (id: string, ctx: ChunkingContext) =>
        !POPUP_ENTRY.test(id) && importedBy(id, POPUP_ENTRY, ctx) && !importedBy(id, WORKER_ENTRY, ctx)
          ? 'popup-pages-shared'
          : null,
      // Modules only the popup uses stay in its own chunk.
      minShareCount: 2,
      priority: 1,
    },
  ],
};

export default defineConfig(({ mode }) => ({
  plugins: [preact(), crx({ manifest: mode === 'e2e' ? e2eManifest : manifest })],
  build: {
    outDir: mode === 'e2e' ? 'dist-e2e' : 'dist',
    emptyOutDir: true,
    sourcemap: mode === 'e2e',
    target: 'chrome116',
    // Pages crxjs may not find in the manifest by itself: the log (no manifest key names it) and
    // the side panel (named by `side_panel.default_path`, listed here too so it is always built).
    rollupOptions: {
      input: { log: 'src/log/index.html', sidepanel: 'src/sidepanel/index.html' },
      output: { codeSplitting },
    },
  },
  server: { cors: { origin: [/chrome-extension:\/\//] } },
}));
