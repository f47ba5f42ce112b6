import type { Generated } from 'kysely';

/** The Kysely view of the schema made by the migrations. Keep in step with `migrations/`. */
type Stamp = { created_at: string; updated_at: string };
type Bool = 0 | 1;
/**
 * Migration 0110: raised by every write to the row (services/write.ts); a save on an older one is refused.
 * Optional here only so inserts may leave it to the column's default (1) and the mappers that take these
 * interfaces accept selected rows; every stored row has one.
 */
type Versioned = { version?: number };

export interface SettingsTable extends Versioned { key: string; value: string }

export interface OrganisationsTable extends Stamp, Versioned {
  id: string; name_th: string; abbr_th: string; name_en: string | null; abbr_en: string | null;
  kind: string; parent_id: string | null; active: Bool; abbr_verified: Bool;
}

export interface PeopleTable extends Stamp, Versioned {
  id: string; title: string; first_name: string; last_name: string; position: string;
  organisation_id: string | null; illustrative: Bool; active: Bool;
  /** Set when this record was merged into another: kept, inactive, for the certified minutes that name it. */
  merged_into_id: string | null;
}

export interface SectionTemplatesTable { kind: string; default_position: number; title_th: string; title_en: string }

export interface MeetingSeriesTable extends Stamp, Versioned {
  id: string; name_th: string; short_name: string; name_en: string;
  numbering: 'per_year' | 'running'; recording_style: string; document_settings: string;
  secretary_id: string | null; minute_taker_id: string | null; reviewer_id: string | null;
  /** The number an officer set for the series' next meeting (in `next_number_year_be` for per-year numbering). */
  next_number: number | null; next_number_year_be: number | null;
  /** How far back a prepared meeting looks for items with open directives. */
  carry_window_months: number;
}

export interface SeriesSectionsTable extends Versioned {
  id: string; series_id: string; position: number; kind: string; title_th: string; when_empty: 'none' | 'omit';
}

export interface SeriesMembersTable { series_id: string; person_id: string; meeting_role: string; sort_order: number }

export interface MeetingsTable extends Stamp, Versioned {
  id: string; series_id: string; number: number; year_be: number; date: string | null;
  start_time: string | null; end_time: string | null; venue: string; mode: string; conferencing: string;
  chair_id: string | null; secretary_id: string | null; minute_taker_id: string | null; reviewer_id: string | null;
  status: string; secrecy: string; illustrative_note: string;
}

export interface AttendanceTable extends Versioned {
  id: string; meeting_id: string; person_id: string; role: string; meeting_role: string;
  substitute_for_id: string | null; position: string; presence: string; absence_reason: string | null;
  absence_note: string; sort_order: number;
}

export interface AgendaItemsTable extends Stamp, Versioned {
  id: string; meeting_id: string; section_id: string; parent_id: string | null; position: number;
  subject: string; presenter_org_id: string | null; presenter_person_id: string | null;
  summary: string; proposal: string; discussion: string; resolution: string; resolution_kind: string | null;
  secrecy: string; continues_item_id: string | null; carry_forward: Bool;
}

export interface AttachmentsTable extends Versioned {
  id: string; agenda_item_id: string; file_name: string; media_type: string; size: number;
  sha256: string; stored_path: string; created_at: string;
  /** 0090: none, confidential (ลับ), secret (ลับมาก), top_secret (ลับที่สุด). */
  secrecy: string;
}

export interface MinutesTable extends Versioned {
  meeting_id: string; status: string; certified_how: string | null; certified_at_item_id: string | null;
  certified_on: string | null; amended: Bool; amendment_text: string; content_hash: string | null; updated_at: string;
}

export interface MinutesVersionsTable {
  id: string; meeting_id: string; version: number; status: string; content: string; content_hash: string;
  created_at: string; created_by: string;
}

export interface ActionItemsTable extends Stamp, Versioned {
  id: string; agenda_item_id: string; kind: string; text: string; due_date: string | null; status: string; illustrative: Bool;
  /** Order among the actions of one agenda item, as recorded. */
  position: number;
}

