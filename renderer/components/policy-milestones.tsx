import { useState } from 'react';
import { parseThaiDateInput } from '../../shared/thai';
import { errorMessage } from '../api/client';
import { useT } from '../i18n';
import { fieldErrorOf } from '../lib/errors';
import { type PolicyDetail, usePoliciesStore } from '../state/policies-store';
import { DateInput } from './date-input';
import { SelectField, TextField } from './fields';
import { FormError } from './form-error';
import { DateText } from './policy-common';

const milestoneStatuses = ['planned', 'in_progress', 'done', 'missed'] as const;

/** Milestones with their dates (the census: online answers 1–20 April 2568, field work to 19 June). */
export function PolicyMilestones({ policy }: { policy: PolicyDetail }) {
  const t = useT();
  const store = usePoliciesStore();
  const [title, setTitle] = useState('');
  const [startText, setStartText] = useState('');
  const [endText, setEndText] = useState('');
  const [status, setStatus] = useState<(typeof milestoneStatuses)[number]>('planned');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const start = parseThaiDateInput(startText);
  const end = parseThaiDateInput(endText);

  async function add(e: React.FormEvent) {
    e.preventDefault();
    setTried(true);
    if (busy || (startText.trim() && !start) || (endText.trim() && !end)) return;
    setBusy(true);
    setError(null);
    try {
      await store.getState().change('policies.addMilestone', { policyId: policy.id, title, startDate: start, endDate: end, status });
      setTitle('');
      setStartText('');
      setEndText('');
      setStatus('planned');
      setTried(false);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const sorted = [...policy.milestones].sort((a, b) => (a.startDate ?? a.endDate ?? '').localeCompare(b.startDate ?? b.endDate ?? ''));
  return (
    <>
      {sorted.length ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('policy.milestone')}</th>
              <th scope="col">{t('policy.milestoneStart')}</th>
              <th scope="col">{t('policy.milestoneEnd')}</th>
              <th scope="col">{t('policy.milestoneStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((m) => (
              <tr key={m.id}>
                <td>{m.title}</td>
                <td>
                  <DateText iso={m.startDate} />
                </td>
                <td>
                  <DateText iso={m.endDate} />
                </td>
                <td>
                  <span className={`badge badge--milestone-${m.status}`}>{t(`policy.milestoneStatus.${m.status}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('policy.noMilestones')}</p>
      )}
      <form className="subform" onSubmit={add} noValidate aria-label={t('policy.addMilestone')}>
        <div className="row">
          <TextField id="milestone-title" label={t('policy.milestone')} required value={title} onChange={setTitle} error={fieldErrorOf(error, 'title')} className="field--grow" />
          <DateInput id="milestone-start" label={t('policy.milestoneStart')} value={startText} onChange={(text) => setStartText(text)} showErrors={tried} error={fieldErrorOf(error, 'startDate')} />
          <DateInput id="milestone-end" label={t('policy.milestoneEnd')} value={endText} onChange={(text) => setEndText(text)} showErrors={tried} error={fieldErrorOf(error, 'endDate')} />
          <SelectField
            id="milestone-status"
            label={t('policy.milestoneStatus')}
            value={status}
            onChange={(v) => setStatus(v as typeof status)}
            options={milestoneStatuses.map((s) => ({ value: s, label: t(`policy.milestoneStatus.${s}`) }))}
          />
        </div>
        {error && !fieldErrorOf(error, 'title', 'startDate', 'endDate') ? <FormError message={errorMessage(error)} /> : null}
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          + {t('policy.addMilestone')}
        </button>
      </form>
    </>
  );
}
