import { useState } from 'react';
import { formatBeSlash, parseThaiDateInput } from '../../../shared/thai';
import { errorMessage } from '../../api/client';
import { useLang, useT } from '../../i18n/index';
import { fieldErrorOf } from '../../lib/errors';
import { organisationLabel } from '../../lib/labels';
import { pickable } from '../../lib/pickable';
import { navigate, paths } from '../../router';
import { useDirectory } from '../../state/app-context';
import { stagesOf, usePolicies, usePoliciesStore } from '../../state/policies-store';
import { DateInput } from '../../ui/date-input';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { FormError } from '../../ui/form-error';
import { usePending } from '../../ui/use-pending';
import { todayIso } from './policy-common';

export const policyKinds = ['bill', 'emergency_decree', 'programme', 'project'] as const;
type Kind = (typeof policyKinds)[number];

/** A new policy from a stage template: where it stands now, from when. */
export function PolicyCreateForm({ onCancel }: { onCancel(): void }) {
  const t = useT();
  const lang = useLang();
  const store = usePoliciesStore();
  const templates = usePolicies((s) => s.templates);
  const organisations = useDirectory((s) => s.organisations);
  const [kind, setKind] = useState<Kind>('bill');
  const [templateId, setTemplateId] = useState('');
  const [stageId, setStageId] = useState('');
  const [titleTh, setTitle] = useState('');
  const [shortTitle, setShortTitle] = useState('');
  const [ownerOrgId, setOwner] = useState('');
  const [dateText, setDateText] = useState(() => formatBeSlash(todayIso()));
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const { busy, error, run } = usePending();
  const forKind = templates.filter((x) => x.kind === kind);
  // The kind's first template unless another was chosen (bills and decrees each ship one).
  const template = forKind.find((x) => x.id === templateId) ?? forKind[0];
  const stages = stagesOf(templates, template?.id ?? null);
  const date = parseThaiDateInput(dateText);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setTried(true);
    if (!titleTh.trim() || !date) return;
    await run(async () => {
      const policy = await store.getState().create({
        kind, titleTh, shortTitle, ownerOrgId: ownerOrgId || null, stageDate: date, stageNote: note,
        ...(template ? { templateId: template.id } : {}), ...(stageId ? { stageId } : {}),
      });
      navigate(paths.policy(policy.id), { force: true });
    }, { keepBusy: true });
  }

  const titleError = tried && !titleTh.trim() ? t('policies.titleRequired') : fieldErrorOf(error, 'titleTh');
  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="policy-new-title">
      <h2 id="policy-new-title">{t('policies.new')}</h2>
      <div className="row">
        <SelectField
          id="policy-new-kind"
          label={t('policies.kind')}
          value={kind}
          onChange={(v) => { setKind(v as Kind); setTemplateId(''); setStageId(''); }}
          options={policyKinds.map((k) => ({ value: k, label: t(`policyKind.${k}`) }))}
        />
        <SelectField
          id="policy-new-template"
          label={t('policies.template')}
          value={template?.id ?? ''}
          onChange={(v) => { setTemplateId(v); setStageId(''); }}
          options={forKind.map((x) => ({ value: x.id, label: lang === 'en' ? x.nameEn : x.nameTh }))}
          hint={forKind.length ? undefined : t('policies.noTemplate')}
        />
        <SelectField
          id="policy-new-stage"
          label={t('policies.startStage')}
          value={stageId || stages[0]?.id || ''}
          onChange={setStageId}
          className="field--grow"
          options={stages.map((s) => ({ value: s.id, label: `${s.position}. ${lang === 'en' ? s.nameEn : s.nameTh}` }))}
        />
      </div>
      <TextField id="policy-new-titleTh" label={t('policies.titleTh')} hint={t('policies.titleHint')} required value={titleTh} onChange={setTitle} error={titleError} className="field--wide" />
      <div className="row">
        <TextField id="policy-new-short" label={t('policies.shortTitle')} value={shortTitle} onChange={setShortTitle} error={fieldErrorOf(error, 'shortTitle')} className="field--grow" />
        <SelectField
          id="policy-new-owner"
          label={t('policies.owner')}
          value={ownerOrgId}
          onChange={setOwner}
          placeholder={t('common.notSet')}
          className="field--grow"
          options={pickable(organisations, ownerOrgId).map((o) => ({ value: o.id, label: organisationLabel(o) }))}
        />
        <DateInput id="policy-new-date" label={t('policies.startDate')} required value={dateText} onChange={(text) => setDateText(text)} showErrors={tried} />
      </div>
      <TextArea id="policy-new-note" label={t('policy.note')} value={note} onChange={setNote} />
      {error && !fieldErrorOf(error, 'titleTh', 'shortTitle') ? <FormError message={errorMessage(error)} /> : null}
      <div className="actions">
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {busy ? t('common.saving') : t('policies.create')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
