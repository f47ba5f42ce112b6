import type { LekhaCore } from './api';

/** A refusal the command line prints as is (Thai) with its exit code: 1 refused, 2 usage. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

/** One contract call; a refusal becomes the core's Thai message and exit code 1. */
export async function call<T>(core: LekhaCore, method: string, args: unknown): Promise<T> {
  const answer = await core.invoke(method, args);
  if (!answer.ok) throw new CliError(answer.error.message);
  return answer.value as T;
}
