/**
 * PostgreSQL's refusals (SQLSTATE) under the SQLite codes api.ts already puts in Thai, so an officer
 * reads the same words on either engine. Connection failures get their own.
 */
const SQLITE_CODE_OF: Record<string, string> = {
  '23503': 'SQLITE_CONSTRAINT_FOREIGNKEY',
  '23505': 'SQLITE_CONSTRAINT_UNIQUE',
  '23514': 'SQLITE_CONSTRAINT_CHECK',
  '23502': 'SQLITE_CONSTRAINT_NOTNULL',
  // A lock not granted in time, a deadlock, a serialisation failure: another writer, try again.
  '55P03': 'SQLITE_BUSY',
  '40P01': 'SQLITE_BUSY',
  '40001': 'SQLITE_BUSY',
  '53100': 'SQLITE_FULL',
  '25006': 'SQLITE_READONLY',
};

export function sqliteCodeOf(code: string): string {
  return SQLITE_CODE_OF[code] ?? code;
}

/** The server cannot be reached or went away: said so, in Thai. */
export const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'ECONNRESET', '57P01', '57P03', '08006', '08001', '28P01', '3D000']);
export const UNREACHABLE_MESSAGE = 'ติดต่อเซิร์ฟเวอร์ฐานข้อมูล PostgreSQL ไม่ได้ (เซิร์ฟเวอร์ปิดอยู่ ที่อยู่ ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง หรือเครือข่ายขัดข้อง) ข้อมูลไม่ถูกเปลี่ยนแปลง กรุณาติดต่อผู้ดูแลระบบ';
