import * as assert from 'assert';
import { quoteSpeaker } from '../../src/core/check/rules/quote-speaker';
import { doc, run } from './check-fixture';

const PL_SRC = doc('s.txt', 'Rzecznik Kremla Dmitrij Pieskow mówił, że celem rozmowy jest "kontynuowanie dyskusji na wszystkie tematy". Emily Horne zapowiadała szereg tematów.', 'pl', [
  ['person', 'Dmitrij Pieskow', 'Dmitrij Pieskow', { role: 'rzecznik Kremla' }, { lemma: 'Dmitrij Pieskow', canonical: 'Dmitrij Pieskow' }],
  ['quote', '"kontynuowanie dyskusji na wszystkie tematy"', 'kontynuowanie dyskusji na wszystkie tematy', { speaker: 'Dmitrij Pieskow' }],
  ['person', 'Emily Horne', 'Emily Horne', {}, { lemma: 'Emily Horne', canonical: 'Emily Horne' }],
]);
const EN_SRC = doc('s.txt', '"He was being pushed at the same time he was throwing the punch," Bruce Peters said during a bail application.', 'en', [
  ['quote', '"He was being pushed at the same time he was throwing the punch,"', 'He was being pushed at the same time he was throwing the punch', { speaker: 'Bruce Peters' }],
  ['person', 'Bruce Peters', 'Bruce Peters', {}, { lemma: 'Bruce Peters', canonical: 'Bruce Peters' }],
]);

suite('rule quote-speaker', () => {
  test('PL C: the quote given to another person', () => {
    const d = doc('d.md', 'Emily Horne mówiła, że celem rozmowy jest "kontynuowanie dyskusji na wszystkie tematy".', 'pl', [
      ['person', 'Emily Horne', 'Emily Horne', {}, { lemma: 'Emily Horne', canonical: 'Emily Horne' }],
      ['quote', '"kontynuowanie dyskusji na wszystkie tematy"', 'kontynuowanie dyskusji na wszystkie tematy', { speaker: 'Emily Horne' }]]);
    const f = run(quoteSpeaker, d, [PL_SRC]);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].found, 'Emily Horne');
    assert.strictEqual(f[0].expected, 'Dmitrij Pieskow');
  });
  test('PL S: the same speaker by surname, inflected quote', () => {
    const d = doc('d.md', 'Pieskow mówił o "kontynuowaniu dyskusji na wszystkie tematy".', 'pl', [
      ['person', 'Pieskow', 'Pieskow', {}, { lemma: 'Pieskow', canonical: 'Pieskow' }],
      ['quote', '"kontynuowaniu dyskusji na wszystkie tematy"', 'kontynuowaniu dyskusji na wszystkie tematy', { speaker: 'Pieskow' }]]);
    assert.deepStrictEqual(run(quoteSpeaker, d, [PL_SRC]), []);
  });
  test('EN C: another speaker', () => {
    const d = doc('d.md', 'John Fisher said: "He was being pushed at the same time he was throwing the punch."', 'en', [
      ['person', 'John Fisher', 'John Fisher', {}, { lemma: 'John Fisher', canonical: 'John Fisher' }],
      ['quote', '"He was being pushed at the same time he was throwing the punch."', 'He was being pushed at the same time he was throwing the punch.', { speaker: 'John Fisher' }]]);
    assert.deepStrictEqual(run(quoteSpeaker, d, [EN_SRC]).map(x => x.expected), ['Bruce Peters']);
  });
  test('EN S: the right speaker', () => {
    const d = doc('d.md', 'Peters said: "He was being pushed at the same time he was throwing the punch."', 'en', [
      ['person', 'Peters', 'Peters', {}, { lemma: 'Peters', canonical: 'Peters' }],
      ['quote', '"He was being pushed at the same time he was throwing the punch."', 'He was being pushed at the same time he was throwing the punch.', { speaker: 'Peters' }]]);
    assert.deepStrictEqual(run(quoteSpeaker, d, [EN_SRC]), []);
  });
});
