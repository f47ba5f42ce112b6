import { useEffect } from 'react';
import type { ApiClient } from '../api/client';

/**
 * Runs `load` now, and again after each burst of changes anywhere (another window, the command line):
 * for pages that read one answer of the contract rather than a store.
 */
export function useReloadOnChange(client: ApiClient, load: () => Promise<void>): void {
  useEffect(() => {
    void load();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const off = client.on((event) => {
      if (event.type !== 'changed' || timer !== null) return;
      timer = setTimeout(() => {
        timer = null;
        void load();
      }, 400);
    });
    return () => {
      off();
      if (timer !== null) clearTimeout(timer);
    };
  }, [client, load]);
}
