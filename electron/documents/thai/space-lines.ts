import type { LaidLine } from './layout';

/**
 * Lines of `text` broken only at its spaces, each filled as far as it goes: a person's name (only
 * between title-and-first-name and last name: the dictionary may know a place inside a surname,
 * จันทรรวง|ทอง, and a title is written onto the first name, นางสาว|ณัฐธ์ภัสส์, but nobody breaks a
 * name there) and a header. Null when a word is wider than `width`: the Thai line breaker must cut it.
 */
export function linesAtSpaces(text: string, width: number, measure: (s: string) => number): LaidLine[] | null {
  const words = text.split(' ');
  if (words.some((w) => measure(w) > width)) return null;
  const lines: LaidLine[] = [];
  let start = 0;
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && measure(candidate) > width) {
      lines.push({ text: current, start, end: start + current.length, width: measure(current), last: false });
      start += current.length + 1;
      current = word;
    } else current = candidate;
  }
  lines.push({ text: current, start, end: start + current.length, width: measure(current), last: true });
  return lines;
}
