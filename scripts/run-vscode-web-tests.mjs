// Run the extension's integration tests inside a real VS Code: the VS Code server + web workbench shipped in
// the `code-server` npm package, driven by headless Chromium (Debian's /usr/bin/chromium) through
// playwright-core. The tests run in VS Code's normal Node extension host, so the test code is the same as for
// @vscode/test-electron (test/integration/index.ts exports run()).
//
// The fixture workspace (test/fixtures/workspace) is copied to a temporary folder first: the tests apply quick
// fixes, write the ignore file and change settings, and the checkout must stay clean.
//
// Env knobs (all optional):
//   VSCODE_WEB_TOOLS    dir made by scripts/setup-vscode-web.sh (default: ~/.cache/vscode-web-test/cs-<ver>-node-<ver>)
//   VSCODE_WEB_SERVER   code-server's lib/vscode;  VSCODE_WEB_NODE  Node 24 binary;  CHROMIUM_PATH  browser
//   VSCODE_TEST_TIMEOUT seconds (default 1200);  VSCODE_TEST_VERBOSE=1 shows all workbench/server output
//   VSCODE_TEST_GREP    only run the integration tests whose title matches (mocha --grep)
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, appendFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { format } from 'node:util';
import { root, checkTools, startServer, launchBrowser, workbenchUrl, copyWorkspace } from './lib/vscode-web.mjs';

checkTools();
const timeoutS = Number(process.env.VSCODE_TEST_TIMEOUT ?? 1200);
const verbose = !!process.env.VSCODE_TEST_VERBOSE;
const extDev = resolve(process.env.EXT_DEV_PATH ?? root);
const extTests = resolve(process.env.EXT_TESTS_PATH ?? join(root, 'out', 'test', 'integration', 'index'));

const t0 = Date.now();
const el = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const tmp = mkdtempSync(join(tmpdir(), 'grounded-vscode-test-'));
const workspace = process.env.EXT_WORKSPACE
  ? resolve(process.env.EXT_WORKSPACE)
  : copyWorkspace(join(root, 'test', 'fixtures', 'workspace'), join(tmp, 'workspace'));
const logsDir = join(root, '.vscode-test', 'logs');
rmSync(logsDir, { recursive: true, force: true });
mkdirSync(logsDir, { recursive: true });
const consoleLog = join(logsDir, 'console.log');
const record = line => appendFileSync(consoleLog, `[${el()}] ${line}\n`);

let browser;
let srv;
let finished = false;
let summary; // the test run's "N passed, N failed" line
async function finish(code, why) {
  if (finished) return;
  finished = true;
  if (why) console.error(`[runner] ${why}`);
  try { await browser?.close(); } catch { /* closing anyway */ }
  srv?.stop(); // server + extension host + pty/agent hosts (one process group)
  try { rmSync(tmp, { recursive: true, force: true }); } catch { /* best effort */ }
  console.log(`[runner] exit code ${code} after ${el()} (logs: ${logsDir})`);
  if (summary) console.log(summary); // keep the plain "N passed, N failed" line last
  else if (code !== 0) console.log('vscode-integration: 0 passed, 1 failed'); // the run broke before mocha finished
  process.exit(code);
}
setTimeout(() => finish(1, `TIMEOUT after ${timeoutS}s`), timeoutS * 1000).unref();
process.on('SIGINT', () => finish(130));
process.on('SIGTERM', () => finish(143));
// Never leave the server or the browser behind, whatever goes wrong in this script.
process.on('uncaughtException', e => finish(1, `runner error: ${e?.stack ?? e}`));
process.on('unhandledRejection', e => finish(1, `runner error: ${e?.stack ?? e}`));

// 1. The VS Code server (plain VS Code "REH-web" server; the code-server wrapper is not needed).
try {
  srv = await startServer({
    tmp, logsDir,
    env: {
      GROUNDED_TEST_WORKSPACE: workspace,
      ...(process.stdout.isTTY ? {} : { NO_COLOR: '1' }), // no ANSI colours from mocha in CI logs
    },
    onStdout: d => { record(`[server] ${d}`); if (verbose) process.stdout.write(`[server] ${d}`); },
    onStderr: d => { record(`[server:err] ${d}`); if (verbose) process.stderr.write(`[server] ${d}`); },
  });
} catch (e) {
  await finish(1, e.message);
}
srv.server.on('exit', (c, s) => finish(1, `server exited early (code ${c}, signal ${s})`));
console.log(`[runner] VS Code server up at ${srv.endpoint.host} after ${el()}`);

// 2. Headless Chromium.
browser = await launchBrowser();
if (finished) process.exit(1);
const page = await (await browser.newContext({ viewport: { width: 1200, height: 800 } })).newPage();
page.on('pageerror', e => record(`[page error] ${e}`));
page.on('crash', () => finish(1, 'browser page crashed'));
page.on('console', m => { record(`[browser ${m.type()}] ${m.text()}`); if (verbose) console.log(`[browser ${m.type()}] ${m.text()}`); });

// The workbench forwards its log (and the extension host's console) to codeAutomationLog and
// reports the extension host's exit code (0 = run() resolved) through codeAutomationExit.
let inTests = false;
const noise = /^\[(AgentHost|AccountPolicyGate|ChatModelSelection|reconnection-grace-time|Service Worker)[^\]]*\]|^(Resolv|Creating a socket|Updating additional builtin)/;
await page.exposeFunction('codeAutomationLog', (type, args) => {
  const text = format(...args);
  record(`[${type}] ${text}`);
  if (text.includes('=== vscode-tests: start ===')) { inTests = true; return; }
  if (/^\S+: \d+ passed, \d+ failed(, \d+ skipped)?$/.test(text.trim())) { summary = text.trim(); return; } // printed last, by finish()
  if (verbose || (inTests && !noise.test(text))) (type === 'error' || type === 'warn' ? console.error : console.log)(text);
});
await page.exposeFunction('codeAutomationExit', async (code, logs) => {
  for (const { relativePath, contents } of logs ?? []) {
    const p = join(logsDir, 'workbench', relativePath);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, contents);
  }
  if (!inTests) {
    const errs = readFileSync(consoleLog, 'utf8').split('\n').filter(l => /^\[error\]/.test(l)).slice(-5);
    console.error(errs.join('\n'));
  }
  await finish(code, inTests ? undefined : 'extension host exited before the tests started (see logs)');
});

// The workbench takes a few seconds to load on an idle machine, much longer on a busy one: allow for it.
await page.goto(workbenchUrl(srv.endpoint, workspace, { extensionDevelopmentPath: extDev, extensionTestsPath: extTests }).href,
  { waitUntil: 'domcontentloaded', timeout: 300_000 });
console.log(`[runner] workbench loaded after ${el()}; running tests in the extension host`);
