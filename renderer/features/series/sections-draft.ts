import type { SectionTemplate, SeriesSection } from '../../state/types';

/**
 * A series' sections as the officer edits them before saving: the whole ordered list goes to
 * `series.update` (or `series.create`) at once, and the core keeps, adds and removes to match.
 */
export type SectionKind = SeriesSection['kind'];
export type WhenEmpty = SeriesSection['whenEmpty'];

export interface DraftSection {
  /** Stable while editing (React keys, element ids): the stored id, or a local one for a new section. */
  key: string;
  /** The stored section this is; none for a section added here. */
  id?: string;
  kind: SectionKind;
  titleTh: string;
  whenEmpty: WhenEmpty;
  /** Items filed under it in any meeting (0 for a new one). */
  itemCount: number;
}

/** The limit of `sections` in the contract. */
export const MAX_SECTIONS = 40;

/**
 * The headings of the Cabinet's own meeting summaries (สรุปข่าวการประชุมคณะรัฐมนตรี on thaigov.go.th,
 * e.g. 14 March 2566 and 19 August 2568: กฎหมาย, เศรษฐกิจ-สังคม, ต่างประเทศ, แต่งตั้ง), written the way
 * a section heading reads after "ระเบียบวาระที่ n".
 */
export const cabinetTitles = ['เรื่องกฎหมาย', 'เรื่องเศรษฐกิจ-สังคม', 'เรื่องต่างประเทศ', 'เรื่องแต่งตั้ง'] as const;

let counter = 0;
const localKey = () => `new-${++counter}`;

export const draftOf = (sections: readonly SeriesSection[]): DraftSection[] =>
  [...sections]
    .sort((a, b) => a.position - b.position)
    .map((s) => ({ key: s.id, id: s.id, kind: s.kind, titleTh: s.titleTh, whenEmpty: s.whenEmpty, itemCount: s.itemCount }));

const byPosition = (templates: readonly SectionTemplate[]) => [...templates].sort((a, b) => a.defaultPosition - b.defaultPosition);

/** The six standard sections, as a new series has them when nothing else is chosen. */
export const standardDraft = (templates: readonly SectionTemplate[]): DraftSection[] =>
  byPosition(templates).map((t) => ({ key: localKey(), kind: t.kind, titleTh: t.titleTh, whenEmpty: 'none', itemCount: 0 }));

/** Same sections in the same order with the same headings and choices (what saving would change). */
export const sameSections = (a: readonly DraftSection[], b: readonly DraftSection[]): boolean =>
  a.length === b.length &&
  a.every((s, i) => s.id === b[i].id && s.kind === b[i].kind && s.titleTh.trim() === b[i].titleTh.trim() && s.whenEmpty === b[i].whenEmpty);

/** The `sections` argument of `series.update` / `series.create`. */
export const sectionsInput = (list: readonly DraftSection[]) =>
  list.map(({ id, kind, titleTh, whenEmpty }) => ({ ...(id ? { id } : {}), kind, titleTh: titleTh.trim(), whenEmpty }));

export function moveSection(list: readonly DraftSection[], from: number, to: number): DraftSection[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return [...list];
  const next = [...list];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved);
  return next;
}

export const addOwnSection = (list: readonly DraftSection[], titleTh: string): DraftSection[] => [
  ...list,
  { key: localKey(), kind: 'custom', titleTh: titleTh.trim(), whenEmpty: 'none', itemCount: 0 },
];

/** Standard sections the list no longer has (each standard kind appears at most once). */
export const missingStandard = (list: readonly DraftSection[], templates: readonly SectionTemplate[]): SectionTemplate[] =>
  byPosition(templates).filter((t) => t.kind !== 'custom' && !list.some((s) => s.kind === t.kind));

/** The opening matters come first in a meeting; the rest go towards the end. */
const opening: readonly SectionKind[] = ['announcements', 'certification', 'continuing'];

/**
 * Adds a standard section back where the standard order puts it: right after the standard section
 * before it, else before the one after it, else first (opening matters) or last (the rest).
 */
export function addStandardSection(list: readonly DraftSection[], template: SectionTemplate, templates: readonly SectionTemplate[]): DraftSection[] {
  const rank = (kind: SectionKind) => templates.find((t) => t.kind === kind)?.defaultPosition ?? Number.POSITIVE_INFINITY;
  const standard = (s: DraftSection) => s.kind !== 'custom';
  const earlier = list.findLastIndex((s) => standard(s) && rank(s.kind) < template.defaultPosition);
  const later = list.findIndex((s) => standard(s) && rank(s.kind) > template.defaultPosition);
  const at = earlier >= 0 ? earlier + 1 : later >= 0 ? later : opening.includes(template.kind) ? 0 : list.length;
  const next = [...list];
  next.splice(at, 0, { key: localKey(), kind: template.kind, titleTh: template.titleTh, whenEmpty: 'none', itemCount: 0 });
  return next;
}

export interface PresetEntry {
  kind: SectionKind;
  titleTh: string;
  whenEmpty: WhenEmpty;
}

export const standardPreset = (templates: readonly SectionTemplate[]): PresetEntry[] =>
  byPosition(templates).map((t) => ({ kind: t.kind, titleTh: t.titleTh, whenEmpty: 'none' }));

/** Cabinet-style: topic headings; an empty one is left out of the documents, as the summaries do. */
export const cabinetPreset = (): PresetEntry[] => cabinetTitles.map((titleTh) => ({ kind: 'custom', titleTh, whenEmpty: 'omit' }));

const sameHeading = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/**
 * Replaces the list with a preset, never dropping a section that has items: a section the preset names
 * (same standard kind, or an own section with the same heading) is kept with its id and heading; any
 * other section with items stays, after the preset's; the rest go.
 */
export function applyPreset(list: readonly DraftSection[], preset: readonly PresetEntry[]): { sections: DraftSection[]; kept: DraftSection[] } {
  const used = new Set<string>();
  const chosen = preset.map((p): DraftSection => {
    const match = list.find((s) => !used.has(s.key) && s.kind === p.kind && (p.kind !== 'custom' || sameHeading(s.titleTh, p.titleTh)));
    if (!match) return { key: localKey(), kind: p.kind, titleTh: p.titleTh, whenEmpty: p.whenEmpty, itemCount: 0 };
    used.add(match.key);
    return match;
  });
  const kept = list.filter((s) => !used.has(s.key) && s.itemCount > 0);
  return { sections: [...chosen, ...kept], kept };
}
