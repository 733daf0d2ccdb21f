// "Add Source from URL" / `grounded fetch`: against a local HTTP server on 127.0.0.1 only (never the internet).
import * as assert from 'assert';
import { createServer, type Server } from 'http';
import { readFileSync, mkdtempSync, existsSync, writeFileSync, rmSync } from 'fs';
import { join } from 'path';
import { tmpdir } from 'os';
import { execFile } from 'child_process';
import { promisify } from 'util';
import { fetchPage, fetchSource, parseUrl, suggestFileName } from '../../src/node/fetch';
import { fetchCommand } from '../../src/cli/fetch';
import { InputError } from '../../src/cli/read';
import { parseFrontMatter } from '../../src/core/document';

const root = join(__dirname, '../../..');
const dir = join(root, 'test/fixtures/formats');
const news = readFileSync(join(dir, 'news-pl.html'));
const newsCp1250 = readFileSync(join(dir, 'news-pl-cp1250.html'));
const report = readFileSync(join(dir, 'report.pdf'));

let server: Server;
let base = '';
const pending = new Set<NodeJS.Timeout>();

function start(): Promise<void> {
  server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const send = (type: string, body: Buffer | string, status = 200) => { res.writeHead(status, { 'content-type': type }); res.end(body); };
    switch (path) {
      case '/artykul': return send('text/html; charset=utf-8', news);
      case '/stary': res.writeHead(301, { location: '/artykul' }); return res.end();
      case '/dwa-razy': res.writeHead(302, { location: `${base}/stary` }); return res.end();
      case '/petla': res.writeHead(302, { location: '/petla' }); return res.end();
      case '/ftp': res.writeHead(302, { location: 'ftp://127.0.0.1/plik' }); return res.end();
      case '/wolno': { res.writeHead(200, { 'content-type': 'text/html' }); res.write('<html><body><p>Początek'); const t = setTimeout(() => res.end('</p></body></html>'), 3000); pending.add(t); return; }
      case '/cisza': { const t = setTimeout(() => send('text/html', '<p>za późno</p>'), 3000); pending.add(t); return; }
      case '/duzy': res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(3 * 1024 * 1024) }); return res.end(Buffer.alloc(3 * 1024 * 1024, 0x20));
      case '/duzy-bez-dlugosci': {
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 0x61);
        let n = 0;
        const write = () => { while (n < 48 && res.write(chunk)) n++; if (n >= 48) res.end(); else { n++; res.once('drain', write); } };
        res.on('error', () => undefined);
        return write();
      }
      case '/obraz.png': return send('image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      case '/cp1250': return send('text/html; charset=windows-1250', newsCp1250);
      case '/latin2': return send('text/html; charset=ISO-8859-2', Buffer.concat([Buffer.from('<html><head><title>Notka</title></head><body><article><h1>Notka</h1><p>'), Buffer.from([0xa3, 0xf3, 0x64, 0xbc]), Buffer.from(' (Lodz) to miasto w Polsce, w centrum kraju. Mieszka w nim okolo 650 tysiecy osob, a jego historia jest dluga.</p></article></body></html>')]));
      case '/klingon': return send('text/html; charset=x-klingon', '<p>nuqneH</p>');
      case '/raport.pdf': return send('application/pdf', report);
      case '/notka.txt': return send('text/plain; charset=utf-8', 'Sejm zbierze się 12 maja.\n');
      case '/pusty': return send('text/html', '');
      default: return send('text/html', '<h1>Nie ma takiej strony</h1>', 404);
    }
  });
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => {
    const a = server.address();
    base = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
    resolve();
  }));
}

const err = async (p: Promise<unknown>): Promise<string> => {
  const r = await p as { error?: string };
  assert.ok(r && typeof r.error === 'string', `expected an error, got ${JSON.stringify(r).slice(0, 200)}`);
  return r.error!;
};

