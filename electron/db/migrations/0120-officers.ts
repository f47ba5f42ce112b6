import { type Kysely, sql } from 'kysely';
import { strictOn, wholeNumber } from './portable';

const sqlCheck = (condition: string) => sql.raw(condition);


/**
 * Issue 15, point 3 (who is who): the officers who sign in to a team's Lekha, and their sessions.
 *
 * Written with Kysely's schema builder and only text/integer columns, CHECKs and foreign keys, so the same
 * body runs on SQLite and PostgreSQL (STRICT only where the engine is SQLite, no AUTOINCREMENT, no SQLite functions).
 *
 * - `officers`: name, user name (kept lower-case: one officer, one name however typed), role, for an agency
 *   reporter the agency (`organisation_id`, from the directory), the highest secrecy class the officer may
 *   read, an active flag (disabled, never deleted: the audit log names them), and an argon2id hash.
 * - `officer_sessions`: a signed-in browser. The id is the SHA-256 of the random token the browser holds,
 *   so a copy of the database opens no session; a session ends at `expires_at` or when `ended_at` is set.
 * - `audit_log.actor_id`: the signed-in officer's id beside the name (null in one-officer mode).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('officers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().check(sqlCheck('length(trim(name)) > 0')))
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('role', 'text', (c) => c.notNull().check(sqlCheck("role in ('secretariat','reporter','reader')")))
    .addColumn('organisation_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('clearance', 'text', (c) => c.notNull().defaultTo('none').check(sqlCheck("clearance in ('none','confidential','secret','top_secret')")))
    .addColumn('active', wholeNumber(db), (c) => c.notNull().defaultTo(1).check(sqlCheck('active in (0, 1)')))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    // An agency reporter reports for one agency; the other roles for none.
    .addCheckConstraint('officers_reporter_agency', sqlCheck("(role = 'reporter') = (organisation_id is not null)"))
    .modifyEnd(strictOn(db))
    .execute();
  await db.schema
    .createTable('officer_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('officer_id', 'text', (c) => c.notNull().references('officers.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .modifyEnd(strictOn(db))
    .execute();
  await db.schema.createIndex('officer_sessions_officer').on('officer_sessions').column('officer_id').execute();
  await db.schema.alterTable('audit_log').addColumn('actor_id', 'text').execute();
}
