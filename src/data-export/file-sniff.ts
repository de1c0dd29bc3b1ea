/**
 * What a file that is not a CSV seems to be, from its first bytes, so that a message can say so
 * ("an image (PNG)") instead of quoting its bytes as if they were column names.
 */
const SIGNATURES: ReadonlyArray<{ bytes: ReadonlyArray<number | null>; what: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'an image (PNG)' },
  { bytes: [0xff, 0xd8, 0xff], what: 'an image (JPEG)' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'an image (GIF)' },
  {
    bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50],
    what: 'an image (WebP)',
  },
  { bytes: [0x42, 0x4d], what: 'an image (BMP)' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive, not a zip' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive, not a zip' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive, not a zip' },
  { bytes: [null, null, null, null, 0x66, 0x74, 0x79, 0x70], what: 'a video or audio file' },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: 'an old Excel or Word document (.xls, .doc)',
  },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a zip file' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'a zip file' },
];

/** "an image (PNG)", "a binary file", or null for what looks like text. */
export function describeNonText(head: Uint8Array): string | null {
  for (const sig of SIGNATURES) {
    if (head.length >= sig.bytes.length && sig.bytes.every((b, i) => b === null || head[i] === b))
      return sig.what;
  }
  return looksBinary(head) ? 'a binary file, not text' : null;
}

export function isZipSignature(head: Uint8Array): boolean {
  return (
    head[0] === 0x50 &&
    head[1] === 0x4b &&
    ((head[2] === 0x03 && head[3] === 0x04) || (head[2] === 0x05 && head[3] === 0x06))
  );
}

/**
 * Control bytes that no text file has. UTF-16 text is full of zero bytes, but in a regular pattern
 * (every other byte), after a BOM or not: that is left to the decoder.
 */
function looksBinary(head: Uint8Array): boolean {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return false;
  const n = Math.min(head.length, 4096);
  let zerosEven = 0;
  let zerosOdd = 0;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i]!;
    if (b === 0) {
      if (i % 2 === 0) zerosEven++;
      else zerosOdd++;
    } else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  const half = n / 2;
  const utf16 = half >= 4 && (zerosEven >= half * 0.75 || zerosOdd >= half * 0.75);
  if (utf16) return false;
  return zerosEven + zerosOdd > 0 || controls > Math.max(2, n / 100);
}
