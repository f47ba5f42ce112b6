import { common } from './en/common';
import { meeting } from './en/meeting';
import { minutes } from './en/minutes';
import { history } from './en/history';
import { documents } from './en/documents';
import { policies } from './en/policies';
import { actions } from './en/actions';
import { directory } from './en/directory';
import { series } from './en/series';
import { home } from './en/home';
import { search } from './en/search';
import { records } from './en/records';
import { evidence } from './en/evidence';
import { secrecy } from './en/secrecy';
import { session } from './en/session';
import type { MessageKey } from './th';

/** The English catalog: typed to have exactly the Thai catalog's keys. */
export const en: Record<MessageKey, string> = { ...common, ...meeting, ...minutes, ...history, ...documents, ...policies, ...actions, ...directory, ...series, ...home, ...search, ...records, ...evidence, ...secrecy, ...session };
