// Browser mode's cost over the core (issue 11, point 6): the same contract calls in-process and
// through `lekha serve`'s HTTP server (electron/server.ts) on the twenty-year set, taking turns in
// one run, with the answer's size and the share spent turning it into JSON. Prints; asserts nothing.
//   node --import tsx tests/bench/transport/run.ts   (TRANSPORT_DB names the data set, a COPY)
import { mkdtempSync } from 'node:fs';
import { request, Agent } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../../../electron/api';
import { openDatabase } from '../../../electron/db/open';
import { startServer } from '../../../electron/server';
import { API_INVOKE_PATH, TOKEN_HEADER } from '../../../shared/bridge';
import { ms, table } from '../report';
import { median, timeInterleaved } from '../timing';

const dbPath = process.env.TRANSPORT_DB ?? '/tmp/lekha-scale-20y.db';
const ROUNDS = Number(process.env.TRANSPORT_RUNS ?? 30);
const loadNow = () => loadavg().map((x) => x.toFixed(1)).join(' ');

console.log(`\nContract calls in-process and over HTTP (browser mode), load average ${loadNow()} at the start\n  data set: ${dbPath}\n`);
const core = await openCore({ dbPath, actor: 'bench', log: (e) => console.error('[bench]', e) });
const server = await startServer({ core, rendererDir: mkdtempSync(join(tmpdir(), 'lekha-bench-renderer-')) });
// Keep-alive, as a browser does: the connection is opened once.
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function overHttp(method: string, args: unknown, parse = true): Promise<{ bytes: number }> {
  const body = JSON.stringify(args);
  return new Promise((done, fail) => {
    const req = request({
      agent, host: '127.0.0.1', port: server.port, method: 'POST', path: `${API_INVOKE_PATH}${encodeURIComponent(method)}`,
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: server.token, Host: `127.0.0.1:${server.port}`, 'Content-Length': Buffer.byteLength(body) },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        if (!parse) return done({ bytes: bytes.length });
        // The browser decodes and parses the answer too.
        const text = bytes.toString('utf8');
        if (!(JSON.parse(text) as { ok: boolean }).ok) fail(new Error(`${method}: ${text.slice(0, 300)}`));
        else done({ bytes: bytes.length });
      });
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end(body);
  });
}

async function inCore(method: string, args: unknown) {
  const r = await core.invoke(method, args);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r;
}

// The agency with the most directives: the largest page an officer filters to.
const { sqlite, close: closeRaw } = openDatabase(dbPath);
const largest = sqlite.prepare(`SELECT o.id, o.abbr_th AS abbr FROM action_owners a JOIN organisations o ON o.id = a.organisation_id
  GROUP BY o.id ORDER BY count(*) DESC LIMIT 1`).get() as { id: string; abbr: string } | undefined;
await closeRaw();
const calls: [string, string, unknown][] = [
  ['actions.list, first page of 200 by due', 'actions.list', { sort: 'due', direction: 'asc', limit: 200, offset: 0 }],
  ['actions.list, overdue', 'actions.list', { overdue: true, sort: 'due', direction: 'asc', limit: 200, offset: 0 }],
  ...(largest ? [[`actions.list, ${largest.abbr}`, 'actions.list', { organisationId: largest.id, sort: 'due', direction: 'asc', limit: 200, offset: 0 }] as [string, string, unknown]] : []),
  ['meetings.list', 'meetings.list', {}],
];

// CPU time of this process beside the wall clock: server and client both run here, and on a shared
// machine the wall clock counts other people's work too.
const cpu = new Map<string, number[]>();
const withCpu = (name: string, fn: () => Promise<unknown>) => async () => {
  const c0 = process.cpuUsage();
  const result = await fn();
  const c = process.cpuUsage(c0);
  cpu.set(name, [...(cpu.get(name) ?? []), (c.user + c.system) / 1000]);
  return result;
};
const tasks = calls.flatMap(([label, method, args]) => [
  { name: `core ${label}`, fn: withCpu(`core ${label}`, () => inCore(method, args)), runs: ROUNDS, warmup: 2 },
  { name: `json ${label}`, fn: withCpu(`json ${label}`, async () => JSON.stringify(await inCore(method, args))), runs: ROUNDS, warmup: 2 },
  { name: `http ${label}`, fn: withCpu(`http ${label}`, () => overHttp(method, args)), runs: ROUNDS, warmup: 2 },
  { name: `bytes ${label}`, fn: withCpu(`bytes ${label}`, () => overHttp(method, args, false)), runs: ROUNDS, warmup: 2 },
]);
const timed = await timeInterleaved<unknown>(tasks, ROUNDS);
const cpuOf = (name: string) => median(cpu.get(name)!.slice(-ROUNDS));
const rows = calls.map(([label]) => {
  const [c, j, h] = ['core', 'json', 'http'].map((k) => timed.get(`${k} ${label}`)!);
  const bytes = (h.result as { bytes: number }).bytes;
  return [
    label, `${(bytes / 1024).toFixed(0)} KB`, ms(c.median), ms(j.median), ms(h.median), ms(h.median - c.median),
    ms(cpuOf(`core ${label}`)), ms(cpuOf(`json ${label}`)), ms(cpuOf(`bytes ${label}`)), ms(cpuOf(`http ${label}`)),
  ];
});
console.log(table(['call', 'answer', 'core ms', 'core + JSON ms', 'HTTP ms', 'HTTP − core', 'core CPU', 'core + JSON CPU', 'HTTP, bytes only CPU', 'HTTP CPU'], rows));
console.log(`\n  medians of ${ROUNDS} runs each, taking turns. core: core.invoke in this process. core + JSON: the same and the answer`);
console.log('  made JSON. HTTP: the same call through the browser-mode server started in this process, over one keep-alive');
console.log('  connection, the answer read and parsed as a browser does (CPU: both ends); bytes only: the answer received, not decoded');
console.log(`  nor parsed (the server's part and the socket's). Load average at the end: ${loadNow()}`);
agent.destroy();
await server.close();
await core.close();
