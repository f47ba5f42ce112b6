import { KIND_WINDOW } from './services/search/candidates';
import type { SearchField, SearchKind, SearchResult } from '../shared/schemas/search';
import { CliError, type CommandInput, call, optional, withCore } from './cli-common';

/** Thai names of the kinds, as the groups are headed; the English names are what --kind takes. */
const kindLabels: Record<SearchKind, string> = {
  item: 'ระเบียบวาระ', directive: 'ข้อสั่งการ', progress: 'ความคืบหน้า', policy: 'นโยบายและร่างกฎหมาย', minutes: 'รายงานการประชุม',
  meeting: 'การประชุม', attachment: 'ไฟล์แนบ',
};
const fieldLabels: Record<SearchField, string> = {
  title: 'ชื่อ', venue: 'สถานที่', subject: 'เรื่อง', summary: 'สาระสำคัญ', proposal: 'ข้อเสนอ', discussion: 'การอภิปราย', resolution: 'มติ',
  text: 'ข้อความ', description: 'รายละเอียด', stageNote: 'บันทึกขั้นตอน', question: 'ประเด็น', position: 'ท่าที', milestone: 'หมุดหมาย', fileName: 'ชื่อไฟล์',
};

function kinds(input: CommandInput): SearchKind[] | undefined {
  const given = optional(input, 'kind');
  if (!given) return undefined;
  const names = given.split(',').map((k) => k.trim()).filter(Boolean);
  const bad = names.filter((k) => !Object.hasOwn(kindLabels, k));
  if (bad.length) throw new CliError(`--kind ไม่รู้จัก "${bad.join(', ')}" ใช้ได้: ${Object.keys(kindLabels).join(', ')}`, 2);
  return names as SearchKind[];
}

/** `--year 2568` or `--year 2560-2568` (B.E.; Thai digits allowed). */
function years(input: CommandInput): { yearFrom?: number; yearTo?: number } {
  const given = optional(input, 'year');
  if (!given) return {};
  const m = /^\s*(\d{4})\s*(?:-\s*(\d{4}))?\s*$/.exec(given.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50)));
  if (!m) throw new CliError('--year ต้องเป็นปี พ.ศ. เช่น --year 2568 หรือ --year 2560-2568', 2);
  return { yearFrom: Number(m[1]), yearTo: Number(m[2] ?? m[1]) };
}

function limit(input: CommandInput): number | undefined {
  const given = optional(input, 'limit');
  if (given === undefined) return undefined;
  const n = Number(given);
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new CliError('--limit ต้องเป็นจำนวนเต็ม 1 ถึง 100', 2);
  return n;
}

/** The result as an officer reads it in a terminal: groups, each hit's place and title, its snippet with «hits». */
function print(result: SearchResult, text: string): void {
  const total = result.groups.reduce((n, g) => n + g.hits.length, 0);
  if (total === 0) return void console.log(`ไม่พบ "${text}"`);
  const series = new Set(result.groups.flatMap((g) => g.hits.map((h) => h.meeting?.seriesId).filter(Boolean)));
  const counted = result.groups.find((g) => !g.exact)?.count ?? KIND_WINDOW - 1;
  // Every kind at once is counted to twenty (services/search/candidates.ts): one kind alone, to a hundred.
  const further = result.groups.length > 1 ? 'ระบุ --kind เพื่อนับประเภทเดียวได้มากกว่านี้ หรือ --year' : 'ระบุ --year';
  console.log(`ค้นหา "${text}" — เรียงตามความตรงกับคำค้น (ชื่อเรื่องก่อนเนื้อความ) และการประชุมที่ใหม่กว่า${result.complete ? '' : ` (นับได้ถึง ${counted} รายการล่าสุดต่อประเภท ${further} เพื่อดูผลที่เก่ากว่า)`}`);
  for (const g of result.groups) {
    console.log(`\n${kindLabels[g.kind]} (${g.count.toLocaleString('en-US')}${g.exact ? '' : '+'})`);
    for (const h of g.hits) {
      const where = [h.place, series.size > 1 ? h.meeting?.seriesName : ''].filter(Boolean).join(' · ');
      console.log(`  ${where ? `${where} — ` : ''}${h.title}`);
      console.log(`    ${fieldLabels[h.field]}: ${h.snippet.map((p) => (p.hit ? `«${p.text}»` : p.text)).join('')}`);
    }
  }
}

/** `lekha search "TEXT" [--kind item,directive] [--series NAME] [--year 2560-2568] [--limit N] [--json] [--db PATH]` */
export async function run(input: CommandInput): Promise<void> {
  const text = input.args.join(' ');
  if (!text.trim()) throw new CliError(`ต้องระบุคำที่ต้องการค้นหา เช่น lekha search "อาชญากรรม"\n\n${input.usage}`, 2);
  const args = { text, kinds: kinds(input), ...years(input), limit: limit(input) ?? 10 };
  await withCore(input, async (core) => {
    const seriesName = optional(input, 'series');
    let seriesId: string | undefined;
    if (seriesName) {
      const all = await call<{ id: string; nameTh: string; shortName: string }[]>(core, 'series.list', {});
      seriesId = all.find((s) => s.nameTh === seriesName || s.shortName === seriesName)?.id;
      if (!seriesId) throw new CliError(`ไม่พบชุดการประชุม "${seriesName}"`);
    }
    const result = await call<SearchResult>(core, 'search.query', { ...args, seriesId });
    if (input.values.json === true) console.log(JSON.stringify(result, null, 2));
    else print(result, text);
  });
}
