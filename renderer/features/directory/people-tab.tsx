import { useMemo, useState } from 'react';
import { useMay } from '../session';
import { errorMessage } from '../../api/client';
import { FormError } from '../../ui/form-error';
import { usePending } from '../../ui/use-pending';
import { type MessageKey, useT } from '../../i18n';
import { focusLater } from '../../lib/errors';
import { compareThai, personName, sortPeople } from '../../lib/labels';
import { useAppStores, useDirectory } from '../../state/app-context';
import type { Person } from '../../state/types';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { matchesFind } from './find';
import { MergeBar } from './merge-bar';
import { MergePanel } from './merge-panel';
import { PersonForm } from './person-form';
import { PersonRow } from './person-row';

const NO_ORG = 'none';

/** Everyone meetings name: find, filter by organisation, add, edit, deactivate, and merge two records of one person. */
export function PeopleTab({ org }: { org: string | null }) {
  const t = useT();
  const stores = useAppStores();
  const people = useDirectory((s) => s.people);
  const organisations = useDirectory((s) => s.organisations);
  const [query, setQuery] = useState('');
  const [orgFilter, setOrgFilter] = useState(org ?? '');
  const [showInactive, setShowInactive] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [deactivating, setDeactivating] = useState<Person | null>(null);
  const mayCreate = useMay('people.create');
  const mayMerge = useMay('people.merge');
  const mayChange = useMay('people.update');
  const [selected, setSelected] = useState<string[]>([]);
  const [comparing, setComparing] = useState(false);
  const { busy, error: failure, setError, run } = usePending();
  const error = failure ? errorMessage(failure) : null;
  const [message, setMessage] = useState('');

  const orgById = useMemo(() => new Map(organisations.map((o) => [o.id, o])), [organisations]);
  const orgOptions = useMemo(() => {
    const used = new Set(people.map((p) => p.organisationId));
    return organisations.filter((o) => used.has(o.id) || o.id === orgFilter).sort((a, b) => compareThai(a.abbrTh, b.abbrTh));
  }, [people, organisations, orgFilter]);
  const shown = sortPeople(people).filter((p) => {
    if (!showInactive && !p.active && !selected.includes(p.id)) return false;
    if (orgFilter && (orgFilter === NO_ORG ? p.organisationId !== null : p.organisationId !== orgFilter)) return false;
    const o = p.organisationId ? orgById.get(p.organisationId) : undefined;
    return matchesFind(query, [personName(p), p.firstName, p.lastName, p.position, o?.abbrTh, o?.nameTh, o?.abbrEn]);
  });
  const chosen = selected.map((id) => people.find((p) => p.id === id)).filter((p): p is Person => !!p);

  function edit(id: string | null) {
    setEditing(id);
    setComparing(false);
    setMessage('');
    setError(null);
  }
  function done(from: string, saved: Person | null) {
    setEditing(null);
    if (saved) setMessage(t(from === 'new' ? 'dir.person.added' : 'dir.person.saved', { name: personName(saved) }));
    focusLater(from === 'new' ? 'person-add' : `person-${from}-edit`);
  }
  async function setActive(p: Person, active: boolean, said: MessageKey): Promise<boolean> {
    return run(async () => {
      await stores.directory.getState().updatePerson({ id: p.id, version: p.version, active });
      setMessage(t(said, { name: personName(p) }));
    });
  }

  return (
    <section className="card" aria-labelledby="dir-people-title">
      <h2 id="dir-people-title" className="visually-hidden">
        {t('dir.tab.people')}
      </h2>
      <search className="toolbar directory-toolbar" aria-label={t('dir.person.find')}>
        <div className="field field--inline directory-find">
          <label htmlFor="person-find">{t('dir.find')}</label>
          <input id="person-find" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('dir.person.findPlaceholder')} />
        </div>
        <div className="field field--inline">
          <label htmlFor="person-org">{t('person.organisation')}</label>
          <select id="person-org" value={orgFilter} onChange={(e) => setOrgFilter(e.target.value)}>
            <option value="">{t('dir.person.allOrgs')}</option>
            <option value={NO_ORG}>{t('dir.person.noOrg')}</option>
            {orgOptions.map((o) => (
              <option key={o.id} value={o.id}>
                {o.abbrTh}
                {o.active ? '' : ` (${t('dir.inactive')})`}
              </option>
            ))}
          </select>
        </div>
        <label className="radio-group__choice">
          <input type="checkbox" checked={showInactive} onChange={(e) => setShowInactive(e.target.checked)} />
          <span>{t('dir.person.showInactive')}</span>
        </label>
        {editing === 'new' || !mayCreate ? null : (
          <button type="button" className="button button--primary" id="person-add" onClick={() => edit('new')}>
            + {t('dir.person.add')}
          </button>
        )}
      </search>
      {editing === 'new' ? <PersonForm person={null} organisationId={orgFilter && orgFilter !== NO_ORG ? orgFilter : null} onDone={(saved) => done('new', saved)} /> : null}
      {comparing && chosen.length === 2 ? (
        <MergePanel
          pair={[chosen[0], chosen[1]]}
          organisationOf={(id) => (id ? orgById.get(id) : undefined)}
          onCancel={() => {
            setComparing(false);
            focusLater('merge-compare');
          }}
          onMerged={(kept, merged) => {
            setComparing(false);
            setSelected([]);
            setMessage(t('dir.merge.done', { merge: personName(merged), keep: personName(kept) }));
            focusLater('person-find');
          }}
        />
      ) : null}
      <p className="save-state" role="status">
        {message}
      </p>
      <FormError message={deactivating ? null : error} />
      {mayMerge ? <p className="directory-note">{t('dir.person.mergeHint')}</p> : null}
      <p className="muted directory-count" aria-live="polite">
        {t('dir.person.count', { shown: shown.length, total: people.length })}
      </p>
      {shown.length ? (
        <table className="table directory-table directory-table--people">
          <thead>
            <tr>
              {mayMerge ? (
                <th scope="col" className="directory-check">
                  <span className="visually-hidden">{t('dir.merge.selectColumn')}</span>
                </th>
              ) : null}
              <th scope="col">{t('dir.person.name')}</th>
              <th scope="col">{t('person.position')}</th>
              <th scope="col">{t('person.organisation')}</th>
              <th scope="col">{t('dir.status')}</th>
              {mayChange ? <th scope="col"><span className="visually-hidden">{t('common.actions')}</span></th> : null}
            </tr>
          </thead>
          <tbody>
            {shown.flatMap((p) => [
              <PersonRow
                key={p.id}
                person={p}
                mergedInto={p.mergedIntoId ? people.find((x) => x.id === p.mergedIntoId) : undefined}
                organisation={p.organisationId ? orgById.get(p.organisationId) : undefined}
                selected={selected.includes(p.id)}
                selectionFull={selected.length >= 2}
                busy={busy}
                onSelect={(on) => setSelected((ids) => (on ? [...ids, p.id].slice(-2) : ids.filter((id) => id !== p.id)))}
                onEdit={() => edit(p.id)}
                onDeactivate={() => setDeactivating(p)}
                onReactivate={() => void setActive(p, true, 'dir.person.reactivated')}
              />,
              editing === p.id ? (
                <tr key={`${p.id}-edit`} className="table__edit-row">
                  <td colSpan={6}>
                    <PersonForm person={p} organisationId={null} onDone={(saved) => done(p.id, saved)} />
                  </td>
                </tr>
              ) : null,
            ])}
          </tbody>
        </table>
      ) : (
        <p className="muted">{query ? t('dir.noMatch') : t('dir.person.empty')}</p>
      )}
      {mayMerge && chosen.length && !comparing ? (
        <MergeBar chosen={chosen} onCompare={() => {
            edit(null);
            setComparing(true);
          }} onClear={() => setSelected([])} />
      ) : null}
      {deactivating ? (
        <ConfirmDialog
          title={t('dir.person.deactivateTitle', { name: personName(deactivating) })}
          confirmLabel={t('dir.person.deactivateConfirm')}
          busy={busy}
          error={error}
          onConfirm={async () => {
            if (await setActive(deactivating, false, 'dir.person.deactivated')) setDeactivating(null);
          }}
          onCancel={() => {
            setDeactivating(null);
            setError(null);
          }}
          fallbackFocus={() => document.getElementById('person-find')?.focus()}
        >
          <p>{t('dir.person.deactivateExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
