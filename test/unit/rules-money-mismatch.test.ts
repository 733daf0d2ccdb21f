import * as assert from 'assert';
import { moneyMismatch } from '../../src/core/check/rules/money';
import { doc, run } from './check-fixture';

const PL_SRC = doc('s.txt', 'Eksport do Wielkiej Brytanii zmniejszył się o 0,3 proc. do 6,4 mld euro. Obecnie za jedną akcję irlandzkiego przewoźnika trzeba zapłacić 14,11 euro.', 'pl', [
  ['money', '6,4 mld euro', '6400000000 EUR', { amount: 6.4e9, currency: 'EUR' }], ['money', '14,11 euro', '14.11 EUR', { amount: 14.11, currency: 'EUR' }],
]);
const EN_SRC = doc('s.txt', 'The city council approved a budget of $4.2 million for the new bridge over the river.', 'en', [
  ['money', '$4.2 million', '4200000 USD', { amount: 4.2e6, currency: 'USD' }],
]);

suite('rule money-mismatch', () => {
  test('PL C: swapped digits', () => {
    const d = doc('d.md', 'Eksport do Wielkiej Brytanii zmniejszył się o 0,3 proc. do 4,6 mld euro.', 'pl', [['money', '4,6 mld euro', '4600000000 EUR', { amount: 4.6e9, currency: 'EUR' }]]);
    const f = run(moneyMismatch, d, [PL_SRC]);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].replacement, '6,4 mld euro');
  });
  test('PL S: another format of the same amount', () => {
    const d = doc('d.md', 'Za jedną akcję Orlenu trzeba obecnie zapłacić 14,11 EUR.\n\nEksport do Wielkiej Brytanii spadł do 6,4 miliarda euro.', 'pl', [
      ['money', '14,11 EUR', '14.11 EUR', { amount: 14.11, currency: 'EUR' }], ['money', '6,4 miliarda euro', '6400000000 EUR', { amount: 6.4e9, currency: 'EUR' }]]);
    assert.deepStrictEqual(run(moneyMismatch, d, [PL_SRC]), []);
  });
  test('EN C: another amount for the same budget', () => {
    const d = doc('d.md', 'The city council approved a budget of $2.4 million for the new bridge.', 'en', [['money', '$2.4 million', '2400000 USD', { amount: 2.4e6, currency: 'USD' }]]);
    const f = run(moneyMismatch, d, [EN_SRC]);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].replacement, '$4.2 million');
  });
  test('EN S: rounding with "about"', () => {
    const d = doc('d.md', 'The council approved a budget of about $4 million for the new bridge.', 'en', [['money', 'about $4 million', '4000000 USD', { amount: 4e6, currency: 'USD', approx: 'about' }]]);
    assert.deepStrictEqual(run(moneyMismatch, d, [EN_SRC]), []);
  });
});
