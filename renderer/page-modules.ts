// Each page's code, loaded when the page is first shown (app.tsx) — or, for the page the app opens
// on, as soon as the app starts (route-start.ts), beside its first reads. One import per page, so
// both ask for the same chunk and it is fetched once.
export const pageModules = {
  meetings: () => import('./features/meetings/meetings-page'),
  search: () => import('./features/search/search-dialog'),
  meeting: () => import('./features/meetings/meeting-page'),
  actions: () => import('./features/actions/actions-page'),
  directory: () => import('./features/directory/directory-page'),
  seriesList: () => import('./features/series/series-list-page'),
  series: () => import('./features/series/series-page'),
  newMeeting: () => import('./features/meetings/new-meeting-page'),
  policies: () => import('./features/policies/policies-page'),
  policy: () => import('./features/policies/policy-page'),
  policyTemplates: () => import('./features/policies/policy-templates-page'),
  settings: () => import('./features/settings/settings-page'),
};
