// Build step: validates and parses the built-in pack (vocabulary/builtin/*.yaml) with the
// same loader users' packs go through, and prints it as JSON for the bundles to embed.
// Any problem fails the build with its file, line and column.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadPackFile, mergeLayers, problemToString, type LoadedFile } from '@communique/core';

const dir = process.argv[2]!;
const files: LoadedFile[] = [];
const problems = [];
/** The pack's YAML files, in subfolders too (the pack is laid out by kind), by path. */
function yamlFiles(folder: string, prefix = ''): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((f) => (statSync(join(folder, f)).isDirectory() ? yamlFiles(join(folder, f), `${prefix}${f}/`) : /\.ya?ml$/.test(f) ? [`${prefix}${f}`] : []));
}
for (const name of yamlFiles(dir)) {
  const loaded = loadPackFile({ path: `builtin/${name}`, text: readFileSync(join(dir, name), 'utf8') });
  problems.push(...loaded.problems);
  if (loaded.file) files.push(loaded.file);
}
if (problems.length === 0) problems.push(...mergeLayers([{ name: 'built-in', files }]).problems);
if (problems.length > 0) {
  process.stderr.write(`The built-in vocabulary is invalid:\n${problems.map(problemToString).join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(JSON.stringify(files.map((f) => ({ path: f.path, pack: f.pack, origins: [...f.origins] }))));
