import { describe, expect, it } from 'vitest';
import { personName } from '../../../renderer/lib/labels';
import { personName as sharedPersonName } from '../../../shared/schemas/directory';

describe('labels', () => {
  it("the renderer's personName is shared/schemas/directory's rule", () => {
    for (const p of [
      { title: 'นาย', firstName: 'ประเสริฐ', lastName: 'จันทรรวงทอง' },
      { title: 'ดร.', firstName: 'สมศรี', lastName: '' },
      { title: '', firstName: 'Anna', lastName: 'Lee' },
    ]) expect(personName(p)).toBe(sharedPersonName(p));
  });
});
