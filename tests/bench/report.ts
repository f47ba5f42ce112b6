// Plain-text tables that line up with Thai in them: marks above and below a letter take no column.

const ZERO_WIDTH = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u200b]/g;
const widthOf = (s: string) => s.replace(ZERO_WIDTH, '').length;

export type Cell = string | number;

/** Columns padded to their widest cell; numbers right-aligned, text left-aligned. */
export function table(headers: string[], rows: Cell[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number' || /^[\d.,×x%-]+\s*\S*$/.test(String(r[i]))));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => widthOf(r[i] ?? ''))));
  const pad = (s: string, i: number) => {
    const fill = ' '.repeat(widths[i] - widthOf(s));
    return numeric[i] ? fill + s : s + fill;
  };
  const line = (r: string[]) => `| ${r.map(pad).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (numeric[i] ? `${'-'.repeat(w + 1)}:` : `:${'-'.repeat(w + 1)}`)).join('|')}|`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}

export const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
export const ratio = (x: number): string => `${x.toFixed(1)}×`;
