import { useEffect, useState } from 'react';
import { ReaderNote, useMay } from '../session';
import { FormError } from '../../ui/form-error';
import { SeriesForm } from './series-form';
import { useT } from '../../i18n';
import { focusLater } from '../../lib/errors';
import { meetingNumber } from '../../lib/labels';
import { navigate, paths } from '../../router';
import { useAppStores, useSeries } from '../../state/app-context';
import './series.css';

/** Every meeting series, each with a link to its settings; a new one is made here too. */
export function SeriesListPage() {
  const t = useT();
  const stores = useAppStores();
  const series = useSeries((s) => s.series);
  const status = useSeries((s) => s.status);
  const error = useSeries((s) => s.error);
  const mayCreate = useMay('series.create');
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    void stores.series.getState().load();
  }, [stores]);

  useEffect(() => {
    document.title = `${t('seriesPage.listTitle')} — ${t('app.name')}`;
    return () => {
      document.title = t('app.name');
    };
  }, [t]);

  return (
    <div className="page page--narrow series-list-page">
      <div className="page__head">
        <h1>{t('seriesPage.listTitle')}</h1>
        {!creating && mayCreate ? (
          <button type="button" className="button button--primary" onClick={() => { setCreating(true); focusLater('series-name-th'); }}>
            + {t('series.new')}
          </button>
        ) : null}
      </div>
      <p className="muted">{t('seriesPage.listIntro')}</p>
      <ReaderNote method="series.create" />
      {creating ? (
        <SeriesForm onCreated={(s) => navigate(paths.series(s.id), { force: true })} onCancel={() => setCreating(false)} />
      ) : null}
      <FormError message={error} title={t('error.load')} />
      {status === 'ready' && series.length === 0 && !creating ? <p className="card empty-state">{t('seriesPage.none')}</p> : null}
      {series.length > 0 ? (
        <table className="table card series-table">
          <thead>
            <tr>
              <th scope="col">{t('seriesPage.col.name')}</th>
              <th scope="col">{t('seriesPage.col.sections')}</th>
              <th scope="col">{t('seriesPage.col.members')}</th>
              <th scope="col">{t('seriesPage.col.next')}</th>
            </tr>
          </thead>
          <tbody>
            {series.map((s) => (
              <tr key={s.id}>
                <td>
                  <a href={paths.series(s.id)}>{s.nameTh}</a>
                  {s.shortName ? <span className="muted"> · {s.shortName}</span> : null}
                </td>
                <td className="nowrap">{t('seriesPage.sectionCount', { count: s.sections.length })}</td>
                <td className="nowrap">{t('seriesPage.memberCount', { count: s.members.length })}</td>
                <td className="nowrap">{s.nextNumber ? meetingNumber(s.nextNumber) : <span className="muted">{t('seriesPage.notSet')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
