import { describe, expect, it } from 'vitest';
import { testCore } from '../helpers/core';
import { exportDocument } from '../helpers/demo';
import { docxParagraphs, pdfText, squash } from '../helpers/documents';
import { readRealMeeting, realMeetingFile, realMeetingNames } from '../helpers/real-meeting';

/** The body text of a minutes PDF, without the page furniture (`- 2 -`) and the ร่าง watermark that pdftotext puts between lines. */
const bodyText = (pdf: Uint8Array) =>
  squash(pdfText(pdf).split('\n').filter((l) => !/^- \d+ -$/.test(l.trim()) && l.trim() !== 'ร่าง' && !l.startsWith('ร่าง ยังไม่ได้รับรอง รหัสร่าง')).join('\n'));

describe('directives in the minutes name every agency responsible (officer review D15)', () => {
  it.each(realMeetingNames)('prints the lead agency marked (หลัก) and each supporting agency after it, in the PDF and the DOCX: %s', async (name) => {
    const t = await testCore();
    // The real MNRE file writes the zoo อสส., the Attorney General's office here: it comes in under another abbreviation.
    const renamed: Record<string, string> = name === 'ministry-executives' ? { 'อสส.': 'อสส.(สวนสัตว์)' } : {};
    const { meetingId } = await t.call('exchange.importMeeting', { file: realMeetingFile(name), renameOrganisations: renamed });
    const abbr = (a: string) => renamed[a] ?? a;
    const directives = readRealMeeting(name).items.flatMap((i) => i.directives ?? []).filter((d) => d.lead);
    expect(directives.filter((d) => d.support?.length).length, 'the real meeting has directives with supporting agencies').toBeGreaterThan(0);
    const pdf = bodyText(await exportDocument(t, meetingId, 'minutes', 'pdf'));
    const docx = docxParagraphs(await exportDocument(t, meetingId, 'minutes', 'docx')).map(squash);
    for (const d of directives) {
      // Supporting agencies in Thai order of their abbreviations: the database keeps no order among them.
      const support = (d.support ?? []).map(abbr).sort((a, b) => a.localeCompare(b, 'th'));
      const owners = support.length ? `${abbr(d.lead!)} (หลัก) ${support.join(' ')}` : abbr(d.lead!);
      const line = squash(`${d.text} (หน่วยงานรับผิดชอบ: ${owners})`);
      expect(pdf, d.text.slice(0, 40)).toContain(line);
      expect(docx.some((p) => p.endsWith(line)), d.text.slice(0, 40)).toBe(true);
    }
  }, 60_000);
});
