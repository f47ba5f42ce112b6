import { readFileSync } from 'node:fs';
import type { ExchangeFile } from '../../shared/exchange';
import type { DocumentSettingsPatch } from '../../shared/schemas/document-settings';
import type { TestCore } from './core';

export const demoFile = (): ExchangeFile =>
  JSON.parse(readFileSync(new URL('../../resources/demo/meeting-2-2568.json', import.meta.url), 'utf8'));

/** Loads meeting 2/2568 the way `lekha demo` does; returns its id. */
export async function loadDemo(t: TestCore): Promise<string> {
  return (await t.call('exchange.importMeeting', { file: demoFile() })).meetingId;
}

export async function exportDocument(
  t: TestCore,
  meetingId: string,
  kind: 'minutes' | 'agenda' | 'signin',
  format: 'pdf' | 'docx',
  settings?: DocumentSettingsPatch,
): Promise<Uint8Array> {
  const file = await t.call('documents.export', { meetingId, kind, format, settings });
  return new Uint8Array(Buffer.from(file.base64, 'base64'));
}
