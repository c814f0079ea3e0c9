// Injected by esbuild into CommonJS bundles: what import.meta.url means in an ES module.
export const __importMetaUrl = typeof document === 'undefined' ? require('url').pathToFileURL(__filename).href : '';
