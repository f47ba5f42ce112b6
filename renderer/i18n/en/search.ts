import type { search as th } from '../th/search';

export const search: Record<keyof typeof th, string> = {
  'search.open': 'Search',
  'search.title': 'Search the whole record',
  'search.label': 'Words',
  'search.placeholder': 'e.g. technology crime, budget 2568',
  'search.kind': 'Kind',
  'search.allKinds': 'All kinds',
  'search.series': 'Series',
  'search.allSeries': 'All series',
  'search.yearFrom': 'From B.E. year',
  'search.yearTo': 'To B.E. year',
  'search.found': '{count}{more} found',
  'search.none': 'Nothing found',
  'search.close': 'Close',
  'search.kind.item': 'Agenda items',
  'search.kind.directive': 'Directives and follow-ups',
  'search.kind.progress': 'Progress notes',
  'search.kind.policy': 'Policies and laws',
  'search.kind.minutes': 'Minutes',
  'search.kind.meeting': 'Meetings',
  'search.kind.attachment': 'Attachments',
};
