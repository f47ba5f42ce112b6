import { isApiError } from '../api/client';

/**
 * A call that the core refuses for a ลับที่สุด document until it is told the officer confirmed it (issue 14):
 * made once; on that refusal the officer is asked a second time and, on yes, it is made again with the
 * flag. A no leaves the refusal (its Thai message says why nothing was exported).
 */
export async function confirmingTopSecret<T>(call: (confirmTopSecret: boolean) => Promise<T>, ask: () => Promise<boolean>): Promise<T> {
  try {
    return await call(false);
  } catch (e) {
    if (isApiError(e) && e.field === 'confirmTopSecret' && (await ask())) return call(true);
    throw e;
  }
}
