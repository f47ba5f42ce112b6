import { useEffect, useMemo, useRef, useState } from 'react';
import { errorMessage } from '../../api/client';
import { useT } from '../../i18n/index';
import { fieldErrorOf } from '../../lib/errors';
import { compareThai, organisationLabel, personName, sortPeople } from '../../lib/labels';
import { pickable } from '../../lib/pickable';
import { useAppStores, useDirectory, useMeeting } from '../../state/app-context';
import { useDirtyFlag } from '../../state/dirty';
import type { AgendaItem, SeriesSection } from '../../state/types';
import { describedBy, Field, SelectField, TextArea, TextField } from '../../ui/fields';
import { FormError } from '../../ui/form-error';
import { useVersionGuard } from '../../ui/use-version-guard';
import { type DisclosureValues, DisclosureFields, disclosureProblem, publicDisclosure, sameDisclosure, useSavedDisclosure } from './agenda-item-disclosure';
import { useAgendaIfAny } from './agenda-context';
import { blankValues, type ItemValues, sameValues, valuesOf } from './agenda-item-values';
import type { Secrecy } from '../../../shared/secrecy';
import { ItemSecrecyFields } from './item-secrecy-fields';

interface Props {
  section: SeriesSection;
  /** The item being edited; a new item in `section` when absent. */
  item?: AgendaItem;
  /** A new sub-item under this item (`4.1.1`). */
  parent?: AgendaItem;
  onDone(saved: AgendaItem | null): void;
}

