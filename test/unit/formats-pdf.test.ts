import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { convertSource, layoutPdf, type ConvertResult, type ConvertedSource, type PdfTextItem } from '../../src/core/formats';
import { pdfDate } from '../../src/core/formats/pdf';
import { analyzeDocument } from '../../src/core/document';
import { analyzeSource } from '../../src/core';

const dir = join(__dirname, '../../../test/fixtures/formats');
const bytes = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const ok = (r: ConvertResult): ConvertedSource => {
  if ('error' in r) assert.fail(`unexpected error: ${r.error}`);
  return r;
};
/** One text line as pdf.js reports it (x, baseline y, font size). */
const line = (str: string, y: number, size = 10, x = 50): PdfTextItem => ({ str, x, y, width: str.length * size * 0.5, size, hasEOL: true });
const page = (...items: PdfTextItem[]) => ({ items, width: 595, height: 842 });

suite('formats: .pdf', function () {
  this.timeout(20000); // the first test loads pdf.js
  let report: ConvertedSource;
  suiteSetup(async () => { report = ok(await convertSource('report.pdf', bytes('report.pdf'))); });

  test('the report gives its headings and paragraphs, page by page, with metadata', () => {
    assert.strictEqual(report.format, 'pdf');
    assert.strictEqual(report.title, 'Raport roczny 2024');
    assert.strictEqual(report.byline, 'Fundacja Czysta Wisła');
    assert.strictEqual(report.date, '2025-03-14T09:30:00Z');
    const t = report.text;
    assert.match(t, /^---\ntitle: Raport roczny 2024\nbyline: Fundacja Czysta Wisła\ndate: 2025-03-14T09:30:00Z\n---\n\n<!-- page 1 -->\n\n# Raport roczny 2024\n\n/);
    // Lines of a paragraph are joined; the paragraph ends where the next begins.
    assert.match(t, /\n\nFundacja Czysta Wisła przedstawia podsumowanie działalności w 2024 roku\. W ciągu dwunastu miesięcy wolontariusze fundacji pobrali 1250 próbek wody z 48 punktów na Wiśle i jej dopływach\.\n\n## 1\. Wyniki badań\n\n/);
    assert.match(t, /\n\nW 37 punktach jakość wody oceniono jako dobrą, w 9 jako umiarkowaną, a w 2 jako złą\. Zarząd fundacji uznał wyniki za zachęcające, ale zażądał od gmin nadrzecznych pilnej modernizacji oczyszczalni ścieków\.\n\n<!-- page 2 -->\n\n## 2\. Finanse\n\n/);
    assert.match(t, /\n\n– Każda złotówka z darowizn trafia na badania i edukację – podkreśla skarbnik fundacji Jan Wróblewski\.\n\n<!-- page 3 -->\n\n## 3\. Plany na 2025 rok\n\n/);
  });

  test('running headers and page numbers are removed', () => {
    assert.ok(!report.text.includes('Strona 1 z 3'));
    assert.ok(!report.text.includes('Fundacja Czysta Wisła · Raport roczny 2024'));
  });

  test('the engine reads it: page markers are not prose, sentences are whole', () => {
    const d = analyzeDocument('report.pdf', report.text);
    assert.ok(!d.prose.includes('page 2'));
    assert.ok(d.sentences.some(s => d.text.slice(s.start, s.end) === 'Najwyższe wartości zmierzono 14 sierpnia 2024 r. w okolicach Płocka, gdzie stężenie sięgnęło 31 mg/l.'));
    assert.ok(d.paragraphs.some(p => p.heading && d.text.slice(p.start, p.end) === '2. Finanse'));
  });

  test('facts of a PDF source have offsets into the extracted text', () => {
    const { facts } = analyzeSource('report.pdf', report.text);
    assert.ok(facts.length > 10, `${facts.length} facts`);
    for (const f of facts) assert.strictEqual(report.text.slice(f.start, f.end), f.text);
    const money = facts.find(f => f.kind === 'money' && f.text === '2,9 mln zł');
    assert.ok(money, facts.map(f => f.text).join(' | '));
    assert.strictEqual(money.value, '2900000 PLN');
    assert.ok(facts.some(f => f.kind === 'date' && f.value === '2024-08-14'));
  });

  test('a scanned PDF (no text layer) says so', async () => {
    const r = await convertSource('scanned.pdf', bytes('scanned.pdf'));
    assert.ok('error' in r && /no text layer/.test(r.error) && /OCR/.test(r.error), JSON.stringify(r));
  });

  test('a Node Buffer works as input; random bytes after a PDF header are an error, not a crash', async () => {
    const r = await convertSource('report.pdf', readFileSync(join(dir, 'report.pdf')));
    assert.ok(!('error' in r));
    const junk = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 251))]);
    const j = await convertSource('junk.pdf', junk);
    assert.ok('error' in j, JSON.stringify(j).slice(0, 200));
  });

  test('not a PDF, a damaged PDF: clear errors', async () => {
    const r = await convertSource('a.pdf', Buffer.from('<html>to nie PDF</html>'));
    assert.deepStrictEqual(r, { error: 'the file is not a PDF (no "%PDF-" header)' });
    const cut = await convertSource('a.pdf', bytes('report.pdf').slice(0, 600));
    assert.ok('error' in cut, JSON.stringify(cut).slice(0, 200));
  });

  test('PDF dates', () => {
    assert.strictEqual(pdfDate("D:20241218194200+01'00'"), '2024-12-18T19:42:00+01:00');
    assert.strictEqual(pdfDate('D:2024'), '2024-01-01');
    assert.strictEqual(pdfDate(42), undefined);
  });
});

