import { organisationKind } from '../../../shared/schemas/common';
import type { Organisation } from '../../state/types';

export type OrganisationKind = Organisation['kind'];

/** In the order a ministry's meeting thinks of them: ministries and central agencies, then the ministry's own. */
export const organisationKinds: readonly OrganisationKind[] = organisationKind.options;
