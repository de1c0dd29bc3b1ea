import { copyFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/**
 * The Connections-page content script, built first and on its own into one self-contained file
 * (build/content/connections-page.js), which manifest.json then names.
 *
 * Why: built with the rest, it shares chunks with the popup and the worker, and crxjs then loads
 * it through a loader that imports those chunks by `chrome.runtime.getURL`. That needs them listed
 * in web_accessible_resources for linkedin.com at fixed addresses, and any LinkedIn page could
 * then request chrome-extension://<our id>/assets/... to learn that QuietPrune is installed
 * (LinkedIn is known to probe for extensions this way). Chrome's way around it, use_dynamic_url,
 * breaks module content scripts since Chrome 130. A script that imports nothing needs no loader
 * and no web-accessible resource at all: Chrome injects it, and pages cannot see it.
 *
 * Two modes, like vite.config.ts. The store build (default mode) is what manifest.json names and
 * crxjs copies into dist/. The e2e build (`--mode e2e`, run by `npm run build:test` after the
 * e2e extension build) compiles the `import.meta.env.MODE === 'e2e'` branches in (the removal
 * lock switch of src/content/removal/lock-switch.ts) into build/content-e2e/ and copies it over
 * the content script that dist-e2e/manifest.json names (QUIETPRUNE_E2E_DIST picks another
 * directory), so the store's content script never holds test code.
 */
export default defineConfig(({ mode }) => ({
  plugins: mode === 'e2e' ? [copyIntoE2eBuild(resolve(process.env.QUIETPRUNE_E2E_DIST ?? 'dist-e2e'))] : [],
  build: {
    outDir: mode === 'e2e' ? 'build/content-e2e' : 'build/content',
    emptyOutDir: true,
    target: 'chrome116',
    minify: true,
    lib: {
      entry: 'src/content/connections-page.ts',
      formats: ['iife'],
      name: 'QuietPruneConnectionsPage',
      fileName: () => 'connections-page.js',
    },
  },
}));

/** Puts the e2e content script where the e2e extension's manifest loads it from. */
function copyIntoE2eBuild(dist: string): Plugin {
  return {
    name: 'quietprune-e2e-content-script',
    apply: 'build',
    writeBundle(options) {
      const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
        content_scripts?: Array<{ js?: string[] }>;
      };
      const target = manifest.content_scripts?.[0]?.js?.[0];
      if (!target)
        throw new Error(`${dist}/manifest.json names no content script to replace with the e2e one`);
      copyFileSync(join(options.dir ?? 'build/content-e2e', 'connections-page.js'), join(dist, target));
    },
  };
}
