// `npm start`: checks the sample report with the built-in vocabulary, then compares the sample
// translation with its original (the pair check). Both have planted mistakes, so the exit code 1
// ("findings") is the expected outcome of each; anything else (2: usage, unreadable file, invalid
// vocabulary) fails.
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const run = (args, planted) => {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  if (r.status === 0 || r.status === 1) {
    console.log(`\n(communique exited ${r.status}: ${r.status === 1 ? `findings at error level, as planted in the ${planted}` : 'clean'})\n`);
    return true;
  }
  process.exit(r.status ?? 2);
};
run(['check', 'examples/sample-report.md'], 'sample');
console.log('The pair check: the sample translation against its Vietnamese original\n');
run(['compare', 'examples/sample-original.vi.md', 'examples/sample-translation.en.md'], 'sample translation');
