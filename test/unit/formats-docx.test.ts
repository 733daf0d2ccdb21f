import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { convertSource, type ConvertResult, type ConvertedSource } from '../../src/core/formats';
import { analyzeDocument } from '../../src/core/document';

const dir = join(__dirname, '../../../test/fixtures/formats');
const bytes = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const ok = (r: ConvertResult): ConvertedSource => {
  if ('error' in r) assert.fail(`unexpected error: ${r.error}`);
  return r;
};

suite('formats: .docx', function () {
  this.timeout(20000); // the first test loads mammoth: slow on a busy machine
  let doc: ConvertedSource;
  suiteSetup(async () => { doc = ok(await convertSource('press-release.docx', bytes('press-release.docx'))); });

  test('the press release keeps its title, paragraphs, list and table', () => {
    assert.strictEqual(doc.format, 'docx');
    assert.strictEqual(doc.title, 'Fundacja Czysta Wisła otwiera trzy nowe stacje pomiarowe');
    const t = doc.text;
    assert.ok(t.startsWith('---\ntitle: Fundacja Czysta Wisła otwiera trzy nowe stacje pomiarowe\n---\n\nINFORMACJA PRASOWA\n\nWarszawa, 12 marca 2025 r.\n\n# Fundacja Czysta Wisła'), t.slice(0, 200));
    assert.match(t, /\n\nOd 1 kwietnia 2025 r\. jakość wody w Wiśle będzie badana w Sandomierzu, Płocku i Toruniu\. Inwestycja kosztowała 2,4 mln zł,/);
    assert.match(t, /– Po katastrofie na Odrze w 2022 roku wiemy, że szybka informacja ratuje rzekę\./);
    assert.match(t, /\n## Co zmierzą stacje\n\n- temperaturę wody i jej zasolenie,\n- zawartość tlenu rozpuszczonego,\n- stężenie azotanów i fosforanów\.\n/);
    assert.match(t, /\n\| Stacja \| Uruchomienie \| Koszt \|\n\| --- \| --- \| --- \|\n\| Sandomierz \| 1 kwietnia 2025 \| 0,7 mln zł \|\n/);
    assert.match(t, /Kontakt dla mediów: Piotr Zając, rzecznik prasowy, tel\. 600 100 200\.\n$/);
    assert.deepStrictEqual(doc.warnings, []);
  });

  test('the engine finds its sentences and headings', () => {
    const d = analyzeDocument('press-release.docx', doc.text);
    const heads = d.paragraphs.filter(p => p.heading).map(p => d.text.slice(p.start, p.end));
    assert.ok(heads.includes('Fundacja Czysta Wisła otwiera trzy nowe stacje pomiarowe'), heads.join(' | '));
    assert.ok(heads.includes('Co zmierzą stacje'));
    assert.ok(d.sentences.some(s => d.text.slice(s.start, s.end) === 'W ubiegłym roku jej laboratorium zbadało 1250 próbek wody.'));
  });

  test('not a .docx, an old .doc, a damaged or a non-Word ZIP: clear errors', async () => {
    const notZip = await convertSource('a.docx', Buffer.from('to nie jest dokument'));
    assert.ok('error' in notZip && /not a \.docx/.test(notZip.error), JSON.stringify(notZip));
    const ole = await convertSource('a.docx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    assert.ok('error' in ole && /old Word|password/.test(ole.error));
    const real = bytes('press-release.docx');
    const damaged = await convertSource('a.docx', real.slice(0, 2000));
    assert.ok('error' in damaged && /damaged|cannot be read/.test(damaged.error), JSON.stringify(damaged));
    // A valid ZIP that is not a Word document: an empty archive (end-of-central-directory record only).
    const emptyZip = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
    const notWord = await convertSource('a.docx', emptyZip);
    assert.ok('error' in notWord, JSON.stringify(notWord));
  });
});
