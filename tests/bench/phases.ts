// Where a render's time goes, in two efforts that can be seen apart: line layout (breaking and
// measuring the text: `PdfWriter.lines`) and drawing (everything else: the text runs, page furniture,
// and `doc.end()`, which subsets and embeds the fonts and compresses the pages; that last part is
// also shown alone). Measured by wrapping the two methods for the length of one render.
import { performance } from 'node:perf_hooks';
import PDFDocument from 'pdfkit';
import { PdfWriter } from '../../electron/documents/pdf/writer';

export interface Split {
  total: number;
  layout: number;
  /** Inside `doc.end()`: font subsets and embedding, compression, the file's structure. */
  finish: number;
}

type Method = (this: unknown, ...args: unknown[]) => unknown;

function wrap(holder: Record<string, unknown>, name: string, spent: { ms: number }): () => void {
  const original = holder[name];
  if (typeof original !== 'function') throw new Error(`phases.ts: ${name}() is gone; update the bench to the new layout code`);
  let depth = 0;
  holder[name] = function (this: unknown, ...args: unknown[]) {
    const t0 = depth++ === 0 ? performance.now() : 0;
    try {
      return (original as Method).apply(this, args);
    } finally {
      if (--depth === 0) spent.ms += performance.now() - t0;
    }
  };
  return () => {
    holder[name] = original;
  };
}

/** Runs `render` once with the two phases timed. */
export async function splitRender<T>(render: () => Promise<T>): Promise<{ split: Split; result: T }> {
  const layout = { ms: 0 };
  const finish = { ms: 0 };
  const restore = [
    wrap(PdfWriter.prototype as unknown as Record<string, unknown>, 'lines', layout),
    wrap(PDFDocument.prototype as unknown as Record<string, unknown>, 'end', finish),
  ];
  try {
    const t0 = performance.now();
    const result = await render();
    return { split: { total: performance.now() - t0, layout: layout.ms, finish: finish.ms }, result };
  } finally {
    for (const r of restore) r();
  }
}
