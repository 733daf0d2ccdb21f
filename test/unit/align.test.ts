import * as assert from 'assert';
import { alignDraft, indexSource } from '../../src/core/check/align';
import { stem } from '../../src/core/check/stem';
import { doc } from './check-fixture';

const SRC = doc('s.txt', 'Jak informowała strona amerykańska, rozmowa obu prezydentów rozpoczęła się w czwartek o godz. 15:35. Do rozmowy doszło z inicjatywy strony rosyjskiej. Czwartkowa rozmowa trwała ok. 50 minut. Amerykański prezydent rozmawiał ze swojego domu w Wilmington (Delaware).', 'pl');
const EN = doc('s.txt', 'Two screeners were fired after conspiring to grope attractive men at Denver International Airport. The TSA said no passengers have come forward with similar cases.', 'en');

suite('alignment', () => {
  test('Polish stems merge inflected forms', () => {
    assert.strictEqual(stem('Putinem', 'pl'), stem('Putin', 'pl'));
    assert.strictEqual(stem('prezydentów', 'pl'), stem('prezydenci', 'pl'));
    assert.strictEqual(stem('rozmieszczać', 'pl'), stem('rozmieszczałyby', 'pl'));
    assert.strictEqual(stem('attractive', 'en').slice(0, 5), stem('attraction', 'en').slice(0, 5));
    assert.strictEqual(stem('screeners', 'en'), stem('screener', 'en'));
  });
  test('each draft sentence finds the source sentence that speaks of the same thing', () => {
    const d = doc('d.md', 'Rozmowa prezydentów trwała około pięćdziesięciu minut. Biden rozmawiał z domu w Wilmington.', 'pl');
    const al = alignDraft(d.document, d.factsBySentence, [SRC]);
    assert.strictEqual(al[0][0]?.sentence, 2);
    assert.strictEqual(al[1][0]?.sentence, 3);
    assert.ok(al[0][0].score > 0 && al[0][0].score <= 1);
  });
  test('English: paraphrase aligned, unrelated sentence not aligned', () => {
    const d = doc('d.md', 'So far no passengers at the Denver airport have come forward with similar cases, the TSA said. The weather in Paris was sunny.', 'en');
    const al = alignDraft(d.document, d.factsBySentence, [EN]);
    assert.strictEqual(al[0][0]?.sentence, 1);
    assert.deepStrictEqual(al[1], []);
  });
  test('empty sources and an empty draft', () => {
    const d = doc('d.md', 'Coś zupełnie innego.', 'pl');
    assert.deepStrictEqual(alignDraft(d.document, d.factsBySentence, []), [[]]);
    const e = doc('e.md', '', 'pl');
    assert.deepStrictEqual(alignDraft(e.document, e.factsBySentence, [SRC]), []);
  });
  test('the index is built once per source document', () => {
    assert.strictEqual(indexSource(SRC), indexSource(SRC));
  });
});
