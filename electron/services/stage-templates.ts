import { LekhaError } from '../../shared/errors';
import type { ParsedArgs } from '../../shared/contract';
import { type HandlerSlice, newId } from './context';
import { listStageTemplates } from './policy-read';
import { type Writer, write } from './write';

type Stages = NonNullable<ParsedArgs<'stageTemplates.update'>['stages']>;

/** Writes the template's stages in the given order; stages left out go, unless a policy's history uses them. */
async function setStages(w: Writer, templateId: string, stages: Stages): Promise<void> {
  const existing = await w.trx.selectFrom('template_stages').selectAll().where('template_id', '=', templateId).execute();
  const keep = new Set(stages.map((s) => s.id).filter(Boolean));
  for (const s of stages) {
    if (s.id && !existing.some((e) => e.id === s.id)) throw new LekhaError('INVALID', 'มีขั้นตอนที่ไม่ได้อยู่ในแม่แบบนี้', 'stages');
  }
  for (const gone of existing.filter((e) => !keep.has(e.id))) {
    const used = await w.trx.selectFrom('policy_stage_history').select('id').where('stage_id', '=', gone.id).executeTakeFirst();
    const current = await w.trx.selectFrom('policies').select('id').where('current_stage_id', '=', gone.id).executeTakeFirst();
    if (used || current) throw new LekhaError('CONFLICT', `ลบขั้นตอน "${gone.name_th}" ไม่ได้ เพราะมีเรื่องที่เคยอยู่ในขั้นตอนนี้`, 'stages');
    await w.remove('template_stages', gone.id);
  }
  // Positions are unique within a template: move the kept ones out of the way first.
  for (const e of existing.filter((x) => keep.has(x.id))) {
    await w.trx.updateTable('template_stages').set({ position: e.position + 1000 }).where('id', '=', e.id).execute();
  }
  for (const [i, s] of stages.entries()) {
    const fields = { position: i + 1, name_th: s.nameTh, name_en: s.nameEn, terminal: s.terminal };
    if (s.id) await w.update('template_stages', s.id, fields);
    else await w.insert('template_stages', { id: newId(), template_id: templateId, ...fields });
  }
}

/** Stage templates are data the officer edits: rename, add, reorder or remove stages (DOMAIN.md). */
export const stageTemplateHandlers: HandlerSlice<'stageTemplates.create' | 'stageTemplates.update'> = {
  'stageTemplates.create': async (a, ctx) => {
    const id = newId();
    await write(ctx, async (w) => {
      await w.insert('stage_templates', { id, kind: a.kind, name_th: a.nameTh, name_en: a.nameEn });
      await setStages(w, id, a.stages);
    });
    return (await listStageTemplates(ctx.db)).find((t) => t.id === id)!;
  },
  'stageTemplates.update': async (a, ctx) => {
    await write(ctx, async (w) => {
      await w.update('stage_templates', a.id, { name_th: a.nameTh, name_en: a.nameEn });
      if (a.stages) await setStages(w, a.id, a.stages);
    });
    return (await listStageTemplates(ctx.db)).find((t) => t.id === a.id)!;
  },
};
