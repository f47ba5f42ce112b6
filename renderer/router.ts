import { useSyncExternalStore } from 'react';

/** Hash routes: the desktop app loads from file://, where only the hash can change freely. */
export type Route =
  | ({ name: 'meetings' } & MeetingsFilter)
  | { name: 'home' }
  | { name: 'newMeeting' }
  | { name: 'meeting'; id: string; item: string | null }
  | { name: 'settings' }
  | { name: 'policies' }
  | { name: 'policyTemplates' }
  | { name: 'policy'; id: string }
  | { name: 'actions'; org: string | null; overdue: boolean }
  | { name: 'directory'; tab: DirectoryTab; org: string | null }
  | { name: 'seriesList' }
  | { name: 'series'; id: string }
  | { name: 'notFound'; path: string };

export type DirectoryTab = 'organisations' | 'people';

/** The meetings list's filter and page, kept in the address so Back returns to the same page. */
export interface MeetingsFilter {
  seriesId: string | null;
  yearBe: number | null;
  /** From 1. */
  page: number;
}

export const paths = {
  /** หน้าแรก is the start page: the app opens on what the secretariat must do next (issue 12). */
  home: () => '#/',
  /** The meetings list; of one series, one B.E. year, at a later page, when given. */
  meetings: (f: Partial<MeetingsFilter> = {}) => {
    const query = [
      f.seriesId ? `series=${encodeURIComponent(f.seriesId)}` : '',
      f.yearBe ? `year=${f.yearBe}` : '',
      f.page && f.page > 1 ? `page=${f.page}` : '',
    ].filter(Boolean).join('&');
    return query ? `#/meetings?${query}` : '#/meetings';
  },
  newMeeting: () => '#/meetings/new',
  /** A meeting; at one of its agenda items (shown and focused) when `item` is given. */
  meeting: (id: string, item: string | null = null) => `#/meetings/${encodeURIComponent(id)}${item ? `?item=${encodeURIComponent(item)}` : ''}`,
  settings: () => '#/settings',
  policies: () => '#/policies',
  policyTemplates: () => '#/policies/templates',
  policy: (id: string) => `#/policies/${encodeURIComponent(id)}`,
  /** One agency's view when `org` (its Thai abbreviation) is given; only what is overdue when `overdue`. */
  actions: (org?: string | null, overdue = false) => {
    const query = [org ? `org=${encodeURIComponent(org)}` : '', overdue ? 'overdue=1' : ''].filter(Boolean).join('&');
    return query ? `#/actions?${query}` : '#/actions';
  },
  /** The directory's organisations, or its people (of one organisation, by id, when `org` is given). */
  directory: (tab: DirectoryTab = 'organisations', org?: string | null) =>
    tab === 'people' ? `#/directory?tab=people${org ? `&org=${encodeURIComponent(org)}` : ''}` : '#/directory',
  seriesList: () => '#/series',
  series: (id: string) => `#/series/${encodeURIComponent(id)}`,
};

export function parseHash(hash: string): Route {
  const [path, query = ''] = (hash.replace(/^#/, '') || '/').split('?', 2);
  // `#/home` was the home page's address before it became the start page; links to it still work.
  if (path === '/' || path === '' || path === '/home') return { name: 'home' };
  if (path === '/meetings') {
    const q = new URLSearchParams(query);
    const whole = (v: string | null) => (v && /^\d{1,5}$/.test(v) ? Number(v) : null);
    return { name: 'meetings', seriesId: q.get('series') || null, yearBe: whole(q.get('year')), page: Math.max(1, whole(q.get('page')) ?? 1) };
  }
  if (path === '/policies') return { name: 'policies' };
  if (path === '/policies/templates') return { name: 'policyTemplates' };
  if (path === '/actions') {
    const q = new URLSearchParams(query);
    return { name: 'actions', org: q.get('org') || null, overdue: q.get('overdue') === '1' };
  }
  if (path === '/directory') {
    const q = new URLSearchParams(query);
    return { name: 'directory', tab: q.get('tab') === 'people' ? 'people' : 'organisations', org: q.get('org') || null };
  }
  const policy = /^\/policies\/([^/]+)$/.exec(path);
  if (policy) return { name: 'policy', id: decodeURIComponent(policy[1]) };
  if (path === '/meetings/new') return { name: 'newMeeting' };
  if (path === '/settings') return { name: 'settings' };
  if (path === '/series') return { name: 'seriesList' };
  const series = /^\/series\/([^/]+)$/.exec(path);
  if (series) return { name: 'series', id: decodeURIComponent(series[1]) };
  const m = /^\/meetings\/([^/]+)$/.exec(path);
  if (m) return { name: 'meeting', id: decodeURIComponent(m[1]), item: new URLSearchParams(query).get('item') || null };
  return { name: 'notFound', path };
}

let guard: (target: string) => boolean = () => true;
let skipGuard = false;
let lastHash = '';

/**
 * Asked before every route change with the address asked for; returning false keeps the page (unsaved
 * data). A guard that asks the officer first says no, then goes on with `navigate(target, { force: true })`.
 */
export function setNavigationGuard(check: (target: string) => boolean): void {
  guard = check;
}

function subscribe(notify: () => void): () => void {
  // The page on screen was drawn from the address as it is now.
  lastHash = location.hash;
  const onChange = () => {
    if (location.hash === lastHash) return;
    const allowed = skipGuard || guard(location.hash);
    skipGuard = false;
    if (!allowed) {
      // Put the old address back without a new history entry; the page stays as it was.
      history.replaceState(history.state, '', lastHash || '#/');
      return;
    }
    lastHash = location.hash;
    window.scrollTo?.(0, 0);
    notify();
  };
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => location.hash, () => '');
  return parseHash(hash);
}

/** Go to a route; `force` after the page's data was just saved (forms report clean a render later). */
export function navigate(hash: string, options: { force?: boolean } = {}): void {
  if (location.hash === hash) return;
  skipGuard = options.force === true;
  location.hash = hash;
}
