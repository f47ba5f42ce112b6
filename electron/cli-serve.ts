import { readFileSync } from 'node:fs';
import { ensureRendererBuilt } from './cli-build';
import { CliError, type CommandInput, optional, withCore } from './cli-common';
import { plainOffLoopback, startServer } from './server';
import { isLoopback } from './server-team';

/**
 * `lekha serve [--db PATH] [--port N] [--host ADDRESS --cert FILE --key FILE] [--team]`: browser mode until
 * Ctrl+C (or SIGTERM). Team mode (officers sign in) when the host is not loopback, the database has officer
 * accounts, or `--team`; plain HTTP only on loopback.
 */
export async function run(input: CommandInput): Promise<void> {
  const certFile = optional(input, 'cert');
  const keyFile = optional(input, 'key');
  if ((certFile === undefined) !== (keyFile === undefined)) throw new CliError('ต้องระบุ --cert และ --key คู่กัน (ใบรับรองและกุญแจส่วนตัวแบบ PEM)', 2);
  let tls: { cert: Buffer; key: Buffer } | undefined;
  if (certFile && keyFile) {
    try {
      tls = { cert: readFileSync(certFile), key: readFileSync(keyFile) };
    } catch (error) {
      throw new CliError(`อ่านไฟล์ใบรับรองหรือกุญแจไม่ได้: ${(error as Error).message}`);
    }
  }
  const host = optional(input, 'host');
  // Refused before the database is opened or the interface built: nothing to undo.
  if (host && !isLoopback(host) && !tls) throw new CliError(plainOffLoopback(host));
  await withCore(input, async (core) => {
    const rendererDir = await ensureRendererBuilt();
    const port = optional(input, 'port');
    let server: Awaited<ReturnType<typeof startServer>>;
    try {
      server = await startServer({ core, rendererDir, port: port ? Number(port) : 0, host, tls, team: input.values.team === true });
    } catch (error) {
      // The refusals of startServer (plain HTTP off loopback, team mode without accounts, a bad certificate) are for the officer.
      throw new CliError((error as Error).message);
    }
    const mode = server.team ? 'โหมดทีม (เจ้าหน้าที่ต้องเข้าสู่ระบบ) / team mode, sign-in required' : 'โหมดเบราว์เซอร์ / Lekha browser mode';
    console.log(`เลขา ${mode} เปิดที่ / at: ${server.url}`);
    console.log(`ฐานข้อมูล / database: ${core.dbPath}   (กด Ctrl+C เพื่อปิด)`);
    await new Promise<void>((done) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => server.close().then(done));
    });
  });
}
