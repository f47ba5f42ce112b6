import { dateOf, nthWeekday, workday } from './calendar';
import type { PostKey } from './posts';
import type { Random } from './random';

type Role = 'chair' | 'vice_chair' | 'member' | 'member_secretary' | 'assistant_secretary';
export type Range = readonly [number, number];

/** A section of a series' agenda: how many new items it takes per meeting and directives per item. */
export interface SectionPlan {
  kind: 'announcements' | 'certification' | 'continuing' | 'consideration' | 'information' | 'other' | 'custom';
  titleTh: string;
  items: Range;
  actions: Range;
  whenEmpty?: 'none' | 'omit';
}

export interface SeriesPlan {
  key: 'exec' | 'cabinet' | 'digital' | 'risk';
  nameTh: string;
  shortName: string;
  nameEn: string;
  recordingStyle: 'summary' | 'resolution_only';
  sections: SectionPlan[];
  seats: { post: PostKey; role: Role }[];
  /** Which topics of resources/demo/years-text.json its items draw on. */
  uses: string[];
  venues: string[];
  /** Start and end, minutes after midnight. */
  hours: readonly [number, number];
  /** The meeting dates of one Gregorian year. */
  dates: (year: number, rng: Random) => string[];
  substitutes: boolean;
}

const std = (items: Record<string, Range>, actions: Record<string, Range>, order = ['announcements', 'certification', 'continuing', 'consideration', 'information', 'other']) => {
  const titles: Record<string, string> = {
    announcements: 'เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ', certification: 'เรื่องรับรองรายงานการประชุม', continuing: 'เรื่องสืบเนื่องจากการประชุมครั้งก่อน',
    consideration: 'เรื่องเพื่อพิจารณา', information: 'เรื่องเพื่อทราบ', other: 'เรื่องอื่น ๆ (ถ้ามี)',
  };
  return order.map((kind) => ({ kind, titleTh: titles[kind], items: items[kind] ?? [0, 0], actions: actions[kind] ?? [0, 0] }) as SectionPlan);
};

const DE_BUILDING = 'อาคารกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ศูนย์ราชการเฉลิมพระเกียรติ 80 พรรษา 5 ธันวาคม 2550 โซน C';
const months = Array.from({ length: 12 }, (_, i) => i + 1);

