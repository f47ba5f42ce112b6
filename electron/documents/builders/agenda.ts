import { formatMeetingNumber } from '../../../shared/numbering';
import { formatThaiDateLong, formatThaiTime } from '../../../shared/thai';
import type { DocumentModel } from '../model';
import { agendaBody } from './agenda-body';
import { pageSetup, recordContents } from './page';
import { documentTitle, helpers, type MeetingRecord, venueText } from './record';

/** ระเบียบวาระการประชุม: sent before the meeting, every section in order with its items and presenters. */
export function buildAgenda(record: MeetingRecord): DocumentModel {
  const { meeting: m, series } = record;
  const h = helpers(record);
  const title = documentTitle('ระเบียบวาระการประชุม', series.nameTh);
  const when = [m.date ? formatThaiDateLong(m.date) : '', m.startTime ? `เวลา ${formatThaiTime(m.startTime)}` : ''].filter(Boolean).join(' ');
  return {
    title: h.digits(`${title} ครั้งที่ ${formatMeetingNumber(m.number, m.yearBe)}`),
    titleLines: [
      title,
      h.digits(`ครั้งที่ ${formatMeetingNumber(m.number, m.yearBe)}`),
      ...(when ? [h.digits(when)] : []),
      ...(venueText(m) ? [h.digits(`ณ ${venueText(m)}`)] : []),
    ],
    blocks: agendaBody(record, 'agenda'),
    ...pageSetup(record, '', recordContents(record, true)),
  };
}
