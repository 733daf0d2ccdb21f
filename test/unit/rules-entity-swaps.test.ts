import * as assert from 'assert';
import { personSwap } from '../../src/core/check/rules/person-swap';
import { organizationSwap } from '../../src/core/check/rules/organization-swap';
import { placeSwap } from '../../src/core/check/rules/place-swap';
import { doc, run, type FactSpec } from './check-fixture';

const ent = (kind: 'person' | 'organization' | 'place', surface: string, lemma: string): FactSpec => [kind, surface, lemma, {}, { lemma, canonical: lemma }];

const PL_SRC = doc('s.txt', 'Joe Biden prowadzi w Teksasie – podała agencja AP, bazując na pierwszych wynikach z lokali. Poseł Marek Sowa (PSL) ocenił z kolei, że tłumaczenia artystów są słabe. Dostawy do Stanów Zjednoczonych wzrosły o 21 proc.', 'pl', [
  ent('person', 'Joe Biden', 'Joe Biden'), ent('place', 'Teksasie', 'Teksas'), ent('organization', 'AP', 'AP'),
  ent('person', 'Marek Sowa', 'Marek Sowa'), ent('organization', 'PSL', 'PSL'), ent('place', 'Stanów Zjednoczonych', 'Stany Zjednoczone'),
]);
const EN_SRC = doc('s.txt', 'Both of the officers investigated have been fired, special agent Paul Reed told police in Denver on Friday.', 'en', [
  ent('person', 'Paul Reed', 'Paul Reed'), ent('place', 'Denver', 'Denver'),
]);

suite('rules person-swap, organization-swap, place-swap', () => {
  test('PL C: another place and another party in the same statement', () => {
    const d = doc('d.md', 'Agencja AP podała, że Biden prowadzi w Nevadzie na podstawie pierwszych wyników z lokali.\n\nPoseł Marek Sowa (PO) ocenił, że tłumaczenia artystów są słabe.', 'pl', [
      ent('organization', 'AP', 'AP'), ent('person', 'Biden', 'Biden'), ent('place', 'Nevadzie', 'Nevada'),
      ent('person', 'Marek Sowa', 'Marek Sowa'), ent('organization', 'PO', 'PO')]);
    const ctxSources = [PL_SRC];
    assert.deepStrictEqual(run(placeSwap, d, ctxSources).map(x => [x.found, x.expected]), [['Nevadzie', 'Teksas']]);
    assert.deepStrictEqual(run(organizationSwap, d, ctxSources).map(x => [x.found, x.expected]), [['PO', 'PSL']]);
    assert.deepStrictEqual(run(personSwap, d, ctxSources), []);
  });
  test('PL S: another name of the same country; a new place in an unrelated sentence', () => {
    const d = doc('d.md', 'Eksport do USA wzrósł o 21 proc.\n\nW Krakowie padał deszcz.', 'pl', [ent('place', 'USA', 'USA'), ent('place', 'Krakowie', 'Kraków')]);
    assert.deepStrictEqual(run(placeSwap, d, [PL_SRC]), []);
  });
  test('EN C: another person in the same role', () => {
    const d = doc('d.md', 'Special agent Sam Cole told police in Denver on Friday that both officers investigated had been fired.', 'en', [
      ent('person', 'Sam Cole', 'Sam Cole'), ent('place', 'Denver', 'Denver')]);
    assert.deepStrictEqual(run(personSwap, d, [EN_SRC]).map(x => x.expected), ['Paul Reed']);
  });
  test('EN S: the same person by surname', () => {
    const d = doc('d.md', 'Reed told police in Denver on Friday that both officers investigated had been fired.', 'en', [ent('person', 'Reed', 'Reed'), ent('place', 'Denver', 'Denver')]);
    assert.deepStrictEqual(run(personSwap, d, [EN_SRC]), []);
  });
});
