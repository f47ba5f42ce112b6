import { useMemo, useState } from 'react';
import { useMay } from '../session';
import { errorMessage } from '../../api/client';
import { FormError } from '../../ui/form-error';
import { usePending } from '../../ui/use-pending';
import { type MessageKey, useT } from '../../i18n';
import { compareThai } from '../../lib/labels';
import { focusLater } from '../../lib/errors';
import { useAppStores, useDirectory } from '../../state/app-context';
import type { Organisation } from '../../state/types';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { matchesFind } from './find';
import { organisationKinds } from './kinds';
import { OrganisationForm } from './organisation-form';
import { OrganisationRow } from './organisation-row';

/** Every organisation meetings name: find, filter, add, edit, verify an abbreviation, deactivate. */
export function OrganisationsTab() {
  const t = useT();
  const mayCreate = useMay('organisations.create');
  // A reader's table has no column of buttons (organisation-row.tsx leaves its cell out too).
  const mayChange = useMay('organisations.update');
  const stores = useAppStores();
  const organisations = useDirectory((s) => s.organisations);
  const people = useDirectory((s) => s.people);
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState('');
  const [showInactive, setShowInactive] = useState(false);
  const [onlyUnverified, setOnlyUnverified] = useState(false);
  /** The organisation being edited, `new` for the add form. */
  const [editing, setEditing] = useState<string | null>(null);
  const [deactivating, setDeactivating] = useState<Organisation | null>(null);
  const { busy, error: failure, setError, run } = usePending();
  const error = failure ? errorMessage(failure) : null;
  const [message, setMessage] = useState('');

  const peopleCount = useMemo(() => {
    const counts = new Map<string, number>();
    for (const p of people) if (p.organisationId) counts.set(p.organisationId, (counts.get(p.organisationId) ?? 0) + 1);
    return counts;
  }, [people]);
  const shown = organisations
    .filter((o) => (showInactive || o.active) && (!kind || o.kind === kind) && (!onlyUnverified || !o.abbrVerified))
    .filter((o) => matchesFind(query, [o.abbrTh, o.nameTh, o.nameEn, o.abbrEn]))
    .sort((a, b) => compareThai(a.abbrTh, b.abbrTh));
  const unverified = organisations.filter((o) => o.active && !o.abbrVerified).length;

  function edit(id: string | null) {
    setEditing(id);
    setMessage('');
    setError(null);
  }
  function done(from: string, saved: Organisation | null) {
    setEditing(null);
    if (saved) setMessage(t(from === 'new' ? 'dir.org.added' : 'dir.org.saved', { abbr: saved.abbrTh }));
    focusLater(from === 'new' ? 'org-add' : `org-${from}-edit`);
  }
  /** One change from a row's button; the row's own state shows the result, the status line says it. */
  async function change(o: Organisation, patch: { active?: boolean; abbrVerified?: boolean }, said: MessageKey): Promise<boolean> {
    return run(async () => {
      await stores.directory.getState().updateOrganisation({ id: o.id, version: o.version, ...patch });
      setMessage(t(said, { abbr: o.abbrTh }));
    });
  }

  return (
    <section className="card" aria-labelledby="dir-orgs-title">
      <h2 id="dir-orgs-title" className="visually-hidden">
        {t('dir.tab.organisations')}
      </h2>
      <search className="toolbar directory-toolbar" aria-label={t('dir.org.find')}>
        <div className="field field--inline directory-find">
          <label htmlFor="org-find">{t('dir.find')}</label>
          <input id="org-find" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('dir.org.findPlaceholder')} aria-describedby="org-find-hint" />
          <span id="org-find-hint" className="visually-hidden">{t('dir.org.findHint')}</span>
        </div>
        <div className="field field--inline">
          <label htmlFor="org-kind">{t('dir.org.kind')}</label>
          <select id="org-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">{t('dir.org.allKinds')}</option>
            {organisationKinds.map((k) => (
              <option key={k} value={k}>
                {t(`orgKind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <label className="radio-group__choice">
          <input type="checkbox" checked={onlyUnverified} onChange={(e) => setOnlyUnverified(e.target.checked)} />
          <span>{t('dir.org.onlyUnverified', { count: unverified })}</span>
        </label>
        <label className="radio-group__choice">
          <input type="checkbox" checked={showInactive} onChange={(e) => setShowInactive(e.target.checked)} />
          <span>{t('dir.org.showInactive')}</span>
        </label>
        {editing === 'new' || !mayCreate ? null : (
          <button type="button" className="button button--primary" id="org-add" onClick={() => edit('new')}>
            + {t('dir.org.add')}
          </button>
        )}
      </search>
      {editing === 'new' ? <OrganisationForm organisation={null} onDone={(saved) => done('new', saved)} /> : null}
      <p className="save-state" role="status">
        {message}
      </p>
      <FormError message={deactivating ? null : error} />
      {unverified ? (
        <p id="dir-unverified-note" className="directory-note">
          <span className="badge badge--unverified">{t('dir.org.unverified')}</span> {t(mayChange ? 'dir.org.unverifiedNote' : 'dir.org.unverifiedNoteReader')}
        </p>
      ) : null}
      <p className="muted directory-count" aria-live="polite">
        {t('dir.org.count', { shown: shown.length, total: organisations.length })}
      </p>
      {shown.length ? (
        <table className="table directory-table directory-table--orgs">
          <thead>
            <tr>
              <th scope="col">{t('dir.org.abbrTh')}</th>
              <th scope="col">{t('dir.org.nameTh')}</th>
              <th scope="col">{t('dir.org.english')}</th>
              <th scope="col">{t('dir.org.kind')}</th>
              <th scope="col" className="num">{t('dir.org.people')}</th>
              <th scope="col">{t('dir.status')}</th>
              {mayChange ? <th scope="col"><span className="visually-hidden">{t('common.actions')}</span></th> : null}
            </tr>
          </thead>
          <tbody>
            {shown.flatMap((o) => [
              <OrganisationRow
                key={o.id}
                organisation={o}
                peopleCount={peopleCount.get(o.id) ?? 0}
                busy={busy}
                onEdit={() => edit(o.id)}
                onVerify={() => void change(o, { abbrVerified: true }, 'dir.org.verifiedDone')}
                onDeactivate={() => setDeactivating(o)}
                onReactivate={() => void change(o, { active: true }, 'dir.org.reactivated')}
              />,
              editing === o.id ? (
                <tr key={`${o.id}-edit`} className="table__edit-row">
                  <td colSpan={7}>
                    <OrganisationForm organisation={o} onDone={(saved) => done(o.id, saved)} />
                  </td>
                </tr>
              ) : null,
            ])}
          </tbody>
        </table>
      ) : (
        <p className="muted">{query ? t('dir.noMatch') : t('dir.org.empty')}</p>
      )}
      {deactivating ? (
        <ConfirmDialog
          title={t('dir.org.deactivateTitle', { abbr: deactivating.abbrTh })}
          confirmLabel={t('dir.org.deactivateConfirm')}
          busy={busy}
          error={error}
          onConfirm={async () => {
            if (await change(deactivating, { active: false }, 'dir.org.deactivated')) setDeactivating(null);
          }}
          onCancel={() => {
            setDeactivating(null);
            setError(null);
          }}
          fallbackFocus={() => document.getElementById('org-find')?.focus()}
        >
          <p>
            <strong>{deactivating.nameTh}</strong>
          </p>
          <p>{t('dir.org.deactivateExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
