// Real-client test of the Vietnamese localisation, for both hosts (the desktop extension in code-server's Node
// extension host, the web extension in its web-worker extension host): code-server started with `--locale vi` and the
// fixture language pack test/e2e/language-pack-vi/ (VS Code takes a display language only when a pack for it is
// installed; the pack translates the Problems panel's title, the rest of the workbench stays English). The workbench
// then runs in Vietnamese and tells its extension hosts so: the command palette shows the manifest's titles from
// package.nls.vi.json, the extension's notifications come from l10n/bundle.l10n.vi.json, and the language server,
// which writes each finding in its paragraph's language, gives a Vietnamese report Vietnamese messages and quick fixes.
// Every assertion reads the workbench's DOM (and the file once saved). One code-server session per host (see
// CodeServerSession in extensionSuite.ts). Screenshots of each scenario are kept, on success too:
// .test-artifacts/e2e/vi-<host>-<scenario>.png (a failure's: vi-<host>-<scenario>-failed.png).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import { CodeServerSession, editorShowsLine, saveAndRead, WAIT_MS } from './extensionSuite';
import { artifactsDir, root, waitFor } from './harness';
import type { Page } from './workbench';

// 1-based line numbers of the report, used with Go to Line.
const REPORT_LINES = [
  '---', //                                                        1
  'lang: vi', //                                                   2
  'date: 2025-06-01', //                                           3
  '---', //                                                        4
  '', //                                                           5
  '# Ghi chú về công tác đối ngoại', //                            6
  '', //                                                           7
  'Bộ Chính trị ban hành Chỉ thị số 34-NQ/TW về đối ngoại.', //    8   citation/type-mismatch (error), from column 23
  '', //                                                           9
  'Bộ Chính Trị đã họp.', //                                       10  title/non-canonical (warning), from column 1
  '', //                                                           11
];

interface Command {
  command: string;
  title: string;
  category?: string;
}

/**
 * The palette's label of each contributed command the palette shows here, as the Vietnamese manifest
 * (package.nls.vi.json) gives it. Left out: the Vocabulary view's item actions, which the manifest hides from the
 * palette (`when: false`), and its Clear Filter, shown only while a filter is in force.
 */
function vietnameseCommandLabels(): { command: string; english: string; vietnamese: string }[] {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    contributes: { commands: Command[]; menus: { commandPalette: { command: string; when?: string }[] } };
  };
  const hidden = new Set(manifest.contributes.menus.commandPalette.filter((m) => m.when === 'false' || m.when === 'communique.vocabulary.filtered').map((m) => m.command));
  const en = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
  const vi = JSON.parse(readFileSync(join(root, 'package.nls.vi.json'), 'utf8')) as Record<string, string>;
  const resolve = (nls: Record<string, string>, value: string | undefined): string => {
    const key = /^%(.+)%$/.exec(value ?? '')?.[1];
    assert.ok(key && nls[key], `${value} in the manifest's strings`);
    return nls[key];
  };
  return manifest.contributes.commands
    .filter((c) => !hidden.has(c.command))
    .map((c) => ({
      command: c.command,
      english: `${resolve(en, c.category)}: ${resolve(en, c.title)}`,
      vietnamese: `${resolve(vi, c.category)}: ${resolve(vi, c.title)}`,
    }));
}

