/**
 * A report file's text, whatever its encoding: Teams and Webex export UTF-16 (little-endian, usually
 * with a byte-order mark), Zoom exports UTF-8, often with a BOM that Excel adds again on saving.
 * UTF-16 without a mark is recognised by its zero bytes. Returns null for text that is not UTF-8 either.
 */
export function decodeReport(bytes: Uint8Array): string | null {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b[0] === 0xff && b[1] === 0xfe) return b.subarray(2).toString('utf16le');
  if (b[0] === 0xfe && b[1] === 0xff) return Buffer.from(b.subarray(2)).swap16().toString('utf16le');
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return utf8(b.subarray(3));
  const sample = b.subarray(0, Math.min(b.length, 400));
  let oddZeros = 0;
  let evenZeros = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 ? oddZeros++ : evenZeros++);
  if (oddZeros > sample.length / 4) return b.subarray(0, b.length - (b.length % 2)).toString('utf16le');
  if (evenZeros > sample.length / 4) return Buffer.from(b.subarray(0, b.length - (b.length % 2))).swap16().toString('utf16le');
  return utf8(b);
}

function utf8(b: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return null;
  }
}
