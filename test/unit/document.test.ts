import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyzeDocument, lineStarts, positionAt } from '../../src/core/document';
import { decodeText } from '../../src/core/decode';

const sample = readFileSync(join(__dirname, '../../../data/samples/biden-putin-call.pl.txt'), 'utf8');
const sentences = (file: string, text: string) => {
  const d = analyzeDocument(file, text);
  return d.sentences.map(s => d.text.slice(s.start, s.end));
};

suite('document model', () => {
  test('Polish abbreviations do not end sentences', () => {
    assert.deepStrictEqual(sentences('a.txt', 'Rozmowa trwała ok. 50 minut. Zaczęła się o godz. 15:35. Według prof. Nowaka i dr. Kowalskiego to tzw. Zachód.'), [
      'Rozmowa trwała ok. 50 minut.', 'Zaczęła się o godz. 15:35.', 'Według prof. Nowaka i dr. Kowalskiego to tzw. Zachód.',
    ]);
  });
  test('"r." may end a sentence, initials and titles do not', () => {
    assert.deepStrictEqual(sentences('a.txt', 'Stało się to w maju 1997 r. Polska weszła do NATO. J. Kowalski i Mr. Smith przyszli.'), [
      'Stało się to w maju 1997 r.', 'Polska weszła do NATO.', 'J. Kowalski i Mr. Smith przyszli.',
    ]);
  });
  test('English: U.S. before a name stays in the sentence', () => {
    assert.deepStrictEqual(sentences('a.txt', 'U.S. President Joe Biden spoke for two hours. The call ended at 4 p.m. on Thursday.'), [
      'U.S. President Joe Biden spoke for two hours.', 'The call ended at 4 p.m. on Thursday.',
    ]);
  });
  test('Markdown markup is blanked but offsets stay', () => {
    const text = '---\nsources:\n  - a.txt\n---\n# Tytuł\n\nTo jest **pogrubione** i [link](http://x.pl). `kod`\n\n- punkt pierwszy\n- punkt drugi\n';
    const d = analyzeDocument('d.md', text);
    assert.strictEqual(d.prose.length, text.length);
    assert.deepStrictEqual(d.frontMatter, { sources: ['a.txt'] });
    const s = d.sentences.map(x => d.prose.slice(x.start, x.end).replace(/\s+/g, ' ').trim());
    assert.deepStrictEqual(s, ['Tytuł', 'To jest pogrubione i link .', 'punkt pierwszy', 'punkt drugi']);
    assert.ok(d.paragraphs[0].heading);
  });
  test('malformed front matter is a warning, not a failure', () => {
    const d = analyzeDocument('d.md', '---\nsources: [unclosed\n---\nTekst szkicu.\n');
    assert.strictEqual(d.warnings.length, 1);
    assert.strictEqual(d.sentences.length, 1);
  });
  test('language detection', () => {
    assert.strictEqual(analyzeDocument('a.txt', sample).language, 'pl');
    assert.strictEqual(analyzeDocument('a.txt', 'The president said on Thursday that the talks were useful and would go on.').language, 'en');
    assert.strictEqual(analyzeDocument('a.txt', 'The president said it.', { language: 'pl' }).language, 'pl');
  });
  test('sample: sentences and tokens carry exact offsets', () => {
    const d = analyzeDocument('s.txt', sample);
    assert.ok(d.sentences.length >= 15);
    for (const t of d.tokens) assert.strictEqual(sample.slice(t.start, t.end), t.text);
    assert.ok(d.paragraphs.some(p => p.heading && sample.slice(p.start, p.end) === 'Gwarancje bezpieczeństwa - stanowisko Rosji'));
  });
  test('line/character positions (UTF-16, CRLF)', () => {
    const starts = lineStarts('ab\r\ncd\nźó');
    assert.deepStrictEqual(positionAt(starts, 5), { line: 1, character: 1 });
    assert.deepStrictEqual(positionAt(starts, 8), { line: 2, character: 1 });
  });
  test('decoding rejects empty, binary and non-UTF-8 input with a reason', () => {
    assert.match((decodeText(new Uint8Array()) as { reason: string }).reason, /empty/);
    assert.match((decodeText(new Uint8Array([0x50, 0, 1, 2])) as { reason: string }).reason, /binary/);
    assert.match((decodeText(new Uint8Array([0x7a, 0xb3, 0x6f, 0x74, 0x79])) as { reason: string }).reason, /UTF-8/);
    assert.deepStrictEqual(decodeText(new TextEncoder().encode('Zażółć')), { ok: true, text: 'Zażółć' });
  });
});
