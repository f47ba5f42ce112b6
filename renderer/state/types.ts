import type { Args, Result } from '../../shared/contract';

export type { Organisation, Person } from '../../shared/schemas/directory';
export type { AgendaItem, Attendance, MeetingDetail, MeetingSummary } from '../../shared/schemas/meeting';
export type { Series, SeriesSection } from '../../shared/schemas/series';
export type SectionTemplate = Result<'reference.sectionTemplates'>[number];

export type MeetingPatch = Omit<Args<'meetings.update'>, 'id'>;
export type AttendanceInput = Args<'attendance.add'>;
export type AttendancePatch = Args<'attendance.update'>;
export type AgendaInput = Args<'agenda.create'>;
export type AgendaPatch = Args<'agenda.update'>;
export type PersonInput = Args<'people.create'>;
export type SeriesInput = Args<'series.create'>;
export type SeriesPatch = Args<'series.update'>;

/** Where a store's data stands; `error` holds the Thai message. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';
