import { errorMessage, isApiError } from '../../api/client';
import { fieldErrorOf } from '../../lib/errors';

/**
 * The core's words about one field of a refused save: the matching entry of `problems` when the
 * core listed several, otherwise its message when the refusal names that field.
 */
export function refusalFor(error: unknown, field: string): string | null {
  if (isApiError(error) && error.problems?.length) {
    const found = error.problems.filter((p) => p.field === field || p.field.split('.').at(-1) === field);
    return found.length ? found.map((p) => p.message).join('\n') : null;
  }
  return fieldErrorOf(error, field);
}

/** The refusal as a whole when none of `fields` (the form's own fields) carries it. */
export function refusalElsewhere(error: unknown, fields: readonly string[]): string | null {
  if (!error) return null;
  return fields.some((f) => refusalFor(error, f)) ? null : errorMessage(error);
}
