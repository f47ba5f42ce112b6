import type { HandlerSlice } from './context';
import { exportEvidence } from './evidence/exchange-out';
import { exportMeeting } from './exchange-export';
import { importMeeting } from './exchange-import';

export const exchangeHandlers: HandlerSlice<'exchange.exportMeeting' | 'exchange.importMeeting'> = {
  // The evidence goes with the file, not into exportMeeting: minutes versions hash that record, and keep the evidence as the manifest.
  'exchange.exportMeeting': async ({ id }, ctx) => {
    const file = await exportMeeting(ctx.db, id, ctx.now());
    const evidence = await exportEvidence(ctx.db, ctx.filesDir, id);
    return evidence ? { ...file, evidence } : file;
  },
  'exchange.importMeeting': ({ file, renameOrganisations }, ctx) => importMeeting(ctx, file, renameOrganisations),
};
