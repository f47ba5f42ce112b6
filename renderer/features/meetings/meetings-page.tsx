import { useCallback, useEffect, useRef, useState } from 'react';
import type { MeetingPage } from '../../../shared/schemas/meeting';
import { errorMessage } from '../../api/client';
import { FormError } from '../../ui/form-error';
import { NoSeries } from '../../ui/no-series';
import { SelectField } from '../../ui/fields';
import { formatNumber, useLang, useT } from '../../i18n/index';
import { useReloadOnChange } from '../../lib/use-reload-on-change';
import { type MeetingsFilter, navigate, paths } from '../../router';
import { useAppStores, useSeries } from '../../state/app-context';
import { MeetingsTable } from './meetings-table';
import './meetings-page.css';
import { useMay } from '../session';

/** Twenty years hold about a thousand meetings: the list shows a page of them, newest first (issue 11). */
export const MEETINGS_PAGE_SIZE = 25;

/** The meetings of every series or of one, of every year or of one, a page at a time, with their count. */
export function MeetingsPage({ filter }: { filter: MeetingsFilter }) {
  // A reader reads the record; making a meeting is the secretariat's.
  const mayCreate = useMay('meetings.create');
  const t = useT();
  const lang = useLang();
  const stores = useAppStores();
  const series = useSeries((s) => s.series);
  const seriesStatus = useSeries((s) => s.status);
  const seriesError = useSeries((s) => s.error);
  const [data, setData] = useState<MeetingPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { seriesId, yearBe, page } = filter;

  useEffect(() => {
    void stores.series.getState().load();
  }, [stores]);

  // Only the answer to the latest filter is shown: an earlier one may arrive after it.
  const asked = useRef(0);
  const load = useCallback(async () => {
    const ticket = ++asked.current;
    try {
      const value = await stores.client.call('meetings.page', {
        seriesId: seriesId ?? undefined, yearBe: yearBe ?? undefined, limit: MEETINGS_PAGE_SIZE, offset: (page - 1) * MEETINGS_PAGE_SIZE,
      });
      if (ticket === asked.current) {
        setData(value);
        setError(null);
      }
    } catch (e) {
      if (ticket === asked.current) setError(errorMessage(e));
    }
  }, [stores, seriesId, yearBe, page]);
  useReloadOnChange(stores.client, load);

  const shownError = seriesError ?? error;
  const noSeries = seriesStatus === 'ready' && series.length === 0;
  const chosen = series.find((s) => s.id === seriesId);
  // A year typed into the address that holds no meeting is still shown as the choice it is.
  const years = data ? [...new Set([...(yearBe ? [yearBe] : []), ...data.years])].sort((a, b) => b - a) : yearBe ? [yearBe] : [];
  const go = (next: Partial<MeetingsFilter>) => navigate(paths.meetings({ seriesId, yearBe, page: 1, ...next }));

  return (
    <div className="page">
      <div className="page__head">
        <h1>{t('meetings.title')}</h1>
        {mayCreate ? (
          <a className="button button--primary" href={paths.newMeeting()}>
            + {t('meetings.new')}
          </a>
        ) : null}
      </div>
      <FormError message={shownError} title={t('error.load')} />
      {shownError ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            void stores.series.getState().load();
            void load();
          }}
        >
          {t('common.retry')}
        </button>
      ) : null}
      {noSeries ? (
        <NoSeries />
      ) : (
        <div className="card">
          <search className="meetings-filters" aria-label={t('meetings.filters')}>
            <SelectField
              id="meetings-series"
              label={t('meetings.series')}
              value={seriesId ?? ''}
              onChange={(v) => go({ seriesId: v || null })}
              placeholder={t('meetings.allSeries')}
              options={series.map((s) => ({ value: s.id, label: s.nameTh }))}
              className="field--grow"
            />
            <SelectField
              id="meetings-year"
              label={t('meetings.year')}
              value={yearBe ? String(yearBe) : ''}
              onChange={(v) => go({ yearBe: v ? Number(v) : null })}
              placeholder={t('meetings.allYears')}
              options={years.map((y) => ({ value: String(y), label: t('meetings.yearOption', { year: y }) }))}
            />
            <p id="meetings-found" className="meetings-filters__total" role="status" data-testid="meetings-total">
              {data ? t('meetings.total', { count: formatNumber(data.total, lang) }) : t('common.loading')}
            </p>
          </search>
          {chosen ? (
            <p className="meetings-series-link">
              <a href={paths.series(chosen.id)}>{t('seriesPage.editNamed', { name: chosen.nameTh })}</a>
            </p>
          ) : null}
          {data ? <MeetingsTable meetings={data.meetings} series={series} showSeries={!seriesId} /> : null}
          {data && data.total === 0 ? <p className="muted">{t('meetings.none')}</p> : null}
          {data ? <Pager filter={filter} total={data.total} /> : null}
        </div>
      )}
    </div>
  );
}

/** Earlier and later pages as links, so each page has its address and Back returns to it. */
function Pager({ filter, total }: { filter: MeetingsFilter; total: number }) {
  const t = useT();
  const lang = useLang();
  const pages = Math.max(1, Math.ceil(total / MEETINGS_PAGE_SIZE));
  if (pages === 1) return null;
  const page = Math.min(filter.page, pages);
  const from = (page - 1) * MEETINGS_PAGE_SIZE + 1;
  const to = Math.min(total, page * MEETINGS_PAGE_SIZE);
  const link = (to: number, label: string) =>
    to >= 1 && to <= pages ? (
      <a className="button button--small" href={paths.meetings({ ...filter, page: to })}>
        {label}
      </a>
    ) : (
      <span className="button button--small" aria-disabled="true">
        {label}
      </span>
    );
  return (
    <nav className="pager" aria-label={t('meetings.pages')}>
      {link(page - 1, t('meetings.prev'))}
      <span className="pager__where">
        {t('meetings.pageOf', { page: formatNumber(page, lang), pages: formatNumber(pages, lang), from: formatNumber(from, lang), to: formatNumber(to, lang) })}
      </span>
      {link(page + 1, t('meetings.next'))}
    </nav>
  );
}
