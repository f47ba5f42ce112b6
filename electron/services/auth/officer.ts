import type { Role } from '../../../shared/permissions';
import type { Secrecy } from '../../../shared/secrecy';
import type { OfficersTable } from '../../db/types';

/** The signed-in officer as the core and the transports carry it (never the hash). */
export interface SignedInOfficer {
  id: string;
  name: string;
  username: string;
  role: Role;
  /** The agency an agency reporter reports for; null for the other roles. */
  organisationId: string | null;
  /** The highest secrecy class the officer may read (REGULATIONS.md; see gate.ts). */
  clearance: Secrecy;
}

export const toOfficer = (r: Pick<OfficersTable, 'id' | 'name' | 'username' | 'role' | 'organisation_id' | 'clearance'>): SignedInOfficer => ({
  id: r.id, name: r.name, username: r.username, role: r.role, organisationId: r.organisation_id, clearance: r.clearance,
});
