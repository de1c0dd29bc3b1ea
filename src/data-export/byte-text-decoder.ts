/**
 * Turns a file's bytes into text, chunk by chunk, in the file's own encoding.
 *
 * LinkedIn writes UTF-8, sometimes with a BOM; the legacy `Endorsement Received Info.csv` is
 * UTF-16LE with a BOM. A file re-saved by Excel on Windows may be Windows-1252: read as UTF-8 its
 * accented names would turn into replacement characters, so the first bytes are checked and such a
 * file is read as Windows-1252 (with a warning: the user should know we guessed).
 *
 * The encoding is decided once, from the first `SNIFF_BYTES` (or the whole file if smaller); bytes
 * are held back only until then.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const SNIFF_BYTES = 64 * 1024;

export class ByteTextDecoder {
  private decoder: TextDecoder | null = null;
  private held: Uint8Array[] = [];
  private heldBytes = 0;
  encoding: TextEncodingName | null = null;

  /** Text decoded so far from `bytes` (may be '' while the first bytes are still being collected). */
  push(bytes: Uint8Array): string {
    if (this.decoder) return this.decoder.decode(bytes, { stream: true });
    this.held.push(bytes);
    this.heldBytes += bytes.length;
    return this.heldBytes >= SNIFF_BYTES ? this.release(false) : '';
  }

  /** The rest of the text. */
  end(): string {
    return this.decoder ? this.decoder.decode() : this.release(true);
  }

  private release(isEnd: boolean): string {
    const head = concat(this.held, this.heldBytes);
    this.held = [];
    this.encoding = detectEncoding(head, isEnd);
    // TextDecoder drops a BOM of its own encoding by itself.
    this.decoder = new TextDecoder(this.encoding);
    const text = this.decoder.decode(head, { stream: !isEnd });
    return isEnd ? text + this.decoder.decode() : text;
  }
}

export function detectEncoding(head: Uint8Array, isWholeFile: boolean): TextEncodingName {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (looksLikeUtf16(head, 1)) return 'utf-16le';
  if (looksLikeUtf16(head, 0)) return 'utf-16be';
  try {
    // `stream` when more follows: a character cut at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: !isWholeFile });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** Mostly-ASCII text in UTF-16 without a BOM: every other byte is zero. */
function looksLikeUtf16(head: Uint8Array, zeroAt: 0 | 1): boolean {
  const pairs = Math.min(64, Math.floor(head.length / 2));
  if (pairs < 4) return false;
  let zeros = 0;
  for (let i = 0; i < pairs; i++) if (head[2 * i + zeroAt] === 0 && head[2 * i + 1 - zeroAt] !== 0) zeros++;
  return zeros >= pairs * 0.75;
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
