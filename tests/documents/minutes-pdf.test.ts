import { describe, expect, it } from 'vitest';
import { testCore } from '../helpers/core';
import { demoFile, exportDocument, loadDemo } from '../helpers/demo';
import { pageCount, pdfFonts, pdfText, positionsInOrder, squash } from '../helpers/documents';

const form11 = [
  'รายงานการประชุมผู้บริหารกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม', 'ครั้งที่2/2568', 'เมื่อวันจันทร์ที่24กุมภาพันธ์2568',
  'ณห้องประชุม801', 'ผู้มาประชุม', 'ผู้ไม่มาประชุม', 'ผู้เข้าร่วมประชุม', 'เริ่มประชุมเวลา09.30น.',
  'ระเบียบวาระที่1', 'ระเบียบวาระที่2', 'ระเบียบวาระที่3', 'ระเบียบวาระที่4', 'ระเบียบวาระที่5', 'ระเบียบวาระที่6',
  'เลิกประชุมเวลา12.00น.', 'ผู้จดรายงานการประชุม', 'ผู้ตรวจรายงานการประชุม',
];

describe('minutes as PDF', () => {
  it('has every part of form 11 in order', async () => {
    const t = await testCore();
    const text = squash(pdfText(await exportDocument(t, await loadDemo(t), 'minutes', 'pdf')));
    expect(positionsInOrder(text, form11).every((p) => p >= 0), JSON.stringify(positionsInOrder(text, form11))).toBe(true);
  });

  it('carries every agenda item, its text and its resolution word for word', async () => {
    const t = await testCore();
    const text = squash(pdfText(await exportDocument(t, await loadDemo(t), 'minutes', 'pdf')));
    const items = demoFile().agendaItems;
    for (const item of items) {
      expect(text).toContain(squash(item.subject));
      expect(text).toContain(squash(item.summary));
      expect(text).toContain(squash(`มติที่ประชุม ${item.resolution}`));
    }
    for (const figure of ['79,610', '237ชุด', '615รายการจาก91บริษัท']) expect(text).toContain(figure);
    expect(text).toContain(squash('ระเบียบวาระที่ 2  เรื่องรับรองรายงานการประชุม ไม่มี'));
  });

  it('prints substitutes, electronic attendance and absence reasons', async () => {
    const t = await testCore();
    const text = squash(pdfText(await exportDocument(t, await loadDemo(t), 'minutes', 'pdf')));
    expect(text).toContain(squash('นางสาวกมลา วงศ์ไทย'));
    expect(text).toContain(squash('แทน ผู้อำนวยการสำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์'));
    expect(text).toContain('(ผ่านสื่ออิเล็กทรอนิกส์)');
    expect(text).toContain('ติดราชการ');
  });

  it('embeds only subset Sarabun fonts', async () => {
    const t = await testCore();
    const fonts = pdfFonts(await exportDocument(t, await loadDemo(t), 'minutes', 'pdf'));
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(f).toMatchObject({ embedded: true, subset: true });
      expect(f.name).toMatch(/\+Sarabun/);
    }
  });

  it('numbers pages from page 2 as - 2 -, and in Thai digits with no Arabic digit left when asked', async () => {
    const t = await testCore();
    const id = await loadDemo(t);
    const arabic = await exportDocument(t, id, 'minutes', 'pdf');
    expect(pageCount(arabic)).toBeGreaterThan(1);
    expect(pdfText(arabic, { first: 1, last: 1 })).not.toMatch(/- 1 -/);
    expect(pdfText(arabic, { first: 2, last: 2 })).toMatch(/^- 2 -$/m);

    const thai = pdfText(await exportDocument(t, id, 'minutes', 'pdf', { digits: 'thai' }));
    expect(thai).toMatch(/^- ๒ -$/m);
    expect(squash(thai)).toContain('ครั้งที่๒/๒๕๖๘');
    expect(squash(thai)).toContain('๗๙,๖๑๐');
    expect(squash(thai)).toContain('๔.๑เรื่อง');
    expect(thai.match(/[0-9]/g)).toBeNull();
  });

  it('stamps the secrecy class at the top and bottom of every page', async () => {
    const t = await testCore();
    const id = await loadDemo(t);
    await t.call('meetings.update', { id, secrecy: 'confidential' });
    const pdf = await exportDocument(t, id, 'minutes', 'pdf');
    const pages = pageCount(pdf);
    for (let p = 1; p <= pages; p++) {
      const lines = pdfText(pdf, { first: p, last: p }).split('\n').map((l) => l.trim()).filter((l) => l && l !== '\f');
      expect(lines.filter((l) => l === 'ลับ').length, `page ${p}`).toBe(2);
    }
  });

  it('prints only what the series\' recording style asks for', async () => {
    const t = await testCore();
    const id = await loadDemo(t);
    const meeting = await t.call('meetings.get', { id });
    await t.call('series.update', { id: meeting.seriesId, recordingStyle: 'resolution_only' });
    const text = squash(pdfText(await exportDocument(t, id, 'minutes', 'pdf')));
    expect(text).not.toContain('79,610');
    expect(text).toContain(squash(demoFile().agendaItems[2].resolution));
  });
});
