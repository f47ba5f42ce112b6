import { useT } from '../i18n/index';
import { paths } from '../router';

/** A new database has no series yet: the one thing to do first, shown where meetings would be. */
export function NoSeries() {
  const t = useT();
  return (
    <div className="card empty-state">
      <p>{t('meetings.noSeries')}</p>
      <a className="button button--primary" href={paths.newMeeting()}>
        {t('meetings.newSeries')}
      </a>
    </div>
  );
}
