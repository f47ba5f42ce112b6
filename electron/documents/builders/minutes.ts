import { formatMeetingNumber } from '../../../shared/numbering';
import { personName } from '../../../shared/names';
import { quorum } from '../../../shared/quorum';
import { formatThaiDateLong, formatThaiTime } from '../../../shared/thai';
import type { Block, DocumentModel } from '../model';
import { modelText } from '../model-text';
import { agendaBody } from './agenda-body';
import { attendanceBlocks } from './attendance';
import { evidenceBlocks } from './evidence';
import { pageSetup, recordContents } from './page';
import { documentTitle, helpers, type MeetingRecord, venueText } from './record';
import { draftFooter, versionFooter, versionKeywords } from './verification';

const DOTS = '....................';

/** Minutes in the order of form 11 of the Regulation on Official Correspondence (THAI-DOCUMENTS.md §1). */
export function buildMinutes(record: MeetingRecord): DocumentModel {
  const { meeting: m, series, settings } = record;
  const h = helpers(record);
  const title = documentTitle('รายงานการประชุม', series.nameTh);
  const blocks: Block[] = [];
  const indent = settings.firstLineIndentCm;

  blocks.push(...attendanceBlocks(record));
  blocks.push(...evidenceBlocks(record));
  blocks.push({ type: 'paragraph', text: h.digits(`เริ่มประชุมเวลา ${m.startTime ? formatThaiTime(m.startTime) : DOTS}`), spaceBefore: 8 });
  blocks.push({ type: 'paragraph', text: openingSentence(record), firstLineCm: indent });
  blocks.push(...agendaBody(record, 'minutes'));
  blocks.push({ type: 'paragraph', text: h.digits(`เลิกประชุมเวลา ${m.endTime ? formatThaiTime(m.endTime) : DOTS}`), spaceBefore: 12 });

  const taker = h.person(m.minuteTakerId);
  blocks.push({ type: 'signature', role: 'ผู้จดรายงานการประชุม', name: taker ? personName(taker) : '', position: taker?.position ?? '' });
  const reviewer = h.person(m.reviewerId);
  if (settings.reviewerBlock && reviewer) {
    blocks.push({ type: 'signature', role: 'ผู้ตรวจรายงานการประชุม', name: personName(reviewer), position: reviewer.position });
  }

  const version = record.printedVersion ?? (record.certifiedHash ? { number: 0, hash: record.certifiedHash, status: 'certified' as const } : null);
  const setup = pageSetup(record, version ? versionFooter(version) : '', recordContents(record, false));
  const model: DocumentModel = {
    title: h.digits(`${title} ครั้งที่ ${formatMeetingNumber(m.number, m.yearBe)}`),
    titleLines: [
      title,
      h.digits(`ครั้งที่ ${formatMeetingNumber(m.number, m.yearBe)}`),
      h.digits(`เมื่อ${m.date ? formatThaiDateLong(m.date) : DOTS}`),
      h.digits(`ณ ${venueText(m) || DOTS}`),
    ],
    blocks,
    ...setup,
    keywords: version ? versionKeywords(m.id, version) : undefined,
    // Until the meeting certifies them, every page says these are draft minutes.
    page: { ...setup.page, watermark: record.certifiedHash ? '' : 'ร่าง' },
  };
  if (!version) model.page.footerNote = draftFooter(modelText(model));
  return model;
}

/** The chair opens the meeting; "ครบองค์ประชุม" only when more than half the members are present. */
function openingSentence(record: MeetingRecord): string {
  const { reached } = quorum(record.meeting.attendance);
  return `${reached ? 'เมื่อที่ประชุมครบองค์ประชุมแล้ว ' : ''}ประธานกล่าวเปิดการประชุมและดำเนินการประชุมตามระเบียบวาระ ดังนี้`;
}

