import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { useT } from '../../i18n/index';
import { fieldErrorOf, focusLater } from '../../lib/errors';
import { organisationLabel } from '../../lib/labels';
import { pickable } from '../../lib/pickable';
import { useDirectory } from '../../state/app-context';
import { type PolicyDetail, usePoliciesStore } from '../../state/policies-store';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { FormError } from '../../ui/form-error';
import { usePending } from '../../ui/use-pending';
import { useVersionGuard } from '../../ui/use-version-guard';
import { useAppStores } from '../../state/app-context';
import { RowActions } from './policy-row-actions';
import { useMay } from '../session';

type Question = PolicyDetail['questions'][number];
type Position = Question['positions'][number];
const positionStatuses = ['unknown', 'supports', 'opposes', 'conditional', 'undecided'] as const;

/** Open questions (who must pay victims of online fraud?) with each stakeholder's position. */
export function PolicyQuestions({ policy }: { policy: PolicyDetail }) {
  const t = useT();
  const store = usePoliciesStore();
  const [text, setText] = useState('');
  const { busy, error, run } = usePending();

  async function add(e: React.FormEvent) {
    e.preventDefault();
    await run(async () => {
      await store.getState().change('policies.addQuestion', { policyId: policy.id, question: text });
      setText('');
    });
  }

  const mayAdd = useMay('policies.addQuestion');
  const open = policy.questions.filter((q) => q.status === 'open');
  const resolved = policy.questions.filter((q) => q.status === 'resolved');
  return (
    <>
      {policy.questions.length === 0 ? <p className="muted">{t('policy.noQuestions')}</p> : null}
      {[...open, ...resolved].map((q) => (
        <QuestionView key={q.id} question={q} />
      ))}
      {mayAdd ? (
        <form className="subform" onSubmit={add} noValidate aria-label={t('policy.addQuestion')}>
          <TextField id="policy-question-new" label={t('policy.newQuestion')} value={text} onChange={setText} error={fieldErrorOf(error, 'question')} className="field--wide" />
          {error && !fieldErrorOf(error, 'question') ? <FormError message={errorMessage(error)} /> : null}
          <button type="submit" className="button" aria-disabled={busy || undefined}>
            + {t('policy.addQuestion')}
          </button>
        </form>
      ) : null}
    </>
  );
}

