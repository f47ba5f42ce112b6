// One writer of the reliability tests: opens the core on the database given and writes `count` people
// as fast as it can. It prints each acknowledged id on its own line the moment the core answers (so a
// process killed half-way has said exactly what it was told), then a summary line of what was refused.
import { writeSync } from 'node:fs';
import { openCore } from '../../electron/api';

const [dbPath, name, count] = process.argv.slice(2);
const core = await openCore({ dbPath, actor: name, log: () => {} });
const refused: string[] = [];
for (let i = 0; i < Number(count); i++) {
  const answer = await core.invoke('people.create', { firstName: `${name}-${i}`, position: 'ทดสอบผู้เขียนพร้อมกัน' });
  if (answer.ok) writeSync(1, `ack ${(answer.value as { id: string }).id}\n`);
  else refused.push(`${answer.error.code}: ${answer.error.message}`);
}
await core.close();
writeSync(1, `refused ${JSON.stringify(refused)}\n`);
