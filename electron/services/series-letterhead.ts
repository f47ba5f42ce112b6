import { type DocumentSettings, type DocumentSettingsPatch, resolveDocumentSettings } from '../../shared/schemas/document-settings';
import { emptyLetterhead, type Letterhead, type LetterheadPatch, letterhead } from '../../shared/schemas/letters';

/**
 * A series' letterhead lives in its `document_settings` JSON under the key `letterhead`, beside the
 * print settings it belongs with: a JSON field needs no migration. It is read apart from them, so the
 * print settings (and every export's overrides of them) never carry it.
 */
export function storedLetterhead(json: string): { documentSettings: DocumentSettings; letterhead: Letterhead } {
  const { letterhead: stored, ...settings } = JSON.parse(json) as DocumentSettingsPatch & { letterhead?: unknown };
  // A letterhead written by a later Lekha may hold fields this one does not know: they are left as stored.
  const parsed = letterhead.partial().safeParse(stored ?? {});
  return {
    documentSettings: resolveDocumentSettings(settings),
    letterhead: { ...emptyLetterhead, ...(parsed.success ? dropUndefined(parsed.data) : {}) },
  };
}

/** The stored JSON with the print settings and the letterhead merged in, field by field. */
export function withLetterhead(json: string, settings: DocumentSettingsPatch | undefined, patch: LetterheadPatch | undefined): string {
  const current = JSON.parse(json) as Record<string, unknown> & { letterhead?: Record<string, unknown> };
  const merged: Record<string, unknown> = { ...current, ...(settings ?? {}) };
  if (patch) merged.letterhead = { ...(current.letterhead ?? {}), ...dropUndefined(patch) };
  return JSON.stringify(merged);
}

const dropUndefined = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
