import { createStore } from 'zustand/vanilla';
import type { Args } from '../../shared/contract';
import type { AppSettings } from '../../shared/schemas/documents';
import type { ApiClient } from '../api/client';
import { errorMessage } from '../api/client';
import type { LoadStatus } from './types';

/** The officer's own settings for this database (the no-break word list). */
export interface SettingsState {
  settings: AppSettings | null;
  status: LoadStatus;
  error: string | null;
  load(): Promise<void>;
  update(patch: Args<'settings.update'>): Promise<AppSettings>;
}

export const createSettingsStore = (client: ApiClient) =>
  createStore<SettingsState>((set, get) => ({
    settings: null,
    status: 'idle',
    error: null,
    async load() {
      set({ status: get().status === 'ready' ? 'ready' : 'loading', error: null });
      try {
        set({ settings: await client.call('settings.get', {}), status: 'ready' });
      } catch (e) {
        set({ status: 'error', error: errorMessage(e) });
      }
    },
    async update(patch) {
      const settings = await client.call('settings.update', patch);
      set({ settings, status: 'ready', error: null });
      return settings;
    },
  }));