suite('formats: fetching a page (local server)', function () {
  this.timeout(30000);
  suiteSetup(start);
  suiteTeardown(() => {
    for (const t of pending) clearTimeout(t);
    server.closeAllConnections();
    return new Promise<void>(r => server.close(() => r()));
  });

  test('a news page becomes a Markdown source with url, title, byline, date and fetch time in front matter', async () => {
    const r = await fetchSource(`${base}/artykul`);
    assert.ok(!('error' in r), JSON.stringify(r));
    const fm = parseFrontMatter(r.markdown);
    assert.strictEqual(fm.data?.url, `${base}/artykul`);
    assert.strictEqual(fm.data?.title, 'Radni przyjęli budżet na 2025 rok. „To budżet rozwoju”');
    assert.strictEqual(fm.data?.byline, 'Katarzyna Nowicka');
    assert.strictEqual(fm.data?.date, '2024-12-18T19:42:00+01:00');
    assert.match(String(fm.data?.fetched), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    assert.match(r.markdown, /Za uchwałą budżetową głosowało 26 radnych/);
    assert.ok(!r.markdown.includes('Marek_K') && !r.markdown.includes('Akceptuję'));
  });

  test('redirects are followed (relative and absolute) and reported; loops and non-http targets stop', async () => {
    const r = await fetchPage(`${base}/dwa-razy`);
    assert.ok(!('error' in r));
    assert.strictEqual(r.url, `${base}/artykul`);
    assert.deepStrictEqual(r.redirects, [`${base}/dwa-razy`, `${base}/stary`]);
    assert.match(await err(fetchPage(`${base}/petla`)), /too many redirects \(more than 5\)/);
    assert.match(await err(fetchPage(`${base}/stary`, { maxRedirects: 0 })), /too many redirects/);
    assert.match(await err(fetchPage(`${base}/ftp`)), /ftp: address/);
  });

  test('timeouts: no answer, and a body that never ends', async () => {
    assert.match(await err(fetchPage(`${base}/cisza`, { timeoutMs: 300 })), /did not send the page within 0\.3 s/);
    assert.match(await err(fetchPage(`${base}/wolno`, { timeoutMs: 300 })), /did not send the page within 0\.3 s/);
  });

  test('oversized pages: by Content-Length and while streaming', async () => {
    assert.match(await err(fetchPage(`${base}/duzy`, { maxBytes: 1024 * 1024 })), /too large \(3\.0 MB; the limit is 1\.0 MB\)/);
    assert.match(await err(fetchPage(`${base}/duzy-bez-dlugosci`, { maxBytes: 1024 * 1024 })), /too large \(more than 1\.0 MB\)/);
  });

  test('non-HTML content, HTTP errors, empty pages, refused connections, bad addresses', async () => {
    assert.match(await err(fetchSource(`${base}/obraz.png`)), /serves image\/png, not a web page/);
    assert.match(await err(fetchSource(`${base}/nie-ma`)), /answered 404 Not Found/);
    assert.match(await err(fetchSource(`${base}/pusty`)), /empty/);
    const closed = createServer();
    await new Promise<void>(r => closed.listen(0, '127.0.0.1', () => r()));
    const port = (closed.address() as { port: number }).port;
    await new Promise<void>(r => closed.close(() => r()));
    assert.match(await err(fetchPage(`http://127.0.0.1:${port}/`)), /refused the connection/);
    assert.match(await err(fetchPage('file:///etc/passwd')), /only http:\/\/ and https:\/\//);
    assert.match(await err(fetchPage('http://')), /not a valid web address/);
  });

  test('charsets: Windows-1250 and ISO-8859-2 from the header decode; unknown ones say so', async () => {
    const a = await fetchSource(`${base}/cp1250`);
    const b = await fetchSource(`${base}/artykul`);
    assert.ok(!('error' in a) && !('error' in b));
    const strip = (t: string) => t.replace(/^(?:url|fetched): .*$/gm, '');
    assert.strictEqual(strip(a.source.text), strip(b.source.text));
    const l = await fetchSource(`${base}/latin2`);
    assert.ok(!('error' in l), JSON.stringify(l));
    assert.match(l.markdown, /Łódź \(Lodz\) to miasto w Polsce/);
    assert.match(await err(fetchSource(`${base}/klingon`)), /encoding "x-klingon"/);
  });

  test('a PDF or plain text at an address is read too', async () => {
    const p = await fetchSource(`${base}/raport.pdf`);
    assert.ok(!('error' in p), JSON.stringify(p));
    assert.strictEqual(p.source.format, 'pdf');
    assert.match(p.markdown, /^---\ntitle: Raport roczny 2024\n[\s\S]*url: http:\/\/127\.0\.0\.1:\d+\/raport\.pdf\n/);
    const t = await fetchSource(`${base}/notka.txt`);
    assert.ok(!('error' in t));
    assert.match(t.markdown, /^---\nurl: .*\/notka\.txt\nfetched: .*\n---\n\nSejm zbierze się 12 maja\.\n$/);
  });

  test('addresses and file names', () => {
    const u = parseUrl('example.com/a');
    assert.ok(!('error' in u) && u.href === 'https://example.com/a');
    assert.strictEqual(suggestFileName('Radni przyjęli budżet na 2025 rok. „To budżet rozwoju”', 'http://x.pl/a'), 'radni-przyjeli-budzet-na-2025-rok-to-budzet-rozwoju.md');
    assert.strictEqual(suggestFileName(undefined, 'http://x.pl/wiadomosci/zolw.html'), 'zolw-html.md');
  });

  test('CLI: grounded fetch URL -o FILE writes the source, never overwrites without --force', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'grounded-fetch-'));
    try {
      const file = join(tmp, 'artykul.md');
      let stderr = '';
      const code = await fetchCommand([`${base}/artykul`, '-o', file], () => undefined, s => { stderr += s; });
      assert.strictEqual(code, 0);
      assert.match(stderr, /saved "Radni przyjęli budżet/);
      assert.match(readFileSync(file, 'utf8'), /^---\ntitle: Radni przyjęli/);
      await assert.rejects(fetchCommand([`${base}/artykul`, '-o', file], () => undefined, () => undefined), (e: Error) => e instanceof InputError && /already exists/.test(e.message));
      writeFileSync(file, 'stary');
      assert.strictEqual(await fetchCommand([`${base}/artykul`, '-o', file, '--force'], () => undefined, () => undefined), 0);
      assert.notStrictEqual(readFileSync(file, 'utf8'), 'stary');
      await assert.rejects(fetchCommand([`${base}/obraz.png`, '-o', join(tmp, 'x.md')], () => undefined, () => undefined), /image\/png/);
      assert.ok(!existsSync(join(tmp, 'x.md')));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  test('CLI bundle: `grounded fetch` and `grounded facts` on .html/.docx/.pdf sources', async function () {
    this.timeout(60000); // four Node processes on a busy 2-core machine
    const cli = join(root, 'out/cli.js');
    if (!existsSync(cli)) this.skip();
    const run = promisify(execFile);
    const tmp = mkdtempSync(join(tmpdir(), 'grounded-cli-'));
    try {
      const out = join(tmp, 'a.md');
      await run(process.execPath, [cli, 'fetch', `${base}/artykul`, '-o', out, '--timeout', '5']);
      assert.match(readFileSync(out, 'utf8'), /Rada Miasta Krakowa przyjęła/);
      const { stdout } = await run(process.execPath, [cli, 'facts', '--format', 'json', join(dir, 'news-pl.html'), join(dir, 'press-release.docx'), join(dir, 'report.pdf')]);
      const j = JSON.parse(stdout) as { sources: Array<{ file: string; language: string }> };
      assert.deepStrictEqual(j.sources.map(s => s.language), ['pl', 'pl', 'pl']);
      const bad = await run(process.execPath, [cli, 'facts', join(dir, 'scanned.pdf')]).then(() => null, (e: { code: number; stderr: string }) => e);
      assert.ok(bad && bad.code === 2 && /no text layer/.test(bad.stderr), JSON.stringify(bad));
      // A draft checked against a PDF source: the contradiction's evidence is a line of the extracted text.
      const draft = join(tmp, 'draft.md');
      writeFileSync(draft, `---\nsources:\n  - ${join(dir, 'report.pdf')}\n---\n\nPrzychody fundacji wyniosły 3,5 mln zł, w tym 1,1 mln zł z darowizn indywidualnych i 1,8 mln zł z dotacji.\n`);
      const chk = await run(process.execPath, [cli, 'check', draft]).then(() => null, (e: { code: number; stdout: string }) => e);
      assert.ok(chk && chk.code === 1, JSON.stringify(chk));
      assert.match(chk.stdout, /money-mismatch/);
      assert.match(chk.stdout, /report\.pdf:\d+: Przychody fundacji wyniosły 3,2 mln zł/);
      const noArg = await run(process.execPath, [cli, 'fetch']).then(() => null, (e: { code: number; stderr: string }) => e);
      assert.ok(noArg && noArg.code === 2 && /usage: grounded fetch/.test(noArg.stderr));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
