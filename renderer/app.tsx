import { lazy, Suspense, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { LanguageSwitch } from './ui/language-switch';
import { useLang, useT } from './i18n';
import { HomePage } from './features/home/home-page';
import { paths, useRoute } from './router';
import { rememberedOrg } from './features/actions/actions-store';
import { useAppStores } from './state/app-context';
import { useLiveUpdates } from './state/live-updates';
import { useFocusHeadingOnNavigation } from './lib/focus-heading';
import { pageModules } from './page-modules';
import { SignedInBar } from './features/session/signed-in-bar';
import { LeaveGuard } from './ui/leave-guard';
import { useSession } from './features/session/session-store';

// The start page (หน้าแรก) comes with the app; every other page is loaded when first opened,
// so the first screen does not wait for the code of all of them (issue 11). The page the app opens
// on is asked for earlier still, at start (route-start.ts).
const MeetingsPage = lazy(() => pageModules.meetings().then((m) => ({ default: m.MeetingsPage })));
const SearchDialog = lazy(() => pageModules.search().then((m) => ({ default: m.SearchDialog })));
const MeetingPage = lazy(() => pageModules.meeting().then((m) => ({ default: m.MeetingPage })));
const ActionsPage = lazy(() => pageModules.actions().then((m) => ({ default: m.ActionsPage })));
const DirectoryPage = lazy(() => pageModules.directory().then((m) => ({ default: m.DirectoryPage })));
const SeriesListPage = lazy(() => pageModules.seriesList().then((m) => ({ default: m.SeriesListPage })));
const SeriesPage = lazy(() => pageModules.series().then((m) => ({ default: m.SeriesPage })));
const NewMeetingPage = lazy(() => pageModules.newMeeting().then((m) => ({ default: m.NewMeetingPage })));
const PoliciesPage = lazy(() => pageModules.policies().then((m) => ({ default: m.PoliciesPage })));
const PolicyPage = lazy(() => pageModules.policy().then((m) => ({ default: m.PolicyPage })));
const PolicyTemplatesPage = lazy(() => pageModules.policyTemplates().then((m) => ({ default: m.PolicyTemplatesPage })));
const SettingsPage = lazy(() => pageModules.settings().then((m) => ({ default: m.SettingsPage })));

export function App() {
  const t = useT();
  const lang = useLang();
  const route = useRoute();
  // Team mode: an agency reporter works in its agency's tracker only (the server holds it to that, too).
  const reporter = useSession((s) => s.officer?.role === 'reporter');
  const reporterOrgId = useSession((s) => (s.officer?.role === 'reporter' ? s.officer.organisationId : null));
  const stores = useAppStores();
  // Its tracker opens on its own agency, by abbreviation as the tracker's address names it.
  const reporterOrg = useStore(stores.directory, (s) => s.organisations.find((o) => o.id === reporterOrgId)?.abbrTh ?? null);
  useLiveUpdates(stores);
  // The page, not its filters: the tracker's agency or a directory tab changing is no new page.
  useFocusHeadingOnNavigation(`${route.name}:${'id' in route ? route.id : ''}`);

  // ค้นหา from every page: Ctrl+K (⌘K on a Mac) or the button in the top bar.
  const [searching, setSearching] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setSearching(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.name');
  }, [lang, t]);


  return (
    <>
      <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
        {t('app.skipToContent')}
      </button>
      <header className="topbar">
        <a className="topbar__brand" href={paths.home()}>
          <span className="topbar__logo" aria-hidden="true">
            ล
          </span>
          <span className="topbar__name">{t('app.name')}</span>
          <span className="topbar__tagline">{t('app.tagline')}</span>
        </a>
        <nav className="topbar__nav" aria-label={t('nav.main')}>
          {reporter ? (
            <a href={paths.actions(reporterOrg)} aria-current={route.name === 'actions' || route.name === 'home' ? 'page' : undefined}>
              {t('nav.actions')}
            </a>
          ) : (
          <>
          <a href={paths.home()} aria-current={route.name === 'home' ? 'page' : undefined}>
            {t('nav.home')}
          </a>
          <a href={paths.meetings()} aria-current={route.name === 'meetings' ? 'page' : undefined}>
            {t('nav.meetings')}
          </a>
          <a href={paths.policies()} aria-current={route.name === 'policies' || route.name === 'policy' || route.name === 'policyTemplates' ? 'page' : undefined}>
            {t('nav.policies')}
          </a>
          {/* Opens on the agency the officer follows, when one was chosen on this computer. */}
          <a href={paths.actions(route.name === 'actions' ? route.org : rememberedOrg())} aria-current={route.name === 'actions' ? 'page' : undefined}>
            {t('nav.actions')}
          </a>
          <a href={paths.directory()} aria-current={route.name === 'directory' ? 'page' : undefined}>
            {t('nav.directory')}
          </a>
          <a href={paths.settings()} aria-current={route.name === 'settings' || route.name === 'seriesList' || route.name === 'series' ? 'page' : undefined}>
            {t('nav.settings')}
          </a>
          </>
          )}
        </nav>
        {reporter ? null : (
          <button type="button" className="topbar__search" onClick={() => setSearching(true)} aria-keyshortcuts="Control+K">
            {t('search.open')} <kbd>Ctrl+K</kbd>
          </button>
        )}
        <LanguageSwitch />
        <SignedInBar onSignedOut={() => window.location.reload()} />
      </header>
      <LeaveGuard />
      {searching ? (
        <Suspense fallback={null}>
          <SearchDialog onClose={() => setSearching(false)} />
        </Suspense>
      ) : null}
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="page muted">{t('common.loading')}</p>}>
        {/* A reporter's every address is its agency's tracker: another screen (typed, bookmarked) would only be refused. */}
        {reporter ? <ActionsPage org={reporterOrg} overdue={route.name === 'actions' && route.overdue} /> : null}
        {reporter ? null : <>
        {route.name === 'home' ? <HomePage /> : null}
        {route.name === 'meetings' ? <MeetingsPage filter={route} /> : null}
        {route.name === 'newMeeting' ? <NewMeetingPage /> : null}
        {route.name === 'meeting' ? <MeetingPage key={route.id} id={route.id} item={route.item} /> : null}
        {route.name === 'settings' ? <SettingsPage /> : null}
        {route.name === 'policies' ? <PoliciesPage /> : null}
        {route.name === 'policy' ? <PolicyPage key={route.id} id={route.id} /> : null}
        {route.name === 'policyTemplates' ? <PolicyTemplatesPage /> : null}
        {route.name === 'actions' ? <ActionsPage org={route.org} overdue={route.overdue} /> : null}
        {route.name === 'directory' ? <DirectoryPage tab={route.tab} org={route.org} /> : null}
        {route.name === 'seriesList' ? <SeriesListPage /> : null}
        {route.name === 'series' ? <SeriesPage key={route.id} id={route.id} /> : null}
        {route.name === 'notFound' ? (
          <div className="page">
            <h1>{t('error.notFound')}</h1>
            <p>
              <a href={paths.meetings()}>{t('nav.back')}</a>
            </p>
          </div>
        ) : null}
        </>}
        </Suspense>
      </main>
    </>
  );
}
