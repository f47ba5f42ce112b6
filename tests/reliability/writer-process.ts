// One writer of the concurrent-writers test: opens the core on the database given, writes `count`
// people as fast as it can, and prints what was acknowledged and what was refused, as JSON.
import { openCore } from '../../electron/api';

const [dbPath, name, count] = process.argv.slice(2);
const core = await openCore({ dbPath, actor: name, log: () => {} });
const acknowledged: string[] = [];
const refused: string[] = [];
for (let i = 0; i < Number(count); i++) {
  const answer = await core.invoke('people.create', { firstName: `${name}-${i}`, position: 'ทดสอบผู้เขียนพร้อมกัน' });
  if (answer.ok) acknowledged.push((answer.value as { id: string }).id);
  else refused.push(`${answer.error.code}: ${answer.error.message}`);
}
await core.close();
process.stdout.write(JSON.stringify({ acknowledged, refused }));
