import * as assert from 'assert';
import { durationMismatch } from '../../src/core/check/rules/duration';
import { doc, run } from './check-fixture';

const PL_SRC = doc('s.txt', 'Czwartkowa rozmowa prezydentów trwała ok. 50 minut. Amerykański prezydent rozmawiał ze swojego domu w Wilmington.', 'pl', [
  ['duration', 'ok. 50 minut', 'PT50M', { minutes: 50, approx: 'about' }],
]);
const EN_SRC = doc('s.txt', 'After deliberating for 11½ hours, jurors found Viktor Hale guilty on Wednesday of all 30 counts.', 'en', [
  ['duration', '11½ hours', 'PT11H30M', { minutes: 690 }],
]);

suite('rule duration-mismatch', () => {
  test('PL C: 90 minut / około godziny i kwadransa where the source says ok. 50 minut', () => {
    const d = doc('d.md', 'Czwartkowa rozmowa prezydentów trwała 90 minut.\n\nRozmowa prezydentów trwała około godziny i kwadransa.', 'pl', [
      ['duration', '90 minut', 'PT90M', { minutes: 90 }], ['duration', 'około godziny i kwadransa', 'PT1H15M', { minutes: 75, approx: 'about' }]]);
    const f = run(durationMismatch, d, [PL_SRC]);
    assert.strictEqual(f.length, 2);
    assert.strictEqual(f[0].replacement, 'ok. 50 minut');
    assert.match(f[1].message.pl, /ok\. 50 minut/);
  });
  test('PL S: words, rounding and "about" agree', () => {
    const d = doc('d.md', 'Amerykański prezydent rozmawiał z Władimirem Putinem około pięćdziesięciu minut.\n\nRozmowa prezydentów trwała niespełna godzinę.', 'pl', [
      ['duration', 'około pięćdziesięciu minut', 'PT50M', { minutes: 50, approx: 'about' }], ['duration', 'niespełna godzinę', 'PT1H', { minutes: 60, approx: 'less' }]]);
    assert.deepStrictEqual(run(durationMismatch, d, [PL_SRC]), []);
  });
  test('EN C: 15½ hours where the source says 11½', () => {
    const d = doc('d.md', 'Jurors deliberated for 15½ hours before finding Viktor Hale guilty.', 'en', [['duration', '15½ hours', 'PT15H30M', { minutes: 930 }]]);
    assert.strictEqual(run(durationMismatch, d, [EN_SRC]).length, 1);
  });
  test('EN S: the same duration in words', () => {
    const d = doc('d.md', 'Jurors deliberated for eleven and a half hours before finding Hale guilty.', 'en', [['duration', 'eleven and a half hours', 'PT11H30M', { minutes: 690 }]]);
    assert.deepStrictEqual(run(durationMismatch, d, [EN_SRC]), []);
  });
});
