import type { Kysely } from 'kysely';
import { up as initial } from './0010-initial';
import { up as recordIntegrity } from './0020-record-integrity';
import { up as scale } from './0030-scale';
import { up as listKeys } from './0045-list-keys';
import { up as search } from './0050-search';
import { up as exportRegister } from './0060-export-register';
import { up as agencyListKeys } from './0070-agency-list-keys';
import { up as minutesText } from './0075-minutes-text';
import { up as meetingEvidence } from './0080-meeting-evidence';
import { up as secrecy } from './0090-secrecy';
import { up as disclosureRetention } from './0100-disclosure-retention';
import { up as recordVersions } from './0110-record-versions';

export interface Migration {
  /** Written to `PRAGMA user_version` once applied; the number in the file name. */
  version: number;
  name: string;
  up: (db: Kysely<unknown>) => Promise<void>;
}

/** Forward only, in order. Add a file and a line here; never edit a migration that has shipped. */
export const migrations: readonly Migration[] = [
  { version: 10, name: '0010-initial', up: initial },
  { version: 20, name: '0020-record-integrity', up: recordIntegrity },
  { version: 30, name: '0030-scale', up: scale },
  { version: 45, name: '0045-list-keys', up: listKeys },
  { version: 50, name: '0050-search', up: search },
  { version: 60, name: '0060-export-register', up: exportRegister },
  { version: 70, name: '0070-agency-list-keys', up: agencyListKeys },
  { version: 75, name: '0075-minutes-text', up: minutesText },
  { version: 80, name: '0080-meeting-evidence', up: meetingEvidence },
  { version: 90, name: '0090-secrecy', up: secrecy },
  { version: 100, name: '0100-disclosure-retention', up: disclosureRetention },
  { version: 110, name: '0110-record-versions', up: recordVersions },
];

export const latestVersion = migrations[migrations.length - 1].version;
