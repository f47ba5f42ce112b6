import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { Attachment } from '../../../shared/schemas/attachments';
import { errorMessage } from '../../api/client';
import { useT } from '../../i18n/index';
import { focusLater } from '../../lib/errors';
import { useAppStores, useMeeting } from '../../state/app-context';
import type { AgendaItem, MeetingDetail, SeriesSection } from '../../state/types';
import type { DropPlace, MoveArgs } from './agenda-moves';

/** What every part of the agenda builder shares: the items, the sections, moving, dragging, messages. */
export interface AgendaBuilder {
  meetingId: string;
  items: AgendaItem[];
  /** The series' sections in their order. */
  sections: SeriesSection[];
  readOnly: boolean;
  attachmentsOf(itemId: string): Attachment[];
  /**
   * Ask the core to move an item; announce its new number and keep focus on `focusId` (the control
   * used), which survives the item being drawn again in another section. `null` says it cannot go there.
   */
  move(item: AgendaItem, args: MoveArgs | null, focusId?: string): Promise<void>;
  /** The item being dragged and where it would land now. */
  dragging: string | null;
  over: DropPlace | null;
  setDragging(id: string | null): void;
  setOver(place: DropPlace | null): void;
  /** A refusal about one item, shown by that item. */
  itemError: { id: string; message: string } | null;
  setItemError(error: { id: string; message: string } | null): void;
  /** Said to screen readers (and shown) after a move. */
  announcement: string;
  announce(text: string): void;
}

const Ctx = createContext<AgendaBuilder | null>(null);
export const AgendaProvider = Ctx.Provider;

export function useAgenda(): AgendaBuilder {
  const value = useContext(Ctx);
  if (!value) throw new Error('AgendaProvider is missing');
  return value;
}

const samePlace = (a: DropPlace | null, b: DropPlace | null): boolean =>
  a === b || (!!a && !!b && JSON.stringify(a) === JSON.stringify(b));

export function useAgendaBuilder(meeting: MeetingDetail, sections: SeriesSection[]): AgendaBuilder {
  const t = useT();
  const stores = useAppStores();
  const attachments = useMeeting((s) => s.attachments);
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOverState] = useState<DropPlace | null>(null);
  const [itemError, setItemError] = useState<{ id: string; message: string } | null>(null);
  const [announcement, announce] = useState('');
  const readOnly = meeting.minutesStatus === 'certified';

  // dragover fires many times a second: change state only when the place changes.
  const setOver = useCallback((place: DropPlace | null) => setOverState((old) => (samePlace(old, place) ? old : place)), []);

  const move = useCallback(
    async (item: AgendaItem, args: MoveArgs | null, focusId?: string) => {
      setItemError(null);
      if (!args) {
        announce(t('agenda.cannotMove', { number: item.number }));
        return;
      }
      try {
        const items = await stores.meeting.getState().moveAgendaItem(args);
        const moved = items.find((i) => i.id === item.id);
        announce(t('agenda.moved', { subject: item.subject, number: moved?.number ?? '?' }));
        focusLater(focusId ?? `agenda-${item.id}-handle`);
      } catch (e) {
        setItemError({ id: item.id, message: errorMessage(e) });
      }
    },
    [stores, t],
  );

  return useMemo(() => {
    const byItem = new Map<string, Attachment[]>();
    for (const a of attachments) byItem.set(a.agendaItemId, [...(byItem.get(a.agendaItemId) ?? []), a]);
    return {
      meetingId: meeting.id,
      items: meeting.agendaItems,
      sections,
      readOnly,
      attachmentsOf: (id: string) => byItem.get(id) ?? [],
      move,
      dragging,
      over,
      setDragging,
      setOver,
      itemError,
      setItemError,
      announcement,
      announce,
    };
  }, [meeting.id, meeting.agendaItems, sections, readOnly, attachments, move, dragging, over, setOver, itemError, announcement]);
}
