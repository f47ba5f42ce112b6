import { ensureRendererBuilt } from './cli-build';
import { type CommandInput, optional, withCore } from './cli-common';
import { startServer } from './server';

/** `lekha serve [--db PATH] [--port N]`: browser mode until Ctrl+C (or SIGTERM). */
export async function run(input: CommandInput): Promise<void> {
  await withCore(input, async (core) => {
    const rendererDir = await ensureRendererBuilt();
    const port = optional(input, 'port');
    const server = await startServer({ core, rendererDir, port: port ? Number(port) : 0 });
    console.log(`เลขา โหมดเบราว์เซอร์ เปิดที่ / Lekha browser mode at: ${server.url}`);
    console.log(`ฐานข้อมูล / database: ${core.dbPath}   (กด Ctrl+C เพื่อปิด)`);
    await new Promise<void>((done) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => server.close().then(done));
    });
  });
}
