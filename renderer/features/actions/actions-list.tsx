import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useLang, useT } from '../../i18n/index';
import { useDirectory } from '../../state/app-context';
import { type ActionRow, PAGE_SIZE, useActions, useActionsStore } from './actions-store';
import { DateText, formatNumber } from '../policies';

/** Rows are one height (long text is clamped; the side panel shows it whole), so 100,000 scroll evenly. */
export const ROW_HEIGHT = 84;

/**
 * Actions across meetings as a virtualised table: only the rows in view are drawn, and pages of
 * rows are read from the core as the officer scrolls to them.
 */
export function ActionsList({ openId, onOpen, selectable = true }: { openId: string | null; onOpen(row: ActionRow): void; selectable?: boolean }) {
  const t = useT();
  const lang = useLang();
  const store = useActionsStore();
  const total = useActions((s) => s.total) ?? 0;
  const pages = useActions((s) => s.pages);
  const selected = useActions((s) => s.selected);
  const organisations = useDirectory((s) => s.organisations);
  const scrollRef = useRef<HTMLDivElement>(null);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 1000, height: 600 },
  });
  const items = virtualizer.getVirtualItems();
  const first = items.at(0)?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;

  // Read the pages the rows in view fall on (the store skips those already here or on the way).
  useEffect(() => {
    if (!total) return;
    for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page++) void store.getState().ensurePage(page);
  }, [first, last, total, store]);

  const org = (id: string | null) => organisations.find((o) => o.id === id);
  const loaded = Object.values(pages).flat();
  const allLoadedSelected = loaded.length > 0 && loaded.slice(0, 1000).every((r) => selected.includes(r.id));

  return (
    <div ref={scrollRef} className="tracker__scroll" data-testid="tracker-scroll" style={{ height: `min(70vh, ${total * ROW_HEIGHT + 48}px)` }}>
      <table className={selectable ? 'tracker' : 'tracker tracker--readonly'} aria-label={t('tracker.listLabel')} aria-rowcount={total + 1}>
        <thead className="tracker__head">
          <tr className="tracker__row tracker__row--head" aria-rowindex={1}>
            {selectable ? <th scope="col" className="tracker__cell tracker__cell--check">
              <input
                type="checkbox"
                aria-label={t('tracker.selectLoaded')}
                title={t('tracker.selectLoaded')}
                checked={allLoadedSelected}
                disabled={!loaded.length}
                onChange={(e) => {
                  if (e.target.checked) for (const r of loaded.slice(0, 1000)) store.getState().toggle(r.id, true);
                  else store.getState().clearSelection();
                }}
              />
            </th> : null}
            <th scope="col" className="tracker__cell tracker__cell--text">{t('tracker.col.action')}</th>
            <th scope="col" className="tracker__cell">{t('actions.lead')}</th>
            <th scope="col" className="tracker__cell">{t('actions.due')}</th>
            <th scope="col" className="tracker__cell">{t('actions.status')}</th>
            <th scope="col" className="tracker__cell tracker__cell--progress">{t('tracker.col.progress')}</th>
          </tr>
        </thead>
        <tbody className="tracker__body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((v) => {
            const row = store.getState().rowAt(v.index);
            const style = { height: ROW_HEIGHT, transform: `translateY(${v.start}px)` };
            if (!row) {
              return (
                <tr key={v.key} className="tracker__row tracker__row--pending" aria-rowindex={v.index + 2} style={style}>
                  <td className="tracker__cell muted" colSpan={selectable ? 6 : 5}>
                    {t('common.loading')}
                  </td>
                </tr>
              );
            }
            const lead = org(row.leadOrgId);
            const isSelected = selected.includes(row.id);
            const classes = ['tracker__row', row.overdue ? 'tracker__row--overdue' : '', isSelected ? 'tracker__row--selected' : '', openId === row.id ? 'tracker__row--open' : ''];
            return (
              <tr key={v.key} className={classes.filter(Boolean).join(' ')} aria-rowindex={v.index + 2} style={style} data-testid="tracker-row">
                {selectable ? <td className="tracker__cell tracker__cell--check">
                  <input type="checkbox" checked={isSelected} onChange={(e) => store.getState().toggle(row.id, e.target.checked)} aria-label={t('tracker.selectRow', { text: row.text.slice(0, 60) })} />
                </td> : null}
                <td className="tracker__cell tracker__cell--text">
                  <span className="tracker__text" title={row.text}>
                    <span className={`badge badge--action-${row.kind}`}>{t(`actionKind.${row.kind}`)}</span> {row.text}
                  </span>
                  <span className="tracker__ref muted">
                    {t('policy.itemRef', { meeting: row.meetingNumber, item: row.itemNumber })} · {row.itemSubject}
                  </span>
                </td>
                <td className="tracker__cell" title={lead?.nameTh}>
                  {lead ? lead.abbrTh || lead.nameTh : <span className="muted">—</span>}
                </td>
                <td className="tracker__cell">
                  <DateText iso={row.dueDate} />
                  {row.overdue ? <span className="badge badge--overdue">{t('actions.overdue')}</span> : null}
                </td>
                <td className="tracker__cell">
                  <span className={`badge badge--action-status-${row.status}`}>{t(`actionStatus.${row.status}`)}</span>
                </td>
                <td className="tracker__cell tracker__cell--progress">
                  {row.lastProgress?.percent != null ? <span className="tracker__percent">{formatNumber(row.lastProgress.percent, lang)}%</span> : null}
                  <button type="button" className="button button--small" aria-expanded={openId === row.id} aria-controls="tracker-panel" onClick={() => onOpen(row)} aria-label={t('tracker.progressOf', { text: row.text.slice(0, 60) })}>
                    {t('tracker.progress')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
