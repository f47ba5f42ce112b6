// Builds resources/demo/years-text.json, the real public text `lekha demo --years` draws its agenda
// items from. Run once by hand (`node scripts/demo-years-text.mjs`) when the fixtures change; the app
// ships the JSON and never reads tests/. Every string taken is verbatim from the fixtures under
// tests/fixtures/real/ (thaigov.go.th pages, public domain: see tests/fixtures/real/SOURCES.md), cut
// only at a space where it is long; the subjects written for the prose topics below are marked `ours`.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const json = (path) => JSON.parse(read(path));
const prose = (name) => read(`tests/fixtures/real/prose/${name}.txt`).split('\n').map((l) => l.trim()).filter(Boolean);

/** The first `max` characters, ending at a space (never inside a word). */
function cut(text, max) {
  const t = text.trim();
  if (t.length <= max) return t;
  const at = t.lastIndexOf(' ', max);
  return t.slice(0, at > max / 2 ? at : max).trim();
}
const SUMMARY = 600;
const RESOLUTION = 450;

const sources = [
  { id: 'cabinet-2566-03-14', title: 'สรุปข่าวการประชุมคณะรัฐมนตรี วันที่ 14 มีนาคม 2566', url: 'https://www.thaigov.go.th/news/contents/details/66156' },
  { id: 'cabinet-2568-08-19', title: 'สรุปข่าวการประชุมคณะรัฐมนตรี 19 สิงหาคม 2568', url: 'https://www.thaigov.go.th/news/contents/details/99896' },
  { id: 'des-8-2568', title: 'ประชุมผู้บริหารกระทรวงดีอี (Top Executives) ครั้งที่ 8/2568', url: 'https://www.thaigov.go.th/news/contents/details/100384' },
  { id: 'ai-committee-2-2568', title: 'ประชุมคณะกรรมการขับเคลื่อนแผนปฏิบัติการด้านปัญญาประดิษฐ์แห่งชาติ ครั้งที่ 2/2568', url: 'https://www.thaigov.go.th/news/contents/details/99107' },
  { id: 'cdd-pdpa-2567', title: 'กรมการพัฒนาชุมชนขับเคลื่อน PDPA ... ISO27001', url: 'https://www.thaigov.go.th/news/contents/details/81086' },
  { id: 'drr-iso27001-2564', title: 'กรมทางหลวงชนบท ได้รับการรับรองมาตรฐาน ISO/IEC 27001:2013', url: 'https://www.thaigov.go.th/news/contents/details/49182' },
  { id: 'fpo-debt-2566', title: 'คลังร่วมแก้ปัญหาหนี้นอกระบบ', url: 'https://www.thaigov.go.th/news/contents/details/74434' },
  { id: 'demo-2-2568', title: 'resources/demo/meeting-2-2568.json: การประชุมผู้บริหารกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ครั้งที่ 2/2568 (ข่าวประชาสัมพันธ์ของกระทรวง)', url: 'resources/demo/meeting-2-2568.json' },
  { id: 'nesdc-2566', title: 'สศช. ชี้แจงข้อวิจารณ์ประเทศไทยมีการเติบโตของรายได้ต่อหัวต่ำที่สุด', url: 'https://www.thaigov.go.th/news/contents/details/68443' },
];

const topics = [];
const directive = (d) => ({ text: d.text, lead: d.lead ?? null, support: d.support ?? [] });

// The Cabinet summary of 14 March 2566: 51 items under its own four headings.
const cabinet = json('tests/fixtures/real/meetings/cabinet-style.json');
for (const item of cabinet.items) {
  topics.push({
    src: 'cabinet-2566-03-14', use: 'cabinet', section: cabinet.series.sections[item.section].titleTh, subject: item.subject,
    presenter: item.presenter, summary: cut(item.summary, SUMMARY), resolution: cut(item.resolution, RESOLUTION),
    directives: item.directives.map(directive),
  });
}

// Five items of the Cabinet summary of 19 August 2568: "N. เรื่อง …", the resolution, then the substance.
const aug = prose('thaigov-cabinet-2568-08-19-selected-items');
let heading = '';
aug.forEach((line, i) => {
  if (line === 'เศรษฐกิจ-สังคม' || line === 'ต่างประเทศ') heading = line;
  const m = /^\d+\. เรื่อง (.+)$/.exec(line);
  if (!m) return;
  const substance = aug.slice(i + 2).find((l) => !l.startsWith('สาระสำคัญ'));
  topics.push({
    src: 'cabinet-2568-08-19', use: 'cabinet', section: heading, subject: m[1], presenter: null,
    summary: cut(substance, SUMMARY), resolution: cut(aug[i + 1], RESOLUTION), directives: [],
  });
});

