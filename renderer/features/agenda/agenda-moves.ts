import type { Args } from '../../../shared/contract';
import type { AgendaItem, SeriesSection } from '../../state/types';

/**
 * Where a drag or a key sends an agenda item, as the arguments of `agenda.move`. The numbers
 * themselves always come back from the core; these only say "put it there".
 * `position` is 1-based among the new siblings *without* the moved item (as the core counts).
 */
export type MoveArgs = Args<'agenda.move'> & { parentId: string | null };

/** Items are an item and its sub-items (`4.1.1`); deeper levels are not offered (the core would take them). */
export const MAX_DEPTH = 1;

export const byPosition = (a: AgendaItem, b: AgendaItem): number => a.position - b.position;

/** The items sharing `item`'s place (same section and parent), in order, the item included. */
export const siblingsOf = (items: readonly AgendaItem[], item: Pick<AgendaItem, 'sectionId' | 'parentId'>): AgendaItem[] =>
  items.filter((i) => i.sectionId === item.sectionId && i.parentId === item.parentId).sort(byPosition);

export const childrenOf = (items: readonly AgendaItem[], id: string): AgendaItem[] =>
  items.filter((i) => i.parentId === id).sort(byPosition);

export function depthOf(items: readonly AgendaItem[], item: AgendaItem): number {
  let depth = 0;
  let parentId = item.parentId;
  while (parentId && depth < 50) {
    const parent = items.find((i) => i.id === parentId);
    parentId = parent?.parentId ?? null;
    depth++;
  }
  return depth;
}

/** True when `id` is `ancestorId` or lies under it: an item cannot be put inside itself. */
export function isWithin(items: readonly AgendaItem[], ancestorId: string, id: string): boolean {
  let current: string | null = id;
  for (let guard = 0; current && guard < 50; guard++) {
    if (current === ancestorId) return true;
    current = items.find((i) => i.id === current)?.parentId ?? null;
  }
  return false;
}

/** Nothing to do when the item would land where it is. */
export function changes(item: AgendaItem, args: MoveArgs): boolean {
  return args.sectionId !== item.sectionId || args.parentId !== item.parentId || args.position !== item.position;
}

const done = (item: AgendaItem, args: MoveArgs): MoveArgs | null => (changes(item, args) ? args : null);

/** One place up or down among its siblings. */
export function stepWithin(items: readonly AgendaItem[], item: AgendaItem, delta: -1 | 1): MoveArgs | null {
  const siblings = siblingsOf(items, item);
  const index = siblings.findIndex((s) => s.id === item.id) + delta;
  if (index < 0 || index >= siblings.length) return null;
  return { id: item.id, sectionId: item.sectionId, parentId: item.parentId, position: index + 1 };
}

/**
 * Alt+ArrowUp / Alt+ArrowDown: up or down among its siblings; from the first (last) item of a section
 * to the end (start) of the section before (after), like dragging it across the heading.
 * A sub-item stays under its item.
 */
export function step(items: readonly AgendaItem[], sections: readonly SeriesSection[], item: AgendaItem, delta: -1 | 1): MoveArgs | null {
  const within = stepWithin(items, item, delta);
  if (within || item.parentId !== null) return within;
  const ordered = [...sections].sort((a, b) => a.position - b.position);
  const next = ordered[ordered.findIndex((s) => s.id === item.sectionId) + delta];
  if (!next) return null;
  const topLevel = siblingsOf(items, { sectionId: next.id, parentId: null });
  return { id: item.id, sectionId: next.id, parentId: null, position: delta < 0 ? topLevel.length + 1 : 1 };
}

/** "Move to section…": the end of that section's list. */
export function toSection(items: readonly AgendaItem[], item: AgendaItem, sectionId: string): MoveArgs | null {
  const topLevel = siblingsOf(items, { sectionId, parentId: null }).filter((i) => i.id !== item.id);
  return done(item, { id: item.id, sectionId, parentId: null, position: topLevel.length + 1 });
}

/** Make the item a sub-item of the one above it (its last sub-item). */
export function indent(items: readonly AgendaItem[], item: AgendaItem): MoveArgs | null {
  const siblings = siblingsOf(items, item);
  const above = siblings[siblings.findIndex((s) => s.id === item.id) - 1];
  if (!above) return null;
  if (depthOf(items, above) + 1 + subtreeDepth(items, item) > MAX_DEPTH) return null;
  return { id: item.id, sectionId: item.sectionId, parentId: above.id, position: childrenOf(items, above.id).length + 1 };
}

/** Make a sub-item an item again, right after the item it was under. */
export function outdent(items: readonly AgendaItem[], item: AgendaItem): MoveArgs | null {
  const parent = item.parentId ? items.find((i) => i.id === item.parentId) : undefined;
  if (!parent) return null;
  return { id: item.id, sectionId: parent.sectionId, parentId: parent.parentId, position: parent.position + 1 };
}

/** How many levels hang under an item (0 for an item without sub-items). */
function subtreeDepth(items: readonly AgendaItem[], item: AgendaItem): number {
  const kids = childrenOf(items, item.id);
  return kids.length ? 1 + Math.max(...kids.map((k) => subtreeDepth(items, k))) : 0;
}

export type DropPlace = { kind: 'item'; targetId: string; where: 'before' | 'after' } | { kind: 'section'; sectionId: string };

/** Where a dragged item lands when dropped before or after another item, or at the end of a section. */
export function dropArgs(items: readonly AgendaItem[], dragged: AgendaItem, place: DropPlace): MoveArgs | null {
  if (place.kind === 'section') return toSection(items, dragged, place.sectionId);
  const target = items.find((i) => i.id === place.targetId);
  if (!target || isWithin(items, dragged.id, target.id)) return null;
  if (depthOf(items, target) + subtreeDepth(items, dragged) > MAX_DEPTH) return null;
  const others = siblingsOf(items, target).filter((i) => i.id !== dragged.id);
  const index = others.findIndex((i) => i.id === target.id) + (place.where === 'after' ? 1 : 0);
  return done(dragged, { id: dragged.id, sectionId: target.sectionId, parentId: target.parentId, position: index + 1 });
}
