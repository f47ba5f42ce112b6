import type { T } from '../i18n/index';
import type { Option } from './fields';

/** The four classes of the Regulation (none, ลับ, ลับมาก, ลับที่สุด) as choices, lowest first. */
export const secrecyOptions = (t: T): Option[] =>
  (['none', 'confidential', 'secret', 'top_secret'] as const).map((s) => ({ value: s, label: t(`docset.secrecy.${s}`) }));
