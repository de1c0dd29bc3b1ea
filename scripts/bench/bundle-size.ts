import { existsSync, readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript each entry of a built extension loads, gzipped: the popup page, the content
 * script and the service worker. An entry's cost is every chunk it loads before it can run:
 * its own chunk, the shared chunks it imports statically (followed to the end), and for the
 * content script the chunk its crxjs loader imports through `chrome.runtime.getURL`. Chunks
 * loaded only on demand (`import('./ReviewView-…js')`, the review view) are not counted.
 * Each file is gzipped on its own (zlib level 9), and 1 kB is 1000 bytes, as Vite reports.
 */
export interface EntryBundle {
  files: string[];
  gzipBytes: number;
}

export interface BundleSizes {
  popup: EntryBundle;
  content: EntryBundle;
  worker: EntryBundle;
}

interface Manifest {
  action?: { default_popup?: string };
  background?: { service_worker?: string };
  content_scripts?: Array<{ js?: string[] }>;
}

export function measureBundles(distDir: string): BundleSizes {
  const dist = resolve(distDir);
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Manifest;
  const popupHtml = manifest.action?.default_popup;
  const worker = manifest.background?.service_worker;
  const content = manifest.content_scripts?.flatMap((c) => c.js ?? []) ?? [];
  if (!popupHtml || !worker || content.length === 0)
    throw new Error(`${dist}/manifest.json lacks a popup, a service worker or a content script.`);
  return {
    popup: entryBundle(dist, htmlScripts(dist, popupHtml)),
    content: entryBundle(dist, content),
    worker: entryBundle(dist, [worker]),
  };
}

/** The module scripts and modulepreload links of an HTML page, as paths inside dist. */
function htmlScripts(dist: string, htmlPath: string): string[] {
  const html = readFileSync(join(dist, htmlPath), 'utf8');
  const found: string[] = [];
  for (const match of html.matchAll(
    /<script\b[^>]*\bsrc="([^"]+)"|<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g,
  )) {
    found.push(resolveRef(htmlPath, (match[1] ?? match[2])!));
  }
  return found;
}

function entryBundle(dist: string, entryFiles: readonly string[]): EntryBundle {
  const seen = new Set<string>();
  const queue = [...entryFiles];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    if (!existsSync(join(dist, file))) throw new Error(`${file} is referenced but not in ${dist}.`);
    seen.add(file);
    queue.push(...staticImports(dist, file));
  }
  const files = [...seen].filter((f) => f.endsWith('.js')).sort();
  const gzipBytes = files.reduce(
    (sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length,
    0,
  );
  return { files, gzipBytes };
}

/** Chunks a JS file always loads: static imports and re-exports, and the crxjs loader's getURL import. */
function staticImports(dist: string, file: string): string[] {
  const code = readFileSync(join(dist, file), 'utf8');
  const refs: string[] = [];
  // `import x from "./a.js"`, `import "./a.js"`, `export * from "./a.js"` (minified or not).
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/g))
    refs.push(resolveRef(file, m[1]!));
  for (const m of code.matchAll(/chrome\.runtime\.getURL\(\s*["']([^"']+\.js)["']\s*\)/g))
    refs.push(m[1]!.replace(/^\//, ''));
  return refs;
}

/** A reference in `fromFile` (a path inside dist) as a path inside dist. */
function resolveRef(fromFile: string, ref: string): string {
  if (ref.startsWith('/')) return ref.slice(1);
  return posix.normalize(posix.join(posix.dirname(fromFile), ref));
}

export const kB = (bytes: number) => bytes / 1000;
