import { useEffect, useState } from 'react';
import type { BulkChange } from '../../../shared/schemas/actions';
import { errorMessage } from '../../api/client';
import { formatDateShort, formatTime, useLang, useT } from '../../i18n/index';
import { focusLater } from '../../lib/errors';
import { localHhmm, localIsoDate } from '../../../shared/local-time';
import { type ActionStatus, useActions, useActionsStore } from './actions-store';
import { useApi } from '../../state/app-context';
import { FormError } from '../../ui/form-error';

const statuses: ActionStatus[] = ['open', 'in_progress', 'done', 'cancelled'];

/**
 * Change the status of the ticked rows at once (at most 1,000, as the core allows). Nothing is chosen
 * for the officer: the new status is picked, the change names its count and asks once, and the last
 * change can be undone (เลิกทำ), here or after coming back to the page.
 */
export function ActionsBulk() {
  const t = useT();
  const lang = useLang();
  const api = useApi();
  const store = useActionsStore();
  const count = useActions((s) => s.selected.length);
  const [status, setStatus] = useState<ActionStatus | ''>('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [last, setLast] = useState<BulkChange | null>(null);

  useEffect(() => {
    let live = true;
    api.call('actions.lastBulkChange', {}).then((c) => live && setLast(c), (e: unknown) => console.warn('[lekha] last bulk change', e));
    return () => {
      live = false;
    };
  }, [api]);

  async function apply() {
    if (busy || !count || !status) return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const { updated, change } = await store.getState().bulkStatus(status);
      setDone(t('tracker.bulkDone', { count: updated, status: t(`actionStatus.${status}`) }));
      setLast(change);
      setStatus('');
      focusLater(change ? 'tracker-bulk-undo' : 'tracker-bulk-status');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  async function undo(change: BulkChange) {
    setBusy(true);
    setError(null);
    try {
      const restored = await store.getState().undoBulk(change.id);
      setDone(t('tracker.bulkUndone', { count: restored }));
      setLast(null);
      focusLater('tracker-bulk-status');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <fieldset className="tracker-bulk">
      <legend className="visually-hidden">{t('tracker.bulk')}</legend>
      <span className="tracker-bulk__count" aria-live="polite">
        {count ? t('tracker.selectedCount', { count }) : t('tracker.noneSelected')}
      </span>
      <label htmlFor="tracker-bulk-status">{t('tracker.bulkTo')}</label>
      <select id="tracker-bulk-status" value={status} onChange={(e) => { setStatus(e.target.value as ActionStatus | ''); setConfirming(false); }}>
        <option value="">{t('tracker.bulkChoose')}</option>
        {statuses.map((s) => (
          <option key={s} value={s}>
            {t(`actionStatus.${s}`)}
          </option>
        ))}
      </select>
      {confirming && status ? null : (
        <button
          type="button"
          id="tracker-bulk-apply"
          className="button button--small button--primary"
          disabled={!count || !status || busy}
          onClick={() => { setConfirming(true); focusLater('tracker-bulk-confirm'); }}
        >
          {t('tracker.bulkApply')}
        </button>
      )}
      <button type="button" className="button button--small" disabled={!count || busy} onClick={() => store.getState().clearSelection()}>
        {t('tracker.clearSelection')}
      </button>
      <span className="save-state" role="status">
        {done}
      </span>
      {last && !last.undone ? (
        <span className="tracker-bulk__undo">
          {t('tracker.bulkLast', { count: last.count, status: t(`actionStatus.${last.status}`), when: `${formatDateShort(lang, localIsoDate(last.at))} ${formatTime(lang, localHhmm(last.at))}`, actor: last.actor })}
          <button type="button" id="tracker-bulk-undo" className="button button--small" disabled={busy} onClick={() => void undo(last)}>
            {t('tracker.bulkUndo')}
          </button>
        </span>
      ) : null}
      {/* The question on a line of its own under the controls (E21: squeezed beside them, its last word was covered). */}
      {confirming && status ? (
        <span className="confirm confirm--inline" role="alertdialog" aria-labelledby="tracker-bulk-confirm-text">
          <span id="tracker-bulk-confirm-text">{t('tracker.bulkConfirm', { count, status: t(`actionStatus.${status}`) })}</span>
          <button type="button" id="tracker-bulk-confirm" className="button button--small button--primary" disabled={busy} onClick={() => void apply()}>
            {busy ? t('common.saving') : t('tracker.bulkConfirmYes')}
          </button>
          <button type="button" className="button button--small" disabled={busy} onClick={() => { setConfirming(false); focusLater('tracker-bulk-apply'); }}>
            {t('common.cancel')}
          </button>
        </span>
      ) : null}
      <FormError message={error} />
    </fieldset>
  );
}
