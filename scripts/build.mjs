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
// The format converters' libraries (HTML: linkedom + Readability; .docx: mammoth; about 800 KB minified) are
// imported dynamically by src/core/formats when a source of that format is met. Each becomes an ES module of its
// own next to the bundles (out/lazy-<name>.mjs, as pdf.js is), imported on first use: the bundle loaded on
// activation is smaller and compiles faster. (Bundled in, they would be compiled on every activation even though
// most workspaces never read a web page or a Word file.) Only the names the converters use are exported.
const LAZY = {
  linkedom: { file: 'lazy-linkedom.mjs', contents: "export { parseHTML } from 'linkedom';" },
  '@mozilla/readability': { file: 'lazy-readability.mjs', contents: "export { Readability } from '@mozilla/readability';" },
  mammoth: { file: 'lazy-mammoth.mjs', contents: "import mammoth from 'mammoth';\nexport default mammoth;" },
};
const lazyChunks = {
  name: 'lazy-chunks',
  setup(build) {
    const filter = new RegExp(`^(?:${Object.keys(LAZY).map(k => k.replace(/[/@.]/g, '\\$&')).join('|')})$`);
    build.onResolve({ filter }, args => {
      if (args.kind !== 'dynamic-import') throw new Error(`scripts/build.mjs: ${args.path} must be imported dynamically (import()) to stay out of the bundle (${args.importer})`);
      return { path: `./${LAZY[args.path].file}`, external: true };
    });
  },
};
await esbuild.build({ ...common, entryPoints: ['src/extension.ts'], outfile: 'out/extension.js', external: ['vscode', ...lazyExternal], plugins: [lazyChunks] });
await esbuild.build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'out/cli.js', external: lazyExternal, plugins: [lazyChunks], banner: { js: '#!/usr/bin/env node' } });
for (const { file, contents } of Object.values(LAZY)) {
  // (CommonJS code inside, such as mammoth's, requires Node's built-in modules: give the module a `require`.)
  await esbuild.build({
    ...common, format: 'esm', stdin: { contents, resolveDir: process.cwd(), loader: 'js' }, outfile: `out/${file}`,
    banner: { js: "import { createRequire as __lazyCreateRequire } from 'node:module'; const require = __lazyCreateRequire(import.meta.url);" },
  });
}
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
