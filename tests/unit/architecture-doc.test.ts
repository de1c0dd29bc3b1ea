import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** docs/architecture.md sends a newcomer to files by name: each must exist, or the map is stale. */
const root = resolve(import.meta.dirname, '../..');
const doc = readFileSync(resolve(root, 'docs/architecture.md'), 'utf8');

/** Every `src/...`, `tests/...` or `docs/...` path written in backticks. */
export function pathsIn(markdown: string): string[] {
  return [...markdown.matchAll(/`((?:src|tests|docs)\/[^`\s]*)`/g)].map((m) => m[1]!);
}

describe('docs/architecture.md', () => {
  it('names paths, and every one exists', () => {
    const paths = pathsIn(doc);
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.filter((path) => !existsSync(resolve(root, path)))).toEqual([]);
  });

  it('a path that does not exist is caught', () => {
    const paths = pathsIn('See `src/core/no-such-file.ts` and `docs/linkedin-dom.md`.');
    expect(paths).toEqual(['src/core/no-such-file.ts', 'docs/linkedin-dom.md']);
    expect(paths.filter((path) => !existsSync(resolve(root, path)))).toEqual(['src/core/no-such-file.ts']);
  });
});
