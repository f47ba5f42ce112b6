import { type ReactNode, useEffect, useState } from 'react';
import { isStaleSave } from '../api/client';
import type { ApiClient } from '../api/client';
import { NewerCopyNotice, UnsavedText, useNewerSave } from './newer-copy';

/**
 * What every edit form does about other officers' saves (issue 15): remembers the version it opened the
 * record at (sent with the save, so a save over someone else's is refused rather than silently
 * overwriting it), marks the form "มีฉบับใหม่กว่า" when a live change event names a newer save, and on
 * "เปิดฉบับล่าสุด" reads the record again while keeping what the officer typed on screen to copy from.
 */
export function useVersionGuard<T extends { version: number }>(options: {
  client: ApiClient;
  /** The table the change events name (`people`, `meetings`, …). */
  entity: string;
  /** The record being edited with the version it was read at; undefined for a new one. */
  record: { id: string; version: number } | null | undefined;
  /** The form's last refusal: a stale save offers the newer copy. */
  error: unknown;
  /** Reads the record again; null when it is gone. */
  reload(): Promise<T | null | undefined>;
  /** Puts the newer copy in the form; answers what the officer had typed that differs, to show beside it. */
  take(fresh: T): { label: string; text: string }[];
  /** Clears the refusal once the newer copy is on screen. */
  clearError(): void;
  /**
   * For forms that stay open and take the newer values while nothing is typed (meeting details, series
   * cards): true while the form is unchanged, so the version sent follows the copy on screen.
   */
  follow?: boolean;
  /**
   * This screen's own saves of the record (the version sent and the one it made): another part of the
   * same screen saving the record (another series card) is no newer copy to this one.
   */
  ownSaves?: readonly { id: string; from: number; to: number }[];
  /** The form's own save is on its way: what the events say meanwhile is judged once its answer is in. */
  saving?: boolean;
}): { version: number | undefined; notice: ReactNode } {
  const { client, entity, record, error } = options;
  const [opened, setOpened] = useState(record?.version);
  const [typed, setTyped] = useState<{ label: string; text: string }[]>([]);
  const current = record?.version;
  const { ownSaves } = options;
  // Kept for when the form stops following (the officer starts typing): the version it then edits.
  useEffect(() => {
    if (options.follow && current !== undefined) setOpened(current);
  }, [options.follow, current]);
  useEffect(() => {
    if (!ownSaves || !record) return;
    setOpened((v) => followOwnSaves(ownSaves, record.id, v));
  }, [ownSaves, record]);
  // The version the form is at, in this very render (an effect would lag one render behind the store).
  const own = ownSaves && record ? followOwnSaves(ownSaves, record.id, opened) : opened;
  const loaded = options.follow && current !== undefined ? current : own;
  const heard = useNewerSave(client, entity, record?.id);
  // The store may already hold a newer copy (refreshed by the live events) than the one the form opened.
  const newer =
    options.saving || loaded === undefined
      ? null
      : heard && heard.version > loaded
        ? heard
        : record && record.version > loaded
          ? { by: null }
          : null;
  const stale = isStaleSave(error) ? error : null;

  async function openLatest() {
    const fresh = await options.reload();
    if (!fresh) return;
    setTyped(options.take(fresh).filter((e) => e.text.trim()));
    setOpened(fresh.version);
    options.clearError();
  }

  const notice = (
    <>
      {stale || newer ? <NewerCopyNotice by={stale ? stale.stale.by : (newer?.by ?? null)} onOpen={() => void openLatest()} /> : null}
      <UnsavedText entries={typed} />
    </>
  );
  return { version: loaded, notice };
}

/**
 * The version a card reaches by following this screen's own saves from the one it loaded. Only saves that
 * moved the version forward are followed: a save answered with the version it was sent (a server or a
 * test double that does not count) would otherwise be followed for ever, and the page would hang.
 */
export function followOwnSaves(ownSaves: readonly { id: string; from: number; to: number }[], id: string, loaded: number | undefined): number | undefined {
  let at = loaded;
  for (;;) {
    const step = ownSaves.find((s) => s.id === id && s.from === at && s.to > s.from);
    if (!step) return at;
    at = step.to;
  }
}
