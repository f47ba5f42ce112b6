import { useEffect, useRef, useState } from 'react';
import { formatBeSlash, parseThaiDateInput } from '../../../shared/thai';
import { errorMessage } from '../../api/client';
import { useLang, useT } from '../../i18n/index';
import { fieldErrorOf } from '../../lib/errors';
import { useApi, useDirectory } from '../../state/app-context';
import { type ActionRow, type ProgressUpdate, useActionsStore } from './actions-store';
import { DateInput } from '../../ui/date-input';
import { TextArea, TextField } from '../../ui/fields';
import { FormError } from '../../ui/form-error';
import { DateText, formatNumber, todayIso } from '../policies';
import { useMay } from '../session';

/** One action's progress reports, newest first, and a form for the next one (date, text, percent, reporter). */
export function ActionsProgressPanel({ row, onClose }: { row: ActionRow; onClose(): void }) {
  const t = useT();
  const lang = useLang();
  const client = useApi();
  const store = useActionsStore();
  const lead = useDirectory((s) => s.organisations.find((o) => o.id === row.leadOrgId));
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A reader reads the reports; only the secretariat and the directive's agency add one.
  const mayReport = useMay('actions.addProgress');
  const [updates, setUpdates] = useState<ProgressUpdate[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [dateText, setDateText] = useState(() => formatBeSlash(todayIso()));
  const [text, setText] = useState('');
  const [percentText, setPercentText] = useState('');
  const [reporter, setReporter] = useState(() => lead?.abbrTh ?? '');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const date = parseThaiDateInput(dateText);
  const percent = percentText.trim() === '' ? null : Number(percentText);
  const percentBad = percent !== null && (!Number.isInteger(percent) || percent < 0 || percent > 100);

  useEffect(() => {
    headingRef.current?.focus();
    let live = true;
    setUpdates(null);
    client.call('actions.progress', { actionId: row.id }).then(
      (u) => live && setUpdates(u),
      (e) => live && setLoadError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [client, row.id]);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setTried(true);
    setDone(false);
    if (busy || !date || !text.trim() || percentBad) return;
    setBusy(true);
    setError(null);
    try {
      setUpdates(await store.getState().addProgress({ actionId: row.id, date, text, percent, reportedBy: reporter }));
      setText('');
      setPercentText('');
      setTried(false);
      setDone(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const sorted = [...(updates ?? [])].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <aside id="tracker-panel" className="card tracker-panel" aria-labelledby="tracker-panel-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="tracker-panel__head">
        <h2 id="tracker-panel-title" ref={headingRef} tabIndex={-1}>
          {t('tracker.progressTitle')}
        </h2>
        <button type="button" className="button button--small" onClick={onClose} aria-label={t('tracker.closePanel')}>
          ✕
        </button>
      </div>
      <p className="tracker-panel__text">{row.text}</p>
      <p className="muted">
        {t('meeting.number', { number: row.meetingNumber })} · {row.itemSubject}
        {lead ? ` · ${lead.abbrTh || lead.nameTh}` : ''}
      </p>
      <p>
        {t('actions.due')}: <DateText iso={row.dueDate} /> {row.overdue ? <span className="badge badge--overdue">{t('actions.overdue')}</span> : null}
      </p>
      <h3>{t('tracker.history')}</h3>
      <FormError title={t('error.load')} message={loadError} />
      {updates === null && !loadError ? <p className="muted">{t('common.loading')}</p> : null}
      {updates && !updates.length ? <p className="muted">{t('tracker.noProgress')}</p> : null}
      <ol className="tracker-panel__updates">
        {sorted.map((u) => (
          <li key={u.id}>
            <p className="tracker-panel__when">
              <DateText iso={u.date} />
              {u.percent !== null ? <strong> · {formatNumber(u.percent, lang)}%</strong> : null}
              {u.reportedBy ? <span className="muted"> · {t('tracker.reportedBy', { name: u.reportedBy })}</span> : null}
              {u.illustrative ? <span className="badge badge--illustrative">{t('policy.illustrative')}</span> : null}
            </p>
            <p>{u.text}</p>
          </li>
        ))}
      </ol>
      {mayReport ? <form className="subform" onSubmit={submit} noValidate aria-labelledby="tracker-add-title">
        <h3 id="tracker-add-title" className="subform__title">
          {t('tracker.addProgress')}
        </h3>
        <DateInput id="tracker-progress-date" label={t('tracker.progressDate')} required value={dateText} onChange={(v) => setDateText(v)} showErrors={tried} />
        <TextArea id="tracker-progress-text" label={t('tracker.progressText')} required value={text} onChange={setText} error={tried && !text.trim() ? t('tracker.textRequired') : fieldErrorOf(error, 'text')} />
        <div className="row">
          <TextField id="tracker-progress-percent" label={t('tracker.percent')} inputMode="numeric" value={percentText} onChange={setPercentText} error={tried && percentBad ? t('tracker.percentInvalid') : fieldErrorOf(error, 'percent')} className="field--narrow" />
          <TextField id="tracker-progress-reporter" label={t('tracker.reporter')} value={reporter} onChange={setReporter} className="field--grow" />
        </div>
        {error && !fieldErrorOf(error, 'text', 'percent') ? <FormError message={errorMessage(error)} /> : null}
        <div className="actions">
          <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
            {busy ? t('common.saving') : t('tracker.saveProgress')}
          </button>
          <span className="save-state" role="status">
            {done ? t('tracker.progressSaved') : ''}
          </span>
        </div>
      </form> : null}
    </aside>
  );
}
