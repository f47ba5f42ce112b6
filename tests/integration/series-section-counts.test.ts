import { describe, expect, it } from 'vitest';
import { testCore } from '../helpers/core';

/** The headings of real Cabinet summaries (thaigov.go.th, 14 March 2566 and 19 August 2568). */
const cabinet = ['เรื่องกฎหมาย', 'เรื่องเศรษฐกิจ-สังคม', 'เรื่องต่างประเทศ', 'เรื่องแต่งตั้ง'];

describe('series sections as the series page reads them', () => {
  it('counts the agenda items filed under each section, across meetings', async () => {
    const t = await testCore();
    const s = await t.call('series.create', {
      nameTh: 'การประชุมคณะรัฐมนตรี',
      sections: cabinet.map((titleTh) => ({ kind: 'custom', titleTh, whenEmpty: 'omit' })),
    });
    expect(s.sections.map((x) => [x.titleTh, x.itemCount])).toEqual(cabinet.map((title) => [title, 0]));
    const [law, economy] = s.sections;
    const first = await t.call('meetings.create', { seriesId: s.id, date: '2023-03-14' });
    const second = await t.call('meetings.create', { seriesId: s.id, date: '2023-03-21' });
    await t.call('agenda.create', { meetingId: first.id, sectionId: law.id, subject: 'ร่างพระราชบัญญัติสถาบันค้ำประกันเครดิตแห่งชาติ พ.ศ. ....' });
    await t.call('agenda.create', { meetingId: second.id, sectionId: law.id, subject: 'ร่างกฎกระทรวงการขอรับใบคู่มือคนงาน' });
    await t.call('agenda.create', { meetingId: second.id, sectionId: economy.id, subject: 'มาตรการแก้ไขปัญหาการขาดแคลนแรงงาน' });

    const [read] = (await t.call('series.list', {})).filter((x) => x.id === s.id);
    expect(read.sections.map((x) => x.itemCount)).toEqual([2, 1, 0, 0]);

    // The count is what the core goes by: removing a section with items is refused, naming it.
    const refused = await t.refusal('series.update', { id: s.id, sections: read.sections.slice(1).map(({ id, kind, titleTh, whenEmpty }) => ({ id, kind, titleTh, whenEmpty })) });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('เรื่องกฎหมาย');
    expect(refused.message).toContain('2 เรื่อง');
  });
});
