import { describe, expect, it } from 'vitest';
import { dropArgs, indent, outdent, step, toSection } from '../../../renderer/features/agenda/agenda-moves';
import type { AgendaItem } from '../../../renderer/state/types';
import { ids, meetingDetail, series } from './data';

const [a, b, c] = meetingDetail().agendaItems; // 4.1, 4.2, 5.1
const sub: AgendaItem = { ...c, id: ids.item(4), sectionId: ids.section(4), parentId: a.id, position: 1, number: '4.1.1' };
const items = [a, b, c, sub];

describe('where a drag or a key sends an agenda item', () => {
  it('drops before or after another item, counting positions without the dragged item', () => {
    expect(dropArgs(items, b, { kind: 'item', targetId: a.id, where: 'before' })).toEqual({ id: b.id, sectionId: ids.section(4), parentId: null, position: 1 });
    expect(dropArgs(items, a, { kind: 'item', targetId: b.id, where: 'after' })).toEqual({ id: a.id, sectionId: ids.section(4), parentId: null, position: 2 });
    expect(dropArgs(items, b, { kind: 'item', targetId: c.id, where: 'after' })).toEqual({ id: b.id, sectionId: ids.section(5), parentId: null, position: 2 });
    // Dropped by a sub-item, it becomes one.
    expect(dropArgs(items, b, { kind: 'item', targetId: sub.id, where: 'before' })).toEqual({ id: b.id, sectionId: ids.section(4), parentId: a.id, position: 1 });
  });

  it('does nothing where nothing would change or where an item would go inside itself', () => {
    expect(dropArgs(items, a, { kind: 'item', targetId: b.id, where: 'before' })).toBeNull();
    expect(dropArgs(items, a, { kind: 'item', targetId: a.id, where: 'after' })).toBeNull();
    expect(dropArgs(items, a, { kind: 'item', targetId: sub.id, where: 'after' })).toBeNull();
    // An item with sub-items does not become a sub-item (4.1.1.1 is not offered).
    expect(dropArgs(items, a, { kind: 'item', targetId: sub.id, where: 'before' })).toBeNull();
  });

  it('drops on a section at its end', () => {
    expect(dropArgs(items, a, { kind: 'section', sectionId: ids.section(5) })).toEqual({ id: a.id, sectionId: ids.section(5), parentId: null, position: 2 });
    expect(dropArgs(items, b, { kind: 'section', sectionId: ids.section(4) })).toBeNull();
    expect(toSection(items, sub, ids.section(4))).toEqual({ id: sub.id, sectionId: ids.section(4), parentId: null, position: 3 });
  });

  it('steps across sections only at the ends, keeps sub-items under their item, and indents and outdents', () => {
    expect(step(items, series.sections, c, -1)).toEqual({ id: c.id, sectionId: ids.section(4), parentId: null, position: 3 });
    expect(step(items, series.sections, sub, -1)).toBeNull();
    expect(step(items, series.sections, { ...c, sectionId: ids.section(6), position: 1 }, 1)).toBeNull();
    expect(indent(items, b)).toEqual({ id: b.id, sectionId: ids.section(4), parentId: a.id, position: 2 });
    expect(indent(items, a)).toBeNull();
    expect(outdent(items, sub)).toEqual({ id: sub.id, sectionId: ids.section(4), parentId: null, position: 2 });
    expect(outdent(items, a)).toBeNull();
  });
});
