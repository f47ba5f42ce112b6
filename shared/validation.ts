import type { z } from 'zod';
import { type Args, contract, isMethod, type Method, type ParsedArgs } from './contract';
import { LekhaError, type Problem, refusal } from './errors';

/** Thai names of fields, so a refusal says which box to fix. */
const fieldLabels: Record<string, string> = {
  nameTh: 'ชื่อภาษาไทย', abbrTh: 'อักษรย่อ', firstName: 'ชื่อ', lastName: 'นามสกุล', title: 'คำนำหน้า',
  position: 'ตำแหน่ง', subject: 'เรื่อง', date: 'วันที่', startTime: 'เวลาเริ่มประชุม', endTime: 'เวลาเลิกประชุม',
  venue: 'สถานที่', number: 'ครั้งที่', yearBe: 'ปี พ.ศ.', presence: 'การเข้าประชุม', absenceReason: 'เหตุที่ไม่มาประชุม',
  substituteFor: 'ประชุมแทน', substituteForId: 'ประชุมแทน', role: 'ฐานะในที่ประชุม', section: 'หมวดวาระ',
  sectionId: 'หมวดวาระ', resolution: 'มติที่ประชุม', resolutionKind: 'ประเภทมติ', dueDate: 'กำหนดเสร็จ',
  text: 'ข้อความ', lead: 'หน่วยงานหลัก', support: 'หน่วยงานสนับสนุน', organisation: 'หน่วยงาน',
  presenterOrganisation: 'หน่วยงานที่เสนอ', presenter: 'ผู้เสนอ', person: 'บุคคล', meeting: 'การประชุม',
  attendance: 'ผู้เข้าประชุม', agendaItems: 'ระเบียบวาระ', actions: 'ข้อสั่งการ/การดำเนินการ', people: 'รายชื่อบุคคล',
  series: 'ชุดการประชุม', kind: 'ประเภท', status: 'สถานะ', format: 'รูปแบบไฟล์', version: 'รุ่นไฟล์',
};

/** `agendaItems.2.subject` → `ระเบียบวาระ ลำดับที่ 3 › เรื่อง` */
export function describeField(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (const key of path) {
    if (typeof key === 'number') parts.push(`ลำดับที่ ${key + 1}`);
    else parts.push(fieldLabels[String(key)] ?? String(key));
  }
  return parts.join(' › ');
}

/** A zod issue as a problem an officer can act on: `"ระเบียบวาระ › ลำดับที่ 3 › เรื่อง" (agendaItems.2.subject): ต้องกรอก`. */
export function zodProblems(error: z.ZodError, prefix: readonly PropertyKey[] = []): Problem[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    const field = path.map(String).join('.');
    const where = path.length ? `"${describeField(path)}" (${field}): ` : '';
    return { field, message: `${where}${issue.message}` };
  });
}

/** Every issue of a failed parse in one refusal. */
export function zodToLekhaError(error: z.ZodError): LekhaError {
  return refusal('INVALID', 'ข้อมูลไม่ถูกต้อง', zodProblems(error));
}

/** Validate a call at a transport: unknown method or bad arguments become `INVALID` with a Thai message. */
export function parseCall<M extends Method>(method: string, args: Args<M> | unknown): { method: M; args: ParsedArgs<M> } {
  if (!isMethod(method)) throw new LekhaError('INVALID', `ไม่รู้จักคำสั่ง "${method}"`);
  const parsed = contract[method].args.safeParse(args ?? {});
  if (!parsed.success) throw zodToLekhaError(parsed.error);
  return { method: method as M, args: parsed.data as ParsedArgs<M> };
}
