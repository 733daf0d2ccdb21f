import * as assert from 'assert';
import { checkDraft } from '../../src/core/check/index';
import { analyzeDocument } from '../../src/core/document';
import { presenceCandidates } from '../../src/core/check/presence';

/** The texts of the not-in-sources warnings of a draft checked against one source (no other rule runs). */
function unsourced(source: string, draft: string, lang: 'pl' | 'en', strict = true): string[] {
  const r = checkDraft({ file: 'd.md', text: draft }, [{ file: 's.txt', text: source }], { strict, language: lang, rules: [] });
  return r.findings.filter(f => f.code === 'not-in-sources' && f.severity === 'warning').map(f => f.found);
}

const EN_SRC = 'Activists in London poured paint in front of the Russian embassy on Thursday. Lordstown will recall 19 Endurance pickups. '
  + 'Chinese officials said the Hubble Space Telescope had seen it.';
const PL_SRC = 'Aktywiści w Londynie wylali farbę przed ambasadą Rosji. Chińscy urzędnicy podali, że wycofano 19 ciężarówek. Rzecznik Jan Kowalski to potwierdził.';

suite('strict not-in-sources: names and numbers', () => {
  test('EN C: a demonym, an abbreviation, a number and a changed name that no source has', () => {
    const found = unsourced(EN_SRC, 'U.S. activists poured paint in front of the London Mexican embassy. Lordstown will recall 39 Endurance pickups. '
      + 'Chinese officials said the James Gunn Space Telescope had seen it.', 'en');
    assert.ok(found.includes('U.S.'), found.join('|'));
    assert.ok(found.includes('Mexican'), found.join('|'));
    assert.ok(found.includes('39'), found.join('|'));
    assert.ok(found.some(x => x.includes('Gunn')), found.join('|'));
  });
  test('EN S: aliases (U.K. for London), demonyms (China for Chinese), sentence-initial words', () => {
    assert.deepStrictEqual(unsourced(EN_SRC, 'U.K. activists poured paint in front of the Russian embassy in London. Previously, Lordstown said it will recall 19 Endurance pickups. '
      + 'Officials in China said the Hubble Space Telescope had seen it.', 'en'), []);
  });
  test('EN S: outside strict mode nothing is more than information', () => {
    assert.deepStrictEqual(unsourced(EN_SRC, 'U.S. activists poured paint in front of the London Mexican embassy. Lordstown will recall 39 Endurance pickups.', 'en', false), []);
  });
  test('PL C: a surname no source has', () => {
    assert.deepStrictEqual(unsourced(PL_SRC, 'Aktywiści wylali farbę przed ambasadą Rosji, jak potwierdził Jan Nowak.', 'pl'), ['Jan Nowak']);
  });
  test('PL S: inflected names, a country for its adjective, a surname without the first name', () => {
    assert.deepStrictEqual(unsourced(PL_SRC, 'Brytyjscy aktywiści wylali farbę przed ambasadą Rosji w Londynie. Chiny wycofały 19 ciężarówek, potwierdził Kowalski.', 'pl'), []);
  });
  test('candidates: capitalised runs, dotted abbreviations, numbers in words; not a sentence\'s first word or a title-case line', () => {
    const d = analyzeDocument('d.md', 'Shares fell. Police said the U.K. envoy met Air India staff and six pilots.\n\n# Police Arrest Gunman In Small Town\n', { language: 'en' });
    const c = presenceCandidates(d, []).map(x => `${x.kind}:${x.text}`);
    assert.deepStrictEqual(c, ['name:U.K.', 'name:Air India', 'number:six']);
  });
});
