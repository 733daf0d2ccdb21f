// `npm start`: open VS Code with the extension loaded on a sample workspace built from data/samples
// (the sample source article, a draft with a few contradictions whose front matter names the source).
//   - desktop VS Code when its `code` command is on the PATH (extension development host), otherwise
//   - the offline VS Code server from the test setup (scripts/setup-vscode-web.sh), printing the local URL to open
//     in a browser. Stop it with Ctrl+C.
// Options: GROUNDED_SAMPLE_DIR (where the sample workspace is made; default .vscode-test/sample-workspace),
//          PORT (server port, default 8123), GROUNDED_START=web|desktop (force one).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, readdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { root, checkTools, runSetup, startServer, workbenchUrl } from './lib/vscode-web.mjs';

const sample = resolve(process.env.GROUNDED_SAMPLE_DIR ?? join(root, '.vscode-test', 'sample-workspace'));
const draft = join(sample, 'biden-putin-call.draft.md');

// 1. The sample workspace (made fresh each time from data/samples).
rmSync(sample, { recursive: true, force: true });
mkdirSync(join(sample, '.vscode'), { recursive: true });
for (const f of readdirSync(join(root, 'data', 'samples'))) cpSync(join(root, 'data', 'samples', f), join(sample, f));
writeFileSync(join(sample, '.vscode', 'settings.json'), JSON.stringify({
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'markdown.validate.enabled': false,
}, null, 2) + '\n');
console.log(`[start] sample workspace: ${sample}`);

// 2. Desktop VS Code when available.
const hasCode = process.env.GROUNDED_START !== 'web' && spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode || process.env.GROUNDED_START === 'desktop') {
  console.log('[start] opening desktop VS Code with the extension (Extension Development Host)');
  const r = spawnSync('code', ['--new-window', `--extensionDevelopmentPath=${root}`, sample, draft], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

// 3. Otherwise the offline VS Code server + any browser.
if (runSetup() !== 0) process.exit(1);
checkTools({ browser: false });
const tmp = mkdtempSync(join(tmpdir(), 'grounded-start-'));
const port = Number(process.env.PORT ?? 8123);
const srv = await startServer({ tmp, port, host: '127.0.0.1', onStderr: d => process.stderr.write(`[server] ${d}`) }).catch(e => {
  console.error(`[start] ${e.message} (is port ${port} in use? set PORT=...)`);
  process.exit(1);
});
const stop = () => { srv.stop(); rmSync(tmp, { recursive: true, force: true }); process.exit(0); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
srv.server.on('exit', () => { rmSync(tmp, { recursive: true, force: true }); process.exit(1); });
const url = workbenchUrl(srv.endpoint, sample, { extensionDevelopmentPath: root });
console.log(`\n[start] VS Code with Grounded is running. Open this URL in a browser:\n\n  ${url.href}\n`);
console.log(`[start] then open ${draft.slice(sample.length + 1)} from the Explorer. Ctrl+C stops the server.`);
