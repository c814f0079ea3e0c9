// The built-in pack's original YAML, for Go to Definition on a built-in entry
// (`communique-vocabulary:/builtin/<file>`): on the desktop read from vocabulary/builtin/ of
// the package when asked, on the web from the worker bundle (communique:builtin-sources).

import builtinSource from 'communique:builtin-sources';
import { BUILTIN_SCHEME } from './protocol';

const PREFIX = `${BUILTIN_SCHEME}:/builtin/`;

export function isBuiltinUri(uri: string): boolean {
  return uri.startsWith(`${BUILTIN_SCHEME}:`);
}

/** The URI of a built-in file as origins name it (`builtin/documents.yaml`). */
export function builtinUri(file: string): string {
  return `${BUILTIN_SCHEME}:/${file}`;
}

/** The text of `communique-vocabulary:/builtin/<file>`, or undefined (another scheme, no such file, a path that leaves the folder). */
export function builtinText(uri: string): string | undefined {
  let file: string;
  try {
    file = decodeURIComponent(uri.startsWith(PREFIX) ? uri.slice(PREFIX.length) : uri.startsWith(`${BUILTIN_SCHEME}:///builtin/`) ? uri.slice(PREFIX.length + 2) : '');
  } catch {
    return undefined;
  }
  if (!/^[\w-]+(\/[\w-]+)*\.ya?ml$/.test(file)) return undefined;
  return builtinSource(file);
}
