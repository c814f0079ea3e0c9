// `npm run test:vscode`: the extension-host suite in a real VS Code, downloaded by
// @vscode/test-electron. It needs access to update.code.visualstudio.com, which this
// project's CI machine does not have (the code-server suite in test/e2e covers the same
// scenarios there).
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { repoRoot } from '../helpers';

async function main(): Promise<void> {
  const root = repoRoot();
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: join(root, 'out/test/vscode/suite/index.js'),
      launchArgs: [join(root, 'test/vscode/workspace'), '--disable-extensions', '--disable-workspace-trust'],
    });
  } catch (e) {
    console.error(`The VS Code extension-host suite failed: ${(e as Error).message}`);
    process.exit(1);
  }
}

void main();
