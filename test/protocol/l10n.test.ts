// The server speaks the writer's language: findings and fixes in each paragraph's language (or the
// one the settings choose), its own texts ("Fix all") in the editor's display language.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol/node';
import { open, startServer } from './lspClient';

const REPORT = [
  '---',
  'date: 2025-06-01',
  '---',
  'The Politburo passed Resolution No. 32-CT/TW on relations.',
  '',
  'Bộ Chính trị ban hành Chỉ thị số 34-NQ/TW về đối ngoại.',
  '',
].join('\n');

test('a Vietnamese paragraph gets Vietnamese findings and fixes, an English one English; a Vietnamese editor gets "Fix all" in Vietnamese', async () => {
  const server = await startServer({ locale: 'vi' });
  try {
    const uri = 'file:///l10n/report.md';
    const published = server.diagnostics(uri);
    await open(server, uri, REPORT);
    const d = (await published).diagnostics;
    assert.deepEqual(
      d.map((x) => [x.code, x.range.start.line]),
      [
        ['citation/type-mismatch', 3],
        ['citation/type-mismatch', 5],
      ],
    );
    assert.match(String(d[0]!.message), /^“Resolution” does not match 32-CT\/TW: CT is a directive \(chỉ thị\)/);
    assert.match(String(d[1]!.message), /^“Chỉ thị” không khớp với số hiệu 34-NQ\/TW: NQ là ký hiệu của nghị quyết; 34-NQ\/TW là nghị quyết năm 2023 của Bộ Chính trị/);
    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: d[1]!.range,
      context: { diagnostics: [d[1]] },
    })) as CodeAction[];
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Sửa “Chỉ thị” thành “Nghị quyết”', 'Sửa tất cả lỗi Communiqué tìm thấy'],
    );
  } finally {
    await server.stop();
  }
});

test('communique.messageLanguage writes every finding in one language', async () => {
  for (const [messageLanguage, pattern] of [
    ['en', /^“Chỉ thị” does not match 34-NQ\/TW: NQ is a resolution \(nghị quyết\)/],
    ['vi', /^“Chỉ thị” không khớp/],
  ] as const) {
    const server = await startServer({ settings: { messageLanguage } });
    try {
      const uri = `file:///l10n/${messageLanguage}.md`;
      const published = server.diagnostics(uri);
      await open(server, uri, REPORT);
      const d: Diagnostic[] = (await published).diagnostics;
      assert.match(String(d[1]!.message), pattern, messageLanguage);
      if (messageLanguage === 'vi') assert.match(String(d[0]!.message), /^“Resolution” không khớp với số hiệu 32-CT\/TW/);
    } finally {
      await server.stop();
    }
  }
});
