/**
 * The offices whose holders sit in the generated series, each held by a succession of illustrative
 * people over the years. `since` (B.E.) keeps an agency out of meetings held before it existed;
 * `deputy` is who comes in the holder's place (none: nobody substitutes for this office).
 */
export interface Post {
  title: string;
  org: string;
  /** Years a holder stays: political offices change more often than civil service ones. */
  term: readonly [number, number];
  political?: boolean;
  deputy?: string;
  since?: number;
}

const DE = 'กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม';
const OPS = `สำนักงานปลัด${DE}`;
const CIVIL = [2, 5] as const;
const POLITICAL = [1, 3] as const;

const head = (title: string, org: string, since?: number): Post => ({ title, org, term: CIVIL, deputy: `รอง${title}`, since });
const division = (name: string): Post => ({ title: `ผู้อำนวยการ${name} ${OPS}`, org: 'สป.ดศ.', term: [3, 7], deputy: `ผู้อำนวยการกลุ่มงานใน${name}` });

export const posts = {
  minister: { title: `รัฐมนตรีว่าการ${DE}`, org: 'ดศ.', term: POLITICAL, political: true, deputy: `รัฐมนตรีช่วยว่าการ${DE}` },
  ps: { title: `ปลัด${DE}`, org: 'สป.ดศ.', term: [2, 4], deputy: `รองปลัด${DE}` },
  dps1: { title: `รองปลัด${DE}`, org: 'สป.ดศ.', term: CIVIL, deputy: `ผู้ช่วยปลัด${DE}` },
  dps2: { title: `รองปลัด${DE}`, org: 'สป.ดศ.', term: CIVIL, deputy: `ผู้ช่วยปลัด${DE}` },
  dps3: { title: `รองปลัด${DE}`, org: 'สป.ดศ.', term: CIVIL, deputy: `ผู้ช่วยปลัด${DE}` },
  inspector: { title: `ผู้ตรวจราชการ${DE}`, org: 'สป.ดศ.', term: CIVIL },
  tmd: head('อธิบดีกรมอุตุนิยมวิทยา', 'อต.'),
  nso: head('ผู้อำนวยการสำนักงานสถิติแห่งชาติ', 'สสช.'),
  onde: head('เลขาธิการคณะกรรมการดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งชาติ', 'สดช.', 2560),
  depa: head('ผู้อำนวยการใหญ่สำนักงานส่งเสริมเศรษฐกิจดิจิทัล', 'ดีป้า', 2560),
  etda: head('ผู้อำนวยการสำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์', 'สพธอ.', 2554),
  dga: head('ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)', 'สพร.', 2561),
  ncsa: head('เลขาธิการคณะกรรมการการรักษาความมั่นคงปลอดภัยไซเบอร์แห่งชาติ', 'สกมช.', 2563),
  pdpc: head('เลขาธิการคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล', 'สคส.', 2563),
  bdi: head('ผู้อำนวยการสถาบันข้อมูลขนาดใหญ่ (องค์การมหาชน)', 'สขญ.', 2562),
  nt: head('กรรมการผู้จัดการใหญ่ บริษัท โทรคมนาคมแห่งชาติ จำกัด (มหาชน)', 'NT', 2564),
  thaipost: head('กรรมการผู้จัดการใหญ่ บริษัท ไปรษณีย์ไทย จำกัด', 'ปณท.'),
  strategy: division('กองยุทธศาสตร์และแผนงาน'),
  ict: division('ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร'),
  finance: division('กองการเงินและบัญชี'),
  hr: division('กองบริหารทรัพยากรบุคคล'),
  legal: division('กองกฎหมาย'),
  audit: { title: `ผู้อำนวยการกลุ่มตรวจสอบภายใน ${OPS}`, org: 'สป.ดศ.', term: [3, 7] },
  control: { title: `ผู้อำนวยการกลุ่มพัฒนาระบบบริหาร ${OPS}`, org: 'สป.ดศ.', term: [3, 7] },
  monitor: { title: `ผู้อำนวยการกลุ่มติดตามและประเมินผล กองยุทธศาสตร์และแผนงาน ${OPS}`, org: 'สป.ดศ.', term: [3, 7] },
  pm: { title: 'นายกรัฐมนตรี', org: 'นร.', term: [2, 4], political: true },
  dpm1: { title: 'รองนายกรัฐมนตรี', org: 'นร.', term: POLITICAL, political: true },
  dpm2: { title: 'รองนายกรัฐมนตรี', org: 'นร.', term: POLITICAL, political: true },
  dpm3: { title: 'รองนายกรัฐมนตรี', org: 'นร.', term: POLITICAL, political: true },
  cabinetSecretary: { title: 'เลขาธิการคณะรัฐมนตรี', org: 'สลค.', term: [3, 6] },
} satisfies Record<string, Post>;

export type PostKey = keyof typeof posts | `minister:${string}`;

/** The Cabinet's ministers, one office per ministry of the reference data (ดศ. is `minister` above). */
export function ministerPost(abbr: string, ministryName: string): Post {
  return { title: `รัฐมนตรีว่าการ${ministryName}`, org: abbr, term: POLITICAL, political: true };
}

/** The secretariat: who takes the minutes, checks them and types them in (the audit log's actor). */
export const secretariatTitles = [
  `นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ กองยุทธศาสตร์และแผนงาน ${OPS}`,
  `นักวิเคราะห์นโยบายและแผนชำนาญการ กองยุทธศาสตร์และแผนงาน ${OPS}`,
  `นักวิเคราะห์นโยบายและแผนปฏิบัติการ กองยุทธศาสตร์และแผนงาน ${OPS}`,
  `เจ้าพนักงานธุรการชำนาญงาน สำนักงานรัฐมนตรี ${OPS}`,
] as const;

/** Who is invited to explain an item: a representative of a central agency, from the reference data. */
export const guestOrgs = ['สงป.', 'สำนักงาน ก.พ.ร.', 'สศช.', 'สคก.', 'สำนักงาน กสทช.', 'บก.', 'สตง.', 'สลค.'] as const;
