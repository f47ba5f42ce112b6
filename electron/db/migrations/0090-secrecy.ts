import { type Kysely, sql } from 'kysely';

/**
 * Issue 14, points 1–2: an attachment has its own secrecy class (meetings and agenda items have had one
 * since 0010), and the export register doubles as the register of secret documents (ทะเบียนหนังสือลับ):
 * each numbered copy is a row with its copy number, the number of copies made and whom it went to.
 * Rows written before this migration keep null there (they were not numbered copies). The partial
 * indexes find the few secret meetings and items at once: every tracker asks for them (action-export.ts).
 */
const statements = `
ALTER TABLE attachments ADD COLUMN secrecy TEXT NOT NULL DEFAULT 'none' CHECK (secrecy IN ('none','confidential','secret','top_secret'));
ALTER TABLE export_register ADD COLUMN copy_count INTEGER CHECK (copy_count IS NULL OR copy_count >= 1);
ALTER TABLE export_register ADD COLUMN recipient TEXT;
CREATE INDEX export_register_secret ON export_register(at) WHERE secrecy <> 'none';
CREATE INDEX agenda_items_secret ON agenda_items(id) WHERE secrecy <> 'none';
CREATE INDEX meetings_secret ON meetings(id) WHERE secrecy <> 'none';
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements.split(/;\s*\n/).map((s) => s.trim()).filter(Boolean)) {
    await sql.raw(statement).execute(db);
  }
}
