import { type FormEvent, useEffect, useState } from 'react';
import { useMay } from '../session';
import type { RecordKind, RetentionClass } from '../../../shared/schemas/retention';
import { errorMessage } from '../../api/client';
import { useT } from '../../i18n/index';
import { useAppStores } from '../../state/app-context';
import { FormError } from '../../ui/form-error';

type Draft = Record<RecordKind, { permanent: boolean; years: string }>;

const draftOf = (classes: RetentionClass[]): Draft =>
  Object.fromEntries(classes.map((c) => [c.kind, { permanent: c.years === null, years: c.years === null ? '10' : String(c.years) }])) as Draft;

const yearsOf = (d: Draft[RecordKind]): number | null | 'invalid' => {
  if (d.permanent) return null;
  const n = Number(d.years);
  return Number.isInteger(n) && n >= 1 && n <= 100 ? n : 'invalid';
};

/** How long each kind of record is kept: permanent, or a number of years (retention.get / retention.update). */
export function RetentionSettings() {
  const t = useT();
  const { client } = useAppStores();
  const [saved, setSaved] = useState<RetentionClass[] | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  // A reader may read how long records are kept (retention.get), not change it: shown, not edited.
  const mayUpdate = useMay('retention.update');

  useEffect(() => {
    client.call('retention.get', {}).then((classes) => {
      setSaved(classes);
      setDraft(draftOf(classes));
    }, setError);
  }, [client]);

  if (!saved || !draft) return error ? <FormError message={errorMessage(error)} /> : <p className="muted">{t('common.loading')}</p>;
  const changed = saved.filter((c) => yearsOf(draft[c.kind]) !== c.years);
  const invalid = saved.some((c) => yearsOf(draft[c.kind]) === 'invalid');

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (invalid || !saved || !draft) return;
    setState('saving');
    setError(null);
    try {
      let latest = saved;
      for (const c of changed) latest = await client.call('retention.update', { kind: c.kind, years: yearsOf(draft[c.kind]) as number | null });
      setSaved(latest);
      setDraft(draftOf(latest));
      setState('saved');
    } catch (err) {
      setError(err);
      setState('idle');
    }
  }

  const set = (kind: RecordKind, patch: Partial<Draft[RecordKind]>) => {
    setDraft((d) => (d ? { ...d, [kind]: { ...d[kind], ...patch } } : d));
    setState('idle');
  };
  return (
    <form onSubmit={submit} aria-labelledby="retention-classes-title" noValidate>
      <h2 id="retention-classes-title">{t('retention.title')}</h2>
      <p className="field__hint">{t('retention.intro')}</p>
      <fieldset className="plain-fieldset" disabled={!mayUpdate}>
        {saved.map(({ kind }) => {
          const d = draft[kind];
          const bad = yearsOf(d) === 'invalid';
          return (
            <fieldset key={kind} className="row">
              <legend>{t('retention.yearsOf', { kind: t(`retention.kind.${kind}`) })}</legend>
              <label className="checkbox">
                <input type="checkbox" checked={d.permanent} onChange={(e) => set(kind, { permanent: e.target.checked })} />
                <span>{t('retention.permanent')}</span>
              </label>
              {d.permanent ? null : (
                <label className="field">
                  <span className="field__label">{t('retention.years')}</span>
                  <input
                    type="number" min={1} max={100} inputMode="numeric" value={d.years} id={`retention-${kind}`}
                    onChange={(e) => set(kind, { years: e.target.value })} aria-invalid={bad || undefined}
                    aria-describedby={bad ? `retention-${kind}-error` : undefined}
                  />
                  {bad ? <span id={`retention-${kind}-error`} className="field__error">{t('retention.yearsInvalid')}</span> : null}
                </label>
              )}
            </fieldset>
          );
        })}
      </fieldset>
      <FormError message={error ? errorMessage(error) : null} />
      {mayUpdate ? (
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={state === 'saving' || invalid || changed.length === 0}>
            {t('retention.save')}
          </button>
          {state === 'saved' && <span role="status">{t('retention.saved')}</span>}
        </div>
      ) : null}
    </form>
  );
}
