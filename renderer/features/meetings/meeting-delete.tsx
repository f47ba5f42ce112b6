import { useState } from 'react';
import { parseMeetingNumber } from '../../../shared/numbering';
import { errorMessage } from '../../api/client';
import { useT } from '../../i18n/index';
import { focusLater } from '../../lib/errors';
import { meetingNumber } from '../../lib/labels';
import { navigate, paths } from '../../router';
import { useApi, useAppStores } from '../../state/app-context';
import type { MeetingDetail } from '../../state/types';
import { FormError } from '../../ui/form-error';

/**
 * A meeting made by mistake is removed here while it is not yet held and its minutes never went out.
 * The officer types its number to confirm, so the one on screen is the one that goes.
 */
export function MeetingDelete({ meeting }: { meeting: MeetingDetail }) {
  const t = useT();
  const api = useApi();
  const stores = useAppStores();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const number = meetingNumber(meeting);
  if (meeting.status === 'held' || meeting.minutesStatus !== 'draft') return null;
  const parsed = parseMeetingNumber(typed);
  const matches = parsed !== null && parsed.number === meeting.number && parsed.yearBe === meeting.yearBe;

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      await api.call('meetings.delete', { id: meeting.id, confirmNumber: typed });
      void stores.meetings.getState().load();
      navigate(paths.meetings(), { force: true });
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <section className="card meeting-delete" aria-labelledby="meeting-delete-title">
      <h2 id="meeting-delete-title">{t('meetingDelete.title')}</h2>
      <p className="muted">{t('meetingDelete.explain')}</p>
      {open ? (
        <div className="confirm" role="alertdialog" aria-labelledby="meeting-delete-warning">
          <p id="meeting-delete-warning">{t('meetingDelete.warning', { number })}</p>
          <label htmlFor="meeting-delete-number">{t('meetingDelete.typeNumber', { number })}</label>
          <input id="meeting-delete-number" type="text" inputMode="numeric" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} />
          <div className="actions">
            <button type="button" className="button button--danger" disabled={!matches || busy} onClick={() => void remove()}>
              {t('meetingDelete.confirm', { number })}
            </button>
            <button type="button" className="button" onClick={() => { setOpen(false); setTyped(''); focusLater('meeting-delete-open'); }}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" id="meeting-delete-open" className="button button--quiet-danger" onClick={() => { setOpen(true); focusLater('meeting-delete-number'); }}>
          {t('meetingDelete.open', { number })}
        </button>
      )}
      <FormError message={error} />
    </section>
  );
}
