import { readFileSync } from 'node:fs';
import { checkText } from '../server/src/core/check';
import { buildVocabulary } from '../server/src/core/vocabulary';
import { parseReport } from '../server/src/core/text/document';
import { analyzeBlock } from '../server/src/core/analyze';
const D = '/work/main/bench/.data/';
const size = process.argv[2] ?? '10000';
const vocab = buildVocabulary([{ name: 'p', files: [{ path: 'p.yaml', text: readFileSync(`${D}vocab/pack-${size}.yaml`, 'utf8') }] }]).compiled!;
const text = readFileSync(`${D}reports/report-1mb.md`, 'utf8');
const cpu = (f: () => void): number => { const t = process.cpuUsage(); f(); const d = process.cpuUsage(t); return (d.user + d.system) / 1000; };
const t0 = process.cpuUsage();
const cold = checkText(text, vocab, { syntax: 'markdown', date: '2024-06-01' }).findings.length;
const c0 = process.cpuUsage(t0);
console.log('cold check (first call, JIT warming up):', ((c0.user + c0.system) / 1000).toFixed(1), 'ms CPU', cold, 'findings');
const runs: Record<string, number[]> = { parse: [], analyze: [], check: [] };
for (let i = 0; i < 7; i++) {
  let doc: ReturnType<typeof parseReport>;
  runs.parse!.push(cpu(() => { doc = parseReport(text, 'markdown'); }));
  runs.analyze!.push(cpu(() => { for (const b of doc.blocks) analyzeBlock(text, b, vocab); }));
  let n = 0;
  runs.check!.push(cpu(() => { n = checkText(text, vocab, { syntax: 'markdown', date: '2024-06-01' }).findings.length; }));
  if (i === 0) console.log('findings', n, 'blocks', doc!.blocks.length);
}
for (const [k, v] of Object.entries(runs)) { const first = v[0]!; v.sort((a, b) => a - b); console.log(k.padEnd(8), 'min', v[0]!.toFixed(1), 'median', v[3]!.toFixed(1), 'first', first.toFixed(1), '(ms CPU)'); }
{
  const doc = parseReport(text, 'markdown');
  let matches = 0, folded = 0, mentions = 0;
  for (const b of doc.blocks) { const a = analyzeBlock(text, b, vocab); folded += a.folded.text.length; mentions += a.mentions.length; matches += vocab.automaton.search(a.folded.text).length; }
  console.log({ matches, folded, mentions, nodes: vocab.automaton.toArrays().edge.length });
}
{
  const doc = parseReport(text, 'markdown');
  const texts = doc.blocks.map((b) => analyzeBlock(text, b, vocab).folded.text);
  for (let r = 0; r < 5; r++) console.log('search only', cpu(() => { for (const t of texts) vocab.automaton.search(t); }).toFixed(1));
  const all = texts.join(' ');
  for (let r = 0; r < 3; r++) console.log('search one string', cpu(() => { vocab.automaton.search(all); }).toFixed(1));
}
