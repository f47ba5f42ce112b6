import { createStore } from 'zustand/vanilla';
import type { ApiClient } from '../api/client';
import { errorMessage } from '../api/client';
import type { LoadStatus, Organisation, Person, PersonInput } from './types';

export interface DirectoryState {
  people: Person[];
  organisations: Organisation[];
  status: LoadStatus;
  error: string | null;
  load(): Promise<void>;
  /** Creates a person and adds them to the list; throws the core's refusal. */
  createPerson(input: PersonInput): Promise<Person>;
}

export const createDirectoryStore = (client: ApiClient) =>
  createStore<DirectoryState>((set, get) => ({
    people: [],
    organisations: [],
    status: 'idle',
    error: null,
    async load() {
      set({ status: get().status === 'ready' ? 'ready' : 'loading', error: null });
      try {
        const [people, organisations] = await Promise.all([
          client.call('people.list', {}),
          client.call('organisations.list', {}),
        ]);
        set({ people, organisations, status: 'ready' });
      } catch (e) {
        set({ status: 'error', error: errorMessage(e) });
      }
    },
    async createPerson(input) {
      const person = await client.call('people.create', input);
      set({ people: [...get().people, person] });
      return person;
    },
  }));
