import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { ApiClient } from '../api/client';
import { createDirectoryStore, type DirectoryState } from './directory-store';
import { createMeetingStore, type MeetingState } from './meeting-store';
import { createMeetingsStore, type MeetingsState } from './meetings-store';
import { createSeriesStore, type SeriesState } from './series-store';
import { createSettingsStore, type SettingsState } from './settings-store';

export interface AppStores {
  client: ApiClient;
  directory: StoreApi<DirectoryState>;
  series: StoreApi<SeriesState>;
  meetings: StoreApi<MeetingsState>;
  meeting: StoreApi<MeetingState>;
  settings: StoreApi<SettingsState>;
}

export function createAppStores(client: ApiClient): AppStores {
  return {
    client,
    directory: createDirectoryStore(client),
    series: createSeriesStore(client),
    meetings: createMeetingsStore(client),
    meeting: createMeetingStore(client),
    settings: createSettingsStore(client),
  };
}

const AppContext = createContext<AppStores | null>(null);

/** Gives the tree its api client and stores; tests pass a fake client here. */
export function AppProvider({ client, stores, children }: { client?: ApiClient; stores?: AppStores; children: ReactNode }) {
  const value = useMemo(() => stores ?? createAppStores(client!), [client, stores]);
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}

export function useAppStores(): AppStores {
  const stores = useContext(AppContext);
  if (!stores) throw new Error('AppProvider is missing');
  return stores;
}

export const useApi = (): ApiClient => useAppStores().client;
export const useDirectory = <T,>(select: (s: DirectoryState) => T): T => useStore(useAppStores().directory, select);
export const useSeries = <T,>(select: (s: SeriesState) => T): T => useStore(useAppStores().series, select);
export const useMeetings = <T,>(select: (s: MeetingsState) => T): T => useStore(useAppStores().meetings, select);
export const useMeeting = <T,>(select: (s: MeetingState) => T): T => useStore(useAppStores().meeting, select);
export const useSettings = <T,>(select: (s: SettingsState) => T): T => useStore(useAppStores().settings, select);
