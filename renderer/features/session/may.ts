import type { Method } from '../../../shared/contract';
import { mayCall } from '../../../shared/permissions';
import { useSession } from './session-store';

/**
 * Whether the signed-in officer's role may call `method` (shared/permissions.ts, the rule the core enforces):
 * screens leave out the controls a role would only be refused at (a reporter's tracker has no bulk change).
 * Always true with no officer: the desktop and single-officer browser mode may do everything.
 */
export function useMay(method: Method): boolean {
  return useSession((s) => !s.officer || mayCall(s.officer.role, method));
}
