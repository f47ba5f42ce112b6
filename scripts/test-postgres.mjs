// The PostgreSQL half of the test matrix (issue 15): the integration suite once more, each test on a
// database of its own on the server LEKHA_TEST_PG_URL names (.ci/run starts one and sets it). Without a
// server it says so and passes, so `npm test` still runs on a machine with nothing installed.
import { spawnSync } from 'node:child_process';

if (!process.env.LEKHA_TEST_PG_URL?.trim()) {
  console.log('test:pg: LEKHA_TEST_PG_URL is not set, so the integration suite did not run on PostgreSQL (see the README, "PostgreSQL")');
  process.exit(0);
}
const vitest = new URL('../node_modules/vitest/vitest.mjs', import.meta.url).pathname;
const run = spawnSync(process.execPath, [vitest, 'run', 'tests/integration', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, LEKHA_TEST_ENGINE: 'postgres' },
});
process.exit(run.status ?? 1);