/** An agenda item's subject, presenting organisation and person, summary, proposal and resolution. */
export function AgendaItemForm({ section, item, parent, onDone }: Props) {
  const t = useT();
  const stores = useAppStores();
  const organisations = useDirectory((s) => s.organisations);
  const people = useDirectory((s) => s.people);
  const b = useAgendaIfAny();
  const original = item ? valuesOf(item) : blankValues;
  // An item left unsaved when another was opened comes back as the officer left it.
  const [values, setValues] = useState<ItemValues>(() => (item ? (b?.drafts.get(item.id) ?? original) : original));
  const [error, setError] = useState<unknown>(null);
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  // The version this form was opened on: sent with the save, so a save over another officer's is refused.
  const guard = useVersionGuard({
    client: stores.client, entity: 'agenda_items', record: item, error, clearError: () => setError(null),
    reload: async () => {
      await stores.meeting.getState().refresh();
      return stores.meeting.getState().detail?.agendaItems.find((i) => i.id === item?.id);
    },
    // The newer words go in the form; what the officer typed stays beside them to copy from.
    take: (fresh) => {
      const next = valuesOf(fresh);
      setValues(next);
      return (['subject', 'summary', 'proposal', 'resolution'] as const)
        .filter((k) => values[k] !== next[k])
        .map((k) => ({ label: t(`agenda.${k}`), text: values[k] }));
    },
  });
  const idPrefix = item ? `agenda-${item.id}` : parent ? `agenda-sub-${parent.id}` : `agenda-new-${section.id}`;
  const savedDisclosure = useSavedDisclosure(stores.client, item?.meetingId, item?.id);
  const [disclosureEdit, setDisclosure] = useState<DisclosureValues | null>(null);
  const disclosure = disclosureEdit ?? savedDisclosure ?? publicDisclosure;
  const disclosureChanged = !sameDisclosure(disclosure, savedDisclosure ?? publicDisclosure);
  // The store's own array is selected (a filtered copy would be a new value every render) and filtered here.
  const attachments = useMeeting((s) => s.attachments);
  const files = useMemo(() => (item ? attachments.filter((a) => a.agendaItemId === item.id) : []), [attachments, item]);
  const [fileSecrecy, setFileSecrecy] = useState<Record<string, Secrecy>>({});
  const changedFiles = files.filter((f) => fileSecrecy[f.id] !== undefined && fileSecrecy[f.id] !== f.secrecy);
  const dirty = !sameValues(values, original) || disclosureChanged || changedFiles.length > 0;
  useDirtyFlag(idPrefix, dirty);
  const set = (key: Exclude<keyof ItemValues, 'secrecy'>, value: string) => setValues((v) => ({ ...v, [key]: value }));

  // Closing an existing item's form without Save or Cancel (another item opened, Escape, the row
  // clicked) keeps what was typed as a draft; Save and Cancel settle it.
  const latest = useRef({ values, dirty, settled: false });
  latest.current = { ...latest.current, values, dirty };
  const itemId = item?.id;
  const keepDraft = b?.keepDraft;
  useEffect(() => {
    if (!itemId || !keepDraft) return;
    return () => {
      const { values: typed, dirty: unsaved, settled } = latest.current;
      if (!settled) keepDraft(itemId, unsaved ? typed : null);
    };
  }, [itemId, keepDraft]);
  const settle = (saved: AgendaItem | null) => {
    latest.current.settled = true;
    if (itemId) keepDraft?.(itemId, null);
    onDone(saved);
  };

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setShowErrors(true);
    if (!values.subject.trim()) {
      document.getElementById(`${idPrefix}-subject`)?.focus();
      return;
    }
    const missing = disclosureProblem(disclosure);
    if (missing) {
      document.getElementById(`${idPrefix}-disclosure-${missing}`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const fields = {
      subject: values.subject.trim(),
      presenterOrgId: values.presenterOrgId || null,
      presenterPersonId: values.presenterPersonId || null,
      summary: values.summary.trim(),
      proposal: values.proposal.trim(),
      resolution: values.resolution.trim(),
      // Sent when chosen: an unchanged class is no change in the item's history.
      ...(values.secrecy !== original.secrecy ? { secrecy: values.secrecy } : {}),
    };
    try {
      const saved = item
        ? await stores.meeting.getState().updateAgendaItem({ id: item.id, version: guard.version, ...fields })
        : await stores.meeting.getState().createAgendaItem({ sectionId: section.id, parentId: parent?.id ?? null, ...fields });
      // Recorded on its own (and audited) after the item: a new item has its id only now.
      if (disclosureChanged) {
        await stores.client.call('disclosure.set', {
          agendaItemId: saved.id, status: disclosure.status, version: savedDisclosure?.version,
          ...(disclosure.status === 'withheld' ? { category: disclosure.category, reason: disclosure.reason.trim() } : {}),
        });
      }
      for (const f of changedFiles) await stores.meeting.getState().setAttachmentSecrecy({ id: f.id, secrecy: fileSecrecy[f.id] });
      setFileSecrecy({});
      setValues(blankValues);
      setShowErrors(false);
      settle(saved);
    } catch (err) {
      setError(err);
      requestAnimationFrame(() => errorRef.current?.focus());
    } finally {
      setBusy(false);
    }
  }

  const orgOptions = pickable(organisations, original.presenterOrgId, values.presenterOrgId).sort((a, b) => compareThai(a.nameTh, b.nameTh)).map((o) => ({ value: o.id, label: organisationLabel(o) }));
  const title = item
    ? t('agenda.editItem', { number: item.number })
    : parent
      ? t('agenda.addSubItemUnder', { number: parent.number })
      : t('agenda.addItemIn', { number: section.position });
  // The presenting organisation's people first: they are who usually presents its matter.
  const org = organisations.find((o) => o.id === values.presenterOrgId);
  const sorted = sortPeople(pickable(people, original.presenterPersonId, values.presenterPersonId));
  const ofOrg = org ? sorted.filter((p) => p.organisationId === org.id) : [];
  const others = sorted.filter((p) => !ofOrg.includes(p));
  const personLabel = (p: (typeof people)[number]) => [personName(p), p.position].filter(Boolean).join(' — ');
  const personId = `${idPrefix}-presenter-person`;
  const personError = fieldErrorOf(error, 'presenterPersonId');
  const choosePerson = (id: string) => {
    const chosen = people.find((p) => p.id === id);
    // Choosing a person of another body, with no organisation yet, names their organisation too.
    setValues((v) => ({ ...v, presenterPersonId: id, presenterOrgId: v.presenterOrgId || chosen?.organisationId || '' }));
  };
  return (
    <form className="agenda-form subform" onSubmit={submit} noValidate aria-label={title}>
      <h4 className="subform__title">{title}</h4>
      <FormError ref={errorRef} message={error ? errorMessage(error) : null} />
      {guard.notice}
      <TextField
        id={`${idPrefix}-subject`}
        label={t('agenda.subject')}
        required
        value={values.subject}
        onChange={(v) => set('subject', v)}
        error={(showErrors && !values.subject.trim() ? t('text.required', { label: t('agenda.subject') }) : null) ?? fieldErrorOf(error, 'subject')}
        className="field--wide"
      />
      <div className="row">
        <SelectField
          id={`${idPrefix}-presenter`}
          label={t('agenda.presenter')}
          value={values.presenterOrgId}
          onChange={(v) => set('presenterOrgId', v)}
          placeholder={t('agenda.noPresenter')}
          options={orgOptions}
          error={fieldErrorOf(error, 'presenterOrgId')}
          className="field--grow"
        />
        <Field id={personId} label={t('agenda.presenterPerson')} hint={t('agenda.presenterPersonHint')} error={personError} className="field--grow">
          <select
            id={personId}
            value={values.presenterPersonId}
            onChange={(e) => choosePerson(e.target.value)}
            aria-invalid={personError ? true : undefined}
            aria-describedby={describedBy(personId, t('agenda.presenterPersonHint'), personError)}
          >
            <option value="">{t('agenda.noPresenter')}</option>
            {ofOrg.length ? (
              <optgroup label={t('agenda.peopleOf', { org: org?.abbrTh || org?.nameTh || '' })}>
                {ofOrg.map((p) => (
                  <option key={p.id} value={p.id}>
                    {personLabel(p)}
                  </option>
                ))}
              </optgroup>
            ) : null}
            <optgroup label={ofOrg.length ? t('agenda.otherPeople') : t('agenda.allPeople')}>
              {others.map((p) => (
                <option key={p.id} value={p.id}>
                  {personLabel(p)}
                </option>
              ))}
            </optgroup>
          </select>
        </Field>
      </div>
      <ItemSecrecyFields
        idPrefix={idPrefix}
        secrecy={values.secrecy}
        onSecrecy={(v) => setValues((x) => ({ ...x, secrecy: v }))}
        files={files}
        fileSecrecy={fileSecrecy}
        onFileSecrecy={(id, v) => setFileSecrecy((x) => ({ ...x, [id]: v }))}
      />
      <TextArea id={`${idPrefix}-summary`} label={t('agenda.summary')} value={values.summary} onChange={(v) => set('summary', v)} rows={4} error={fieldErrorOf(error, 'summary')} className="field--wide" />
      <TextArea id={`${idPrefix}-proposal`} label={t('agenda.proposal')} value={values.proposal} onChange={(v) => set('proposal', v)} error={fieldErrorOf(error, 'proposal')} className="field--wide" />
      <TextArea id={`${idPrefix}-resolution`} label={t('agenda.resolution')} value={values.resolution} onChange={(v) => set('resolution', v)} error={fieldErrorOf(error, 'resolution')} className="field--wide" />
      <DisclosureFields idPrefix={idPrefix} value={disclosure} onChange={setDisclosure} showErrors={showErrors} />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="button" onClick={() => settle(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
