import { useEffect, useState } from 'react';
import type { Preparation } from '../../../shared/schemas/meeting';
import { useT } from '../../i18n/index';
import { useApi } from '../../state/app-context';

interface Props {
  seriesId: string;
  date: string | null;
  number: number | null;
  /** Ids of the carried items the officer keeps; null until the preview has loaded (then: all of them). */
  kept: readonly string[] | null;
  onKept(ids: string[]): void;
}

/**
 * What the new meeting will prepare, shown before it is written: the minutes item 2.1 certifies, and
 * the items section 3 would carry (marked to continue at the last meeting, or with directives still
 * open from the series' window), each to keep or leave out.
 */
export function CarryPreview({ seriesId, date, number, kept, onKept }: Props) {
  const t = useT();
  const api = useApi();
  const [plan, setPlan] = useState<Preparation | null>(null);
  useEffect(() => {
    if (!seriesId || !date) {
      setPlan(null);
      return;
    }
    let live = true;
    api.call('meetings.preparation', { seriesId, date, number: number ?? undefined }).then(
      (p) => {
        if (!live) return;
        setPlan(p);
        onKept(p.carried.map((c) => c.itemId));
      },
      (e: unknown) => console.warn('[lekha] preparation', e),
    );
    return () => {
      live = false;
    };
  }, [api, seriesId, date, number, onKept]);

  if (!plan?.certifies) return null;
  const keep = new Set(kept ?? []);
  return (
    <fieldset className="carry-preview" data-testid="carry-preview">
      <legend>{t('carry.title')}</legend>
      <p className="muted">{t('carry.certifies', { number: plan.certifies.number })}</p>
      {plan.carried.length === 0 ? (
        <p className="muted">{t('carry.none', { months: plan.windowMonths })}</p>
      ) : (
        <>
          <p className="muted">{t('carry.explain', { months: plan.windowMonths })}</p>
          <ul className="carry-preview__list">
            {plan.carried.map((c) => (
              <li key={c.itemId}>
                <label>
                  <input
                    type="checkbox"
                    checked={keep.has(c.itemId)}
                    onChange={(e) => onKept(e.target.checked ? [...keep, c.itemId] : [...keep].filter((x) => x !== c.itemId))}
                  />
                  <span className="carry-preview__subject">{c.subject}</span>
                </label>
                <span className="muted">
                  {' '}
                  {t(c.reason === 'marked' ? 'carry.reasonMarked' : 'carry.reasonOpen', { from: c.from, count: c.openActions.length })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}
