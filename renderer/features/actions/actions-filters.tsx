import { useState } from 'react';
import { formatBeSlash } from '../../../shared/thai';
import { useT } from '../../i18n/index';
import { compareThai, organisationLabel } from '../../lib/labels';
import { useSession } from '../session';
import { pickable } from '../../lib/pickable';
import { useDirectory } from '../../state/app-context';
import { type ActionFilters, type ActionStatus, useActions, useActionsStore } from './actions-store';
import { usePolicies } from '../../state/policies-store';
import { DateInput } from '../../ui/date-input';
import { SelectField } from '../../ui/fields';
import { MeetingPicker } from '../../ui/meeting-picker';

const statuses: ActionStatus[] = ['open', 'in_progress', 'done', 'cancelled'];
const sorts: ActionFilters['sort'][] = ['due', 'meeting', 'status', 'created'];

/** Filters and sorting of the actions list; the organisation is chosen by the page (it lives in the address). */
export function ActionsFilters({ onOrganisation }: { onOrganisation(organisationId: string): void }) {
  const t = useT();
  const store = useActionsStore();
  const filters = useActions((s) => s.filters);
  const organisations = useDirectory((s) => s.organisations);
  const meeting = useActions((s) => s.meeting);
  const policies = usePolicies((s) => s.list);
  const [fromText, setFromText] = useState(() => (filters.dueFrom ? formatBeSlash(filters.dueFrom) : ''));
  const [toText, setToText] = useState(() => (filters.dueTo ? formatBeSlash(filters.dueTo) : ''));
  const set = (patch: Partial<ActionFilters>) => void store.getState().setFilters(patch);

  /** A due-date bound applies once it is a date, or empty; half-typed dates wait. */
  function dueChange(which: 'dueFrom' | 'dueTo', text: string, iso: string | null) {
    (which === 'dueFrom' ? setFromText : setToText)(text);
    if (text.trim() === '') set({ [which]: undefined });
    else if (iso) set({ [which]: iso });
  }

  function toggleStatus(status: ActionStatus, on: boolean) {
    const now = (filters.statuses ?? []).filter((s) => s !== status);
    set({ statuses: on ? statuses.filter((s) => now.includes(s) || s === status) : now });
  }

  // An agency reporter reads its own agency's tracker only (the core holds it to that): no other to choose.
  const ownAgency = useSession((s) => (s.officer?.role === 'reporter' ? s.officer.organisationId : null));
  const sortedOrgs = pickable(organisations, filters.organisationId)
    .filter((o) => !ownAgency || o.id === ownAgency)
    .sort((a, b) => compareThai(a.abbrTh || a.nameTh, b.abbrTh || b.nameTh));
  return (
    <search className="actions-filters" aria-label={t('tracker.filters')}>
      <div className="row">
        <SelectField
          id="tracker-org"
          label={t('tracker.organisation')}
          value={filters.organisationId ?? ''}
          onChange={onOrganisation}
          placeholder={ownAgency ? undefined : t('tracker.allOrganisations')}
          hint={t('tracker.organisationHint')}
          className="field--grow"
          options={sortedOrgs.map((o) => ({ value: o.id, label: organisationLabel(o) }))}
        />
        <MeetingPicker
          idPrefix="tracker-meeting"
          label={t('tracker.meeting')}
          value={meeting}
          onChange={(m) => void store.getState().chooseMeeting(m)}
          placeholder={t('tracker.allMeetings')}
        />
        <SelectField
          id="tracker-policy"
          label={t('tracker.policy')}
          value={filters.policyId ?? ''}
          onChange={(v) => set({ policyId: v || undefined })}
          placeholder={t('tracker.allPolicies')}
          className="field--grow"
          options={policies.map((p) => ({ value: p.id, label: p.shortTitle || p.titleTh }))}
        />
      </div>
      <fieldset className="radio-group actions-filters__statuses">
        <legend>{t('tracker.status')}</legend>
        {statuses.map((s) => (
          <label key={s} className="radio-group__choice">
            <input type="checkbox" checked={filters.statuses?.includes(s) ?? false} onChange={(e) => toggleStatus(s, e.target.checked)} />
            <span>{t(`actionStatus.${s}`)}</span>
          </label>
        ))}
        <label className="radio-group__choice actions-filters__overdue">
          <input type="checkbox" checked={filters.overdue ?? false} onChange={(e) => set({ overdue: e.target.checked || undefined })} />
          <span>{t('tracker.overdueOnly')}</span>
        </label>
      </fieldset>
      <div className="row row--end">
        <DateInput id="tracker-due-from" label={t('tracker.dueFrom')} value={fromText} onChange={(text, iso) => dueChange('dueFrom', text, iso)} />
        <DateInput id="tracker-due-to" label={t('tracker.dueTo')} value={toText} onChange={(text, iso) => dueChange('dueTo', text, iso)} />
        <SelectField
          id="tracker-sort"
          label={t('tracker.sort')}
          value={filters.sort}
          onChange={(v) => set({ sort: v as ActionFilters['sort'] })}
          options={sorts.map((s) => ({ value: s, label: t(`tracker.sort.${s}`) }))}
        />
        <SelectField
          id="tracker-direction"
          label={t('tracker.direction')}
          value={filters.direction}
          onChange={(v) => set({ direction: v as ActionFilters['direction'] })}
          options={(['asc', 'desc'] as const).map((d) => ({ value: d, label: t(`tracker.direction.${d}`) }))}
        />
      </div>
    </search>
  );
}
