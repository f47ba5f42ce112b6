import { useRef, useState } from 'react';
import { errorMessage } from '../../api/client';
import { SelectField } from '../../ui/fields';
import { FormError } from '../../ui/form-error';
import { initialPicker, PersonPicker, type PickerState } from '../../ui/person-picker';
import { useT } from '../../i18n';
import { fieldErrorOf, focusLater } from '../../lib/errors';
import { personName } from '../../lib/labels';
import { useAppStores, useDirectory } from '../../state/app-context';
import { useDirtyFlag } from '../../state/dirty';
import type { Series } from '../../state/types';
import { type MemberRole, memberRoles } from './member-row';

type SeriesMember = Series['members'][number];

/**
 * Adds one person to the standing members (to the draft list: saved with the list). Only people in use
 * are offered; a person not in the directory yet can be typed in and is created first.
 */
export function AddMemberForm({ excludeIds, onAdd }: { excludeIds: ReadonlySet<string>; onAdd(member: SeriesMember, name: string): void }) {
  const t = useT();
  const stores = useAppStores();
  const people = useDirectory((s) => s.people);
  const organisations = useDirectory((s) => s.organisations);
  const [picker, setPicker] = useState<PickerState>(initialPicker);
  const [role, setRole] = useState<MemberRole>('member');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const typed = picker.mode === 'new' ? Object.values(picker.person).some((v) => v.trim() !== '') : picker.personId !== '' || picker.search.trim() !== '';
  useDirtyFlag('series-member-add', typed);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const none = picker.mode === 'existing' ? !picker.personId : !picker.person.firstName.trim();
    setMissing(none);
    if (none) {
      focusLater(picker.mode === 'existing' ? 'series-member-add-person' : 'series-member-add-first-name');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      let person = people.find((p) => p.id === (picker.mode === 'existing' ? picker.personId : ''));
      if (picker.mode === 'new') {
        const p = picker.person;
        person = await stores.directory.getState().createPerson({
          title: p.title.trim(), firstName: p.firstName.trim(), lastName: p.lastName.trim(), position: p.position.trim(), organisationId: p.organisationId || null,
        });
      }
      if (!person) return;
      onAdd({ personId: person.id, meetingRole: role }, personName(person));
      setPicker(initialPicker);
      setRole('member');
      setMissing(false);
      focusLater('series-member-add-search');
    } catch (err) {
      setError(err);
      requestAnimationFrame(() => errorRef.current?.focus());
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="subform member-add" onSubmit={submit} noValidate aria-labelledby="series-member-add-heading">
      <h3 id="series-member-add-heading" className="subform__title">
        {t('members.addTitle')}
      </h3>
      <FormError ref={errorRef} message={error ? errorMessage(error) : null} />
      <PersonPicker
        idPrefix="series-member-add"
        state={picker}
        onChange={(next) => {
          setPicker(next);
          setMissing(false);
        }}
        // Inactive people stay in the directory for history; they are not offered for new duties.
        people={people.filter((p) => p.active)}
        organisations={organisations}
        excludeIds={excludeIds}
        error={missing && picker.mode === 'existing' ? t('members.choose') : null}
        firstNameError={(missing && picker.mode === 'new' ? t('text.required', { label: t('person.firstName') }) : null) ?? fieldErrorOf(error, 'firstName')}
      />
      <p className="field__hint">{t('members.inactiveHint')}</p>
      <div className="row row--end">
        <SelectField
          id="series-member-add-role"
          label={t('members.roleNew')}
          value={role}
          onChange={(v) => setRole(v as MemberRole)}
          options={memberRoles.map((r) => ({ value: r, label: t(`seriesRole.${r}`) }))}
        />
        <button type="submit" className="button field-button" disabled={busy}>
          {busy ? t('common.saving') : `+ ${t('members.add')}`}
        </button>
      </div>
    </form>
  );
}
