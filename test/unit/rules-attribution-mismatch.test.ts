import * as assert from 'assert';
import { attributionMismatch } from '../../src/core/check/rules/attribution';
import { doc, run } from './check-fixture';

const PL_SRC = doc('s.txt', 'Przed rozmową Siły Powietrzne USA wysłały samolot szpiegowski nad wschodnią Ukrainę - podało CNN. Nie dysponujemy wystarczającą liczbą samolotów - powiedział O\'Leary, cytowany przez agencję Reutera.', 'pl');
const EN_SRC = doc('s.txt', '"We cannot define what happened in 1915 as a fire," Turkish Foreign Minister Kemal Aslan told CNN on Tuesday.', 'en');

suite('rule attribution-mismatch', () => {
  test('PL C: another outlet cited (also inflected)', () => {
    const d = doc('d.md', 'O locie samolotu szpiegowskiego nad Ukrainę przed rozmową poinformował Reuters.\n\nO\'Leary, cytowany przez agencję Bloomberg, mówił, że firma nie dysponuje wystarczającą liczbą samolotów.', 'pl');
    const f = run(attributionMismatch, d, [PL_SRC]);
    assert.deepStrictEqual(f.map(x => [x.found, x.expected]), [['Reuters', 'CNN'], ['Bloomberg', 'Reuters']]);
  });
  test('PL S: the same outlet in another case; no outlet in the draft', () => {
    const d = doc('d.md', 'Cytowany przez agencję Reuters O\'Leary mówił, że firma nie dysponuje wystarczającą liczbą samolotów.\n\nPrzed rozmową USA wysłały samolot szpiegowski nad wschodnią Ukrainę.', 'pl');
    assert.deepStrictEqual(run(attributionMismatch, d, [PL_SRC]), []);
  });
  test('EN C: told BBC where the source says CNN', () => {
    const d = doc('d.md', 'Turkish Foreign Minister Kemal Aslan told the BBC that what happened in 1915 cannot be defined as a fire.', 'en');
    assert.deepStrictEqual(run(attributionMismatch, d, [EN_SRC]).map(x => x.expected), ['CNN']);
  });
  test('EN S: the same outlet', () => {
    const d = doc('d.md', 'Turkey\'s foreign minister told CNN on Tuesday that 1915 cannot be defined as a fire.', 'en');
    assert.deepStrictEqual(run(attributionMismatch, d, [EN_SRC]), []);
  });
});
