import { useT } from '../../i18n';
import { useMay } from '../session';
import { paths } from '../../router';
import type { Organisation } from '../../state/types';

interface Props {
  organisation: Organisation;
  peopleCount: number;
  busy: boolean;
  onEdit(): void;
  onVerify(): void;
  onDeactivate(): void;
  onReactivate(): void;
}

/** One organisation: abbreviation first (what officers scan for), its flags, and what can be done to it. */
export function OrganisationRow({ organisation: o, peopleCount, busy, onEdit, onVerify, onDeactivate, onReactivate }: Props) {
  const t = useT();
  // Edit, confirm the abbreviation, deactivate: all organisations.update, which a reader's role may not call.
  const mayChange = useMay('organisations.update');
  const prefix = `org-${o.id}`;
  return (
    <tr className={o.active ? undefined : 'directory-row--inactive'} data-testid="organisation-row">
      <th scope="row" className="directory-abbr">
        <span>{o.abbrTh}</span>
        {o.abbrVerified ? null : (
          <span className="badge badge--unverified" title={t(mayChange ? 'dir.org.unverifiedNote' : 'dir.org.unverifiedNoteReader')}>
            {t('dir.org.unverified')}
          </span>
        )}
      </th>
      <td>{o.nameTh}</td>
      <td lang="en">
        {o.nameEn || o.abbrEn ? (
          <>
            {o.nameEn}
            {o.abbrEn ? <span className="muted"> ({o.abbrEn})</span> : null}
          </>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td>{t(`orgKind.${o.kind}`)}</td>
      <td className="num">
        {peopleCount ? (
          <a href={paths.directory('people', o.id)} aria-label={t('dir.org.peopleLink', { count: peopleCount, abbr: o.abbrTh })}>
            {peopleCount}
          </a>
        ) : (
          <span className="muted">0</span>
        )}
      </td>
      <td>
        <span className={`badge ${o.active ? 'badge--active' : 'badge--inactive'}`}>{o.active ? t('dir.active') : t('dir.inactive')}</span>
      </td>
      {mayChange ? (
        <td>
          <div className="row-actions">
            <button type="button" className="button button--small" id={`${prefix}-edit`} onClick={onEdit} aria-label={t('dir.org.editLabel', { abbr: o.abbrTh })}>
              {t('common.edit')}
            </button>
            {o.abbrVerified ? null : (
              <button type="button" className="button button--small" onClick={onVerify} aria-disabled={busy || undefined} aria-label={t('dir.org.verifyLabel', { abbr: o.abbrTh })}>
                {t('dir.org.verify')}
              </button>
            )}
            {o.active ? (
              <button type="button" className="button button--small button--quiet-danger" onClick={onDeactivate} aria-label={t('dir.org.deactivateLabel', { abbr: o.abbrTh })}>
                {t('dir.deactivate')}
              </button>
            ) : (
              <button type="button" className="button button--small" onClick={onReactivate} aria-disabled={busy || undefined} aria-label={t('dir.org.reactivateLabel', { abbr: o.abbrTh })}>
                {t('dir.reactivate')}
              </button>
            )}
          </div>
        </td>
      ) : null}
    </tr>
  );
}
