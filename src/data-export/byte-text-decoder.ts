/**
 * Turns a file's bytes into text, chunk by chunk, in the file's own encoding.
 *
 * LinkedIn writes UTF-8, sometimes with a BOM; the legacy `Endorsement Received Info.csv` is
 * UTF-16LE with a BOM. A file re-saved by Excel on Windows may be Windows-1252: read as UTF-8 its
 * accented names would turn into replacement characters.
 *
 * A BOM or UTF-16 is recognised from the first `SNIFF_BYTES` (held back until then). Anything else
 * is UTF-8 for as long as every byte agrees, to the end of the file: a spreadsheet's file may be
 * plain ASCII for megabytes before its first "ç". At the first byte that is not UTF-8:
 * - if all the text before it was ASCII, it reads the same in Windows-1252, so reading simply goes
 *   on in Windows-1252 (`switchedAt` says where and why, for the summary);
 * - if UTF-8 accents came before it, the file mixes two encodings and no single reading is right:
 *   `MixedEncodingError`, and the file is refused rather than half garbled.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const SNIFF_BYTES = 64 * 1024;

/** UTF-8 accents, then a byte UTF-8 does not allow: `offset` is that byte's place in the file. */
export class MixedEncodingError extends Error {
  constructor(
    readonly offset: number,
    readonly byte: number,
  ) {
    super(
      `byte ${offset} (0x${byte.toString(16).toUpperCase().padStart(2, '0')}) is not UTF-8, but UTF-8 text came before it`,
    );
    this.name = 'MixedEncodingError';
  }
}

export class ByteTextDecoder {
  /** The fixed decoder, once the file is known to be UTF-16, BOM-marked UTF-8 or Windows-1252. */
  private decoder: TextDecoder | null = null;
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true });
  private utf8Mode = false;
  private held: Uint8Array[] = [];
  private heldBytes = 0;
  /** Bytes handed to the UTF-8 decoder so far (file offset of the next chunk). */
  private offset = 0;
  /** No text but ASCII has come out so far. */
  private asciiSoFar = true;
  /** The end of the last chunk: an incomplete character the UTF-8 decoder holds for the next. */
  private tail: Uint8Array = new Uint8Array(0);
  encoding: TextEncodingName | null = null;
  /** Where a file taken for UTF-8 turned out not to be: the first byte UTF-8 does not allow. */
  switchedAt: { offset: number; byte: number } | null = null;

  /** Text decoded so far from `bytes` (may be '' while the first bytes are still being collected). */
  push(bytes: Uint8Array): string {
    if (this.decoder) return this.decoder.decode(bytes, { stream: true });
    if (this.utf8Mode) return this.utf8Chunk(bytes, false);
    this.held.push(bytes);
    this.heldBytes += bytes.length;
    return this.heldBytes >= SNIFF_BYTES ? this.release(false) : '';
  }

  /** The rest of the text. */
  end(): string {
    if (this.decoder) return this.decoder.decode();
    if (this.utf8Mode) return this.utf8Chunk(new Uint8Array(0), true);
    return this.release(true);
  }

  private release(isEnd: boolean): string {
    const head = concat(this.held, this.heldBytes);
    this.held = [];
    const marked = detectMarkedEncoding(head);
    if (marked === null) {
      this.encoding = 'utf-8';
      this.utf8Mode = true;
      return this.utf8Chunk(head, isEnd);
    }
    this.encoding = marked;
    // TextDecoder drops a BOM of its own encoding by itself.
    this.decoder = new TextDecoder(marked);
    const text = this.decoder.decode(head, { stream: !isEnd });
    return isEnd ? text + this.decoder.decode() : text;
  }

  private utf8Chunk(bytes: Uint8Array, isEnd: boolean): string {
    let text: string;
    try {
      text = this.utf8.decode(bytes, { stream: !isEnd });
    } catch {
      const pending = concat([this.tail, bytes], this.tail.length + bytes.length);
      const bad = firstNonUtf8(pending);
      const at = { offset: this.offset - this.tail.length + bad, byte: pending[bad] ?? 0 };
      if (!this.asciiSoFar || !isAscii(pending, bad)) throw new MixedEncodingError(at.offset, at.byte);
      // Everything so far was ASCII, which Windows-1252 reads the same: go on from here in it.
      this.switchedAt = at;
      this.encoding = 'windows-1252';
      this.decoder = new TextDecoder('windows-1252');
      return this.decoder.decode(pending, { stream: !isEnd }) + (isEnd ? this.decoder.decode() : '');
    }
    this.offset += bytes.length;
    this.tail = incompleteEnd(
      bytes.length >= 4 ? bytes : concat([this.tail, bytes], this.tail.length + bytes.length),
    );
    if (this.asciiSoFar && NON_ASCII.test(text)) this.asciiSoFar = false;
    return text;
  }
}

const NON_ASCII = /[^\x00-\x7f]/;

function isAscii(bytes: Uint8Array, end: number): boolean {
  for (let i = 0; i < end; i++) if (bytes[i]! >= 0x80) return false;
  return true;
}

/** The encoding a BOM or UTF-16's zero bytes announce; null for anything else (taken for UTF-8). */
function detectMarkedEncoding(head: Uint8Array): TextEncodingName | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (looksLikeUtf16(head, 1)) return 'utf-16le';
  if (looksLikeUtf16(head, 0)) return 'utf-16be';
  return null;
}

/** The encoding of a whole sample (kept for callers that have all the bytes at once). */
export function detectEncoding(head: Uint8Array, isWholeFile: boolean): TextEncodingName {
  const marked = detectMarkedEncoding(head);
  if (marked !== null) return marked;
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

/** Length of the UTF-8 sequence a lead byte starts (0: not a lead byte). */
function sequenceLength(b: number): number {
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/** Index of the first byte that breaks UTF-8 (bytes.length if none does before the end). */
export function firstNonUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const n = sequenceLength(b);
    if (n === 0) return i;
    if (n === 1) {
      i++;
      continue;
    }
    if (i + n > bytes.length) return i; // cut at the end of the file
    for (let k = 1; k < n; k++) {
      const c = bytes[i + k]!;
      let ok = c >= 0x80 && c <= 0xbf;
      if (k === 1 && b === 0xe0) ok = c >= 0xa0 && c <= 0xbf;
      if (k === 1 && b === 0xed) ok = c >= 0x80 && c <= 0x9f;
      if (k === 1 && b === 0xf0) ok = c >= 0x90 && c <= 0xbf;
      if (k === 1 && b === 0xf4) ok = c >= 0x80 && c <= 0x8f;
      if (!ok) return i;
    }
    i += n;
  }
  return bytes.length;
}

/** The trailing bytes of an unfinished UTF-8 character (what a streaming decoder holds back). */
function incompleteEnd(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if (b < 0x80) break;
    if (b >= 0xc0) return sequenceLength(b) > back ? bytes.slice(bytes.length - back) : new Uint8Array(0);
  }
  return new Uint8Array(0);
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const nonEmpty = chunks.filter((c) => c.length > 0);
  if (nonEmpty.length === 1) return nonEmpty[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of nonEmpty) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
