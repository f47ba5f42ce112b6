import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Args } from '../../shared/contract';
import type { MinutesState } from '../../shared/schemas/minutes';
import { errorMessage, isApiError } from '../api/client';
import { type AppStores, useAppStores } from './app-context';
import { changedFields, clearDraft, type Draft, fieldsOf, type ItemFields, listDrafts, sameFields, writeDraft } from './drafts';
import type { AgendaItem, LoadStatus } from './types';

/** How long typing must pause before the text is sent to the core. */
export const AUTOSAVE_DELAY_MS = 1000;

export type CertifyInput = Omit<Args<'minutes.certify'>, 'meetingId'>;

/** One item being drafted: what the core has, what is on screen, and where saving stands. */
export interface ItemEdit {
  base: ItemFields;
  local: ItemFields;
  phase: 'idle' | 'pending' | 'saving' | 'error';
  /** When the core last confirmed this item's text (ISO), shown as `บันทึกแล้ว 10.42 น.`. */
  savedAt: string | null;
  error: { message: string; code: string | null } | null;
}

export interface MinutesStoreState {
  meetingId: string | null;
  minutes: MinutesState | null;
  status: LoadStatus;
  error: string | null;
  edits: Record<string, ItemEdit>;
  /** Text kept in this computer from an earlier session that the core does not have; the officer decides. */
  restorable: Record<string, Draft>;
  load(meetingId: string): Promise<void>;
  refresh(): Promise<void>;
  circulate(): Promise<MinutesState>;
  certify(args: CertifyInput): Promise<MinutesState>;
  /** Follow the meeting's items as the core has them; on first sight, look for kept drafts. */
  track(meetingId: string, items: readonly AgendaItem[], locked: boolean): void;
  /** Typed text goes to localStorage at once and to the core after a pause (`now`: without the pause). */
  edit(itemId: string, patch: Partial<ItemFields>, options?: { now?: boolean }): void;
  /** Save one item now, or every item with unsaved text. */
  saveNow(itemId?: string): Promise<void>;
  hasUnsaved(): boolean;
  restore(itemId: string): void;
  discard(itemId: string): void;
}

const emptyEdit = (fields: ItemFields): ItemEdit => ({ base: fields, local: fields, phase: 'idle', savedAt: null, error: null });

