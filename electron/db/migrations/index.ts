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
import { up as statusDueKeys } from './0105-status-due-keys';
import { up as recordVersions } from './0110-record-versions';
import { up as officers } from './0120-officers';
import { up as agendaOrder } from './0125-agenda-order';
import { up as evidenceVersions } from './0130-evidence-versions';
import { postgres as searchSubjectsPostgres, up as searchSubjects } from './0135-search-subjects';
import { inBaseline, up as postgresBaseline } from './pg/baseline';

export interface Migration {
  /** Written to `PRAGMA user_version` once applied; the number in the file name. */
  version: number;
  name: string;
  /** The body: SQLite's, and PostgreSQL's too unless `postgres` is given (then it must be SQL both accept). */
  up: (db: Kysely<unknown>) => Promise<void>;
  /** PostgreSQL's own body, where the engines differ (issue 15). */
  postgres?: (db: Kysely<unknown>) => Promise<void>;
}

/**
 * Forward only, in order. Add a file and a line here; never edit a migration that has shipped.
 * PostgreSQL came at version 100: its first database is made whole by the baseline (pg/baseline.ts, the
 * schema SQLite has at 100, compared in tests/integration/pg-schema.test.ts), so the earlier entries
 * have nothing to do there. Later migrations run on both engines: portable SQL or Kysely's schema
 * builder in `up`, or a `postgres` body beside it.
 */
export const migrations: readonly Migration[] = [
  { version: 10, name: '0010-initial', up: initial, postgres: inBaseline },
  { version: 20, name: '0020-record-integrity', up: recordIntegrity, postgres: inBaseline },
  { version: 30, name: '0030-scale', up: scale, postgres: inBaseline },
  { version: 45, name: '0045-list-keys', up: listKeys, postgres: inBaseline },
  { version: 50, name: '0050-search', up: search, postgres: inBaseline },
  { version: 60, name: '0060-export-register', up: exportRegister, postgres: inBaseline },
  { version: 70, name: '0070-agency-list-keys', up: agencyListKeys, postgres: inBaseline },
  { version: 75, name: '0075-minutes-text', up: minutesText, postgres: inBaseline },
  { version: 80, name: '0080-meeting-evidence', up: meetingEvidence, postgres: inBaseline },
  { version: 90, name: '0090-secrecy', up: secrecy, postgres: inBaseline },
  { version: 100, name: '0100-disclosure-retention', up: disclosureRetention, postgres: postgresBaseline },
  { version: 105, name: '0105-status-due-keys', up: statusDueKeys },
  { version: 110, name: '0110-record-versions', up: recordVersions },
  { version: 120, name: '0120-officers', up: officers },
  { version: 125, name: '0125-agenda-order', up: agendaOrder },
  { version: 130, name: '0130-evidence-versions', up: evidenceVersions },
  { version: 135, name: '0135-search-subjects', up: searchSubjects, postgres: searchSubjectsPostgres },
];

export const latestVersion = migrations[migrations.length - 1].version;
