// The VS Code workbench (code-server) in headless Debian Chromium, driven with playwright-core from the tools folder (see harness.ts).
// playwright-core is not a dependency of the project (the real-client tests install it with scripts/setup-e2e.sh),
// so it is loaded at run time and typed here by the little of its API these tests use.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { playwrightFrom } from './harness';

export interface Locator {
  first(): Locator;
  locator(selector: string): Locator;
  filter(options: { hasText?: string | RegExp }): Locator;
  waitFor(options?: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number }): Promise<void>;
  allInnerTexts(): Promise<string[]>;
  count(): Promise<number>;
  click(options?: { timeout?: number; button?: 'left' | 'right' }): Promise<void>;
  hover(options?: { timeout?: number }): Promise<void>;
  isVisible(): Promise<boolean>;
  getAttribute(name: string): Promise<string | null>;
  /** Sets an input's value (as typing would, in one step). */
  fill(value: string): Promise<void>;
}
export interface Page {
  goto(url: string, options?: { timeout?: number }): Promise<unknown>;
  locator(selector: string, options?: { hasText?: string | RegExp }): Locator;
  waitForSelector(selector: string, options?: { timeout?: number; state?: 'attached' | 'visible' }): Promise<unknown>;
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  keyboard: { press(key: string): Promise<void>; type(text: string, options?: { delay?: number }): Promise<void> };
  mouse: {
    move(x: number, y: number, options?: { steps?: number }): Promise<void>;
    click(x: number, y: number): Promise<void>;
  };
  screenshot(options: { path: string }): Promise<unknown>;
  setDefaultTimeout(ms: number): void;
  waitForTimeout(ms: number): Promise<void>;
}
export interface Browser {
  newPage(options?: { viewport?: { width: number; height: number } }): Promise<Page>;
  close(): Promise<void>;
}
interface Chromium {
  launch(options: { executablePath: string; headless: boolean; args: string[]; timeout?: number }): Promise<Browser>;
}

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
/** The recipe's flags: no sandbox (root in a container), no GPU, nothing reaching for the network. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(timeoutMs: number): Promise<Browser> {
  const { chromium } = createRequire(join(playwrightFrom, 'noop.js'))('playwright-core') as { chromium: Chromium };
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: timeoutMs });
}

/** Settings of the fresh profile: no Restricted Mode (it would disable the extension), no welcome page, no prompts. */
export const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'git.openRepositoryInParentFolders': 'never',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  // Markdown wraps long lines by default; one editor line per report line keeps the DOM's lines the file's lines.
  '[markdown]': { 'editor.wordWrap': 'off' },
};

// ---- Reading the DOM. These functions run in the browser (serialised by Playwright): no closures.

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The rectangle of the first occurrence of `word` in the rendered editor lines (null when not rendered). */
export function wordRect(page: Page, word: string): Promise<Rect | null> {
  return page.evaluate((w: string) => {
    const doc = (globalThis as unknown as { document: any }).document;
    for (const line of doc.querySelectorAll('.editor-instance .view-lines .view-line')) {
      const walker = doc.createTreeWalker(line, 4 /* NodeFilter.SHOW_TEXT */);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = String(n.data).replace(/\u00a0/g, ' ');
        const i = text.indexOf(w);
        if (i < 0) continue;
        const r = doc.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + w.length);
        const b = r.getBoundingClientRect();
        return { x: b.x, y: b.y, width: b.width, height: b.height };
      }
    }
    return null;
  }, word);
}

/** The editor's rendered lines, top to bottom, with the non-breaking spaces Monaco renders turned back into spaces. */
export function editorLines(page: Page): Promise<string[]> {
  return page.evaluate((_: null) => {
    const doc = (globalThis as unknown as { document: any }).document;
    const lines = [...doc.querySelectorAll('.editor-instance .view-lines .view-line')] as any[];
    return lines
      .map((l) => ({ top: parseFloat(l.style.top) || 0, text: String(l.textContent).replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text);
  }, null);
}

/** The URIs of the documents of the editors on the page (Monaco's `data-uri`): `file:`, `vscode-remote:` or the extension's own schemes. */
export function editorUris(page: Page): Promise<string[]> {
  return page.evaluate((_: null) => {
    const doc = (globalThis as unknown as { document: any }).document;
    return [...doc.querySelectorAll('.monaco-editor[data-uri]')].map((e: any) => String(e.getAttribute('data-uri')));
  }, null);
}

/**
 * The logs the workbench itself keeps in the browser (IndexedDB `vscode-web-db`, store `vscode-logs-store`): those of
 * the web-worker extension host (`exthost/webWorker/workerexthost.log`) and of the output channels of the extensions
 * it runs. code-server's Node extension host writes its log to disk instead (user-data/logs). Paths matching `path`.
 */
export function browserLogs(page: Page, path: RegExp): Promise<{ path: string; text: string }[]> {
  return page.evaluate(async (source: string) => {
    const idb = (globalThis as unknown as { indexedDB: any }).indexedDB;
    const db: any = await new Promise((resolve, reject) => {
      const r = idb.open('vscode-web-db');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const store = db.transaction('vscode-logs-store').objectStore('vscode-logs-store');
    const request = <T>(r: any): Promise<T> =>
      new Promise((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const keys = (await request<unknown[]>(store.getAllKeys())).map(String).filter((k) => new RegExp(source).test(k));
    const out: { path: string; text: string }[] = [];
    for (const key of keys) {
      const value: any = await request(db.transaction('vscode-logs-store').objectStore('vscode-logs-store').get(key));
      out.push({ path: key, text: typeof value === 'string' ? value : new TextDecoder().decode(value) });
    }
    db.close();
    return out;
  }, path.source) as unknown as Promise<{ path: string; text: string }[]>; // Playwright awaits what the function returns
}
