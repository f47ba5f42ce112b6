import { useEffect } from 'react';
import { FormError } from '../../ui/form-error';
import { useT } from '../../i18n';
import { type DirectoryTab, paths } from '../../router';
import { useAppStores, useDirectory } from '../../state/app-context';
import { OrganisationsTab } from './organisations-tab';
import { PeopleTab } from './people-tab';
import { ReaderNote } from '../session';
import './directory.css';

/** The directory every meeting draws on: organisations and people, each kept for history when no longer used. */
export function DirectoryPage({ tab, org }: { tab: DirectoryTab; org: string | null }) {
  const t = useT();
  const stores = useAppStores();
  const status = useDirectory((s) => s.status);
  const error = useDirectory((s) => s.error);
  const organisationCount = useDirectory((s) => s.organisations.length);
  const peopleCount = useDirectory((s) => s.people.length);
  const counts = { organisations: organisationCount, people: peopleCount };

  useEffect(() => {
    void stores.directory.getState().load();
  }, [stores]);

  return (
    <div className="page page--wide directory-page">
      <div className="page__head">
        <h1>{t('dir.title')}</h1>
      </div>
      <p className="muted directory-intro">{t('dir.intro')}</p>
      <ReaderNote method="organisations.update" />
      <nav className="directory-tabs" aria-label={t('dir.tabs')}>
        {(['organisations', 'people'] as const).map((name) => (
          <a key={name} href={paths.directory(name)} aria-current={tab === name ? 'page' : undefined}>
            {t(`dir.tab.${name}`)} <span className="directory-tabs__count">{counts[name]}</span>
          </a>
        ))}
      </nav>
      <FormError title={t('error.load')} message={error} />
      {status === 'loading' || status === 'idle' ? <p className="muted">{t('common.loading')}</p> : null}
      {status === 'ready' ? tab === 'organisations' ? <OrganisationsTab /> : <PeopleTab key={org ?? ''} org={org} /> : null}
    </div>
  );
}
