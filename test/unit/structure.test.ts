// The layout's promises, held: the core imports no editor and no Node API, the adapters reach the
// core only through its entry, and no function of the server is longer than one screen and a half.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';
import { repoRoot } from '../helpers';

const root = repoRoot();
const sources = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
const importsOf = (file: string): string[] => [...readFileSync(join(root, file), 'utf8').matchAll(/^(?:import|export)[^;]*? from '([^']+)';/gms)].map((m) => m[1]!);

test('the core imports no editor API and nothing of Node', () => {
  for (const file of sources('core/src')) {
    for (const spec of importsOf(file)) {
      assert.ok(!/^(vscode|vscode-languageserver|vscode-languageclient)/.test(spec) && !spec.startsWith('node:'), `${file} imports ${spec}`);
    }
  }
});

test('the CLI and the server reach the core only through its entry', () => {
  for (const file of [...sources('cli/src'), ...sources('server/src')]) {
    for (const spec of importsOf(file)) assert.ok(!/core\/src/.test(spec), `${file} imports ${spec}; import from '@communique/core'`);
  }
});

test('no function in server/ is over 120 lines', () => {
  const long: string[] = [];
  for (const file of sources('server/src')) {
    const text = readFileSync(join(root, file), 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const start = sf.getLineAndCharacterOfPosition(node.getStart()).line;
        const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
        if (end - start + 1 > 120) long.push(`${relative(root, join(root, file))}:${start + 1} (${end - start + 1} lines)`);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  assert.deepEqual(long, []);
});
