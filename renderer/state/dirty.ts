import { useEffect } from 'react';
import { create } from 'zustand';

/** Which forms hold typed-but-unsaved data, so leaving the page never drops it silently. */
interface DirtyState {
  keys: ReadonlySet<string>;
  mark(key: string, dirty: boolean): void;
}

export const useDirtyStore = create<DirtyState>((set, get) => ({
  keys: new Set(),
  mark(key, dirty) {
    const has = get().keys.has(key);
    if (has === dirty) return;
    const keys = new Set(get().keys);
    if (dirty) keys.add(key);
    else keys.delete(key);
    set({ keys });
  },
}));

export const hasUnsavedChanges = (): boolean => useDirtyStore.getState().keys.size > 0;

/** Report a form's unsaved state while it is on screen. */
export function useDirtyFlag(key: string, dirty: boolean): void {
  useEffect(() => {
    useDirtyStore.getState().mark(key, dirty);
  }, [key, dirty]);
  useEffect(() => () => useDirtyStore.getState().mark(key, false), [key]);
}
