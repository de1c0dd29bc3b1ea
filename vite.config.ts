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

export default defineConfig(({ mode }) => ({
  plugins: [preact(), crx({ manifest: mode === 'e2e' ? e2eManifest : manifest })],
  build: {
    outDir: mode === 'e2e' ? 'dist-e2e' : 'dist',
    emptyOutDir: true,
    sourcemap: mode === 'e2e',
    target: 'chrome116',
    // Pages crxjs may not find in the manifest by itself: the log (no manifest key names it) and
    // the side panel (named by `side_panel.default_path`, listed here too so it is always built).
    rollupOptions: { input: { log: 'src/log/index.html', sidepanel: 'src/sidepanel/index.html' } },
  },
  server: { cors: { origin: [/chrome-extension:\/\//] } },
}));
