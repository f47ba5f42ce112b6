import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { testCore } from '../helpers/core';
import { exportDocument } from '../helpers/demo';
import { realPeopleMeeting } from '../helpers/real-people';

it('scratch', async () => {
  const t = await testCore();
  const { meetingId } = await realPeopleMeeting(t);
  for (const kind of ['minutes', 'signin', 'agenda'] as const) for (const f of ['pdf', 'docx'] as const) writeFileSync(`/tmp/pd/${kind}.${f}`, await exportDocument(t, meetingId, kind, f));
}, 60000);
