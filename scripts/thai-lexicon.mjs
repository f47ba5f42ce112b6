#!/usr/bin/env node
// Rebuilds resources/thai/lexicon-th.txt (resources/thai/LEXICON.md says where the words come from):
//   npm pack wordcut@0.9.1 && tar xzf wordcut-0.9.1.tgz
//   node scripts/thai-lexicon.mjs package/data
// Takes every tdict-*.txt of that folder plus resources/thai/lexicon-extra.txt, keeps words made of
// Thai letters, vowels and marks only (the dotted abbreviations are left to the line-break rules),
// and writes them distinct, in code-unit order, one per line: the order the lexicon's prefix
// search needs, so the app reads the file without sorting it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: node scripts/thai-lexicon.mjs <wordcut package>/data');
const thai = fileURLToPath(new URL('../resources/thai/', import.meta.url));
const sources = [
  ...readdirSync(dataDir).filter((f) => /^tdict-.*\.txt$/.test(f)).sort().map((f) => join(dataDir, f)),
  join(thai, 'lexicon-extra.txt'),
];
const words = new Set();
for (const file of sources) {
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const word = line.replace(/#.*/, '').trim();
    if (/^[\u0e01-\u0e3a\u0e40-\u0e4e]+$/.test(word)) words.add(word);
  }
}
const sorted = [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync(join(thai, 'lexicon-th.txt'), `${sorted.join('\n')}\n`);
console.log(`${sorted.length} words from ${sources.length} files`);
