import { readdirSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { aroundFirst } from '../../electron/services/search/minutes';

const proseDir = new URL('../fixtures/real/prose/', import.meta.url);
/** Real Thai government texts, each as long as a meeting's minutes or more when joined. */
const texts = readdirSync(proseDir).map((f) => readFileSync(new URL(f, proseDir), 'utf8'));
const minutes = texts.join('\n');

describe('the minutes around a search hit', () => {
  it('cuts the same characters from the UTF-8 bytes as SQLite\'s substr and instr cut from the text', () => {
    const db = new Database(':memory:');
    const sqlite = db.prepare('SELECT CASE WHEN at > 0 THEN substr(t, max(1, at - 300), 800) ELSE t END FROM (SELECT ? AS t, instr(?, ?) AS at)').pluck();
    // Words from every part of the text (its first characters, deep inside, its last), Latin and digits
    // beside Thai, and words it does not hold (the whole text then).
    const words = minutes.split(/[\s()]+/).filter((w) => w.length >= 2);
    const needles = [
      ...words.filter((_, i) => i % Math.ceil(words.length / 60) === 0), words[0], words.at(-1)!, minutes.slice(-3),
      'ISO', '2568', 'ไม่มีคำนี้ในเอกสาร', '',
    ];
    expect(minutes.length).toBeGreaterThan(40_000);
    const cases = [minutes, ...texts].flatMap((text) => needles.map((needle) => [text, needle] as const));
    const different = cases.filter(([text, needle]) => aroundFirst(Buffer.from(text, 'utf8'), needle) !== sqlite.get(text, text, needle));
    expect(different.map(([text, needle]) => `${needle} in ${text.slice(0, 30)}`)).toEqual([]);
    // It is a window, not the whole text, where the word is there.
    expect(aroundFirst(Buffer.from(minutes, 'utf8'), words.at(-1)!).length).toBeLessThanOrEqual(800);
    db.close();
  });
});
