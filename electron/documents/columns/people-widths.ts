import type { Block, PeopleBlock } from '../model';
import { type Measurer, unbreakablePieces } from './measure';

/** At most this share of the line for the name and for the role, so the position keeps room to read. */
const NAME_SHARE = 0.36;
const ROLE_SHARE = 0.22;

/**
 * Widths of the attendee columns (number, name, position, role), each with `gap` on both sides:
 * the number column exactly as wide as the widest marker (`10.` to `99.` never wrap), the name and
 * the role as wide as their longest entry within their share, the position what is left. Where the
 * position would then be narrower than its longest unbreakable piece (often a protected agency
 * name), the role gives way first and then the name, each down to its own longest word (a name
 * breaks only at its spaces): a name kept on one line reads better than a role kept on one.
 */
export function peopleColumnWidths(block: PeopleBlock, total: number, m: Measurer, gap: number): number[] {
  const widest = (xs: string[]) => Math.max(0, ...xs.map(m.regular));
  const pieces = (texts: string[]) => texts.flatMap((t) => unbreakablePieces(t, m.noBreak));
  const outer = (w: number) => w + 2 * gap + 1;
  const rows = block.rows;
  const marker = outer(widest(rows.map((r) => r.marker)));
  const minName = outer(widest(rows.flatMap((r) => r.name.split(' '))));
  const minDetail = outer(widest(pieces(rows.map((r) => r.detail))));
  const minRole = outer(widest(pieces(rows.map((r) => r.role))));
  let name = Math.max(minName, Math.min(outer(widest(rows.map((r) => r.name))), total * NAME_SHARE));
  let role = Math.max(minRole, Math.min(outer(widest(rows.map((r) => r.role))), total * ROLE_SHARE));
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
