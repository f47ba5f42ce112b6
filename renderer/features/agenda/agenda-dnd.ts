import type { DragEvent, HTMLAttributes } from 'react';
import type { AgendaItem } from '../../state/types';
import type { AgendaBuilder } from './agenda-context';
import { type DropPlace, dropArgs } from './agenda-moves';

/**
 * Drag and drop with the browser's own HTML5 events (no library): an item is picked up by its handle,
 * dropped before or after another item (it takes that item's level), or on a section (its end).
 * The keyboard does the same through agenda-moves.ts; both end in `agenda.move`.
 */

const MIME = 'application/x-lekha-agenda-item';

export function handleProps(b: AgendaBuilder, item: AgendaItem): HTMLAttributes<HTMLElement> & { draggable: boolean } {
  return {
    draggable: true,
    onDragStart(e: DragEvent<HTMLElement>) {
      e.dataTransfer.effectAllowed = 'move';
      e.dataTransfer.setData(MIME, item.id);
      // Some browsers start a drag only with a plain-text payload.
      e.dataTransfer.setData('text/plain', `${item.number} ${item.subject}`);
      const head = e.currentTarget.closest('.agenda-item__main');
      if (head instanceof HTMLElement) e.dataTransfer.setDragImage(head, 24, 20);
      b.setItemError(null);
      b.setDragging(item.id);
    },
    onDragEnd() {
      b.setDragging(null);
      b.setOver(null);
    },
  };
}

function argsFor(b: AgendaBuilder, place: DropPlace) {
  const dragged = b.items.find((i) => i.id === b.dragging);
  return dragged ? { dragged, args: dropArgs(b.items, dragged, place) } : null;
}

function drop(b: AgendaBuilder, place: DropPlace) {
  const found = argsFor(b, place);
  b.setDragging(null);
  b.setOver(null);
  if (found?.args) void b.move(found.dragged, found.args);
}

/** On an item's own block (not its sub-items): the upper half drops before it, the lower half after. */
export function itemTargetProps(b: AgendaBuilder, item: AgendaItem): HTMLAttributes<HTMLElement> {
  const placeAt = (e: DragEvent<HTMLElement>): DropPlace => {
    const rect = e.currentTarget.getBoundingClientRect();
    return { kind: 'item', targetId: item.id, where: e.clientY < rect.top + rect.height / 2 ? 'before' : 'after' };
  };
  return {
    onDragOver(e) {
      if (!b.dragging) return;
      // Over an item, the section behind it must not offer "end of section".
      e.stopPropagation();
      const place = placeAt(e);
      if (!argsFor(b, place)?.args) {
        b.setOver(null);
        return;
      }
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
      b.setOver(place);
    },
    onDrop(e) {
      if (!b.dragging) return;
      e.preventDefault();
      e.stopPropagation();
      drop(b, placeAt(e));
    },
  };
}

/** Anywhere else in a section (its heading, the empty line, the add button): the end of that section. */
export function sectionTargetProps(b: AgendaBuilder, sectionId: string): HTMLAttributes<HTMLElement> {
  const place: DropPlace = { kind: 'section', sectionId };
  return {
    onDragOver(e) {
      if (!b.dragging || !argsFor(b, place)?.args) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
      b.setOver(place);
    },
    onDragLeave(e) {
      if (b.over?.kind === 'section' && !e.currentTarget.contains(e.relatedTarget as Node | null)) b.setOver(null);
    },
    onDrop(e) {
      if (!b.dragging) return;
      e.preventDefault();
      drop(b, place);
    },
  };
}
