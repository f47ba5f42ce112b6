import { useRef, useState } from 'react';

export interface Pending {
  /** True while a write runs: buttons show it (aria-disabled), a second press is ignored rather than queued. */
  busy: boolean;
  /** What the last write threw, shown beside the form until the next try. */
  error: unknown;
  setError: (error: unknown) => void;
  /**
   * Runs `work` unless a write is running; answers whether it succeeded. With `keepBusy` a success
   * leaves the form busy: a row removed by the write goes away with it, and must not be pressed again
   * while the list refreshes. `onError` gets what was thrown (to move the focus to the field refused).
   */
  run: (work: () => Promise<void>, options?: { keepBusy?: boolean; onError?: (error: unknown) => void }) => Promise<boolean>;
}

/** One write at a time from a form or a row, with its error kept to show. */
export function usePending(): Pending {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // The state above changes on the next render; a double click arrives before it.
  const running = useRef(false);
  const release = () => {
    running.current = false;
    setBusy(false);
  };
  const run: Pending['run'] = async (work, options = {}) => {
    if (running.current) return false;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      await work();
      if (!options.keepBusy) release();
      return true;
    } catch (err) {
      setError(err);
      release();
      options.onError?.(err);
      return false;
    }
  };
  return { busy, error, setError, run };
}
