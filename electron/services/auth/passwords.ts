import { hash, verify } from '@node-rs/argon2';

/**
 * Passwords are kept only as argon2id hashes (@node-rs/argon2: the Rust `argon2` crate, its binary shipped
 * inside the npm package, nothing fetched at run time). The library's defaults: argon2id, 19 MiB, 2 passes,
 * the parameters in the hash itself so they can be raised later without breaking old hashes.
 */
export const hashPassword = (password: string): Promise<string> => hash(password);

export async function passwordMatches(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    // A malformed hash matches nothing; it is never a reason to let someone in.
    return false;
  }
}

/** Verified against when the user name is unknown, so a wrong name takes as long as a wrong password. */
let decoy: Promise<string> | undefined;
export const decoyHash = (): Promise<string> => {
  decoy ??= hash('lekha-no-such-officer');
  return decoy;
};

export const MIN_PASSWORD_LENGTH = 10;
