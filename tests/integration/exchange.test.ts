import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExchangeFile } from '../../shared/exchange';
import { testCore } from '../helpers/core';
import { rowCounts } from '../helpers/db-snapshot';

const demo = (): ExchangeFile => JSON.parse(readFileSync(new URL('../../resources/demo/meeting-2-2568.json', import.meta.url), 'utf8'));
const withoutStamp = ({ exportedAt: _, ...rest }: ExchangeFile) => rest;

describe('meeting exchange format', () => {
  it('export then import into an empty database gives the same meeting', async () => {
    const a = await testCore();
    const { meetingId } = await a.call('exchange.importMeeting', { file: demo() });
    const exported = await a.call('exchange.exportMeeting', { id: meetingId });
    expect(exported.agendaItems.map((i) => i.number)).toEqual(['1.1', '1.2', '4.1', '4.2', '5.1', '5.2', '5.3', '5.4']);
    expect(exported.attendance.find((x) => x.role === 'substitute')).toMatchObject({ substituteFor: 'นายอนันต์ ทองดี' });

    const b = await testCore();
    await b.call('exchange.importMeeting', { file: exported });
    const again = await b.call('exchange.exportMeeting', { id: meetingId });
    expect(withoutStamp(again)).toEqual(withoutStamp(exported));
  });

  it('keeps the seed\'s facts word for word', async () => {
    const t = await testCore();
    const { meetingId } = await t.call('exchange.importMeeting', { file: demo() });
    const m = await t.call('meetings.get', { id: meetingId });
    const text = m.agendaItems.map((i) => `${i.subject} ${i.summary}`).join('\n');
    for (const fact of ['79,610', '237 ชุด', '615 รายการ จาก 91 บริษัท', '1–20 เมษายน 2568', 'คณะกรรมการกฤษฎีกา', 'e-Office', 'ศูนย์ดิจิทัลชุมชน']) {
      expect(text).toContain(fact);
    }
    expect(m).toMatchObject({ number: 2, yearBe: 2568, mode: 'hybrid', conferencing: 'Video Conference' });
    expect(m.venue).toContain('ห้องประชุม 801');
    expect(m.illustrativeNote).toContain('สมมติ');
  });

  const refusedCases: [string, (f: ExchangeFile) => unknown, string, RegExp][] = [
    ['a wrong type', (f) => ({ ...f, meeting: { ...f.meeting, number: 'สอง' } }), 'meeting.number', /ครั้งที่/],
    ['an unknown organisation', (f) => {
      f.agendaItems[4].presenterOrganisation = 'ไม่มี.';
      return f;
    }, 'agendaItems.4.presenterOrganisation', /ไม่รู้จักหน่วยงานอักษรย่อ "ไม่มี\."/],
    ['a person not listed', (f) => ({ ...f, meeting: { ...f.meeting, chair: 'นายใคร ไม่รู้' } }), 'meeting.chair', /ไม่อยู่ในรายชื่อบุคคล/],
    ['a bad date', (f) => ({ ...f, meeting: { ...f.meeting, date: '2025-02-30' } }), 'meeting.date', /วันที่ไม่ถูกต้อง/],
    ['a file of another kind', (f) => ({ ...f, format: 'something.else' }), 'format', /ไม่ใช่ไฟล์การประชุมของเลขา/],
  ];
  for (const [what, spoil, field, message] of refusedCases) {
    it(`refuses ${what}, naming the field, and writes nothing`, async () => {
      const t = await testCore();
      const before = await rowCounts(t.dbPath);
      const e = await t.refusal('exchange.importMeeting', { file: spoil(demo()) });
      expect(e.code).toBe('INVALID');
      expect(e.field).toBe(field);
      expect(e.message).toMatch(message);
      expect(await rowCounts(t.dbPath)).toEqual(before);
    });
  }

  it('refuses a meeting number already used in the series, and writes nothing', async () => {
    const t = await testCore();
    await t.call('exchange.importMeeting', { file: demo() });
    const before = await rowCounts(t.dbPath);
    const copy = demo();
    copy.meeting.id = crypto.randomUUID();
    const renew = (items: ExchangeFile['agendaItems']) => items.forEach((i) => {
      i.id = crypto.randomUUID();
      i.actions.forEach((a) => { a.id = crypto.randomUUID(); });
      renew(i.subItems);
    });
    renew(copy.agendaItems);
    const e = await t.refusal('exchange.importMeeting', { file: copy });
    expect([e.code, e.field]).toEqual(['CONFLICT', 'meeting.number']);
    expect(e.message).toContain('ครั้งที่ 2/2568 อยู่แล้ว');
    expect(await rowCounts(t.dbPath)).toEqual(before);
  });
});
