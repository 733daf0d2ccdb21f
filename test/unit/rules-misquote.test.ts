import * as assert from 'assert';
import { misquote } from '../../src/core/check/rules/misquote';
import { doc, run } from './check-fixture';

const PL_SRC = doc('s.txt', 'Rzecznik Kremla Dmitrij Pieskow mówił, że celem rozmowy jest "kontynuowanie dyskusji" na wszystkie tematy. Premier w sobotę mówił PAP, że "przestrzeganie zasad kolejności naboru to wyraz szacunku dla reguł wspólnej uczciwości".', 'pl', [
  ['quote', '"kontynuowanie dyskusji"', 'kontynuowanie dyskusji', { speaker: 'Dmitrij Pieskow' }],
  ['quote', '"przestrzeganie zasad kolejności naboru to wyraz szacunku dla reguł wspólnej uczciwości"', 'przestrzeganie zasad kolejności naboru to wyraz szacunku dla reguł wspólnej uczciwości', { speaker: 'premier' }],
]);
const EN_SRC = doc('s.txt', 'Obama said in 2006: "The Smyrna fire is not a rumour, but rather a widely documented fact supported by an large body of court records."', 'en', [
  ['quote', '"The Smyrna fire is not a rumour, but rather a widely documented fact supported by an large body of court records."', 'The Smyrna fire is not a rumour, but rather a widely documented fact supported by an large body of court records.'],
]);

suite('rule misquote', () => {
  test('PL C: quoted words the source does not say', () => {
    const f = run(misquote, doc('d.md', 'Premier mówił PAP w sobotę, że przestrzeganie kolejności naboru to „wyraz braku szacunku dla reguł”.', 'pl'), [PL_SRC]);
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message.pl, /przestrzeganie zasad/);
  });
  test('PL S: an inflected form and a fragment of the source\'s quote', () => {
    const d = doc('d.md', 'Rzecznik Kremla mówił o „kontynuowaniu dyskusji” na wszystkie tematy.\n\nPremier mówił PAP, że to „wyraz szacunku dla reguł wspólnej uczciwości”.', 'pl');
    assert.deepStrictEqual(run(misquote, d, [PL_SRC]), []);
  });
  test('EN C: one word of the quote changed', () => {
    const f = run(misquote, doc('d.md', 'Obama said in 2006 that the Smyrna fire was "a widely disputed fact."', 'en'), [EN_SRC]);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].severity, 'error');
  });
  test('EN S: a correct fragment; a one-word quote', () => {
    const d = doc('d.md', 'Obama said in 2006 the fire was "a widely documented fact."\n\nObama said in 2006 it was "arson."', 'en');
    assert.deepStrictEqual(run(misquote, d, [EN_SRC]), []);
  });
});

suite('rule misquote: a quote found with a word replaced', () => {
  const EN2 = doc('s.txt', 'Lordstown will recall 19 pickups to address a "specific electrical connection issue that could result in a loss of propulsion while driving."', 'en', [
    ['quote', '"specific electrical connection issue that could result in a loss of propulsion while driving."', 'specific electrical connection issue that could result in a loss of propulsion while driving.'],
  ]);
  test('EN C: one content word of a long quote replaced', () => {
    const f = run(misquote, doc('d.md', 'Lordstown will recall 19 pickups to address a "specific braking issue that could result in a loss of propulsion while driving."', 'en'), [EN2]);
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message.en, /"braking"/);
    assert.strictEqual(f[0].severity, 'error');
  });
  test('EN S: the same quote, with a small word left out', () => {
    const d = doc('d.md', 'Lordstown will recall 19 pickups over a "specific electrical connection issue that could result in loss of propulsion while driving."', 'en');
    assert.deepStrictEqual(run(misquote, d, [EN2]), []);
  });
  const PL3 = doc('s.txt', 'Premier powiedział: „jeśli demokracja nie potrafi zmienić zdania, przestaje być demokracją i traci swój sens”.', 'pl', [
    ['quote', '„jeśli demokracja nie potrafi zmienić zdania, przestaje być demokracją i traci swój sens”', 'jeśli demokracja nie potrafi zmienić zdania, przestaje być demokracją i traci swój sens'],
  ]);
  test('PL C: a word of the quote replaced', () => {
    const f = run(misquote, doc('d.md', 'Premier mówił, że „jeśli demokracja nie umie zmienić zdania, przestaje być demokracją i traci swój sens”.', 'pl'), [PL3]);
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message.pl, /„umie”/);
  });
  test('PL S: an inflected form inside the quote', () => {
    const d = doc('d.md', 'Premier mówił, że „jeśli demokracja nie potrafi zmienić zdania, przestaje być demokracją i traci swojego sensu”.', 'pl');
    assert.deepStrictEqual(run(misquote, d, [PL3]), []);
  });
});
