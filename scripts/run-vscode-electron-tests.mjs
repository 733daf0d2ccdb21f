// Standard path for machines that can reach Microsoft's update server: @vscode/test-electron downloads desktop
// VS Code (cached in .vscode-test/) and runs the same tests (test/integration) on a copy of the fixture workspace.
// Headless Linux needs a display: run it under `xvfb-run -a`. VSCODE_TEST_VERSION picks the version
// (default: stable; 1.139.1 matches the offline runner), VSCODE_EXECUTABLE_PATH uses a local VS Code.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, copyWorkspace } from './lib/vscode-web.mjs';

let runTests;
try {
  ({ runTests } = await import('@vscode/test-electron'));
} catch {
  console.error('[electron] @vscode/test-electron is not installed: npm install --no-save @vscode/test-electron@2 (or use VSCODE_TEST_RUNNER=web)');
  process.exit(2);
}
const tmp = mkdtempSync(join(tmpdir(), 'grounded-vscode-test-'));
const workspace = copyWorkspace(join(root, 'test', 'fixtures', 'workspace'), join(tmp, 'workspace'));
let code = 0;
try {
  await runTests({
    version: process.env.VSCODE_TEST_VERSION ?? 'stable',
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH,
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out', 'test', 'integration', 'index'),
    extensionTestsEnv: { GROUNDED_TEST_WORKSPACE: workspace },
    launchArgs: [workspace, '--disable-extensions', '--disable-gpu', '--disable-workspace-trust', '--user-data-dir', join(tmp, 'user-data')],
  });
} catch (err) {
  console.error('[electron] tests failed:', err?.message ?? err);
  code = 1;
}
rmSync(tmp, { recursive: true, force: true });
process.exit(code);
