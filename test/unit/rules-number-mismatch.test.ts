import * as assert from 'assert';
import { numberMismatch } from '../../src/core/check/rules/number';
import { doc, run } from './check-fixture';

const PL_SRC = doc('s.txt', 'Najwięcej głosów przeliczono na kluczowej wyborczo Florydzie, która ma aż 29 głosów elektorskich. To dlatego, że zarząd postanowił zmniejszyć liczbę samolotów zbazowanych w Dublinie z 30 do 24 maszyn. Na dnie Morza Bałtyckiego zostało ułożonych już ponad 200 km gazociągu.', 'pl', [
  ['number', '29', '29'], ['number', '30', '30'], ['number', '24', '24'], ['number', 'ponad 200 km', '200', { approx: 'more', unit: 'km' }],
]);
const EN_SRC = doc('s.txt', 'Owen Marsh, 55, was allegedly killed by a single punch in the head from shift worker Phillip Pama, 28. The female officer said she had done this with her colleague at least 10 other times, police said. Each team had 6 players on the field and 6 on the bench.', 'en', [
  ['number', '55', '55'], ['number', '28', '28'], ['number', 'at least 10', '10', { approx: 'more' }], ['number', '6#1', '6'], ['number', '6#2', '6'],
]);

suite('rule number-mismatch', () => {
  test('PL C: another count in the same slot', () => {
    const d = doc('d.md', 'Floryda ma 27 głosów elektorskich.\n\nZarząd postanowił zmniejszyć liczbę samolotów zbazowanych w Dublinie z 30 do 20 maszyn.', 'pl', [
      ['number', '27', '27'], ['number', '30', '30'], ['number', '20', '20']]);
    const f = run(numberMismatch, d, [PL_SRC]);
    assert.deepStrictEqual(f.map(x => [x.found, x.expected, x.replacement]), [['27', '29', '29'], ['20', '24', '24']]);
  });
  test('PL C: "ponad 300 km" where the source says "ponad 200 km"', () => {
    const d = doc('d.md', 'Na dnie Morza Bałtyckiego ułożono już ponad 300 km gazociągu.', 'pl', [['number', 'ponad 300 km', '300', { approx: 'more', unit: 'km' }]]);
    const f = run(numberMismatch, d, [PL_SRC]);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].replacement, 'ponad 200 km');
  });
  test('PL S: words for digits, "about" for "more than", a new number', () => {
    const d = doc('d.md', 'Liczba samolotów bazujących w Dublinie ma spaść z trzydziestu do dwudziestu czterech.\n\nNa dnie Bałtyku ułożono około 200 km gazociągu.\n\nFloryda ma 21 milionów mieszkańców.', 'pl', [
      ['number', 'trzydziestu', '30'], ['number', 'dwudziestu czterech', '24'], ['number', 'około 200 km', '200', { approx: 'about', unit: 'km' }], ['number', '21 milionów', '21000000']]);
    assert.deepStrictEqual(run(numberMismatch, d, [PL_SRC]), []);
  });
  test('EN C: another age; "at least 20" where the source says "at least 10"', () => {
    const d = doc('d.md', 'Owen Marsh, 65, was allegedly killed by a single punch to the head.\n\nThe female officer said she had done this with her colleague at least 20 other times.', 'en', [
      ['number', '65', '65'], ['number', 'at least 20', '20', { approx: 'more' }]]);
    assert.deepStrictEqual(run(numberMismatch, d, [EN_SRC]).map(x => x.expected), ['55', 'at least 10']);
  });
  test('EN S: a sum of the source\'s figures, number words, a new figure', () => {
    const d = doc('d.md', 'Each team had 12 players in all, on the field and on the bench.\n\nThe female officer said she had done this with her colleague at least ten other times.\n\nOwen Marsh had lived on the street for 30 years.', 'en', [
      ['number', '12', '12'], ['number', 'at least ten', '10', { approx: 'more' }], ['number', '30', '30']]);
    assert.deepStrictEqual(run(numberMismatch, d, [EN_SRC]), []);
  });
});
