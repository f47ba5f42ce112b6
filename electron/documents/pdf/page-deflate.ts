// Page content streams compressed at zlib level 2 instead of pdfkit's 6 (THAI-DOCUMENTS.md §5:
// every Thai line carries its ActualText and TJ adjustments, about 27 KB of operators a page).
// Measured on the 40-item minutes (26 pages, 700 KB of content): level 6 took 17–20 ms of CPU and
// made 168 KB, level 2 takes 6 ms and makes 196 KB; the pages hold the same operators either way.
import { deflateSync } from 'node:zlib';

const LEVEL = 2;

/** pdfkit's PDFReference (unexported) as the page's content stream uses it. */
interface StreamRef {
  buffer: Uint8Array[];
  compress: boolean;
  data: { Filter?: string };
  end(chunk?: unknown): unknown;
  write(chunk: unknown): unknown;
}

/**
 * Compress the current page's content stream at LEVEL when pdfkit ends it. pdfkit deflates a
 * stream in `finalize` when `compress` is set; the stream is deflated here first and `compress`
 * cleared, so pdfkit writes these bytes with the same dictionary (`/Length`, `/Filter /FlateDecode`).
 * Until then the page's operators are kept as strings and turned into bytes together: pdfkit makes
 * a byte array of every write, a character at a time, and a page holds a few hundred of them (each
 * line's span). The bytes are the same (each write ends in a newline, as pdfkit's do).
 * Nothing happens for a document that does not compress.
 */
export function deflatePageFaster(doc: PDFKit.PDFDocument): void {
  const content = (doc as unknown as { page?: { content?: StreamRef } }).page?.content;
  if (!content?.compress || typeof content.end !== 'function') return;
  const { end, write } = content;
  let pending: string[] = [];
  const flush = (stream: StreamRef) => {
    if (pending.length === 0) return;
    const text = `${pending.join('\n')}\n`;
    pending = [];
    write.call(stream, Buffer.from(text, 'latin1'));
  };
  content.write = function (this: StreamRef, chunk: unknown) {
    if (typeof chunk === 'string') {
      pending.push(chunk);
      return;
    }
    flush(this);
    return write.call(this, chunk);
  };
  content.end = function (this: StreamRef, chunk?: unknown) {
    if (chunk) this.write(chunk);
    flush(this);
    if (this.buffer.length > 0 && this.compress && this.data.Filter === 'FlateDecode') {
      this.buffer = [deflateSync(Buffer.concat(this.buffer), { level: LEVEL })];
      this.compress = false;
    }
    return end.call(this);
  };
}
