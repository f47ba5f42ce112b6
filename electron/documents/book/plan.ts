import { highestSecrecy, type Secrecy } from '../../../shared/secrecy';
import type { AgendaItem } from '../../../shared/schemas/meeting';
import type { SeriesSection } from '../../../shared/schemas/series';
import type { MeetingRecord } from '../builders/record';
import { type Placed, pagesOf } from './files';

export type { Secrecy };

/** One agenda item in the book: its pages start with its summary, then its attachments in order. */
export interface BookItem {
  item: AgendaItem;
  section: SeriesSection;
  /** 1 for an item of a section, 2 for its sub-item, and so on. */
  depth: number;
  files: Placed[];
  secrecy: Secrecy;
}

export interface BookSection {
  section: SeriesSection;
  /** Every item of the section, sub-items after their item, in the agenda's order. */
  items: BookItem[];
}

/**
 * The sections in the series' order and their items as the agenda prints them (agenda-body.ts): a
 * section left out of the agenda when empty is left out here too.
 */
export function bookSections(record: MeetingRecord, placed: Placed[]): BookSection[] {
  const { meeting: m, series, settings } = record;
  const meetingSecrecy = highestSecrecy(settings.secrecy, m.secrecy);
  const childrenOf = (parentId: string | null, sectionId: string) => m.agendaItems.filter((i) => i.parentId === parentId && i.sectionId === sectionId);
  // An item's class is the highest of the meeting's, its own and its attachments'.
  const itemOf = (item: AgendaItem, section: SeriesSection, depth: number, files: Placed[]): BookItem =>
    ({ item, section, depth, files, secrecy: highestSecrecy(item.secrecy, meetingSecrecy, ...files.map((f) => f.file.secrecy)) });
  const walk = (item: AgendaItem, section: SeriesSection, depth: number): BookItem[] => [
    itemOf(item, section, depth, placed.filter((p) => p.file.agendaItemId === item.id)),
    ...childrenOf(item.id, section.id).flatMap((child) => walk(child, section, depth + 1)),
  ];
  return series.sections
    .map((section) => ({ section, items: childrenOf(null, section.id).flatMap((item) => walk(item, section, 1)) }))
    .filter((s) => s.items.length > 0 || s.section.whenEmpty !== 'omit');
}

/** Where everything starts in the book, as page numbers from 1 (the cover). */
export interface PagePlan {
  tocPages: number;
  /** Per item in book order: the page of its summary, and the first page of each of its files (null: listed only). */
  items: { start: number; files: (number | null)[] }[];
  total: number;
}

/** The plan for a table of contents of `tocPages` pages and each item's summary taking `summaryPages[i]`. */
export function planPages(items: BookItem[], tocPages: number, summaryPages: number[]): PagePlan {
  let next = 2 + tocPages;
  const planned = items.map((bi, i) => {
    const start = next;
    next += summaryPages[i];
    const files = bi.files.map((f) => {
      const at = pagesOf(f) > 0 ? next : null;
      next += pagesOf(f);
      return at;
    });
    return { start, files };
  });
  return { tocPages, items: planned, total: next - 1 };
}

export const samePlan = (a: PagePlan, b: PagePlan): boolean => JSON.stringify(a) === JSON.stringify(b);
