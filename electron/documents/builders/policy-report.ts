import type { Organisation } from '../../../shared/schemas/directory';
import { type DocumentSettings, secrecyLabels } from '../../../shared/schemas/document-settings';
import type { PolicyDetail } from '../../../shared/schemas/policies';
import { formatThaiDate, formatThaiDateShort, toThaiDigitsInText } from '../../../shared/thai';
import type { Block, DocumentModel } from '../model';

const kinds = { bill: 'ร่างพระราชบัญญัติ', emergency_decree: 'พระราชกำหนด', programme: 'แผนงาน', project: 'โครงการ' } as const;
const questionStatus = { open: 'ยังไม่ได้ข้อยุติ', resolved: 'ได้ข้อยุติแล้ว' } as const;
const positionStatus = { unknown: 'ยังไม่ทราบ', supports: 'เห็นด้วย', opposes: 'ไม่เห็นด้วย', conditional: 'เห็นด้วยแบบมีเงื่อนไข', undecided: 'ยังไม่มีข้อสรุป' } as const;
const milestoneStatus = { planned: 'ตามแผน', in_progress: 'อยู่ระหว่างดำเนินการ', done: 'แล้วเสร็จ', missed: 'ไม่เป็นไปตามกำหนด' } as const;

const period = (from: string | null, to: string | null) =>
  from && to ? `${formatThaiDateShort(from)} – ${formatThaiDateShort(to)}` : from ? formatThaiDateShort(from) : to ? formatThaiDateShort(to) : '-';

/**
 * The agenda items whose decisions the report prints for a policy: where its last movement was decided
 * (printed with its note) and where each indicator's latest value was. The report takes their class.
 */
export const citedItems = (p: PolicyDetail): string[] =>
  [p.history.at(-1)?.decidedAt, ...p.indicators.map((i) => i.values.at(-1)?.decidedAt)].flatMap((r) => (r ? [r.agendaItemId] : []));

/** รายงานสถานะนโยบายและร่างกฎหมาย: each policy's stage, last movement, open questions, milestones, indicators. */
export function buildPolicyReport(policies: PolicyDetail[], organisations: Organisation[], settings: DocumentSettings, today: string): DocumentModel {
  const digits = (t: string) => (settings.digits === 'thai' ? toThaiDigitsInText(t) : t);
  const orgs = new Map(organisations.map((o) => [o.id, o]));
  const blocks: Block[] = [{ type: 'paragraph', text: digits(`ข้อมูล ณ วันที่ ${formatThaiDate(today)}`), align: 'center' }];
  policies.forEach((p, index) => {
    const owner = p.ownerOrgId ? orgs.get(p.ownerOrgId) : undefined;
    const last = p.history.at(-1);
    blocks.push({ type: 'paragraph', text: digits(`${index + 1}. ${p.titleTh}`), bold: true, spaceBefore: 10, keepWithNext: true, align: 'left' });
    const facts = [
      `ประเภท: ${kinds[p.kind]}${owner ? ` หน่วยงานรับผิดชอบ: ${owner.nameTh} (${owner.abbrTh})` : ''}`,
      `สถานะปัจจุบัน: ${p.currentStage ?? '-'}`,
      last ? `ความเคลื่อนไหวล่าสุด: ${formatThaiDate(last.date)}${last.note ? ` ${last.note}` : ''}${last.decidedAt ? ` (การประชุมครั้งที่ ${last.decidedAt.meetingNumber} ระเบียบวาระที่ ${last.decidedAt.itemNumber})` : ''}` : '',
    ].filter(Boolean);
    for (const f of facts) blocks.push({ type: 'paragraph', text: digits(f), indentCm: 1, align: 'left' });
    for (const q of p.questions) {
      blocks.push({ type: 'paragraph', lead: 'ประเด็น', text: digits(`${q.question} (${questionStatus[q.status]})${q.resolution ? ` ${q.resolution}` : ''}`), indentCm: 1, keepWithNext: true });
      if (q.positions.length) {
        blocks.push({
          type: 'table',
          columns: [{ title: 'ผู้เกี่ยวข้อง' }, { title: 'ท่าที' }, { title: 'สถานะ' }],
          rows: q.positions.map((x) => [x.stakeholder, x.position || '-', positionStatus[x.status]].map(digits)),
        });
      }
    }
    if (p.milestones.length) {
      blocks.push({ type: 'paragraph', text: 'กำหนดการสำคัญ', bold: true, indentCm: 1, keepWithNext: true });
      blocks.push({
        type: 'table',
        columns: [{ title: 'กิจกรรม' }, { title: 'ช่วงเวลา' }, { title: 'สถานะ' }],
        rows: p.milestones.map((m) => [m.title, period(m.startDate, m.endDate), milestoneStatus[m.status]].map(digits)),
      });
    }
    if (p.indicators.length) {
      blocks.push({ type: 'paragraph', text: 'ตัวชี้วัด', bold: true, indentCm: 1, keepWithNext: true });
      blocks.push({
        type: 'table',
        columns: [{ title: 'ตัวชี้วัด' }, { title: 'ค่าล่าสุด' }, { title: 'ณ วันที่' }, { title: 'แหล่งข้อมูล' }],
        rows: p.indicators.map((i) => {
          const v = i.values.at(-1);
          return [i.name, v ? `${v.value.toLocaleString('en-US')} ${i.unit}${v.illustrative ? ' (สมมติ)' : ''}` : '-', v ? formatThaiDateShort(v.asOf) : '-', v?.source || '-'].map(digits);
        }),
      });
    }
  });
  const title = 'รายงานสถานะนโยบายและร่างกฎหมาย';
  return {
    title, titleLines: [title], blocks,
    page: { marginsCm: settings.marginsCm, digits: settings.digits, secrecy: secrecyLabels[settings.secrecy ?? 'none'], urgency: '', footerNote: '' },
    body: { align: settings.align, firstLineCm: settings.firstLineIndentCm },
    font: { profile: settings.fontProfile, size: settings.fontSize ?? (settings.fontProfile === 'sarabun' ? 14 : 16), regularPath: settings.customFontPath, boldPath: settings.customBoldFontPath ?? settings.customFontPath },
  };
}