export interface BulkChangesTable {
  id: string; at: string; actor: string; status: string;
  /** JSON: `[{ actionId, from }]`, the statuses before the change. */
  changes: string; undone_at: string | null;
}

export interface ActionOwnersTable { action_id: string; organisation_id: string; is_lead: Bool }

/** Derived, kept by triggers (migration 0070): an owner's row with its action's sort keys. Read only. */
export interface ActionListKeysTable {
  organisation_id: string; action_id: string; due_sort: string; status: string; created_at: string;
  action_position: number; meeting_date: string; meeting_id: string; item_place: string;
}

/** Migration 0125: each agenda item's place in its agenda as one sortable text (derived, kept by triggers). */
export interface AgendaPlacesTable { item_id: string; meeting_id: string; place: string }

export interface ProgressUpdatesTable extends Versioned {
  id: string; action_id: string; date: string; text: string; percent: number | null; reported_by: string;
  illustrative: Bool; created_at: string;
}

export interface StageTemplatesTable extends Versioned { id: string; kind: string; name_th: string; name_en: string }

export interface TemplateStagesTable extends Versioned {
  id: string; template_id: string; position: number; name_th: string; name_en: string; terminal: string | null;
}

export interface PoliciesTable extends Stamp, Versioned {
  id: string; kind: string; title_th: string; short_title: string; description: string;
  owner_org_id: string | null; template_id: string | null; current_stage_id: string | null;
}

export interface PolicyStageHistoryTable {
  id: string; policy_id: string; stage_id: string; date: string; note: string; agenda_item_id: string | null; created_at: string;
}

export interface AgendaItemPoliciesTable { agenda_item_id: string; policy_id: string }

export interface PolicyQuestionsTable extends Versioned { id: string; policy_id: string; question: string; status: string; resolution: string; created_at: string }

export interface PolicyPositionsTable extends Versioned {
  id: string; question_id: string; stakeholder: string; organisation_id: string | null; position: string; status: string;
}

export interface PolicyMilestonesTable extends Versioned {
  id: string; policy_id: string; title: string; start_date: string | null; end_date: string | null; status: string; created_at: string;
}

export interface IndicatorsTable extends Versioned { id: string; policy_id: string; name: string; unit: string; created_at: string }

export interface IndicatorValuesTable extends Versioned {
  id: string; indicator_id: string; as_of: string; value: number; source: string; agenda_item_id: string | null; illustrative: Bool;
}

export interface AuditLogTable {
  id: Generated<number>; at: string; actor: string; entity: string; entity_id: string;
  action: 'create' | 'update' | 'delete'; meeting_id: string | null; before: string | null; after: string | null;
  /** The signed-in officer (migration 0120); null in one-officer mode and before it. */
  actor_id: Generated<string | null>;
}

/** Migration 0120: officers who sign in, and their sessions (id: SHA-256 of the browser's token). */
export interface OfficersTable {
  id: string; name: string; username: string; role: 'secretariat' | 'reporter' | 'reader'; organisation_id: string | null;
  clearance: 'none' | 'confidential' | 'secret' | 'top_secret'; active: Bool; password_hash: string; created_at: string; updated_at: string;
}
export interface OfficerSessionsTable { id: string; officer_id: string; created_at: string; expires_at: string; ended_at: string | null }

/** The search index's documents (migration 0050-search); the index tables themselves (`search_item`…) are reached in raw SQL. */
export interface SearchDocsTable { id: number; kind: string; ref_id: string; series_id: string | null }
/** The latest minutes' text lines of each meeting, joined by a line feed (migration 0075, kept by triggers). */
export interface MinutesTextTable { meeting_id: string; version: number; text: string }
/** One file handed out: what it is, of which version, and the SHA-256 of its bytes (migration 0060). */
export interface ExportRegisterTable {
  id: string; at: string; actor: string; meeting_id: string | null; kind: string; format: string; file_name: string; file_sha256: string;
  version: number | null; version_hash: string | null; minutes_status: string | null; secrecy: string; copy_no: number | null;
  /** 0090: how many numbered copies were made in that export, and whom this one went to. */
  copy_count: Generated<number | null>; recipient: Generated<string | null>;
}

