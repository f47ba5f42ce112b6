import { secrecyLabels, urgencyLabels } from '../../../shared/schemas/document-settings';
import type { DocumentModel } from '../model';
import type { MeetingRecord } from './record';

/** Page, body and font settings shared by every meeting document. */
export function pageSetup(record: MeetingRecord, footerNote: string): Pick<DocumentModel, 'page' | 'body' | 'font'> {
  const s = record.settings;
  const secrecy = s.secrecy ?? record.meeting.secrecy;
  return {
    page: { marginsCm: s.marginsCm, digits: s.digits, secrecy: secrecyLabels[secrecy], urgency: urgencyLabels[s.urgency], footerNote },
    body: { align: s.align, firstLineCm: s.firstLineIndentCm },
    font: {
      profile: s.fontProfile,
      size: s.fontSize ?? (s.fontProfile === 'sarabun' ? 14 : 16),
      regularPath: s.customFontPath,
      boldPath: s.customBoldFontPath ?? s.customFontPath,
    },
  };
}
