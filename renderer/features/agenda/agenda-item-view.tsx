import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { useT } from '../../i18n/index';
import { focusLater } from '../../lib/errors';
import { personName } from '../../lib/labels';
import { useAppStores, useDirectory } from '../../state/app-context';
import type { AgendaItem, SeriesSection } from '../../state/types';
import { useAgenda } from './agenda-context';
import { GripIcon } from '../../ui/icons';
import { handleProps, itemTargetProps } from './agenda-dnd';
import { AgendaItemForm } from './agenda-item-form';
import { AgendaItemPolicies } from './agenda-item-policies';
import { AgendaMovePanel } from './agenda-move-panel';
import { childrenOf, depthOf, indent, MAX_DEPTH, outdent, siblingsOf, step, stepWithin } from './agenda-moves';
import { AttachmentAdd, AttachmentsList } from './attachments-list';
import { FormError } from '../../ui/form-error';

const typing = (el: EventTarget) => el instanceof HTMLElement && /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName);

/** One agenda item: its number, subject, presenter and files; handle, moves, edit and delete; its sub-items. */
export function AgendaItemView({ item, section }: { item: AgendaItem; section: SeriesSection }) {
  const t = useT();
  const stores = useAppStores();
  const b = useAgenda();
  const org = useDirectory((s) => (item.presenterOrgId ? s.organisations.find((o) => o.id === item.presenterOrgId) : undefined));
  const presenter = useDirectory((s) => (item.presenterPersonId ? s.people.find((p) => p.id === item.presenterPersonId) : undefined));
  const [editing, setEditing] = useState(false);
  const [addingSub, setAddingSub] = useState(false);
  const [moving, setMoving] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const children = childrenOf(b.items, item.id);
  const siblings = siblingsOf(b.items, item);
  const index = siblings.findIndex((s) => s.id === item.id);
  const id = `agenda-${item.id}`;
  const canHaveSubItems = depthOf(b.items, item) < MAX_DEPTH;
  const over = b.over?.kind === 'item' && b.over.targetId === item.id ? b.over.where : null;
  const error = b.itemError?.id === item.id ? b.itemError.message : null;

  async function remove() {
    setBusy(true);
    b.setItemError(null);
    try {
      await stores.meeting.getState().deleteAgendaItem(item.id);
      focusLater(`section-${section.id}-add`);
    } catch (e) {
      b.setItemError({ id: item.id, message: errorMessage(e) });
      setBusy(false);
    }
  }

  /** Keep focus on the button used, unless the item reached the end, then the other one. */
  const moveButton = (delta: -1 | 1) => {
    const newIndex = index + delta;
    const focus = delta < 0 ? (newIndex === 0 ? `${id}-down` : `${id}-up`) : newIndex === siblings.length - 1 ? `${id}-up` : `${id}-down`;
    void b.move(item, stepWithin(b.items, item, delta), focus);
  };

  function onKeyDown(e: React.KeyboardEvent) {
    if (b.readOnly || !e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || typing(e.target)) return;
    const where = (key: string) => {
      if (key === 'ArrowUp') return step(b.items, b.sections, item, -1);
      if (key === 'ArrowDown') return step(b.items, b.sections, item, 1);
      if (key === 'ArrowRight') return indent(b.items, item);
      return outdent(b.items, item);
    };
    if (!['ArrowUp', 'ArrowDown', 'ArrowRight', 'ArrowLeft'].includes(e.key)) return;
    // Also keeps Alt+ArrowLeft from going back in the browser's history.
    e.preventDefault();
    e.stopPropagation();
    const focused = document.activeElement?.id;
    void b.move(item, where(e.key), focused?.startsWith(id) ? focused : `${id}-handle`);
  }

  const classes = ['agenda-item', b.dragging === item.id ? 'agenda-item--dragging' : '', over ? `agenda-item--drop-${over}` : ''];
  return (
    <li className={classes.filter(Boolean).join(' ')} id={id} data-testid="agenda-item" data-number={item.number}>
      {editing ? (
        <AgendaItemForm section={section} item={item} onDone={() => { setEditing(false); focusLater(`${id}-edit`); }} />
      ) : (
        // biome-ignore lint/a11y/noStaticElementInteractions: Alt+Arrow shortcuts reach the item from any of its controls; drops land here.
        <div className="agenda-item__main" onKeyDown={onKeyDown} {...(b.readOnly ? {} : itemTargetProps(b, item))}>
          <div className={`agenda-item__head${b.readOnly ? ' agenda-item__head--read' : ''}`}>
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
                // A click (or Enter) on the handle offers the same moves as the "ย้าย…" button.
                onClick={() => {
                  setMoving(!moving);
                  if (!moving) focusLater(`${id}-move-section`);
                }}
                {...handleProps(b, item)}
              >
                <GripIcon />
              </button>
            )}
            <span className="agenda-item__number">{item.number}</span>
            <div className="agenda-item__body">
              <p className="agenda-item__subject">{item.subject.startsWith('เรื่อง') ? item.subject : t('agenda.itemSubject', { subject: item.subject })}</p>
              {org || presenter ? (
                <p className="agenda-item__meta">
                  {org ? `${t('agenda.presenter')}: ${org.abbrTh || org.nameTh}` : ''}
                  {org && presenter ? ' · ' : ''}
                  {presenter ? t('agenda.presenterBy', { name: personName(presenter) }) : ''}
                </p>
              ) : null}
              {item.summary ? <p className="agenda-item__text">{item.summary}</p> : null}
              {item.proposal ? (
                <p className="agenda-item__text">
                  <strong>{t('agenda.proposal')}:</strong> {item.proposal}
                </p>
              ) : null}
              {item.resolution ? (
                <p className="agenda-item__resolution">
                  <strong>{t('agenda.resolution')}:</strong> {item.resolution}
                </p>
              ) : null}
              <AttachmentsList item={item} files={b.attachmentsOf(item.id)} readOnly={b.readOnly} />
              <AgendaItemPolicies item={item} />
              {b.readOnly ? null : (
                <div className="agenda-item__tools">
                  {canHaveSubItems ? (
                    <button
                      type="button"
                      className="button button--small"
                      id={`${id}-add-sub`}
                      onClick={() => { setAddingSub(true); focusLater(`agenda-sub-${item.id}-subject`); }}
                      aria-label={t('agenda.addSubItemUnder', { number: item.number })}
                    >
                      + {t('agenda.addSubItem')}
                    </button>
                  ) : null}
                  <AttachmentAdd item={item} />
                </div>
              )}
            </div>
            {b.readOnly ? null : (
              <div className="row-actions">
                <button type="button" className="button button--small button--icon" id={`${id}-up`} disabled={busy || index === 0} onClick={() => moveButton(-1)} aria-label={t('agenda.moveUpLabel', { number: item.number })} title={t('agenda.moveUp')}>
                  ↑
                </button>
                <button type="button" className="button button--small button--icon" id={`${id}-down`} disabled={busy || index === siblings.length - 1} onClick={() => moveButton(1)} aria-label={t('agenda.moveDownLabel', { number: item.number })} title={t('agenda.moveDown')}>
                  ↓
                </button>
                <button type="button" className="button button--small" id={`${id}-move`} aria-expanded={moving} aria-controls={`${id}-move-panel`} onClick={() => { setMoving(!moving); if (!moving) focusLater(`${id}-move-section`); }} aria-label={t('agenda.moveMenuLabel', { number: item.number })}>
                  {t('agenda.moveMenu')}
                </button>
                <button type="button" className="button button--small" id={`${id}-edit`} onClick={() => { setEditing(true); focusLater(`${id}-subject`); }} aria-label={t('agenda.editLabel', { number: item.number })}>
                  {t('common.edit')}
                </button>
                {confirming ? (
                  <>
                    <button type="button" className="button button--small button--danger" id={`${id}-confirm`} disabled={busy} onClick={remove}>
                      {children.length ? t('agenda.confirmDeleteWithSubs', { count: children.length }) : t('common.confirmDelete')}
                    </button>
                    <button type="button" className="button button--small" onClick={() => { setConfirming(false); focusLater(`${id}-delete`); }}>
                      {t('common.cancel')}
                    </button>
                  </>
                ) : (
                  <button type="button" className="button button--small button--quiet-danger" id={`${id}-delete`} onClick={() => { setConfirming(true); focusLater(`${id}-confirm`); }} aria-label={t('agenda.deleteLabel', { number: item.number })}>
                    {t('common.delete')}
                  </button>
                )}
              </div>
            )}
          </div>
          {moving && !b.readOnly ? <AgendaMovePanel item={item} onClose={() => { setMoving(false); focusLater(`${id}-move`); }} /> : null}
          <FormError message={error} />
        </div>
      )}
      {children.length ? (
        <ol className="agenda__items agenda__items--sub">
          {children.map((child) => (
            <AgendaItemView key={child.id} item={child} section={section} />
          ))}
        </ol>
      ) : null}
      {addingSub && !b.readOnly ? (
        <div className="agenda-item__sub-form">
          <AgendaItemForm
            section={section}
            parent={item}
            onDone={(saved) => {
              setAddingSub(false);
              focusLater(saved ? `agenda-${saved.id}-edit` : `${id}-add-sub`);
            }}
          />
        </div>
      ) : null}
    </li>
  );
}
