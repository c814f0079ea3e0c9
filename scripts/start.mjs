// `npm start`: checks the sample report with the built-in vocabulary. The report has
// planted mistakes, so the checker's exit code 1 ("findings") is the expected outcome;
// anything else (2: usage, unreadable file, invalid vocabulary) fails.
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const r = spawnSync(process.execPath, ['dist/cli.js', 'check', 'examples/sample-report.md', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
if (r.status === 0 || r.status === 1) {
  console.log(`\n(communique exited ${r.status}: ${r.status === 1 ? 'findings at error level, as planted in the sample' : 'clean'})`);
  process.exit(0);
}
process.exit(r.status ?? 2);
