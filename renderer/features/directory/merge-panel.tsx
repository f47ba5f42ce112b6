import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/client';
import { FormError } from '../../ui/form-error';
import { useT } from '../../i18n';
import { personName } from '../../lib/labels';
import { useAppStores } from '../../state/app-context';
import type { Organisation, Person } from '../../state/types';
import { ConfirmDialog } from '../../ui/confirm-dialog';

interface Props {
  pair: readonly [Person, Person];
  organisationOf(id: string | null): Organisation | undefined;
  onMerged(kept: Person, merged: Person): void;
  onCancel(): void;
}

/**
 * Two records of one person side by side; the officer chooses which stays. The core moves every
 * reference to it and removes the other, or refuses (naming the meetings) where both attend one meeting.
 */
export function MergePanel({ pair, organisationOf, onMerged, onCancel }: Props) {
  const t = useT();
  const stores = useAppStores();
  // The active record, or the first chosen, is the likelier one to keep.
  const [keepId, setKeepId] = useState(pair[0].active || !pair[1].active ? pair[0].id : pair[1].id);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const keep = pair.find((p) => p.id === keepId) ?? pair[0];
  const merge = pair.find((p) => p.id !== keep.id) ?? pair[1];
  // Two records of one person often carry the same name: the numbers tell them apart.
  const names = { keep: personName(keep), merge: personName(merge), keepN: pair.indexOf(keep) + 1, mergeN: pair.indexOf(merge) + 1 };

  useEffect(() => headingRef.current?.focus(), []);
  // After the dialog has gone (its clean-up puts focus back on the button), the refusal takes focus.
  useEffect(() => {
    if (error && !confirming) errorRef.current?.focus();
  }, [error, confirming]);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      const kept = await stores.directory.getState().mergePeople(keep.id, merge.id);
      setConfirming(false);
      onMerged(kept, merge);
    } catch (e) {
      // The refusal lists the meetings where both attend; it stays on the panel to work from.
      setError(errorMessage(e));
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  }

  const orgText = (p: Person) => {
    const o = organisationOf(p.organisationId);
    return o ? `${o.abbrTh} ${o.nameTh}` : '—';
  };
  const rows: [string, (p: Person) => string][] = [
    [t('dir.person.name'), personName],
    [t('person.position'), (p) => p.position || '—'],
    [t('person.organisation'), orgText],
    [t('dir.status'), (p) => (p.active ? t('dir.active') : t('dir.inactive'))],
  ];
  return (
    <section className="subform merge-panel" aria-labelledby="merge-title">
      <h2 id="merge-title" className="subform__title" tabIndex={-1} ref={headingRef}>
        {t('dir.merge.title')}
      </h2>
      <p>{t('dir.merge.explain')}</p>
      <FormError ref={errorRef} title={t('dir.merge.refused')} message={error} />
      <table className="table merge-table">
        <caption className="visually-hidden">{t('dir.merge.compare')}</caption>
        <thead>
          <tr>
            <td className="merge-table__label" />
            {pair.map((p, i) => (
              <th key={p.id} scope="col" className={p.id === keep.id ? 'merge-table__keep' : undefined}>
                <label className="radio-group__choice">
                  <input type="radio" name="merge-keep" checked={p.id === keep.id} onChange={() => setKeepId(p.id)} />
                  <span>{t('dir.merge.keepThis', { n: i + 1 })}</span>
                  <span className="visually-hidden"> {personName(p)}</span>
                </label>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {pair.map((p) => (
                <td key={p.id} className={p.id === keep.id ? 'merge-table__keep' : undefined}>
                  {value(p)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('dir.merge.result', names)}</p>
      <div className="actions">
        <button type="button" className="button button--primary" onClick={() => setConfirming(true)}>
          {t('dir.merge.start')}
        </button>
        <button type="button" className="button" id="merge-cancel" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
      {confirming ? (
        <ConfirmDialog
          title={t('dir.merge.confirmTitle')}
          confirmLabel={t('dir.merge.confirm')}
          busy={busy}
          irreversible
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
          fallbackFocus={() => headingRef.current?.focus()}
        >
          <p>{t('dir.merge.confirmText', names)}</p>
          <p>{t('dir.merge.confirmNote')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
