import * as assert from 'assert';
import { mkdtempSync, writeFileSync, copyFileSync, rmSync, utimesSync } from 'fs';
import { join } from 'path';
import { tmpdir } from 'os';
import { readSourceFile, SourceReader, isConvertedPath } from '../../src/node/sources';
import { readSource, InputError } from '../../src/cli/read';

const dir = join(__dirname, '../../../test/fixtures/formats');

suite('formats: reading source files (Node)', function () {
  this.timeout(20000);
  let tmp: string;
  setup(() => { tmp = mkdtempSync(join(tmpdir(), 'grounded-src-')); });
  teardown(() => rmSync(tmp, { recursive: true, force: true }));

  test('readSourceFile: every format, and clear errors for missing files, folders and unknown types', async () => {
    for (const f of ['news-pl.html', 'press-release.docx', 'report.pdf']) {
      const r = await readSourceFile(join(dir, f));
      assert.ok(!('error' in r), `${f}: ${JSON.stringify(r)}`);
    }
    assert.deepStrictEqual(await readSourceFile(join(tmp, 'nie-ma.pdf')), { error: 'no such file' });
    assert.deepStrictEqual(await readSourceFile(tmp), { error: 'is a directory, not a file' });
    writeFileSync(join(tmp, 'a.xlsx'), Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 0x78, 0x6c]));
    const x = await readSourceFile(join(tmp, 'a.xlsx'));
    assert.ok('error' in x && /binary/.test(x.error), JSON.stringify(x));
    writeFileSync(join(tmp, 'big.pdf'), Buffer.alloc(2048));
    const big = await readSourceFile(join(tmp, 'big.pdf'), { maxBytes: 1024 });
    assert.ok('error' in big && /too large/.test(big.error));
  });

  test('SourceReader converts a file once per version', async () => {
    const file = join(tmp, 'r.html');
    copyFileSync(join(dir, 'news-pl.html'), file);
    const reader = new SourceReader();
    const a = reader.read(file);
    const b = reader.read(file);
    const [ra, rb] = await Promise.all([a, b]);
    assert.strictEqual(ra, rb);
    writeFileSync(file, '<html><body><article><h1>Inny</h1><p>Zupełnie inny tekst artykułu o czymś innym, dość długi, by go przeczytać.</p></article></body></html>');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const rc = await reader.read(file);
    assert.ok(!('error' in rc) && /Zupełnie inny tekst/.test(rc.text));
    rmSync(file);
    assert.deepStrictEqual(await reader.read(file), { error: 'no such file' });
  });

  test('CLI readSource: text files as they are, converted files as extracted text, errors as InputError', async () => {
    writeFileSync(join(tmp, 'a.txt'), 'Zwykły tekst.');
    assert.strictEqual(await readSource(join(tmp, 'a.txt')), 'Zwykły tekst.');
    const warnings: string[] = [];
    const t = await readSource(join(dir, 'report.pdf'), w => warnings.push(w));
    assert.match(t, /^---\ntitle: Raport roczny 2024/);
    await assert.rejects(readSource(join(dir, 'scanned.pdf')), (e: Error) => e instanceof InputError && /scanned\.pdf: the PDF has no text layer/.test(e.message));
    assert.ok(isConvertedPath('A.PDF') && isConvertedPath('x.htm') && !isConvertedPath('x.md'));
  });
});