/** A topic from a press release: `paragraph` starts with `from` (verbatim); the subject is ours unless `verbatimSubject`. */
function fromProse(src, file, use, subject, from, presenter, extra = {}) {
  const lines = prose(file);
  const paragraph = lines.find((l) => l.includes(from));
  if (!paragraph) throw new Error(`${file}: no paragraph with "${from}"`);
  const start = paragraph.slice(paragraph.indexOf(from));
  // A quotation ends where the release names the speaker: the summary stops at the closing mark.
  const summary = cut(start.includes('”') ? start.slice(0, start.indexOf('”')) : start, SUMMARY);
  const directives = (extra.directives ?? []).map((d) => {
    if (!lines.some((l) => l.includes(d.text))) throw new Error(`${file}: no directive "${d.text}"`);
    return directive(d);
  });
  const verbatim = lines.some((l) => l.includes(subject));
  topics.push({ src, use, section: null, subject, presenter, summary, resolution: '', directives, ...(verbatim ? {} : { ours: ['subject'] }) });
}

const des = ['des-8-2568', 'thaigov-des-top-executives-8-2568', 'digital'];
fromProse(...des, 'การขับเคลื่อนโครงการส่งเสริมและพัฒนาทักษะความรู้เพื่อขับเคลื่อนและยกระดับกำลังคนดิจิทัลระดับอำเภอ (ไอทีแมน)', 'การขับเคลื่อนโครงการส่งเสริมและพัฒนาทักษะ', 'สดช.');
fromProse(...des, 'การขับเคลื่อนโครงการศูนย์ดิจิทัลชุมชน', 'การขับเคลื่อนโครงการศูนย์ดิจิทัลชุมชนจำนวน', 'สดช.');
fromProse(...des, 'การพัฒนาระบบตรวจสอบสถานภาพพระภิกษุสงฆ์', 'การพัฒนาระบบตรวจสอบสถานภาพพระภิกษุสงฆ์ โดย', 'สป.ดศ.');
fromProse(...des, 'ความคืบหน้าการแก้ไขปรับปรุงกฎหมายของกระทรวง', 'ขณะนี้กระทรวงฯ ได้ดำเนินการแก้ไขปรับปรุงกฎหมาย', 'สป.ดศ.');
fromProse(...des, 'การยกระดับหน่วยงานภาครัฐในการใช้ระบบงานเอกสารอิเล็กทรอนิกส์ (e-Document) ในระบบ e-Office', 'ด้านการดำเนินการยกระดับหน่วยงานภาครัฐ', 'สดช.');
const ai = ['ai-committee-2-2568', 'thaigov-national-ai-committee-2-2568', 'digital'];
fromProse(...ai, 'การปรับปรุงองค์ประกอบคณะกรรมการขับเคลื่อนแผนปฏิบัติการด้านปัญญาประดิษฐ์แห่งชาติเพื่อการพัฒนาประเทศไทย (National AI Committee)', 'ที่ประชุมมีมติเห็นชอบการปรับปรุงองค์ประกอบ', 'สป.ดศ.');
fromProse(...ai, 'แนวทางการขับเคลื่อนตามกรอบการพัฒนาปัญญาประดิษฐ์แห่งชาติ (National AI Program)', 'รวมทั้งที่ประชุมได้พิจารณาแนวทางการขับเคลื่อน', 'สป.ดศ.', {
  directives: [{ text: 'มอบหมายให้ศูนย์ความเชี่ยวชาญดำเนินการจัดทำแผนย่อยรายสาขา ครอบคลุมทั้งด้านความพร้อมและผู้ใช้งาน AI ให้แล้วเสร็จภายในเดือนกันยายน 2568 เพื่อให้สามารถดำเนินงานได้ตามกรอบที่วางไว้', lead: 'สป.ดศ.' }],
});
fromProse(...ai, 'การสร้างความร่วมมือระหว่างภาครัฐและภาคเอกชน ในลักษณะของกลุ่มภาคีเครือข่าย (Consortium)', 'เห็นชอบการสร้างความร่วมมือระหว่างภาครัฐ', 'สป.ดศ.', {
  directives: [{ text: 'มอบหมายให้กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นหน่วยงานหลักในการพัฒนาเครือข่ายความร่วมมือดังกล่าว', lead: 'ดศ.' }],
});
fromProse(...ai, 'ศูนย์รวมความเชี่ยวชาญ (Center of Excellence:CoEs) ในสาขาต่าง ๆ', 'เห็นชอบแนวทางการยกระดับการทำงานให้เชื่อมโยง', 'สป.ดศ.');
fromProse(...ai, 'กรอบการใช้จ่ายงบประมาณการขับเคลื่อนตามกรอบการพัฒนาปัญญาประดิษฐ์แห่งชาติ', 'เห็นชอบในหลักการของกรอบการใช้จ่ายงบประมาณ', 'สป.ดศ.');
fromProse('cdd-pdpa-2567', 'thaigov-cdd-pdpa-iso27001-2567-03-30', 'security', 'การขับเคลื่อนการคุ้มครองข้อมูลส่วนบุคคล (PDPA) และการรักษาความมั่นคงปลอดภัยไซเบอร์', 'กรมการพัฒนาชุมชนได้รับการตรวจประเมิน', 'สกมช.');
fromProse('drr-iso27001-2564', 'thaigov-drr-iso27001-2564-12-07', 'security', 'การรับรองมาตรฐาน ISO/IEC 27001:2013 ด้านความมั่นคงปลอดภัยในระบบสารสนเทศ', 'กรมทางหลวงชนบท (ทช.) กระทรวงคมนาคม ได้รับการรับรอง', 'สกมช.');
fromProse('fpo-debt-2566', 'thaigov-fpo-informal-debt-2566-11-09', 'economy', 'การป้องกันและแก้ไขปัญหาหนี้นอกระบบ', 'กระทรวงการคลังได้ดำเนินการเชิงรุก', 'กค.');
fromProse('nesdc-2566', 'thaigov-nesdc-income-per-capita-2566-05-23', 'economy', 'ข้อวิจารณ์ประเทศไทยมีการเติบโตของรายได้ต่อหัวต่ำที่สุด เมื่อเทียบกับประเทศอื่นใน ASEAN', 'สศช. เผยหากคำนวณรายได้ต่อหัว', 'สศช.');

