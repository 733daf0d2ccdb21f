import * as assert from 'assert';
import { checkDraft, RULE_INFO, NOT_IN_SOURCES, unsourcedFacts } from '../../src/core/check';
import { SourceIndex, stemOf, sameWord, foldWord } from '../../src/core/check/sources';
import { PresenceIndex } from '../../src/core/check/presence';
import { RULES } from '../../src/core/check/rules';
import type { RawFinding, Rule, RuleContext } from '../../src/core/check/rule';
import { analyzeDocument } from '../../src/core/document';
import { makeFact } from '../../src/core/extract/util';
import type { AttrValue, Fact, FactKind, AnalyzedDocument } from '../../src/core/types';

/** Test-only rule: flags every draft occurrence of `bad` with the first source sentence holding `good` as evidence. */
function replaceRule(bad: string, good: string, extra: Partial<RawFinding> = {}): Rule {
  return {
    code: 'test-mismatch', description: 'test rule', defaultSeverity: 'error',
    check(ctx: RuleContext): RawFinding[] {
      const out: RawFinding[] = [];
      for (let i = ctx.draft.text.indexOf(bad); i >= 0; i = ctx.draft.text.indexOf(bad, i + 1)) {
        let evidence: RawFinding['evidence'] = null;
        ctx.sources.some((s, si) => {
          const at = s.document.text.indexOf(good);
          if (at < 0) return false;
          const sentence = s.document.sentences.findIndex(x => x.start <= at && at < x.end);
          evidence = { source: si, sentence, start: at, end: at + good.length };
          return true;
        });
        out.push({ code: 'test-mismatch', start: i, end: i + bad.length, found: bad, expected: good, replacement: good,
          message: { en: `Source says ${good}, not ${bad}.`, pl: `Źródło podaje ${good}, nie ${bad}.` }, evidence, ...extra });
      }
      return out;
    },
  };
}

const SOURCE = 'Pierwsze zdanie źródła.\nRozmowa prezydentów zaczęła się o 15:35 czasu moskiewskiego i trwała dwie godziny.\n';

