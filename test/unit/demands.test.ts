import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyzeDocument } from '../../src/core/document';
import { analyzeSource } from '../../src/core';
import { extractDemands } from '../../src/core/extract/demands';
import { makeFact } from '../../src/core/extract/util';
import type { AnalyzedDocument, Fact, FactKind, Lang } from '../../src/core/types';

function ents(doc: AnalyzedDocument, list: Array<[string, FactKind, string]>): Fact[] {
  const out: Fact[] = [];
  for (const [surface, kind, canonical] of list) {
    for (let i = doc.text.indexOf(surface); i >= 0; i = doc.text.indexOf(surface, i + 1)) {
      out.push(makeFact(doc, kind, i, i + surface.length, canonical, {}, { canonical, lemma: canonical }));
    }
  }
  return out;
}

function demands(text: string, entities: Array<[string, FactKind, string]> = [], language?: Lang, file = 'a.txt') {
  const doc = analyzeDocument(file, text, { language });
  const facts = extractDemands(doc, ents(doc, entities));
  for (const f of facts) {
    assert.strictEqual(f.text, text.slice(f.start, f.end));
    assert.ok(!/[;.]$/.test(f.value), `value ends with punctuation: ${f.value}`);
  }
  return facts.map(f => ({ value: f.value, head: f.attributes.head, actor: f.attributes.actor, index: f.attributes.index }));
}
const values = (text: string, e: Array<[string, FactKind, string]> = [], lang?: Lang) => demands(text, e, lang).map(d => d.value);

suite('demands: the sample article', () => {
  const text = readFileSync(join(__dirname, '../../../data/samples/biden-putin-call.pl.txt'), 'utf8');
  const places: Array<[string, FactKind, string]> = [['Rosja', 'place', 'Rosja'], ['Rosję', 'place', 'Rosja'], ['Rosji', 'place', 'Rosja'], ['Moskwa', 'place', 'Moskwa'],
    ['NATO', 'organization', 'NATO'], ['Kreml', 'organization', 'Kreml'], ['USA', 'place', 'USA']];
  const d = demands(text, places);
  test('"Rosja chce zawrzeć dwa porozumienia …" is a demand of Russia', () => {
    const f = d.find(x => x.value.startsWith('zawrzeć dwa porozumienia w kwestii gwarancji bezpieczeństwa'));
    assert.ok(f, JSON.stringify(d));
    assert.strictEqual(f.head, 'chce');
    assert.strictEqual(f.actor, 'Rosja');
    assert.ok(f.value.endsWith('drugie między Federacją Rosyjską i państwami członkowskimi NATO'));
  });
  test('each item after "Propozycje obejmują:" is its own fact, actor from the previous sentence', () => {
    const items = d.filter(x => x.head === 'Propozycje obejmują');
    assert.strictEqual(items[0].value, 'wykluczenie dalszego rozszerzania NATO i akcesji Ukrainy do Sojuszu');
    assert.ok(items[1].value.startsWith('zobowiązanie do tego, aby nie rozmieszczać dodatkowych żołnierzy'));
    assert.ok(items[1].value.endsWith('osiągną porozumienie co do takiego rozmieszczenia'));
    assert.deepStrictEqual(items.map(x => x.index), items.map((_, k) => k + 1));
    assert.ok(items.every(x => x.actor === 'Moskwa'));
    // The sentences that add to the list with a conditional are items too.
    assert.ok(items.some(x => x.value.startsWith('NATO miałoby zobowiązać się do porzucenia')));
    assert.ok(items.some(x => x.value.startsWith('Obie strony miałyby też zobowiązać się')));
  });
  test('the conditions paragraph', () => {
    const items = d.filter(x => /^warunki/.test(String(x.head)));
    assert.strictEqual(items[0].head, 'warunki stawiane przez Rosję przewidują');
    assert.strictEqual(items[0].actor, 'Rosja');
    assert.strictEqual(items[0].value, 'Rosja i NATO zadeklarowałyby, że nie są przeciwnikami i zgodziły się rozstrzygać wszystkie spory pokojowo, bez użycia siły');
    assert.ok(items[1].value.startsWith('Między Rosją i NATO miałaby też być uruchomiona gorąca linia'));
    assert.strictEqual(items[1].index, 2);
  });
  test('a mention of demands without their content is not a demand', () => {
    assert.ok(!d.some(x => /wobec USA/.test(x.value)));
    assert.ok(!d.some(x => /stronie amerykańskiej/.test(x.value)));
  });
});

