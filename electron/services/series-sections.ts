import { type Problem, refusal } from '../../shared/errors';
import type { ParsedArgs } from '../../shared/contract';
import { newId } from './context';
import type { Writer } from './write';

type SectionInput = NonNullable<ParsedArgs<'series.update'>['sections']>[number];
type StandardKind = NonNullable<ParsedArgs<'series.create'>['sectionOrder']>[number];

/** The six standard sections, in the order given first, then the rest in their standard order. */
export async function standardSections(w: Writer, order: readonly StandardKind[] = []): Promise<SectionInput[]> {
  const templates = await w.trx.selectFrom('section_templates').selectAll().orderBy('default_position').execute();
  const kinds = [...order, ...templates.map((t) => t.kind as StandardKind).filter((k) => !order.includes(k))];
  return kinds.map((kind) => ({ kind, titleTh: templates.find((t) => t.kind === kind)!.title_th, whenEmpty: 'none' }));
}

/**
 * Sets a series' sections to `wanted`, in that order: an entry with an id keeps that section (its kind
 * cannot change: items are filed under it), one without is added, and a section left out is removed
 * only when no agenda item of any meeting is filed under it. Every problem is refused at once.
 */
export async function setSections(w: Writer, seriesId: string, wanted: readonly SectionInput[]): Promise<void> {
  const existing = await w.trx.selectFrom('series_sections').selectAll().where('series_id', '=', seriesId).execute();
  const problems: Problem[] = [];
  wanted.forEach((s, i) => {
    if (!s.id) return;
    const current = existing.find((e) => e.id === s.id);
    if (!current) problems.push({ field: `sections.${i}.id`, message: `หมวดที่ ${i + 1} ไม่ใช่หมวดของชุดการประชุมนี้` });
    else if (current.kind !== s.kind) problems.push({ field: `sections.${i}.kind`, message: `หมวด "${current.title_th}" เปลี่ยนประเภทไม่ได้ เพิ่มหมวดใหม่แทน` });
  });
  const removed = existing.filter((e) => !wanted.some((s) => s.id === e.id));
  for (const section of removed) {
    const used = await w.trx.selectFrom('agenda_items').select((eb) => eb.fn.countAll<number>().as('n')).where('section_id', '=', section.id).executeTakeFirstOrThrow();
    if (Number(used.n) > 0) problems.push({ field: 'sections', message: `ลบหมวด "${section.title_th}" ไม่ได้ เพราะมีระเบียบวาระอยู่ในหมวดนี้ ${used.n} เรื่อง` });
  }
  if (problems.length) throw refusal('CONFLICT', 'บันทึกหมวดวาระไม่ได้', problems);

  for (const section of removed) await w.remove('series_sections', section.id);
  // Positions are unique within a series: move the kept ones out of the way first.
  for (const s of existing.filter((e) => !removed.includes(e))) {
    await w.trx.updateTable('series_sections').set({ position: s.position + 1000 }).where('id', '=', s.id).execute();
  }
  for (const [index, s] of wanted.entries()) {
    const fields = { position: index + 1, title_th: s.titleTh.trim(), when_empty: s.whenEmpty };
    if (s.id) {
      const before = existing.find((e) => e.id === s.id)!;
      // The +1000 above was a step of this same change, not a change of its own: the log shows the real before.
      await w.trx.updateTable('series_sections').set((eb) => ({ ...fields, version: eb('version', '+', 1) })).where('id', '=', s.id).execute();
      if (before.position !== fields.position || before.title_th !== fields.title_th || before.when_empty !== fields.when_empty) {
        await w.log('series_sections', s.id, 'update', before, { ...before, ...fields });
      }
    } else {
      await w.insert('series_sections', { id: newId(), series_id: seriesId, kind: s.kind, ...fields });
    }
  }
}

/** The section an exchange file's `section` names: a standard kind, or the heading of one of the series' own. */
export function findSection<T extends { kind: string; titleTh: string }>(sections: readonly T[], key: string): T | undefined {
  return sections.find((s) => s.kind !== 'custom' && s.kind === key) ?? sections.find((s) => s.titleTh.trim() === key.trim());
}
