import type { HandlerSlice } from './context';

const parse = (json: string | null) => (json === null ? null : (JSON.parse(json) as Record<string, unknown>));

/** The history officers read: newest first, for a meeting or for one record. */
export const auditHandlers: HandlerSlice<'audit.list'> = {
  'audit.list': async ({ meetingId, entity, entityId, limit }, { db }) => {
    let q = db.selectFrom('audit_log').selectAll();
    if (meetingId) q = q.where('meeting_id', '=', meetingId);
    if (entity) q = q.where('entity', '=', entity);
    if (entityId) q = q.where('entity_id', '=', entityId);
    const rows = await q.orderBy('id', 'desc').limit(limit).execute();
    return rows.map((r) => ({
      id: r.id, at: r.at, actor: r.actor, entity: r.entity, entityId: r.entity_id, action: r.action,
      meetingId: r.meeting_id, before: parse(r.before), after: parse(r.after),
    }));
  },
};