suite('demands: Polish cues', () => {
  const e: Array<[string, FactKind, string]> = [['Rząd', 'organization', 'rząd'], ['Solidarność', 'organization', 'NSZZ Solidarność'], ['Polska', 'place', 'Polska'],
    ['Ukraina', 'place', 'Ukraina'], ['Kijów', 'place', 'Kijów'], ['Jan Nowak', 'person', 'Jan Nowak'], ['Biden', 'person', 'Joe Biden'], ['Putinem', 'person', 'Władimir Putin']];
  test('żąda / domaga się / postuluje / wzywa do / apeluje o / oczekuje / proponuje', () => {
    assert.deepStrictEqual(demands('Rząd żąda wycofania wojsk znad granicy.', e), [{ value: 'wycofania wojsk znad granicy', head: 'żąda', actor: 'rząd', index: 1 }]);
    assert.deepStrictEqual(values('Solidarność domaga się podwyżek o 20 proc. i skrócenia czasu pracy.', e), ['podwyżek o 20 proc. i skrócenia czasu pracy']);
    assert.deepStrictEqual(values('Jan Nowak postuluje, aby szkoły były otwarte.', e), ['szkoły były otwarte']);
    assert.deepStrictEqual(values('Opozycja wzywa do dymisji ministra.'), ['dymisji ministra']);
    assert.deepStrictEqual(values('Prezydent apeluje o spokój.'), ['spokój']);
    assert.deepStrictEqual(values('Ukraina oczekuje od Zachodu dostaw broni.', e), ['od Zachodu dostaw broni']);
    assert.deepStrictEqual(demands('Polska proponuje utworzenie korytarza humanitarnego.', e).map(x => [x.value, x.actor]), [['utworzenie korytarza humanitarnego', 'Polska']]);
  });
  test('the subject after a preposition is not the actor', () => {
    assert.deepStrictEqual(demands('Biden, który rozmawiał z Putinem, wezwał do deeskalacji.', e).map(x => x.actor), ['Joe Biden']);
  });
  test('the actor is the subject: not an inflected name, not one inside a relative clause', () => {
    const d = demands('Sprawa Asii Bibi wywołała protesty, podczas których ekstremiści domagali się zmiany wyroku.', [['Asii Bibi', 'person', 'Asia Bibi']]);
    assert.deepStrictEqual(d.map(x => [x.value, x.actor]), [['zmiany wyroku', null]]);
  });
  test('a dialogue dash ends the clause; leading adverbs are not part of it', () => {
    assert.deepStrictEqual(values('Islamiści domagają się też rewizji procesu. – To jest bardzo delikatna sprawa – podkreśla przyjaciel rodziny.'), ['rewizji procesu']);
  });
  test('"chce" needs an infinitive and someone who wants', () => {
    assert.deepStrictEqual(demands('Ukraina chce wstąpić do NATO.', e).map(x => [x.value, x.actor]), [['wstąpić do NATO', 'Ukraina']]);
    assert.deepStrictEqual(values('Kijów chce, aby sankcje zostały zaostrzone.', e), ['sankcje zostały zaostrzone']);
    assert.deepStrictEqual(values('Polska chce pokoju.', e), []);
    assert.deepStrictEqual(values('Nie chce mi się o tym mówić. Kto chce, może przyjść.'), []);
  });
  test('negations, questions and nouns without content are not demands', () => {
    assert.deepStrictEqual(values('Polska nie chce wojny. Rząd nie żąda niczego. Czy Ukraina żąda broni? Czego chce Rosja?', e), []);
    assert.deepStrictEqual(values('Kreml opublikował swoje żądania wobec USA. Warunki pogodowe były trudne. Pacjent oczekuje na operację.'), []);
    assert.deepStrictEqual(values('Rozmowa trwała godzinę. Ponadto prezydent miałby odwiedzić Kijów.', e), []);
  });
  test('noun + linker or colon lists, split on ";" and on list lines', () => {
    assert.deepStrictEqual(demands('Żądania strajkujących obejmują: podwyżkę płac o 15 proc.; przywrócenie premii; zmianę regulaminu.'), [
      { value: 'podwyżkę płac o 15 proc', head: 'Żądania strajkujących obejmują', actor: null, index: 1 },
      { value: 'przywrócenie premii', head: 'Żądania strajkujących obejmują', actor: null, index: 2 },
      { value: 'zmianę regulaminu', head: 'Żądania strajkujących obejmują', actor: null, index: 3 },
    ]);
    assert.deepStrictEqual(values('Warunki Solidarności to: 1) podwyżki; 2) premie.', e), ['podwyżki', 'premie']);
    const text = 'Postulaty związku są następujące:\n- podwyżka o 500 zł;\n• dodatkowy dzień wolny\n1) nowy regulamin.\n\nTo koniec.';
    assert.deepStrictEqual(values(text), ['podwyżka o 500 zł', 'dodatkowy dzień wolny', 'nowy regulamin']);
  });
  test('Markdown list items after a cue, offsets in the original text', () => {
    const text = '---\ntitle: x\n---\n# Żądania\n\nRząd przedstawił warunki:\n\n- **zawieszenie** broni;\n- wymiana jeńców\n\nKoniec.';
    const d = demands(text, e, 'pl', 'a.md');
    assert.deepStrictEqual(d.map(x => [x.value, x.actor, x.index]), [['zawieszenie broni', 'rząd', 1], ['wymiana jeńców', 'rząd', 2]]);
  });
});

