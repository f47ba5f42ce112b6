import { describe, expect, it } from 'vitest';
import { testCore } from '../helpers/core';
import { exportDocument } from '../helpers/demo';
import { libreOfficePdf, pdfText, positionsInOrder, squash } from '../helpers/documents';

/**
 * A series' own sections in its documents: the Cabinet summaries' headings (thaigov.go.th, 19 August 2568),
 * an item under เรื่องกฎหมาย (a subject from that summary), and what an empty section prints.
 */
describe('a series’ own sections in the agenda and the minutes', () => {
  it('prints each heading over its items; an empty section prints "ไม่มี" or is left out, as the series says', async () => {
    const t = await testCore();
    const series = await t.call('series.create', {
      nameTh: 'การประชุมคณะรัฐมนตรี',
      sections: [
        { kind: 'custom', titleTh: 'เรื่องกฎหมาย', whenEmpty: 'omit' },
        { kind: 'custom', titleTh: 'เรื่องเศรษฐกิจ-สังคม', whenEmpty: 'none' },
        { kind: 'custom', titleTh: 'เรื่องต่างประเทศ', whenEmpty: 'omit' },
        { kind: 'custom', titleTh: 'เรื่องแต่งตั้ง', whenEmpty: 'omit' },
      ],
    });
    const meeting = await t.call('meetings.create', { seriesId: series.id, date: '2025-08-19' });
    await t.call('agenda.create', { meetingId: meeting.id, sectionId: series.sections[0].id, subject: 'ร่างพระราชบัญญัติสถาบันค้ำประกันเครดิตแห่งชาติ พ.ศ. ....' });

    const agendaPdf = squash(pdfText(await exportDocument(t, meeting.id, 'agenda', 'pdf')));
    const agendaDocx = squash(pdfText(libreOfficePdf(await exportDocument(t, meeting.id, 'agenda', 'docx'))));
    const minutesPdf = squash(pdfText(await exportDocument(t, meeting.id, 'minutes', 'pdf')));
    for (const text of [agendaPdf, agendaDocx, minutesPdf]) {
      const [law, item, economy, none] = positionsInOrder(text, [
        'ระเบียบวาระที่1เรื่องกฎหมาย', '1.1เรื่องร่างพระราชบัญญัติสถาบันค้ำประกันเครดิตแห่งชาติ', 'ระเบียบวาระที่2เรื่องเศรษฐกิจ-สังคม', 'ไม่มี',
      ]);
      expect([law, item, economy, none].every((p) => p >= 0)).toBe(true);
      expect(text).not.toContain('เรื่องต่างประเทศ');
      expect(text).not.toContain('เรื่องแต่งตั้ง');
    }
  });
});
