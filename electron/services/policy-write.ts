import { LekhaError } from '../../shared/errors';
import type { DB } from '../db/types';
import type { ServiceContext } from './context';
import { readPolicy } from './policy-read';
import { type Writer, write } from './write';

type Owned = 'policy_questions' | 'indicators' | 'policy_milestones' | 'policy_positions' | 'indicator_values';

/** The policy a question, indicator, milestone, position or indicator value belongs to. */
export async function policyOf(w: Writer, table: Owned, id: string, field = 'id'): Promise<string> {
  const row = await w.get(table, id);
  if (!row) throw new LekhaError('NOT_FOUND', 'ไม่พบรายการที่อ้างถึง อาจถูกลบไปแล้ว', field);
  if (table === 'policy_positions') return policyOf(w, 'policy_questions', (row as DB['policy_positions']).question_id);
  if (table === 'indicator_values') return policyOf(w, 'indicators', (row as DB['indicator_values']).indicator_id);
  return (row as { policy_id: string }).policy_id;
}

/** Runs a write touching one policy, marks the policy updated, and answers the policy as it now is. */
export async function onPolicy(ctx: ServiceContext, fn: (w: Writer) => Promise<string>) {
  const policyId = await write(ctx, async (w) => {
    const id = await fn(w);
    // A part changed (a milestone, a question…): the policy as a whole is newer too, for screens showing it.
    await w.trx.updateTable('policies').set((eb) => ({ updated_at: w.at, version: eb('version', '+', 1) })).where('id', '=', id).execute();
    return id;
  });
  return readPolicy(ctx.db, policyId);
}
