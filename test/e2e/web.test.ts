// Real-client test of the web extension: the packaged .vsix with only its `browser` entry, in code-server's web-worker
// extension host (as on vscode.dev), the server in a web worker. The scenarios are in extensionSuite.ts.
import { extensionSuite } from './extensionSuite';

extensionSuite({ title: 'VS Code for the web (code-server, web worker extension host) with the packaged extension', prefix: 'web-', host: 'web' });
