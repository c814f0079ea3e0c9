// Virtual modules provided at build time by scripts/build.mjs (communique:builtin-pack, communique:builtin-sources,
// communique:pack-validator, communique:rules).

declare module 'communique:builtin-pack' {
  /**
   * The built-in pack, validated and parsed at build time: per file, its entries and where each
   * is defined. Read from JSON on each call (the caller keeps what it builds from it).
   */
  export default function builtinFiles(): {
    path: string;
    pack: import('../core/src/vocabulary/model').PackFile;
    origins: [string, { file: string; line: number; column: number }][];
  }[];
}

declare module 'communique:pack-validator' {
  /** vocabulary/pack.schema.json compiled by Ajv into standalone code. */
  const validate: ((data: unknown) => boolean) & { errors?: import('ajv').ErrorObject[] | null };
  export default validate;
}

declare module 'communique:rules' {
  /** The default export of every core/src/rules/<category>/<name>.ts, in path order. */
  const definitions: readonly import('../core/src/rules/rule').RuleDefinition[];
  export default definitions;
}

declare module 'communique:builtin-sources' {
  /**
   * The original YAML text of a file of the built-in pack (its path inside vocabulary/builtin/,
   * e.g. `documents.yaml`), or undefined. Read when asked (Node) or from the web bundle.
   */
  export default function builtinSource(file: string): string | undefined;
}
