import { createStore } from 'zustand/vanilla';
import type { Args, Result } from '../../shared/contract';
import type { Attachment } from '../../shared/schemas/attachments';
import type { ApiClient } from '../api/client';
import { errorMessage, isApiError, isStaleSave } from '../api/client';
import type {
  AgendaInput, AgendaItem, AgendaPatch, Attendance, AttendanceInput, AttendancePatch, LoadStatus, MeetingDetail,
  MeetingPatch,
} from './types';

/** Where a change was refused because the minutes are certified (so that part of the screen can say why). */
export type LockedArea = 'attendance' | 'agenda';

/**
 * The meeting on screen. Every change goes to the core, then the meeting is read again, so numbers
 * (`4.1`, `4.2` after a move) and orders always come from the core, never from the screen.
 */
export interface MeetingState {
  id: string | null;
  detail: MeetingDetail | null;
  status: LoadStatus;
  error: string | null;
  /** Files kept by the app for this meeting's agenda items; read when the agenda is shown. */
  attachments: Attachment[];
  attachmentsStatus: LoadStatus;
  attachmentsError: string | null;
  /** The core's LOCKED refusal, kept until the meeting is opened again: the form that caused it may be gone. */
  locked: { area: LockedArea; message: string } | null;
  load(id: string): Promise<void>;
  refresh(): Promise<void>;
  update(patch: MeetingPatch): Promise<MeetingDetail>;
  addAttendance(input: Omit<AttendanceInput, 'meetingId'>): Promise<Attendance>;
  updateAttendance(patch: AttendancePatch): Promise<Attendance>;
  removeAttendance(id: string): Promise<void>;
  createAgendaItem(input: Omit<AgendaInput, 'meetingId'>): Promise<AgendaItem>;
  updateAgendaItem(patch: AgendaPatch): Promise<AgendaItem>;
  /** Moves an item and shows the renumbered agenda the core answers with. */
  moveAgendaItem(args: Args<'agenda.move'>): Promise<AgendaItem[]>;
  deleteAgendaItem(id: string): Promise<void>;
  loadAttachments(): Promise<void>;
  addAttachment(input: Args<'attachments.add'>): Promise<Attachment>;
  removeAttachment(id: string): Promise<void>;
  /** ลับ, ลับมาก, ลับที่สุด or none for one attachment (issue 14). */
  setAttachmentSecrecy(args: Args<'attachments.setSecrecy'>): Promise<Attachment>;
}

export const createMeetingStore = (client: ApiClient) =>
  createStore<MeetingState>((set, get) => {
    const currentId = (): string => {
      const id = get().id;
      if (!id) throw new Error('ยังไม่ได้เปิดการประชุม');
      return id;
    };

    /**
     * Run a change, then read the meeting again; the change's refusal reaches the caller's form.
     * A LOCKED refusal means the minutes were certified meanwhile (another window, the command line):
     * the meeting is read again so the screen turns read-only, and the message is kept for it.
     */
    async function change<T>(area: LockedArea, run: () => Promise<T>, after: () => Promise<void> = () => get().refresh()): Promise<T> {
      let value: T;
      try {
        value = await run();
      } catch (e) {
        if (isApiError(e) && e.code === 'LOCKED') {
          set({ locked: { area, message: e.message } });
          await get().refresh().catch((r) => console.warn('[lekha] refresh after a LOCKED refusal', r));
        }
        // Refused on a stale copy: the newer one is read so the screen shows it (an open form keeps what was typed).
        if (isStaleSave(e)) await get().refresh().catch((r) => console.warn('[lekha] refresh after a stale save', r));
        throw e;
      }
      await after();
      return value;
    }

    async function readAttachments(meetingId: string): Promise<void> {
      try {
        const attachments = await client.call('attachments.list', { meetingId });
        if (get().id === meetingId) set({ attachments, attachmentsStatus: 'ready', attachmentsError: null });
      } catch (e) {
        if (get().id === meetingId) set({ attachmentsStatus: 'error', attachmentsError: errorMessage(e) });
      }
    }

    const shown = (list: 'attendance' | 'agendaItems', id: string): number | undefined => get().detail?.[list].find((r) => r.id === id)?.version;
    return {
      id: null,
      detail: null,
      status: 'idle',
      error: null,
      attachments: [],
      attachmentsStatus: 'idle',
      attachmentsError: null,
      locked: null,
      async load(id) {
        const same = get().id === id && get().detail !== null;
        set({
          id, status: same ? 'ready' : 'loading', error: null, detail: same ? get().detail : null, locked: null,
          ...(same ? {} : { attachments: [], attachmentsStatus: 'idle' as const, attachmentsError: null }),
        });
        try {
          const detail = await client.call('meetings.get', { id });
          if (get().id === id) set({ detail, status: 'ready' });
        } catch (e) {
          if (get().id === id) set({ status: 'error', error: errorMessage(e) });
        }
      },
      async refresh() {
        const id = get().id;
        if (!id) return;
        // Attachments are read again only where the agenda has asked for them once.
        const files = get().attachmentsStatus === 'idle' ? Promise.resolve() : readAttachments(id);
        const detail: Result<'meetings.get'> = await client.call('meetings.get', { id });
        if (get().id === id) set({ detail, status: 'ready', error: null });
        await files;
      },
      // The version of a row as this screen shows it, sent with a click that changes it (mark present, move,
      // delete): a row another officer changed meanwhile is refused rather than overwritten. Forms that stay
      // open while live updates refresh the store send the version they were opened on instead.
      async update(patch) {
        const detail = await client.call('meetings.update', { ...patch, id: currentId() });
        set({ detail });
        return detail;
      },
      addAttendance: (input) => change('attendance', () => client.call('attendance.add', { ...input, meetingId: currentId() })),
      updateAttendance: (patch) => change('attendance', () => client.call('attendance.update', { version: shown('attendance', patch.id), ...patch })),
      removeAttendance: (id) => change('attendance', async () => void (await client.call('attendance.remove', { id, version: shown('attendance', id) }))),
      createAgendaItem: (input) => change('agenda', () => client.call('agenda.create', { ...input, meetingId: currentId() })),
      updateAgendaItem: (patch) => change('agenda', () => client.call('agenda.update', patch)),
      moveAgendaItem: (args) => {
        const id = currentId();
        return change(
          'agenda',
          async () => {
            const items = await client.call('agenda.move', { version: shown('agendaItems', args.id), ...args });
            const detail = get().detail;
            // The core answers with the whole renumbered agenda: show it at once, without reading the meeting again.
            if (get().id === id && detail) set({ detail: { ...detail, agendaItems: items } });
            return items;
          },
          async () => {},
        );
      },
      deleteAgendaItem: (id) => change('agenda', async () => void (await client.call('agenda.delete', { id, version: shown('agendaItems', id) }))),
      loadAttachments: async () => {
        const id = currentId();
        if (get().attachmentsStatus === 'idle') set({ attachmentsStatus: 'loading' });
        await readAttachments(id);
      },
      addAttachment: (input) => change('agenda', () => client.call('attachments.add', input), () => readAttachments(currentId())),
      removeAttachment: (id) =>
        change('agenda', async () => void (await client.call('attachments.remove', { id, version: get().attachments.find((a) => a.id === id)?.version })), () => readAttachments(currentId())),
      setAttachmentSecrecy: (args) =>
        change('agenda', () => client.call('attachments.setSecrecy', { version: get().attachments.find((a) => a.id === args.id)?.version, ...args }), () => readAttachments(currentId())),
    };
  });