suite('formats: PDF layout', () => {
  test('hyphenated line ends are joined; compounds and dashes are kept', () => {
    const r = layoutPdf([page(line('Rozmowę prowadził przed-', 700), line('stawiciel ministerstwa w', 688), line('formule polsko-', 676), line('-rosyjskiej – jak podano.', 664))]);
    assert.strictEqual(r.markdown, '<!-- page 1 -->\n\nRozmowę prowadził przedstawiciel ministerstwa w formule polsko- -rosyjskiej – jak podano.');
  });

  test('paragraph gaps, list items, dialogue dashes and headings', () => {
    const r = layoutPdf([page(
      { ...line('Wyniki', 760, 16), hasEOL: true },
      line('Pierwszy akapit ma dwie', 730), line('linie tekstu.', 718),
      line('Drugi akapit po odstępie.', 690),
      line('• punkt pierwszy', 676), line('• punkt drugi', 664),
      line('– To jest wypowiedź – powiedział.', 650),
    )]);
    assert.strictEqual(r.markdown, '<!-- page 1 -->\n\n# Wyniki\n\nPierwszy akapit ma dwie linie tekstu.\n\nDrugi akapit po odstępie.\n\n- punkt pierwszy\n\n- punkt drugi\n\n– To jest wypowiedź – powiedział.');
  });

  test('a paragraph continues across a page break; page numbers and repeated headers go', () => {
    const header = (n: number) => line(`Raport 2024 · strona ${n}`, 800, 8);
    const r = layoutPdf([
      page(header(1), line('Zdanie zaczyna się na', 700), line('pierwszej stronie i', 688), line('1', 30, 8)),
      page(header(2), line('kończy na drugiej.', 700), line('Nowy akapit.', 670), line('2', 30, 8)),
      page(header(3), line('Trzecia strona.', 700), line('- 3 -', 30, 8)),
    ]);
    assert.strictEqual(r.markdown, '<!-- page 1 -->\n\nZdanie zaczyna się na pierwszej stronie i kończy na drugiej.\n\n<!-- page 2 -->\n\nNowy akapit.\n\n<!-- page 3 -->\n\nTrzecia strona.');
  });

  test('items of one line are joined with spaces where there is a gap', () => {
    const items: PdfTextItem[] = [
      { str: 'Kwota', x: 50, y: 700, width: 25, size: 10, hasEOL: false },
      { str: '2,4', x: 78, y: 700, width: 15, size: 10, hasEOL: false },
      { str: 'mln', x: 96, y: 700, width: 15, size: 10, hasEOL: false },
      { str: 'zł.', x: 111.5, y: 700, width: 12, size: 10, hasEOL: true },
    ];
    assert.strictEqual(layoutPdf([page(...items)]).markdown, '<!-- page 1 -->\n\nKwota 2,4 mlnzł.');
  });

  test('empty pages are reported', () => {
    const r = layoutPdf([page(line('Tekst.', 700)), page()]);
    assert.deepStrictEqual(r.emptyPages, [2]);
    assert.strictEqual(r.chars, 6);
  });
});
