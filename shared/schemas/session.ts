import { z } from 'zod';
import { id, secrecy } from './common';

/** The signed-in officer as the interface shows it (team mode); null in one-officer mode. */
export const sessionOfficer = z.object({
  id,
  name: z.string(),
  username: z.string(),
  role: z.enum(['secretariat', 'reporter', 'reader']),
  /** An agency reporter's agency. */
  organisationId: id.nullable(),
  clearance: secrecy,
});
export type SessionOfficer = z.infer<typeof sessionOfficer>;

export const sessionInfo = z.object({ officer: sessionOfficer.nullable() });
