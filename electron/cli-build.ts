import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const rendererDir = fileURLToPath(new URL('../out/renderer', import.meta.url));

/** Browser mode serves the built renderer; a fresh clone has none yet, so build it once. */
export async function ensureRendererBuilt(): Promise<string> {
  if (existsSync(`${rendererDir}/index.html`)) return rendererDir;
  console.log('กำลังสร้างหน้าจอโปรแกรมครั้งแรก… / building the interface once…');
  const result = spawnSync(process.execPath, [`${root}/node_modules/electron-vite/bin/electron-vite.js`, 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(`${rendererDir}/index.html`)) {
    throw new Error('สร้างหน้าจอโปรแกรมไม่สำเร็จ (electron-vite build) ดูรายละเอียดด้านบน');
  }
  return rendererDir;
}
