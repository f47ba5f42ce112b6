import { useEffect, useRef, useState } from 'react';
import { SelectField, TextField } from '../../ui/fields';
import { FormError } from '../../ui/form-error';
import { usePending } from '../../ui/use-pending';
import { useVersionGuard } from '../../ui/use-version-guard';
import { titles } from '../../ui/person-picker';
import { useT } from '../../i18n';
import { compareThai, organisationLabel, personName } from '../../lib/labels';
import { pickable } from '../../lib/pickable';
import { useAppStores, useDirectory } from '../../state/app-context';
import { useDirtyFlag } from '../../state/dirty';
import type { Person } from '../../state/types';
import { refusalElsewhere, refusalFor } from './refusal';

interface Values {
  title: string;
  firstName: string;
  lastName: string;
  position: string;
  organisationId: string;
}

const valuesOf = (p: Person | null, organisationId: string | null): Values => ({
  title: p?.title ?? '', firstName: p?.firstName ?? '', lastName: p?.lastName ?? '', position: p?.position ?? '',
  organisationId: p ? (p.organisationId ?? '') : (organisationId ?? ''),
});

const fields = ['title', 'firstName', 'lastName', 'position', 'organisationId'] as const;

/** Add a person, or edit one: title, name, position and organisation as the minutes print them. */
export function PersonForm({ person, organisationId, onDone }: { person: Person | null; organisationId: string | null; onDone(saved: Person | null): void }) {
  const t = useT();
  const stores = useAppStores();
  const organisations = useDirectory((s) => s.organisations);
  const original = useRef(valuesOf(person, organisationId));
  const [values, setValues] = useState<Values>(original.current);
  const [tried, setTried] = useState(false);
  const { busy, error, setError, run } = usePending();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const prefix = person ? `person-${person.id}` : 'person-new';
  const dirty = (Object.keys(values) as (keyof Values)[]).some((k) => values[k] !== original.current[k]);
  useDirtyFlag(`directory-${prefix}`, dirty);
  const set = (key: keyof Values, value: string) => setValues((v) => ({ ...v, [key]: value }));

  const guard = useVersionGuard({
    client: stores.client, entity: 'people', record: person, error, clearError: () => setError(null),
    reload: async () => {
      await stores.directory.getState().load();
      return stores.directory.getState().people.find((p) => p.id === person?.id);
    },
    take: (fresh) => {
      const next = valuesOf(fresh, organisationId);
      original.current = next;
      setValues(next);
      return (['title', 'firstName', 'lastName', 'position'] as const)
        .filter((k) => values[k] !== next[k])
        .map((k) => ({ label: t(`person.${k}`), text: values[k] }));
    },
  });

  useEffect(() => headingRef.current?.focus(), []);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setTried(true);
    if (!values.firstName.trim()) {
      document.getElementById(`${prefix}-firstName`)?.focus();
      return;
    }
    const input = {
      title: values.title.trim(), firstName: values.firstName.trim(), lastName: values.lastName.trim(), position: values.position.trim(),
      organisationId: values.organisationId || null,
    };
    await run(async () => {
      const directory = stores.directory.getState();
      const saved = person ? await directory.updatePerson({ id: person.id, version: guard.version, ...input }) : await directory.createPerson(input);
      original.current = values;
      onDone(saved);
    }, { onError: (err) => {
      const field = fields.find((f) => refusalFor(err, f));
      requestAnimationFrame(() => document.getElementById(field ? `${prefix}-${field}` : `${prefix}-error`)?.focus());
    } });
  }

  const orgs = pickable(organisations, original.current.organisationId, values.organisationId).sort((a, b) => compareThai(a.abbrTh, b.abbrTh));
  const title = person ? t('dir.person.editTitle', { name: personName(person) }) : t('dir.person.addTitle');
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
        <TextField id={`${prefix}-title`} label={t('person.title')} value={values.title} onChange={(v) => set('title', v)} list={`${prefix}-titles`}
          maxLength={60} error={refusalFor(error, 'title')} hint={t('dir.person.titleHint')} className="field--narrow" />
        <datalist id={`${prefix}-titles`}>
          {titles.map((x) => (
            <option key={x} value={x} />
          ))}
        </datalist>
        <TextField id={`${prefix}-firstName`} label={t('person.firstName')} required maxLength={120} value={values.firstName} onChange={(v) => set('firstName', v)}
          error={(tried && !values.firstName.trim() ? t('text.required', { label: t('person.firstName') }) : null) ?? refusalFor(error, 'firstName')} className="field--grow" />
        <TextField id={`${prefix}-lastName`} label={t('person.lastName')} maxLength={120} value={values.lastName} onChange={(v) => set('lastName', v)}
          error={refusalFor(error, 'lastName')} className="field--grow" />
      </div>
      <div className="row">
        <TextField id={`${prefix}-position`} label={t('person.position')} maxLength={300} value={values.position} onChange={(v) => set('position', v)}
          error={refusalFor(error, 'position')} hint={t('dir.person.positionHint')} className="field--grow" />
        <SelectField id={`${prefix}-organisationId`} label={t('person.organisation')} value={values.organisationId} onChange={(v) => set('organisationId', v)}
          placeholder={t('person.noOrganisation')} options={orgs.map((o) => ({ value: o.id, label: organisationLabel(o) }))}
          error={refusalFor(error, 'organisationId')} className="field--grow" />
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {busy ? t('common.saving') : person ? t('common.save') : t('dir.person.add')}
        </button>
        <button type="button" className="button" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
