import { formatThaiDate, formatThaiDateLong, formatThaiTime } from '../../../shared/thai';
import { addDays, fiscalYear, weekday } from './calendar';
import { countries, fields, formulas, partners, practices } from './formulas';
import { addItem, type ItemSpec, openOn } from './items';
import { budgetLine, recurring } from './phrases';
import { policySeeds } from './policy-seeds';
import type { Act } from './sink';
import type { MeetingState, SectionState } from './state';
import { fill, monthYear, subjectVariant, type Topic } from './text';
import type { World } from './world';

const month = (iso: string) => Number(iso.slice(5, 7));
/** The quarter of the Thai fiscal year (October–December is the first). */
const quarter = (iso: string) => Math.floor(((month(iso) + 2) % 12) / 3) + 1;

/** The reports a series hears again and again: the budget, the directives, the Cabinet, cyber threats… */
function recurringItems(world: World, m: MeetingState, kind: string): (ItemSpec & { subs?: ItemSpec[] })[] {
  const { rng } = world;
  const out: (ItemSpec & { subs?: ItemSpec[] })[] = [];
  const key = m.series.plan.key;
  const ops = world.org('สป.ดศ.')!;
  const vars = { fy: fiscalYear(m.date), fyNext: fiscalYear(m.date) + 1, date: formatThaiDate(addDays(m.date, -3)), month: monthYear(addDays(m.date, -20)), quarter: quarter(m.date) };
  const base = { presenter: ops, topic: null, actions: 0 };
  if (key === 'exec' && kind === 'information') {
    const agencies = rng.sample(world.agencies(m.date), rng.int(3, 5));
    const target = 25 * quarter(m.date);
    out.push({
      ...base, subject: fill(recurring.budget, vars), actions: rng.int(1, 2),
      summary: `กองการเงินและบัญชี สำนักงานปลัดกระทรวง รายงานผลการเบิกจ่ายงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ${vars.fy} ในภาพรวมของกระทรวงและหน่วยงานในสังกัด เทียบกับเป้าหมายการเบิกจ่ายที่รัฐบาลกำหนด (ร้อยละ ${target} ณ สิ้นไตรมาส)`,
      subs: agencies.map((o) => {
        const total = rng.int(80, 4500);
        const percent = Math.max(5, Math.min(99, target - 15 + rng.int(-10, 25)));
        return { ...base, presenter: o, subject: o.name, summary: fill(budgetLine, { ...vars, org: o.name, total: total.toLocaleString('en-US'), spent: ((total * percent) / 100).toFixed(2), percent: percent.toFixed(2) }) };
      }),
    });
    if (m.number % 2 === 1) {
      const recent = m.series.meetings.filter((x) => x !== m && x.date >= addDays(m.date, -365)).flatMap((x) => x.items.flatMap((i) => i.actions));
      const open = recent.filter((a) => openOn(a, m.date)).length;
      out.push({ ...base, subject: fill(recurring.directives, vars), summary: `กองยุทธศาสตร์และแผนงาน สรุปผลการดำเนินงานตามข้อสั่งการของที่ประชุมในรอบ 12 เดือนที่ผ่านมา รวม ${recent.length.toLocaleString('en-US')} เรื่อง ดำเนินการแล้วเสร็จหรือยุติแล้ว ${(recent.length - open).toLocaleString('en-US')} เรื่อง อยู่ระหว่างดำเนินการ ${open.toLocaleString('en-US')} เรื่อง` });
      out.push({ ...base, subject: fill(recurring.cabinet, vars), summary: `สำนักงานรัฐมนตรีสรุปมติคณะรัฐมนตรีที่เกี่ยวข้องกับกระทรวงในเดือน${vars.month} เพื่อให้หน่วยงานในสังกัดรับทราบและถือปฏิบัติ` });
    }
    if ([6, 7, 8].includes(month(m.date)) && rng.chance(0.5)) out.push({ ...base, subject: fill(recurring.ita, vars), summary: `สำนักงานปลัดกระทรวงรายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ${vars.fy} ของหน่วยงานในสังกัด`, actions: 1 });
    if (m.date >= '2020-03-01' && m.date <= '2022-06-30') out.push({ ...base, subject: recurring.covid, summary: 'สำนักงานปลัดกระทรวงรายงานมาตรการป้องกันการแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 (COVID-19) ของกระทรวง ได้แก่ การปฏิบัติงานนอกสถานที่ตั้ง การประชุมผ่านสื่ออิเล็กทรอนิกส์ และการคัดกรองผู้มาติดต่อราชการ', actions: rng.int(1, 3) });
  }
  if (key === 'exec' && kind === 'consideration' && [10, 11, 12, 1].includes(month(m.date)) && rng.chance(0.4)) {
    out.push({ ...base, subject: fill(recurring.budgetRequest, vars), summary: `สำนักงานปลัดกระทรวงเสนอกรอบวงเงินและแนวทางการจัดทำคำของบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ${vars.fyNext} ของกระทรวง ให้สอดคล้องกับยุทธศาสตร์ชาติและนโยบายรัฐบาล`, actions: rng.int(2, 5) });
  }
  const cert = world.org(m.date >= '2020-01-01' ? 'สกมช.' : 'สพธอ.');
  if (key === 'digital' && kind === 'information' && cert && m.date >= '2011-01-01') {
    out.push({ ...base, presenter: cert, subject: fill(recurring.cyber, vars), summary: `${cert.name}รายงานสถานการณ์ภัยคุกคามทางไซเบอร์ในเดือน${vars.month} พบเหตุการณ์ที่ได้รับแจ้ง ${rng.int(80, 900)} ครั้ง ส่วนใหญ่เป็นการหลอกลวงทางออนไลน์ (Phishing) และมัลแวร์ ได้ประสานหน่วยงานที่เกี่ยวข้องแก้ไขแล้ว`, actions: rng.int(0, 2) });
  }
  if (key === 'risk' && kind === 'consideration') out.push({ ...base, subject: fill(recurring.risk, vars), summary: `กลุ่มพัฒนาระบบบริหารรายงานผลการดำเนินงานตามแผนบริหารความเสี่ยง ประจำปีงบประมาณ พ.ศ. ${vars.fy} ไตรมาสที่ ${vars.quarter} ของสำนักงานปลัดกระทรวง`, actions: rng.int(2, 6) });
  if (key === 'risk' && kind === 'information' && month(m.date) >= 10) out.push({ ...base, subject: fill(recurring.control, { ...vars, fy: vars.fy - 1 }), summary: `กลุ่มตรวจสอบภายในรายงานผลการประเมินการควบคุมภายใน ประจำปีงบประมาณ พ.ศ. ${vars.fy - 1} ตามหลักเกณฑ์กระทรวงการคลังว่าด้วยมาตรฐานและหลักเกณฑ์ปฏิบัติการควบคุมภายในสำหรับหน่วยงานของรัฐ`, actions: rng.int(1, 3) });
  return out;
}