/** An item's disclosure in the public version (migration 0100); the id is the agenda item's. */
export interface ItemDisclosureTable extends Versioned { id: string; status: 'public' | 'withheld'; category: string | null; reason: string; updated_at: string }
/** Years a kind of record is kept, null for permanent (migration 0100); the id is the kind. */
export interface RetentionClassesTable extends Versioned { id: string; years: number | null; updated_at: string }
/** A recorded decision to destroy one kind of record of one meeting (migration 0100). */
export interface DestructionDecisionsTable extends Versioned {
  id: string; year_be: number; kind: string; meeting_id: string | null; meeting_label: string; reference: string; decided_on: string;
  recorded_at: string; recorded_by: string; carried_out_at: string | null; carried_out_by: string | null; removed: number | null;
}

/** Electronic-meeting evidence (migration 0080). */
export interface IdentityChecksTable extends Versioned {
  id: string; meeting_id: string; attendance_id: string; method: string; vouched_by_id: string | null; checked_at: string;
}
export interface ParticipantReportsTable extends Versioned {
  id: string; meeting_id: string; system: string; file_name: string; size: number; sha256: string; stored_path: string; imported_at: string; imported_by: string;
}
export interface ParticipantRowsTable extends Versioned {
  id: string; report_id: string; line: number; display_name: string; email: string; joined_at: string | null; left_at: string | null;
  attendance_id: string | null; matched_by: string | null;
}
export interface ParticipantAliasesTable { id: string; person_id: string; kind: string; value: string; created_at: string }
export interface MeetingRecordingsTable extends Versioned {
  id: string; meeting_id: string; file_name: string; duration_seconds: number; sha256: string; location: string; traffic_location: string; recorded_at: string;
}
export interface SentDocumentsTable {
  id: string; meeting_id: string; kind: string; file_name: string; size: number; sha256: string; stored_path: string | null;
  agenda_item_id: string | null; sent_on: string; channel: string; recorded_at: string;
}

export interface DB {
  settings: SettingsTable;
  organisations: OrganisationsTable;
  people: PeopleTable;
  section_templates: SectionTemplatesTable;
  meeting_series: MeetingSeriesTable;
  series_sections: SeriesSectionsTable;
  series_members: SeriesMembersTable;
  meetings: MeetingsTable;
  attendance: AttendanceTable;
  agenda_items: AgendaItemsTable;
  attachments: AttachmentsTable;
  minutes: MinutesTable;
  minutes_versions: MinutesVersionsTable;
  action_items: ActionItemsTable;
  action_owners: ActionOwnersTable;
  action_list_keys: ActionListKeysTable;
  agenda_places: AgendaPlacesTable;
  progress_updates: ProgressUpdatesTable;
  stage_templates: StageTemplatesTable;
  template_stages: TemplateStagesTable;
  policies: PoliciesTable;
  policy_stage_history: PolicyStageHistoryTable;
  agenda_item_policies: AgendaItemPoliciesTable;
  policy_questions: PolicyQuestionsTable;
  policy_positions: PolicyPositionsTable;
  policy_milestones: PolicyMilestonesTable;
  indicators: IndicatorsTable;
  indicator_values: IndicatorValuesTable;
  audit_log: AuditLogTable;
  search_docs: SearchDocsTable;
  export_register: ExportRegisterTable;
  minutes_text: MinutesTextTable;
  bulk_changes: BulkChangesTable;
  item_disclosure: ItemDisclosureTable;
  retention_classes: RetentionClassesTable;
  destruction_decisions: DestructionDecisionsTable;
  identity_checks: IdentityChecksTable;
  participant_reports: ParticipantReportsTable;
  participant_rows: ParticipantRowsTable;
  participant_aliases: ParticipantAliasesTable;
  meeting_recordings: MeetingRecordingsTable;
  sent_documents: SentDocumentsTable;
  officers: OfficersTable;
  officer_sessions: OfficerSessionsTable;
}
