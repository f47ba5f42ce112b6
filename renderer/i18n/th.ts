import { common } from './th/common';
import { meeting } from './th/meeting';
import { minutes } from './th/minutes';
import { history } from './th/history';
import { documents } from './th/documents';
import { policies } from './th/policies';
import { actions } from './th/actions';
import { directory } from './th/directory';
import { series } from './th/series';
import { home } from './th/home';
import { search } from './th/search';
import { records } from './th/records';
import { evidence } from './th/evidence';
import { secrecy } from './th/secrecy';
import { session } from './th/session';

/**
 * The Thai catalog: the source of every key, kept by screen area in th/. Placeholders are `{name}`.
 * Words follow the Regulation on Official Correspondence where it names things (THAI-DOCUMENTS.md).
 */
export const th = { ...common, ...meeting, ...minutes, ...history, ...documents, ...policies, ...actions, ...directory, ...series, ...home, ...search, ...records, ...evidence, ...secrecy, ...session } as const satisfies Record<string, string>;

export type MessageKey = keyof typeof th;
