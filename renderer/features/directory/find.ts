import { toArabicDigits } from '../../../shared/thai';

/**
 * The form a find box compares in: Thai digits as Arabic ones, lower case, and without the dots and
 * spaces of abbreviations, so `สลค`, `ส.ล.ค.` and `สลค.` find one another and `๑` finds `1`.
 */
export function findKey(text: string): string {
  return toArabicDigits(text).toLocaleLowerCase('th').replace(/[.\s]+/g, '');
}

/** Whether every word of the query is in one of the texts (in the form above). */
export function matchesFind(query: string, texts: readonly (string | null | undefined)[]): boolean {
  const words = query.trim().split(/\s+/).map(findKey).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = texts.filter(Boolean).map((x) => findKey(x as string)).join('\u0000');
  return words.every((w) => haystack.includes(w));
}
