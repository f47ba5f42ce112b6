import { MinutesBadge, StatusBadge } from '../../ui/badges';
import { formatDateShort, useLang, useT } from '../../i18n/index';
import { meetingNumber } from '../../lib/labels';
import { paths } from '../../router';
import type { MeetingSummary, Series } from '../../state/types';

/** One page of meetings; the series column only while the list holds more than one series. */
export function MeetingsTable({ meetings, series, showSeries }: { meetings: MeetingSummary[]; series: Series[]; showSeries: boolean }) {
  const t = useT();
  const lang = useLang();
  if (meetings.length === 0) return null;
  const nameOf = new Map(series.map((s) => [s.id, s.shortName || s.nameTh]));
  return (
    <table className="table meetings-table">
      <thead>
        <tr>
          <th scope="col">{t('meetings.col.number')}</th>
          {showSeries ? <th scope="col">{t('meetings.col.series')}</th> : null}
          <th scope="col">{t('meetings.col.date')}</th>
          <th scope="col">{t('meetings.col.venue')}</th>
          <th scope="col">{t('meetings.col.status')}</th>
          <th scope="col">{t('meetings.col.minutes')}</th>
        </tr>
      </thead>
      <tbody>
        {meetings.map((m) => (
          <tr key={m.id}>
            <td>
              <a className="meeting-link" href={paths.meeting(m.id)}>
                {t('meeting.number', { number: meetingNumber(m) })}
              </a>
            </td>
            {showSeries ? <td>{nameOf.get(m.seriesId) ?? ''}</td> : null}
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
  );
}