function QuestionView({ question: q }: { question: Question }) {
  const t = useT();
  const store = usePoliciesStore();
  const organisations = useDirectory((s) => s.organisations);
  // A reader sees the positions and the resolution, not the controls the core would refuse (useMay).
  const mayAdd = useMay('policies.addPosition');
  const mayResolve = useMay('policies.updateQuestion');
  const [adding, setAdding] = useState(false);
  const [resolving, setResolving] = useState(false);
  const [stakeholder, setStakeholder] = useState('');
  const [orgId, setOrgId] = useState('');
  const [status, setStatus] = useState<(typeof positionStatuses)[number]>('unknown');
  const [position, setPosition] = useState('');
  const [resolution, setResolution] = useState(q.resolution);
  const prefix = `question-${q.id}`;

  const pending = usePending();
  const { busy, error } = pending;
  const run = (fn: () => Promise<unknown>, after: () => void) => pending.run(async () => {
    await fn();
    after();
  });

  const addPosition = (e: React.FormEvent) => {
    e.preventDefault();
    void run(
      () => store.getState().change('policies.addPosition', { questionId: q.id, stakeholder, organisationId: orgId || null, position, status }),
      () => { setStakeholder(''); setOrgId(''); setPosition(''); setStatus('unknown'); setAdding(false); },
    );
  };
  const setQuestionStatus = (next: 'open' | 'resolved') =>
    run(() => store.getState().change('policies.updateQuestion', { id: q.id, status: next, ...(next === 'resolved' ? { resolution } : {}) }), () => setResolving(false));

  return (
    <article className={`policy-question policy-question--${q.status}`} aria-labelledby={`${prefix}-title`}>
      <header className="policy-question__head">
        <h4 id={`${prefix}-title`}>{q.question}</h4>
        <span className={`badge badge--question-${q.status}`}>{t(`policy.question.${q.status}`)}</span>
      </header>
      {q.status === 'resolved' && q.resolution ? (
        <p>
          <strong>{t('policy.resolution')}:</strong> {q.resolution}
        </p>
      ) : null}
      {q.positions.length ? (
        <table className="table">
          <caption className="visually-hidden">{t('policy.positionsOf', { question: q.question })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('policy.stakeholder')}</th>
              <th scope="col">{t('policy.positionStatus')}</th>
              <th scope="col">{t('policy.position')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('policy.col.manage')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {q.positions.map((p) => (
              <PositionRow key={p.id} position={p} />
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('policy.noPositions')}</p>
      )}
      <div className="actions">
        {mayAdd ? (
          <button type="button" className="button button--small" aria-expanded={adding} onClick={() => setAdding(!adding)}>
            + {t('policy.addPosition')}
          </button>
        ) : null}
        {!mayResolve ? null : q.status === 'open' ? (
          <button type="button" className="button button--small" aria-expanded={resolving} onClick={() => setResolving(!resolving)}>
            {t('policy.resolve')}
          </button>
        ) : (
          <button type="button" className="button button--small" onClick={() => void setQuestionStatus('open')}>
            {t('policy.reopen')}
          </button>
        )}
      </div>
      {resolving ? (
        <form className="subform" noValidate onSubmit={(e) => { e.preventDefault(); void setQuestionStatus('resolved'); }} aria-label={t('policy.resolve')}>
          <TextArea id={`${prefix}-resolution`} label={t('policy.resolution')} value={resolution} onChange={setResolution} />
          <button type="submit" className="button button--primary button--small" aria-disabled={busy || undefined}>
            {t('policy.resolveSubmit')}
          </button>
        </form>
      ) : null}
      {adding ? (
        <form className="subform" onSubmit={addPosition} noValidate aria-label={t('policy.addPosition')}>
          <div className="row">
            <TextField id={`${prefix}-stakeholder`} label={t('policy.stakeholder')} required value={stakeholder} onChange={setStakeholder} error={fieldErrorOf(error, 'stakeholder')} />
            <SelectField
              id={`${prefix}-org`}
              label={t('policy.stakeholderOrg')}
              value={orgId}
              onChange={setOrgId}
              placeholder={t('common.notSet')}
              options={pickable(organisations, orgId).map((o) => ({ value: o.id, label: organisationLabel(o) }))}
            />
            <SelectField
              id={`${prefix}-status`}
              label={t('policy.positionStatus')}
              value={status}
              onChange={(v) => setStatus(v as typeof status)}
              options={positionStatuses.map((s) => ({ value: s, label: t(`policy.positionStatus.${s}`) }))}
            />
          </div>
          <TextArea id={`${prefix}-position`} label={t('policy.position')} value={position} onChange={setPosition} />
          <button type="submit" className="button button--primary button--small" aria-disabled={busy || undefined}>
            {t('policy.savePosition')}
          </button>
        </form>
      ) : null}
      {error && !fieldErrorOf(error, 'stakeholder') ? <FormError message={errorMessage(error)} /> : null}
    </article>
  );
}

/** One stakeholder's position: edited in place (its words and status); removed after a confirming press. */
function PositionRow({ position: p }: { position: Position }) {
  const t = useT();
  // Edit and remove both need the secretariat's role: a reader's row is shown without them.
  const mayEdit = useMay('policies.updatePosition');
  const mayRemove = useMay('policies.removePosition');
  const mayChange = mayEdit && mayRemove;
  const store = usePoliciesStore();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [position, setPosition] = useState(p.position);
  const [status, setStatus] = useState<(typeof positionStatuses)[number]>(p.status);
  const { busy, error, setError, run } = usePending();
  const prefix = `position-${p.id}`;

  // The version sent is the one the edit opened on: it follows the position only while nobody edits it.
  const guard = useVersionGuard({
    client: useAppStores().client, entity: 'policy_positions', record: p, error, clearError: () => setError(null), follow: !editing,
    reload: async () => {
      const policyId = store.getState().detail?.id;
      if (policyId) await store.getState().loadDetail(policyId);
      return store.getState().detail?.questions.flatMap((q) => q.positions).find((x) => x.id === p.id);
    },
    take: (fresh) => {
      setPosition(fresh.position);
      setStatus(fresh.status);
      return position !== fresh.position ? [{ label: t('policy.position'), text: position }] : [];
    },
  });

  function edit() {
    setPosition(p.position);
    setStatus(p.status);
    setError(null);
    setConfirming(false);
    setEditing(true);
    focusLater(`${prefix}-status`);
  }

  async function save(e: React.FormEvent) {
    e.preventDefault();
    await run(async () => {
      await store.getState().change('policies.updatePosition', { id: p.id, version: guard.version, position, status });
      setEditing(false);
      focusLater(`${prefix}-edit`);
    });
  }

  async function remove() {
    await run(async () => {
      await store.getState().change('policies.removePosition', { id: p.id, version: p.version });
    }, { keepBusy: true });
  }

  return (
    <>
      <tr>
        <td>{p.stakeholder}</td>
        <td>
          <span className={`badge badge--position-${p.status}`}>{t(`policy.positionStatus.${p.status}`)}</span>
        </td>
        <td>{p.position || <span className="muted">—</span>}</td>
        <td>
          {mayChange ? (
            <RowActions
              prefix={prefix}
              confirming={confirming}
              busy={busy}
              confirmText={t('policy.confirmRemovePosition')}
              removeLabel={t('policy.removePositionLabel', { name: p.stakeholder })}
              onConfirm={() => void remove()}
              onConfirmingChange={(on) => { if (on) { setEditing(false); setError(null); } setConfirming(on); }}
              edit={{ expanded: editing, label: t('policy.editPositionLabel', { name: p.stakeholder }), onToggle: () => (editing ? setEditing(false) : edit()) }}
            />
          ) : null}
          {!editing && error ? <FormError message={errorMessage(error)} /> : null}
        </td>
      </tr>
      {editing ? (
        <tr className="table__edit-row">
          <td colSpan={4}>
            <form className="subform" onSubmit={save} noValidate aria-label={t('policy.editPositionTitle', { name: p.stakeholder })}>
              <SelectField
                id={`${prefix}-status`}
                label={t('policy.positionStatus')}
                value={status}
                onChange={(v) => setStatus(v as typeof status)}
                options={positionStatuses.map((s) => ({ value: s, label: t(`policy.positionStatus.${s}`) }))}
              />
              <TextArea id={`${prefix}-position`} label={t('policy.position')} value={position} onChange={setPosition} error={fieldErrorOf(error, 'position')} />
              {error && !fieldErrorOf(error, 'position') ? <FormError message={errorMessage(error)} /> : null}
              {guard.notice}
              <div className="actions">
                <button type="submit" className="button button--primary button--small" aria-disabled={busy || undefined}>
                  {t('policy.savePosition')}
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
