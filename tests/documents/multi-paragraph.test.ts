// A summary the officer typed in several paragraphs (Enter between them) prints as several
// paragraphs: each starts on its own line with the body's first-line indent, and no line of any of
// them is letter-spaced out to the page width (issue 9, officer review B3).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seriesWithMeeting, testCore } from '../helpers/core';
import { exportDocument } from '../helpers/demo';
import { docxPart } from '../helpers/documents';
import { drawnLines } from '../helpers/pdf-lines';

// Three real paragraphs from a Ministry of Justice executive meeting summary.
const PARAGRAPHS = readFileSync(new URL('../fixtures/real/prose/thaigov-moj-executives-7-2568.txt', import.meta.url), 'utf8')
  .split('\n').map((l) => l.trim()).filter((l) => l.length > 150).slice(0, 3);
const PT_PER_CM = 72 / 2.54;

async function minutesWithSummary(format: 'pdf' | 'docx') {
  const t = await testCore();
  const { meeting, section } = await seriesWithMeeting(t);
  await t.call('agenda.create', {
    meetingId: meeting.id, sectionId: section('consideration').id, subject: 'ผลการดำเนินงานของกระทรวงยุติธรรม',
    summary: PARAGRAPHS.join('\n'), resolution: 'ที่ประชุมรับทราบ',
  });
  return exportDocument(t, meeting.id, 'minutes', format);
}

describe('a summary typed in several paragraphs', () => {
  it('has three long real paragraphs to print', () => {
    expect(PARAGRAPHS).toHaveLength(3);
  });

  it('PDF: each paragraph starts indented on a line of its own and every full line keeps its natural spacing', async () => {
    const lines = drawnLines(await minutesWithSummary('pdf'));
    const body = lines.filter((l) => PARAGRAPHS.some((p) => p.includes(l.text)) && l.text.length > 25);
    const starts = PARAGRAPHS.map((p) => body.find((l) => p.startsWith(l.text)));
    for (const s of starts) expect(s, 'paragraph start drawn').toBeDefined();
    const margin = Math.min(...body.map((l) => l.x));
    for (const s of starts) expect(s!.x - margin, `indent of ${s!.text.slice(0, 20)}`).toBeGreaterThan(PT_PER_CM);
    // A letter-spaced line is drawn with many more points than its characters need: Sarabun 16 averages under 9 pt a character.
    for (const l of body) expect(l.width / l.text.length, l.text).toBeLessThan(12);
    // Every line that continues a paragraph starts at the left margin.
    const continuing = body.filter((l) => !starts.includes(l));
    expect(continuing.length).toBeGreaterThan(3);
    for (const l of continuing) expect(l.x, l.text).toBeCloseTo(margin, 0);
  });

  it('DOCX: each paragraph is a Word paragraph with the same first-line indent', async () => {
    const xml = docxPart(await minutesWithSummary('docx'), 'word/document.xml');
    const paragraphs = xml.split(/<w:p[ >]/).map((p) => ({
      // Dates, times and names are held together with no-break spaces (officer review C11): read them as spaces.
      text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').replaceAll('\u00a0', ' '),
      firstLine: Number(/<w:ind [^>]*w:firstLine="(\d+)"/.exec(p)?.[1] ?? 0),
      breaks: (p.match(/<w:br\/>/g) ?? []).length,
    }));
    const found = PARAGRAPHS.map((text) => paragraphs.find((p) => p.text === text));
    for (const p of found) {
      expect(p, 'its own Word paragraph').toBeDefined();
      expect(p!.breaks).toBe(0);
      expect(p!.firstLine).toBe(found[0]!.firstLine);
    }
    expect(found[0]!.firstLine).toBeGreaterThan(0);
  });
});
