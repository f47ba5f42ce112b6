import type { TableBlock } from '../model';
import { breakOpportunities } from '../thai/breaks';
import { headerWords, type Measurer, wordBreaks } from './measure';

/** Points of slack on every column, so a piece measured to fit never fails on rounding. */
const SLACK = 1;
/** The width is handed out in steps of this share of the table (and 4 and 16 times it). */
const STEP = 1 / 150;
/** Rows looked at when choosing widths: evenly spread over a longer table, so a 2,000-row tracker stays quick. */
const SAMPLE_ROWS = 120;

/** A cell as the line breaker sees it: per paragraph (`\n`), its unbreakable pieces with and without trailing spaces. */
type Pieces = { body: number; full: number }[][];

/** Where a column's cells may break: as the line breaker does, also between a protected phrase's words, or at spaces only (names). */
type Breaking = 'lines' | 'words' | 'spaces';

const spaceBreaks = (para: string) => [...para.matchAll(/ (?=[^ ])/g)].map((s) => s.index + 1);

function piecesOf(text: string, m: Measurer, breaking: Breaking): Pieces {
  return text.split('\n').map((para) => {
    const at = breaking === 'spaces' ? spaceBreaks(para) : breaking === 'words' ? wordBreaks(para, m.noBreak) : breakOpportunities(para, m.noBreak);
    const cuts = [0, ...at, para.length];
    const out: { body: number; full: number }[] = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const piece = para.slice(cuts[i], cuts[i + 1]);
      if (piece) out.push({ body: m.regular(piece.trimEnd()), full: m.regular(piece) });
    }
    return out;
  });
}

/** Lines the greedy line filler makes of `cell` in `width` (as thai/layout.ts fills them, from the piece widths). */
function lineCount(cell: Pieces, width: number): number {
  let lines = 0;
  for (const para of cell) {
    lines++;
    let x = 0;
    for (const p of para) {
      if (x > 0 && x + p.body > width) {
        lines++;
        x = p.full;
      } else x += p.full;
    }
  }
  return lines;
}

/** Each cell line beyond the tallest cell of its row counts this much: row heights first, then tidy cells. */
const TIDY = 0.05;

/**
 * Column widths (in the unit of `total`, padding included) from what the columns hold:
 * - never less than the widest piece a line cannot break inside (so no word is cut between
 *   letters: THAI-DOCUMENTS.md §4; a column with `wrapPhrases` may break a protected phrase between
 *   its words) nor the widest word of the header (a header breaks only at spaces
 *   and at its `\n`); never more than the longest line;
 * - in between, the widths that make the table shortest (a row is as tall as its tallest cell), and
 *   among equally short ones the one with the fewest cell lines (a date or an agency on one line
 *   rather than three): the width is handed out step by step where it saves the most, then moved
 *   between pairs of columns while that still saves.
 * With a relative `width` on every column the fixed proportions are kept; with a `width` on some
 * columns only, those take that share of the table (a column to sign in) and the rest come from content.
 */
