import { useEffect } from 'react';
import { AgendaEditor } from '../components/agenda-editor';
import { AttendanceEditor } from '../components/attendance-editor';
import { MinutesBadge, StatusBadge } from '../components/badges';
import { ExportPanel } from '../components/export-panel';
import { FormError } from '../components/form-error';
import { MeetingDetailsForm } from '../components/meeting-details-form';
import { formatDateLong, formatTime, useLang, useT } from '../i18n';
import { meetingNumber } from '../lib/labels';
import { paths } from '../router';
import { useAppStores, useMeeting, useSeries } from '../state/app-context';

/** One meeting: its header, attendance and agenda, all editable. */
export function MeetingPage({ id }: { id: string }) {
  const t = useT();
  const lang = useLang();
  const stores = useAppStores();
  const detail = useMeeting((s) => (s.id === id ? s.detail : null));
  const status = useMeeting((s) => s.status);
  const error = useMeeting((s) => s.error);
  const series = useSeries((s) => (detail ? s.series.find((x) => x.id === detail.seriesId) : undefined));

  useEffect(() => {
    void stores.meeting.getState().load(id);
    void stores.series.getState().load();
    void stores.directory.getState().load();
  }, [stores, id]);

  useEffect(() => {
    if (detail) document.title = `${t('meeting.number', { number: meetingNumber(detail) })} — ${t('app.name')}`;
    return () => {
      document.title = t('app.name');
    };
  }, [detail, t]);

  const back = (
    <p className="breadcrumb">
      <a href={paths.meetings()}>← {t('nav.back')}</a>
    </p>
  );
  if (!detail) {
    return (
      <div className="page">
        {back}
        {status === 'error' ? (
          <>
            <FormError message={error} title={t('error.load')} />
            <button type="button" className="button" onClick={() => void stores.meeting.getState().load(id)}>
              {t('common.retry')}
            </button>
          </>
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
      </div>
    );
  }

  const when = [
    detail.date ? formatDateLong(lang, detail.date) : t('meeting.dateNotSet'),
    detail.startTime
      ? detail.endTime
        ? t('meeting.timeRange', { start: formatTime(lang, detail.startTime), end: formatTime(lang, detail.endTime) })
        : t('meeting.timeFrom', { start: formatTime(lang, detail.startTime) })
      : '',
  ].filter(Boolean);

  return (
    <div className="page">
      {back}
      <header className="meeting-head card">
        <div className="meeting-head__actions">
          <ExportPanel meeting={detail} />
        </div>
        <p className="meeting-head__series">{series?.nameTh ?? ''}</p>
        <h1>
          {t('meeting.number', { number: meetingNumber(detail) })}
          <StatusBadge status={detail.status} />
          <MinutesBadge status={detail.minutesStatus} labelled />
        </h1>
        <p className="meeting-head__when">{when.join(' · ')}</p>
        <p className="meeting-head__where">
          {[detail.venue, t(`mode.${detail.mode}`), detail.mode !== 'onsite' ? detail.conferencing : ''].filter(Boolean).join(' · ')}
        </p>
        {detail.illustrativeNote ? <p className="meeting-head__note">{detail.illustrativeNote}</p> : null}
      </header>
      <section className="card" aria-labelledby="details-title">
        <MeetingDetailsForm meeting={detail} />
      </section>
      <section className="card" aria-labelledby="attendance-title">
        <AttendanceEditor meeting={detail} />
      </section>
      <section className="card" aria-label={t('meetingPage.agenda')}>
        <AgendaEditor meeting={detail} />
      </section>
      {status === 'error' && error ? <FormError message={error} title={t('error.load')} /> : null}
    </div>
  );
}
