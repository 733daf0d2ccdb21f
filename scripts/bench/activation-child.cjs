// Run in a fresh Node process by scripts/bench.mjs: time requiring the built extension bundle with the stub
// `vscode` module and calling activate(). Prints one JSON line. Usage: node activation-child.cjs BUNDLE [EXTENSION_DIR]
'use strict';
const { performance } = require('node:perf_hooks');
const path = require('node:path');
const stub = require('./vscode-stub.cjs');

(async () => {
  const bundle = path.resolve(process.argv[2]);
  stub.install();
  stub.setWorkspaceRoot(process.cwd());
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const c0 = cpu();
  const t0 = performance.now();
  const ext = require(bundle);
  const t1 = performance.now();
  const c1 = cpu();
  const ctx = stub.makeContext(process.argv[3] ? path.resolve(process.argv[3]) : path.dirname(path.dirname(bundle)));
  let activateError = null;
  try {
    await ext.activate(ctx);
  } catch (e) {
    activateError = String(e && e.message || e);
  }
  const t2 = performance.now();
  const c2 = cpu();
  const r = stub.registry;
  process.stdout.write(JSON.stringify({
    require_ms: t1 - t0, activate_ms: t2 - t1, total_ms: t2 - t0,
    require_cpu_ms: c1 - c0, activate_cpu_ms: c2 - c1, total_cpu_ms: c2 - c0, error: activateError,
    providers: { hover: r.hover.length, completion: r.completion.length, codeAction: r.codeAction.length, definition: r.definition.length,
      commands: r.commands.size, diagnosticCollections: r.diagnostics.length, other: r.other.map(o => o.api) },
    subscriptions: ctx.subscriptions.length,
  }) + '\n');
  for (const d of ctx.subscriptions) { try { d && d.dispose && d.dispose(); } catch { /* ignore */ } }
  if (ext.deactivate) { try { await ext.deactivate(); } catch { /* ignore */ } }
  process.exit(0);
})();
