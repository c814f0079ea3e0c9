// Provided at build time by scripts/build.mjs: the YAML files of vocabulary/builtin/.
declare module 'communique:builtin-pack' {
  const files: { path: string; text: string }[];
  export default files;
}
