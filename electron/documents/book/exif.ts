/**
 * How far a JPEG must be turned clockwise to stand as it was taken: a phone held upright stores its
 * picture sideways and says so in the EXIF orientation tag (0x0112). Viewers honour the tag; pdf-lib
 * does not, so the book reads it here. Mirrored orientations (2, 4, 5, 7) are turned as their
 * rotation part says and stay mirrored: front cameras aside, no one stores a document that way.
 */
export function jpegTurn(bytes: Uint8Array): 0 | 90 | 180 | 270 {
  const orientation = jpegOrientation(bytes);
  if (orientation === 3 || orientation === 4) return 180;
  if (orientation === 5 || orientation === 8) return 270;
  if (orientation === 6 || orientation === 7) return 90;
  return 0;
}

/** The EXIF orientation (1 to 8) of a JPEG; 1 when it has none or it cannot be read. */
export function jpegOrientation(b: Uint8Array): number {
  let at = 2;
  // Markers up to the start of the image data (SOS); each says its own length.
  while (at + 4 <= b.length && b[at] === 0xff && b[at + 1] !== 0xda) {
    const length = (b[at + 2] << 8) | b[at + 3];
    const exif = at + 4;
    if (b[at + 1] === 0xe1 && String.fromCharCode(...b.subarray(exif, exif + 6)) === 'Exif\0\0') {
      return tiffOrientation(b.subarray(exif + 6, Math.min(b.length, at + 2 + length)));
    }
    at += 2 + length;
  }
  return 1;
}

/** The orientation entry of the first directory of a TIFF header (EXIF's container). */
function tiffOrientation(t: Uint8Array): number {
  const little = t[0] === 0x49;
  const u16 = (o: number) => (o + 2 > t.length ? -1 : little ? t[o] | (t[o + 1] << 8) : (t[o] << 8) | t[o + 1]);
  const u32 = (o: number) => (o + 4 > t.length ? -1 : little ? u16(o) + u16(o + 2) * 65536 : u16(o) * 65536 + u16(o + 2));
  const directory = u32(4);
  const count = u16(directory);
  for (let i = 0; i < count; i++) {
    const entry = directory + 2 + i * 12;
    const tag = u16(entry);
    if (tag < 0) break;
    if (tag === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}
