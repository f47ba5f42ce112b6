import { useMemo } from 'react';
import { useT } from '../i18n/index';
import { compareThai, organisationLabel, personName, sortPeople } from '../lib/labels';
import { pickable } from '../lib/pickable';
import type { Organisation, Person } from '../state/types';
import { SelectField, TextField } from './fields';

export interface NewPerson {
  title: string;
  firstName: string;
  lastName: string;
  position: string;
  organisationId: string;
}

export const emptyNewPerson: NewPerson = { title: '', firstName: '', lastName: '', position: '', organisationId: '' };

export type PickerState =
  | { mode: 'existing'; search: string; personId: string }
  | { mode: 'new'; person: NewPerson };

export const initialPicker: PickerState = { mode: 'existing', search: '', personId: '' };

export const titles = ['นาย', 'นาง', 'นางสาว', 'ดร.', 'ศาสตราจารย์', 'รองศาสตราจารย์', 'ผู้ช่วยศาสตราจารย์', 'พลตำรวจเอก', 'พลเอก'];

interface Props {
  idPrefix: string;
  state: PickerState;
  onChange(state: PickerState): void;
  people: readonly Person[];
  organisations: readonly Organisation[];
  /** People who cannot be picked (already in this meeting). */
  excludeIds: ReadonlySet<string>;
  error?: string | null;
  firstNameError?: string | null;
}

/** Pick a person from the directory (with a search box), or type a new one. */
export function PersonPicker({ idPrefix, state, onChange, people, organisations, excludeIds, error, firstNameError }: Props) {
  const t = useT();
  const orgById = useMemo(() => new Map(organisations.map((o) => [o.id, o])), [organisations]);
  const newOrgId = state.mode === 'new' ? state.person.organisationId : '';
  const orgOptions = useMemo(
    () => pickable(organisations, newOrgId).sort((a, b) => compareThai(a.nameTh, b.nameTh)).map((o) => ({ value: o.id, label: organisationLabel(o) })),
    [organisations, newOrgId],
  );

  if (state.mode === 'new') {
    const p = state.person;
    const set = (key: keyof NewPerson, value: string) => onChange({ mode: 'new', person: { ...p, [key]: value } });
    return (
      <fieldset className="person-picker person-picker--new">
        <legend>{t('attendance.newPerson')}</legend>
        <div className="row">
          <TextField id={`${idPrefix}-title`} label={t('person.title')} value={p.title} onChange={(v) => set('title', v)} list={`${idPrefix}-titles`} className="field--narrow" />
          <datalist id={`${idPrefix}-titles`}>
            {titles.map((title) => (
              <option key={title} value={title} />
            ))}
          </datalist>
          <TextField id={`${idPrefix}-first-name`} label={t('person.firstName')} required value={p.firstName} onChange={(v) => set('firstName', v)} error={firstNameError} />
          <TextField id={`${idPrefix}-last-name`} label={t('person.lastName')} value={p.lastName} onChange={(v) => set('lastName', v)} />
        </div>
        <div className="row">
          <TextField id={`${idPrefix}-position`} label={t('person.position')} value={p.position} onChange={(v) => set('position', v)} className="field--grow" />
          <SelectField
            id={`${idPrefix}-organisation`}
            label={t('person.organisation')}
            value={p.organisationId}
            onChange={(v) => set('organisationId', v)}
            placeholder={t('person.noOrganisation')}
            options={orgOptions}
            className="field--grow"
          />
        </div>
        <button type="button" className="button button--link" onClick={() => onChange(initialPicker)}>
          {t('attendance.pickExisting')}
        </button>
      </fieldset>
    );
  }

  const query = state.search.trim().toLocaleLowerCase('th');
  const candidates = sortPeople(pickable(people, state.personId).filter((p) => !excludeIds.has(p.id)));
  const haystack = (p: Person) => {
    const org = p.organisationId ? orgById.get(p.organisationId) : undefined;
    return `${personName(p)} ${p.firstName} ${p.lastName} ${p.position} ${org?.abbrTh ?? ''} ${org?.nameTh ?? ''}`.toLocaleLowerCase('th');
  };
  const matches = query ? candidates.filter((p) => haystack(p).includes(query)) : candidates;
  const selected = candidates.find((p) => p.id === state.personId);
  const shown = selected && !matches.includes(selected) ? [selected, ...matches] : matches;
  const describePerson = (p: Person) => {
    const org = p.organisationId ? orgById.get(p.organisationId) : undefined;
    return [personName(p), p.position, org?.abbrTh].filter(Boolean).join(' — ');
  };

  return (
    <fieldset className="person-picker">
      <legend>{t('attendance.person')}</legend>
      <div className="row row--end">
        <TextField
          id={`${idPrefix}-search`}
          label={t('attendance.search')}
          hint={query && matches.length === 0 ? t('attendance.noMatch') : t('attendance.searchHint')}
          type="search"
          value={state.search}
          onChange={(search) => {
            // One match left: choose it, so typing a name and pressing Tab is enough.
            const q = search.trim().toLocaleLowerCase('th');
            const found = q ? candidates.filter((p) => haystack(p).includes(q)) : [];
            onChange({ mode: 'existing', search, personId: found.length === 1 ? found[0].id : state.personId });
          }}
        />
        <SelectField
          id={`${idPrefix}-person`}
          label={t('attendance.person')}
          required
          value={state.personId}
          onChange={(personId) => onChange({ ...state, personId })}
          placeholder={t('attendance.choosePerson')}
          options={shown.map((p) => ({ value: p.id, label: describePerson(p) }))}
          error={error}
          className="field--grow"
        />
        <button
          type="button"
          className="button field-button"
          onClick={() => {
            // Carry what was typed in the search box into the new person's name.
            const [firstName = '', ...rest] = state.search.trim().split(/\s+/);
            onChange({ mode: 'new', person: { ...emptyNewPerson, firstName, lastName: rest.join(' ') } });
            requestAnimationFrame(() => document.getElementById(`${idPrefix}-title`)?.focus());
          }}
        >
          + {t('attendance.newPerson')}
        </button>
      </div>
    </fieldset>
  );
}