/** The Cabinet's appointments: the summary's own subjects, with an illustrative appointee. */
function appointment(world: World, m: MeetingState): ItemSpec {
  const ministry = world.rng.pick(world.byKind('ministry'));
  const who = world.dir.guest(m.date);
  const text = `คณะรัฐมนตรีมีมติอนุมัติตามที่${ministry.name}เสนอแต่งตั้ง ${who.title}${who.firstName} ${who.lastName} ให้ดำรงตำแหน่งตามที่เสนอ ตั้งแต่วันที่ ${formatThaiDate(addDays(m.date, world.rng.int(7, 60)))} เป็นต้นไป`;
  return { subject: world.rng.pick(world.corpus.appointmentSubjects), summary: text, presenter: ministry, topic: null, actions: 0, resolution: { text, kind: 'approved' } };
}

/** A matter of real text as this series would put it on its agenda. */
function fromTopic(world: World, m: MeetingState, section: SectionState, topic: Topic): ItemSpec {
  const { rng } = world;
  const presenter = world.org(topic.presenter) ?? (m.series.plan.key === 'cabinet' ? rng.pick(world.byKind('ministry')) : rng.pick(world.agencies(m.date)));
  const range = section.plan.actions;
  if (m.series.plan.key === 'cabinet') {
    const kind = topic.resolution.startsWith('คณะรัฐมนตรีรับทราบ') || topic.resolution.includes('มีมติรับทราบ') ? 'noted' : 'approved';
    return { subject: topic.subject, summary: topic.summary, presenter, topic, actions: rng.int(range[0], range[1]), resolution: { text: topic.resolution || `คณะรัฐมนตรีมีมติเห็นชอบตามที่${presenter.name}เสนอ`, kind } };
  }
  if (topic.use === 'cabinet') {
    // The Cabinet's resolutions that concern the ministry, reported to its executives.
    return { subject: `มติคณะรัฐมนตรี เรื่อง ${topic.subject}`, summary: topic.resolution || topic.summary, presenter, topic, actions: rng.int(range[0], range[1]) };
  }
  const subject = subjectVariant(rng, topic.subject, fiscalYear(m.date));
  const summary = section.plan.kind === 'announcements' && !topic.summary.startsWith('ประธานแจ้ง') ? `ประธานแจ้งว่า ${topic.summary}` : topic.summary;
  return { subject, summary, presenter, topic, actions: rng.int(range[0], range[1]), secrecy: rng.chance(0.01) ? 'confidential' : 'none' };
}

