import { useEffect, useRef, useState } from 'react';
import { useDirtyFlag } from '../../state/dirty';

/**
 * One card of the series page: a draft of some of the series' fields, saved on its own through
 * `series.update`. When the series is read again (saved here, in another card, or elsewhere), a draft
 * nobody is editing takes the new values; what is being typed stays.
 */
export function useCardDraft<D>(options: {
  /** Key of the unsaved-changes guard. */
  key: string;
  /** The stored values; memoised by the caller on the series. */
  saved: D;
  same(a: D, b: D): boolean;
  /** Sends the draft; returns the stored values after it. Throws the core's refusal. */
  save(draft: D): Promise<D>;
}) {
  const { key, saved, same, save } = options;
  const [draft, setDraft] = useState<D>(saved);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [justSaved, setJustSaved] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);

  const baseRef = useRef(saved);
  useEffect(() => {
    const before = baseRef.current;
    baseRef.current = saved;
    setDraft((d) => (same(d, before) ? saved : d));
  }, [saved, same]);

  const dirty = !same(draft, saved);
  useDirtyFlag(key, dirty);

  return {
    draft,
    dirty,
    busy,
    error,
    justSaved,
    errorRef,
    /** Change the draft (a new value, or a function of the current one). */
    update(next: D | ((d: D) => D)) {
      setJustSaved(false);
      setDraft(next);
    },
    /** Saves the draft (or `value`, set as the draft in the same step); false when the core refused. */
    async submit(value: D = draft): Promise<boolean> {
      setDraft(value);
      setBusy(true);
      setError(null);
      try {
        setDraft(await save(value));
        setJustSaved(true);
        return true;
      } catch (err) {
        setError(err);
        // The refusal takes the focus once it is on screen, so it is read out.
        requestAnimationFrame(() => errorRef.current?.focus());
        return false;
      } finally {
        setBusy(false);
      }
    },
    revert() {
      setDraft(saved);
      setError(null);
      setJustSaved(false);
    },
    clearError: () => setError(null),
  };
}
