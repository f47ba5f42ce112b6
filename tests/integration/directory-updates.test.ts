import { describe, expect, it } from 'vitest';
import { testCore } from '../helpers/core';

/**
 * An update names only what changes. Deactivating a record (the directory page sends `{ id, active: false }`)
 * or confirming an abbreviation must leave every other field as it was.
 */
describe('directory updates keep the fields they do not name', () => {
  it('deactivating and verifying an organisation keep its English name, abbreviations and parent', async () => {
    const t = await testCore();
    const parent = await t.call('organisations.create', { nameTh: 'สำนักนายกรัฐมนตรี', abbrTh: 'นร.', kind: 'ministry' });
    const soc = await t.call('organisations.create', {
      nameTh: 'สำนักเลขาธิการคณะรัฐมนตรี', abbrTh: 'สลค.', nameEn: 'Secretariat of the Cabinet', abbrEn: 'SOC',
      kind: 'central_agency', parentId: parent.id, abbrVerified: false,
    });
    const off = await t.call('organisations.update', { id: soc.id, active: false });
    expect(off).toEqual({ ...soc, active: false });
    const verified = await t.call('organisations.update', { id: soc.id, abbrVerified: true });
    expect(verified).toEqual({ ...soc, active: false, abbrVerified: true });
    // A field can still be cleared on purpose.
    expect((await t.call('organisations.update', { id: soc.id, abbrEn: null })).abbrEn).toBeNull();
  });

  it('deactivating a person keeps the title, surname, position and organisation the minutes print', async () => {
    const t = await testCore();
    const org = await t.call('organisations.create', { nameTh: 'สำนักงบประมาณ', abbrTh: 'สงป.', kind: 'central_agency' });
    const person = await t.call('people.create', { title: 'นางสาว', firstName: 'อรอุมา', lastName: 'แก้วใส', position: 'ผู้อำนวยการสำนัก', organisationId: org.id });
    expect(await t.call('people.update', { id: person.id, active: false })).toEqual({ ...person, active: false });
    expect(await t.call('people.update', { id: person.id, position: 'รองผู้อำนวยการสำนักงบประมาณ' })).toEqual({
      ...person, active: false, position: 'รองผู้อำนวยการสำนักงบประมาณ',
    });
    expect((await t.refusal('people.update', { id: person.id, firstName: ' ' })).code).toBe('INVALID');
  });
});
