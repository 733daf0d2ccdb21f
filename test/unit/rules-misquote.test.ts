import * as assert from 'assert';
import { misquote } from '../../src/core/check/rules/misquote';
import { doc, run } from './check-fixture';

const PL_SRC = doc('s.txt', 'Rzecznik Kremla Dmitrij Pieskow mówił, że celem rozmowy jest "kontynuowanie dyskusji" na wszystkie tematy. Premier w sobotę mówił PAP, że "przestrzeganie zasad kolejności szczepienia to wyraz szacunku dla reguł społecznej solidarności".', 'pl', [
  ['quote', '"kontynuowanie dyskusji"', 'kontynuowanie dyskusji', { speaker: 'Dmitrij Pieskow' }],
  ['quote', '"przestrzeganie zasad kolejności szczepienia to wyraz szacunku dla reguł społecznej solidarności"', 'przestrzeganie zasad kolejności szczepienia to wyraz szacunku dla reguł społecznej solidarności', { speaker: 'premier' }],
]);
const EN_SRC = doc('s.txt', 'Obama said in 2006: "The Armenian genocide is not an allegation, but rather a widely documented fact supported by an overwhelming body of historical evidence."', 'en', [
  ['quote', '"The Armenian genocide is not an allegation, but rather a widely documented fact supported by an overwhelming body of historical evidence."', 'The Armenian genocide is not an allegation, but rather a widely documented fact supported by an overwhelming body of historical evidence.'],
]);

suite('rule misquote', () => {
  test('PL C: quoted words the source does not say', () => {
    const f = run(misquote, doc('d.md', 'Premier mówił PAP w sobotę, że przestrzeganie kolejności szczepienia to „wyraz braku szacunku dla reguł”.', 'pl'), [PL_SRC]);
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message.pl, /przestrzeganie zasad/);
  });
  test('PL S: an inflected form and a fragment of the source\'s quote', () => {
    const d = doc('d.md', 'Rzecznik Kremla mówił o „kontynuowaniu dyskusji” na wszystkie tematy.\n\nPremier mówił PAP, że to „wyraz szacunku dla reguł społecznej solidarności”.', 'pl');
    assert.deepStrictEqual(run(misquote, d, [PL_SRC]), []);
  });
  test('EN C: one word of the quote changed', () => {
    const f = run(misquote, doc('d.md', 'Obama said in 2006 that the Armenian genocide was "a widely disputed fact."', 'en'), [EN_SRC]);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].severity, 'error');
  });
  test('EN S: a correct fragment; a one-word quote', () => {
    const d = doc('d.md', 'Obama said in 2006 the genocide was "a widely documented fact."\n\nObama said in 2006 it was "genocide."', 'en');
    assert.deepStrictEqual(run(misquote, d, [EN_SRC]), []);
  });
});
