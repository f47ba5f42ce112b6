import type { Role } from '../../shared/permissions';
import type { Secrecy } from '../../shared/secrecy';
import type { SignedInOfficer } from '../../electron/services/auth/officer';
import type { TestCore } from './core';

/** An officer account added as `lekha users add` adds it, then signed in through the core as the server does. */
export async function officer(
  t: TestCore, o: { name: string; username: string; role: Role; agency?: string; clearance?: Secrecy; password?: string },
): Promise<SignedInOfficer> {
  const password = o.password ?? `รหัสผ่านของ-${o.username}`;
  await t.core.auth.addOfficer({ ...o, password });
  return (await t.core.auth.signIn(o.username, password)).officer;
}

/** One call as a signed-in officer: the value, or the refusal. */
export async function as(t: TestCore, who: SignedInOfficer, method: string, args: unknown) {
  return t.core.invoke(method, args, who);
}
