import type { Kysely } from 'kysely';
import type { AppSettings } from '../../shared/schemas/documents';
import type { DB } from '../db/types';
import type { HandlerSlice } from './context';
import { write } from './write';

const KEY = 'app';
const defaults: AppSettings = { officerName: '', noBreakWords: [] };

export async function readAppSettings(db: Kysely<DB>): Promise<AppSettings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
  return { ...defaults, ...(row ? (JSON.parse(row.value) as Partial<AppSettings>) : {}) };
}

/** The officer's own settings for this database (audited like every other write). */
export const settingsHandlers: HandlerSlice<'settings.get' | 'settings.update'> = {
  'settings.get': async (_args, { db }) => readAppSettings(db),
  'settings.update': (patch, ctx) =>
    write(ctx, async (w) => {
      const before = await readAppSettings(w.trx);
      const after: AppSettings = {
        ...before,
        ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
      };
      after.noBreakWords = [...new Set(after.noBreakWords)];
      const value = JSON.stringify(after);
      await w.trx.insertInto('settings').values({ key: KEY, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute();
      await w.log('settings', KEY, 'update', before, after);
      return after;
    }),
};
