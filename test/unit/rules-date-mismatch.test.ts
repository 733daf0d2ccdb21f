import * as assert from 'assert';
import { dateMismatch } from '../../src/core/check/rules/date';
import { doc, run } from './check-fixture';

const PL_SRC = doc('s.txt', 'Poprzednią rozmowę telefoniczną obaj prezydenci odbyli 7 grudnia. Po tym, jak wojska rosyjskie wkroczyły na Ukrainę 24 lutego, Zachód nałożył na Rosję surowe sankcje. Od 1964 roku wybory w Ohio wygrywa kandydat, który zwycięża w całym kraju.', 'pl', [
  ['date', '7 grudnia', 'XXXX-12-07'], ['date', '24 lutego', 'XXXX-02-24'], ['date', '1964 roku', '1964'],
]);
const EN_SRC = doc('s.txt', 'Since testimony began March 4, federal prosecutors have called 92 witnesses, and the defense just four. The case is due to return to court on May 18.', 'en', [
  ['date', 'March 4', 'XXXX-03-04'], ['date', 'May 18', 'XXXX-05-18'],
]);

suite('rule date-mismatch', () => {
  test('PL C: another day', () => {
    const d = doc('d.md', 'Poprzednio obaj prezydenci rozmawiali telefonicznie 9 grudnia.', 'pl', [['date', '9 grudnia', 'XXXX-12-09']]);
    const f = run(dateMismatch, d, [PL_SRC]);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].replacement, '7 grudnia');
    assert.match(f[0].message.pl, /7 grudnia/);
  });
  test('PL C: another month and another year', () => {
    const d = doc('d.md', 'Wojska rosyjskie wkroczyły na Ukrainę 24 marca.\n\nOd 1960 roku w Ohio wygrywa kandydat, który ostatecznie zwycięża w całym kraju.', 'pl', [
      ['date', '24 marca', 'XXXX-03-24'], ['date', '1960 roku', '1960']]);
    const f = run(dateMismatch, d, [PL_SRC]);
    assert.deepStrictEqual(f.map(x => x.expected), ['24 lutego', '1964 roku']);
    assert.match(f[0].message.en, /another month/);
  });
  test('PL S: the same date in another format; a date the source does not give', () => {
    const d = doc('d.md', 'Poprzednia rozmowa telefoniczna prezydentów miała miejsce 7.12.\n\nPolska jest członkiem NATO od 1999 roku.', 'pl', [
      ['date', '7.12', 'XXXX-12-07'], ['date', '1999 roku', '1999']]);
    assert.deepStrictEqual(run(dateMismatch, d, [PL_SRC]), []);
  });
  test('EN C: another day of the month', () => {
    const d = doc('d.md', 'Testimony in the trial began on March 14.\n\nThe case is due to return to court on May 8.', 'en', [
      ['date', 'March 14', 'XXXX-03-14'], ['date', 'May 8', 'XXXX-05-08']]);
    assert.deepStrictEqual(run(dateMismatch, d, [EN_SRC]).map(x => x.replacement), ['March 4', 'May 18']);
  });
  test('EN S: same date written the other way round', () => {
    const d = doc('d.md', 'Testimony began on 4 March, and prosecutors called 92 witnesses.', 'en', [['date', '4 March', 'XXXX-03-04']]);
    assert.deepStrictEqual(run(dateMismatch, d, [EN_SRC]), []);
  });
});
