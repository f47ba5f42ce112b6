import { useState } from 'react';
import { errorMessage } from '../api/client';
import { useT } from '../i18n';
import { type ActionStatus, useActions, useActionsStore } from '../state/actions-store';
import { FormError } from './form-error';

const statuses: ActionStatus[] = ['open', 'in_progress', 'done', 'cancelled'];

/** Change the status of the ticked rows at once (at most 1,000, as the core allows). */
export function ActionsBulk() {
  const t = useT();
  const store = useActionsStore();
  const count = useActions((s) => s.selected.length);
  const [status, setStatus] = useState<ActionStatus>('done');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function apply() {
    if (busy || !count) return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const updated = await store.getState().bulkStatus(status);
      setDone(t('tracker.bulkDone', { count: updated, status: t(`actionStatus.${status}`) }));
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
      <select id="tracker-bulk-status" value={status} onChange={(e) => setStatus(e.target.value as ActionStatus)}>
        {statuses.map((s) => (
          <option key={s} value={s}>
            {t(`actionStatus.${s}`)}
          </option>
        ))}
      </select>
      <button type="button" className="button button--small button--primary" disabled={!count || busy} onClick={() => void apply()}>
        {busy ? t('common.saving') : t('tracker.bulkApply')}
      </button>
      <button type="button" className="button button--small" disabled={!count || busy} onClick={() => store.getState().clearSelection()}>
        {t('tracker.clearSelection')}
      </button>
      <span className="save-state" role="status">
        {done}
      </span>
      <FormError message={error} />
    </fieldset>
  );
}
