import { isLekhaError, LekhaError } from '../../../shared/errors';
import { UNREACHABLE_CODES } from '../../db/pg-errors';

const UNCHANGED = 'จึงยกเลิกทั้งหมด ฐานข้อมูลปลายทางไม่ถูกเปลี่ยนแปลง (ไม่มีตารางหรือข้อมูลของเลขาค้างอยู่) แก้ไขสาเหตุแล้วสั่ง lekha migrate-db อีกครั้งได้';

/** What PostgreSQL's refusal means, by its SQLSTATE class (22: a value it cannot take; 23: a rule of the table). */
const REFUSALS: Record<string, string> = {
  '22': 'ฐานข้อมูลปลายทางไม่รับค่าในบางแถว (เช่น อักขระ NUL หรือค่าที่เกินขอบเขตของชนิดข้อมูล)',
  '23': 'ฐานข้อมูลปลายทางไม่รับบางแถวเพราะขัดกับข้อกำหนดของตาราง',
};

/**
 * A migration that failed once the target's transaction had begun, said in Thai with the step (and
 * so the table) it stopped at. Everything it wrote was in that one transaction, which was rolled back
 * (or which PostgreSQL drops by itself when the connection goes), so the target is as it was. The one
 * exception is a connection lost during COMMIT: then no one can say whether the commit took.
 */
export function failedMigration(error: unknown, step: string): LekhaError {
  if (isLekhaError(error)) return error;
  const code = typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : '';
  const detail = error instanceof Error ? error.message : String(error);
  const lost = UNREACHABLE_CODES.has(code) || /Connection terminated|connection.*(closed|ended)/i.test(detail);
  if (lost && step === 'commit') {
    return new LekhaError('INTERNAL', `การเชื่อมต่อกับ PostgreSQL ขาดขณะบันทึกการย้ายข้อมูล (${detail}) จึงไม่ทราบว่าบันทึกสำเร็จหรือไม่ กรุณาสั่ง lekha migrate-db อีกครั้ง: ถ้าบันทึกแล้วจะแจ้งว่าฐานข้อมูลปลายทางไม่ว่าง ถ้ายังจะย้ายใหม่ทั้งหมด`);
  }
  const where = step === 'commit' ? 'บันทึกการย้ายข้อมูล' : step;
  if (lost) return new LekhaError('INTERNAL', `การเชื่อมต่อกับ PostgreSQL ขาดขณะ${where} (${detail}) PostgreSQL ยกเลิกสิ่งที่ยังไม่บันทึกเอง ${UNCHANGED}`);
  const refusal = REFUSALS[code.slice(0, 2)];
  return new LekhaError('INTERNAL', `ย้ายข้อมูลไม่สำเร็จขณะ${where}: ${refusal ? `${refusal} ` : ''}(${detail}) ${UNCHANGED}`);
}
