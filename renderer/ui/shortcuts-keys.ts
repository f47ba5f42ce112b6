import { useEffect, useRef } from 'react';

/*
 * Keys are matched by their physical place (`code`) as well as by `key`: with the Thai Kedmanee layout
 * Ctrl+S gives `key === 'ห'` and Shift+/ gives `ฦ`, and officers switch layouts all day.
 */

/** Ctrl+S (⌘S on a Mac): save now. */
export const isSaveKey = (e: KeyboardEvent): boolean =>
  (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && (e.code === 'KeyS' || e.key.toLowerCase() === 's');

/** Alt+↓ / Alt+↑: next or previous agenda item while drafting. */
export const itemStep = (e: KeyboardEvent): 1 | -1 | 0 => {
  if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return 0;
  if (e.key === 'ArrowDown') return 1;
  if (e.key === 'ArrowUp') return -1;
  return 0;
};

/** Alt+1 … Alt+9: the standard phrase of that number; 0 when not such a key. */
export const phraseNumber = (e: KeyboardEvent): number => {
  if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return 0;
  const m = /^Digit([1-9])$/.exec(e.code) ?? /^([1-9])$/.exec(e.key);
  return m ? Number(m[1]) : 0;
};

/** Where a key is text, not a command. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  return false;
}

/** `?` (Shift+/ on any layout), outside text fields: the list of shortcuts. */
export const isHelpKey = (e: KeyboardEvent): boolean =>
  !e.ctrlKey && !e.metaKey && !e.altKey && (e.key === '?' || (e.code === 'Slash' && e.shiftKey)) && !isTyping(e.target);

/** Listen to keys on the whole document while `active`; the handler may change between renders. */
export function useKeydown(handler: (e: KeyboardEvent) => void, active = true): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    if (!active) return;
    const listener = (e: KeyboardEvent) => latest.current(e);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [active]);
}

/** The list `?` shows, as catalog keys: the keys to press and what they do. */
export const shortcutList = [
  { keys: 'Ctrl + S', what: 'shortcuts.save' },
  { keys: 'Alt + ↓', what: 'shortcuts.nextItem' },
  { keys: 'Alt + ↑', what: 'shortcuts.previousItem' },
  { keys: 'Alt + 1 … 4', what: 'shortcuts.phrase' },
  { keys: '← →', what: 'shortcuts.tabs' },
  { keys: '?', what: 'shortcuts.help' },
  { keys: 'Esc', what: 'shortcuts.close' },
] as const;