suite('check driver', () => {
  test('converts raw findings: range, evidence, message language, replacement', () => {
    const draft = 'Tytuł\n\nPrezydenci rozmawiali o Ukrainie. Rozmowa zaczęła się o 16:35.\n';
    // "Ukrainie" is a place the source does not name: silence not-in-sources, this test is about the rule's finding.
    const r = checkDraft({ file: 'd.md', text: draft }, [{ file: 'src/a.txt', text: SOURCE }], { rules: [replaceRule('16:35', '15:35')], language: 'pl', severities: { 'not-in-sources': 'off' } });
    assert.strictEqual(r.findings.length, 1);
    const f = r.findings[0];
    assert.strictEqual(draft.slice(f.start, f.end), '16:35');
    assert.deepStrictEqual(f.range, { start: { line: 2, character: 56 }, end: { line: 2, character: 61 } });
    assert.strictEqual(f.severity, 'error');
    assert.strictEqual(f.message, 'Źródło podaje 15:35, nie 16:35.');
    assert.strictEqual(f.replacement, '15:35');
    assert.strictEqual(f.file, 'd.md');
    assert.ok(f.evidence);
    assert.strictEqual(f.evidence.file, 'src/a.txt');
    assert.strictEqual(f.evidence.line, 1);
    assert.strictEqual(f.evidence.text, 'Rozmowa prezydentów zaczęła się o 15:35 czasu moskiewskiego i trwała dwie godziny.');
    assert.strictEqual(SOURCE.slice(f.evidence.start, f.evidence.end), f.evidence.text);
    assert.strictEqual(SOURCE.slice(f.evidence.factStart, f.evidence.factEnd), '15:35');
    const en = checkDraft({ file: 'd.md', text: draft }, [{ file: 'src/a.txt', text: SOURCE }], { rules: [replaceRule('16:35', '15:35')], language: 'en', severities: { 'not-in-sources': 'off' } });
    assert.strictEqual(en.findings[0].message, 'Source says 15:35, not 16:35.');
  });

  test('UTF-16 positions: characters after an emoji and CRLF line ends', () => {
    const draft = '😀 Wstęp.\r\nRozmowa o 16:35.\r\n';
    const r = checkDraft({ file: 'd.md', text: draft }, [{ file: 's.txt', text: SOURCE }], { rules: [replaceRule('16:35', '15:35')] });
    assert.deepStrictEqual(r.findings[0].range.start, { line: 1, character: 10 });
  });

  test('severities: per-rule override and off; a rule-level severity stands otherwise', () => {
    // The draft time 16:35 is also not in the source (not-in-sources): silenced, this test is about the test rule.
    const run = (severities: Record<string, 'off' | 'warning' | 'hint'> | undefined, extra: Partial<RawFinding> = {}) =>
      checkDraft({ file: 'd.md', text: 'O 16:35.' }, [{ file: 's.txt', text: SOURCE }], { rules: [replaceRule('16:35', '15:35', extra)], severities: { 'not-in-sources': 'off', ...severities } }).findings;
    assert.strictEqual(run(undefined)[0].severity, 'error');
    assert.strictEqual(run(undefined, { severity: 'warning' })[0].severity, 'warning');
    assert.strictEqual(run({ 'test-mismatch': 'hint' })[0].severity, 'hint');
    assert.deepStrictEqual(run({ 'test-mismatch': 'off' }), []);
  });

  test('duplicates (same range and code) are reported once, the most severe kept; sorted by position', () => {
    const a = replaceRule('16:35', '15:35', { severity: 'warning' });
    const b = replaceRule('16:35', '15:35');
    const c = { ...replaceRule('zaczęła', 'zaczęła'), code: 'other' };
    const r = checkDraft({ file: 'd.md', text: 'Rozmowa zaczęła się o 16:35. I znów o 16:35.' }, [{ file: 's.txt', text: SOURCE }], { rules: [a, b, c], severities: { 'not-in-sources': 'off' } });
    assert.deepStrictEqual(r.findings.map(f => [f.start, f.severity]), [[8, 'error'], [22, 'error'], [38, 'error']]);
  });

  test('ranges are clamped into the draft; a rule that throws is reported as a warning, not a crash', () => {
    const wild: Rule = {
      code: 'wild', description: '', defaultSeverity: 'warning',
      check: () => [
        { code: 'wild', start: -5, end: 1e9, found: 'x', expected: 'y', message: { en: 'e', pl: 'p' }, evidence: { source: 7, sentence: 99, start: 0, end: 1 } },
        { code: 'wild', start: NaN, end: 3, found: 'x', expected: 'y', message: { en: 'e', pl: 'p' }, evidence: null },
      ],
    };
    const boom: Rule = { code: 'boom', description: '', defaultSeverity: 'error', check: () => { throw new Error('kaput'); } };
    const text = 'Krótki szkic.';
    const r = checkDraft({ file: 'd.md', text }, [{ file: 's.txt', text: SOURCE }], { rules: [wild, boom] });
    assert.strictEqual(r.findings.length, 1);
    assert.strictEqual(r.findings[0].start, 0);
    assert.strictEqual(r.findings[0].end, text.length);
    assert.strictEqual(r.findings[0].evidence, null);
    assert.ok(r.warnings.some(w => /boom.*kaput/.test(w)));
  });

  test('in-text suppression and the ignore list apply', () => {
    const draft = 'Rozmowa zaczęła się o 16:35.\n<!-- grounded-disable-next-line test-mismatch -->\nDruga rozmowa o 16:35.\n\nTrzecia o 16:35.\n';
    const rules = [replaceRule('16:35', '15:35')];
    const src = [{ file: 's.txt', text: SOURCE }];
    const r = checkDraft({ file: 'drafts/d.md', text: draft }, src, { rules, severities: { 'not-in-sources': 'off' } });
    assert.deepStrictEqual(r.findings.map(f => f.range.start.line), [0, 4]);
    const ig = checkDraft({ file: 'drafts/d.md', text: draft }, src, {
      rules, severities: { 'not-in-sources': 'off' }, ignore: [{ file: 'drafts/d.md', code: 'test-mismatch', found: '16:35', context: '  Trzecia   o 16:35.' }, { file: 'other.md', code: 'test-mismatch', found: '16:35', context: 'Rozmowa zaczęła się o 16:35.' }],
    });
    assert.deepStrictEqual(ig.findings.map(f => f.range.start.line), [0]);
  });

  test('a draft that is also a source is not checked against itself', () => {
    let seen = -1;
    const spy: Rule = { code: 'spy', description: '', defaultSeverity: 'hint', check: ctx => { seen = ctx.sources.length; return []; } };
    const index = new SourceIndex();
    index.update('d.md', 'Rozmowa o 16:35.');
    index.update('s.txt', SOURCE);
    checkDraft({ file: 'd.md', text: 'Rozmowa o 16:35.' }, index, { rules: [spy] });
    assert.strictEqual(seen, 1);
  });

  test('not-in-sources: information outside strict mode whatever the configured severity, warning in strict mode', () => {
    const src = [{ file: 's.txt', text: SOURCE }];
    const draft = { file: 'd.md', text: 'Rozmowa zaczęła się o 21:10.' };
    const kinds = (strict: boolean, severities?: Record<string, 'error' | 'off'>) =>
      checkDraft(draft, src, { strict, severities, rules: [] }).findings.filter(f => f.code === NOT_IN_SOURCES).map(f => f.severity);
    assert.deepStrictEqual(kinds(false), ['information']);
    assert.deepStrictEqual(kinds(false, { [NOT_IN_SOURCES]: 'error' }), ['information']);
    assert.deepStrictEqual(kinds(true), ['warning']);
    assert.deepStrictEqual(kinds(true, { [NOT_IN_SOURCES]: 'error' }), ['error']);
    assert.deepStrictEqual(kinds(true, { [NOT_IN_SOURCES]: 'off' }), []);
    assert.deepStrictEqual(checkDraft({ file: 'd.md', text: 'O 15:35.' }, src, { strict: true, rules: [] }).findings, []);
  });

  test('RULE_INFO lists every registered rule and not-in-sources', () => {
    for (const r of RULES) assert.ok(RULE_INFO.some(i => i.code === r.code));
    assert.ok(RULE_INFO.some(i => i.code === NOT_IN_SOURCES));
    assert.strictEqual(new Set(RULE_INFO.map(i => i.code)).size, RULE_INFO.length);
  });
});

