import { useEffect } from 'react';
import { FormError } from '../../ui/form-error';
import { MinutesBadge, StatusBadge } from '../../ui/badges';
import { formatDateShort, useLang, useT } from '../../i18n/index';
import { meetingNumber } from '../../lib/labels';
import { paths } from '../../router';
import { useAppStores, useMeetings, useSeries } from '../../state/app-context';
import type { MeetingSummary, Series } from '../../state/types';
import './meetings-page.css';

/** Every meeting, grouped by its series, newest first. */
export function MeetingsPage() {
  const t = useT();
  const stores = useAppStores();
  const series = useSeries((s) => s.series);
  const seriesStatus = useSeries((s) => s.status);
  const seriesError = useSeries((s) => s.error);
  const meetings = useMeetings((s) => s.meetings);
  const meetingsStatus = useMeetings((s) => s.status);
  const meetingsError = useMeetings((s) => s.error);

  useEffect(() => {
    void stores.series.getState().load();
    void stores.meetings.getState().load();
  }, [stores]);

  const loading = (seriesStatus === 'loading' || meetingsStatus === 'loading') && series.length === 0;
  const error = seriesError ?? meetingsError;

  return (
    <div className="page">
      <div className="page__head">
        <h1>{t('meetings.title')}</h1>
        <a className="button button--primary" href={paths.newMeeting()}>
          + {t('meetings.new')}
        </a>
      </div>
      <FormError message={error} title={t('error.load')} />
      {error ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            void stores.series.getState().load();
            void stores.meetings.getState().load();
          }}
        >
          {t('common.retry')}
        </button>
      ) : null}
      {loading ? <p className="muted">{t('common.loading')}</p> : null}
      {!loading && !error && seriesStatus === 'ready' && series.length === 0 ? (
        <div className="card empty-state">
          <p>{t('meetings.noSeries')}</p>
          <a className="button button--primary" href={paths.newMeeting()}>
            {t('meetings.newSeries')}
          </a>
        </div>
      ) : null}
      {series.map((s) => (
        <SeriesMeetings key={s.id} series={s} meetings={meetings.filter((m) => m.seriesId === s.id)} />
      ))}
    </div>
  );
}

function SeriesMeetings({ series, meetings }: { series: Series; meetings: MeetingSummary[] }) {
  const t = useT();
  const lang = useLang();
  const sorted = [...meetings].sort((a, b) => b.yearBe - a.yearBe || b.number - a.number);
  const headingId = `series-${series.id}`;
  return (
    <section className="card series" aria-labelledby={headingId}>
      <div className="series__head">
        <h2 id={headingId}>{series.nameTh}</h2>
        <span className="muted">
          {series.shortName ? `${series.shortName} · ` : ''}
          {t('meetings.count', { count: meetings.length })}
          {' · '}
          <a href={paths.series(series.id)} aria-label={t('seriesPage.editNamed', { name: series.nameTh })}>
            {t('seriesPage.edit')}
          </a>
        </span>
      </div>
      {sorted.length === 0 ? (
        <p className="muted">{t('meetings.emptySeries')}</p>
      ) : (
        <table className="table meetings-table">
          <thead>
            <tr>
              <th scope="col">{t('meetings.col.number')}</th>
              <th scope="col">{t('meetings.col.date')}</th>
              <th scope="col">{t('meetings.col.venue')}</th>
              <th scope="col">{t('meetings.col.status')}</th>
              <th scope="col">{t('meetings.col.minutes')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((m) => (
              <tr key={m.id}>
                <td>
                  <a className="meeting-link" href={paths.meeting(m.id)}>
                    {t('meeting.number', { number: meetingNumber(m) })}
                  </a>
                </td>
                <td className="nowrap">{m.date ? formatDateShort(lang, m.date) : <span className="muted">{t('meeting.dateNotSet')}</span>}</td>
                <td>{m.venue}</td>
                <td>
                  <StatusBadge status={m.status} />
                </td>
                <td>
                  <MinutesBadge status={m.minutesStatus} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
