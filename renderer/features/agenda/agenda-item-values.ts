import type { Secrecy } from '../../../shared/secrecy';
import type { AgendaItem } from '../../state/types';

/** What the agenda item form edits; kept as a draft when the officer opens another item before saving. */
export interface ItemValues {
  subject: string;
  presenterOrgId: string;
  presenterPersonId: string;
  summary: string;
  proposal: string;
  resolution: string;
  secrecy: Secrecy;
}

export const blankValues: ItemValues = { subject: '', presenterOrgId: '', presenterPersonId: '', summary: '', proposal: '', resolution: '', secrecy: 'none' };

export const valuesOf = (i: AgendaItem): ItemValues => ({
  subject: i.subject,
  presenterOrgId: i.presenterOrgId ?? '',
  presenterPersonId: i.presenterPersonId ?? '',
  summary: i.summary,
  proposal: i.proposal,
  resolution: i.resolution,
  secrecy: i.secrecy,
});

export const sameValues = (a: ItemValues, b: ItemValues): boolean => (Object.keys(a) as (keyof ItemValues)[]).every((k) => a[k] === b[k]);
