import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import { useLangStore } from '../../../renderer/i18n';
import { AppProvider, type AppStores, createAppStores } from '../../../renderer/state/app-context';
import { useDirtyStore } from '../../../renderer/state/dirty';
import type { FakeClient } from './fake-client';

afterEach(() => {
  cleanup();
  useDirtyStore.setState({ keys: new Set() });
  useLangStore.setState({ lang: 'th' });
});

/** Render inside the app's provider, with stores over the fake client. */
export function renderWith(client: FakeClient, ui: ReactElement): { stores: AppStores } & ReturnType<typeof render> {
  const stores = createAppStores(client);
  const result = render(<AppProvider stores={stores}>{ui}</AppProvider>);
  return { stores, ...result };
}
