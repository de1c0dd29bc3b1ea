import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };
import { firefoxManifest, FIREFOX_BACKGROUND, type ChromeManifest } from './scripts/firefox-manifest';

/**
 * The Firefox build (`npm run build:firefox` -> dist-firefox/, `npm run build:test:firefox` ->
 * dist-firefox-e2e/), from the same source as Chrome's. Not crxjs: it writes Chrome's manifest
 * (a service worker, `side_panel`, its own loader scripts), and Firefox needs another. A plain
 * Vite build of the four pages and the background entry is all an MV3 extension is once the
 * content script is its own file (vite.content.config.ts, built first and copied in here
 * unchanged); the manifest comes from scripts/firefox-manifest.ts. README, "Firefox".
 *
 * `import.meta.env.VITE_BROWSER` is 'firefox' here (undefined in Chrome's build): only
 * src/platform/ reads it (src/platform/browser-features.ts).
 */
export default defineConfig(({ mode }) => {
  const e2e = mode === 'e2e';
  const outDir = e2e ? 'dist-firefox-e2e' : 'dist-firefox';
  return {
    plugins: [preact(), firefoxExtensionFiles(e2e)],
    define: { 'import.meta.env.VITE_BROWSER': JSON.stringify('firefox') },
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: e2e,
      target: 'firefox128',
      // addons-linter reads every file; a single long line is fine, but names help a reviewer.
      minify: !e2e,
      rollupOptions: {
        input: {
          popup: 'src/popup/index.html',
          options: 'src/options/index.html',
          log: 'src/log/index.html',
          sidepanel: 'src/sidepanel/index.html',
          background: 'src/background/index.ts',
        },
        output: {
          // The manifest names the background entry by a fixed path; pages load theirs from HTML.
          entryFileNames: (chunk) =>
            chunk.name === 'background' ? FIREFOX_BACKGROUND : 'assets/[name]-[hash].js',
        },
      },
    },
  };
});

/**
 * Writes manifest.json and puts the content script where it names it. The store build copies
 * build/content/ (`npm run build:content`); the e2e build's content script is copied over it
 * afterwards by vite.content.config.ts in e2e mode (QUIETPRUNE_E2E_DIST=dist-firefox-e2e).
 */
function firefoxExtensionFiles(e2e: boolean): Plugin {
  return {
    name: 'quietprune-firefox-extension',
    apply: 'build',
    writeBundle(options) {
      const dist = options.dir ?? resolve('dist-firefox');
      const generated = firefoxManifest(manifest as ChromeManifest, e2e ? 'e2e' : 'production');
      writeFileSync(join(dist, 'manifest.json'), `${JSON.stringify(generated, null, 2)}\n`);
      for (const script of generated.content_scripts.flatMap((c) => c.js)) {
        mkdirSync(dirname(join(dist, script)), { recursive: true });
        copyFileSync(resolve(script), join(dist, script));
      }
    },
  };
}
