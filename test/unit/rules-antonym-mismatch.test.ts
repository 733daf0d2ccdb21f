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