export const seriesPlans: SeriesPlan[] = [
  {
    key: 'exec', nameTh: 'การประชุมผู้บริหารกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม', shortName: 'ประชุมผู้บริหารกระทรวง (Top Executives)',
    nameEn: 'Ministry of Digital Economy and Society Top Executives Meeting', recordingStyle: 'summary',
    sections: std({ announcements: [2, 4], consideration: [7, 10], information: [7, 10], other: [0, 2] },
      { announcements: [0, 2], continuing: [2, 5], consideration: [10, 16], information: [2, 5], other: [0, 3] }),
    seats: [
      { post: 'minister', role: 'chair' }, { post: 'ps', role: 'vice_chair' }, { post: 'dps1', role: 'member' }, { post: 'dps2', role: 'member' },
      { post: 'dps3', role: 'member' }, { post: 'inspector', role: 'member' }, { post: 'tmd', role: 'member' }, { post: 'nso', role: 'member' },
      { post: 'onde', role: 'member' }, { post: 'depa', role: 'member' }, { post: 'etda', role: 'member' }, { post: 'dga', role: 'member' },
      { post: 'ncsa', role: 'member' }, { post: 'pdpc', role: 'member' }, { post: 'bdi', role: 'member' }, { post: 'nt', role: 'member' },
      { post: 'thaipost', role: 'member' }, { post: 'strategy', role: 'member_secretary' }, { post: 'monitor', role: 'assistant_secretary' },
    ],
    uses: ['digital', 'economy', 'security'],
    venues: [`ห้องประชุม 203 ชั้น 2 ${DE_BUILDING}`, `ห้องประชุม 601 ชั้น 6 ${DE_BUILDING}`, 'ห้องประชุม 801 อาคารสำนักงานใหญ่ บริษัท โทรคมนาคมแห่งชาติ จำกัด (มหาชน)'],
    hours: [9 * 60 + 30, 12 * 60 + 30],
    // The second and fourth Wednesday of each month.
    dates: (year) => months.flatMap((m) => [nthWeekday(year, m, 3, 2), nthWeekday(year, m, 3, 4)]),
    substitutes: true,
  },
  {
    key: 'cabinet', nameTh: 'การประชุมคณะรัฐมนตรี (ติดตามมติคณะรัฐมนตรี)', shortName: 'ประชุม ครม.',
    nameEn: 'Cabinet meetings (resolutions followed by the Ministry)', recordingStyle: 'resolution_only',
    sections: [
      { kind: 'custom', titleTh: 'กฎหมาย', items: [3, 6], actions: [2, 4] },
      { kind: 'custom', titleTh: 'เศรษฐกิจ-สังคม', items: [13, 18], actions: [2, 4] },
      { kind: 'custom', titleTh: 'ต่างประเทศ', items: [4, 7], actions: [1, 3] },
      { kind: 'custom', titleTh: 'แต่งตั้ง', items: [4, 8], actions: [0, 0], whenEmpty: 'omit' },
    ],
    seats: [{ post: 'pm', role: 'chair' }, { post: 'dpm1', role: 'member' }, { post: 'dpm2', role: 'member' }, { post: 'dpm3', role: 'member' }],
    uses: ['cabinet'],
    venues: ['ตึกสันติไมตรี (หลังนอก) ทำเนียบรัฐบาล', 'ห้องประชุม 501 ตึกบัญชาการ 1 ทำเนียบรัฐบาล'],
    hours: [9 * 60, 12 * 60],
    // A Tuesday in the middle of each month: the Cabinet meets weekly, the ministry follows one sitting a month.
    dates: (year, rng) => months.map((m) => nthWeekday(year, m, 2, rng.int(2, 3))),
    substitutes: false,
  },
  {
    key: 'digital', nameTh: 'การประชุมคณะทำงานขับเคลื่อนการพัฒนารัฐบาลดิจิทัล กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม', shortName: 'คณะทำงานรัฐบาลดิจิทัล',
    nameEn: 'Digital Government Working Group', recordingStyle: 'summary',
    sections: std({ announcements: [1, 3], information: [5, 8], consideration: [5, 8], other: [0, 1] },
      { announcements: [0, 1], continuing: [2, 5], information: [2, 5], consideration: [12, 18], other: [0, 2] },
      ['announcements', 'certification', 'continuing', 'information', 'consideration', 'other']),
    seats: [
      { post: 'ps', role: 'chair' }, { post: 'dps1', role: 'vice_chair' }, { post: 'onde', role: 'member' }, { post: 'dga', role: 'member' },
      { post: 'etda', role: 'member' }, { post: 'nso', role: 'member' }, { post: 'ncsa', role: 'member' }, { post: 'bdi', role: 'member' },
      { post: 'tmd', role: 'member' }, { post: 'strategy', role: 'member' }, { post: 'ict', role: 'member_secretary' },
    ],
    uses: ['digital', 'security'],
    venues: [`ห้องประชุม 601 ชั้น 6 ${DE_BUILDING}`, `ห้องประชุม 402 ชั้น 4 ${DE_BUILDING}`],
    hours: [13 * 60 + 30, 16 * 60],
    // The last Thursday of the month; about one month in seven has no meeting.
    dates: (year, rng) => months.filter(() => rng.chance(0.86)).map((m) => nthWeekday(year, m, 4, -1)),
    substitutes: true,
  },
  {
    key: 'risk', nameTh: 'การประชุมคณะกรรมการบริหารความเสี่ยงและการควบคุมภายใน สำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม',
    shortName: 'คณะกรรมการบริหารความเสี่ยง', nameEn: 'Risk Management and Internal Control Committee', recordingStyle: 'summary',
    sections: std({ announcements: [1, 2], consideration: [4, 6], information: [5, 7], other: [0, 1] },
      { announcements: [0, 1], continuing: [2, 5], consideration: [10, 16], information: [2, 4], other: [0, 2] }).map((s) =>
      s.kind === 'other' ? { ...s, whenEmpty: 'omit' as const } : s),
    seats: [
      { post: 'dps2', role: 'chair' }, { post: 'finance', role: 'member' }, { post: 'hr', role: 'member' }, { post: 'legal', role: 'member' },
      { post: 'strategy', role: 'member' }, { post: 'ict', role: 'member' }, { post: 'audit', role: 'member' }, { post: 'control', role: 'member_secretary' },
    ],
    uses: ['security', 'digital'],
    venues: [`ห้องประชุม 402 ชั้น 4 ${DE_BUILDING}`],
    hours: [13 * 60 + 30, 15 * 60 + 30],
    // Once a quarter, in the middle of the second month.
    dates: (year, rng) => [2, 5, 8, 11].map((m) => workday(dateOf(year, m, rng.int(10, 20)))),
    substitutes: true,
  },
];
