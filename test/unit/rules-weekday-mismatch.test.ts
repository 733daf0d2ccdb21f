import * as assert from 'assert';
import { weekdayMismatch } from '../../src/core/check/rules/weekday';
import { doc, run } from './check-fixture';

const PL_SRC = doc('s.txt', 'Minister zdrowia Tomasz Wrona informował w piątek, że poprosił prezesa Narodowego Funduszu Zdrowia o przeprowadzenie kontroli. Jak mówił, kontrola ma ruszyć w poniedziałek, 4 stycznia 2021 r.', 'pl', [
  ['date', 'w piątek', 'weekday:5'], ['date', 'w poniedziałek, 4 stycznia 2021 r.', '2021-01-04', { weekday: 1 }],
]);
const EN_SRC = doc('s.txt', 'After deliberating for 11 hours, jurors found Viktor Hale guilty on Wednesday of all 30 counts he faced.', 'en', [
  ['date', 'Wednesday', 'weekday:3'],
]);

suite('rule weekday-mismatch', () => {
  test('PL C: czwartek where the source says piątek', () => {
    const d = doc('d.md', 'Minister zdrowia Tomasz Wrona informował w czwartek, że poprosił prezesa NFZ o kontrolę.', 'pl', [['date', 'w czwartek', 'weekday:4']]);
    const f = run(weekdayMismatch, d, [PL_SRC]);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].replacement, 'w piątek');
    assert.match(f[0].message.pl, /piątek/);
  });
  test('PL C: a weekday against a full date of the source (computed weekday)', () => {
    const d = doc('d.md', 'Kontrola ma ruszyć we wtorek 4 stycznia 2021 r.', 'pl', [['date', 'we wtorek 4 stycznia 2021 r.', '2021-01-04', { weekday: 2 }]]);
    assert.strictEqual(run(weekdayMismatch, d, [PL_SRC]).length, 1);
  });
  test('PL S: same weekday, another case', () => {
    const d = doc('d.md', 'Kontrola NFZ ma ruszyć w poniedziałek 4.01.', 'pl', [['date', 'w poniedziałek 4.01', 'XXXX-01-04', { weekday: 1 }]]);
    assert.deepStrictEqual(run(weekdayMismatch, d, [PL_SRC]), []);
  });
  test('EN C: Thursday where the source says Wednesday', () => {
    const d = doc('d.md', 'Jurors found Hale guilty on Thursday of all 30 counts.', 'en', [['date', 'Thursday', 'weekday:4']]);
    const f = run(weekdayMismatch, d, [EN_SRC]);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].replacement, 'Wednesday');
  });
  test('EN S: the same weekday; a weekday in an unrelated sentence', () => {
    const d = doc('d.md', 'On Wednesday, jurors found Hale guilty.\n\nThe museum is closed on Monday.', 'en', [['date', 'Wednesday', 'weekday:3'], ['date', 'Monday', 'weekday:1']]);
    assert.deepStrictEqual(run(weekdayMismatch, d, [EN_SRC]), []);
  });
});
