import { useT } from '../../i18n';
import { useMay } from '../session';
import { personName } from '../../lib/labels';
import type { Organisation, Person } from '../../state/types';

interface Props {
  person: Person;
  /** The record this one was merged into, when it was. */
  mergedInto: Person | undefined;
  organisation: Organisation | undefined;
  selected: boolean;
  /** Two records are chosen for merging already: no third. */
  selectionFull: boolean;
  busy: boolean;
  onSelect(on: boolean): void;
  onEdit(): void;
  onDeactivate(): void;
  onReactivate(): void;
}

/** One person as the minutes name them, with their organisation and what can be done to the record. */
export function PersonRow({ person: p, mergedInto, organisation: o, selected, selectionFull, busy, onSelect, onEdit, onDeactivate, onReactivate }: Props) {
  const t = useT();
  // A reader sees the record; the merge tick and the row's buttons are calls its role may not make.
  const mayChange = useMay('people.update');
  const mayMerge = useMay('people.merge');
  const name = personName(p);
  return (
    <tr className={[p.active ? '' : 'directory-row--inactive', selected ? 'directory-row--selected' : ''].join(' ').trim() || undefined} data-testid="person-row">
      {mayMerge ? (
        <td className="directory-check">
          <input
            type="checkbox"
            checked={selected}
            disabled={(!selected && selectionFull) || !!p.mergedIntoId}
            onChange={(e) => onSelect(e.target.checked)}
            aria-label={t('dir.merge.select', { name })}
          />
        </td>
      ) : null}
      <th scope="row">
        {name}
        {p.illustrative ? <span className="badge badge--illustrative">{t('policy.illustrative')}</span> : null}
      </th>
      <td>{p.position || <span className="muted">—</span>}</td>
      <td title={o?.nameTh}>{o ? o.abbrTh : <span className="muted">—</span>}</td>
      <td>
        <span className={`badge ${p.active ? 'badge--active' : 'badge--inactive'}`}>
          {p.active ? t('dir.active') : p.mergedIntoId ? t('dir.person.mergedInto', { name: mergedInto ? personName(mergedInto) : '?' }) : t('dir.inactive')}
        </span>
      </td>
      {mayChange ? (
        <td>
          <div className="row-actions">
            <button type="button" className="button button--small" id={`person-${p.id}-edit`} onClick={onEdit} aria-label={t('dir.person.editLabel', { name })}>
              {t('common.edit')}
            </button>
            {p.mergedIntoId ? null : p.active ? (
              <button type="button" className="button button--small button--quiet-danger" onClick={onDeactivate} aria-label={t('dir.person.deactivateLabel', { name })}>
                {t('dir.deactivate')}
              </button>
            ) : (
              <button type="button" className="button button--small" onClick={onReactivate} aria-disabled={busy || undefined} aria-label={t('dir.person.reactivateLabel', { name })}>
                {t('dir.reactivate')}
              </button>
            )}
          </div>
        </td>
      ) : null}
    </tr>
  );
}
