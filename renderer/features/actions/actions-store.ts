import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Args } from '../../../shared/contract';
import type { ActionRow, BulkChange, ProgressUpdate } from '../../../shared/schemas/actions';
import type { ApiClient } from '../../api/client';
import type { MeetingPick } from '../../ui/meeting-picker';
import { errorMessage } from '../../api/client';
import { useApi } from '../../state/app-context';

export type { ActionRow, ProgressUpdate };
export type ActionStatus = ActionRow['status'];

/** What the officer filters and sorts by; the same filters go to the export. */
export interface ActionFilters {
  organisationId?: string;
  statuses?: ActionStatus[];
  overdue?: boolean;
  dueFrom?: string;
  dueTo?: string;
  meetingId?: string;
  policyId?: string;
  sort: 'due' | 'meeting' | 'status' | 'created';
  direction: 'asc' | 'desc';
}

/** Rows are read a page at a time, as the list scrolls to them. */
export const PAGE_SIZE = 200;

export interface ActionsState {
  filters: ActionFilters;
  /** How many actions match, once the first page has answered. */
  total: number | null;
  pages: Record<number, ActionRow[]>;
  loadingPages: Record<number, true>;
  error: string | null;
  /** Ids of the rows ticked for a bulk status change. */
  selected: string[];
  /** The meeting `filters.meetingId` names, as its picker found it (its number and series, for the press summary). */
  meeting: MeetingPick | null;
  chooseMeeting(meeting: MeetingPick | null): Promise<void>;
  setFilters(patch: Partial<ActionFilters>): Promise<void>;
  /** Reads page `index` unless it is here or on its way. */
  ensurePage(index: number): Promise<void>;
  /** Reads the list again from the top (after a change). */
  reload(): Promise<void>;
  rowAt(index: number): ActionRow | undefined;
  toggle(id: string, on: boolean): void;
  clearSelection(): void;
  /** Changes the ticked rows; the change as kept for its undo (null when nothing changed). */
  bulkStatus(status: ActionStatus): Promise<{ updated: number; change: BulkChange | null }>;
  undoBulk(id: string): Promise<number>;
  addProgress(input: Args<'actions.addProgress'>): Promise<ProgressUpdate[]>;
}

export const defaultFilters: ActionFilters = { sort: 'due', direction: 'asc' };

/** The filters as the contract takes them (empty choices left out). */
export function queryOf(f: ActionFilters) {
  return {
    ...(f.organisationId ? { organisationId: f.organisationId } : {}),
    ...(f.statuses?.length ? { statuses: f.statuses } : {}),
    ...(f.overdue ? { overdue: true } : {}),
    ...(f.dueFrom ? { dueFrom: f.dueFrom } : {}),
    ...(f.dueTo ? { dueTo: f.dueTo } : {}),
    ...(f.meetingId ? { meetingId: f.meetingId } : {}),
    ...(f.policyId ? { policyId: f.policyId } : {}),
  };
}

export function createActionsStore(client: ApiClient): StoreApi<ActionsState> {
  // Answers to an older set of filters are dropped when they arrive late.
  let generation = 0;
  return createStore<ActionsState>((set, get) => ({
    filters: defaultFilters,
    total: null,
    pages: {},
    loadingPages: {},
    error: null,
    selected: [],
    meeting: null,
    async chooseMeeting(meeting) {
      set({ meeting });
      await get().setFilters({ meetingId: meeting?.id });
    },
    async setFilters(patch) {
      set({ filters: { ...get().filters, ...patch }, selected: [] });
      await get().reload();
    },
    async reload() {
      generation++;
      set({ pages: {}, loadingPages: {}, error: null });
      await get().ensurePage(0);
    },
    async ensurePage(index) {
      const { pages, loadingPages, filters } = get();
      if (pages[index] || loadingPages[index]) return;
      const mine = generation;
      set({ loadingPages: { ...loadingPages, [index]: true } });
      try {
        const page = await client.call('actions.list', {
          ...queryOf(filters), sort: filters.sort, direction: filters.direction, limit: PAGE_SIZE, offset: index * PAGE_SIZE,
        });
        if (mine !== generation) return;
        const { [index]: _done, ...still } = get().loadingPages;
        set({ pages: { ...get().pages, [index]: page.rows }, loadingPages: still, total: page.total, error: null });
      } catch (e) {
        if (mine !== generation) return;
        const { [index]: _failed, ...still } = get().loadingPages;
        set({ loadingPages: still, error: errorMessage(e) });
      }
    },
    rowAt(index) {
      return get().pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE];
    },
    toggle(id, on) {
      const selected = get().selected.filter((x) => x !== id);
      set({ selected: on ? [...selected, id] : selected });
    },
    clearSelection() {
      set({ selected: [] });
    },
    async bulkStatus(status) {
      // The versions the list showed: a row another officer changed since is refused, not overwritten.
      const ids = get().selected;
      const shown = Object.values(get().pages).flat().filter((r) => ids.includes(r.id));
      const versions = Object.fromEntries(shown.map((r) => [r.id, r.version]));
      const result = await client.call('actions.bulkStatus', { ids, status, versions });
      set({ selected: [] });
      await get().reload();
      return result;
    },
    async undoBulk(id) {
      const { restored } = await client.call('actions.undoBulk', { id });
      await get().reload();
      return restored;
    },
    async addProgress(input) {
      const updates = await client.call('actions.addProgress', input);
      // The newest report shows on the row without reading the whole list again.
      const latest = [...updates].sort((a, b) => b.date.localeCompare(a.date)).at(0) ?? null;
      const pages = Object.fromEntries(
        Object.entries(get().pages).map(([k, rows]) => [k, rows.map((r) => (r.id === input.actionId ? { ...r, lastProgress: latest } : r))]),
      );
      set({ pages });
      return updates;
    },
  }));
}

const stores = new WeakMap<ApiClient, StoreApi<ActionsState>>();
export function actionsStoreOf(client: ApiClient): StoreApi<ActionsState> {
  let store = stores.get(client);
  if (!store) {
    store = createActionsStore(client);
    stores.set(client, store);
  }
  return store;
}
export function useActionsStore(): StoreApi<ActionsState> {
  return actionsStoreOf(useApi());
}
export const useActions = <T,>(select: (s: ActionsState) => T): T => useStore(useActionsStore(), select);

const ORG_KEY = 'lekha.actions.org';
/** The agency an officer follows, kept on this computer so the actions link opens on it. */
export function rememberedOrg(): string | null {
  try {
    return globalThis.localStorage?.getItem(ORG_KEY) || null;
  } catch {
    return null; // storage may be blocked; the view simply starts with every agency
  }
}
export function rememberOrg(abbr: string | null): void {
  try {
    if (abbr) globalThis.localStorage?.setItem(ORG_KEY, abbr);
    else globalThis.localStorage?.removeItem(ORG_KEY);
  } catch (e) {
    console.warn('[lekha] agency choice not kept', e);
  }
}
