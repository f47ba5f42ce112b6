import { createStore } from 'zustand/vanilla';
import type { Args } from '../../shared/contract';
import type { ApiClient } from '../api/client';
import { errorMessage, isApiError } from '../api/client';
import type { LoadStatus, Organisation, Person, PersonInput } from './types';

export interface DirectoryState {
  people: Person[];
  organisations: Organisation[];
  /** People and organisations both (`load`). */
  status: LoadStatus;
  /** Organisations, read with the people or alone (`loadOrganisations`). */
  organisationsStatus: LoadStatus;
  error: string | null;
  load(): Promise<void>;
  /** The organisations only, for pages that show no person (the tracker): the people of 20 years are 200 KB. */
  loadOrganisations(): Promise<void>;
  /** Creates a person and adds them to the list; throws the core's refusal. */
  createPerson(input: PersonInput): Promise<Person>;
  /** Edits a person, or deactivates / reactivates one (`active`); throws the core's refusal. */
  updatePerson(patch: Args<'people.update'>): Promise<Person>;
  /**
   * Two records of one person become `keepId`; the other stays, inactive and marked as merged, for the
   * certified minutes that name it. Throws the core's refusal.
   */
  mergePeople(keepId: string, mergeId: string): Promise<Person>;
  createOrganisation(input: Args<'organisations.create'>): Promise<Organisation>;
  /** Edits, verifies the abbreviation of, deactivates or reactivates an organisation. */
  updateOrganisation(patch: Args<'organisations.update'>): Promise<Organisation>;
}

const replace = <T extends { id: string }>(list: T[], item: T): T[] => list.map((x) => (x.id === item.id ? item : x));

export const createDirectoryStore = (client: ApiClient) =>
  createStore<DirectoryState>((set, get) => ({
    people: [],
    organisations: [],
    status: 'idle',
    organisationsStatus: 'idle',
    error: null,
    async loadOrganisations() {
      set({ organisationsStatus: get().organisationsStatus === 'ready' ? 'ready' : 'loading', error: null });
      try {
        set({ organisations: await client.call('organisations.list', {}), organisationsStatus: 'ready' });
      } catch (e) {
        set({ organisationsStatus: 'error', error: errorMessage(e) });
      }
    },
    async load() {
      set({ status: get().status === 'ready' ? 'ready' : 'loading', error: null });
      try {
        const [people, organisations] = await Promise.all([
          // An agency reporter (team mode) reads the agencies but not the directory of people: its tracker needs none.
          client.call('people.list', {}).catch((e: unknown) => {
            if (isApiError(e) && e.code === 'FORBIDDEN') return [];
            throw e;
          }),
          client.call('organisations.list', {}),
        ]);
        set({ people, organisations, status: 'ready', organisationsStatus: 'ready' });
      } catch (e) {
        set({ status: 'error', organisationsStatus: get().organisationsStatus === 'ready' ? 'ready' : 'error', error: errorMessage(e) });
      }
    },
    async createPerson(input) {
      const person = await client.call('people.create', input);
      set({ people: [...get().people, person] });
      return person;
    },
    async updatePerson(patch) {
      const person = await client.call('people.update', patch);
      set({ people: replace(get().people, person) });
      return person;
    },
    async mergePeople(keepId, mergeId) {
      const person = await client.call('people.merge', { keepId, mergeId });
      set({ people: replace(get().people, person).map((p) => (p.id === mergeId ? { ...p, active: false, mergedIntoId: keepId } : p)) });
      return person;
    },
    async createOrganisation(input) {
      const organisation = await client.call('organisations.create', input);
      set({ organisations: [...get().organisations, organisation] });
      return organisation;
    },
    async updateOrganisation(patch) {
      const organisation = await client.call('organisations.update', patch);
      set({ organisations: replace(get().organisations, organisation) });
      return organisation;
    },
  }));
