import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/client';
import { useT } from '../../i18n/index';
import { fieldErrorOf } from '../../lib/errors';
import { personName, sortPeople } from '../../lib/labels';
import { pickable } from '../../lib/pickable';
import { useAppStores, useDirectory } from '../../state/app-context';
import { useDirtyFlag } from '../../state/dirty';
import type { Attendance, MeetingDetail } from '../../state/types';
import { describedBy, Field, RadioGroup, SelectField, TextField } from '../../ui/fields';
import { FormError } from '../../ui/form-error';
import { initialPicker, type PickerState, PersonPicker } from '../../ui/person-picker';

type Role = Attendance['role'];
type Presence = Attendance['presence'];
type Reason = NonNullable<Attendance['absenceReason']>;
export const roles: readonly Role[] = ['member', 'substitute', 'guest', 'secretariat'];
export const presences: readonly Presence[] = ['unconfirmed', 'onsite', 'electronic', 'absent'];
export const reasons: readonly Reason[] = ['official_duty', 'sick', 'personal', 'other'];
const meetingRoles = ['ประธาน', 'รองประธาน', 'กรรมการ', 'กรรมการและเลขานุการ', 'กรรมการและผู้ช่วยเลขานุการ', 'ผู้ช่วยเลขานุการ'];

interface Values {
  role: Role;
  substituteForId: string;
  meetingRole: string;
  position: string;
  presence: Presence;
  absenceReason: Reason | '';
  absenceNote: string;
}

const blank: Values = { role: 'member', substituteForId: '', meetingRole: '', position: '', presence: 'onsite', absenceReason: '', absenceNote: '' };

const valuesOf = (a: Attendance): Values => ({
  role: a.role,
  substituteForId: a.substituteForId ?? '',
  meetingRole: a.meetingRole,
  position: a.position,
  presence: a.presence,
  absenceReason: a.absenceReason ?? '',
  absenceNote: a.absenceNote,
});

/** Values the add form takes when opened for a purpose ("add a substitute for …"); `nonce` tells a new request. */
export interface AttendancePreset {
  role: Role;
  substituteForId?: string;
  nonce: number;
}

interface Props {
  meeting: MeetingDetail;
  /** Editing an existing line; adding a new one when absent. */
  editing?: Attendance;
  preset?: AttendancePreset | null;
  onDone(): void;
}

/**
 * One attendance line: who, in what role (a substitute says for whom), and how they attended
 * (on site, electronically, or absent with the reason).
 */
