import { describe, expect, it } from 'vitest';
import { ByteTextDecoder, detectEncoding } from '../../../src/data-export/byte-text-decoder';
import { fixtureBytes } from './helpers';

/** Decodes `bytes` fed `size` bytes at a time. */
function decodeInPieces(bytes: Uint8Array, size: number): { text: string; encoding: string | null } {
  const decoder = new ByteTextDecoder();
  let text = '';
  for (let at = 0; at < bytes.length; at += size) text += decoder.push(bytes.slice(at, at + size));
  text += decoder.end();
  return { text, encoding: decoder.encoding };
}

describe('ByteTextDecoder', () => {
  const sample = 'Zoë,王小明,Sam 🚀\n'.repeat(3);

  it.each([1, 2, 3, 5])('reads UTF-8 split every %i bytes, multi-byte characters included', (size) => {
    expect(decodeInPieces(new TextEncoder().encode(sample), size)).toEqual({
      text: sample,
      encoding: 'utf-8',
    });
  });

  it('drops a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('First Name')]);
    expect(decodeInPieces(bytes, 2).text).toBe('First Name');
  });

  it('reads the legacy UTF-16LE endorsement file (BOM, tabs)', () => {
    const { text, encoding } = decodeInPieces(fixtureBytes('legacy/Endorsement Received Info.csv'), 3);
    expect(encoding).toBe('utf-16le');
    expect(text.startsWith('"Endorsement Date"\t"Skill Name"')).toBe(true);
    expect(text).toContain('"Ünal"\t"Şahin"');
  });

  it('reads UTF-16 without a BOM, both byte orders', () => {
    const le = new Uint8Array([...'First Name,Last'].flatMap((c) => [c.charCodeAt(0), 0]));
    const be = new Uint8Array([...'First Name,Last'].flatMap((c) => [0, c.charCodeAt(0)]));
    expect(decodeInPieces(le, 4)).toEqual({ text: 'First Name,Last', encoding: 'utf-16le' });
    expect(decodeInPieces(be, 4)).toEqual({ text: 'First Name,Last', encoding: 'utf-16be' });
  });

  it('reads a file saved by Excel on Windows as Windows-1252', () => {
    const { text, encoding } = decodeInPieces(fixtureBytes('spreadsheet/Connections-windows-1252.csv'), 7);
    expect(encoding).toBe('windows-1252');
    expect(text).toContain('José,Núñez');
    expect(text).toContain('Müller GmbH');
  });

  it('does not mistake UTF-8 cut inside a character for Windows-1252', () => {
    const bytes = new TextEncoder().encode('é');
    expect(detectEncoding(bytes.slice(0, 1), false)).toBe('utf-8');
    expect(detectEncoding(bytes.slice(0, 1), true)).toBe('windows-1252');
  });
});
