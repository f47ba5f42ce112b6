import { describe, expect, it } from 'vitest';
import { meetingNumber, personName } from '../../../renderer/lib/labels';

describe('labels', () => {
  it('names people the Thai way: the title joins the first name', () => {
    expect(personName({ title: 'นาย', firstName: 'ประเสริฐ', lastName: 'จันทรรวงทอง' })).toBe('นายประเสริฐ จันทรรวงทอง');
    expect(personName({ title: 'ดร.', firstName: 'สมศรี', lastName: '' })).toBe('ดร.สมศรี');
    expect(personName({ title: 'พล.ต.อ.', firstName: 'พัชรวาท', lastName: 'วงษ์สุวรรณ' })).toBe('พล.ต.อ.พัชรวาท วงษ์สุวรรณ');
    // A rank written in full is followed by a space, as in the Cabinet's own summaries.
    expect(personName({ title: 'พลเอก', firstName: 'ประยุทธ์', lastName: 'จันทร์โอชา' })).toBe('พลเอก ประยุทธ์ จันทร์โอชา');
  });

  it('writes meeting numbers as n/พ.ศ.', () => {
    expect(meetingNumber({ number: 2, yearBe: 2568 })).toBe('2/2568');
  });
});