export function AttendanceForm({ meeting, editing, preset, onDone }: Props) {
  const t = useT();
  const stores = useAppStores();
  const people = useDirectory((s) => s.people);
  const organisations = useDirectory((s) => s.organisations);
  const idPrefix = editing ? `att-${editing.id}` : 'att-new';
  const [picker, setPicker] = useState<PickerState>(initialPicker);
  const [values, setValues] = useState<Values>(editing ? valuesOf(editing) : blank);
  const [error, setError] = useState<unknown>(null);
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);

  const original = editing ? valuesOf(editing) : blank;
  const pickerDirty =
    picker.mode === 'new' ? Object.values(picker.person).some((v) => v.trim() !== '') : picker.personId !== '' || picker.search.trim() !== '';
  const dirty = (!editing && pickerDirty) || (Object.keys(values) as (keyof Values)[]).some((k) => values[k] !== original[k]);
  useDirtyFlag(`attendance-${idPrefix}`, dirty);

  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  // A substitute sits as the member they stand in for (กรรมการ, …) unless the officer typed otherwise.
  const roleOfMember = (personId: string) => meeting.attendance.find((a) => a.personId === personId && a.role === 'member')?.meetingRole ?? '';
  const chooseSubstituteFor = (personId: string) =>
    setValues((v) => ({ ...v, substituteForId: personId, meetingRole: v.meetingRole.trim() ? v.meetingRole : roleOfMember(personId) }));

  // What was typed in the person picker stays; the purpose sets the role (and for whom).
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new request (its nonce) applies the preset.
  useEffect(() => {
    if (!preset) return;
    setValues((v) => ({
      ...v,
      role: preset.role,
      substituteForId: preset.substituteForId ?? '',
      meetingRole: preset.substituteForId ? roleOfMember(preset.substituteForId) : v.meetingRole,
    }));
  }, [preset?.nonce]);
  const attendingIds = new Set(meeting.attendance.map((a) => a.personId));
  const selfId = editing?.personId ?? (picker.mode === 'existing' ? picker.personId : '');

  // Whom a substitute stands in for: absent members of this meeting first, then everyone else.
  const absentMemberIds = meeting.attendance.filter((a) => a.presence === 'absent' && a.role === 'member').map((a) => a.personId);
  // This meeting's absent members stay offered even when inactive: the record already names them.
  const sortedPeople = sortPeople(pickable(people, original.substituteForId, values.substituteForId, ...absentMemberIds)).filter((p) => p.id !== selfId);
  const absentMembers = sortedPeople.filter((p) => absentMemberIds.includes(p.id));
  const others = sortedPeople.filter((p) => !absentMemberIds.includes(p.id));

  const personMissing = !editing && (picker.mode === 'existing' ? !picker.personId : !picker.person.firstName.trim());
  const substituteMissing = values.role === 'substitute' && !values.substituteForId;
  const reasonMissing = values.presence === 'absent' && !values.absenceReason;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setShowErrors(true);
    const firstBad = personMissing
      ? picker.mode === 'existing' ? `${idPrefix}-person` : `${idPrefix}-first-name`
      : substituteMissing ? `${idPrefix}-substitute-for` : reasonMissing ? `${idPrefix}-reason` : null;
    if (firstBad) {
      document.getElementById(firstBad)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const fields = {
      role: values.role,
      substituteForId: values.role === 'substitute' ? values.substituteForId : null,
      meetingRole: values.meetingRole.trim(),
      position: values.position.trim(),
      presence: values.presence,
      absenceReason: values.presence === 'absent' ? (values.absenceReason as Reason) : null,
      absenceNote: values.presence === 'absent' ? values.absenceNote.trim() : '',
    };
    try {
      if (editing) {
        await stores.meeting.getState().updateAttendance({ id: editing.id, ...fields });
      } else {
        let personId = picker.mode === 'existing' ? picker.personId : '';
        if (picker.mode === 'new') {
          const p = picker.person;
          const created = await stores.directory.getState().createPerson({
            title: p.title.trim(),
            firstName: p.firstName.trim(),
            lastName: p.lastName.trim(),
            position: p.position.trim(),
            organisationId: p.organisationId || null,
          });
          personId = created.id;
          // The person now exists: if adding them to the meeting fails, a retry must not create them twice.
          setPicker({ mode: 'existing', search: '', personId });
        }
        await stores.meeting.getState().addAttendance({ personId, ...fields });
        setPicker(initialPicker);
        setValues(blank);
      }
      setShowErrors(false);
      onDone();
    } catch (err) {
      setError(err);
      requestAnimationFrame(() => errorRef.current?.focus());
    } finally {
      setBusy(false);
    }
  }

  const reasonError = (showErrors && reasonMissing ? t('attendance.reasonRequired') : null) ?? fieldErrorOf(error, 'absenceReason');
  const reasonId = `${idPrefix}-reason`;
  const substituteError =
    (showErrors && substituteMissing ? t('attendance.substituteRequired') : null) ?? fieldErrorOf(error, 'substituteForId', 'substituteFor');
  return (
    <form className="attendance-form subform" onSubmit={submit} noValidate aria-label={editing ? t('attendance.edit', { name: personNameOf(people, editing.personId) }) : t('attendance.add')}>
      <FormError ref={errorRef} message={error ? errorMessage(error) : null} />
      {editing ? null : (
        <PersonPicker
          idPrefix={idPrefix}
          state={picker}
          onChange={setPicker}
          people={people}
          organisations={organisations}
          excludeIds={attendingIds}
          error={(showErrors && personMissing && picker.mode === 'existing' ? t('attendance.personRequired') : null) ?? fieldErrorOf(error, 'personId')}
          firstNameError={(showErrors && personMissing && picker.mode === 'new' ? t('text.required', { label: t('person.firstName') }) : null) ?? fieldErrorOf(error, 'firstName')}
        />
      )}
      <div className="row">
        <SelectField
          id={`${idPrefix}-role`}
          label={t('attendance.role')}
          value={values.role}
          onChange={(v) => set('role', v as Role)}
          options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          error={fieldErrorOf(error, 'role')}
        />
        {values.role === 'substitute' ? (
          <Field
            id={`${idPrefix}-substitute-for`}
            label={t('attendance.substituteFor')}
            required
            error={substituteError}
            className="field--grow"
          >
            <select
              id={`${idPrefix}-substitute-for`}
              value={values.substituteForId}
              onChange={(e) => chooseSubstituteFor(e.target.value)}
              aria-required
              aria-invalid={substituteError ? true : undefined}
              aria-describedby={describedBy(`${idPrefix}-substitute-for`, undefined, substituteError)}
            >
              <option value="">{t('attendance.choosePerson')}</option>
              {absentMembers.length ? (
                <optgroup label={t('attendance.groupAbsent')}>
                  {absentMembers.map((p) => (
                    <option key={p.id} value={p.id}>
                      {personName(p)}
                      {p.position ? ` — ${p.position}` : ''}
                    </option>
                  ))}
                </optgroup>
              ) : null}
              <optgroup label={t('attendance.person')}>
                {others.map((p) => (
                  <option key={p.id} value={p.id}>
                    {personName(p)}
                    {p.position ? ` — ${p.position}` : ''}
                  </option>
                ))}
              </optgroup>
            </select>
          </Field>
        ) : null}
      </div>
      <RadioGroup
        name={`${idPrefix}-presence`}
        legend={t('attendance.presence')}
        value={values.presence}
        onChange={(v) => set('presence', v as Presence)}
        options={presences.map((p) => ({ value: p, label: t(`presence.${p}`) }))}
      />
      {values.presence === 'absent' ? (
        <div className="row">
          <SelectField
            id={reasonId}
            label={t('attendance.absenceReason')}
            required
            value={values.absenceReason}
            onChange={(v) => set('absenceReason', v as Reason | '')}
            placeholder={t('common.notSet')}
            options={reasons.map((r) => ({ value: r, label: t(`reason.${r}`) }))}
            error={reasonError}
          />
          <TextField id={`${idPrefix}-note`} label={t('attendance.absenceNote')} value={values.absenceNote} onChange={(v) => set('absenceNote', v)} className="field--grow" />
        </div>
      ) : null}
      <div className="row">
        <TextField
          id={`${idPrefix}-meeting-role`}
          label={t('attendance.meetingRole')}
          hint={t('attendance.meetingRoleHint')}
          value={values.meetingRole}
          onChange={(v) => set('meetingRole', v)}
          list={`${idPrefix}-meeting-roles`}
        />
        <datalist id={`${idPrefix}-meeting-roles`}>
          {meetingRoles.map((r) => (
            <option key={r} value={r} />
          ))}
        </datalist>
        <TextField
          id={`${idPrefix}-position-override`}
          label={t('attendance.position')}
          hint={t('attendance.positionHint')}
          value={values.position}
          onChange={(v) => set('position', v)}
          className="field--grow"
        />
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('common.saving') : editing ? t('common.save') : t('attendance.addSubmit')}
        </button>
        {editing ? (
          <button type="button" className="button" onClick={onDone}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

function personNameOf(people: readonly { id: string; title: string; firstName: string; lastName: string }[], id: string): string {
  const p = people.find((x) => x.id === id);
  return p ? personName(p) : '';
}
