// The least any checker of a report has to do in Node: read the report and the vocabulary file,
// normalise the report (NFC), fold its case and look at each character once (here, counting word
// starts). No vocabulary parsed, no Markdown, no rules, no findings. `npm run bench` times it as a
// process, like the tools, to show how much of a wall-time budget is spent before any checking.
//   node bench/floor.cjs REPORT VOCABULARY
'use strict';
const { readFileSync } = require('node:fs');

const vocabularyBytes = readFileSync(process.argv[3]).length;
const text = readFileSync(process.argv[2], 'utf8').normalize('NFC').toLowerCase();
let words = 0;
let inWord = false;
for (let i = 0; i < text.length; i++) {
  const c = text.charCodeAt(i);
  const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c > 0x7f;
  if (letter && !inWord) words++;
  inWord = letter;
}
process.stdout.write(`${words} words; vocabulary ${vocabularyBytes} bytes\n`);