suite('demands: English cues', () => {
  const e: Array<[string, FactKind, string]> = [['Russia', 'place', 'Russia'], ['NATO', 'organization', 'NATO'], ['The union', 'organization', 'union'], ['Smith', 'person', 'John Smith']];
  test('demands / calls for / urged / insists on / proposes / wants to', () => {
    assert.deepStrictEqual(demands('Russia demands that NATO withdraw its troops.', e, 'en'), [{ value: 'NATO withdraw its troops', head: 'demands', actor: 'Russia', index: 1 }]);
    assert.deepStrictEqual(values('The union calls for an end to mandatory overtime.', e, 'en'), ['an end to mandatory overtime']);
    assert.deepStrictEqual(values('Smith urged the government to act.', e, 'en'), ['the government to act']);
    assert.deepStrictEqual(values('Russia insists on legally binding guarantees.', e, 'en'), ['legally binding guarantees']);
    assert.deepStrictEqual(values('NATO proposed a new round of talks.', e, 'en'), ['a new round of talks']);
    assert.deepStrictEqual(demands('Russia wants to sign two agreements.', e, 'en').map(x => [x.value, x.actor]), [['sign two agreements', 'Russia']]);
  });
  test('lists after "include:" and conditions', () => {
    assert.deepStrictEqual(values('The proposals include: a ban on new bases; a freeze on exercises.', e, 'en'), ['a ban on new bases', 'a freeze on exercises']);
    assert.deepStrictEqual(demands("Russia's conditions include:\n- a ceasefire\n- 2) talks in Geneva\n", e, 'en').map(x => [x.value, x.actor, x.index]),
      [['a ceasefire', 'Russia', 1], ['talks in Geneva', 'Russia', 2]]);
  });
  test('negatives: nouns, negation, questions, "wants to know"', () => {
    assert.deepStrictEqual(values('The demands were published on Friday. The demands are unrealistic.', e, 'en'), []);
    assert.deepStrictEqual(values('Russia does not want to sign. Nobody demands anything. Does NATO want to expand?', e, 'en'), []);
    assert.deepStrictEqual(values('Smith wants to know more. He wants a cup of tea.', e, 'en'), []);
    assert.deepStrictEqual(values('Demand for gas is growing. Hospitals see growing demand. The accountability demanded of the press. Russia demanded to know why.', e, 'en'), []);
    assert.deepStrictEqual(values('"I want to thank everyone and I urge you to vote," he said. Expats urged to register.', e, 'en'), []);
    assert.deepStrictEqual(values('He urged readers on Facebook. Requests for data were made.', e, 'en'), []);
    assert.deepStrictEqual(values('Russia will demand an apology from Turkey.', e, 'en'), ['an apology from Turkey']);
  });
});

suite('demands with the real entity extractor', function () {
  this.timeout(30000);
  test('the sample article through analyzeSource', () => {
    const text = readFileSync(join(__dirname, '../../../data/samples/biden-putin-call.pl.txt'), 'utf8');
    const d = analyzeSource('s.txt', text).facts.filter(f => f.kind === 'demand');
    assert.deepStrictEqual(d.map(f => [f.attributes.head, f.attributes.index]), [
      ['chce', 1], ['Propozycje obejmują', 1], ['Propozycje obejmują', 2], ['Propozycje obejmują', 3], ['Propozycje obejmują', 4],
      ['warunki stawiane przez Rosję przewidują', 1], ['warunki stawiane przez Rosję przewidują', 2],
    ]);
    assert.strictEqual(d[0].attributes.actor, 'Rosja');
    assert.strictEqual(d[5].attributes.actor, 'Rosja');
  });
});
