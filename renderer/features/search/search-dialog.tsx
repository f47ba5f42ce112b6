import { useEffect, useRef, useState } from 'react';
import type { SearchHit, SearchKind, SearchResult } from '../../../shared/schemas/search';
import { searchKinds } from '../../../shared/schemas/search';
import { errorMessage } from '../../api/client';
import { formatDateShort, useLang, useT } from '../../i18n/index';
import { navigate, paths } from '../../router';
import { useAppStores, useSeries } from '../../state/app-context';
import { FormError } from '../../ui/form-error';
import './search.css';

/** Where a hit opens: its meeting (at the item), its policy, or the tracker for a directive. */
function hitPath(hit: SearchHit): string {
  if (hit.kind === 'policy') return paths.policy(hit.id);
  if (hit.meeting) return paths.meeting(hit.meeting.id, hit.item?.id ?? null);
  return paths.actions();
}

/**
 * Hits asked a kind: a glance over every kind (counted to "20+" by the service), or more of the one
 * kind the officer chose (counted to "100+"), which each group of the glance offers when it has more.
 */
const GLANCE_HITS = 8;
const KIND_HITS = 30;

/**
 * ค้นหา (Ctrl+K, from every page): Thai full-text search over the whole record, results grouped by
 * kind and ranked (a subject that names the query first, then newer meetings), each with the words
 * found marked and the meeting and item it belongs to.
 * Snippets are plain text parts: nothing found is ever read as HTML.
 */
export function SearchDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const lang = useLang();
  const stores = useAppStores();
  const series = useSeries((s) => s.series);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [kind, setKind] = useState<SearchKind | ''>('');
  const [seriesId, setSeriesId] = useState('');
  const [yearFrom, setYearFrom] = useState('');
  const [yearTo, setYearTo] = useState('');
  const [result, setResult] = useState<SearchResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const asked = useRef(0);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    if (stores.series.getState().status === 'idle') void stores.series.getState().load();
  }, [stores]);

  // Searched as the officer types, a moment after the last key; an older answer never replaces a newer one.
  useEffect(() => {
    if (!text.trim()) {
      setResult(null);
      setError(null);
      return;
    }
    const n = ++asked.current;
    const timer = setTimeout(async () => {
      const year = (v: string) => (/^\d{4}$/.test(v.trim()) ? Number(v.trim()) : undefined);
      try {
        const found = await stores.client.call('search.query', {
          text, limit: kind ? KIND_HITS : GLANCE_HITS, ...(kind ? { kinds: [kind] } : {}), ...(seriesId ? { seriesId } : {}),
          ...(year(yearFrom) ? { yearFrom: year(yearFrom) } : {}), ...(year(yearTo) ? { yearTo: year(yearTo) } : {}),
        });
        if (n === asked.current) {
          setResult(found);
          setError(null);
        }
      } catch (e) {
        if (n === asked.current) setError(errorMessage(e));
      }
    }, 200);
    return () => clearTimeout(timer);
  }, [text, kind, seriesId, yearFrom, yearTo, stores]);

  function open(hit: SearchHit) {
    dialogRef.current?.close();
    navigate(hitPath(hit));
  }

  const total = result?.groups.reduce((sum, g) => sum + g.count, 0) ?? 0;
  return (
    <dialog ref={dialogRef} className="dialog search" aria-labelledby="search-title" onClose={onClose}>
      <div className="dialog__body">
        <header className="dialog__head">
          <h2 id="search-title">{t('search.title')}</h2>
        </header>
        <div className="search__controls">
          <label className="field search__text">
            <span className="field__label">{t('search.label')}</span>
            <input type="text" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('search.placeholder')} autoComplete="off" />
          </label>
          <label className="field">
            <span className="field__label">{t('search.kind')}</span>
            <select value={kind} onChange={(e) => setKind(e.target.value as SearchKind | '')}>
              <option value="">{t('search.allKinds')}</option>
              {searchKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`search.kind.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field__label">{t('search.series')}</span>
            <select value={seriesId} onChange={(e) => setSeriesId(e.target.value)}>
              <option value="">{t('search.allSeries')}</option>
              {series.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.shortName || s.nameTh}
                </option>
              ))}
            </select>
          </label>
          <label className="field search__year">
            <span className="field__label">{t('search.yearFrom')}</span>
            <input inputMode="numeric" value={yearFrom} onChange={(e) => setYearFrom(e.target.value)} placeholder="2560" />
          </label>
          <label className="field search__year">
            <span className="field__label">{t('search.yearTo')}</span>
            <input inputMode="numeric" value={yearTo} onChange={(e) => setYearTo(e.target.value)} placeholder="2568" />
          </label>
        </div>
        <div className="dialog__scroll search__results">
          <FormError message={error} />
          <p className="muted" role="status">
            {result ? (total ? t('search.found', { count: total, more: result.complete ? '' : '+' }) : t('search.none')) : ''}
          </p>
          {result?.groups.map((g) => (
            <section key={g.kind} className="search__group" aria-labelledby={`search-group-${g.kind}`}>
              <h3 id={`search-group-${g.kind}`}>
                {t(`search.kind.${g.kind}`)} <span className="muted">({g.exact ? g.count : `${g.count}+`})</span>
              </h3>
              <ul>
                {g.hits.map((hit) => (
                  <li key={`${hit.kind}:${hit.id}`}>
                    <a href={hitPath(hit)} onClick={(e) => { e.preventDefault(); open(hit); }} className="search__hit">
                      <span className="search__hit-title">{hit.title}</span>
                      <span className="search__place muted">
                        {[hit.place, hit.date ? formatDateShort(lang, hit.date) : ''].filter(Boolean).join(' · ')}
                      </span>
                      <span className="search__snippet">
                        {/* biome-ignore lint/suspicious/noArrayIndexKey: a snippet's parts have no identity of their own and are replaced whole */}
                        {hit.snippet.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
                      </span>
                    </a>
                  </li>
                ))}
              </ul>
              {!kind && g.more ? (
                <button type="button" className="button button--link" onClick={() => setKind(g.kind)}>
                  {t('search.moreOf', { kind: t(`search.kind.${g.kind}`) })}
                </button>
              ) : null}
            </section>
          ))}
        </div>
        <div className="dialog__foot">
          <div className="actions dialog__actions">
            <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
              {t('search.close')}
            </button>
          </div>
        </div>
      </div>
    </dialog>
  );
}
