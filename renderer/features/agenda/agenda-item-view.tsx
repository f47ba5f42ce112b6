import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { useT } from '../../i18n/index';
import { focusLater } from '../../lib/errors';
import { useAppStores } from '../../state/app-context';
import type { AgendaItem, SeriesSection } from '../../state/types';
import { FormError } from '../../ui/form-error';
import { type MenuEntry, MenuButton } from '../../ui/menu-button';
import { useAgenda } from './agenda-context';
import { AgendaItemForm } from './agenda-item-form';
import { AgendaItemPanel } from './agenda-item-panel';
import { AgendaItemRow } from './agenda-item-row';
import { AgendaMovePanel } from './agenda-move-panel';
import { childrenOf, depthOf, MAX_DEPTH, siblingsOf, stepWithin } from './agenda-moves';

/**
 * One agenda item: a one-line row that opens it (one item at a time), its actions behind one menu,
 * the move panel and the delete confirmation when asked for, and its sub-items.
 */
export function AgendaItemView({ item, section }: { item: AgendaItem; section: SeriesSection }) {
  const t = useT();
  const stores = useAppStores();
  const b = useAgenda();
  const [addingSub, setAddingSub] = useState(false);
  const [moving, setMoving] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const children = childrenOf(b.items, item.id);
  const siblings = siblingsOf(b.items, item);
  const index = siblings.findIndex((s) => s.id === item.id);
  const id = `agenda-${item.id}`;
  const open = b.openId === item.id;
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

  const toggle = () => b.openItem(open ? null : item.id);
  const showMoves = (show: boolean) => {
    setMoving(show);
    if (show) focusLater(`${id}-move-section`);
  };
  const entries: MenuEntry[] = [
    { key: 'up', label: t('agenda.moveUp'), disabled: index === 0, onSelect: () => void b.move(item, stepWithin(b.items, item, -1), `${id}-menu`) },
    { key: 'down', label: t('agenda.moveDown'), disabled: index === siblings.length - 1, onSelect: () => void b.move(item, stepWithin(b.items, item, 1), `${id}-menu`) },
    { key: 'move', label: t('agenda.menu.move'), onSelect: () => showMoves(true) },
    ...(depthOf(b.items, item) < MAX_DEPTH
      ? [{ key: 'add-sub', label: t('agenda.addSubItem'), onSelect: () => { setAddingSub(true); focusLater(`agenda-sub-${item.id}-subject`); } }]
      : []),
    {
      key: 'attach',
      label: t('agenda.menu.attach'),
      onSelect: () => {
        // The files show in the opened item; the browser's file chooser opens straight away.
        b.openItem(item.id);
        requestAnimationFrame(() => document.getElementById(`${id}-attach`)?.click());
      },
    },
    { key: 'delete', label: t('agenda.menu.delete'), danger: true, onSelect: () => { setConfirming(true); focusLater(`${id}-confirm`); } },
  ];

  const classes = ['agenda-item', open ? 'agenda-item--open' : '', b.dragging === item.id ? 'agenda-item--dragging' : '', over ? `agenda-item--drop-${over}` : ''];
  return (
    <li className={classes.filter(Boolean).join(' ')} id={id} data-testid="agenda-item" data-number={item.number}>
      <AgendaItemRow
        item={item}
        open={open}
        moving={moving}
        onToggle={toggle}
        onHandle={() => showMoves(!moving)}
        menu={b.readOnly ? null : <MenuButton id={`${id}-menu`} label={t('agenda.actionsMenuLabel', { number: item.number })} text={t('agenda.actionsMenu')} entries={entries} />}
      />
      {confirming && !b.readOnly ? (
        <fieldset className="agenda-item__confirm">
          <legend>{t('agenda.confirmDeleteOf', { number: item.number })}</legend>
          <button type="button" className="button button--small button--danger" id={`${id}-confirm`} disabled={busy} onClick={remove}>
            {children.length ? t('agenda.confirmDeleteWithSubs', { count: children.length }) : t('common.confirmDelete')}
          </button>
          <button type="button" className="button button--small" onClick={() => { setConfirming(false); focusLater(`${id}-menu`); }}>
            {t('common.cancel')}
          </button>
        </fieldset>
      ) : null}
      {moving && !b.readOnly ? <AgendaMovePanel item={item} onClose={() => { setMoving(false); focusLater(`${id}-menu`); }} /> : null}
      <FormError message={error} />
      {open ? <AgendaItemPanel item={item} section={section} onClose={() => { b.openItem(null); focusLater(`${id}-toggle`); }} /> : null}
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
              focusLater(saved ? `agenda-${saved.id}-toggle` : `${id}-menu`);
            }}
          />
        </div>
      ) : null}
    </li>
  );
}
