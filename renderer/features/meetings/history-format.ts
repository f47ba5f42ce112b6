import type { AuditEntry } from '../../../shared/schemas/audit';
import { formatDateShort, formatTime, type Lang, type MessageKey, type T } from '../../i18n/index';
import { th } from '../../i18n/th';
import { meetingNumber, personName } from '../../lib/labels';
import type { MeetingDetail, Organisation, Person, SeriesSection } from '../../state/types';

/** What the history needs to name things: the directory, the series' sections and the meeting on screen. */
export interface HistoryContext {
  t: T;
  lang: Lang;
  people: readonly Person[];
  organisations: readonly Organisation[];
  sections: readonly SeriesSection[];
  meeting: MeetingDetail;
}

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
  /** Nothing was there (or is there now): shown as such, not struck through. */
  beforeEmpty: boolean;
  afterEmpty: boolean;
}

export interface Described {
  /** `แก้ไขระเบียบวาระ`, `รับรองรายงานการประชุม`… */
  what: string;
  /** Which one: `4.1 เรื่อง …`, a person's name… */
  which: string;
  changes: FieldChange[];
}

/** Bookkeeping columns nobody reads as a change. */
const hidden = new Set(['id', 'meeting_id', 'created_at', 'updated_at', 'content', 'stored_path', 'series_id', 'agenda_item_id']);

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const has = (key: string): key is MessageKey => Object.hasOwn(th, key);
const short = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The record's fields an entry knows: what it changed, and what names the record (read with the history). */
const row = (e: AuditEntry): Record<string, unknown> => {
  const r = { ...(e.after ?? e.before ?? {}), ...(e.label ?? {}) } as Record<string, unknown>;
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [snake(k), v]));
};

export function entityName(e: AuditEntry, ctx: HistoryContext): string {
  const { t } = ctx;
  if (e.entity === 'action_items') return t(row(e).kind === 'follow_up' ? 'actionKind.follow_up' : 'actionKind.directive');
  const key = `history.entity.${e.entity}`;
  return has(key) ? t(key) : e.entity;
}

function which(e: AuditEntry, ctx: HistoryContext): string {
  const r = row(e);
  const s = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : '');
  switch (e.entity) {
    case 'agenda_items': {
      const number = ctx.meeting.agendaItems.find((i) => i.id === e.entityId)?.number;
      return short([number, s('subject')].filter(Boolean).join(' '));
    }
    case 'attendance':
      return personLabel(s('person_id'), ctx);
    case 'action_items':
      return short(s('text'));
    case 'action_owners':
      return short(ctx.meeting.actions.find((a) => a.id === e.entityId)?.text ?? '');
    case 'meetings':
      return typeof r.number === 'number' && typeof r.year_be === 'number' ? ctx.t('meeting.number', { number: meetingNumber({ number: r.number, yearBe: r.year_be }) }) : '';
    case 'minutes_versions':
      return typeof r.version === 'number' ? ctx.t('history.versionNo', { version: r.version }) : '';
    case 'attachments':
      return s('file_name');
    case 'progress_updates':
      return short(s('text'));
    case 'export_register':
      return [
        s('file_name'),
        typeof r.version === 'number' ? ctx.t('history.versionNo', { version: r.version }) : '',
        // A numbered copy of a secret document: which, of how many, and whom it went to (the register's row).
        typeof r.copy_no === 'number' && typeof r.copy_count === 'number' ? ctx.t('history.copyOf', { copy: r.copy_no, of: r.copy_count }) : '',
        s('recipient') ? ctx.t('history.copyTo', { name: s('recipient') }) : '',
      ].filter(Boolean).join(' · ');
    case 'agenda_item_policies': {
      const number = ctx.meeting.agendaItems.find((i) => i.id === s('agenda_item_id'))?.number;
      return number ? ctx.t('history.itemNo', { number }) : '';
    }
    default:
      return '';
  }
}

function personLabel(id: string, ctx: HistoryContext): string {
  const p = ctx.people.find((x) => x.id === id);
  return p ? personName(p) : '';
}

function orgLabel(id: string, ctx: HistoryContext): string {
  const o = ctx.organisations.find((x) => x.id === id);
  return o ? o.abbrTh || o.nameTh : '';
}

const personFields = new Set(['person_id', 'substitute_for_id', 'chair_id', 'secretary_id', 'minute_taker_id', 'reviewer_id', 'presenter_person_id']);
const orgFields = new Set(['presenter_org_id', 'organisation_id', 'owner_org_id']);
const itemFields = new Set(['parent_id', 'continues_item_id', 'certified_at_item_id']);
const boolFields = new Set(['carry_forward', 'amended', 'illustrative']);
const dateFields = new Set(['date', 'due_date', 'certified_on']);
const timeFields = new Set(['start_time', 'end_time']);
const hashFields = new Set(['content_hash', 'sha256']);

const enumKey = (entity: string, field: string, value: string): string => {
  switch (field) {
    case 'mode':
      return `mode.${value}`;
    case 'presence':
      return `presence.${value}`;
    case 'role':
      return `role.${value}`;
    case 'absence_reason':
      return `reason.${value}`;
    case 'resolution_kind':
      return `resolutionKind.${value}`;
    case 'kind':
      return `actionKind.${value}`;
    case 'certified_how':
      return `certify.how.${value}`;
    case 'secrecy':
      return `docset.secrecy.${value}`;
    case 'status':
      return entity === 'meetings' ? `status.${value}` : entity === 'action_items' ? `actionStatus.${value}` : `minutes.${value}`;
    default:
      return '';
  }
};

