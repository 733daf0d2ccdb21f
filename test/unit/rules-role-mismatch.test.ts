import * as assert from 'assert';
import { roleMismatch } from '../../src/core/check/rules/role';
import { doc, run, type FactSpec } from './check-fixture';

const person = (surface: string, name: string, role?: string): FactSpec => ['person', surface, name, role ? { role } : {}, { lemma: name, canonical: name }];

const PL_SRC = doc('s.txt', 'Rzecznik Kremla Dmitrij Pieskow mówił o kontynuowaniu dyskusji. Według rzeczniczki Rady Bezpieczeństwa Narodowego Emily Horne omówiony miał zostać szereg tematów. Jan Wilk, szef Orlenu, znów ostrzegł pilotów.', 'pl', [
  person('Dmitrij Pieskow', 'Dmitrij Pieskow', 'rzecznik Kremla'), person('Emily Horne', 'Emily Horne', 'rzeczniczka Rady Bezpieczeństwa Narodowego'),
  person('Jan Wilk', 'Jan Wilk', 'szef Orlenu'),
]);
const EN_SRC = doc('s.txt', 'Pama\'s defence lawyer Bruce Peters said Mr Marsh was known for getting drunk. "We cannot define it as a fire," Turkish Foreign Minister Kemal Aslan told CNN.', 'en', [
  person('Bruce Peters', 'Bruce Peters', 'defence lawyer'), person('Kemal Aslan', 'Kemal Aslan', 'Turkish Foreign Minister'),
]);

suite('rule role-mismatch', () => {
  test('PL C: a wrong title for the right name', () => {
    const d = doc('d.md', 'Dyrektor finansowy Orlenu Jan Wilk znów ostrzegł pilotów.', 'pl', [person('Jan Wilk', 'Jan Wilk', 'Dyrektor finansowy Orlenu')]);
    const f = run(roleMismatch, d, [PL_SRC]);
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message.pl, /szef Orlenu/);
  });
  test('PL C: a title the source gives to someone else', () => {
    const d = doc('d.md', 'Rzeczniczka Kremla Emily Horne zapowiadała omówienie szeregu tematów.', 'pl', [person('Emily Horne', 'Emily Horne', 'Rzeczniczka Kremla')]);
    const f = run(roleMismatch, d, [PL_SRC]);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].severity, 'error');
    assert.match(f[0].message.pl, /Dmitrij Pieskow/);
  });
  test('PL S: a synonym of the title; the title of the source', () => {
    const d = doc('d.md', 'Prezes Orlenu Jan Wilk ostrzegł pilotów.\n\nEmily Horne, rzeczniczka Rady Bezpieczeństwa Narodowego, zapowiadała szereg tematów.', 'pl', [
      person('Jan Wilk', 'Jan Wilk', 'Prezes Orlenu'), person('Emily Horne', 'Emily Horne', 'rzeczniczka Rady Bezpieczeństwa Narodowego')]);
    assert.deepStrictEqual(run(roleMismatch, d, [PL_SRC]), []);
  });
  test('EN C: prosecutor for a defence lawyer; prime minister for a foreign minister', () => {
    const d = doc('d.md', 'Prosecutor Bruce Peters said Mr Marsh was known for getting drunk.\n\nTurkish Prime Minister Kemal Aslan told CNN it was no fire.', 'en', [
      person('Bruce Peters', 'Bruce Peters', 'Prosecutor'), person('Kemal Aslan', 'Kemal Aslan', 'Turkish Prime Minister')]);
    assert.deepStrictEqual(run(roleMismatch, d, [EN_SRC]).map(x => x.found), ['Prosecutor', 'Turkish Prime Minister']);
  });
  test('EN S: attorney for lawyer; a person the sources give no title', () => {
    const d = doc('d.md', 'Defense attorney Bruce Peters spoke to reporters.\n\nSenator John Fisher spoke too.', 'en', [
      person('Bruce Peters', 'Bruce Peters', 'Defense attorney'), person('John Fisher', 'John Fisher', 'Senator')]);
    assert.deepStrictEqual(run(roleMismatch, d, [EN_SRC]), []);
  });
});

suite('rule role-mismatch: generic words for a boss', () => {
  test('EN S: "manager" for a chief executive; EN C: "prosecutor" for a lawyer', () => {
    const src = doc('s.txt', 'Chief executive Don Meij said the company failed to get the balance right. Defense attorney Nina Ford spoke.', 'en', [
      ['person', 'Don Meij', 'Don Meij', { role: 'Chief executive' }, { lemma: 'Don Meij' }],
      ['person', 'Nina Ford', 'Nina Ford', { role: 'Defense attorney' }, { lemma: 'Nina Ford' }],
    ]);
    const ok = doc('d.md', 'Shares dropped, with manager Don Meij admitting the company did not get the balance right.', 'en', [
      ['person', 'Don Meij', 'Don Meij', { role: 'manager' }, { lemma: 'Don Meij' }],
    ]);
    assert.deepStrictEqual(run(roleMismatch, ok, [src]), []);
    const bad = doc('d.md', 'Prosecutor Nina Ford spoke.', 'en', [['person', 'Nina Ford', 'Nina Ford', { role: 'Prosecutor' }, { lemma: 'Nina Ford' }]]);
    assert.strictEqual(run(roleMismatch, bad, [src]).length, 1);
  });
});

suite('rule role-mismatch: a title said elsewhere in the source sentence', () => {
  const src = doc('s.txt', 'Merrick Garland, the attorney general, spoke on Monday. Prosecutor John Durham and senator Anna Smith listened.', 'en', [
    ['person', 'Merrick Garland', 'Merrick Garland', { role: 'senator' }, { lemma: 'Merrick Garland' }],
    ['person', 'John Durham', 'John Durham', { role: 'Prosecutor' }, { lemma: 'John Durham' }],
    ['person', 'Anna Smith', 'Anna Smith', { role: 'senator' }, { lemma: 'Anna Smith' }],
  ]);
  test('EN S: "Attorney General Merrick Garland" where the source says it after the name', () => {
    const d = doc('d.md', 'Attorney General Merrick Garland met John Durham.', 'en', [['person', 'Merrick Garland', 'Merrick Garland', { role: 'Attorney General' }, { lemma: 'Merrick Garland' }]]);
    assert.deepStrictEqual(run(roleMismatch, d, [src]), []);
  });
  test('EN C: a title the source gives someone else', () => {
    const d = doc('d.md', 'Prosecutor Merrick Garland met Anna Smith.', 'en', [['person', 'Merrick Garland', 'Merrick Garland', { role: 'Prosecutor' }, { lemma: 'Merrick Garland' }]]);
    const f = run(roleMismatch, d, [src]);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].severity, 'error');
  });
});
