import * as assert from 'assert';
import { percentMismatch } from '../../src/core/check/rules/percent';
import { doc, run } from './check-fixture';

const PL_SRC = doc('s.txt', 'W Michigan przeliczono blisko jedną czwartą głosów i na ten moment Trump wygrywa 57,8 procent do 40,2 procent. Dostawy do Stanów Zjednoczonych wzrosły o 21,0 proc. w porównaniu z tym samym miesiącem ubiegłego roku.', 'pl', [
  ['percent', '57,8 procent', '57.8', { amount: 57.8 }], ['percent', '40,2 procent', '40.2', { amount: 40.2 }], ['percent', '21,0 proc.', '21', { amount: 21 }],
]);
const EN_SRC = doc('s.txt', 'Unemployment in the region fell to 4.5% in March, the statistics office said.', 'en', [['percent', '4.5%', '4.5', { amount: 4.5 }]]);

suite('rule percent-mismatch', () => {
  test('PL C: one of two percentages changed', () => {
    const d = doc('d.md', 'W Michigan po przeliczeniu blisko jednej czwartej głosów Trump prowadzi 57,8 proc. do 42,0 proc.', 'pl', [
      ['percent', '57,8 proc.', '57.8', { amount: 57.8 }], ['percent', '42,0 proc.', '42', { amount: 42 }]]);
    const f = run(percentMismatch, d, [PL_SRC]);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].found, '42,0 proc.');
    assert.strictEqual(f[0].replacement, '40,2 proc.');
  });
  test('PL S: 21 procent for 21,0 proc.', () => {
    const d = doc('d.md', 'Eksport z Niemiec do USA wzrósł rok do roku o 21 procent.', 'pl', [['percent', '21 procent', '21', { amount: 21 }]]);
    assert.deepStrictEqual(run(percentMismatch, d, [PL_SRC]), []);
  });
  test('EN C: 5.4% for 4.5%', () => {
    const d = doc('d.md', 'Unemployment in the region fell to 5.4% in March.', 'en', [['percent', '5.4%', '5.4', { amount: 5.4 }]]);
    assert.strictEqual(run(percentMismatch, d, [EN_SRC])[0]?.replacement, '4.5%');
  });
  test('EN S: rounded with "about"', () => {
    const d = doc('d.md', 'Unemployment in the region fell to about 4% in March.', 'en', [['percent', 'about 4%', '4', { amount: 4, approx: 'about' }]]);
    assert.deepStrictEqual(run(percentMismatch, d, [EN_SRC]), []);
  });
});
