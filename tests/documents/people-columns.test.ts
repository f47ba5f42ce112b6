import { describe, expect, it } from 'vitest';
import { personName } from '../../shared/names';
import { testCore } from '../helpers/core';
import { exportDocument } from '../helpers/demo';
import { libreOfficePdf, pdfText } from '../helpers/documents';
import { drawnLines } from '../helpers/pdf-lines';
import { realPeople, realPeopleMeeting } from '../helpers/real-people';

describe('the attendee list keeps each name on one line (officer review B10)', () => {
  it('prints full names with rank titles whole in the PDF and the DOCX, the position wrapping instead', async () => {
    const t = await testCore();
    const { meetingId } = await realPeopleMeeting(t);
    const names = realPeople.map(personName);
    // The longest of them, at the body size, is more than a third of the text width.
    expect(names).toContain('พลตำรวจเอก พัชรวาท วงษ์สุวรรณ');

    const pdf = await exportDocument(t, meetingId, 'minutes', 'pdf');
    const drawn = drawnLines(pdf).filter((l) => l.page === 1).map((l) => l.text);
    for (const name of names) expect(drawn, name).toContain(name);
    // The position gave the room: the MNRE minister's position takes several lines of its column.
    expect(drawn).toContain('(รมว.ทส.)');

    // LibreOffice lays out the DOCX table itself: each name is on one line of its page.
    const lines = pdfText(libreOfficePdf(await exportDocument(t, meetingId, 'minutes', 'docx')), { first: 1, last: 1 })
      .split('\n').map((l) => l.replaceAll('\u00a0', ' '));
    for (const name of names) expect(lines.some((l) => l.includes(name)), name).toBe(true);
  }, 60_000);
});
