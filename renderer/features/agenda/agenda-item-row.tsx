import type { KeyboardEvent } from 'react';
import { type MessageKey, useT } from '../../i18n/index';
import { personName } from '../../lib/labels';
import { useDirectory } from '../../state/app-context';
import type { AgendaItem } from '../../state/types';
import { GripIcon, PaperclipIcon } from '../../ui/icons';
import { useAgenda } from './agenda-context';
import { handleProps, itemTargetProps } from './agenda-dnd';
import { indent, outdent, step } from './agenda-moves';

const typing = (el: EventTarget) => el instanceof HTMLElement && /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName);

/** The rows' open buttons, in reading order across all sections: where ↑ ↓ Home End go. */
function stepRow(from: HTMLElement, key: string): HTMLElement | undefined {
  const rows = [...(from.closest('.agenda')?.querySelectorAll<HTMLElement>('.agenda-item__toggle') ?? [])];
  const at = rows.indexOf(from);
  const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: rows.length - 1 }[key];
  return to === undefined ? undefined : rows[Math.max(0, Math.min(rows.length - 1, to))];
}

interface Props {
  item: AgendaItem;
  open: boolean;
  /** The item's one menu (absent once the minutes are certified). */
  menu: React.ReactNode;
  onToggle(): void;
  /** The handle's click: the keyboard's way to the move panel. */
  onHandle(): void;
  moving: boolean;
}

/**
 * An agenda item as one line: drag handle, then a button that opens it showing its number,
 * subject, presenter and what a secretary wants at a glance (a resolution, directives, files,
 * secrecy, an unsaved draft), then its one menu. Alt+Arrow keys anywhere on the line move the item.
 */
export function AgendaItemRow({ item, open, menu, onToggle, onHandle, moving }: Props) {
  const t = useT();
  const b = useAgenda();
  const org = useDirectory((s) => (item.presenterOrgId ? s.organisations.find((o) => o.id === item.presenterOrgId) : undefined));
  const presenter = useDirectory((s) => (item.presenterPersonId ? s.people.find((p) => p.id === item.presenterPersonId) : undefined));
  const id = `agenda-${item.id}`;
  const files = b.attachmentsOf(item.id).length;
  const directives = b.directivesOf(item.id);
  const subject = item.subject.startsWith('เรื่อง') ? item.subject : t('agenda.itemSubject', { subject: item.subject });

  function onMoveKey(e: KeyboardEvent) {
    if (b.readOnly || !e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || typing(e.target)) return;
    if (!['ArrowUp', 'ArrowDown', 'ArrowRight', 'ArrowLeft'].includes(e.key)) return;
    const where = () => {
      if (e.key === 'ArrowUp' || e.key === 'ArrowDown') return step(b.items, b.sections, item, e.key === 'ArrowUp' ? -1 : 1);
      return e.key === 'ArrowRight' ? indent(b.items, item) : outdent(b.items, item);
    };
    // Also keeps Alt+ArrowLeft from going back in the browser's history.
    e.preventDefault();
    e.stopPropagation();
    const focused = document.activeElement?.id;
    void b.move(item, where(), focused?.startsWith(id) ? focused : `${id}-handle`);
  }

  function onToggleKey(e: KeyboardEvent<HTMLButtonElement>) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Escape' && open) {
      e.preventDefault();
      onToggle();
      return;
    }
    const next = stepRow(e.currentTarget, e.key);
    if (!next) return;
    e.preventDefault();
    next.focus();
  }

  // A space before each keeps the words apart in the button's name; the flex gap spaces them on screen.
  const badge = (className: string, key: MessageKey, values: Record<string, string | number> = {}) => (
    <>
      {' '}
      <span className={`badge agenda-item__badge ${className}`}>{t(key, values)}</span>
    </>
  );
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Alt+Arrow shortcuts reach the item from any of its controls; drops land here.
    <div
      className={`agenda-item__main agenda-item__row${b.readOnly ? ' agenda-item__row--read' : ''}`}
      onKeyDown={onMoveKey}
      {...(b.readOnly ? {} : itemTargetProps(b, item))}
    >
      {b.readOnly ? null : (
        <button
          type="button"
          className="agenda-item__handle"
          id={`${id}-handle`}
          aria-label={t('agenda.handleLabel', { number: item.number })}
          aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown Alt+ArrowRight Alt+ArrowLeft"
          aria-expanded={moving}
          aria-controls={`${id}-move-panel`}
          title={t('agenda.handleTitle')}
          onClick={onHandle}
          {...handleProps(b, item)}
        >
          <GripIcon />
        </button>
      )}
      <button
        type="button"
        className="agenda-item__toggle"
        id={`${id}-toggle`}
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        aria-keyshortcuts="ArrowUp ArrowDown Escape"
        onClick={onToggle}
        onKeyDown={onToggleKey}
      >
        {/* The spaces keep the button's accessible name apart: "4.1 เรื่อง … ดีป้า มีมติ". */}
        <span className="agenda-item__number">{item.number}</span>{' '}
        {/* Cut to one line: the title shows it whole to the mouse (the button's name holds it all). */}
        <span className="agenda-item__subject" title={subject}>
          {subject}
        </span>{' '}
        {org || presenter ? (
          <span className="agenda-item__meta">
            <span className="visually-hidden">{t('agenda.presenter')}: </span>
            {[org ? org.abbrTh || org.nameTh : '', presenter ? personName(presenter) : ''].filter(Boolean).join(' · ')}
          </span>
        ) : null}
        <span className="agenda-item__badges">
          {b.drafts.has(item.id) ? badge('agenda-item__badge--draft', 'agenda.badge.draft') : null}
          {item.secrecy !== 'none' ? badge('agenda-item__badge--secret', `docset.secrecy.${item.secrecy}`) : null}
          {item.resolution.trim() ? badge('agenda-item__badge--resolution', 'agenda.badge.resolution') : null}
          {directives ? badge('agenda-item__badge--directives', 'agenda.badge.directives', { count: directives }) : null}
          {files ? (
            <>
              {' '}
              <span className="badge agenda-item__badge">
                <PaperclipIcon /> {t('agenda.badge.files', { count: files })}
              </span>
            </>
          ) : null}
        </span>
      </button>
      {menu}
    </div>
  );
}
