import { z } from 'zod';
import { id, isoDate, optionalText, requiredText } from './schemas/common';
import { base64, conferencingSystem, identityMethod, localDateTime, sha256 } from './schemas/evidence';

// The electronic-meeting evidence of a meeting in the exchange format (พ.ร.ก.ว่าด้วยการประชุมผ่านสื่ออิเล็กทรอนิกส์
// พ.ศ. 2563 ม.8, ม.9; migration 0080): identity checks, participant reports with their rows, the recording's
// reference and what was sent. Attendees are named as in `attendance` (by person); files that Lekha keeps
// (reports, frozen invitations and papers) travel as base64 and are checked against their SHA-256 on import.

const personRef = z.string().min(1, { error: 'ต้องระบุชื่อบุคคล' });
const fileName = requiredText(255);

export const exchangeEvidence = z.object({
  identity: z.array(z.object({
    person: personRef,
    method: identityMethod,
    vouchedBy: personRef.nullable().default(null),
    checkedAt: localDateTime,
  })).default([]),
  reports: z.array(z.object({
    system: conferencingSystem,
    fileName,
    size: z.number().int().min(0),
    sha256,
    importedAt: z.string().min(1),
    importedBy: optionalText(200).default(''),
    base64: base64.max(14_000_000),
    rows: z.array(z.object({
      line: z.number().int().min(0),
      displayName: optionalText(500).default(''),
      email: optionalText(320).default(''),
      joinedAt: localDateTime.nullable().default(null),
      leftAt: localDateTime.nullable().default(null),
      /** The attendee the row was matched to, by name as in `attendance`; null with `ignored` or unmatched. */
      person: personRef.nullable().default(null),
      matchedBy: z.enum(['email', 'name', 'hand', 'ignored']).nullable().default(null),
    })).default([]),
  })).default([]),
  recording: z.object({
    fileName,
    durationSeconds: z.number().int().min(0),
    sha256,
    location: requiredText(500),
    trafficLocation: optionalText(500).default(''),
    recordedAt: z.string().min(1),
  }).nullable().default(null),
  sent: z.array(z.object({
    kind: z.enum(['invitation', 'enclosure', 'paper']),
    fileName,
    size: z.number().int().min(0),
    sha256,
    /** The file as sent, when Lekha kept it; only its SHA-256 otherwise. */
    base64: base64.max(100_000_000).nullable().default(null),
    /** The agenda item (its `id` in this file) a paper belongs to. */
    agendaItemId: id.nullable().default(null),
    sentOn: isoDate,
    channel: optionalText(200).default(''),
    recordedAt: z.string().min(1),
  })).default([]),
});
export type ExchangeEvidence = z.infer<typeof exchangeEvidence>;
