import { type DragEvent, useState } from 'react';

export type DropWhere = 'before' | 'after';

const MIME = 'application/x-lekha-series-section';

/**
 * Dragging a section by its handle with the browser's own HTML5 events (as the agenda does): the upper
 * half of another section drops before it, the lower half after. The keyboard reaches the same moves
 * through the up/down buttons and Alt+Arrow keys.
 */
export function useSectionDrag(keys: readonly string[], onMove: (from: number, to: number) => void) {
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<{ key: string; where: DropWhere } | null>(null);

  const whereIn = (e: DragEvent<HTMLElement>): DropWhere => {
    const rect = e.currentTarget.getBoundingClientRect();
    return e.clientY < rect.top + rect.height / 2 ? 'before' : 'after';
  };
  /** Where the dragged section lands among the others, or null when it would stay where it is. */
  const destination = (key: string, where: DropWhere): { from: number; to: number } | null => {
    const from = dragging ? keys.indexOf(dragging) : -1;
    const target = keys.indexOf(key);
    if (from < 0 || target < 0) return null;
    const insertAt = where === 'after' ? target + 1 : target;
    const to = from < insertAt ? insertAt - 1 : insertAt;
    return to === from ? null : { from, to };
  };
  const end = () => {
    setDragging(null);
    setOver(null);
  };

  return {
    dragging,
    over,
    handleProps: (key: string, label: string) => ({
      draggable: true,
      onDragStart(e: DragEvent<HTMLElement>) {
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData(MIME, key);
        // Some browsers start a drag only with a plain-text payload.
        e.dataTransfer.setData('text/plain', label);
        const row = e.currentTarget.closest('li');
        if (row) e.dataTransfer.setDragImage(row, 24, 20);
        setDragging(key);
      },
      onDragEnd: end,
    }),
    targetProps: (key: string) => ({
      onDragOver(e: DragEvent<HTMLElement>) {
        if (!dragging) return;
        const where = whereIn(e);
        if (!destination(key, where)) {
          setOver(null);
          return;
        }
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        if (over?.key !== key || over.where !== where) setOver({ key, where });
      },
      onDragLeave(e: DragEvent<HTMLElement>) {
        if (over?.key === key && !e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(null);
      },
      onDrop(e: DragEvent<HTMLElement>) {
        if (!dragging) return;
        e.preventDefault();
        const found = destination(key, whereIn(e));
        end();
        if (found) onMove(found.from, found.to);
      },
    }),
  };
}
