// Build: bundle the extension (vscode external) and the CLI with esbuild; transpile the unit and
// integration tests file by file so mocha and the VS Code test host can load them. `tsc` type-checks.
import * as esbuild from 'esbuild';
import { readdirSync, statSync, rmSync, chmodSync, existsSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
const walk = d => existsSync(d) ? readdirSync(d).flatMap(f => statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]) : [];
rmSync('out', { recursive: true, force: true });
// pdf.js (from the `unpdf` package, 1.6 MB) is loaded lazily when a PDF source is met: kept out of both bundles
// and shipped as node_modules/unpdf (see docs/formats.md for the .vsix).
const lazyExternal = ['unpdf', 'unpdf/*'];
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: !production, minify: production, logLevel: 'warning' };
await esbuild.build({ ...common, entryPoints: ['src/extension.ts'], outfile: 'out/extension.js', external: ['vscode', ...lazyExternal] });
await esbuild.build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'out/cli.js', external: lazyExternal, banner: { js: '#!/usr/bin/env node' } });
chmodSync('out/cli.js', 0o755);
// pdf.js (loaded lazily when a PDF source is met) next to the bundles: the packaged extension has no node_modules.
// Patched: its Node polyfill assigns globalThis.navigator, which VS Code's extension host makes a getter-only trap
// ("navigator is now a global in nodejs"): the module gets a local `navigator` instead (pdf.js reads only
// platform/userAgent for browser quirks and gpu for rendering, none of which text extraction needs).
{
  let src = readFileSync('node_modules/unpdf/dist/pdfjs.mjs', 'utf8');
  const patches = [
    ['globalThis.navigator??={},globalThis.navigator.platform??="",globalThis.navigator.userAgent??="",', ''],
    ['globalThis.navigator?.gpu', 'navigator?.gpu'],
  ];
  for (const [from, to] of patches) {
    if (!src.includes(from)) throw new Error(`scripts/build.mjs: pdf.js patch target not found (unpdf changed?): ${from}`);
    src = src.replace(from, to);
  }
  writeFileSync('out/pdfjs.mjs', `const navigator = { platform: '', userAgent: '' };\n${src}`);
  cpSync('node_modules/unpdf/LICENSE', 'out/pdfjs.LICENSE.txt');
}
// Tests and the engine are transpiled one file at a time (not bundled).
await esbuild.build({
  entryPoints: [...walk('src'), ...walk('test')].filter(f => f.endsWith('.ts') && !f.endsWith('.d.ts')),
  outdir: 'out', outbase: '.', platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'warning',
});
// The transpiled engine requires its language data relative to itself (out/src/core → out/data).
cpSync('data', 'out/data', { recursive: true, filter: f => !/samples/.test(f) || statSync(f).isDirectory() || /\.(txt|md)$/.test(f) });
console.log('build ok');
