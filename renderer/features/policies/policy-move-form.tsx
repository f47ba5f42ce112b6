import { useState } from 'react';
import { formatBeSlash, parseThaiDateInput } from '../../../shared/thai';
import { errorMessage } from '../../api/client';
import { useLang, useT } from '../../i18n/index';
import { fieldErrorOf } from '../../lib/errors';
import { nextStageOf, type PolicyDetail, type StageTemplate, usePoliciesStore, usePolicies } from '../../state/policies-store';
import { DateInput } from '../../ui/date-input';
import { SelectField, TextArea } from '../../ui/fields';
import { FormError } from '../../ui/form-error';
import { usePending } from '../../ui/use-pending';
import { PolicyItemPicker } from './policy-item-picker';
import { todayIso } from './policy-common';

type Stage = StageTemplate['stages'][number];

/** "ย้ายไปขั้นตอน": the stage, its date, a note and the agenda item that decided it. */
export function PolicyMoveForm({ policy, stages }: { policy: PolicyDetail; stages: Stage[] }) {
  const t = useT();
  const lang = useLang();
  const store = usePoliciesStore();
  const templates = usePolicies((s) => s.templates);
  const [stageId, setStageId] = useState(() => nextStageOf(templates, policy)?.id ?? '');
  const [dateText, setDateText] = useState(() => formatBeSlash(todayIso()));
  const [note, setNote] = useState('');
  const [meetingId, setMeetingId] = useState('');
  const [itemId, setItemId] = useState('');
  const [tried, setTried] = useState(false);
  const { busy, error, run } = usePending();
  const [done, setDone] = useState<string | null>(null);
  const date = parseThaiDateInput(dateText);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setTried(true);
    setDone(null);
    if (!stageId || !date) return;
    await run(async () => {
      const moved = await store.getState().change('policies.moveStage', { policyId: policy.id, stageId, date, note, agendaItemId: itemId || null });
      setDone(t('policy.moved', { stage: moved.currentStage ?? '' }));
      setNote('');
      setStageId(nextStageOf(store.getState().templates, moved)?.id ?? '');
    });
  }

  return (
    <form className="subform" onSubmit={submit} noValidate aria-labelledby="policy-move-title">
      <h3 id="policy-move-title" className="subform__title">
        {t('policy.moveTitle')}
      </h3>
      <div className="row">
        <SelectField
          id="policy-move-stage"
          label={t('policy.toStage')}
          required
          value={stageId}
          onChange={setStageId}
          placeholder={t('policy.chooseStage')}
          error={tried && !stageId ? t('policy.stageRequired') : fieldErrorOf(error, 'stageId')}
          className="field--grow"
          options={stages.map((s) => ({ value: s.id, label: `${s.position}. ${lang === 'en' ? s.nameEn : s.nameTh}` }))}
        />
        <DateInput id="policy-move-date" label={t('policy.stageDate')} required value={dateText} onChange={(text) => setDateText(text)} showErrors={tried} error={fieldErrorOf(error, 'date')} />
      </div>
      <TextArea id="policy-move-note" label={t('policy.note')} value={note} onChange={setNote} error={fieldErrorOf(error, 'note')} />
      <PolicyItemPicker idPrefix="policy-move" meetingId={meetingId} itemId={itemId} onChange={(m, i) => { setMeetingId(m); setItemId(i); }} />
      <FormError message={error && !fieldErrorOf(error, 'stageId', 'date', 'note') ? errorMessage(error) : null} />
      <div className="actions">
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {busy ? t('common.saving') : t('policy.moveSubmit')}
        </button>
        <span className="save-state" role="status">
          {done}
        </span>
      </div>
    </form>
  );
}
