import { readFileSync } from 'node:fs';
import { formatThaiDate, thaiMonths } from '../../../shared/thai';
import { resourcePath } from '../../app-root';
import { cabinetActs, directiveActs, followUps } from './phrases';
import type { Random } from './random';

/** A matter from real public text (resources/demo/years-text.json; scripts/demo-years-text.mjs). */
export interface Topic {
  src: string;
  use: string;
  section: string | null;
  subject: string;
  presenter: string | null;
  summary: string;
  resolution: string;
  directives: { text: string; lead: string | null; support: string[] }[];
}

export interface Corpus {
  topics: Topic[];
  appointmentSubjects: string[];
}

export const loadCorpus = (): Corpus => JSON.parse(readFileSync(resourcePath('demo', 'years-text.json'), 'utf8')) as Corpus;

/** `ก ข และค`: names listed as Thai prose lists them. */
export const thaiList = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(' ')} และ${names.at(-1)}`;

/** `{name}` placeholders filled from `vars`; a placeholder without a value is left out. */
export const fill = (template: string, vars: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => (vars[key] === undefined ? '' : String(vars[key])));

/** `พฤศจิกายน 2569`: a month as reports name it. */
export const monthYear = (iso: string): string => `${thaiMonths[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(0, 4)) + 543}`;

/** The first `max` characters, ending at a space. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  // Thai has no spaces between words: cut only at a space, else keep it whole rather than cut a word.
  const at = text.lastIndexOf(' ', max);
  return at > 0 ? text.slice(0, at) : text;
}

/** Subjects as an agenda names a matter again later: its progress, its results, the way forward. */
export function subjectVariant(rng: Random, subject: string, fiscalYear: number): string {
  const kind = rng.weighted({ same: 50, progress: 25, results: 15, way: 10 });
  if (kind === 'same' || subject.startsWith('ร่าง') || subject.startsWith('ความคืบหน้า')) return subject;
  if (kind === 'progress') return `ความคืบหน้า${subject.startsWith('การ') ? '' : 'เรื่อง'}${subject}`;
  const of = subject.startsWith('การ') ? 'ด้าน' : 'เรื่อง';
  return `${kind === 'results' ? 'รายงานผลการดำเนินงาน' : 'แนวทางการดำเนินงาน'}${of}${subject} ประจำปีงบประมาณ พ.ศ. ${fiscalYear}`;
}

/**
 * A directive's text: one of the item's real directives when it has some left, else a formula in
 * the words of the series (the Cabinet's own for the Cabinet-style series) naming the item's matter.
 */
export function directiveText(
  rng: Random, o: { subject: string; lead: string; support: string; due: string | null; followUp: boolean; cabinet: boolean },
): string {
  const subject = shorten(o.subject, 90);
  // A subject ending in a number, a bracket or a Latin word needs the space Thai puts after them.
  const topic = `ในเรื่อง${subject}${/[\u0E00-\u0E7F]$/.test(subject) ? '' : ' '}`;
  const vars = { topic, lead: o.lead, support: o.support, due: o.due ? formatThaiDate(o.due) : '' };
  if (o.cabinet) return spaced(fill(rng.pick(cabinetActs), vars));
  if (o.followUp) return spaced(fill(rng.pick(followUps.filter((f) => o.due || !f.includes('{due}'))), vars));
  const act = rng.pick(directiveActs.filter((d) => o.due || !d.includes('{due}')));
  return spaced(`${rng.chance(0.3) ? 'มอบหมายให้' : 'ให้'}${o.lead}${fill(act, vars)}`);
}

/** The space Thai writes after a closing bracket, a number or a Latin word before Thai text; one space, never two. */
const spaced = (text: string) => text.replace(/([)A-Za-z0-9])(?=[\u0E00-\u0E7F])/g, '$1 ').replace(/ {2,}/g, ' ');
