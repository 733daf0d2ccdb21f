import * as assert from 'assert';
import { analyzeDocument, tokenize, FormTable } from '../../src/core/document';
import { detectLanguage } from '../../src/core/language';
import { IndexedSourceEntry } from '../../src/core/check/sources';
import { extractFacts } from '../../src/core/extract';
import type { Token } from '../../src/core/types';

// The tokenizer is a hand-written scanner: it must give exactly the tokens of this regular expression (the
// definition of a token), minus invisible format characters.
const WORD_RE = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*|[^\s\p{L}\p{N}]/gu;
const INVISIBLE = new Set([0xad, 0x200b, 0xfeff, 0x200e, 0x200f]);
function byRegex(text: string, start: number, end: number): string[] {
  const out: string[] = [];
  const cut = text.slice(0, end);
  WORD_RE.lastIndex = start;
  for (let m = WORD_RE.exec(cut); m; m = WORD_RE.exec(cut)) {
    if (INVISIBLE.has(m[0].charCodeAt(0)) && !/[\p{L}\p{N}]/u.test(m[0][0])) continue;
    out.push(`${m.index}:${m[0]}`);
  }
  return out;
}
const byScanner = (text: string, start: number, end: number, forms = new FormTable()) => {
  const out: Token[] = [];
  tokenize(text, start, end, 0, out, forms);
  return out.map(t => `${t.start}:${t.text}`);
};

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

suite('tokenizer', () => {
  test('words with inner hyphens and apostrophes, numbers with separators, one-character punctuation', () => {
    assert.deepStrictEqual(byScanner('Biało-czerwoni, O’Neill i 1.100,5 zł: 15:35!', 0, 44),
      ['0:Biało-czerwoni', '14:,', '16:O’Neill', '24:i', '26:1.100,5', '34:zł', '36::', '38:15:35', '43:!']);
  });
  test('same tokens as the regular expression on random text (letters, marks, digits, separators, surrogates, cut ends)', () => {
    const alphabet = ['a', 'Z', 'ą', 'Ł', '1', '9', '²', '½', '٣', ' ', '\n', '\u00a0', '\u00ad', '\u200b', '\ufeff', '-', '‐', '\'', '’', '.', ',', ':',
      '\u0301', '𝐀', '😀', '\ud800', '\udc00', '中', 'ⅷ', '\u2028', '\u3000', '\u200e', '$', '„'];
    const r = rng(7);
    for (let n = 0; n < 20000; n++) {
      let s = '';
      const len = 1 + Math.floor(r() * 14);
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(r() * alphabet.length)];
      const end = Math.floor(r() * (s.length + 1));
      const start = Math.floor(r() * (end + 1));
      assert.deepStrictEqual(byScanner(s, start, end), byRegex(s, start, end), JSON.stringify({ s, start, end }));
    }
  });
  test('repeated forms share their strings and tokens keep their own offsets', () => {
    const d = analyzeDocument('a.txt', 'Putin i Putin. PUTIN, putin i Putin.');
    const putins = d.tokens.filter(t => t.norm === 'putin');
    assert.deepStrictEqual(putins.map(t => [t.start, t.text, t.sentence]), [[0, 'Putin', 0], [8, 'Putin', 0], [15, 'PUTIN', 1], [22, 'putin', 1], [30, 'Putin', 1]]);
    // A second document does not see the first one's forms.
    const d2 = analyzeDocument('b.txt', 'Putina nie ma.');
    assert.deepStrictEqual(d2.tokens.map(t => t.text), ['Putina', 'nie', 'ma', '.']);
  });
  test('the form table grows past its first size and still finds every form', () => {
    const words = Array.from({ length: 6000 }, (_, i) => `w${i.toString(36)}x`);
    const text = words.join(' ') + ' ' + words.join(' ');
    const d = analyzeDocument('big.txt', text);
    assert.strictEqual(d.tokens.length, 12000);
    for (let i = 0; i < 6000; i++) assert.strictEqual(d.tokens[i + 6000].text, words[i]);
  });
});

suite('language detection', () => {
  test('function words and Polish letters decide; ties fall back', () => {
    assert.strictEqual(detectLanguage('Rozmowa trwała ponad dwie godziny i była trudna.'), 'pl');
    assert.strictEqual(detectLanguage('The call lasted two hours and it was difficult.'), 'en');
    assert.strictEqual(detectLanguage('Xyz qwerty.', 'en'), 'en');
    assert.strictEqual(detectLanguage('Źdźbło żółć.', 'en'), 'pl');
  });
});

suite('source word index (packed)', () => {
  const text = 'Putin rozmawiał z Bidenem. Putina nie było w Rosji. Rosja i Polska.\n\nBiden mówił o 2021 i 20215 roku. Zażółć gęślą jaźń, zazolc.';
  const doc = analyzeDocument('s.txt', text);
  const e = new IndexedSourceEntry('s.txt', doc, extractFacts(doc), 1);
  test('exact forms (case and diacritics ignored), in first-occurrence order', () => {
    assert.deepStrictEqual(e.sentencesWithForm('PUTIN'), [0]);
    assert.deepStrictEqual(e.sentencesWithForm('zazółć'), [4]);
    assert.deepStrictEqual(e.sentencesWithForm('Moskwa'), []);
    const forms = [...e.wordForms()];
    assert.deepStrictEqual(forms.slice(0, 4), ['putin', 'rozmawial', 'z', 'bidenem']);
    assert.strictEqual(e.vocabularySize, forms.length);
  });
  test('stems: forms sharing the first four letters; numbers and short words are their own stem', () => {
    assert.deepStrictEqual(e.formsWithStem('puti'), ['putin', 'putina']);
    assert.deepStrictEqual(e.sentencesWithStem('puti'), [0, 1]);
    assert.deepStrictEqual(e.sentencesWithStem('2021'), [3]);
    assert.deepStrictEqual(e.sentencesWithStem('20215'), [3]);
    assert.deepStrictEqual(e.formsWithStem('z'), ['z']);
    assert.deepStrictEqual(e.formsWithStem('ros'), []);
  });
  test('inflected forms of a word', () => {
    assert.deepStrictEqual(e.sentencesWithWord('Rosja'), [1, 2]);
    assert.ok(e.hasWord('Bidena'));
    assert.ok(!e.hasWord('Trump'));
  });
});
