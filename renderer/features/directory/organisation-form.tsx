import { useEffect, useRef, useState } from 'react';
import { SelectField, TextField } from '../../ui/fields';
import { FormError } from '../../ui/form-error';
import { usePending } from '../../ui/use-pending';
import { useVersionGuard } from '../../ui/use-version-guard';
import { useT } from '../../i18n';
import { compareThai, organisationLabel } from '../../lib/labels';
import { pickable } from '../../lib/pickable';
import { useAppStores, useDirectory } from '../../state/app-context';
import { useDirtyFlag } from '../../state/dirty';
import type { Organisation } from '../../state/types';
import { type OrganisationKind, organisationKinds } from './kinds';
import { refusalElsewhere, refusalFor } from './refusal';

interface Values {
  nameTh: string;
  abbrTh: string;
  nameEn: string;
  abbrEn: string;
  kind: OrganisationKind | '';
  parentId: string;
  abbrVerified: boolean;
}

const valuesOf = (o: Organisation | null): Values => ({
  nameTh: o?.nameTh ?? '', abbrTh: o?.abbrTh ?? '', nameEn: o?.nameEn ?? '', abbrEn: o?.abbrEn ?? '',
  kind: o?.kind ?? '', parentId: o?.parentId ?? '',
  // Someone typing an organisation in usually has its letterhead at hand; the box says so and can be cleared.
  abbrVerified: o?.abbrVerified ?? true,
});

const fields = ['nameTh', 'abbrTh', 'nameEn', 'abbrEn', 'kind', 'parentId'] as const;

/** Add an organisation, or edit one; the core refuses an abbreviation another organisation has. */
export function OrganisationForm({ organisation, onDone }: { organisation: Organisation | null; onDone(saved: Organisation | null): void }) {
  const t = useT();
  const stores = useAppStores();
  const organisations = useDirectory((s) => s.organisations);
  const original = useRef(valuesOf(organisation));
  const [values, setValues] = useState<Values>(original.current);
  const [tried, setTried] = useState(false);
  const { busy, error, setError, run } = usePending();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const prefix = organisation ? `org-${organisation.id}` : 'org-new';
  const dirty = (Object.keys(values) as (keyof Values)[]).some((k) => values[k] !== original.current[k]);
  useDirtyFlag(`directory-${prefix}`, dirty);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  const guard = useVersionGuard({
    client: stores.client, entity: 'organisations', record: organisation, error, clearError: () => setError(null),
    reload: async () => {
      await stores.directory.getState().load();
      return stores.directory.getState().organisations.find((o) => o.id === organisation?.id);
    },
    take: (fresh) => {
      const next = valuesOf(fresh);
      original.current = next;
      setValues(next);
      return (['nameTh', 'abbrTh', 'nameEn', 'abbrEn'] as const)
        .filter((k) => values[k] !== next[k])
        .map((k) => ({ label: t(`dir.org.${k}`), text: values[k] }));
    },
  });

  useEffect(() => headingRef.current?.focus(), []);

  const required = (key: 'nameTh' | 'abbrTh' | 'kind', label: string) =>
    (tried && !values[key].trim() ? t('text.required', { label }) : null) ?? refusalFor(error, key);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setTried(true);
    const missing = (['nameTh', 'abbrTh', 'kind'] as const).find((k) => !values[k].trim());
    if (missing) {
      document.getElementById(`${prefix}-${missing}`)?.focus();
      return;
    }
    const input = {
      nameTh: values.nameTh.trim(), abbrTh: values.abbrTh.trim(), nameEn: values.nameEn.trim() || null, abbrEn: values.abbrEn.trim() || null,
      kind: values.kind as OrganisationKind, parentId: values.parentId || null, abbrVerified: values.abbrVerified,
    };
    await run(async () => {
      const directory = stores.directory.getState();
      const saved = organisation ? await directory.updateOrganisation({ id: organisation.id, version: guard.version, ...input }) : await directory.createOrganisation(input);
      original.current = values;
      onDone(saved);
    }, { onError: (err) => {
      const field = fields.find((f) => refusalFor(err, f));
      requestAnimationFrame(() => document.getElementById(field ? `${prefix}-${field}` : `${prefix}-error`)?.focus());
    } });
  }

  const parents = pickable(organisations, original.current.parentId)
    .filter((o) => o.id !== organisation?.id)
    .sort((a, b) => compareThai(a.abbrTh, b.abbrTh));
  const title = organisation ? t('dir.org.editTitle', { abbr: organisation.abbrTh }) : t('dir.org.addTitle');
  const verifiedId = `${prefix}-verified`;
  return (
    <form className="subform directory-form" onSubmit={submit} noValidate aria-labelledby={`${prefix}-heading`}>
      <h2 id={`${prefix}-heading`} className="subform__title" tabIndex={-1} ref={headingRef}>
        {title}
      </h2>
      <div id={`${prefix}-error`} tabIndex={-1}>
        <FormError message={refusalElsewhere(error, fields)} />
      </div>
      {guard.notice}
      <div className="row">
        <TextField id={`${prefix}-nameTh`} label={t('dir.org.nameTh')} required maxLength={300} value={values.nameTh} onChange={(v) => set('nameTh', v)}
          error={required('nameTh', t('dir.org.nameTh'))} hint={t('dir.org.nameThHint')} className="field--grow directory-form__name" />
        <TextField id={`${prefix}-abbrTh`} label={t('dir.org.abbrTh')} required maxLength={40} value={values.abbrTh} onChange={(v) => set('abbrTh', v)}
          error={required('abbrTh', t('dir.org.abbrTh'))} hint={t('dir.org.abbrThHint')} className="directory-form__abbr" />
      </div>
      <div className="row">
        <TextField id={`${prefix}-nameEn`} label={t('dir.org.nameEn')} maxLength={300} value={values.nameEn} onChange={(v) => set('nameEn', v)}
          error={refusalFor(error, 'nameEn')} className="field--grow directory-form__name" lang="en" />
        <TextField id={`${prefix}-abbrEn`} label={t('dir.org.abbrEn')} maxLength={40} value={values.abbrEn} onChange={(v) => set('abbrEn', v)}
          error={refusalFor(error, 'abbrEn')} className="directory-form__abbr" lang="en" />
      </div>
      <div className="row">
        <SelectField id={`${prefix}-kind`} label={t('dir.org.kind')} required value={values.kind} onChange={(v) => set('kind', v as OrganisationKind)}
          placeholder={t('dir.org.chooseKind')} options={organisationKinds.map((k) => ({ value: k, label: t(`orgKind.${k}`) }))}
          error={required('kind', t('dir.org.kind'))} />
        <SelectField id={`${prefix}-parentId`} label={t('dir.org.parent')} value={values.parentId} onChange={(v) => set('parentId', v)}
          placeholder={t('common.notSet')} options={parents.map((o) => ({ value: o.id, label: organisationLabel(o) }))}
          error={refusalFor(error, 'parentId')} hint={t('dir.org.parentHint')} className="field--grow" />
      </div>
      <div className="checkbox directory-form__verified">
        <input id={verifiedId} type="checkbox" checked={values.abbrVerified} onChange={(e) => set('abbrVerified', e.target.checked)} aria-describedby={`${verifiedId}-hint`} />
        <label htmlFor={verifiedId}>{t('dir.org.verified')}</label>
        <p id={`${verifiedId}-hint`} className="field__hint">
          {t('dir.org.verifiedHint')}
        </p>
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {busy ? t('common.saving') : organisation ? t('common.save') : t('dir.org.add')}
        </button>
        <button type="button" className="button" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
