import { isApiError } from '../api/client';

/** The core's message when its refusal is about `field` (or a path ending in it). */
export function fieldErrorOf(error: unknown, ...fields: string[]): string | null {
  if (!isApiError(error) || !error.field) return null;
  const last = error.field.split('.').at(-1) ?? error.field;
  return fields.includes(error.field) || fields.includes(last) ? error.message : null;
}

/** Move focus to an element by id after React has drawn it. */
export function focusLater(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}