export function tableColumnWidths(block: TableBlock, total: number, m: Measurer, pad: number): number[] {
  const fixed = block.columns.map((c) => c.width);
  if (fixed.every((w): w is number => w !== undefined && w > 0)) {
    const sum = fixed.reduce((a, b) => a + b, 0);
    // Fixed proportions, but a header word is never cut (หมายเห|ตุ): the others lend what it lacks.
    const words = block.columns.map((c) => Math.max(0, ...headerWords(c.title).map(m.bold)) + 2 * pad + SLACK);
    return lendToHeaders(fixed.map((w) => (w / sum) * total), words);
  }
  const n = block.columns.length;
  const inner = block.columns.map((c) => Math.max(0, ...headerWords(c.title).map(m.bold)));
  const longest = block.columns.map((c) => Math.max(...c.title.split('\n').map(m.bold)));
  const breaking = block.columns.map((col): Breaking => (col.names ? 'spaces' : col.wrapPhrases ? 'words' : 'lines'));
  const source = block.widthsFrom ?? block.rows;
  // Every row counts for the narrowest and widest a column may be; only the sample's pieces are kept
  // (a 50,000-row tracker's pieces alone took a hundred megabytes).
  const every = source.length / SAMPLE_ROWS;
  const sampled = new Set(source.length <= SAMPLE_ROWS ? source.keys() : Array.from({ length: SAMPLE_ROWS }, (_, k) => Math.floor(k * every)));
  const cells: Pieces[][] = [];
  for (const [r, text] of source.entries()) {
    const row = block.columns.map((_, c) => piecesOf(text[c] ?? '', m, breaking[c]));
    if (sampled.has(r)) cells.push(row);
    row.forEach((cell, c) => {
      for (const para of cell) {
        let line = 0;
        for (const p of para) {
          inner[c] = Math.max(inner[c], p.body);
          line += p.full;
        }
        const last = para.at(-1);
        longest[c] = Math.max(longest[c], last ? line - last.full + last.body : 0);
      }
    });
  }
  const extra = 2 * pad + SLACK;
  const pinned = fixed.map((w) => (w !== undefined && w > 0 ? w * total : null));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  // A pinned column is still never narrower than its header's widest word.
  const header = block.columns.map((c, i) => Math.max(pinned[i] ?? 0, ...headerWords(c.title).map(m.bold)) + extra);
  const min = fitMinimums(inner.map((w, c) => Math.max(header[c], w + extra)), header, total);
  const max = longest.map((w, c) => (pinned[c] === null ? Math.max(w + extra, min[c]) : min[c]));
  // Names on one line where the table can give the room: their columns' floors rise towards the
  // longest name, out of what the other columns do not need for their own floors.
  const wanted = min.map((w, c) => (block.columns[c].names ? max[c] - w : 0));
  const spare = total - sum(min);
  if (sum(wanted) > 0 && spare > 0) wanted.forEach((w, c) => { min[c] += w * Math.min(1, spare / sum(wanted)); });
  // A table far too wide for the page even at its headers: every column scaled down (words will be cut).
  if (sum(min) >= total) return min.map((w) => (w / sum(min)) * total);
  if (sum(max) <= total) return max.map((w) => w + ((total - sum(max)) * w) / sum(max));

  const widths = min.slice();
  const lines = cells.map((row) => row.map((cell, c) => lineCount(cell, widths[c] - extra)));
  const counts = (c: number, width: number) => cells.map((row) => lineCount(row[c], width - extra));
  /** How much taller (positive) the table gets with column c's counts replaced (and column d's, when given). */
  const cost = (c: number, cc: number[], d = -1, dc: number[] = []) => {
    let delta = 0;
    lines.forEach((l, r) => {
      let before = 0;
      let after = 0;
      for (let i = 0; i < n; i++) {
        const v = i === c ? cc[r] : i === d ? dc[r] : l[i];
        if (l[i] > before) before = l[i];
        if (v > after) after = v;
      }
      delta += after - before + TIDY * (cc[r] - l[c] + (d >= 0 ? dc[r] - l[d] : 0));
    });
    return delta;
  };
  const unit = total * STEP;

  let room = total - sum(widths);
  while (room > 1e-6) {
    let best: { c: number; step: number; cc: number[]; ratio: number } | null = null;
    for (let c = 0; c < n; c++) {
      for (const k of [1, 4, 16]) {
        const step = Math.min(k * unit, room, max[c] - widths[c]);
        if (step <= 1e-6) break;
        const cc = counts(c, widths[c] + step);
        const ratio = -cost(c, cc) / step;
        if (ratio > 1e-9 && (!best || ratio > best.ratio)) best = { c, step, cc, ratio };
        if (step < k * unit) break;
      }
    }
    if (!best) break;
    widths[best.c] += best.step;
    room -= best.step;
    const { c, cc } = best;
    lines.forEach((l, r) => { l[c] = cc[r]; });
  }
  // What saves nothing goes to the columns in proportion to what they still lack of their longest line.
  const lack = widths.map((w, c) => max[c] - w);
  const give = Math.min(room, sum(lack));
  if (give > 0) widths.forEach((_, c) => { widths[c] += (give * lack[c]) / sum(lack); });
  room -= give;
  if (room > 1e-6) return widths.map((w) => w + (room * w) / sum(widths));
  for (const [r, l] of lines.entries()) {
    for (let c = 0; c < n; c++) l[c] = lineCount(cells[r][c], widths[c] - extra);
  }

  // Move width between pairs of columns while that makes the table shorter or tidier.
  for (let moves = 0; moves < 400; moves++) {
    let moved = false;
    for (let a = 0; a < n && !moved; a++) {
      for (let b = 0; b < n && !moved; b++) {
        if (a === b) continue;
        for (const k of [1, 4, 16]) {
          const step = Math.min(k * unit, max[a] - widths[a], widths[b] - min[b]);
          if (step <= 1e-6) break;
          const ac = counts(a, widths[a] + step);
          const bc = counts(b, widths[b] - step);
          if (cost(a, ac, b, bc) < -1e-9) {
            widths[a] += step;
            widths[b] -= step;
            lines.forEach((l, r) => { l[a] = ac[r]; l[b] = bc[r]; });
            moved = true;
            break;
          }
        }
      }
    }
    if (!moved) break;
  }
  return widths;
}

/**
 * Minimums that together fit the page. A long unbreakable piece (a person's whole name, a long agency
 * name kept as one word) can ask more than the page has; then the columns asking more than their header
 * give up width in proportion to what they ask beyond it, so a short column (a number, a date, a header
 * word) keeps its width and the long piece breaks at its own word boundaries instead.
 */
function fitMinimums(min: number[], floor: number[], total: number): number[] {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const over = sum(min) - total;
  if (over <= 0) return min;
  const slack = min.map((w, c) => w - floor[c]);
  if (sum(slack) <= over) return floor;
  return min.map((w, c) => w - (over * slack[c]) / sum(slack));
}

/** Widths where every column is at least its header's widest word, the extra taken from the others in proportion to what they have above theirs. */
function lendToHeaders(widths: number[], words: number[]): number[] {
  const lacking = widths.map((w, c) => Math.max(0, words[c] - w));
  const need = lacking.reduce((a, b) => a + b, 0);
  if (need === 0) return widths;
  const spare = widths.map((w, c) => Math.max(0, w - words[c]));
  const pool = spare.reduce((a, b) => a + b, 0);
  if (pool <= need) return widths;
  return widths.map((w, c) => (lacking[c] > 0 ? words[c] : w - (need * spare[c]) / pool));
}

