import { z } from 'zod';
import { auditEntry, auditQuery } from './schemas/audit';
import { homeArgs, homeSummary } from './schemas/home';
import { verification, verifyArgs } from './schemas/verify';
import { expectedVersion, id, idArgs, isoDate, okResult, removeArgs, sectionKind } from './schemas/common';
import {
  mergePeopleArgs, organisation, organisationInput, organisationPatch, person, personInput, personPatch,
} from './schemas/directory';
import {
  actionItem, actionItemInput, actionItemPatch, agendaItem, agendaItemInput, agendaItemPatch, agendaMove, attendance,
  attendanceInput, attendancePatch, meetingDeleteArgs, meetingDetail, meetingInput, meetingPage, meetingPageArgs, meetingPick, meetingPickArgs, meetingPatch, meetingSummary,
  preparation,
} from './schemas/meeting';
import { sectionTemplate, series, seriesInput, seriesPatch } from './schemas/series';
import { exchangeFile, importResult } from './exchange';
import { attachment, attachmentContent, attachmentGetArgs, attachmentInput } from './schemas/attachments';
import {
  indicatorInput, indicatorValueInput, linkItemArgs, milestoneInput, moveStageArgs, policyDetail, policyInput, policyKind,
  policyPatch, policySummary, positionInput, questionInput, questionPatch, stageTemplate, stageTemplateInput, stageTemplatePatch,
  milestonePatch, positionPatch,
} from './schemas/policies';
import {
  actionPage, actionQuery, bulkChange, bulkStatusArgs, bulkStatusResult, progressInput, progressUpdate, reorderActionsArgs,
} from './schemas/actions';
import { lettersArgs, lettersResult } from './schemas/letters';
import {
  clearRecordingArgs, evidenceView, importReportArgs, importReportResult, matchRowArgs, recordingInput, recordSentArgs, removeReportArgs, setIdentityArgs,
} from './schemas/evidence';
import { certifyArgs, minutesComparison, minutesDraftChanges, minutesState, minutesVersion } from './schemas/minutes';
import { searchQuery, searchResult } from './schemas/search';
import {
  actionReportArgs, appSettings, appSettingsPatch, bookArgs, exportDocumentArgs, exportedFile, policyReportArgs, pressArgs,
} from './schemas/documents';
import { itemDisclosure, itemDisclosureInput, publicVersionArgs } from './schemas/disclosure';
import { decideArgs, destructionDecision, destructionListArgs, dueArgs, dueList, retentionClass } from './schemas/retention';
import { sessionInfo } from './schemas/session';
import { attachmentSecrecyArgs, copiesArgs, copiesResult, registerEntry, registerPrintArgs, registerQuery } from './schemas/secrets';

/**
 * The one contract: every method as `'area.verb'` with the zod schema of its arguments and of its result.
 * Every transport validates arguments with `args` before a handler runs.
 */
