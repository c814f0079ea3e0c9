// Real-client test of the desktop extension: the packaged .vsix in code-server's Node extension host, the server as
// a Node process. The scenarios are in extensionSuite.ts (shared with web.test.ts).
import { extensionSuite } from './extensionSuite';

extensionSuite({ title: 'VS Code (code-server) with the packaged extension', prefix: 'vscode-', host: 'desktop' });
