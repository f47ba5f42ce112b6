import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Align, DocumentModel } from '../../electron/documents/model';
import { renderPdf } from '../../electron/documents/pdf/render-pdf';
import { pdfText } from '../helpers/documents';
import { pdfjsPages } from '../helpers/pdfjs';

/**
 * Copy-out in pdf.js, which reads differently from poppler (see helpers/pdfjs.ts): officers copy
 * minutes out of the browser's PDF viewer as often as out of a desktop reader. Real prose (the
 * ministry's press release of meeting 2/2568), set in every alignment, regular and bold, must come
 * back with no space pdf.js made up and nothing lost. Distributed and justified lines carry their
 * gaps and their marks' sideways moves inside TJ arrays (thai-to-unicode.ts), where pdf.js's
 * own arithmetic decides what is a space.
 */
const demo = JSON.parse(readFileSync(new URL('../../resources/demo/meeting-2-2568.json', import.meta.url), 'utf8')) as { agendaItems: { summary: string }[] };
const prose = [
  ...readFileSync(new URL('../fixtures/press-release-2-2568.txt', import.meta.url), 'utf8').split('\n').map((l) => l.replace(/^- /, '').trim()),
  ...demo.agendaItems.map((i) => i.summary),
].filter((l) => l.length > 120);

function model(align: Align, bold: boolean, size = 16): DocumentModel {
  return {
    title: 'ทดสอบ',
    titleLines: [],
    blocks: prose.map((text) => ({ type: 'paragraph', text, bold })),
    page: { marginsCm: { top: 2.5, right: 2, bottom: 2, left: 3 }, digits: 'arabic', secrecy: '', urgency: '', footerNote: '' },
    body: { align, firstLineCm: 2.5 },
    font: { profile: 'sarabun', size, regularPath: null, boldPath: null },
  };
}

const noSpace = (s: string) => s.replace(/\s+/g, '');

describe('Thai copied out of pdf.js', () => {
  it('has real prose to read', () => {
    expect(prose.length).toBeGreaterThan(5);
    expect(prose.join('').length).toBeGreaterThan(2000);
  });

  it.each([
    ['thaiDistributed', false, 16], ['thaiDistributed', true, 16], ['thaiDistributed', false, 14], ['thaiDistributed', false, 15],
    ['justify', false, 16], ['justify', true, 14], ['left', false, 16], ['center', true, 16],
  ] as [Align, boolean, number][])('gives back every line as typed: %s, bold %s, %i pt', async (align, bold, size) => {
    const pdf = await renderPdf(model(align, bold, size));
    // The page number (- 2 -) is drawn last on its page; it is no part of the prose.
    const pages = (await pdfjsPages(pdf)).map((page) => page.replace(/- \d+ -/g, '\n'));
    expect(pages.length).toBeGreaterThan(1);
    const lines = pages.join('\n').split('\n').map((l) => l.trim()).filter(Boolean);
    // Each line pdf.js reads is a stretch of one paragraph, spaces and all: a space it made up breaks this.
    for (const line of lines) expect(prose.some((p) => p.includes(line)), `pdf.js line: ${line}`).toBe(true);
    // And nothing is lost or doubled (the lines, end to end, are the paragraphs).
    expect(noSpace(lines.join(''))).toBe(noSpace(prose.join('')));
    // poppler agrees (thai-copyout.test.ts checks it line by line).
    expect(noSpace(pdfText(pdf).replace(/- \d+ -/g, ''))).toBe(noSpace(prose.join('')));
  });
});
