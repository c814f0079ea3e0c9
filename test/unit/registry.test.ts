// The rule registry: every rule one file, one id, one page; every finding of the corpus from a
// registered rule; every rule covered by the corpus; every rule's page examples hold.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CATEGORIES, RULES, ruleById } from '@communique/core';
import { compareTexts } from '../../core/src/compare';
import { builtinVocabulary } from '../../core/src/vocabulary';
import { check, repoRoot, TODAY } from '../helpers';

const root = repoRoot();

/** The findings of a rule's example: checked alone, or — a pair rule's — compared with its page's original. */
function findingsOf(example: string, original: string | undefined): { ruleId: string }[] {
  return original === undefined ? check(example) : compareTexts(original, example, builtinVocabulary(), { today: TODAY }).findings;
}
const ruleFiles = (): string[] =>
  readdirSync(join(root, 'core/src/rules'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'support')
    .flatMap((e) => readdirSync(join(root, 'core/src/rules', e.name)).map((f) => `${e.name}/${f.replace(/\.ts$/, '')}`))
    .sort();

test('every rule file is registered under the id its path names, once, in a known category', () => {
  assert.deepEqual(RULES.map((r) => r.id).sort(), ruleFiles());
  assert.equal(new Set(RULES.map((r) => r.id)).size, RULES.length);
  for (const r of RULES) {
    assert.ok((CATEGORIES as readonly string[]).includes(r.id.split('/')[0]!), r.id);
    assert.ok(r.summary.length > 10 && r.description.length > 10, `${r.id} describes itself`);
    assert.ok(['block', 'document', 'pair'].includes(r.scope));
  }
});

test('every rule has a page with what it finds, why, wrong and right examples, and how to configure it', () => {
  for (const r of RULES) {
    const page = join(root, 'docs/rules', `${r.id}.md`);
    assert.ok(existsSync(page), `docs/rules/${r.id}.md`);
    const text = readFileSync(page, 'utf8');
    assert.match(text, new RegExp(`^# ${r.id}\\n`), `${r.id}: title`);
    assert.match(text, new RegExp(`Default severity: \\*\\*${r.defaultSeverity}\\*\\*`), `${r.id}: default severity as registered`);
    for (const h of ['## What it finds', '## Why it matters', '## Examples', '## Configure or suppress']) assert.ok(text.includes(h), `${r.id}: ${h}`);
    assert.ok(r.examples.wrong.length >= 1 && r.examples.right.length >= 1, `${r.id}: examples from its page`);
  }
  const index = readFileSync(join(root, 'docs/rules/README.md'), 'utf8');
  const listed = [...index.matchAll(/^\| \[([a-z]+\/[a-z-]+)\]\(\1\.md\) \| (\w+) \|/gm)].map((m) => [m[1], m[2]]);
  assert.deepEqual(listed.map(([id]) => id).sort(), RULES.map((r) => r.id).sort(), 'the index lists every rule');
  for (const [id, severity] of listed) assert.equal(severity, ruleById(id!)!.defaultSeverity, `${id} in the index`);
});

test('every rule has a Vietnamese page of the same shape, whose examples hold too', () => {
  for (const r of RULES) {
    const page = join(root, 'docs/rules', `${r.id}.vi.md`);
    assert.ok(existsSync(page), `docs/rules/${r.id}.vi.md`);
    const text = readFileSync(page, 'utf8');
    assert.match(text, new RegExp(`^# ${r.id}\\n`), `${r.id}.vi: title`);
    assert.match(text, new RegExp(`Mức mặc định: \\*\\*${r.defaultSeverity}\\*\\*`), `${r.id}.vi: default severity as registered`);
    for (const h of ['## Quy tắc phát hiện gì', '## Vì sao quan trọng', '## Ví dụ', '## Cấu hình hoặc tắt']) assert.ok(text.includes(h), `${r.id}.vi: ${h}`);
    const blocks = [...text.matchAll(/^```markdown (wrong|right)\n([\s\S]*?)^```$/gm)];
    assert.ok(blocks.some((b) => b[1] === 'wrong') && blocks.some((b) => b[1] === 'right'), `${r.id}.vi: examples`);
    const original = /^```markdown original\n([\s\S]*?)^```$/m.exec(text)?.[1];
    assert.equal(original !== undefined, r.scope === 'pair', `${r.id}.vi: an original exactly when it is a pair rule`);
    for (const [, kind, example] of blocks) {
      const found = findingsOf(example!, original).some((f) => f.ruleId === r.id);
      assert.equal(found, kind === 'wrong', `${r.id}.vi: ${kind} example:\n${example}`);
    }
  }
  const index = readFileSync(join(root, 'docs/rules/README.vi.md'), 'utf8');
  const listed = [...index.matchAll(/^\| \[([a-z]+\/[a-z-]+)\]\(\1\.vi\.md\)/gm)].map((m) => m[1]);
  assert.deepEqual(listed.sort(), RULES.map((r) => r.id).sort(), 'the Vietnamese index lists every rule');
});

test("each rule's wrong examples give a finding of it, its right examples none", () => {
  for (const r of RULES) {
    assert.equal(r.examples.original !== undefined, r.scope === 'pair', `${r.id}: an original exactly when it is a pair rule`);
    for (const wrong of r.examples.wrong)
      assert.ok(
        findingsOf(wrong, r.examples.original).some((f) => f.ruleId === r.id),
        `${r.id} finds its wrong example:\n${wrong}`,
      );
    for (const right of r.examples.right)
      assert.deepEqual(
        findingsOf(right, r.examples.original).filter((f) => f.ruleId === r.id),
        [],
        `${r.id} leaves its right example alone:\n${right}`,
      );
  }
});

test("the README's rule table lists every rule with its default severity", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const rows = [...readme.matchAll(/^\| \[?`([a-z]+\/[a-z-]+)`\]?(?:\([^)]*\))? \| (\w+) \|/gm)].map((m) => [m[1]!, m[2]!] as const);
  assert.deepEqual(rows.map(([id]) => id).sort(), RULES.map((r) => r.id).sort());
  for (const [id, severity] of rows) assert.equal(severity, ruleById(id)!.defaultSeverity, id);
});

/** Drafts and answer keys: the corpus and the blind sets. */
function keyedDrafts(): { text: string; rules: string[] }[] {
  const out: { text: string; rules: string[] }[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith('.key.yaml')) {
        const draft = path.replace(/\.key\.yaml$/, '.md');
        const rules = [...readFileSync(path, 'utf8').matchAll(/rule: ([a-z]+\/[a-z-]+)/g)].map((m) => m[1]!);
        out.push({ text: existsSync(draft) ? readFileSync(draft, 'utf8') : '', rules });
      }
    }
  };
  walk(join(root, 'test/corpus'));
  return out;
}

test('every finding on the corpus comes from a registered rule, and every rule is in some answer key', () => {
  const drafts = keyedDrafts();
  assert.ok(drafts.length >= 50);
  const keyed = new Set(drafts.flatMap((d) => d.rules));
  for (const r of RULES) assert.ok(keyed.has(r.id), `${r.id} has corpus coverage (an answer key names it)`);
  for (const id of keyed) assert.ok(ruleById(id), `${id} (in an answer key) is registered`);
  for (const d of drafts) for (const f of check(d.text)) assert.ok(ruleById(f.ruleId), `${f.ruleId} is registered`);
});
