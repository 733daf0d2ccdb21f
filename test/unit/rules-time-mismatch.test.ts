import * as assert from 'assert';
import { timeMismatch } from '../../src/core/check/rules/time';
import { doc, run } from './check-fixture';

const PL_SRC = doc('s.txt', 'Jak informowała strona amerykańska, rozmowa obu prezydentów rozpoczęła się w czwartek o godz. 15:35 czasu waszyngtońskiego (23:35 czasu moskiewskiego). Do rozmowy doszło z inicjatywy strony rosyjskiej.', 'pl', [
  ['time', '15:35 czasu waszyngtońskiego', '15:35', { zone: 'America/New_York' }],
  ['time', '23:35 czasu moskiewskiego', '23:35', { zone: 'Europe/Moscow' }],
]);
const EN_SRC = doc('s.txt', 'Mr Marsh was reportedly in his yard on Muller Road making a lot of noise at around 9pm Thursday night. Paramedics arrived later.', 'en', [
  ['time', 'around 9pm', '21:00', { approx: 'about' }],
]);

suite('rule time-mismatch', () => {
  test('PL C: another clock time in the same zone', () => {
    const d = doc('d.md', 'Według strony amerykańskiej rozmowa prezydentów zaczęła się o 14:35 czasu waszyngtońskiego.', 'pl', [['time', '14:35 czasu waszyngtońskiego', '14:35', { zone: 'America/New_York' }]]);
    const f = run(timeMismatch, d, [PL_SRC]);
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message.pl, /15:35 czasu waszyngtońskiego/);
    assert.strictEqual(f[0].replacement, '15:35 czasu waszyngtońskiego');
    assert.deepStrictEqual(f[0].evidence && PL_SRC.document.text.slice(f[0].evidence.start, f[0].evidence.end), '15:35 czasu waszyngtońskiego');
  });
  test('PL C: the right clock reading given in the wrong zone', () => {
    const d = doc('d.md', 'Rozmowa obu prezydentów rozpoczęła się o 23:35 czasu waszyngtońskiego.', 'pl', [['time', '23:35 czasu waszyngtońskiego', '23:35', { zone: 'America/New_York' }]]);
    const f = run(timeMismatch, d, [PL_SRC]);
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message.pl, /innej strefie: 23:35 czasu moskiewskiego/);
  });
  test('PL S: the same time in another format, or the other zone\'s reading', () => {
    const d = doc('d.md', 'Rozmowa prezydentów rozpoczęła się o godz. 15.35 w Waszyngtonie.\n\nW Moskwie rozmowa prezydentów rozpoczęła się o 23.35.', 'pl', [
      ['time', '15.35', '15:35', { zone: 'America/New_York' }], ['time', '23.35', '23:35', { zone: 'Europe/Moscow' }]]);
    assert.deepStrictEqual(run(timeMismatch, d, [PL_SRC]), []);
  });
  test('EN C: 10pm where the source says around 9pm', () => {
    const d = doc('d.md', 'Mr Marsh was making a lot of noise in his yard on Muller Road at around 10pm on Thursday.', 'en', [['time', 'around 10pm', '22:00', { approx: 'about' }]]);
    const f = run(timeMismatch, d, [EN_SRC]);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].replacement, 'around 9pm');
    assert.match(f[0].message.en, /around 9pm/);
  });
  test('EN S: the same time written differently; a time in an unrelated sentence', () => {
    const d = doc('d.md', 'Mr Marsh was making noise in his yard on Muller Road at 9 p.m. on Thursday.\n\nThe bakery opens at 6am every day.', 'en', [
      ['time', '9 p.m.', '21:00'], ['time', '6am', '06:00']]);
    assert.deepStrictEqual(run(timeMismatch, d, [EN_SRC]), []);
  });
});
