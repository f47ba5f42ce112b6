import { z } from 'zod';
import { normaliseSearchText } from '../search-text';
import { id, isoDate } from './common';

/** What a hit is, in the order results are grouped. A progress note is found on its own, with its directive beside it. */
export const searchKind = z.enum(['item', 'directive', 'progress', 'policy', 'minutes', 'meeting', 'attachment']);
export type SearchKind = z.infer<typeof searchKind>;
export const searchKinds = searchKind.options;

/** The part of the record the snippet comes from (an item's resolution, a policy's question…). */
export const searchField = z.enum([
  'title', 'venue', 'subject', 'summary', 'proposal', 'discussion', 'resolution', 'text', 'description', 'stageNote', 'question',
  'position', 'milestone', 'fileName',
]);
export type SearchField = z.infer<typeof searchField>;

const beYear = z.number().int().min(2400, { error: 'ปีต้องเป็นปี พ.ศ. (เช่น 2568)' }).max(2800, { error: 'ปีต้องเป็นปี พ.ศ. (เช่น 2568)' });

export const searchQuery = z
  .object({
    text: z
      .string()
      .max(200, { error: 'คำค้นยาวเกิน 200 ตัวอักษร' })
      .refine((t) => normaliseSearchText(t).replace(/"/g, '').trim().length > 0, { error: 'กรุณาพิมพ์คำที่ต้องการค้นหา' }),
    /** Only these kinds; every kind when left out. */
    kinds: z.array(searchKind).min(1).optional(),
    /** Meetings of one series (policies belong to none and are left out). */
    seriesId: id.optional(),
    /** B.E. years of the meeting a hit belongs to, both ends included (policies belong to no year and are left out). */
    yearFrom: beYear.optional(),
    yearTo: beYear.optional(),
    /** Hits per kind: a handful for a search box, more for one kind's full list. */
    limit: z.number().int().min(1).max(100).default(5),
  })
  .refine((q) => q.yearFrom === undefined || q.yearTo === undefined || q.yearFrom <= q.yearTo, {
    error: 'ปีเริ่มต้นต้องไม่มากกว่าปีสิ้นสุด',
    path: ['yearFrom'],
  });
export type SearchQuery = z.infer<typeof searchQuery>;

/** A piece of the snippet: plain text, marked where it matched. Plain strings, so the interface renders them as text, never as HTML. */
export const snippetPart = z.object({ text: z.string(), hit: z.boolean() });
export type SnippetPart = z.infer<typeof snippetPart>;

export const searchHit = z.object({
  kind: searchKind,
  /** The record: the meeting, agenda item, directive, progress note, policy or attachment (minutes: the meeting's). */
  id,
  /** What to show as the hit's heading: the item's subject, the directive's text, the policy's title… */
  title: z.string(),
  field: searchField,
  snippet: z.array(snippetPart),
  /** The record's own date where it has one: the meeting's, the progress note's. */
  date: isoDate.nullable(),
  meeting: z.object({ id, number: z.string(), date: isoDate.nullable(), seriesId: id, seriesName: z.string() }).nullable(),
  item: z.object({ id, number: z.string(), subject: z.string() }).nullable(),
  /** The directive a progress note reports on (and a directive's own id). */
  directiveId: id.nullable(),
  /** `ครั้งที่ 2/2568 ระเบียบวาระที่ 4.1`, `ครั้งที่ 2/2568`, or empty for a policy. */
  place: z.string(),
});
export type SearchHit = z.infer<typeof searchHit>;

export const searchGroup = z.object({
  kind: searchKind,
  /** Matches of this kind: all of them when `exact`, else the newest 250 read (50 when a term of one or two characters is read from the records; show "250+"). */
  count: z.number().int(),
  exact: z.boolean(),
  /** There are matches of this kind beyond `hits`: more read than shown, or older ones not read. */
  more: z.boolean(),
  hits: z.array(searchHit),
});
export type SearchGroup = z.infer<typeof searchGroup>;

/**
 * A search reads the newest 250 matches of each kind at most (the question a secretariat is asked is
 * when something was last discussed and what was decided) and ranks them: a subject or title that holds
 * the query above a passing mention in a long text, an older meeting below a newer one, matches alike
 * in the newer meeting's favour (electron/services/search/rank.ts). `complete` says it read them all
 * (counts exact).
 */
export const searchResult = z.object({
  /** The query as searched: normalised, one entry per term. */
  terms: z.array(z.string()),
  complete: z.boolean(),
  /** The kinds with hits, in the order of `searchKind`. */
  groups: z.array(searchGroup),
});
export type SearchResult = z.infer<typeof searchResult>;
