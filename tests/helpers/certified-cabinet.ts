// The real Cabinet meeting imported by the command line, certified by circulation and exported as
// PDF by the command line: what `lekha verify` is given in the tests that check it on a long meeting.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { DocumentSettingsPatch } from '../../shared/schemas/document-settings';
import { confirmAttendance, coreOnFile, tempDir } from './core';
import { realMeetingFile } from './real-meeting';

export const lekha = (args: string[]) => spawnSync(process.execPath, ['bin/lekha.mjs', ...args], { encoding: 'utf8', timeout: 120_000 });

/** The database and the certified minutes' PDF (meeting 1/2566), with the series' document settings patched first. */
export async function certifiedCabinet(documentSettings?: DocumentSettingsPatch): Promise<{ dir: string; db: string; certified: string }> {
  const dir = tempDir();
  const db = join(dir, 'lekha.db');
  const file = join(dir, 'meeting.json');
  writeFileSync(file, JSON.stringify(realMeetingFile('cabinet-style')));
  expect(lekha(['import', 'meeting', file, '--db', db]).status).toBe(0);
  const t = await coreOnFile(db, 'สุดา แก้วมณี');
  const [meeting] = await t.call('meetings.list', {});
  if (documentSettings) await t.call('series.update', { id: meeting.seriesId, documentSettings });
  await confirmAttendance(t, meeting.id);
  await t.call('minutes.circulate', { meetingId: meeting.id });
  await t.call('minutes.certify', { meetingId: meeting.id, how: 'circulation', date: '2023-03-20' });
  await t.core.close();
  const certified = join(dir, 'certified.pdf');
  expect(lekha(['export', 'minutes', '--meeting', '1/2566', '--format', 'pdf', '--out', certified, '--db', db]).stderr).toBe('');
  return { dir, db, certified };
}
