import { join } from 'node:path';

export const root = new URL('../..', import.meta.url).pathname;
/** The writer process of the reliability tests (writer-process.ts). */
export const writerScript = join(root, 'tests/reliability/writer-process.ts');

/** What a writer process printed: the ids it was told were written, and its refusals. */
export function parseWriter(out: string): { acknowledged: string[]; refused: string[] } {
  const lines = out.split('\n');
  const summary = lines.find((l) => l.startsWith('refused '));
  return {
    acknowledged: lines.filter((l) => l.startsWith('ack ')).map((l) => l.slice(4)),
    refused: summary ? (JSON.parse(summary.slice(8)) as string[]) : [],
  };
}
