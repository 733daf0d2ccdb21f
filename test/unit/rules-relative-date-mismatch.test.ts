import * as assert from 'assert';
import { relativeDateMismatch } from '../../src/core/check/rules/relative-date';
import { doc, run } from './check-fixture';

const PL_SRC = doc('s.txt', 'Poprzednią rozmowę telefoniczną obaj prezydenci odbyli 7 grudnia. Dziesięć dni później Kreml zaś opublikował swoje żądania wobec USA i NATO.', 'pl', [
  ['date', '7 grudnia', 'XXXX-12-07'], ['date', 'Dziesięć dni później', 'rel:+P10D'],
]);
const EN_SRC = doc('s.txt', 'Pama was charged with manslaughter. Two days later, he was granted bail by the court in Brisbane.', 'en', [
  ['date', 'Two days later', 'rel:+P2D'],
]);

suite('rule relative-date-mismatch', () => {
  test('PL C: trzy dni później where the source says dziesięć', () => {
    const d = doc('d.md', 'Trzy dni później Kreml opublikował żądania wobec USA i NATO.', 'pl', [['date', 'Trzy dni później', 'rel:+P3D']]);
    const f = run(relativeDateMismatch, d, [PL_SRC]);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].replacement, 'Dziesięć dni później');
  });
  test('PL S: the same interval in other words', () => {
    const d = doc('d.md', 'Dziesięć dni po tej rozmowie Kreml opublikował żądania wobec USA i NATO.', 'pl', [['date', 'Dziesięć dni po', 'rel:+P10D']]);
    assert.deepStrictEqual(run(relativeDateMismatch, d, [PL_SRC]), []);
  });
  test('EN C: a week later where the source says two days later', () => {
    const d = doc('d.md', 'A week later, Pama was granted bail by the court.', 'en', [['date', 'A week later', 'rel:+P7D']]);
    assert.strictEqual(run(relativeDateMismatch, d, [EN_SRC]).length, 1);
  });
  test('EN S: an absolute date is not compared with a relative one', () => {
    const d = doc('d.md', 'On April 30, Pama was granted bail by the court.', 'en', [['date', 'April 30', 'XXXX-04-30']]);
    assert.deepStrictEqual(run(relativeDateMismatch, d, [EN_SRC]), []);
  });
});
