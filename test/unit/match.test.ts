import * as assert from 'assert';
import { matchFacts } from '../../src/core/check/match';
import { context, doc, type FactSpec } from './check-fixture';

const ent = (surface: string, lemma: string): FactSpec => ['person', surface, lemma, {}, { lemma, canonical: lemma }];

suite('fact matching (hover cards)', () => {
  const src = doc('s.txt', 'Czwartkowa rozmowa prezydentów trwała ok. 50 minut.\nAmerykański prezydent Joe Biden rozmawiał ze swojego domu.\nRozmowa z Joe Bidenem była długa.', 'pl', [
    ['duration', 'ok. 50 minut', 'PT50M', { minutes: 50, approx: 'about' }], ent('Joe Biden', 'Joe Biden'), ent('Joe Bidenem', 'Joe Biden'),
  ]);
  test('agrees, contradicts, not found, with other mentions and the source line', () => {
    const d = doc('d.md', 'Rozmowa prezydentów trwała 90 minut. Joe Biden rozmawiał z domu. Sekretarz Antony Blinken milczał.', 'pl', [
      ['duration', '90 minut', 'PT90M', { minutes: 90 }], ent('Joe Biden', 'Joe Biden'), ent('Antony Blinken', 'Antony Blinken'),
    ]);
    const m = matchFacts(context(d, [src]));
    assert.deepStrictEqual(m.map(x => x.verdict), ['contradicts', 'agrees', 'not-found']);
    assert.strictEqual(m[0].source?.fact.text, 'ok. 50 minut');
    assert.strictEqual(m[0].source?.line, 0);
    assert.strictEqual(m[1].source?.line, 1);
    assert.strictEqual(m[1].otherMentions, 1);
    assert.match(m[1].source?.sentenceText ?? '', /^Amerykański prezydent/);
  });
  test('a value said elsewhere in the sources agrees', () => {
    const d = doc('d.md', 'Spotkanie ambasadorów trwało około 50 minut.', 'pl', [['duration', 'około 50 minut', 'PT50M', { minutes: 50, approx: 'about' }]]);
    assert.strictEqual(matchFacts(context(d, [src]))[0].verdict, 'agrees');
  });
});
