import { highestSecrecy, type Secrecy } from '../../../shared/secrecy';
import { secrecyLabels, urgencyLabels } from '../../../shared/schemas/document-settings';
import type { DocumentModel } from '../model';
import type { MeetingRecord } from './record';

/**
 * The class a meeting document prints: the highest of the meeting's, of what the document holds
 * (`contents`: its items, the attachments it encloses) and of the one chosen for this export. A choice
 * for one export can raise the class, never lower it below what the document holds (issue 14).
 */
export function documentSecrecy(record: MeetingRecord, contents: readonly Secrecy[] = []): Secrecy {
  return highestSecrecy(record.settings.secrecy, record.meeting.secrecy, ...contents);
}

/** The classes of every agenda item of the record, and of the attachments when `withFiles` (the agenda and the book enclose them). */
export function recordContents(record: MeetingRecord, withFiles: boolean): Secrecy[] {
  return [...record.meeting.agendaItems.map((i) => i.secrecy), ...(withFiles ? (record.attachments ?? []).map((a) => a.secrecy ?? 'none') : [])];
}

/** Page, body and font settings shared by every meeting document. */
export function pageSetup(record: MeetingRecord, footerNote: string, contents: readonly Secrecy[] = []): Pick<DocumentModel, 'page' | 'body' | 'font'> {
  const s = record.settings;
  return {
    page: { marginsCm: s.marginsCm, digits: s.digits, secrecy: secrecyLabels[documentSecrecy(record, contents)], urgency: urgencyLabels[s.urgency], footerNote },
    body: { align: s.align, firstLineCm: s.firstLineIndentCm },
    font: {
      profile: s.fontProfile,
      size: s.fontSize ?? (s.fontProfile === 'sarabun' ? 14 : 16),
      regularPath: s.customFontPath,
      boldPath: s.customBoldFontPath ?? s.customFontPath,
    },
  };
}
