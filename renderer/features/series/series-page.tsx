import { useEffect } from 'react';
import { FormError } from '../../components/form-error';
import { useT } from '../../i18n';
import { paths } from '../../router';
import { useAppStores, useSeries } from '../../state/app-context';
import { NextNumberForm } from './next-number-form';
import { SeriesDetailsForm } from './series-details-form';
import { SeriesMembersForm } from './series-members-form';
import { SeriesOfficersForm } from './series-officers-form';
import { SeriesSectionsForm } from './series-sections-form';

/** One meeting series, each part saved on its own: details, sections, standing members, officers, next number. */
export function SeriesPage({ id }: { id: string }) {
  const t = useT();
  const stores = useAppStores();
  const series = useSeries((s) => s.series.find((x) => x.id === id));
  const status = useSeries((s) => s.status);
  const error = useSeries((s) => s.error);

  useEffect(() => {
    void stores.series.getState().load();
    void stores.directory.getState().load();
    // The next-number preview counts the series' meetings.
    void stores.meetings.getState().load();
  }, [stores]);

  const name = series?.nameTh;
  useEffect(() => {
    document.title = `${name ?? t('seriesPage.listTitle')} — ${t('app.name')}`;
    return () => {
      document.title = t('app.name');
    };
  }, [name, t]);

  return (
    <div className="page page--narrow series-page">
      <p className="breadcrumb">
        <a href={paths.seriesList()}>← {t('seriesPage.backToList')}</a>
      </p>
      {series ? (
        <>
          <h1>{series.nameTh}</h1>
          <SeriesDetailsForm series={series} />
          <SeriesSectionsForm series={series} />
          <SeriesMembersForm series={series} />
          <SeriesOfficersForm series={series} />
          <NextNumberForm series={series} />
        </>
      ) : status === 'error' ? (
        <>
          <FormError message={error} title={t('error.load')} />
          <button type="button" className="button" onClick={() => void stores.series.getState().load()}>
            {t('common.retry')}
          </button>
        </>
      ) : status === 'ready' ? (
        <h1>{t('seriesPage.notFound')}</h1>
      ) : (
        <p className="muted">{t('common.loading')}</p>
      )}
    </div>
  );
}
