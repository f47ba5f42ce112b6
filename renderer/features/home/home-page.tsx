import { useCallback, useEffect, useState } from 'react';
import type { HomeSummary } from '../../../shared/schemas/home';
import { errorMessage } from '../../api/client';
import { formatDateShort, formatTime, useLang, useT } from '../../i18n/index';
import { meetingNumber } from '../../lib/labels';
import { useReloadOnChange } from '../../lib/use-reload-on-change';
import { paths } from '../../router';
import { useAppStores, useSeries } from '../../state/app-context';
import { FormError } from '../../ui/form-error';
import { NoSeries } from '../../ui/no-series';
import './home.css';

/**
 * หน้าแรก: what the secretariat must do next. The next meeting of each series and what it still
 * lacks, minutes waiting to go out or to be certified, overdue directives by agency (each opens the
 * tracker filtered to that agency's overdue ones), policies that moved in the last 30 days.
 */
export function HomePage() {
  const t = useT();
  const stores = useAppStores();
  const [summary, setSummary] = useState<HomeSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A new database opens here: with no series yet, the one thing to do is to create one.
  const noSeries = useSeries((s) => s.status === 'ready' && s.series.length === 0);
  // Only a summary with nothing in it can mean there is no series: the series are read then, not on every start.
  const emptySummary = summary !== null && !summary.nextMeetings.length && !summary.minutesWaiting.length && !summary.overdue.total && !summary.policyMoves.length;

  const load = useCallback(async () => {
    try {
      setSummary(await stores.client.call('home.summary', {}));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [stores]);

  useEffect(() => {
    if (emptySummary) void stores.series.getState().load();
  }, [stores, emptySummary]);

  // Read on arrival, and again after each burst of changes anywhere (another window, the command line).
  useReloadOnChange(stores.client, load);

  return (
    <div className="page home">
      <div className="page__head">
        <h1>{t('home.title')}</h1>
      </div>
      <FormError message={error} title={t('error.load')} />
      {summary === null && !error ? <p className="muted">{t('common.loading')}</p> : null}
      {emptySummary && noSeries ? (
        <NoSeries />
      ) : summary ? (
        <div className="home__grid">
          <NextMeetings summary={summary} />
          <MinutesWaiting summary={summary} />
          <Overdue summary={summary} />
          <PolicyMoves summary={summary} />
        </div>
      ) : null}
    </div>
  );
}

function NextMeetings({ summary }: { summary: HomeSummary }) {
  const t = useT();
  const lang = useLang();
  return (
    <section className="card home__card home__card--wide" aria-labelledby="home-next">
      <h2 id="home-next">{t('home.next')}</h2>
      {summary.nextMeetings.length === 0 ? (
        <p className="muted">
          {t('home.noNext')} <a href={paths.newMeeting()}>{t('meetings.new')}</a>
        </p>
      ) : null}
      {summary.nextMeetings.map((m) => {
        const lacking = m.checks.filter((c) => !c.done).length;
        return (
          <article key={m.id} className="home__meeting" aria-label={`${m.seriesName} ${t('meeting.number', { number: meetingNumber(m) })}`}>
            <h3>
              <a href={paths.meeting(m.id)}>
                {m.seriesName} {t('meeting.number', { number: meetingNumber(m) })}
              </a>
            </h3>
            <p className="muted">
              {m.date ? formatDateShort(lang, m.date) : t('home.noDate')}
              {m.startTime ? ` · ${formatTime(lang, m.startTime)}` : ''}
              {m.venue ? ` · ${m.venue}` : ''}
            </p>
            <p className={lacking ? 'home__lacking' : 'home__ready'}>{lacking ? t('home.lacking', { count: lacking }) : t('home.ready')}</p>
            <ul className="home__checks">
              {m.checks.map((c) => (
                <li key={c.check} className={c.done ? 'home__check home__check--done' : 'home__check'}>
                  <span aria-hidden="true">{c.done ? '✓' : '•'}</span>{' '}
                  <span className="visually-hidden">{c.done ? t('home.done') : t('home.todo')}</span>
                  {t(`home.check.${c.check}`, { items: m.items, unconfirmed: m.unconfirmed, attendees: m.attendees })}
                </li>
              ))}
            </ul>
          </article>
        );
      })}
    </section>
  );
}

function MinutesWaiting({ summary }: { summary: HomeSummary }) {
  const t = useT();
  const lang = useLang();
  const { draft, circulated } = summary.minutesWaitingTotal;
  return (
    <section className="card home__card" aria-labelledby="home-minutes">
      <h2 id="home-minutes">{t('home.minutes')}</h2>
      <p>{t('home.minutesTotals', { draft, circulated })}</p>
      {summary.minutesWaiting.length ? (
        <ul className="home__list">
          {summary.minutesWaiting.map((m) => (
            <li key={m.id}>
              <a href={paths.meeting(m.id)}>
                {m.seriesName} {t('meeting.number', { number: meetingNumber(m) })}
              </a>{' '}
              <span className="muted">
                {m.date ? formatDateShort(lang, m.date) : ''} · {t(m.minutesStatus === 'draft' ? 'home.toCirculate' : 'home.toCertify')}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function Overdue({ summary }: { summary: HomeSummary }) {
  const t = useT();
  const { overdue } = summary;
  return (
    <section className="card home__card" aria-labelledby="home-overdue">
      <h2 id="home-overdue">{t('home.overdue')}</h2>
      <p>{overdue.total ? t('home.overdueTotal', { count: overdue.total }) : t('home.noOverdue')}</p>
      {overdue.byAgency.length ? (
        <table className="home__table">
          <thead>
            <tr>
              <th scope="col">{t('home.agency')}</th>
              <th scope="col" className="home__num">
                {t('home.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {overdue.byAgency.map((a) => (
              <tr key={a.organisationId}>
                <td>
                  <a href={paths.actions(a.abbrTh, true)} title={a.nameTh}>
                    {a.abbrTh}
                  </a>{' '}
                  <span className="muted">{a.nameTh}</span>
                </td>
                <td className="home__num">{a.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function PolicyMoves({ summary }: { summary: HomeSummary }) {
  const t = useT();
  const lang = useLang();
  return (
    <section className="card home__card" aria-labelledby="home-policies">
      <h2 id="home-policies">{t('home.policies')}</h2>
      {summary.policyMoves.length === 0 ? <p className="muted">{t('home.noPolicyMoves')}</p> : null}
      <ul className="home__list">
        {summary.policyMoves.map((p) => (
          <li key={`${p.policyId}:${p.date}:${p.stage}`}>
            <a href={paths.policy(p.policyId)}>{p.title}</a>{' '}
            <span className="muted">
              → {p.stage} · {formatDateShort(lang, p.date)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
