import type { Block, PeopleBlock } from '../model';
import { type Measurer, unbreakablePieces, wordPieces } from './measure';

/** At most this share of the line for the role, so the position keeps room to read. */
const ROLE_SHARE = 0.22;
/** The position keeps at least this share of the line when a long name takes its room. */
const DETAIL_SHARE = 0.25;

/**
 * Widths of the attendee columns (number, name, position, role), each with `gap` on both sides.
 * The number column is exactly as wide as the widest marker (`10.` to `99.` never wrap). A name is
 * kept on one line whenever the page can give the room (พลตำรวจเอก พัชรวาท วงษ์สุวรรณ): the name
 * column is as wide as the longest name, taken from the position, which wraps, down to a quarter of
 * the line or its longest unbreakable piece (often a protected agency name). The role is as wide as
 * its longest entry within its share, and wraps between words beyond it (กรรมการและ / เลขานุการ).
 * Where the position would still be narrower than its longest piece, the role gives way first and
 * then the name, each down to its own longest word (a name breaks only at its spaces).
 */
export function peopleColumnWidths(block: PeopleBlock, total: number, m: Measurer, gap: number): number[] {
  const widest = (xs: string[]) => Math.max(0, ...xs.map(m.regular));
  const outer = (w: number) => w + 2 * gap + 1;
  const rows = block.rows;
  const marker = outer(widest(rows.map((r) => r.marker)));
  const minName = outer(widest(rows.flatMap((r) => r.name.split(' '))));
  const minDetail = outer(widest(rows.flatMap((r) => unbreakablePieces(r.detail, m.noBreak))));
  const minRole = outer(widest(rows.flatMap((r) => wordPieces(r.role, m.noBreak))));
  let role = Math.max(minRole, Math.min(outer(widest(rows.map((r) => r.role))), total * ROLE_SHARE));
  const detailFloor = Math.max(minDetail, total * DETAIL_SHARE);
  let name = Math.max(minName, Math.min(outer(widest(rows.map((r) => r.name))), total - marker - role - detailFloor));
  let deficit = minDetail - (total - marker - name - role);
  for (const give of ['role', 'name'] as const) {
    if (deficit <= 0) break;
    const room = give === 'role' ? role - minRole : name - minName;
    const taken = Math.max(0, Math.min(room, deficit));
    if (give === 'role') role -= taken;
    else name -= taken;
    deficit -= taken;
  }
  return [marker, name, Math.max(0, total - marker - name - role), role];
}

/**
 * Every attendee row of a document as one block: ผู้มาประชุม, ผู้ไม่มาประชุม and ผู้เข้าร่วมประชุม share
 * their column widths, so the names, positions and roles of the three lists line up.
 */
export const allPeople = (blocks: Block[]): PeopleBlock => ({ type: 'people', rows: blocks.flatMap((b) => (b.type === 'people' ? b.rows : [])) });
