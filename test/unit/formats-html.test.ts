import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { convertSource, decodeHtmlBytes, sniffMetaCharset, charsetOfContentType, htmlToSource, formatOf, type ConvertResult, type ConvertedSource } from '../../src/core/formats';
import { domToMarkdown, escapeLine } from '../../src/core/formats/markdown';
import { analyzeDocument } from '../../src/core/document';
import { analyzeSource } from '../../src/core';
import { parseHTML } from 'linkedom';

const dir = join(__dirname, '../../../test/fixtures/formats');
const bytes = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const ok = (r: ConvertResult): ConvertedSource => {
  if ('error' in r) assert.fail(`unexpected error: ${r.error}`);
  return r;
};
const md = (html: string) => domToMarkdown((parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`) as any).document.body);

suite('formats: HTML pages', function () {
  this.timeout(20000); // the first test loads linkedom and Readability
  let news: ConvertedSource;
  suiteSetup(async () => { news = ok(await convertSource('news-pl.html', bytes('news-pl.html'))); });

  test('the saved Polish news page gives its article, headings and metadata', () => {
    assert.strictEqual(news.format, 'html');
    assert.strictEqual(news.title, 'Radni przyjęli budżet na 2025 rok. „To budżet rozwoju”');
    assert.strictEqual(news.byline, 'Katarzyna Nowicka');
    assert.strictEqual(news.date, '2024-12-18T19:42:00+01:00');
    assert.strictEqual(news.site, 'Gazeta Krakowska Codzienna');
    const t = news.text;
    assert.ok(t.startsWith('---\ntitle: Radni przyjęli budżet'), t.slice(0, 80));
    assert.match(t, /\n# Radni przyjęli budżet na 2025 rok\. „To budżet rozwoju”\n\nRada Miasta Krakowa przyjęła w środę 18 grudnia budżet/);
    assert.match(t, /\n## Tramwaj na Górkę Narodową i nowe żłobki\n/);
    assert.match(t, /\n## Opozycja: „Budżet na kredyt”\n/);
    assert.match(t, /– To budżet rozwoju, ale też odpowiedzialności\. Nie zadłużamy miasta ponad miarę – mówił na sesji prezydent miasta Jan Kowalczyk\./);
    assert.match(t, /\n> Zadłużenie rośnie szybciej niż dochody\./);
    assert.match(t, /\n- dochody: 8,2 mld zł,\n- wydatki: 8,9 mld zł,\n- inwestycje: 1,6 mld zł\.\n/);
    assert.match(t, /Regionalna Izba Obrachunkowa w Krakowie, która ma na to 30 dni\.\n$/);
  });

  test('navigation, cookie banner, ads, related links, comments, sidebar and footer are left out', () => {
    for (const junk of ['Akceptuję', 'cookies', 'Prenumerata', 'Pogoda', 'Strona główna', 'Reklama', 'Mieszkania od 7999', 'Kredyt 0%',
      'Czytaj także', 'Wypadek na Zakopiance', 'Komentarze', 'Marek_K', '500 mln zł na metro', 'Dług 12 mld zł', 'Najczęściej czytane',
      'Horoskop', 'Newsletter', 'Wszelkie prawa', 'Udostępnij', 'Tagi', 'gtag', 'korek na obwodnicy']) {
      assert.ok(!news.text.includes(junk), `"${junk}" should not be in the article text`);
    }
  });

  test('the engine reads the extracted text: front matter blanked, headings found, offsets valid', () => {
    const doc = analyzeDocument('news-pl.html', news.text);
    assert.strictEqual(doc.language, 'pl');
    assert.strictEqual(doc.frontMatter?.date, '2024-12-18T19:42:00+01:00');
    assert.ok(!doc.prose.includes('byline'));
    const headings = doc.paragraphs.filter(p => p.heading).map(p => doc.text.slice(p.start, p.end).replace(/^#+\s*/, ''));
    assert.deepStrictEqual(headings, ['Radni przyjęli budżet na 2025 rok. „To budżet rozwoju”', 'Tramwaj na Górkę Narodową i nowe żłobki', 'Opozycja: „Budżet na kredyt”']);
    const s = doc.sentences.find(x => doc.text.slice(x.start, x.end).startsWith('Za uchwałą'));
    assert.ok(s);
    assert.strictEqual(doc.text.slice(s.start, s.end), 'Za uchwałą budżetową głosowało 26 radnych, przeciw było 14, a dwoje wstrzymało się od głosu.');
  });

  test('facts of a web page source come from the article only, with offsets into the extracted text', () => {
    const { facts } = analyzeSource('news-pl.html', news.text);
    for (const f of facts) assert.strictEqual(news.text.slice(f.start, f.end), f.text);
    const persons = facts.filter(f => f.kind === 'person').map(f => f.canonical ?? f.text);
    assert.ok(persons.includes('Jan Kowalczyk') && persons.includes('Anna Wiśniewska'), persons.join(', '));
    assert.ok(!facts.some(f => /Marek|krakowianka|500 mln/.test(f.text)), 'nothing from the comments');
    assert.ok(facts.some(f => f.kind === 'money' && f.value === '8900000000 PLN'));
  });

  test('a Windows-1250 page (declared in <meta http-equiv>) reads the same as the UTF-8 page', async () => {
    const raw = bytes('news-pl-cp1250.html');
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(raw)); // really not UTF-8
    assert.strictEqual(sniffMetaCharset(raw), 'windows-1250');
    const r = ok(await convertSource('news-pl-cp1250.html', raw));
    assert.strictEqual(r.text, news.text);
    assert.deepStrictEqual(r.warnings, []);
  });

  test('charset: the HTTP header wins over <meta>; ISO-8859-2 and BOMs; unknown encodings are refused', () => {
    const iso = new Uint8Array([0x3c, 0x70, 0x3e, 0xb1, 0xe6, 0xea, 0xb3, 0xf1, 0xf3, 0xb6, 0xbc, 0xbf, 0x3c, 0x2f, 0x70, 0x3e]); // <p>ąćęłńóśźż</p> in ISO-8859-2
    const d = decodeHtmlBytes(iso, 'iso-8859-2');
    assert.ok(!('error' in d));
    assert.strictEqual(d.text, '<p>ąćęłńóśźż</p>');
    assert.strictEqual(d.encoding, 'iso-8859-2');
    const d2 = decodeHtmlBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('<p>żółw</p>')]), 'windows-1250');
    assert.ok(!('error' in d2) && d2.text === '<p>żółw</p>' && d2.encoding === 'utf-8');
    const bad = decodeHtmlBytes(Buffer.from('<meta charset="x-klingon"><p>a</p>'));
    assert.ok('error' in bad && /x-klingon/.test(bad.error));
    assert.strictEqual(charsetOfContentType('text/html; charset="ISO-8859-2"'), 'ISO-8859-2');
    assert.strictEqual(charsetOfContentType('text/html'), undefined);
  });

  test('an undeclared legacy page is read as Windows-1250 with a warning; broken UTF-8 is replaced with a warning', () => {
    const cp = new Uint8Array([...Buffer.from('<p>Za'), 0xbf, 0xf3, 0xb3, 0x9c, 0xe6, ...Buffer.from('</p>')]); // Zażółść? in cp1250
    const d = decodeHtmlBytes(cp);
    assert.ok(!('error' in d));
    assert.strictEqual(d.text, '<p>Zażółść</p>');
    assert.match(d.warnings[0], /Windows-1250/);
    const broken = decodeHtmlBytes(new Uint8Array([...Buffer.from('<meta charset=utf-8><p>a'), 0xff, ...Buffer.from('b</p>')]));
    assert.ok(!('error' in broken) && broken.text.includes('a\uFFFDb') && /1 invalid byte sequence/.test(broken.warnings[0]));
  });

  test('a short page without an <article> still gives its text, without the navigation', async () => {
    const r = ok(await htmlToSource('<html><head><title>Krótka notka</title></head><body><nav><a href="/">Start</a></nav><p>Sejm zbierze się we wtorek o 10:00.</p></body></html>'));
    assert.match(r.text, /Sejm zbierze się we wtorek o 10:00\./);
    assert.ok(!r.text.includes('Start'));
    assert.strictEqual(r.title, 'Krótka notka');
  });

  test('furniture named in camelCase classes (adSlot, commentList) is removed, nested furniture once', async () => {
    const para = '<p>Sejm zbierze się we wtorek o 10:00, a posłowie zagłosują nad ustawą o budżecie na przyszły rok.</p>';
    const r = ok(await htmlToSource(`<html><body><article><h1>Budżet</h1>${para.repeat(4)}<div class="adSlot">Kup teraz tani kredyt</div>`
      + `<section class="commentList"><div class="comment">Pierwszy komentarz czytelnika</div><div class="comment"><div class="shareBar">Udostępnij</div></div></section></article></body></html>`));
    assert.match(r.text, /posłowie zagłosują/);
    for (const junk of ['Kup teraz', 'komentarz czytelnika', 'Udostępnij']) assert.ok(!r.text.includes(junk), junk);
  });

  test('bad input gives clear errors, never a crash', async () => {
    const empty = await convertSource('a.html', new Uint8Array());
    assert.deepStrictEqual(empty, { error: 'the file is empty' });
    const scripts = await convertSource('a.html', Buffer.from('<html><body><script>render()</script><div id="app"></div></body></html>'));
    assert.ok('error' in scripts && /no readable text/.test(scripts.error));
    const binary = await convertSource('a.html', new Uint8Array([0x3c, 0, 1, 2, 0, 0xff]));
    assert.ok('error' in binary && /binary/.test(binary.error));
    const broken = ok(await convertSource('a.html', Buffer.from('<p>Niedomknięty <b>akapit <i>z tekstem</p></div></span><p>Drugi akapit</p')));
    assert.match(broken.text, /Niedomknięty akapit z tekstem/);
    const huge = await convertSource('a.html', new Uint8Array(200), { maxBytes: 100 });
    assert.ok('error' in huge && /too large/.test(huge.error));
    const doc = await convertSource('a.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
    assert.ok('error' in doc && /\.docx/.test(doc.error));
  });

  test('deeply nested pages: wrapper chains are unwrapped, hostile nesting skips the article finder, no stack overflow', async () => {
    const para = '<p>Sejm zbierze się we wtorek o 10:00, a posłowie zagłosują nad ustawą o budżecie na przyszły rok.</p>';
    const chain = ok(await convertSource('a.html', Buffer.from(`<html><body>${'<div>'.repeat(5000)}${para}${'</div>'.repeat(5000)}</body></html>`)));
    assert.match(chain.text, /Sejm zbierze się we wtorek o 10:00/);
    const hostile = ok(await convertSource('a.html', Buffer.from(`<html><body>${'<div>Akapit tekstu. '.repeat(2000)}${'</div>'.repeat(2000)}</body></html>`)));
    assert.ok(hostile.warnings.some(w => /nested too deeply \(2000 levels\)/.test(w)), hostile.warnings.join('; '));
    assert.strictEqual(hostile.text.match(/Akapit tekstu\./g)?.length, 2000);
  });

  test('formats are chosen by extension, unknown names by their first bytes', () => {
    assert.strictEqual(formatOf('A.HTM'), 'html');
    assert.strictEqual(formatOf('x.md'), 'markdown');
    assert.strictEqual(formatOf('x.txt'), 'text');
    assert.strictEqual(formatOf('x.docx'), 'docx');
    assert.strictEqual(formatOf('x.pdf'), 'pdf');
    assert.strictEqual(formatOf('download', Buffer.from('%PDF-1.7\n')), 'pdf');
    assert.strictEqual(formatOf('index', Buffer.from('<!DOCTYPE html><html>')), 'html');
    assert.strictEqual(formatOf('notes', Buffer.from('Zwykły tekst')), 'text');
    assert.strictEqual(formatOf('x.xlsx'), undefined);
  });

  test('text and Markdown sources come back unchanged', async () => {
    const t = ok(await convertSource('a.md', Buffer.from('# Tytuł\n\nTekst *z* markupem.\n')));
    assert.deepStrictEqual(t, { text: '# Tytuł\n\nTekst *z* markupem.\n', format: 'markdown', warnings: [] });
    const p = ok(await convertSource('a.txt', Buffer.from('Zwykły tekst.')));
    assert.strictEqual(p.format, 'text');
    assert.strictEqual(p.text, 'Zwykły tekst.');
  });
});

suite('formats: DOM to Markdown', () => {
  test('nested lists, ordered lists, tables, quotes and line breaks', () => {
    assert.strictEqual(md('<ul><li>jeden<ul><li>pod</li></ul></li><li>dwa</li></ul><ol start="3"><li>trzy</li><li>cztery</li></ol>'),
      '- jeden\n  - pod\n- dwa\n\n3. trzy\n4. cztery');
    assert.strictEqual(md('<table><tr><th>Miasto</th><th>Kwota</th></tr><tr><td>Płock</td><td>0,9 mln zł</td></tr></table>'),
      '| Miasto | Kwota |\n| --- | --- |\n| Płock | 0,9 mln zł |');
    assert.strictEqual(md('<blockquote><p>Pierwszy</p><blockquote>Drugi</blockquote></blockquote>'), '> Pierwszy\n\n> > Drugi');
    assert.strictEqual(md('<p>Linia pierwsza<br>linia druga</p><div>Blok <a href="x">z linkiem</a> i <em>kursywą</em></div>'),
      'Linia pierwsza\nlinia druga\n\nBlok z linkiem i kursywą');
  });

  test('prose that looks like Markdown markup is escaped', () => {
    assert.strictEqual(escapeLine('12. grudnia zbierze się Sejm'), '12\\. grudnia zbierze się Sejm');
    assert.strictEqual(escapeLine('# hasztag'), '\\# hasztag');
    assert.strictEqual(escapeLine('- minus'), '\\- minus');
    assert.strictEqual(escapeLine('– To półpauza'), '– To półpauza');
    assert.strictEqual(escapeLine('2024 rok'), '2024 rok');
    assert.strictEqual(md('<p>1. miejsce zajął Kraków</p>'), '1\\. miejsce zajął Kraków');
  });

  test('whitespace collapses, scripts and hidden elements are skipped', () => {
    assert.strictEqual(md('<p>  Dużo \n\t spacji  </p><script>x()</script><p hidden>ukryty</p><style>p{}</style><p>koniec</p>'), 'Dużo spacji\n\nkoniec');
  });
});