export function createMinutesStore(stores: Pick<AppStores, 'client' | 'meeting'>): StoreApi<MinutesStoreState> {
  const { client } = stores;
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const chains = new Map<string, Promise<void>>();
  let scannedFor: string | null = null;

  const store = createStore<MinutesStoreState>((set, get) => {
    const patchEdit = (itemId: string, patch: Partial<ItemEdit>) => {
      const current = get().edits[itemId];
      if (current) set({ edits: { ...get().edits, [itemId]: { ...current, ...patch } } });
    };
    const refreshMeeting = () =>
      stores.meeting.getState().refresh().catch((e: unknown) => console.warn('[lekha] meeting not read again after saving', e));

    async function saveOne(itemId: string): Promise<void> {
      const edit = get().edits[itemId];
      const meetingId = get().meetingId;
      if (!edit || !meetingId) return;
      const patch = changedFields(edit.base, edit.local);
      if (Object.keys(patch).length === 0) {
        if (edit.phase === 'pending') patchEdit(itemId, { phase: 'idle' });
        return;
      }
      patchEdit(itemId, { phase: 'saving', error: null });
      try {
        const item = await client.call('agenda.update', { id: itemId, ...patch });
        const server = fieldsOf(item);
        const now = get().edits[itemId];
        // Typing may have gone on while the core was answering; that text waits for its own pause.
        const stillDirty = now ? !sameFields(server, now.local) : false;
        if (!stillDirty) clearDraft(meetingId, itemId);
        patchEdit(itemId, { base: server, phase: stillDirty ? 'pending' : 'idle', savedAt: new Date().toISOString(), error: null });
        void refreshMeeting();
      } catch (e) {
        // The draft stays in localStorage; the officer sees the core's reason and can try again.
        const code = isApiError(e) ? e.code : null;
        patchEdit(itemId, { phase: 'error', error: { message: errorMessage(e), code } });
        if (code === 'LOCKED') {
          void get().refresh();
          void refreshMeeting();
        }
      }
    }

    function queueSave(itemId: string): Promise<void> {
      const timer = timers.get(itemId);
      if (timer !== undefined) clearTimeout(timer);
      timers.delete(itemId);
      // One save at a time per item, each sending what differs when its turn comes.
      const next = (chains.get(itemId) ?? Promise.resolve()).then(() => saveOne(itemId));
      chains.set(itemId, next);
      return next;
    }

    /** Save everything first, so what is circulated or certified is what is on screen. */
    async function settle(): Promise<void> {
      await get().saveNow();
      if (get().hasUnsaved()) throw new Error('ยังมีข้อความรายงานการประชุมที่บันทึกไม่สำเร็จ กรุณาตรวจสอบในแท็บบันทึกรายงานการประชุมก่อน');
    }

    return {
      meetingId: null,
      minutes: null,
      status: 'idle',
      error: null,
      edits: {},
      restorable: {},

      async load(meetingId) {
        if (get().meetingId !== meetingId) {
          set({ meetingId, minutes: null, edits: {}, restorable: {} });
          scannedFor = null;
        }
        set({ status: get().minutes ? 'ready' : 'loading', error: null });
        try {
          const minutes = await client.call('minutes.get', { meetingId });
          if (get().meetingId === meetingId) set({ minutes, status: 'ready' });
        } catch (e) {
          if (get().meetingId === meetingId) set({ status: 'error', error: errorMessage(e) });
        }
      },

      async refresh() {
        const meetingId = get().meetingId;
        if (!meetingId) return;
        try {
          const minutes = await client.call('minutes.get', { meetingId });
          if (get().meetingId === meetingId) set({ minutes, status: 'ready', error: null });
        } catch (e) {
          console.warn('[lekha] minutes not read again', e);
        }
      },

      async circulate() {
        const meetingId = get().meetingId;
        if (!meetingId) throw new Error('ยังไม่ได้เปิดการประชุม');
        await settle();
        const minutes = await client.call('minutes.circulate', { meetingId });
        set({ minutes });
        void refreshMeeting();
        return minutes;
      },

      async certify(args) {
        const meetingId = get().meetingId;
        if (!meetingId) throw new Error('ยังไม่ได้เปิดการประชุม');
        await settle();
        const minutes = await client.call('minutes.certify', { ...args, meetingId });
        set({ minutes });
        for (const itemId of Object.keys(get().edits)) clearDraft(meetingId, itemId);
        void refreshMeeting();
        return minutes;
      },

      track(meetingId, items, locked) {
        // The drafting view may draw before the page asked for this meeting's minutes: start on it here.
        if (get().meetingId !== meetingId) {
          set({ meetingId, minutes: null, status: 'idle', error: null, edits: {}, restorable: {} });
          scannedFor = null;
        }
        const edits: Record<string, ItemEdit> = {};
        for (const item of items) {
          const server = fieldsOf(item);
          const current = get().edits[item.id];
          if (!current) edits[item.id] = emptyEdit(server);
          else if (sameFields(current.local, current.base)) edits[item.id] = { ...current, base: server, local: server };
          else edits[item.id] = { ...current, base: server };
        }
        const next: Partial<MinutesStoreState> = { edits };
        if (scannedFor !== meetingId) {
          scannedFor = meetingId;
          const restorable: Record<string, Draft> = {};
          for (const draft of listDrafts(meetingId)) {
            const item = items.find((i) => i.id === draft.itemId);
            // Certified minutes cannot take it; a deleted item has nowhere to put it; equal text is already saved.
            if (locked || !item || sameFields(draft.fields, fieldsOf(item))) clearDraft(meetingId, draft.itemId);
            else restorable[draft.itemId] = draft;
          }
          next.restorable = restorable;
        }
        set(next);
      },

      edit(itemId, patch, options = {}) {
        const meetingId = get().meetingId;
        const current = get().edits[itemId];
        if (!meetingId || !current) return;
        const local = { ...current.local, ...patch };
        const dirty = !sameFields(current.base, local);
        if (dirty) writeDraft({ meetingId, itemId, fields: local, at: new Date().toISOString() });
        else clearDraft(meetingId, itemId);
        const phase = current.phase === 'saving' ? 'saving' : dirty ? 'pending' : 'idle';
        set({ edits: { ...get().edits, [itemId]: { ...current, local, phase } } });
        const timer = timers.get(itemId);
        if (timer !== undefined) clearTimeout(timer);
        if (options.now) void queueSave(itemId);
        else timers.set(itemId, setTimeout(() => void queueSave(itemId), AUTOSAVE_DELAY_MS));
      },

      async saveNow(itemId) {
        const ids = itemId ? [itemId] : Object.keys(get().edits).filter((id) => {
          const e = get().edits[id];
          return e.phase !== 'idle' || !sameFields(e.base, e.local);
        });
        await Promise.all(ids.map(queueSave));
      },

      hasUnsaved() {
        return Object.values(get().edits).some((e) => e.phase === 'error' || !sameFields(e.base, e.local));
      },

      restore(itemId) {
        const draft = get().restorable[itemId];
        if (!draft) return;
        const { [itemId]: _, ...rest } = get().restorable;
        set({ restorable: rest });
        get().edit(itemId, draft.fields, { now: true });
      },

      discard(itemId) {
        const meetingId = get().meetingId;
        if (meetingId) clearDraft(meetingId, itemId);
        const { [itemId]: _, ...rest } = get().restorable;
        set({ restorable: rest });
      },
    };
  });

  // Certified or circulated elsewhere (another window, the command line): show it here too.
  client.on((event) => {
    if (event.type === 'changed' && event.meetingId && event.meetingId === store.getState().meetingId && /^minutes/.test(event.entity)) {
      void store.getState().refresh();
    }
  });
  return store;
}

/** One minutes store per set of app stores, made when first asked for (the app's context stays as it is). */
const made = new WeakMap<AppStores, StoreApi<MinutesStoreState>>();

export function minutesStoreOf(stores: AppStores): StoreApi<MinutesStoreState> {
  let store = made.get(stores);
  if (!store) {
    store = createMinutesStore(stores);
    made.set(stores, store);
  }
  return store;
}

export const useMinutesStore = (): StoreApi<MinutesStoreState> => minutesStoreOf(useAppStores());
export const useMinutes = <T>(select: (s: MinutesStoreState) => T): T => useStore(useMinutesStore(), select);
