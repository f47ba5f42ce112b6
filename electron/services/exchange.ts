import type { HandlerSlice } from './context';
import { exportMeeting } from './exchange-export';
import { importMeeting } from './exchange-import';

export const exchangeHandlers: HandlerSlice<'exchange.exportMeeting' | 'exchange.importMeeting'> = {
  'exchange.exportMeeting': ({ id }, ctx) => exportMeeting(ctx.db, id, ctx.now()),
  'exchange.importMeeting': ({ file, renameOrganisations }, ctx) => importMeeting(ctx, file, renameOrganisations),
};
