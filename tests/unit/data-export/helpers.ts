import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Zip, ZipDeflate, zipSync } from 'fflate';

export const FIXTURES = join(__dirname, '../../fixtures/export');

/** The bytes of a fixture file. */
export function fixtureBytes(path: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(join(FIXTURES, path)));
}

/** A fixture as `readExport` takes loose files: its base name and its bytes. */
export function fixtureFile(path: string, name = path.split('/').pop()!): { name: string; data: Blob } {
  return { name, data: new Blob([fixtureBytes(path)]) };
}

/** The bytes of a zip holding the given entries: entry name -> fixture path or literal text. */
export function zipOf(
  entries: Record<string, { fixture: string } | { text: string } | { bytes: Uint8Array }>,
): Uint8Array<ArrayBuffer> {
  const files: Record<string, Uint8Array> = {};
  for (const [name, source] of Object.entries(entries)) {
    files[name] =
      'fixture' in source
        ? fixtureBytes(source.fixture)
        : 'text' in source
          ? new TextEncoder().encode(source.text)
          : source.bytes;
  }
  return new Uint8Array(zipSync(files));
}

/**
 * A zip written the way streaming zippers (and, it seems, LinkedIn) write one: sizes unknown up
 * front, so each file is followed by a data descriptor instead of having its sizes in its header.
 */
export function streamedZipOf(entries: Record<string, string>): Uint8Array<ArrayBuffer> {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, fixture] of Object.entries(entries)) {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    const bytes = fixtureBytes(fixture);
    file.push(bytes.subarray(0, 100));
    file.push(bytes.subarray(100), true);
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * A Blob whose stream hands out a few bytes at a time (1 to 7, cycling), so that every chunk
 * boundary a real read could produce falls somewhere: inside a multi-byte character, a quoted
 * field, a CRLF, a zip header.
 */
export class TrickleBlob extends Blob {
  constructor(private readonly content: Uint8Array<ArrayBuffer>) {
    super([content]);
  }

  override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
    const bytes = this.content;
    let at = 0;
    let step = 0;
    return new ReadableStream({
      pull(controller) {
        if (at >= bytes.length) {
          controller.close();
          return;
        }
        const size = (step++ % 7) + 1;
        controller.enqueue(new Uint8Array(bytes.slice(at, at + size)));
        at += size;
      },
    });
  }
}
