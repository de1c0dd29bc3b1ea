import { defineConfig } from 'vite';

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
 */
export default defineConfig({
  build: {
    outDir: 'build/content',
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
});
