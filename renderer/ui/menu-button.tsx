import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';

export interface MenuEntry {
  /** Stable key; also the entry's element id suffix (for tests and focus). */
  key: string;
  label: string;
  onSelect(): void;
  /** Shown and reachable by keys (so a screen reader hears it exists) but does nothing. */
  disabled?: boolean;
  danger?: boolean;
}

interface Props {
  id: string;
  /** The button's accessible name; it must contain `text` (WCAG 2.5.3: the name holds the visible words). */
  label: string;
  text: string;
  entries: readonly MenuEntry[];
  className?: string;
}

const itemsOf = (menu: HTMLElement | null) => [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

/** Focus the entry at `index`, counting round (-1 is the last). */
function focusAt(menu: HTMLElement | null, index: number) {
  const list = itemsOf(menu);
  list[(index + list.length) % list.length]?.focus();
}

/**
 * A menu button after the WAI-ARIA Authoring Practices' "menu button" pattern: the button says it
 * has a menu (aria-haspopup, aria-expanded); opening moves focus into the menu (Enter, Space,
 * ArrowDown: the first entry; ArrowUp: the last); arrows, Home and End move among the entries;
 * Escape closes and gives focus back to the button; Tab or a click elsewhere closes it.
 * Choosing an entry closes the menu and returns focus to the button first, so an entry that moves
 * focus elsewhere (with focusLater) wins.
 */
export function MenuButton({ id, label, text, entries, className }: Props) {
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    focusAt(menu.current, open === 'first' ? 0 : -1);
    const away = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  function close(focusButton: boolean) {
    setOpen(false);
    if (focusButton) button.current?.focus();
  }

  function onButtonKey(e: KeyboardEvent) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      // Keys inside the agenda's rows must not also move between rows.
      e.stopPropagation();
      setOpen(e.key === 'ArrowDown' ? 'first' : 'last');
    }
  }

  function onMenuKey(e: KeyboardEvent) {
    const list = itemsOf(menu.current);
    const at = list.indexOf(document.activeElement as HTMLElement);
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: list.length - 1 }[e.key];
    if (to !== undefined) {
      e.preventDefault();
      e.stopPropagation();
      focusAt(menu.current, to);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      // The item's own Escape (closing the item) must not fire as well.
      e.stopPropagation();
      close(true);
    } else if (e.key === 'Tab') {
      close(false);
    }
  }

  function choose(entry: MenuEntry) {
    if (entry.disabled) return;
    close(true);
    entry.onSelect();
  }

  return (
    <div className={`menu-button${className ? ` ${className}` : ''}`}>
      <button
        ref={button}
        type="button"
        id={id}
        className="button button--small menu-button__button"
        aria-haspopup="menu"
        aria-expanded={!!open}
        aria-controls={open ? menuId : undefined}
        aria-label={label}
        onClick={() => (open ? close(true) : setOpen('first'))}
        onKeyDown={onButtonKey}
      >
        {text} <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <div ref={menu} id={menuId} role="menu" aria-label={label} className="menu-button__menu" tabIndex={-1} onKeyDown={onMenuKey}>
          {entries.map((entry) => (
            <button
              key={entry.key}
              type="button"
              role="menuitem"
              id={`${id}-${entry.key}`}
              tabIndex={-1}
              aria-disabled={entry.disabled || undefined}
              className={`menu-button__item${entry.danger ? ' menu-button__item--danger' : ''}`}
              onClick={() => choose(entry)}
            >
              {entry.label}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
