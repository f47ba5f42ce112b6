import { createStore } from 'zustand/vanilla';
import type { ApiClient } from '../api/client';
import { errorMessage } from '../api/client';
import type { LoadStatus, MeetingSummary } from './types';

/** The meetings list (all series). */
export interface MeetingsState {
  meetings: MeetingSummary[];
  status: LoadStatus;
  error: string | null;
  load(): Promise<void>;
}

export const createMeetingsStore = (client: ApiClient) =>
  createStore<MeetingsState>((set, get) => ({
    meetings: [],
    status: 'idle',
    error: null,
    async load() {
      set({ status: get().status === 'ready' ? 'ready' : 'loading', error: null });
      try {
        set({ meetings: await client.call('meetings.list', {}), status: 'ready' });
      } catch (e) {
        set({ status: 'error', error: errorMessage(e) });
      }
    },
  }));
