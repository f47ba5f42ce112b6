import { useState } from 'react';
import { formatBeSlash, parseThaiDateInput } from '../../../shared/thai';
import { errorMessage } from '../../api/client';
import { useT } from '../../i18n/index';
import { fieldErrorOf, focusLater } from '../../lib/errors';
import { type PolicyDetail, usePoliciesStore } from '../../state/policies-store';
import { DateInput } from '../../ui/date-input';
import { SelectField, TextField } from '../../ui/fields';
import { FormError } from '../../ui/form-error';
import { usePending } from '../../ui/use-pending';
import { useVersionGuard } from '../../ui/use-version-guard';
import { useAppStores } from '../../state/app-context';
import { RowActions } from './policy-row-actions';
import { DateText } from './policy-common';
import { useMay } from '../session';

const milestoneStatuses = ['planned', 'in_progress', 'done', 'missed'] as const;
type Milestone = PolicyDetail['milestones'][number];

/** Milestones with their dates (the census: online answers 1–20 April 2568, field work to 19 June). */
export function PolicyMilestones({ policy }: { policy: PolicyDetail }) {
  const t = useT();
  const store = usePoliciesStore();
  const mayAdd = useMay('policies.addMilestone');
  const [title, setTitle] = useState('');
  const [startText, setStartText] = useState('');
  const [endText, setEndText] = useState('');
  const [status, setStatus] = useState<(typeof milestoneStatuses)[number]>('planned');
  const [tried, setTried] = useState(false);
  const { busy, error, run } = usePending();
  const start = parseThaiDateInput(startText);
  const end = parseThaiDateInput(endText);

  async function add(e: React.FormEvent) {
    e.preventDefault();
    setTried(true);
    if ((startText.trim() && !start) || (endText.trim() && !end)) return;
    await run(async () => {
      await store.getState().change('policies.addMilestone', { policyId: policy.id, title, startDate: start, endDate: end, status });
      setTitle('');
      setStartText('');
      setEndText('');
      setStatus('planned');
      setTried(false);
    });
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
              <th scope="col">
                <span className="visually-hidden">{t('policy.col.manage')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((m) => (
              <MilestoneRow key={m.id} milestone={m} />
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('policy.noMilestones')}</p>
      )}
      {mayAdd ? (
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
      ) : null}
    </>
  );
}

/** One milestone: shown, or edited in place; removed only after a second, confirming press. */
function MilestoneRow({ milestone: m }: { milestone: Milestone }) {
  const t = useT();
  // Edit and remove both need the secretariat's role: a reader's row is shown without them.
  const mayEdit = useMay('policies.updateMilestone');
  const mayRemove = useMay('policies.removeMilestone');
  const mayChange = mayEdit && mayRemove;
  const store = usePoliciesStore();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [title, setTitle] = useState(m.title);
  const [startText, setStartText] = useState(m.startDate ? formatBeSlash(m.startDate) : '');
  const [endText, setEndText] = useState(m.endDate ? formatBeSlash(m.endDate) : '');
  const [status, setStatus] = useState<(typeof milestoneStatuses)[number]>(m.status);
  const [tried, setTried] = useState(false);
  const { busy, error, setError, run } = usePending();
  const prefix = `milestone-${m.id}`;
  const start = parseThaiDateInput(startText);
  const end = parseThaiDateInput(endText);
  // The version sent is the one the edit opened on: it follows the milestone only while nobody edits it.
  const guard = useVersionGuard({
    client: useAppStores().client, entity: 'policy_milestones', record: m, error, clearError: () => setError(null), follow: !editing,
    reload: async () => {
      const policyId = store.getState().detail?.id;
      if (policyId) await store.getState().loadDetail(policyId);
      return store.getState().detail?.milestones.find((x) => x.id === m.id);
    },
    take: (fresh) => {
      setTitle(fresh.title);
      setStartText(fresh.startDate ? formatBeSlash(fresh.startDate) : '');
      setEndText(fresh.endDate ? formatBeSlash(fresh.endDate) : '');
      setStatus(fresh.status);
      return title !== fresh.title ? [{ label: t('policy.milestone'), text: title }] : [];
    },
  });

  function edit() {
    setTitle(m.title);
    setStartText(m.startDate ? formatBeSlash(m.startDate) : '');
    setEndText(m.endDate ? formatBeSlash(m.endDate) : '');
    setStatus(m.status);
    setTried(false);
    setError(null);
    setConfirming(false);
    setEditing(true);
    focusLater(`${prefix}-title`);
  }

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setTried(true);
    if ((startText.trim() && !start) || (endText.trim() && !end)) return;
    await run(async () => {
      await store.getState().change('policies.updateMilestone', { id: m.id, version: guard.version, title, startDate: start, endDate: end, status });
      setEditing(false);
      focusLater(`${prefix}-edit`);
    });
  }

  async function remove() {
    await run(async () => {
      await store.getState().change('policies.removeMilestone', { id: m.id, version: m.version });
    }, { keepBusy: true });
  }

  return (
    <>
      <tr>
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
        <td>
          {mayChange ? (
            <RowActions
              prefix={prefix}
              confirming={confirming}
              busy={busy}
              confirmText={t('policy.confirmRemoveMilestone')}
              removeLabel={t('policy.removeMilestoneLabel', { title: m.title })}
              onConfirm={() => void remove()}
              onConfirmingChange={(on) => { if (on) { setEditing(false); setError(null); } setConfirming(on); }}
              edit={{ expanded: editing, label: t('policy.editMilestoneLabel', { title: m.title }), onToggle: () => (editing ? setEditing(false) : edit()) }}
            />
          ) : null}
          {!editing && error ? <FormError message={errorMessage(error)} /> : null}
        </td>
      </tr>
      {editing ? (
        <tr className="table__edit-row">
          <td colSpan={5}>
            <form className="subform" onSubmit={save} noValidate aria-label={t('policy.editMilestoneTitle', { title: m.title })}>
              <div className="row">
                <TextField id={`${prefix}-title`} label={t('policy.milestone')} required value={title} onChange={setTitle} error={fieldErrorOf(error, 'title')} className="field--grow" />
                <DateInput id={`${prefix}-start`} label={t('policy.milestoneStart')} value={startText} onChange={(text) => setStartText(text)} showErrors={tried} error={fieldErrorOf(error, 'startDate')} />
                <DateInput id={`${prefix}-end`} label={t('policy.milestoneEnd')} value={endText} onChange={(text) => setEndText(text)} showErrors={tried} error={fieldErrorOf(error, 'endDate')} />
                <SelectField
                  id={`${prefix}-status`}
                  label={t('policy.milestoneStatus')}
                  value={status}
                  onChange={(v) => setStatus(v as typeof status)}
                  options={milestoneStatuses.map((st) => ({ value: st, label: t(`policy.milestoneStatus.${st}`) }))}
                />
              </div>
              {error && !fieldErrorOf(error, 'title', 'startDate', 'endDate') ? <FormError message={errorMessage(error)} /> : null}
              {guard.notice}
              <div className="actions">
                <button type="submit" className="button button--primary button--small" aria-disabled={busy || undefined}>
                  {t('policy.saveMilestone')}
                </button>
                <button type="button" className="button button--small" onClick={() => { setEditing(false); setError(null); focusLater(`${prefix}-edit`); }}>
                  {t('common.cancel')}
                </button>
              </div>
            </form>
          </td>
        </tr>
      ) : null}
    </>
  );
}
