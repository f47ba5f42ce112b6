import { readdirSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { normalisedSql } from '../../electron/db/migrations/0050-search-sql';
import { shortTermGlobs } from '../../electron/services/search/terms';
import { normaliseMapped, normaliseSearchText, searchTerms } from '../../shared/search-text';
import { toThaiDigitsInText } from '../../shared/thai';

const proseDir = new URL('../fixtures/real/prose/', import.meta.url);
const prose = readdirSync(proseDir).flatMap((f) => readFileSync(new URL(f, proseDir), 'utf8').split('\n').filter(Boolean));

/** Real lines, and the same lines as an officer might have typed or pasted them. */
const samples = [
  ...prose,
  ...prose.slice(0, 20).map((line) => toThaiDigitsInText(line)),
  ...prose.slice(20, 40).map((line) => line.replaceAll(' ', ' \u200b\u00a0 ').replaceAll('ำ', '\u0e4d\u0e32')),
  'น\u0e4d\u0e49\u0e32ท่วม น้\u0e4d\u0e32ท่วม น้ำท่วม', '\tงบประมาณ\r\n\r\n๒๕๖๘\u3000', '', '   ', '\ue000ก\ue000 ข',
];

describe('search normalisation', () => {
  it('gives the same text in JavaScript (queries, snippets) and in the triggers\' SQL (the index)', () => {
    const db = new Database(':memory:');
    const normalise = db.prepare(`SELECT ${normalisedSql('?')} AS t`).pluck();
    const different = samples.filter((s) => normalise.get(s) !== normaliseSearchText(s) || normaliseMapped(s).text !== normaliseSearchText(s));
    expect(different).toEqual([]);
    expect(prose.length).toBeGreaterThan(100);
    db.close();
  });

  it('makes Thai digits Arabic, sara am whole, and drops zero-width characters and extra spaces', () => {
    expect(normaliseSearchText('ปี ๒๕๖๘')).toBe('ปี 2568');
    // Real thaigov text (tests/fixtures/real/prose, Cabinet 19 August 2568) spells ำ as ํ + า.
    const cabinet = prose.find((line) => line.includes('ดําเนินการ'))!;
    expect(cabinet).toBeDefined();
    expect(normaliseSearchText(cabinet)).toContain('ดำเนินการ');
    expect(normaliseSearchText('น\u0e4d\u0e49\u0e32')).toBe('น้ำ');
    expect(normaliseSearchText(' การ\u200bประชุม \u00a0  ครั้ง\nที่ ')).toBe('การประชุม ครั้ง ที่');
  });

  it('maps every character of the normalised text back to where it was written', () => {
    const raw = 'ผล ๒๕๖๘  ดํา\u200bเนินการ';
    const { text, from } = normaliseMapped(raw);
    expect(text).toBe('ผล 2568 ดำเนินการ');
    expect(raw.slice(from[text.indexOf('2568')], from[text.indexOf('2568') + 4])).toBe('๒๕๖๘');
    expect(raw.slice(from[text.indexOf('ดำ')])).toBe('ดํา\u200bเนินการ');
  });

  it('splits a query into terms, keeping a quoted phrase whole', () => {
    expect(searchTerms('  อาชญากรรม   ทางเทคโนโลยี ')).toEqual(['อาชญากรรม', 'ทางเทคโนโลยี']);
    expect(searchTerms('"ราคา อ้อย" ๒๕๖๖')).toEqual(['ราคา อ้อย', '2566']);
    expect(searchTerms('"')).toEqual([]);
  });

  it('finds a short term in raw text in either digit form and whole syllables only', () => {
    const db = new Database(':memory:');
    const found = (term: string, text: string) => shortTermGlobs(term).some((p) => db.prepare('SELECT ? GLOB ?').pluck().get(text, p) === 1);
    expect(found('68', 'ปี ๒๕๖๘')).toBe(true);
    expect(found('ดี', 'สุขภาพดีขึ้น')).toBe(true);
    expect(found('ดี', 'อย่างไรก็ดี')).toBe(true);
    expect(found('ดี', 'ดิจิทัล')).toBe(false);
    expect(found('ดี', 'ในทิศทางเดียวกัน')).toBe(false);
    expect(found('ดี', 'ดี้')).toBe(false);
    expect(found('ทำ', 'การทํางาน')).toBe(true);
    expect(found('ai', 'ระบบ AI ของรัฐ')).toBe(true);
    db.close();
  });
});
