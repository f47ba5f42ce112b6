import type { AgendaItem } from './types';

/** The parts of an agenda item written while drafting the minutes. */
export interface ItemFields {
  discussion: string;
  resolution: string;
  resolutionKind: AgendaItem['resolutionKind'];
  carryForward: boolean;
}

export const fieldNames = ['discussion', 'resolution', 'resolutionKind', 'carryForward'] as const satisfies readonly (keyof ItemFields)[];

export const fieldsOf = (item: AgendaItem): ItemFields => ({
  discussion: item.discussion,
  resolution: item.resolution,
  resolutionKind: item.resolutionKind,
  carryForward: item.carryForward,
});

/** The fields of `local` that differ from `base`: what a save has to send. */
export function changedFields(base: ItemFields, local: ItemFields): Partial<ItemFields> {
  const out: Partial<ItemFields> = {};
  for (const name of fieldNames) if (base[name] !== local[name]) Object.assign(out, { [name]: local[name] });
  return out;
}

export const sameFields = (a: ItemFields, b: ItemFields): boolean => Object.keys(changedFields(a, b)).length === 0;

/**
 * What was typed but not yet confirmed by the core, kept in this computer's localStorage per item,
 * so a reload, a crash or a lost connection never loses it. Removed once the core has the same text.
 */
export interface Draft {
  meetingId: string;
  itemId: string;
  fields: ItemFields;
  /** When it was last written here (ISO). */
  at: string;
}

const PREFIX = 'lekha.minutes-draft:';
const keyOf = (meetingId: string, itemId: string) => `${PREFIX}${meetingId}:${itemId}`;

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

function storage(): DraftStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage may be blocked by policy; the text then lives only in memory until saved
  }
}

function isDraft(value: unknown): value is Draft {
  if (!value || typeof value !== 'object') return false;
  const d = value as Partial<Draft>;
  const f = d.fields as Partial<ItemFields> | undefined;
  return (
    typeof d.meetingId === 'string' && typeof d.itemId === 'string' && typeof d.at === 'string' && !!f &&
    typeof f.discussion === 'string' && typeof f.resolution === 'string' && typeof f.carryForward === 'boolean' &&
    (f.resolutionKind === null || typeof f.resolutionKind === 'string')
  );
}

/** Keep the draft; false when this computer would not keep it (the caller may warn). */
export function writeDraft(draft: Draft): boolean {
  const s = storage();
  if (!s) return false;
  try {
    s.setItem(keyOf(draft.meetingId, draft.itemId), JSON.stringify(draft));
    return true;
  } catch (e) {
    console.warn('[lekha] minutes draft not kept in localStorage', e);
    return false;
  }
}

export function readDraft(meetingId: string, itemId: string): Draft | null {
  const s = storage();
  const raw = s?.getItem(keyOf(meetingId, itemId));
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    return isDraft(value) ? value : null;
  } catch {
    return null;
  }
}

export function clearDraft(meetingId: string, itemId: string): void {
  try {
    storage()?.removeItem(keyOf(meetingId, itemId));
  } catch (e) {
    console.warn('[lekha] minutes draft not removed', e);
  }
}

/** Every draft kept for a meeting. */
export function listDrafts(meetingId: string): Draft[] {
  const s = storage();
  if (!s) return [];
  const out: Draft[] = [];
  const prefix = `${PREFIX}${meetingId}:`;
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (!key?.startsWith(prefix)) continue;
    const draft = readDraft(meetingId, key.slice(prefix.length));
    if (draft) out.push(draft);
  }
  return out;
}
