// Entry point that VS Code's extension host calls with --extensionTestsPath: runs the
// scenarios in order and rejects on the first failure, with every result logged.
import { scenarios } from './scenarios';

export async function run(): Promise<void> {
  let failed = 0;
  for (const [name, scenario] of scenarios) {
    const started = Date.now();
    try {
      await scenario();
      console.log(`✔ ${name} (${Date.now() - started} ms)`);
    } catch (e) {
      failed++;
      console.error(`✖ ${name}\n${(e as Error).stack ?? String(e)}`);
    }
  }
  console.log(`${scenarios.length - failed} passed, ${failed} failed`);
  if (failed > 0) throw new Error(`${failed} of ${scenarios.length} scenarios failed`);
}
