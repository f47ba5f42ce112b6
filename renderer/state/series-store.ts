import { createStore } from 'zustand/vanilla';
import type { ApiClient } from '../api/client';
import { errorMessage } from '../api/client';
import type { LoadStatus, SectionTemplate, Series, SeriesInput } from './types';

export interface SeriesState {
  series: Series[];
  templates: SectionTemplate[];
  status: LoadStatus;
  error: string | null;
  load(): Promise<void>;
  create(input: SeriesInput): Promise<Series>;
}

export const createSeriesStore = (client: ApiClient) =>
  createStore<SeriesState>((set, get) => ({
    series: [],
    templates: [],
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
  }));
