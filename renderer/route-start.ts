import type { EarlyClient } from './api/early-calls';
import { pageModules } from './page-modules';
import type { Route } from './router';

// The same sizes the pages ask for (meetings-page.tsx, actions-store.ts, ui/meeting-picker.tsx), written here so that this
// file, in the app's first chunk, does not pull the pages' code into it. The e2e test
// (tests/e2e/page-start.spec.ts) fails if a page asks anything else.
const MEETINGS_PAGE = 25;
const TRACKER_PAGE = 200;
const MEETING_PICK = 20; // ui/meeting-picker.tsx: the latest meetings its choice offers

/**
 * What the page the app opens on will read first, started at once with its code (issue 11, pages in
 * under a second): without this a page's reads wait until the entry script has run, React has
 * rendered, the page's chunk has arrived and run, and its effects have fired. Each read here is the
 * very call the page then makes (same method, same arguments), which takes the early answer.
 */
export function startRoute(route: Route, client: EarlyClient): void {
  const directory = () => {
    void client.early('people.list', {});
    return client.early('organisations.list', {});
  };
  switch (route.name) {
    case 'home':
      void client.early('home.summary', {});
      return;
    case 'meetings':
      void pageModules.meetings();
      void client.early('series.list', {});
      void client.early('reference.sectionTemplates', {});
      void client.early('meetings.page', {
        seriesId: route.seriesId ?? undefined, yearBe: route.yearBe ?? undefined, limit: MEETINGS_PAGE, offset: (route.page - 1) * MEETINGS_PAGE,
      });
      return;
    case 'meeting':
      void pageModules.meeting();
      void client.early('meetings.get', { id: route.id });
      void client.early('minutes.get', { meetingId: route.id });
      void client.early('attachments.list', { meetingId: route.id });
      void client.early('series.list', {});
      void client.early('reference.sectionTemplates', {});
      void directory();
      return;
    case 'actions': {
      void pageModules.actions();
      const first = { sort: 'due', direction: 'asc', limit: TRACKER_PAGE, offset: 0, ...(route.overdue ? { overdue: true } : {}) } as const;
      // No people: the tracker shows none (actions-page.tsx reads the agencies only).
      const organisations = client.early('organisations.list', {});
      if (route.org) {
        // The address names the agency by its abbreviation: its list is read once its id is known.
        const abbr = route.org;
        organisations.then((orgs) => {
          const chosen = orgs.find((o) => o.abbrTh === abbr || o.abbrEn === abbr);
          if (chosen) void client.early('actions.list', { organisationId: chosen.id, ...first });
        }, () => {});
      } else {
        void client.early('actions.list', first);
      }
      void client.early('actions.lastBulkChange', {});
      void client.early('meetings.pick', { query: '', limit: MEETING_PICK });
      void client.early('policies.list', {});
      void client.early('stageTemplates.list', {});
      return;
    }
    case 'policies':
      void pageModules.policies();
      void client.early('policies.list', {});
      void client.early('stageTemplates.list', {});
      void directory();
      return;
    case 'policy':
      void pageModules.policy();
      void client.early('policies.get', { id: route.id });
      void client.early('stageTemplates.list', {});
      void client.early('meetings.pick', { query: '', limit: MEETING_PICK });
      void directory();
      return;
    case 'directory':
      void pageModules.directory();
      void directory();
      return;
    case 'settings':
      void pageModules.settings();
      void client.early('settings.get', {});
      void client.early('retention.get', {});
      return;
    default:
      // Other pages (a series, the templates, a new meeting) are seldom where the app opens: their code only.
      if (route.name in pageModules) void pageModules[route.name as keyof typeof pageModules]();
  }
}
