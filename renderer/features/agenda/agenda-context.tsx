import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import type { Attachment } from '../../../shared/schemas/attachments';
import { errorMessage } from '../../api/client';
import { useT } from '../../i18n/index';
import { focusLater } from '../../lib/errors';
import { useAppStores, useMeeting } from '../../state/app-context';
import type { AgendaItem, MeetingDetail, SeriesSection } from '../../state/types';
import type { ItemValues } from './agenda-item-values';
import type { DropPlace, MoveArgs } from './agenda-moves';
import { useMay } from '../session';

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
  /** The one item opened for editing (or reading, once certified); the others are one-line rows. */
  openId: string | null;
  /** Open an item (closing the open one: its unsaved edits stay as a draft), or close with null. */
  openItem(id: string | null): void;
  /** Edits of items closed before Save or Cancel, by item id: shown again when the item reopens. */
  drafts: ReadonlyMap<string, ItemValues>;
  keepDraft(id: string, values: ItemValues | null): void;
  /** How many of the chair's directives an item has (the tracker's rows). */
  directivesOf(itemId: string): number;
}

const Ctx = createContext<AgendaBuilder | null>(null);
export const AgendaProvider = Ctx.Provider;

/** The builder when inside one (the item form is also used on its own). */
export const useAgendaIfAny = (): AgendaBuilder | null => useContext(Ctx);

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
  const [openId, setOpenId] = useState<string | null>(null);
  const [kept, setKept] = useState<ReadonlyMap<string, ItemValues>>(new Map());
  // Certified minutes, or a role that may only read (a reader in team mode): shown, not edited.
  const mayEdit = useMay('agenda.update');
  const readOnly = meeting.minutesStatus === 'certified' || !mayEdit;

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

  // Read through a ref so keepDraft stays the same function while items change: the open form's
  // cleanup depends on it, and must run only when the form really closes.
  const itemsNow = useRef(meeting.agendaItems);
  itemsNow.current = meeting.agendaItems;
  const keepDraft = useCallback(
    (id: string, values: ItemValues | null) => {
      setKept((old) => {
        if (!values && !old.has(id)) return old;
        const next = new Map(old);
        if (values) next.set(id, values);
        else next.delete(id);
        return next;
      });
      if (values) {
        const item = itemsNow.current.find((i) => i.id === id);
        if (item) announce(t('agenda.draftKept', { number: item.number }));
      }
    },
    [t],
  );

  return useMemo(() => {
    const ids = new Set(meeting.agendaItems.map((i) => i.id));
    // A draft of an item since deleted (here or elsewhere) has nothing left to go back to.
    const drafts = new Map([...kept].filter(([id]) => ids.has(id)));
    const directives = new Map<string, number>();
    for (const a of meeting.actions) if (a.kind === 'directive') directives.set(a.agendaItemId, (directives.get(a.agendaItemId) ?? 0) + 1);
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
      openId: openId && ids.has(openId) ? openId : null,
      openItem: setOpenId,
      drafts,
      keepDraft,
      directivesOf: (id: string) => directives.get(id) ?? 0,
    };
  }, [meeting.id, meeting.agendaItems, meeting.actions, sections, readOnly, attachments, move, dragging, over, setOver, itemError, announcement, openId, kept, keepDraft]);
}
