import { describe, expect, it } from 'vitest';
import { testCore } from '../helpers/core';

/**
 * An update names only what changes. Deactivating a record (the directory page sends `{ id, active: false }`)
 * or confirming an abbreviation must leave every other field as it was.
 */
describe('directory updates keep the fields they do not name', () => {
  it('deactivating and verifying an organisation keep its English name, abbreviations and parent', async () => {
    const t = await testCore();
    const shipped = await t.call('organisations.list', {});
    const opm = shipped.find((o) => o.abbrTh === 'นร.')!;
    const added = await t.call('organisations.create', {
      nameTh: 'สำนักงานคณะกรรมการกฤษฎีกา (สำเนาทดสอบ)', abbrTh: 'สคก.ทดสอบ', nameEn: 'Office of the Council of State', abbrEn: 'OCS',
      kind: 'central_agency', parentId: opm.id, abbrVerified: false,
    });
    const off = await t.call('organisations.update', { id: added.id, active: false });
    expect(off).toEqual({ ...added, active: false, version: 2 });
    const verified = await t.call('organisations.update', { id: added.id, abbrVerified: true });
    expect(verified).toEqual({ ...added, active: false, abbrVerified: true, version: 3 });
    // A shipped record keeps its English name when deactivated too.
    const soc = shipped.find((o) => o.abbrTh === 'สลค.')!;
    expect(await t.call('organisations.update', { id: soc.id, active: false })).toEqual({ ...soc, active: false, version: soc.version + 1 });
    // A field can still be cleared on purpose.
    expect((await t.call('organisations.update', { id: added.id, abbrEn: null })).abbrEn).toBeNull();
  });

  it('deactivating a person keeps the title, surname, position and organisation the minutes print', async () => {
    const t = await testCore();
    const bob = (await t.call('organisations.list', {})).find((o) => o.abbrTh === 'สงป.')!;
    const person = await t.call('people.create', { title: 'นางสาว', firstName: 'อรอุมา', lastName: 'แก้วใส', position: 'ผู้อำนวยการสำนัก', organisationId: bob.id });
    expect(await t.call('people.update', { id: person.id, active: false })).toEqual({ ...person, active: false, version: 2 });
    expect(await t.call('people.update', { id: person.id, position: 'รองผู้อำนวยการสำนักงบประมาณ' })).toEqual({
      ...person, active: false, position: 'รองผู้อำนวยการสำนักงบประมาณ', version: 3,
    });
    expect((await t.refusal('people.update', { id: person.id, firstName: ' ' })).code).toBe('INVALID');
  });

  it('refuses a series listing one person twice as a member, naming that person', async () => {
    const t = await testCore();
    const chair = await t.call('people.create', { title: 'พลตำรวจเอก', firstName: 'พัชรวาท', lastName: 'วงษ์สุวรรณ', position: 'รองนายกรัฐมนตรี' });
    const e = await t.refusal('series.create', {
      nameTh: 'คณะกรรมการทดสอบ', members: [{ personId: chair.id, meetingRole: 'chair' }, { personId: chair.id, meetingRole: 'member' }],
    });
    expect(e.message).toBe('รายชื่อผู้เข้าประชุมประจำมีบุคคลซ้ำกัน: พลตำรวจเอก พัชรวาท วงษ์สุวรรณ');
    expect(await t.call('series.list', {})).toEqual([]);
  });
});
