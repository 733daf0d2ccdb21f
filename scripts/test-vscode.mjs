// Run the integration tests in real VS Code, choosing how:
//   VSCODE_TEST_RUNNER=electron -> @vscode/test-electron (downloads desktop VS Code from Microsoft's update server)
//   VSCODE_TEST_RUNNER=web      -> code-server's VS Code server + headless Chromium (offline: npm + Debian only)
//   unset                       -> electron if the update server's name resolves within 3 s, else web
// In web mode the tools are installed on first use (scripts/setup-vscode-web.sh, idempotent and cached).
import { lookup } from 'node:dns/promises';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
let runner = process.env.VSCODE_TEST_RUNNER;
if (!runner) {
  const reachable = await Promise.race([
    lookup('update.code.visualstudio.com').then(() => true, () => false),
    new Promise(r => setTimeout(() => r(false), 3000)),
  ]);
  runner = reachable ? 'electron' : 'web';
}
if (runner !== 'web' && runner !== 'electron') {
  console.error(`[test-vscode] VSCODE_TEST_RUNNER must be "web" or "electron", not "${runner}"`);
  process.exit(2);
}
console.log(`[test-vscode] runner: ${runner}`);
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;
if (runner === 'web') {
  const rc = run('bash', [join(here, 'setup-vscode-web.sh')]);
  if (rc !== 0) process.exit(rc);
}
process.exit(run(process.execPath, [join(here, runner === 'web' ? 'run-vscode-web-tests.mjs' : 'run-vscode-electron-tests.mjs')]));
