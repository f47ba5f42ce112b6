import { useRef, useState } from 'react';
import { errorMessage, isApiError } from '../../api/client';
import { useT } from '../../i18n/index';
import { fieldErrorOf, focusLater } from '../../lib/errors';
import { useDirtyFlag } from '../../state/dirty';
import { type StageTemplate, stagesOf, usePoliciesStore } from '../../state/policies-store';
import { SelectField, TextField } from '../../ui/fields';
import { FormError } from '../../ui/form-error';
import { usePending } from '../../ui/use-pending';
import { policyKinds } from './policy-create-form';

type Kind = (typeof policyKinds)[number];
const terminals = ['in_force', 'lapsed', 'withdrawn'] as const;
type Terminal = (typeof terminals)[number];

/** A stage as it is being edited: `id` when it already exists (its history refers to it), `key` for the screen. */
interface DraftStage {
  key: string;
  id?: string;
  nameTh: string;
  nameEn: string;
  terminal: Terminal | null;
}

let nextKey = 0;
const newKey = () => `new-${++nextKey}`;

function draftOf(template: StageTemplate | null): DraftStage[] {
  if (!template) return [{ key: newKey(), nameTh: '', nameEn: '', terminal: null }];
  return stagesOf([template], template.id).map((s) => ({ key: s.id, id: s.id, nameTh: s.nameTh, nameEn: s.nameEn, terminal: s.terminal }));
}

/**
 * Edit a stage template (or make a new one): names, the stages in order, which stages end a policy.
 * Nothing reaches the core until saved; the whole ordered list is sent, existing stages with their ids.
 */