/** How long (days) a matter of real text stays off a series' agenda after it was heard. */
const COOLDOWN = 42;

/** A recurring kind of business with this meeting's date, month, agency or phase (formulas.ts); null when none fits. */
function formulaItem(world: World, m: MeetingState, section: SectionState, taken: Set<string>): ItemSpec | null {
  const { rng } = world;
  const key = section.plan.kind === 'custom' ? section.plan.titleTh : section.plan.kind;
  const fits = (formulas[key] ?? []).filter((f) => (!f.months || f.months.includes(month(m.date))) && (!f.series || f.series.includes(m.series.plan.key)));
  for (let attempt = 0; attempt < 6 && fits.length; attempt++) {
    const f = rng.pick(fits);
    const cabinet = m.series.plan.key === 'cabinet';
    const agency = world.org(f.presenter ?? null) ?? rng.pick(cabinet ? world.byKind('ministry') : world.agencies(m.date));
    const seeds = policySeeds.filter((p) => p.kind === 'programme' || p.kind === 'project');
    const tuesday = nthWeekdayBefore(m.date, 2);
    const vars = {
      agency: agency.name, ministry: agency.name, topic: rng.pick(seeds).title, month: monthYear(addDays(m.date, -20)), fy: fiscalYear(m.date),
      fyNext: fiscalYear(m.date) + 1, quarter: quarter(m.date), yearBe: m.yearBe, cabinetDate: formatThaiDate(tuesday), country: rng.pick(countries), field: rng.pick(fields), partner: rng.pick(partners), practice: rng.pick(practices),
      next: m.next ? `${formatThaiDateLong(m.next.date)} เวลา ${formatThaiTime(String(m.row.start_time))}` : 'วันและเวลาที่ประธานกำหนด',
    };
    const subject = fill(f.subject, vars);
    if (taken.has(subject) || (!f.everyMeeting && (m.series.lastUsed.get(subject) ?? '') >= addDays(m.date, -365))) continue;
    m.series.lastUsed.set(subject, m.date);
    const range = section.plan.actions;
    const resolution = cabinet ? { text: `คณะรัฐมนตรีมีมติอนุมัติตามที่${agency.name}เสนอ`, kind: 'approved' as const } : undefined;
    return { subject, summary: fill(f.summary, vars), presenter: agency, topic: null, actions: rng.int(range[0], range[1]), resolution };
  }
  return null;
}

/** The Tuesday (or other weekday) before a date: the Cabinet's last sitting. */
const nthWeekdayBefore = (iso: string, day: number) => addDays(iso, -(((weekday(iso) - day + 7) % 7) || 7));

/**
 * The new items of one section: policies due here first, then recurring reports, then matters of
 * real text not heard in this series for a while, and the recurring kinds of business between them.
 */
export function fillSection(world: World, m: MeetingState, section: SectionState, act: Act, used: Set<Topic>, policyItems: ItemSpec[]): void {
  const { rng } = world;
  const plan = m.series.plan;
  const wanted = rng.int(section.plan.items[0], section.plan.items[1]);
  const specs: (ItemSpec & { subs?: ItemSpec[] })[] = [...policyItems, ...recurringItems(world, m, section.plan.kind)];
  const cabinetNews = plan.key === 'exec' && section.plan.kind === 'information';
  const heard = addDays(m.date, -COOLDOWN);
  const pool = world.corpus.topics.filter((t) => !used.has(t) && (m.series.lastUsed.get(t) ?? '') < heard && (plan.key === 'cabinet'
    ? t.use === 'cabinet' && t.section === section.plan.titleTh : plan.uses.includes(t.use) || (cabinetNews && t.use === 'cabinet')));
  const taken = new Set([...m.items.map((i) => String(i.row.subject)), ...specs.map((x) => x.subject)]);
  while (specs.length < wanted) {
    let spec: ItemSpec | null = null;
    if (section.plan.titleTh === 'แต่งตั้ง') spec = appointment(world, m);
    else if (pool.length && rng.chance(0.55)) {
      const topic = pool.splice(rng.int(0, pool.length - 1), 1)[0];
      used.add(topic);
      m.series.lastUsed.set(topic, m.date);
      spec = fromTopic(world, m, section, topic);
    } else spec = formulaItem(world, m, section, taken);
    if (!spec && !pool.length) break;
    if (spec) {
      taken.add(spec.subject);
      specs.push(spec);
    }
  }
  for (const spec of specs) {
    const item = addItem(world, m, section, null, spec, act.next(rng.int(30, 240)));
    for (const sub of spec.subs ?? []) addItem(world, m, section, item, sub, act.next(rng.int(20, 90)));
  }
}