function vietnameseSuite(host: 'desktop' | 'web'): void {
  const prefix = `vi-${host}-`;
  describe(`VS Code (code-server, --locale vi) in Vietnamese, ${host} extension`, () => {
    const session = new CodeServerSession({
      prefix,
      host,
      locale: 'vi',
      files: { 'report.md': REPORT_LINES.join('\n') + '\n' },
      open: { file: 'report.md', shows: 'Bộ Chính Trị đã họp.' },
    });
    before(() => session.start(), { timeout: 30 * 60_000 });
    after(() => session.stop());

    /** A screenshot kept as an artefact, on success too. */
    const screenshot = async (p: Page, t: TestContext, slug: string): Promise<void> => {
      const path = join(artifactsDir(), `${prefix}${slug}.png`);
      await p.screenshot({ path });
      t.diagnostic(`screenshot: ${path}`);
    };

    /** A scenario: starts from a quiet workbench; on failure, a screenshot goes to .test-artifacts/e2e/. */
    const scenario = (name: string, slug: string, fn: (page: Page, t: TestContext) => Promise<void>): void => {
      test(name, { timeout: 4 * WAIT_MS }, async (t) => {
        const page = session.page;
        assert.ok(page, 'the workbench did not open');
        try {
          await page.mouse.move(5, 5);
          await page.keyboard.press('Escape');
          await page.keyboard.press('Escape');
          await fn(page, t);
        } catch (e) {
          session.failed = true;
          const shot = join(artifactsDir(), `${prefix}${slug}-failed.png`);
          await page.screenshot({ path: shot }).catch(() => undefined);
          t.diagnostic(`screenshot: ${shot}`);
          throw e;
        }
      });
    };

    /** Go to Line with a column ("8:25"): the cursor is there once the status bar says so. */
    const goTo = async (p: Page, line: number, column: number): Promise<void> => {
      await p.keyboard.press('Control+G');
      await p.locator('.quick-input-widget input').waitFor({ state: 'visible' });
      await p.keyboard.type(`${line}:${column}`);
      await p.keyboard.press('Enter');
      await p.locator('.quick-input-widget').waitFor({ state: 'hidden' });
      await waitFor(`the cursor at ${line}:${column}`, WAIT_MS, async () =>
        (await p.locator('[id="status.editor.selection"]').allInnerTexts()).join(' ').includes(`Ln ${line}, Col ${column}`),
      );
    };

    /** The Problems panel's rows, whitespace collapsed. */
    const problemRows = async (p: Page): Promise<string[]> => (await p.locator('.markers-panel .monaco-list-row').allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());

    /** Ctrl+. until the quick-fix list shows `title` (a busy workbench sometimes drops the first press). */
    const openQuickFix = async (p: Page, t: TestContext, title: string): Promise<string[]> => {
      const action = p.locator('.action-widget .monaco-list-row', { hasText: title }).first();
      await waitFor(`the quick fix ${JSON.stringify(title)} listed after Ctrl+.`, WAIT_MS, async () => {
        await p.keyboard.press('Control+.');
        try {
          await action.waitFor({ state: 'visible', timeout: 5000 });
          return true;
        } catch {
          await p.keyboard.press('Escape');
          return undefined;
        }
      });
      const listed = await p.locator('.action-widget .monaco-list-row').allInnerTexts();
      t.diagnostic(`quick fixes: ${JSON.stringify(listed)}`);
      return listed;
    };

    scenario('a. the workbench runs in Vietnamese and the command palette lists the Communiqué commands with their Vietnamese titles', 'palette', async (p, t) => {
      t.diagnostic(`startup (ms from the start of before): ${JSON.stringify(session.timings)}`);
      // What the workbench gives its extension hosts as the display language (vscode.env.language).
      const language = await p.evaluate((_: null) => (globalThis as unknown as { _VSCODE_NLS_LANGUAGE?: string })._VSCODE_NLS_LANGUAGE, null);
      t.diagnostic(`workbench language: ${JSON.stringify(language)}`);
      assert.equal(language, 'vi');

      const expected = vietnameseCommandLabels();
      await p.keyboard.press('F1');
      const input = p.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible' });
      // Each row's label, in its first line: the title as displayed. (For a translated title VS Code shows the
      // English one under it, in the row's second line, .quick-input-list-label-meta, so that both can be searched.)
      const labels = p.locator('.quick-input-list .monaco-list-row .quick-input-list-row:first-child .label-name');
      const rows = async (): Promise<string[]> => (await labels.allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
      // The palette renders only the rows in view, and Communiqué has more commands than fit: each is looked up by its own title.
      const shown: string[] = [];
      for (const c of expected) {
        await input.fill(`>${c.vietnamese}`);
        const found = await waitFor(`${JSON.stringify(c.vietnamese)} in the command palette`, WAIT_MS, async () =>
          (await rows()).includes(c.vietnamese) ? await rows() : undefined,
        );
        shown.push(c.vietnamese);
        // No command is labelled with its English title.
        assert.ok(!found.includes(c.english), `${c.command} is labelled in English: ${c.english}`);
      }
      await input.fill('>Communiqué');
      t.diagnostic(`command palette: ${JSON.stringify(await p.locator('.quick-input-list .monaco-list-row').allInnerTexts())}`);
      await screenshot(p, t, 'palette');
      assert.ok(shown.includes('Communiqué: Tải lại từ vựng'), shown.join('\n'));
      assert.ok(shown.includes('Communiqué: Kiểm tra toàn bộ không gian làm việc'), shown.join('\n'));
      assert.ok(shown.includes('Communiqué: Chèn trích dẫn…'), shown.join('\n'));
      await p.keyboard.press('Escape');
    });

    scenario(
      'b. Kiểm tra toàn bộ không gian làm việc, found in the palette by its Vietnamese title, reports in Vietnamese and opens the Problems panel',
      'check-workspace',
      async (p, t) => {
        await p.keyboard.press('F1');
        await p.locator('.quick-input-widget input').waitFor({ state: 'visible' });
        await p.keyboard.type('Kiểm tra toàn bộ');
        await p.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Communiqué: Kiểm tra toàn bộ không gian làm việc' }).first().waitFor({ state: 'visible' });
        await p.keyboard.press('Enter');
        // The notification, written with vscode.l10n.t from l10n/bundle.l10n.vi.json.
        const toast = p.locator('.notifications-toasts .notification-toast', { hasText: 'Communiqué: đã kiểm tra' }).first();
        await toast.waitFor({ state: 'visible' });
        const message = (await toast.allInnerTexts()).join(' ').replace(/\s+/g, ' ');
        t.diagnostic(`notification: ${JSON.stringify(message)}`);
        await screenshot(p, t, 'check-workspace');
        assert.match(message, /Communiqué: đã kiểm tra 1 báo cáo: 1 lỗi, 1 cảnh báo, 0 ghi chú\./);
        const button = toast.locator('.monaco-button').filter({ hasText: 'Mở bảng Sự cố' }).first();
        await button.waitFor({ state: 'visible' });
        await button.click();
        await p.locator('.markers-panel').first().waitFor({ state: 'visible' });
      },
    );

    scenario("c. the Problems panel shows the Vietnamese report's findings in Vietnamese, with their rule ids", 'problems', async (p, t) => {
      if (!(await p.locator('.markers-panel').first().isVisible())) await p.keyboard.press('Control+Shift+M');
      await p.locator('.markers-panel').first().waitFor({ state: 'visible' });
      const texts = await waitFor('both findings in the Problems panel', WAIT_MS, async () => {
        const all = await problemRows(p);
        return all.some((r) => r.includes('citation/type-mismatch')) && all.some((r) => r.includes('title/non-canonical')) ? all : undefined;
      });
      t.diagnostic(`Problems panel: ${JSON.stringify(texts)}`);
      // The panel's title comes from the language pack: the workbench's own display language is Vietnamese.
      const panelTitle = (await p.locator('.part.panel .composite.title').allInnerTexts()).join(' ');
      t.diagnostic(`panel title: ${JSON.stringify(panelTitle)}`);
      await screenshot(p, t, 'problems');
      assert.match(panelTitle, /Sự cố/i);

      const mismatch = texts.find((r) => r.includes('citation/type-mismatch'))!;
      assert.match(mismatch, /“Chỉ thị” không khớp với số hiệu 34-NQ\/TW: NQ là ký hiệu của nghị quyết; 34-NQ\/TW là nghị quyết năm 2023 của Bộ Chính trị/);
      assert.match(mismatch, /communique\W+citation\/type-mismatch/); // shown as "communique(citation/type-mismatch)"
      assert.match(mismatch, /\[Ln 8, Col 23\]/);
      const title = texts.find((r) => r.includes('title/non-canonical'))!;
      assert.match(title, /“Bộ Chính Trị” cần sửa thành “Bộ Chính trị”\./);
      assert.match(title, /communique\W+title\/non-canonical/);
      assert.match(title, /\[Ln 10, Col 1\]/);
      for (const row of [mismatch, title]) assert.doesNotMatch(row, /does not match|should be/, 'no English message');
      // The severities, as the panel's icons show them.
      assert.equal(await p.locator('.markers-panel .monaco-list-row', { hasText: 'citation/type-mismatch' }).locator('.codicon-error').count(), 1);
      assert.equal(await p.locator('.markers-panel .monaco-list-row', { hasText: 'title/non-canonical' }).locator('.codicon-warning').count(), 1);
    });

    scenario('d. Quick Fix (Ctrl+.) on the citation offers “Sửa “Chỉ thị” thành “Nghị quyết””, which corrects the document type', 'quick-fix-citation', async (p, t) => {
      await goTo(p, 8, 25); // in "Chỉ thị"
      const fix = 'Sửa “Chỉ thị” thành “Nghị quyết”';
      const listed = await openQuickFix(p, t, fix);
      await screenshot(p, t, 'quick-fix-citation');
      assert.ok(
        listed.some((l) => l.trim() === fix),
        listed.join('\n'),
      );
      await p.locator('.action-widget .monaco-list-row', { hasText: fix }).first().click();
      const fixed = 'Bộ Chính trị ban hành Nghị quyết số 34-NQ/TW về đối ngoại.';
      await editorShowsLine(p, fixed);
      await saveAndRead(p, session.openedPath, 'the corrected citation', (l) => l[7] === fixed);
      // The server checked again: the error is gone, the warning stays.
      await waitFor('the error squiggle to go', WAIT_MS, async () => (await p.locator('.squiggly-error').count()) === 0);
      assert.ok((await p.locator('.squiggly-warning').count()) > 0);
      await waitFor('the citation finding to leave the Problems panel', WAIT_MS, async () => {
        const rows = await problemRows(p);
        return !rows.some((r) => r.includes('citation/type-mismatch')) && rows.some((r) => r.includes('title/non-canonical'));
      });
    });

    scenario('e. Quick Fix (Ctrl+.) on “Bộ Chính Trị” offers “Thay bằng “Bộ Chính trị””, which writes the canonical title', 'quick-fix-title', async (p, t) => {
      await goTo(p, 10, 5); // in "Chính"
      const fix = 'Thay bằng “Bộ Chính trị”';
      const listed = await openQuickFix(p, t, fix);
      await screenshot(p, t, 'quick-fix-title');
      assert.ok(
        listed.some((l) => l.trim() === fix),
        listed.join('\n'),
      );
      await p.locator('.action-widget .monaco-list-row', { hasText: fix }).first().click();
      await editorShowsLine(p, 'Bộ Chính trị đã họp.');
      const saved = await saveAndRead(p, session.openedPath, 'the canonical title', (l) => l[9] === 'Bộ Chính trị đã họp.');
      assert.ok(!saved.join('\n').includes('Bộ Chính Trị'), saved.join('\n'));
      await waitFor('the warning squiggle to go', WAIT_MS, async () => (await p.locator('.squiggly-warning').count()) === 0);
      await waitFor('an empty Problems panel', WAIT_MS, async () => (await problemRows(p)).length === 0);
    });
  });
}

vietnameseSuite('desktop');
vietnameseSuite('web');
