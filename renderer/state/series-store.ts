import { createStore } from 'zustand/vanilla';
import type { ApiClient } from '../api/client';
import { errorMessage } from '../api/client';
import type { LoadStatus, SectionTemplate, Series, SeriesInput, SeriesPatch } from './types';

export interface SeriesState {
  series: Series[];
  templates: SectionTemplate[];
  status: LoadStatus;
  error: string | null;
  /** The versions this screen's own saves moved each series from and to (see useVersionGuard). */
  ownSaves: { id: string; from: number; to: number }[];
  /** Saves of this screen on their way: the change events they cause may come before their answers. */
  saving: number;
  load(): Promise<void>;
  create(input: SeriesInput): Promise<Series>;
  /** Change a series (e.g. its document settings); the list shows what the core stored. */
  update(patch: SeriesPatch): Promise<Series>;
}

export const createSeriesStore = (client: ApiClient) =>
  createStore<SeriesState>((set, get) => ({
    series: [],
    templates: [],
    ownSaves: [],
    saving: 0,
    status: 'idle',
    error: null,
    async load() {
      set({ status: get().status === 'ready' ? 'ready' : 'loading', error: null });
      try {
        const [series, templates] = await Promise.all([
          client.call('series.list', {}),
          client.call('reference.sectionTemplates', {}),
        ]);
        set({ series, templates, status: 'ready' });
      } catch (e) {
        set({ status: 'error', error: errorMessage(e) });
      }
    },
    async create(input) {
      const created = await client.call('series.create', input);
      set({ series: [...get().series, created] });
      return created;
    },
    async update(patch) {
      set({ saving: get().saving + 1 });
      try {
        const updated = await client.call('series.update', patch);
        // Kept so the page's other cards, opened on the version before this save, may save after it.
        const own = patch.version === undefined ? [] : [{ id: updated.id, from: patch.version, to: updated.version }];
        set({ series: get().series.map((s) => (s.id === updated.id ? updated : s)), ownSaves: [...get().ownSaves, ...own].slice(-50), saving: get().saving - 1 });
        return updated;
      } catch (e) {
        set({ saving: get().saving - 1 });
        throw e;
      }
    },
  }));
