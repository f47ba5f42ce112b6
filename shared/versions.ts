import type { StaleRecord } from './errors';
import { localHhmm, localIsoDate } from './local-time';
import { formatThaiDateShort, formatThaiTime } from './thai';

/** `30 พ.ย. 2569 เวลา 14.05 น.`: when a record was changed, in this computer's time zone. */
export function changedWhen(at: string): string {
  return `${formatThaiDateShort(localIsoDate(at))} เวลา ${formatThaiTime(localHhmm(at))}`;
}

/**
 * The refusal of a save made on a stale copy: who changed the record and when, and what to do. The words
 * name the person so the officer can talk to them before opening the newer copy over their own draft.
 */
export function staleMessage(stale: Pick<StaleRecord, 'by' | 'at' | 'version'>): string {
  const who = stale.by ? ` ${stale.by}` : '';
  const when = stale.at ? ` เมื่อ ${changedWhen(stale.at)}` : '';
  if (stale.version === null) return `เรื่องนี้ถูกลบไปแล้ว:${who ? ` โดย${who}` : ''}${when} — บันทึกหรือลบซ้ำไม่ได้`;
  return `เรื่องนี้มีผู้แก้ไขแล้ว:${who || ' ผู้อื่น'}${when} — เปิดฉบับล่าสุดก่อนแก้ไขอีกครั้ง`;
}
