// Real published articles (test/real/, each with its URL and date): every error or warning is
// a real mistake of the article, recorded in REVIEW.yaml with why; and the share of mentions of
// titles, bodies, partners and citations that get a hover.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { checkText } from '../../core/src/check';
import { explain } from '../../core/src/features/explain';
import { builtinVocabulary } from '../../core/src/vocabulary';
import { repoRoot } from '../helpers';

const dir = join(repoRoot(), 'test/real');
const articles = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .sort();
const review = (parse(readFileSync(join(dir, 'REVIEW.yaml'), 'utf8')) as { findings: { file: string; rule: string; text: string }[] }).findings;

test('at least 20 real articles, English and Vietnamese, each with its URL and date', () => {
  assert.ok(articles.length >= 20, `${articles.length} articles`);
  const langs = new Set<string>();
  for (const a of articles) {
    const head = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, a), 'utf8'))?.[1] ?? '';
    const meta = parse(head) as { url?: string; date?: unknown; lang?: string };
    assert.match(String(meta.url), /^https?:\/\//, `${a}: url`);
    assert.match(String(meta.date instanceof Date ? meta.date.toISOString() : meta.date), /^20(19|2[0-5])-/, `${a}: date 2019–2025`);
    langs.add(meta.lang ?? 'en');
  }
  assert.deepEqual([...langs].sort(), ['en', 'vi']);
});

test('every error or warning on the real articles is a reviewed mistake of the article', () => {
  const vocab = builtinVocabulary();
  const unexpected: string[] = [];
  const seen = new Set<number>();
  for (const a of articles) {
    const text = readFileSync(join(dir, a), 'utf8');
    for (const f of checkText(text, vocab, { syntax: 'markdown' }).findings) {
      if (f.severity !== 'error' && f.severity !== 'warning') continue;
      const written = text.slice(f.start, f.end);
      const i = review.findIndex((r) => r.file === a && r.rule === f.ruleId && written.includes(r.text));
      if (i < 0) unexpected.push(`${a}: ${f.ruleId} “${written}” — ${f.message}`);
      else seen.add(i);
    }
  }
  assert.deepEqual(unexpected, []);
  assert.deepEqual(
    review.filter((_, i) => !seen.has(i)).map((r) => `${r.file}: ${r.rule} “${r.text}” no longer reported`),
    [],
  );
});

test('hovers on the real articles: at least 95% of titles, bodies, partners, events and citations get one that names the entity', () => {
  const vocab = builtinVocabulary();
  const v = vocab.vocabulary;
  let total = 0;
  let right = 0;
  const wrong: string[] = [];
  /** The names a correct hover must show for a mention: the entity's own, in either language. */
  const namesOf = (kind: string, id: string): string[] => {
    const pick = (l?: { en?: string; vi?: string }): string[] => [l?.en, l?.vi].filter((x): x is string => !!x);
    switch (kind) {
      case 'title':
        return pick(v.titles.get(id)?.name);
      case 'body':
        return pick(v.bodies.get(id)?.name);
      case 'country':
        return pick(v.partnerships.get(id)?.country);
      case 'event':
        return pick(v.events.get(id)?.name);
      case 'agreement':
        return [v.documents.get(id)?.number ?? '', ...pick(v.documents.get(id)?.title)];
      default:
        return [];
    }
  };
  for (const a of articles) {
    const text = readFileSync(join(dir, a), 'utf8');
    const r = checkText(text, vocab, { syntax: 'markdown' });
    for (const b of r.blocks) {
      for (const m of b.mentions) {
        if (!['title', 'body', 'country', 'event', 'agreement'].includes(m.form.kind) || m.form.role === 'short') continue;
        total++;
        const hover = explain({ start: m.start, end: m.end, mention: m, lang: b.block.lang }, vocab, r.reportDate) ?? '';
        if (namesOf(m.form.kind, m.form.id).some((n) => n && hover.includes(n)) && /\]\(https?:\/\//.test(hover)) right++;
        else wrong.push(`${a}: ${m.text} (${m.form.kind} ${m.form.id})`);
      }
      for (const c of b.citations) {
        if (c.foreign) continue;
        total++;
        const hover = explain({ start: c.start, end: c.end, citation: c, lang: b.block.lang }, vocab, r.reportDate) ?? '';
        const symbol = c.document?.symbol ?? c.symbol?.text ?? c.number?.value ?? '';
        if (symbol && hover.includes(symbol)) right++;
        else wrong.push(`${a}: citation ${text.slice(c.start, c.end)}`);
      }
    }
  }
  const share = right / total;
  console.log(
    `hovers on ${articles.length} real articles naming their entity, with a linked source: ${right}/${total} = ${share.toFixed(3)}${wrong.length ? `; not: ${wrong.slice(0, 5).join('; ')}` : ''}`,
  );
  assert.ok(total >= 50, `${total} mentions`);
  assert.ok(share >= 0.95, `hover share ${share.toFixed(3)}`);
});
