import { useEffect } from 'react';
import { FormError } from '../../ui/form-error';
import { type MessageKey, useT } from '../../i18n';
import { paths } from '../../router';
import { useAppStores, useSeries } from '../../state/app-context';
import { NextNumberForm } from './next-number-form';
import { SeriesDetailsForm } from './series-details-form';
import { SeriesLetterheadForm } from './series-letterhead-form';
import { SeriesMembersForm } from './series-members-form';
import { SeriesOfficersForm } from './series-officers-form';
import { SeriesSectionsForm } from './series-sections-form';
import { ReaderNote, useMay } from '../session';
import './series.css';

/** The page's parts, in order: the heading each jumps to, and its name. */
const parts: readonly [string, MessageKey][] = [
  ['series-details-title', 'seriesPage.details'],
  ['series-sections-title', 'sections.title'],
  ['series-members-title', 'members.title'],
  ['series-officers-title', 'officers.title'],
  ['next-number-title', 'nextNumber.title'],
  ['series-letterhead-title', 'letterhead.title'],
];

/** Scrolls to a part and takes the focus there, so the keyboard goes on from it. */
function jumpTo(id: string) {
  const heading = document.getElementById(id);
  heading?.scrollIntoView?.({ block: 'start' });
  heading?.focus();
}

/** One meeting series, each part saved on its own: details, sections, standing members, officers, next number, letterhead. */
export function SeriesPage({ id }: { id: string }) {
  const t = useT();
  const stores = useAppStores();
  const series = useSeries((s) => s.series.find((x) => x.id === id));
  const status = useSeries((s) => s.status);
  const error = useSeries((s) => s.error);
  // A reader sees the series as the secretariat set it, every field disabled and no save bar (series.css).
  const mayEdit = useMay('series.update');

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
          <nav className="series-page__nav" aria-label={t('seriesPage.onThisPage')}>
            {parts.map(([target, label]) => (
              <button key={target} type="button" className="button button--link" onClick={() => jumpTo(target)}>
                {t(label)}
              </button>
            ))}
          </nav>
          <ReaderNote method="series.update" />
          <fieldset className="plain-fieldset series-page__forms" disabled={!mayEdit}>
            <SeriesDetailsForm series={series} />
            <SeriesSectionsForm series={series} />
            <SeriesMembersForm series={series} />
            <SeriesOfficersForm series={series} />
            <NextNumberForm series={series} />
            <SeriesLetterheadForm series={series} />
          </fieldset>
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
