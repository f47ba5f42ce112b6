import type { Args } from '../../../shared/contract';
import type { Series } from '../../../renderer/state/types';
import { ids, organisations, people, sectionTemplates, series } from './data';
import { fakeClient, type Handlers } from './fake-client';

/**
 * A stand-in for the core's `series.update`: it keeps the series, applies a patch the way the core
 * does (the sections list replaces the old one; a section with an id keeps it and its item count),
 * and answers with the stored series at its next version, as every save raises it.
 */
export function seriesCore(initial: Series = series) {
  let current: Series = structuredClone({ ...initial, sections: [...initial.sections].sort((a, b) => a.position - b.position) });
  let added = 0;
  return {
    get current() {
      return current;
    },
    update(patch: Args<'series.update'>): Series {
      const { id: _id, version: _sent, sections, documentSettings, letterhead, sectionOrder: _order, ...fields } = patch;
      current = { ...current, ...fields, version: current.version + 1 };
      if (documentSettings) current = { ...current, documentSettings: { ...current.documentSettings, ...documentSettings } };
      if (letterhead) current = { ...current, letterhead: { ...current.letterhead, ...Object.fromEntries(Object.entries(letterhead).filter(([, v]) => v !== undefined)) } };
      if (sections) {
        current.sections = sections.map((s, i) => ({
          id: s.id ?? ids.section(50 + ++added),
          position: i + 1,
          kind: s.kind,
          titleTh: s.titleTh,
          whenEmpty: s.whenEmpty ?? 'none',
          itemCount: current.sections.find((x) => x.id === s.id)?.itemCount ?? 0,
        }));
      }
      return structuredClone(current);
    },
  };
}

/** The client the series page needs, over `core`. */
export function seriesClient(core: ReturnType<typeof seriesCore>, handlers: Handlers = {}) {
  return fakeClient({
    'series.list': () => [core.current],
    'reference.sectionTemplates': () => sectionTemplates,
    'people.list': () => people,
    'organisations.list': () => organisations,
    'meetings.list': () => [],
    'meetings.nextNumber': ({ yearBe }) => ({ number: core.current.nextNumber?.yearBe === yearBe ? core.current.nextNumber.number : 1, yearBe }),
    'series.update': (patch) => core.update(patch),
    ...handlers,
  });
}