export const contract = {
  /** Who is signed in (team mode: `lekha serve` with officer accounts); `officer: null` in one-officer mode. */
  'session.current': { args: z.object({}), result: sessionInfo },

  'reference.sectionTemplates': { args: z.object({}), result: z.array(sectionTemplate) },

  'organisations.list': { args: z.object({}), result: z.array(organisation) },
  'organisations.create': { args: organisationInput, result: organisation },
  /** Edit, or deactivate (`active: false`): kept for the history, hidden from pickers. */
  'organisations.update': { args: organisationPatch, result: organisation },

  'people.list': { args: z.object({ organisationId: id.optional() }), result: z.array(person) },
  'people.create': { args: personInput, result: person },
  'people.update': { args: personPatch, result: person },
  /** Two records of one person become one: every reference moves to `keepId`; refused where both sat in one meeting. */
  'people.merge': { args: mergePeopleArgs, result: person },

  'series.list': { args: z.object({}), result: z.array(series) },
  'series.create': { args: seriesInput, result: series },
  'series.update': { args: seriesPatch, result: series },

  'meetings.list': { args: z.object({ seriesId: id.optional() }), result: z.array(meetingSummary) },
  /** The meetings list a page at a time, with its total and the years to filter by: what the list screen shows. */
  'meetings.page': { args: meetingPageArgs, result: meetingPage },
  /** Meetings a picker offers as the officer types (number, year, or a word of the series or venue), newest first. */
  'meetings.pick': { args: meetingPickArgs, result: z.array(meetingPick) },
  'meetings.get': { args: idArgs, result: meetingDetail },
  /** Find a meeting by its printed number `2/2568`, within a series when several have that number. */
  'meetings.find': {
    args: z.object({ number: z.string().min(1).max(20), seriesId: id.optional() }),
    result: meetingSummary,
  },
  /** The number a new meeting dated in `yearBe` would take: after the series' last, or the number an officer set. */
  'meetings.nextNumber': {
    args: z.object({ seriesId: id, yearBe: z.number().int().min(2500).max(2700) }),
    result: z.object({ number: z.number().int().positive(), yearBe: z.number().int() }),
  },
  /** What a new meeting dated `date` would prepare: the minutes it certifies and the items it would carry, to confirm. */
  'meetings.preparation': {
    args: z.object({ seriesId: id, date: isoDate, number: z.number().int().positive().optional() }),
    result: preparation,
  },
  'meetings.create': { args: meetingInput, result: meetingDetail },
  'meetings.update': { args: meetingPatch, result: meetingDetail },
  /** A meeting not held whose minutes were never circulated; confirmed by its number `n/พ.ศ.`. */
  'meetings.delete': { args: meetingDeleteArgs, result: okResult },

  'attendance.add': { args: attendanceInput, result: attendance },
  'attendance.update': { args: attendancePatch, result: attendance },
  'attendance.remove': { args: removeArgs, result: okResult },

  'agenda.create': { args: agendaItemInput, result: agendaItem },
  'agenda.update': { args: agendaItemPatch, result: agendaItem },
  'agenda.move': { args: agendaMove, result: z.array(agendaItem) },
  'agenda.delete': { args: removeArgs, result: okResult },

  /** Files kept by the app: copied into its data folder under their SHA-256. */
  'attachments.list': { args: z.object({ meetingId: id }), result: z.array(attachment) },
  'attachments.add': { args: attachmentInput, result: attachment },
  'attachments.get': { args: attachmentGetArgs, result: attachmentContent },
  /** Opens with the system viewer where the transport can (the desktop shell); otherwise `opened: false`. */
  'attachments.open': { args: attachmentGetArgs, result: z.object({ opened: z.boolean() }) },
  'attachments.remove': { args: removeArgs, result: okResult },
  /** ลับ, ลับมาก, ลับที่สุด or none for one attachment (issue 14). */
  'attachments.setSecrecy': { args: attachmentSecrecyArgs, result: attachment },

  /**
   * Electronic-meeting evidence (พ.ร.ก.ว่าด้วยการประชุมผ่านสื่ออิเล็กทรอนิกส์ 2563 ม.8, ม.9): identity
   * checks, the conferencing system's participant report, the recording's reference and what was sent
   * beforehand. Its manifest is hashed into every minutes version; refused with LOCKED once certified.
   */
  'evidence.get': { args: z.object({ meetingId: id }), result: evidenceView },
  /** Sets (or with `clear`, removes) how attendees identified themselves; every problem listed at once. */
  'evidence.setIdentity': { args: setIdentityArgs, result: evidenceView },
  /** A Zoom, Webex or Microsoft Teams participant report (CSV or UTF-16 TSV): kept with its SHA-256, rows matched to attendees. */
  'evidence.importReport': { args: importReportArgs, result: importReportResult },
  'evidence.matchRow': { args: matchRowArgs, result: evidenceView },
  'evidence.removeReport': { args: removeReportArgs, result: evidenceView },
  /** The recording's file name, length, SHA-256 and where it is kept (the file itself stays outside Lekha). */
  'evidence.setRecording': { args: recordingInput, result: evidenceView },
  'evidence.clearRecording': { args: clearRecordingArgs, result: evidenceView },
  /** Freezes what was sent before the meeting: the invitation (the officer's file, or Lekha's letters) and every paper. */
  'evidence.recordSent': { args: recordSentArgs, result: evidenceView },

  'actions.create': { args: actionItemInput, result: actionItem },
  'actions.update': { args: actionItemPatch, result: actionItem },
  'actions.delete': { args: removeArgs, result: okResult },
  /** Actions across meetings, filtered and sorted, one page at a time. */
  'actions.list': { args: actionQuery, result: actionPage },
  'actions.progress': { args: z.object({ actionId: id }), result: z.array(progressUpdate) },
  'actions.addProgress': { args: progressInput, result: z.array(progressUpdate) },
  /** Directives keep the order they were recorded in; this sets it again. */
  'actions.reorder': { args: reorderActionsArgs, result: z.array(actionItem) },
  'actions.bulkStatus': { args: bulkStatusArgs, result: bulkStatusResult },
  /** The last bulk status change still to undo, or null. */
  'actions.lastBulkChange': { args: z.object({}), result: bulkChange.nullable() },
  /** Puts back the statuses a bulk change replaced (เลิกทำ); refused, changing nothing, where an action moved on since. */
  'actions.undoBulk': { args: idArgs, result: z.object({ restored: z.number().int() }) },

  'minutes.get': { args: z.object({ meetingId: id }), result: minutesState },
  /** Stores a version and marks the minutes circulated; may be repeated after corrections. */
  'minutes.circulate': { args: z.object({ meetingId: id, version: expectedVersion }), result: minutesState },
  /** Certifies and locks the minutes and their agenda items; stores the final version and its hash. */
  'minutes.certify': { args: certifyArgs, result: minutesState },
  'minutes.version': { args: z.object({ meetingId: id, version: z.number().int().positive() }), result: minutesVersion },
  /** The current text against the last circulated version: what a certification "with amendments" records. */
  'minutes.draftChanges': { args: z.object({ meetingId: id }), result: minutesDraftChanges },
  'minutes.compare': {
    args: z.object({ meetingId: id, from: z.number().int().positive(), to: z.number().int().positive() }),
    result: minutesComparison,
  },

  'stageTemplates.list': { args: z.object({}), result: z.array(stageTemplate) },
  'stageTemplates.create': { args: stageTemplateInput, result: stageTemplate },
  /** Rename, add, reorder or remove stages; a stage some policy has been at cannot be removed. */
  'stageTemplates.update': { args: stageTemplatePatch, result: stageTemplate },
  'policies.list': { args: z.object({ kind: policyKind.optional() }), result: z.array(policySummary) },
  'policies.get': { args: idArgs, result: policyDetail },
  'policies.create': { args: policyInput, result: policyDetail },
  'policies.update': { args: policyPatch, result: policyDetail },
  /** Moves a policy to a stage of its template, with the date, a note and the agenda item that decided it. */
  'policies.moveStage': { args: moveStageArgs, result: policyDetail },
  'policies.linkItem': { args: linkItemArgs, result: policyDetail },
  'policies.addQuestion': { args: questionInput, result: policyDetail },
  'policies.updateQuestion': { args: questionPatch, result: policyDetail },
  'policies.addPosition': { args: positionInput, result: policyDetail },
  'policies.addMilestone': { args: milestoneInput, result: policyDetail },
  'policies.addIndicator': { args: indicatorInput, result: policyDetail },
  'policies.addIndicatorValue': { args: indicatorValueInput, result: policyDetail },
  'policies.updateMilestone': { args: milestonePatch, result: policyDetail },
  'policies.removeMilestone': { args: removeArgs, result: policyDetail },
  'policies.updatePosition': { args: positionPatch, result: policyDetail },
  'policies.removePosition': { args: removeArgs, result: policyDetail },
  'policies.removeIndicatorValue': { args: removeArgs, result: policyDetail },

  'audit.list': { args: auditQuery, result: z.array(auditEntry) },
  /** The home page: the next meetings and what they lack, minutes waiting, overdue directives by agency, policies that moved. */
  'home.summary': { args: homeArgs, result: homeSummary },

  /**
   * Thai full-text search over meetings, agenda items, minutes, directives, progress notes, policies and
   * attachment names: hits grouped by kind, each with a marked snippet and the meeting and item it belongs to.
   */
  'search.query': { args: searchQuery, result: searchResult },

  'settings.get': { args: z.object({}), result: appSettings },
  'settings.update': { args: appSettingsPatch, result: appSettings },

  /** Minutes or agenda of a meeting as PDF or DOCX; progress events while it is made. */
  'documents.export': { args: exportDocumentArgs, result: exportedFile },
  /**
   * Official letters of a meeting (หนังสือภายนอก), to edit before sending: the invitations, one per invitee,
   * with the agenda as their enclosure; or, after the meeting, one letter per agency given directives or
   * resolutions to act on. Refused, naming every problem at once, while the series' letterhead is incomplete.
   */
  'documents.letters': { args: lettersArgs, result: lettersResult },
  /**
   * The meeting book (เอกสารประกอบการประชุม) as one PDF: cover, agenda with the page of each item, each
   * item's summary and its attachments (PDF pages merged, images on pages, other files listed), bookmarks,
   * a running header and page number on every page. `warnings` names attachments that could not go in.
   */
  'documents.book': { args: bookArgs, result: exportedFile },
  /**
   * Numbered copies of a secret document (minutes, agenda, book): one file per copy, each with its own
   * `ฉบับที่ n ของ m ฉบับ` on every page, each entered in the register of secret documents with whom it
   * went to. Refused for a document without a class, and for a ลับที่สุด one without `confirmTopSecret`.
   */
  'documents.exportCopies': { args: copiesArgs, result: copiesResult },
  /** The register of secret documents (ทะเบียนหนังสือลับ): every export of a document with a class, newest last. */
  'secrets.register': { args: registerQuery, result: z.array(registerEntry) },
  /** That register printed (PDF or DOCX), in the Regulation's columns. */
  'secrets.printRegister': { args: registerPrintArgs, result: exportedFile },
  /** The action tracker, consolidated or for one organisation: XLSX, CSV (UTF-8 with BOM), DOCX or PDF. */
  /** Which export a file is, and whether it is the certified minutes (`lekha verify`). */
  'documents.verify': { args: verifyArgs, result: verification },
  'reports.actions': { args: actionReportArgs, result: exportedFile },
  /** Each policy's stage, last movement, open questions, milestones and indicators. */
  'reports.policies': { args: policyReportArgs, result: exportedFile },
  /** A press-release draft of a meeting (ข่าวประชาสัมพันธ์) for the officer to edit. */
  'reports.press': { args: pressArgs, result: exportedFile },

  /** Each item's disclosure in the public version; items with no setting are public (ม.9(7) of the Official Information Act). */
  'disclosure.list': { args: z.object({ meetingId: id }), result: z.array(itemDisclosure) },
  /** Public, or withheld with the category of ม.15 and a reason (both required); audited; allowed on certified minutes. */
  'disclosure.set': { args: itemDisclosureInput, result: itemDisclosure },
  /**
   * The public version of a meeting's resolutions (ฉบับเผยแพร่): the minutes' heading, each public item's heading and
   * resolution, withheld items by heading with the category and reason; items with a secrecy class are left out whole.
   */
  'documents.publicVersion': { args: publicVersionArgs, result: exportedFile },

  /** Years each kind of record is kept (null: permanent). */
  'retention.get': { args: z.object({}), result: z.array(retentionClass) },
  'retention.update': { args: retentionClass.extend({ version: expectedVersion }), result: z.array(retentionClass) },
  /** Records whose retention ended by the end of the Buddhist-era year `yearBe`, with any decision recorded on them. */
  'retention.due': { args: dueArgs, result: dueList },
  /** That list as the destruction list of the Regulation on Official Correspondence (บัญชีหนังสือขอทำลาย, form 25). */
  'retention.destructionList': { args: destructionListArgs, result: exportedFile },
  /** Records the approved decision to destroy one kind of record of one meeting (audited); nothing is deleted yet. */
  'retention.decide': { args: decideArgs, result: destructionDecision },
  /** Carries out a recorded decision: deletes what it names, never anything else; refused without a decision. */
  'retention.destroy': { args: idArgs, result: destructionDecision },

  'exchange.exportMeeting': { args: idArgs, result: exchangeFile },
  /** Creates the organisations the file lists and the database lacks; names them in the result. */
  // The file is any object here and checked whole by the service against `exchangeFile`, so that one
  // refusal names the schema's problems and the unknown references together (issue 8: import in one try).
  // `renameOrganisations` brings an organisation in under another abbreviation where the file's is the database's for another (อสส.).
  'exchange.importMeeting': {
    args: z.object({ file: z.looseObject({}), renameOrganisations: z.record(z.string().min(1), z.string().trim().min(1, { error: 'ต้องระบุอักษรย่อใหม่' })).default({}) }),
    result: importResult,
  },
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Args<M extends Method> = z.input<Contract[M]['args']>;
export type ParsedArgs<M extends Method> = z.output<Contract[M]['args']>;
export type Result<M extends Method> = z.output<Contract[M]['result']>;

export const methods = Object.keys(contract) as Method[];
export const isMethod = (name: string): name is Method => Object.hasOwn(contract, name);

/** Events pushed from the core to the interface (IPC event channel; server-sent events in browser mode). */
export const lekhaEvent = z.discriminatedUnion('type', [
  /**
   * A record changed (or, with `id` null, many of one kind): open screens refresh what they show, and a form
   * being edited on that record is marked as having a newer copy. `version` is the record's after the change
   * (null when deleted); `by` is who changed it.
   */
  z.object({
    type: z.literal('changed'), entity: z.string(), meetingId: z.string().nullable(),
    id: z.string().nullable().optional(), version: z.number().int().nullable().optional(), by: z.string().nullable().optional(),
  }),
  z.object({ type: z.literal('progress'), task: z.string(), done: z.number(), total: z.number() }),
]);
export type LekhaEvent = z.infer<typeof lekhaEvent>;

export { sectionKind };
