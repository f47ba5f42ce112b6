import { Zip, ZipDeflate, ZipPassThrough, unzipSync } from 'fflate';
import { cellLines, gluedParts, gluedRunXml } from './runs';

// A tracker of 50,000 rows as docx objects takes gigabytes (docx builds an object per row, cell,
// paragraph and run, then one XML string of the whole body). Large tables are therefore written with
// one template row, its cells holding tokens; the rows are then spliced into word/document.xml as
// UTF-8 bytes straight into a streaming zip, a few hundred rows at a time. The template row is made by
// docx itself, so every row has exactly its cell, paragraph and run properties.

const OPEN = '\uE000';
const CLOSE = '\uE001';
/** The token standing for cell `cell` of large table `table` in its template row. */
export const cellToken = (table: number, cell: number) => `${OPEN}${table}:${cell}${CLOSE}`;

/** A large table to splice: its rows, and the text each cell shows (as the table's `cell` would write it). */
export interface SplicedTable {
  rows: string[][];
  text: (text: string, column: number) => string;
}

/** Characters XML 1.0 does not allow, and the markup characters, in the text of a run. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const escapeXml = (s: string) =>
  s.replace(XML_FORBIDDEN, '').replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));

/** The template row cut at its tokens: literal XML around each cell's text, and the run that holds it. */
interface Template {
  start: number;
  end: number;
  pieces: string[];
  /** Per cell: `<w:r><w:rPr>…</w:rPr>` of the run holding the token, to open a run for each further line. */
  runs: string[];
}

function template(xml: string, table: number, cells: number): Template {
  const first = xml.indexOf(cellToken(table, 0));
  const start = Math.max(xml.lastIndexOf('<w:tr>', first), xml.lastIndexOf('<w:tr ', first));
  const end = xml.indexOf('</w:tr>', first) + '</w:tr>'.length;
  const row = xml.slice(start, end);
  const pieces: string[] = [];
  const runs: string[] = [];
  let at = 0;
  for (let c = 0; c < cells; c++) {
    const token = row.indexOf(cellToken(table, c), at);
    pieces.push(row.slice(at, token));
    const runStart = Math.max(row.lastIndexOf('<w:r>', token), row.lastIndexOf('<w:r ', token));
    runs.push(row.slice(runStart, row.lastIndexOf('<w:t', token)));
    at = token + cellToken(table, c).length;
  }
  pieces.push(row.slice(at));
  // Each cell's runs are written whole (rowXml): the token's run is cut out of the literal XML around it.
  const opening = '<w:t xml:space="preserve">';
  for (let c = 0; c < cells; c++) {
    pieces[c] = pieces[c].slice(0, pieces[c].length - runs[c].length - opening.length);
    pieces[c + 1] = pieces[c + 1].slice('</w:t></w:r>'.length);
  }
  return { start, end, pieces, runs };
}

/** One row's XML: each cell's lines as runs, the second and later after a line break, glued spans in runs of their own, as `textRuns` writes them. */
function rowXml(t: Template, cells: string[], show: SplicedTable['text']): string {
  let out = t.pieces[0];
  cells.forEach((text, c) => {
    const glued = gluedRunXml(t.runs[c]);
    for (const [i, line] of cellLines(show(text, c)).entries()) {
      for (const [k, part] of gluedParts(line).entries()) {
        out += `${part.glued ? glued : t.runs[c]}${i > 0 && k === 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(part.text)}</w:t></w:r>`;
      }
    }
    out += t.pieces[c + 1];
  });
  return out;
}

const ROWS_PER_CHUNK = 200;

/**
 * The DOCX `docx` wrote, with each large table's template row replaced by its rows. Written through
 * a streaming zip: the body is never one string.
 */
export function spliceRows(bytes: Uint8Array, tables: SplicedTable[]): Promise<Uint8Array> {
  const parts = unzipSync(bytes);
  const xml = new TextDecoder().decode(parts['word/document.xml']);
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  return new Promise((resolve, reject) => {
    const zip = new Zip((error, chunk, final) => {
      if (error) return reject(error);
      chunks.push(chunk);
      if (final) resolve(new Uint8Array(Buffer.concat(chunks)));
    });
    for (const [name, data] of Object.entries(parts)) {
      if (name === 'word/document.xml') {
        const body = new ZipDeflate(name, { level: 6 });
        zip.add(body);
        let at = 0;
        tables.forEach(({ rows, text }, k) => {
          const t = template(xml, k, rows[0]?.length ?? 0);
          body.push(encoder.encode(xml.slice(at, t.start)));
          for (let r = 0; r < rows.length; r += ROWS_PER_CHUNK) {
            body.push(encoder.encode(rows.slice(r, r + ROWS_PER_CHUNK).map((cells) => rowXml(t, cells, text)).join('')));
          }
          at = t.end;
        });
        body.push(encoder.encode(xml.slice(at)), true);
      } else {
        // Fonts and images are compressed already; the rest is small.
        const entry = name.endsWith('.xml') || name.endsWith('.rels') ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
        zip.add(entry);
        entry.push(data, true);
      }
    }
    zip.end();
  });
}