export function PolicyTemplateEditor({ template, onDone }: { template: StageTemplate | null; onDone(message: string): void }) {
  const t = useT();
  const store = usePoliciesStore();
  const initial = useRef({ nameTh: template?.nameTh ?? '', nameEn: template?.nameEn ?? '', stages: draftOf(template) });
  const [kind, setKind] = useState<Kind>(template?.kind ?? 'bill');
  const [nameTh, setNameTh] = useState(initial.current.nameTh);
  const [nameEn, setNameEn] = useState(initial.current.nameEn);
  const [stages, setStages] = useState<DraftStage[]>(initial.current.stages);
  const [tried, setTried] = useState(false);
  const { busy, error, run } = usePending();
  const [announce, setAnnounce] = useState('');
  const prefix = template ? `template-${template.id}` : 'template-new';
  const dirty =
    nameTh !== initial.current.nameTh || nameEn !== initial.current.nameEn || JSON.stringify(stages) !== JSON.stringify(initial.current.stages);
  useDirtyFlag(`${prefix}-editor`, dirty);

  const stageLabel = (s: DraftStage, i: number) => s.nameTh.trim() || t('templates.unnamed', { n: i + 1 });
  const patch = (key: string, change: Partial<DraftStage>) => setStages((list) => list.map((s) => (s.key === key ? { ...s, ...change } : s)));

  function move(index: number, by: -1 | 1, button: 'up' | 'down') {
    const to = index + by;
    if (to < 0 || to >= stages.length) return;
    const list = [...stages];
    const [stage] = list.splice(index, 1);
    list.splice(to, 0, stage);
    setStages(list);
    setAnnounce(t('templates.moved', { name: stageLabel(stage, to), n: to + 1 }));
    // Keep the keyboard where it was; at the ends the other button is the one still there.
    const edge = (button === 'up' && to === 0) || (button === 'down' && to === list.length - 1);
    focusLater(`${prefix}-stage-${stage.key}-${edge ? (button === 'up' ? 'down' : 'up') : button}`);
  }

  function insert(at: number) {
    const stage: DraftStage = { key: newKey(), nameTh: '', nameEn: '', terminal: null };
    setStages((list) => [...list.slice(0, at), stage, ...list.slice(at)]);
    focusLater(`${prefix}-stage-${stage.key}-name`);
  }

  function remove(index: number) {
    const stage = stages[index];
    const list = stages.filter((_, i) => i !== index);
    setStages(list);
    setAnnounce(t('templates.removed', { name: stageLabel(stage, index) }));
    const next = list[Math.min(index, list.length - 1)];
    focusLater(next ? `${prefix}-stage-${next.key}-name` : `${prefix}-add`);
  }

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setTried(true);
    if (!nameTh.trim() || stages.length === 0 || stages.some((s) => !s.nameTh.trim())) {
      focusLater(!nameTh.trim() ? `${prefix}-name-th` : `${prefix}-stages-error`);
      return;
    }
    const list = stages.map(({ id, nameTh: th, nameEn: en, terminal }) => ({ ...(id ? { id } : {}), nameTh: th, nameEn: en, terminal }));
    await run(async () => {
      const saved = template
        ? await store.getState().updateTemplate({ id: template.id, nameTh, nameEn, stages: list })
        : await store.getState().createTemplate({ kind, nameTh, nameEn, stages: list });
      initial.current = { nameTh, nameEn, stages };
      onDone(t(template ? 'templates.saved' : 'templates.created', { name: saved.nameTh }));
    }, { onError: (err) => focusLater(fieldErrorOf(err, 'nameTh', 'nameEn') ? `${prefix}-name-th` : `${prefix}-stages-error`) });
  }

  const localStagesError =
    tried && stages.length === 0 ? t('templates.needStage') : tried && stages.some((s) => !s.nameTh.trim()) ? t('templates.stageRequired') : null;
  // The core's refusal about the stages (a stage some policy has been at) or any refusal not about a name.
  const stagesError =
    localStagesError ?? (error && !fieldErrorOf(error, 'nameTh', 'nameEn') && (!isApiError(error) || !error.field || error.field.startsWith('stages')) ? errorMessage(error) : null);
  const otherError = error && !stagesError && !fieldErrorOf(error, 'nameTh', 'nameEn') ? errorMessage(error) : null;
  const title = template ? t('templates.editTitle', { name: template.nameTh }) : t('templates.createTitle');

  return (
    <form className="subform template-editor" onSubmit={save} noValidate aria-label={title}>
      <h3 className="subform__title">{title}</h3>
      <div className="row">
        {template ? null : (
          <SelectField
            id={`${prefix}-kind`}
            label={t('policies.kind')}
            value={kind}
            onChange={(v) => setKind(v as Kind)}
            options={policyKinds.map((k) => ({ value: k, label: t(`policyKind.${k}`) }))}
          />
        )}
        <TextField
          id={`${prefix}-name-th`}
          label={t('templates.nameTh')}
          required
          value={nameTh}
          onChange={setNameTh}
          error={(tried && !nameTh.trim() ? t('templates.nameRequired') : null) ?? fieldErrorOf(error, 'nameTh')}
          className="field--grow"
        />
        <TextField id={`${prefix}-name-en`} label={t('templates.nameEn')} value={nameEn} onChange={setNameEn} error={fieldErrorOf(error, 'nameEn')} className="field--grow" />
      </div>
      <h4 id={`${prefix}-stages-title`}>{t('templates.stages')}</h4>
      <ol className="template-stages" aria-labelledby={`${prefix}-stages-title`}>
        {stages.map((s, i) => {
          const sid = `${prefix}-stage-${s.key}`;
          const name = stageLabel(s, i);
          return (
            <li key={s.key} className="template-stage">
              <div className="row">
                <TextField
                  id={`${sid}-name`}
                  label={t('templates.stageName', { n: i + 1 })}
                  required
                  value={s.nameTh}
                  onChange={(v) => patch(s.key, { nameTh: v })}
                  error={tried && !s.nameTh.trim() ? t('templates.stageRequired') : null}
                  className="field--grow"
                />
                <TextField id={`${sid}-name-en`} label={t('templates.stageNameEn', { n: i + 1 })} value={s.nameEn} onChange={(v) => patch(s.key, { nameEn: v })} className="field--grow" />
                <SelectField
                  id={`${sid}-terminal`}
                  label={t('templates.terminalOf', { n: i + 1 })}
                  value={s.terminal ?? ''}
                  onChange={(v) => patch(s.key, { terminal: (v || null) as Terminal | null })}
                  options={[{ value: '', label: t('templates.terminal.none') }, ...terminals.map((k) => ({ value: k, label: t(`templates.terminal.${k}`) }))]}
                />
              </div>
              <div className="row-actions">
                <button type="button" className="button button--small" id={`${sid}-up`} disabled={i === 0} onClick={() => move(i, -1, 'up')} aria-label={t('templates.moveUpLabel', { name })}>
                  ↑ {t('templates.moveUp')}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  id={`${sid}-down`}
                  disabled={i === stages.length - 1}
                  onClick={() => move(i, 1, 'down')}
                  aria-label={t('templates.moveDownLabel', { name })}
                >
                  ↓ {t('templates.moveDown')}
                </button>
                <button type="button" className="button button--small" onClick={() => insert(i)} aria-label={t('templates.insertLabel', { name })}>
                  + {t('templates.insertAbove')}
                </button>
                <button type="button" className="button button--small button--quiet-danger" onClick={() => remove(i)} aria-label={t('templates.removeStageLabel', { name })}>
                  {t('templates.removeStage')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button--small" id={`${prefix}-add`} onClick={() => insert(stages.length)}>
        + {t('templates.addStage')}
      </button>
      <p className="visually-hidden" role="status">
        {announce}
      </p>
      {stagesError ? (
        <div id={`${prefix}-stages-error`} tabIndex={-1}>
          <FormError message={stagesError} />
        </div>
      ) : null}
      <FormError message={otherError} />
      <div className="actions">
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {template ? t('templates.save') : t('templates.create')}
        </button>
        <button type="button" className="button" onClick={() => onDone('')}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
