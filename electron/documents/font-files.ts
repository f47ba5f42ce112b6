import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { LekhaError } from '../../shared/errors';

/** Thai TrueType fonts are a few hundred KB; a setting pointing at anything much larger is not a font. */
export const MAX_FONT_BYTES = 16 * 1024 * 1024;
const READ_TIMEOUT_MS = 5000;

/**
 * The one answer for every font file that cannot be used, whatever the reason (missing, a folder, a
 * device, too large, not a font, unreadable): saying which would tell whoever can set the path what
 * exists on the machine.
 */
export const badFontMessage =
  'ใช้ไฟล์ฟอนต์ที่ตั้งไว้ไม่ได้ ต้องเป็นไฟล์ฟอนต์ TrueType (.ttf) หรือ OpenType (.otf) ขนาดไม่เกิน 16 MB ที่โปรแกรมเปิดอ่านได้';

const cache = new Map<string, Buffer>();

/**
 * Reads a font file an officer chose, without ever blocking: opened non-blocking (a FIFO never waits for
 * a writer), accepted only as a regular file under the size limit (`/dev/zero` is a device), read
 * asynchronously with a time limit, and checked to begin like a TrueType or OpenType font.
 */
export async function loadFontFile(path: string, field: 'customFontPath' | 'customBoldFontPath'): Promise<Buffer> {
  const refuse = () => new LekhaError('INVALID', badFontMessage, field);
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = await handle.stat();
    if (!stat.isFile() || stat.size > MAX_FONT_BYTES || stat.size < 12) throw refuse();
    const key = `${path}\u0000${stat.size}\u0000${stat.mtimeMs}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const file = handle;
    let timer: NodeJS.Timeout | undefined;
    const data = await Promise.race([
      file.readFile(),
      new Promise<never>((_, reject) => { timer = setTimeout(() => reject(refuse()), READ_TIMEOUT_MS); }),
    ]).finally(() => clearTimeout(timer));
    const tag = data.toString('latin1', 0, 4);
    if (data.readUInt32BE(0) !== 0x00010000 && tag !== 'true' && tag !== 'OTTO') throw refuse();
    cache.set(key, data);
    return data;
  } catch {
    throw refuse();
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
