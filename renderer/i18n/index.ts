import { useCallback } from 'react';
import { create } from 'zustand';
import { formatThaiDateLong, formatThaiDateShort } from '../../shared/thai';
import { type MessageKey, th } from './th';

export type { MessageKey } from './th';
export type Lang = 'th' | 'en';

const LANG_KEY = 'lekha.lang';

function storedLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(LANG_KEY) === 'en' ? 'en' : 'th';
  } catch {
    return 'th'; // storage may be blocked; Thai is the default anyway
  }
}

/**
 * The English catalog is fetched the first time English is wanted, not with the app: Thai is the
 * default and most officers never switch, and the catalog is about a quarter of what the first page
 * would otherwise parse (issue 11). Until it is here, `translate` falls back to Thai.
 */
let english: Record<MessageKey, string> | null = null;
export async function loadEnglish(): Promise<void> {
  english ??= (await import('./en')).en;
}

interface LangState {
  lang: Lang;
  setLang(lang: Lang): void;
}

// The language last asked for; the store's `lang` is the one shown (English once its catalog is here).
let wanted: Lang = storedLang();

export const useLangStore = create<LangState>((set) => ({
  lang: 'th',
  setLang(lang) {
    try {
      globalThis.localStorage?.setItem(LANG_KEY, lang);
    } catch (e) {
      console.warn('[lekha] language choice not kept', e);
    }
    wanted = lang;
    if (lang === 'th' || english) set({ lang });
    else void showEnglish();
  },
}));

function showEnglish(): Promise<void> {
  return loadEnglish().then(
    // Chosen again meanwhile: the later choice stands.
    () => {
      if (wanted === 'en') useLangStore.setState({ lang: 'en' });
    },
    (e: unknown) => console.error('[lekha] English catalog not loaded', e),
  );
}

/** Settles when the language kept from last time can be shown: main.tsx renders after it, so English never flashes Thai. */
export const languageReady: Promise<void> = wanted === 'en' ? showEnglish() : Promise.resolve();

export type Params = Record<string, string | number>;

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = (lang === 'en' ? english?.[key] : undefined) ?? th[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type T = (key: MessageKey, params?: Params) => string;

export function useT(): T {
  const lang = useLangStore((s) => s.lang);
  return useCallback<T>((key, params) => translate(lang, key, params), [lang]);
}

export const useLang = (): Lang => useLangStore((s) => s.lang);

/** `1,008` in either language (Arabic digits, as the rest of the interface). */
// Made once per language: a Thai NumberFormat takes about a millisecond to make, and the tracker formats each row's percent.
const numberFormats = new Map<string, Intl.NumberFormat>();
export function formatNumber(value: number, lang: string): string {
  const locale = lang === 'th' ? 'th-TH' : 'en-GB';
  const format = numberFormats.get(locale) ?? new Intl.NumberFormat(locale);
  numberFormats.set(locale, format);
  return format.format(value);
}

const enMonthsShort = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const enWeekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** `25 พ.ย. 2569`; in English `25 Nov 2569 BE` (the Buddhist era in both). */
export function formatDateShort(lang: Lang, iso: string): string {
  if (lang === 'th') return formatThaiDateShort(iso);
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${enMonthsShort[m - 1]} ${y + 543} BE`;
}

/** `วันพุธที่ 25 พฤศจิกายน 2569`; in English `Wednesday 25 Nov 2569 BE`. */
export function formatDateLong(lang: Lang, iso: string): string {
  if (lang === 'th') return formatThaiDateLong(iso);
  const [y, m, d] = iso.split('-').map(Number);
  return `${enWeekdays[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]} ${formatDateShort(lang, iso)}`;
}

/** `09.30 น.` / `09:30` */
export function formatTime(lang: Lang, hhmm: string): string {
  return lang === 'th' ? translate(lang, 'time.suffix', { time: hhmm.replace(':', '.') }) : hhmm;
}