/** A stored value as an officer reads it: names for ids, Thai for codes, Buddhist-era dates. */
export function formatValue(entity: string, field: string, value: unknown, ctx: HistoryContext): string {
  const { t, lang } = ctx;
  if (value === null || value === undefined || value === '') return t('history.empty');
  if (boolFields.has(field)) return value === true || value === 1 ? t('history.yes') : t('history.no');
  if (field === 'owners' && Array.isArray(value)) {
    const owners = value as { organisation_id?: string; organisationId?: string; is_lead?: number | boolean }[];
    const name = (o: (typeof owners)[number]) => orgLabel(o.organisation_id ?? o.organisationId ?? '', ctx) || '?';
    const lead = owners.filter((o) => o.is_lead === 1 || o.is_lead === true).map(name);
    const support = owners.filter((o) => !(o.is_lead === 1 || o.is_lead === true)).map(name);
    const parts = [lead.length ? `${t('actions.lead')}: ${lead.join(', ')}` : '', support.length ? `${t('actions.support')}: ${support.join(', ')}` : ''];
    return parts.filter(Boolean).join(' · ') || t('history.empty');
  }
  if (typeof value !== 'string' && typeof value !== 'number') return JSON.stringify(value);
  const text = String(value);
  if (personFields.has(field)) return personLabel(text, ctx) || t('history.unknown');
  if (orgFields.has(field)) return orgLabel(text, ctx) || t('history.unknown');
  if (field === 'section_id') {
    const s = ctx.sections.find((x) => x.id === text);
    return s ? t('agenda.sectionTitle', { number: s.position, title: s.titleTh }) : t('history.unknown');
  }
  if (itemFields.has(field)) return ctx.meeting.agendaItems.find((i) => i.id === text)?.number ?? t('history.otherItem');
  if (dateFields.has(field) && /^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDateShort(lang, text);
  if (timeFields.has(field) && /^\d{2}:\d{2}$/.test(text)) return formatTime(lang, text);
  if (hashFields.has(field)) return `${text.slice(0, 12)}…`;
  const key = enumKey(entity, field, text);
  return key && has(key) ? t(key) : text;
}

/** The field's Thai name; an entity may name a column its own way (`position` of an agenda item is its place). */
export function fieldLabel(entity: string, field: string, t: T): string {
  const own = `history.field.${entity}.${field}`;
  if (has(own)) return t(own);
  const key = `history.field.${field}`;
  return has(key) ? t(key) : field;
}

/** Who did what to which record, and for an update every field that changed, before → after. */
export function describeEntry(e: AuditEntry, ctx: HistoryContext): Described {
  const { t } = ctx;
  const before = Object.fromEntries(Object.entries(e.before ?? {}).map(([k, v]) => [snake(k), v]));
  const after = Object.fromEntries(Object.entries(e.after ?? {}).map(([k, v]) => [snake(k), v]));
  const changes: FieldChange[] = [];
  if (e.action === 'update') {
    for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (hidden.has(field) || JSON.stringify(before[field]) === JSON.stringify(after[field])) continue;
      const format = (v: unknown) => formatValue(e.entity, field, v, ctx);
      const empty = (v: unknown) => v === null || v === undefined || v === '' || (field === 'owners' && Array.isArray(v) && v.length === 0);
      changes.push({
        field, label: fieldLabel(e.entity, field, t), before: format(before[field]), after: format(after[field]),
        beforeEmpty: empty(before[field]), afterEmpty: empty(after[field]),
      });
    }
  }
  const name = entityName(e, ctx);
  let what = t(`history.action.${e.action}`, { entity: name });
  if (e.entity === 'minutes' && before.status !== after.status && typeof after.status === 'string') {
    if (after.status === 'circulated') what = t('history.circulated');
    if (after.status === 'certified') what = t('history.certified');
  }
  if (e.entity === 'minutes_versions' && e.action === 'create') what = t('history.versionStored');
  if (e.entity === 'export_register') what = t('history.exported');
  if (e.entity === 'action_owners') what = t('history.ownersSet');
  if (e.entity === 'agenda_items' && e.action === 'update' && changes.every((c) => c.field === 'position')) what = t('history.reordered');
  return { what, which: which(e, ctx), changes };
}

/** An entry of the history as shown: consecutive saves of one record read as one (see `foldEntries`). */
export interface FoldedEntry extends AuditEntry {
  /** How many entries of the log it stands for. */
  count: number;
  /** When the first of them was written (ISO). */
  firstAt: string;
}

/** Autosave writes one entry per pause in typing; within this time they read as one change. */
export const FOLD_WINDOW_MS = 15 * 60_000;

/**
 * Entries newest first; consecutive updates of the same record by the same person within the window
 * fold into one, from the first `before` to the last `after`. Circulation and certification never fold:
 * each is an event of its own.
 */
export function foldEntries(entries: readonly AuditEntry[], windowMs = FOLD_WINDOW_MS): FoldedEntry[] {
  const out: FoldedEntry[] = [];
  for (const e of entries) {
    const last = out.at(-1);
    const folds =
      last !== undefined && e.action === 'update' && last.action === 'update' && e.entity !== 'minutes' && last.entity === e.entity &&
      last.entityId === e.entityId && last.actor === e.actor && Date.parse(last.firstAt) - Date.parse(e.at) <= windowMs;
    if (folds) {
      // An update logs only what it changed: the earliest value of each field, and the latest.
      last.before = { ...(last.before ?? {}), ...(e.before ?? {}) };
      last.after = { ...(e.after ?? {}), ...(last.after ?? {}) };
      last.count += 1;
      last.firstAt = e.at;
    } else {
      out.push({ ...e, count: 1, firstAt: e.at });
    }
  }
  return out;
}
