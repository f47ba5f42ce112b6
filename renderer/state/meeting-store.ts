import { createStore } from 'zustand/vanilla';
import type { Args, Result } from '../../shared/contract';
import type { ApiClient } from '../api/client';
import { errorMessage } from '../api/client';
import type {
  AgendaInput, AgendaItem, AgendaPatch, Attendance, AttendanceInput, AttendancePatch, LoadStatus, MeetingDetail,
  MeetingPatch,
} from './types';

/**
 * The meeting on screen. Every change goes to the core, then the meeting is read again, so numbers
 * (`4.1`, `4.2` after a move) and orders always come from the core, never from the screen.
 */
export interface MeetingState {
  id: string | null;
  detail: MeetingDetail | null;
  status: LoadStatus;
  error: string | null;
  load(id: string): Promise<void>;
  refresh(): Promise<void>;
  update(patch: MeetingPatch): Promise<MeetingDetail>;
  addAttendance(input: Omit<AttendanceInput, 'meetingId'>): Promise<Attendance>;
  updateAttendance(patch: AttendancePatch): Promise<Attendance>;
  removeAttendance(id: string): Promise<void>;
  createAgendaItem(input: Omit<AgendaInput, 'meetingId'>): Promise<AgendaItem>;
  updateAgendaItem(patch: AgendaPatch): Promise<AgendaItem>;
  moveAgendaItem(args: Args<'agenda.move'>): Promise<void>;
  deleteAgendaItem(id: string): Promise<void>;
}

export const createMeetingStore = (client: ApiClient) =>
  createStore<MeetingState>((set, get) => {
    const currentId = (): string => {
      const id = get().id;
      if (!id) throw new Error('ยังไม่ได้เปิดการประชุม');
      return id;
    };

    /** Run a change, then read the meeting again; the change's refusal reaches the caller's form. */
    async function change<T>(run: () => Promise<T>): Promise<T> {
      const value = await run();
      await get().refresh();
      return value;
    }

    return {
      id: null,
      detail: null,
      status: 'idle',
      error: null,
      async load(id) {
        const same = get().id === id && get().detail !== null;
        set({ id, status: same ? 'ready' : 'loading', error: null, detail: same ? get().detail : null });
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
        const detail: Result<'meetings.get'> = await client.call('meetings.get', { id });
        if (get().id === id) set({ detail, status: 'ready', error: null });
      },
      async update(patch) {
        const detail = await client.call('meetings.update', { ...patch, id: currentId() });
        set({ detail });
        return detail;
      },
      addAttendance: (input) => change(() => client.call('attendance.add', { ...input, meetingId: currentId() })),
      updateAttendance: (patch) => change(() => client.call('attendance.update', patch)),
      removeAttendance: (id) => change(async () => void (await client.call('attendance.remove', { id }))),
      createAgendaItem: (input) => change(() => client.call('agenda.create', { ...input, meetingId: currentId() })),
      updateAgendaItem: (patch) => change(() => client.call('agenda.update', patch)),
      moveAgendaItem: (args) => change(async () => void (await client.call('agenda.move', args))),
      deleteAgendaItem: (id) => change(async () => void (await client.call('agenda.delete', { id }))),
    };
  });