// The demo meeting 2/2568 (resources/demo/): its subjects and summaries retell the ministry's press release.
const demo = json('resources/demo/meeting-2-2568.json');
for (const item of demo.agendaItems) {
  topics.push({ src: 'demo-2-2568', use: 'digital', section: null, subject: item.subject, presenter: item.presenterOrganisation, summary: cut(item.summary, SUMMARY), resolution: '', directives: [] });
}

/**
 * A generated record must not put words in a real person's mouth or repeat a real appointment every
 * year: topics whose text names a person (a title, a name and a surname) are left out. The subjects of
 * the Cabinet's appointment items are kept apart; the generator fills them with illustrative names.
 */
const personal = /(?:นาย(?!ก)|นางสาว|นาง(?!าม)|พลเอก |พล\.ต\.อ\. ?|ร้อยเอก |ศาสตราจารย์)[ก-๙]+ [ก-๙]+/;
const names = (t) => personal.test([t.summary, t.resolution, ...t.directives.map((d) => d.text)].join(' '));
const appointmentSubjects = topics.filter((t) => t.section === 'แต่งตั้ง').map((t) => t.subject);
const kept = topics.filter((t) => t.section !== 'แต่งตั้ง' && !names(t));


const out = {
  _note: 'Real public text for `lekha demo --years` (electron/services/demo-years/). Built by scripts/demo-years-text.mjs from tests/fixtures/real/ (see tests/fixtures/real/SOURCES.md): pages of thaigov.go.th, public domain (Copyright Act B.E. 2537 s. 7), taken from the PyThaiNLP/thaigov-v2-corpus. Strings are verbatim, cut at a space where long; a topic whose subject we wrote lists it in `ours`. Everything the generator makes from this text is marked illustrative.',
  sources,
  topics: kept,
  appointmentSubjects,
};
writeFileSync(new URL('resources/demo/years-text.json', root), `${JSON.stringify(out, null, 1)}\n`);
console.log(`${kept.length} topics (${topics.length - kept.length} left out), ${appointmentSubjects.length} appointment subjects, ${(JSON.stringify(out).length / 1024).toFixed(0)} KB of JSON`);
