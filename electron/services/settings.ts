import type { Kysely } from 'kysely';
import type { AppSettings } from '../../shared/schemas/documents';
import type { DB } from '../db/types';
import type { HandlerSlice } from './context';
import { write } from './write';

const KEY = 'app';
const defaults: Omit<AppSettings, 'version'> = { officerName: '', noBreakWords: [] };

export async function readAppSettings(db: Kysely<DB>): Promise<AppSettings> {
  const row = await db.selectFrom('settings').select(['value', 'version']).where('key', '=', KEY).executeTakeFirst();
  // Version 0: never saved (services/versions/check.ts reads 0 as "no row yet").
  return { ...defaults, ...(row ? (JSON.parse(row.value) as Partial<AppSettings>) : {}), version: row?.version ?? 0 };
}

/** The officer's own settings for this database (audited like every other write). */
export const settingsHandlers: HandlerSlice<'settings.get' | 'settings.update'> = {
  'settings.get': async (_args, { db }) => readAppSettings(db),
  'settings.update': (patch, ctx) =>
    write(ctx, async (w) => {
      const before = await readAppSettings(w.trx);
      const after: AppSettings = {
        ...before,
        ...Object.fromEntries(Object.entries(patch).filter(([k, v]) => v !== undefined && k !== 'version')),
      };
      after.noBreakWords = [...new Set(after.noBreakWords)];
      const { version: _was, ...stored } = after;
      const value = JSON.stringify(stored);
      await w.trx.insertInto('settings').values({ key: KEY, value })
        .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ value, version: eb('settings.version', '+', 1) }))).execute();
      const { version: _before, ...logged } = before;
      await w.log('settings', KEY, 'update', logged, stored);
      return readAppSettings(w.trx);
    }),
};
