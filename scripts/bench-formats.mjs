// Benchmark of source conversion (docs/formats.md): `npm run build && node --expose-gc scripts/bench-formats.mjs [--runs N]`.
// Inputs are generated (scripts/make-format-fixtures.mjs): a 1 MB saved news page whose bulk is article and comment
// markup (the worst case for the article finder), a 1 MB page whose bulk is scripts/styles/JSON as on real news sites,
// a 50-page PDF report and the .docx press release. Reports the library load time (first use) and the median wall
// and CPU time of the conversion over N runs. Timings are reported here, never asserted in tests.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeLargeHtml, makeLongPdf } from './make-format-fixtures.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { convertSource } = require(join(root, 'out/src/core/formats/index.js'));
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;

function scriptHeavyPage(bytes) {
  const page = readFileSync(join(root, 'test/fixtures/formats/news-pl.html'), 'utf8');
  const state = JSON.stringify({ props: { pageProps: { items: Array.from({ length: 400 }, (_, i) => ({ id: i, title: `Wiadomość numer ${i}`, lead: 'Krótki opis wiadomości z serwisu, który ładuje się w przeglądarce.', url: `/a/${i}` })) } } });
  const head = `<script>window.__STATE__=${state};</script><style>${'.a{color:red}'.repeat(2000)}</style>`;
  const body = `${`<svg viewBox="0 0 24 24"><path d="${'M12 2L2 7l10 5 10-5-10-5z'.repeat(40)}"/></svg>`.repeat(10)}<nav>${'<a href="/x">Link</a>'.repeat(200)}</nav>`;
  // 60 % scripts, styles and JSON in the head; icons and menus at the start of the body, as saved pages have them.
  const h = head.repeat(Math.ceil((bytes * 0.6) / head.length));
  const b = body.repeat(Math.max(1, Math.ceil((bytes - page.length - h.length) / body.length)));
  return page.replace('</head>', `${h}</head>`).replace('<body class="article-page">', `<body class="article-page">${b}`);
}

async function measure(label, file, bytes) {
  const times = [];
  const cpus = [];
  let last;
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const c = process.cpuUsage();
    const t = performance.now();
    last = await convertSource(file, bytes);
    times.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpus.push((d.user + d.system) / 1000);
  }
  if (last.error) throw new Error(`${label}: ${last.error}`);
  const med = a => [...a].sort((x, y) => x - y)[a.length >> 1];
  console.log(`${label.padEnd(44)} ${(bytes.length / 1024).toFixed(0).padStart(6)} KB  first ${times[0].toFixed(0).padStart(5)} ms  median ${med(times.slice(1)).toFixed(0).padStart(5)} ms (cpu ${med(cpus.slice(1)).toFixed(0)} ms)  → ${(last.text.length / 1024).toFixed(1)} KB text`);
}

const load = async (label, spec) => {
  const t = performance.now();
  await import(spec);
  console.log(`load ${label.padEnd(39)} ${(performance.now() - t).toFixed(0).padStart(5)} ms`);
};
await load('linkedom', 'linkedom');
await load('@mozilla/readability', '@mozilla/readability');
await load('mammoth', 'mammoth');
await load('unpdf/pdfjs (pdf.js)', 'unpdf/pdfjs');

const enc = s => new TextEncoder().encode(s);
await measure('news page (fixture)', 'news.html', new Uint8Array(readFileSync(join(root, 'test/fixtures/formats/news-pl.html'))));
await measure('1 MB page: article + comments markup', 'big.html', enc(makeLargeHtml(1024 * 1024)));
await measure('1 MB page: scripts/styles/SVG + article', 'heavy.html', enc(scriptHeavyPage(1024 * 1024)));
await measure('press release .docx', 'a.docx', new Uint8Array(readFileSync(join(root, 'test/fixtures/formats/press-release.docx'))));
await measure('3-page PDF report', 'report.pdf', new Uint8Array(readFileSync(join(root, 'test/fixtures/formats/report.pdf'))));
await measure('50-page PDF report', 'long.pdf', new Uint8Array(await makeLongPdf(50)));
console.log(`(${runs} runs each; load average ${(await import('node:os')).loadavg().map(x => x.toFixed(1)).join(' ')})`);
