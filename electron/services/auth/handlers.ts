import type { HandlerSlice } from '../context';

/** Signing in and out are the transport's (they set and clear the cookie: server/session-routes.ts); this says who. */
export const sessionHandlers: HandlerSlice<'session.current'> = {
  'session.current': async (_args, { officer }) => ({ officer: officer ?? null }),
};
