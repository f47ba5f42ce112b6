/** How people are named in Thai documents; zod-free so the renderer can use it without the schemas. */
export interface NameParts {
  title: string;
  firstName: string;
  lastName: string;
}

/** Everyday titles written straight onto the first name: นายประเสริฐ, นางสาวกรนภา. */
const JOINED_TITLES = new Set(['นาย', 'นาง', 'นางสาว', 'เด็กชาย', 'เด็กหญิง', 'ด.ช.', 'ด.ญ.']);

/**
 * `นายประเสริฐ จันทรรวงทอง`, `ดร.สมชาย ใจดี`, `พล.ต.อ.พัชรวาท วงษ์สุวรรณ`, but `พลเอก ประยุทธ์
 * จันทร์โอชา`: everyday titles and abbreviated ones (ending in a dot) attach to the first name; a rank
 * or academic title written in full takes a space, as Thai official documents print them.
 */
export function personName(p: NameParts): string {
  const title = p.title.trim();
  const joined = !title || JOINED_TITLES.has(title) || title.endsWith('.');
  return `${title}${joined ? '' : ' '}${p.firstName}${p.lastName ? ` ${p.lastName}` : ''}`;
}

/**
 * Bidirectional and other invisible format controls (U+202E "right-to-left override" makes
 * `invoice‮fdp.exe` show as `invoiceexe.pdf`): removed from file names wherever they are shown.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const INVISIBLE_CONTROLS = /[\u0000-\u001f\u007f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

export function visibleFileName(name: string): string {
  const cleaned = name.replace(INVISIBLE_CONTROLS, '').trim();
  return cleaned || 'ไฟล์';
}
