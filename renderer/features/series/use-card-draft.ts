import { useEffect, useRef, useState } from 'react';
import { useAppStores, useSeries } from '../../state/app-context';
import type { Series } from '../../state/types';
import { useVersionGuard } from '../../ui/use-version-guard';
import { useDirtyFlag } from '../../state/dirty';

/**
 * One card of the series page: a draft of some of the series' fields, saved on its own through
 * `series.update`. When the series is read again (saved here, in another card, or elsewhere), a draft
 * nobody is editing takes the new values; what is being typed stays.
 */
export function useCardDraft<D>(options: {
  /** Key of the unsaved-changes guard. */
  key: string;
  /** The series the card edits, at the version its draft started from. */
  series: Series;
  /** The stored values; memoised by the caller on the series. */
  saved: D;
  /** The card's values of a series (the newer copy, when the officer opens it). */
  pick(series: Series): D;
  same(a: D, b: D): boolean;
  /** Sends the draft with the version it was made on; returns the stored values after it. Throws the core's refusal. */
  save(draft: D, version: number | undefined): Promise<D>;
  /** What the officer typed that the newer copy replaces, shown beside it; none by default. */
  typed?(mine: D, fresh: D): { label: string; text: string }[];
}) {
  const { key, saved, same, save } = options;
  const stores = useAppStores();
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
  const ownSaves = useSeries((s) => s.ownSaves);
  // Any card of this page saving the series: the events of that save are judged once its answer is in.
  const pageSaving = useSeries((s) => s.saving > 0);
  const guard = useVersionGuard({
    client: stores.client, entity: 'meeting_series', record: options.series, error, clearError: () => setError(null), follow: !dirty, ownSaves, saving: busy || pageSaving,
    reload: async () => {
      await stores.series.getState().load();
      return stores.series.getState().series.find((s) => s.id === options.series.id);
    },
    take: (fresh) => {
      const next = options.pick(fresh);
      setDraft(next);
      return options.typed?.(draft, next) ?? [];
    },
  });

  return {
    draft,
    dirty,
    busy,
    error,
    justSaved,
    errorRef,
    /** "มีฉบับใหม่กว่า" and the newer copy, and what was typed before it, for the card to show under its error. */
    notice: guard.notice,
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
        setDraft(await save(value, guard.version));
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
