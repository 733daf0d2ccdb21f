import * as assert from 'assert';
import { antonymMismatch } from '../../src/core/check/rules/antonym';
import { doc, run } from './check-fixture';

const PL_SRC = doc('s.txt', 'Przed rozmową Siły Powietrzne USA wysłały samolot szpiegowski nad wschodnią Ukrainę. W porównaniu z marcem 2021 r. eksport do krajów trzecich wzrósł jednak o 3,2 proc. Chodzi o państwa, które nie należały do NATO przed majem 1997 roku.', 'pl');
const EN_SRC = doc('s.txt', 'Exports to China rose 4% in March, the ministry said. The city banned fireworks in the old town after the fire.', 'en');

suite('rule antonym-mismatch', () => {
  test('PL C: zachodnią for wschodnią; spadł for wzrósł', () => {
    const d = doc('d.md', 'Samolot szpiegowski poleciał nad zachodnią Ukrainę.\n\nW porównaniu z marcem 2021 r. eksport do krajów trzecich spadł o 3,2 proc.', 'pl');
    const f = run(antonymMismatch, d, [PL_SRC]);
    assert.deepStrictEqual(f.map(x => [x.found, x.expected, x.replacement]), [['zachodnią', 'wschodnią', 'wschodnią'], ['spadł', 'wzrósł', 'wzrósł']]);
  });
  test('PL S: the same direction; a double inversion (nie należały przed = wstąpiły po)', () => {
    const d = doc('d.md', 'Nad wschodnią Ukrainę poleciał amerykański samolot szpiegowski.\n\nChodzi o państwa, które wstąpiły do NATO po maju 1997 roku.', 'pl');
    assert.deepStrictEqual(run(antonymMismatch, d, [PL_SRC]), []);
  });
  test('EN C: fell for rose; allowed for banned', () => {
    const d = doc('d.md', 'Exports to China fell 4% in March.\n\nThe city allowed fireworks in the old town after the fire.', 'en');
    assert.deepStrictEqual(run(antonymMismatch, d, [EN_SRC]).map(x => x.expected), ['rose', 'banned']);
  });
  test('EN S: a synonym; an opposite word that concerns something else', () => {
    const d = doc('d.md', 'Exports to China increased 4% in March.\n\nAfter the fire, the city banned fireworks; sales of candles fell.', 'en');
    assert.deepStrictEqual(run(antonymMismatch, d, [EN_SRC]), []);
  });
});

suite('rule antonym-mismatch: contrasts, closed word classes, negative prefixes', () => {
  const EN2 = doc('s.txt', 'Protesters dumped gallons of yellow and blue paint in front of the embassy. The agency will deploy a tool for small, uncrewed aircraft. Andrew Tate and his brother Tristan were detained.', 'en');
  test('EN C: another colour, a crewed aircraft, a sister for a brother, big for small', () => {
    const d = doc('d.md', 'Protesters dumped gallons of yellow and white paint in front of the embassy.\n\nThe agency will deploy a tool for big, crewed aircraft.\n\nAndrew Tate and his sister Tristan were detained.', 'en');
    assert.deepStrictEqual(run(antonymMismatch, d, [EN2]).map(x => [x.found, x.expected]), [['white', 'blue'], ['big', 'small'], ['sister', 'brother']]);
  });
  test('EN S: the same colours in another order, a name that is a colour, an unrelated colour', () => {
    const d = doc('d.md', 'Protesters dumped blue and yellow paint in front of the embassy.\n\nThe agency, led by Tom Brown, will deploy a tool for small uncrewed aircraft.\n\nAndrew Tate, in a black coat, and his brother Tristan were detained.', 'en');
    assert.deepStrictEqual(run(antonymMismatch, d, [EN2]), []);
  });
  const PL2 = doc('s.txt', 'Aktywiści wylali żółtą i niebieską farbę przed ambasadą. Ministerstwo uznało ten most za bezpieczny dla ciężarówek. Rano w niedzielę zatrzymano brata prezesa.', 'pl');
  test('PL C: another colour, niebezpieczny for bezpieczny, siostrę for brata', () => {
    const d = doc('d.md', 'Aktywiści wylali żółtą i zieloną farbę przed ambasadą.\n\nMinisterstwo uznało ten most za niebezpieczny dla ciężarówek.\n\nRano w niedzielę zatrzymano siostrę prezesa.', 'pl');
    assert.deepStrictEqual(run(antonymMismatch, d, [PL2]).map(x => [x.found, x.expected]), [['zieloną', 'niebieską'], ['niebezpieczny', 'bezpieczny'], ['siostrę', 'brata']]);
  });
  test('PL S: inflected forms of the same words; a word that only looks prefixed (niedziela)', () => {
    const d = doc('d.md', 'Przed ambasadą aktywiści wylali niebieską i żółtą farbę.\n\nMost uznano za bezpieczny dla ciężarówek.\n\nW niedzielę rano zatrzymano brata prezesa.', 'pl');
    assert.deepStrictEqual(run(antonymMismatch, d, [PL2]), []);
  });
});

suite('rule antonym-mismatch: both words of a pair in one sentence (strict)', () => {
  const SRC = doc('s.txt', 'The founder of the troubled start-up Ozy Media was arrested as part of a scheme to prop up the financially struggling company.', 'en');
  const DRAFT = 'The founder of the thriving start-up Ozy Media was arrested as part of a scheme to prop up the financially struggling company.';
  test('EN C (strict): "thriving start-up" for "troubled start-up", next to a "struggling company" both say', () => {
    assert.deepStrictEqual(run(antonymMismatch, doc('d.md', DRAFT, 'en'), [SRC], true).map(x => [x.found, x.expected]), [['thriving', 'troubled']]);
  });
  test('EN S: outside strict mode a sentence with both words of a pair is left alone; the same words in strict mode', () => {
    assert.deepStrictEqual(run(antonymMismatch, doc('d.md', DRAFT, 'en'), [SRC]), []);
    const same = 'The founder of the troubled start-up Ozy Media was arrested in a scheme to prop up the financially struggling company.';
    assert.deepStrictEqual(run(antonymMismatch, doc('d.md', same, 'en'), [SRC], true), []);
  });
});