suite('source index', () => {
  test('re-analyses only when the text changes', () => {
    const index = new SourceIndex();
    const a = index.update('a.txt', SOURCE, 1);
    const gen = index.generation;
    assert.strictEqual(index.update('a.txt', SOURCE, 2), a);
    assert.strictEqual(a.version, 2);
    assert.strictEqual(index.generation, gen);
    assert.strictEqual(index.sentencesWithWord('moskiewskiego').length, 1);
    const b = index.update('a.txt', 'Zupełnie inny tekst o Warszawie.', 3);
    assert.notStrictEqual(b, a);
    assert.ok(index.generation > gen);
    assert.deepStrictEqual(index.sentencesWithWord('moskiewskiego'), [], 'cross-source maps follow the new text');
    assert.strictEqual(index.sentencesWithWord('Warszawa').length, 1);
    assert.ok(index.remove('a.txt'));
    assert.strictEqual(index.list().length, 0);
  });

  test('word lookups group inflected forms', () => {
    const index = new SourceIndex();
    index.update('a.txt', 'Putin rozmawiał z Bidenem. W Rosji padał śnieg.\n\nKraków jest w Polsce.');
    const e = index.get('a.txt')!;
    assert.deepStrictEqual([...e.sentencesWithWord('Putina')], [0]);
    assert.deepStrictEqual([...e.sentencesWithWord('Rosja')], [1]);
    assert.deepStrictEqual([...e.sentencesWithWord('Krakowie')], [2]);
    assert.deepStrictEqual([...e.sentencesWithWord('Biden')], [0]);
    assert.deepStrictEqual([...e.sentencesWithWord('Tusk')], []);
    assert.deepStrictEqual([...e.sentencesWithStem(stemOf('Rosję'))], [1]);
    assert.deepStrictEqual(index.sentencesWithStem(stemOf('putinowi')).map(r => r.sentence), [0]);
    assert.strictEqual(index.stemFrequency(stemOf('śnieg')), 1);
    assert.strictEqual(foldWord('Łódź'), 'lodz');
    assert.ok(sameWord('Waszyngtonie', 'Waszyngton'));
    assert.ok(!sameWord('Tusk', 'Tusz'));
    assert.ok(!sameWord('UE', 'USA'));
  });

  test('facts by kind, value and lemma; subsets share entries', () => {
    const index = new SourceIndex();
    const doc = analyzeDocument('a.txt', 'Władimir Putin mówił 7 grudnia o 15:35.');
    const facts = [
      fact(doc, 'person', 'Władimir Putin', 'Władimir Putin', {}, { lemma: 'Władimir Putin', canonical: 'Władimir Putin' }),
      fact(doc, 'date', '7 grudnia', 'XXXX-12-07'),
      fact(doc, 'time', '15:35', '15:35'),
    ];
    index.put('a.txt', doc, facts);
    assert.strictEqual(index.factsOfKind('time').length, 1);
    assert.strictEqual(index.factsWithValue('15:35')[0].fact.text, '15:35');
    assert.strictEqual(index.factsWithValue('15:35', 'date').length, 0);
    assert.strictEqual(index.factsWithLemma('wladimir putin').length, 1);
    const sub = index.subset(['a.txt', 'missing.txt']);
    assert.strictEqual(sub.get('a.txt'), index.get('a.txt'));
    assert.strictEqual(sub.size, 1);
    const view = new SourceIndex();
    const e = view.adopt(index.get('a.txt')!);
    assert.strictEqual(e, index.get('a.txt'));
    const gen = view.generation;
    view.adopt(e);
    assert.strictEqual(view.generation, gen, 'adopting the same entry again changes nothing');
    assert.deepStrictEqual(view.sentencesWithWord('Putina').map(r => r.sentence), [0]);
    view.remove('a.txt');
    assert.deepStrictEqual(view.sentencesWithWord('Putina'), []);
    assert.strictEqual(index.sentencesWithWord('Putina').length, 1, 'the other index is untouched');
  });
});

