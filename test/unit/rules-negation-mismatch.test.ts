import * as assert from 'assert';
import { negationMismatch } from '../../src/core/check/rules/negation';
import { doc, run } from './check-fixture';

const PL_SRC = doc('s.txt', 'Rektor uczelni powołał komisję. Dodał też, że uniwersytet nie prowadzi akcji szczepień. Ponadto Rosja i NATO zadeklarowałyby, że nie są przeciwnikami i zgodziły się rozstrzygać wszystkie spory pokojowo.', 'pl');
const EN_SRC = doc('s.txt', 'Jurors found him guilty of all counts. The start date of the penalty phase has not yet been set. The defense called four witnesses.', 'en');

suite('rule negation-mismatch', () => {
  test('PL C: the source negates what the draft affirms', () => {
    const f = run(negationMismatch, doc('d.md', 'Rektor poinformował, że uniwersytet sam prowadzi akcję szczepień.', 'pl'), [PL_SRC]);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].found, 'prowadzi');
    assert.match(f[0].message.pl, /nie prowadzi/);
  });
  test('PL C: the draft negates what the source affirms', () => {
    const f = run(negationMismatch, doc('d.md', 'Rosja i NATO nie miałyby rozstrzygać sporów pokojowo.', 'pl'), [PL_SRC]);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].found, 'nie miałyby rozstrzygać');
  });
  test('PL S: both negate; a rhetorical question; "nie tylko"', () => {
    const d = doc('d.md', 'Rosja i NATO miałyby zadeklarować, że nie są przeciwnikami.\n\nCzy uniwersytet nie prowadzi akcji szczepień?\n\nRektor uczelni powołał nie tylko komisję.', 'pl');
    assert.deepStrictEqual(run(negationMismatch, d, [PL_SRC]), []);
  });
  test('EN C: "has already been set" where the source says "has not yet been set"', () => {
    const f = run(negationMismatch, doc('d.md', 'The start date of the penalty phase has already been set.', 'en'), [EN_SRC]);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].found, 'set');
    assert.match(f[0].message.en, /not yet been set/);
  });
  test('EN S: the same negation in other words; an unaligned negation', () => {
    const d = doc('d.md', 'No start date has been set yet for the penalty phase, which has not been set.\n\nThe weather did not improve.', 'en');
    assert.deepStrictEqual(run(negationMismatch, d, [EN_SRC]), []);
  });
});

suite('rule negation-mismatch: negations elsewhere in the clause, verbs that negate', () => {
  const EN2 = doc('s.txt', 'The authorities, which launched an investigation, have not found any evidence of poison. The boss admitted the company failed to get the balance right.', 'en');
  test('EN S: "found no evidence" says what "have not found any evidence" says; "did not get" = "failed to get"', () => {
    const d = doc('d.md', 'The authorities have found no evidence of poison.\n\nThe boss admitted the company did not get the balance right.', 'en');
    assert.deepStrictEqual(run(negationMismatch, d, [EN2]), []);
  });
  test('EN C: "got the balance right" where the source says "failed to get the balance right"', () => {
    const f = run(negationMismatch, doc('d.md', 'The boss admitted the company got the balance right.', 'en'), [EN2]);
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message.en, /failed to get the balance/);
  });
  test('EN C: "failed to" inserted', () => {
    const src = doc('s.txt', 'The Hubble Space Telescope captured a new image of the distant cluster of galaxies.', 'en');
    const f = run(negationMismatch, doc('d.md', 'The Hubble Space Telescope failed to capture a new image of the distant cluster of galaxies.', 'en'), [src]);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].found, 'failed to capture');
  });
  const PL2 = doc('s.txt', 'Minister odmówił podpisania umowy z koncernem w piątek.', 'pl');
  test('PL S: "nie podpisał umowy" where the source says "odmówił podpisania umowy"', () => {
    assert.deepStrictEqual(run(negationMismatch, doc('d.md', 'Minister nie podpisał umowy z koncernem w piątek.', 'pl'), [PL2]), []);
  });
  test('PL C: "podpisał umowę" where the source says "odmówił podpisania umowy"', () => {
    const f = run(negationMismatch, doc('d.md', 'Minister podpisał w piątek umowę z koncernem.', 'pl'), [PL2]);
    assert.strictEqual(f.length, 1);
  });
});

suite('rule negation-mismatch: "stopped …ing", "prevented … from …ing", „przestał”', () => {
  const EN3 = doc('s.txt', 'Oman is opening up its airspace to Israeli carriers this week. Israeli airlines were banned from the airspace of Oman for years.', 'en');
  test('EN C: "has stopped opening up" where the source says "is opening up"', () => {
    const f = run(negationMismatch, doc('d.md', 'Oman has stopped opening up its airspace to Israeli carriers this week.', 'en'), [EN3]);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].found, 'stopped opening');
  });
  test('EN S: "banned from the airspace" negates no verb', () => {
    assert.deepStrictEqual(run(negationMismatch, doc('d.md', 'Oman is unlocking its airspace for Israeli airlines this week.', 'en'), [EN3]), []);
  });
  const PL4 = doc('s.txt', 'Fabryka w Tychach produkuje samochody elektryczne od poniedziałku.', 'pl');
  test('PL C: „przestała produkować” where the source says „produkuje”', () => {
    assert.strictEqual(run(negationMismatch, doc('d.md', 'Fabryka w Tychach przestała produkować samochody elektryczne od poniedziałku.', 'pl'), [PL4]).length, 1);
  });
  test('PL S: „nadal produkuje”', () => {
    assert.deepStrictEqual(run(negationMismatch, doc('d.md', 'Fabryka w Tychach nadal produkuje samochody elektryczne od poniedziałku.', 'pl'), [PL4]), []);
  });
});