function fact(doc: AnalyzedDocument, kind: FactKind, text: string, value: string, attributes: Record<string, AttrValue> = {}, extra: Partial<Fact> = {}): Fact {
  const at = doc.text.indexOf(text);
  assert.ok(at >= 0, text);
  return makeFact(doc, kind, at, at + text.length, value, attributes, extra);
}

suite('not in sources', () => {
  const srcText = 'Władimir Putin rozmawiał z Joe Bidenem 7 grudnia 2021 r. o godz. 15:35. Eksport spadł o 57,5 proc., do 1,1 mld euro. '
    + 'Federalny Urząd Statystyczny podał dane. Rozmowa trwała 50 minut w Waszyngtonie.';
  const sdoc = analyzeDocument('s.txt', srcText);
  const sfacts = [
    fact(sdoc, 'person', 'Władimir Putin', 'Władimir Putin', {}, { lemma: 'Władimir Putin' }),
    fact(sdoc, 'person', 'Joe Bidenem', 'Joe Biden', {}, { lemma: 'Joe Biden' }),
    fact(sdoc, 'date', '7 grudnia 2021 r.', '2021-12-07'),
    fact(sdoc, 'time', '15:35', '15:35'),
    fact(sdoc, 'percent', '57,5 proc.', '57.5', { amount: 57.5 }),
    fact(sdoc, 'money', '1,1 mld euro', '1100000000 EUR', { amount: 1100000000, currency: 'EUR' }),
    fact(sdoc, 'organization', 'Federalny Urząd Statystyczny', 'Federalny Urząd Statystyczny', {}, { lemma: 'Federalny Urząd Statystyczny' }),
    fact(sdoc, 'duration', '50 minut', 'PT50M', { minutes: 50 }),
    fact(sdoc, 'place', 'Waszyngtonie', 'Waszyngton', {}, { lemma: 'Waszyngton' }),
  ];
  const index = new SourceIndex();
  index.put('s.txt', sdoc, sfacts);
  const presence = new PresenceIndex(index);
  const missing = (draft: string, specs: Array<[FactKind, string, string, Record<string, AttrValue>?, Partial<Fact>?]>) => {
    const d = analyzeDocument('d.md', draft);
    const facts = specs.map(([k, t, v, a, e]) => fact(d, k, t, v, a, e));
    return unsourcedFacts(d, facts, presence).map(f => f.text);
  };

  test('inflected names, other number forms and compatible dates count as found', () => {
    assert.deepStrictEqual(missing('Putina i Bidena zapytano 7 grudnia o 15.35 w Waszyngtonie.', [
      ['person', 'Putina', 'Putin', {}, { lemma: 'Putin' }],
      ['person', 'Bidena', 'Biden', {}, { lemma: 'Biden' }],
      ['date', '7 grudnia', 'XXXX-12-07'],
      ['time', '15.35', '15:35'],
      ['place', 'Waszyngtonie', 'Waszyngton', {}, { lemma: 'Waszyngton' }],
    ]), []);
    assert.deepStrictEqual(missing('Spadek o 57,5 procent, do 1100 mln euro, w 50 minut; dane Federalnego Urzędu Statystycznego; 2021.', [
      ['percent', '57,5 procent', '57.5', { amount: 57.5 }],
      ['money', '1100 mln euro', '1100000000 EUR', { amount: 1100000000 }],
      ['duration', '50 minut', 'PT50M', { minutes: 50 }],
      ['organization', 'Federalnego Urzędu Statystycznego', 'Federalny Urząd Statystyczny'],
      ['date', '2021', '2021'],
    ]), []);
  });

  test('absent names, numbers and dates are reported', () => {
    assert.deepStrictEqual(missing('Tusk mówił 9 grudnia o 16:35, że 75,5 proc. to 3 mld euro; NATO i Bruksela.', [
      ['person', 'Tusk', 'Donald Tusk'],
      ['date', '9 grudnia', 'XXXX-12-09'],
      ['time', '16:35', '16:35'],
      ['percent', '75,5 proc.', '75.5', { amount: 75.5 }],
      ['money', '3 mld euro', '3000000000 EUR', { amount: 3000000000 }],
      ['organization', 'NATO', 'NATO'],
      ['place', 'Bruksela', 'Bruksela'],
    ]), ['Tusk', '9 grudnia', '16:35', '75,5 proc.', '3 mld euro', 'NATO', 'Bruksela']);
  });

  test('approximate numbers are found near a source value', () => {
    assert.deepStrictEqual(missing('Około 55 proc. i ponad 60 proc.', [
      ['percent', '55 proc.', '55', { amount: 55, approx: 'about' }],
      ['percent', '60 proc.', '60', { amount: 60 }],
    ]), ['60 proc.']);
  });

  test('numbers written in words in a source count, even without a number fact', () => {
    const en = new SourceIndex();
    en.put('e.txt', analyzeDocument('e.txt', 'Police said the gunman killed seven in a fit of rage on Tuesday.'), []);
    const d = analyzeDocument('d.md', 'He shot 7 people and 8 more.');
    const facts = [fact(d, 'number', '7 people', '7'), fact(d, 'number', '8', '8')];
    assert.deepStrictEqual(unsourcedFacts(d, facts, new PresenceIndex(en)).map(f => f.text), ['8']);
  });

  test('nested facts are reported once; the draft itself never counts as a source', () => {
    const index = new SourceIndex();
    index.update('s.txt', 'The talks went on for hours.');
    const d = analyzeDocument('d.md', 'Islanders gather on April 24.');
    const facts = [fact(d, 'date', 'April 24', 'XXXX-04-24'), fact(d, 'date', 'April', 'XXXX-04')];
    assert.deepStrictEqual(unsourcedFacts(d, facts, new PresenceIndex(index)).map(f => f.text), ['April 24']);
    const self = index.put('d.md', d, facts);
    assert.deepStrictEqual(unsourcedFacts(d, facts, new PresenceIndex(index, self)).map(f => f.text), ['April 24']);
    assert.deepStrictEqual(unsourcedFacts(d, facts, new PresenceIndex(index)).map(f => f.text), []);
  });

  test('words of the fact in one source sentence count as found (conservative)', () => {
    assert.deepStrictEqual(missing('Urząd podał dane.', [['organization', 'Urząd', 'Urząd']]), []);
  });
});
