import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyzeDocument, sentenceAt } from '../../src/core/document';
import { analyzeSource } from '../../src/core';
import { extractQuotes, quoteSpans, speakerOf } from '../../src/core/extract/quotes';
import { makeFact } from '../../src/core/extract/util';
import type { AnalyzedDocument, Fact, FactKind, Lang } from '../../src/core/types';

/** Hand-made entity facts: every occurrence of each surface form. */
function ents(doc: AnalyzedDocument, list: Array<[string, FactKind, string, string?]>): Fact[] {
  const out: Fact[] = [];
  for (const [surface, kind, canonical, role] of list) {
    for (let i = doc.text.indexOf(surface); i >= 0; i = doc.text.indexOf(surface, i + 1)) {
      out.push(makeFact(doc, kind, i, i + surface.length, canonical, role ? { role } : {}, { canonical, lemma: canonical }));
    }
  }
  return out;
}

function quotes(text: string, entities: Array<[string, FactKind, string, string?]> = [], language?: Lang, file = 'a.txt') {
  const doc = analyzeDocument(file, text, { language });
  const facts = extractQuotes(doc, ents(doc, entities));
  for (const f of facts) assert.strictEqual(f.text, text.slice(f.start, f.end));
  return facts;
}
const brief = (f: Fact) => ({ value: f.value, speaker: f.attributes.speaker, partial: f.attributes.partial });

suite('quotes: spans', () => {
  test('every kind of quotation mark; text keeps the marks, value drops them', () => {
    const text = 'A „jeden dwa” b “three four” c "five six" d «siedem» e »osiem« f ‘nine ten’ g.';
    const f = quotes(text);
    assert.deepStrictEqual(f.map(x => x.value), ['jeden dwa', 'three four', 'five six', 'siedem', 'osiem', 'nine ten']);
    assert.deepStrictEqual(f.map(x => x.text), ['„jeden dwa”', '“three four”', '"five six"', '«siedem»', '»osiem«', '‘nine ten’']);
  });
  test('Polish opening mark closed by a straight or an English mark', () => {
    assert.deepStrictEqual(quotes('Mówił „tak" i „nie“ oraz „może”.').map(x => x.value), ['tak', 'nie', 'może']);
  });
  test('nested quotes give one outer quote', () => {
    const f = quotes('„Powiedział mi: «nie zgadzam się» i wyszedł” – relacjonował świadek.');
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].value, 'Powiedział mi: «nie zgadzam się» i wyszedł');
  });
  test('an unclosed mark does not swallow the next paragraph', () => {
    const text = 'Rzecznik mówił „o wszystkim i o niczym.\n\nDrugi akapit ma „swój cytat” w środku.';
    const f = quotes(text);
    assert.deepStrictEqual(f.map(x => x.value), ['swój cytat']);
  });
  test('straight quotes pair inside a paragraph only, apostrophes are not quotes', () => {
    const text = 'He said "yes and\n\nno" twice. It’s the ‘best’ one, isn’t it? A 15" screen and "a second quote".';
    assert.deepStrictEqual(quotes(text).map(x => x.value), ['best', 'a second quote']);
  });
  test('an opening mark without a close inside a long paragraph is dropped, later quotes still found', () => {
    const text = '„To ' + 'bardzo długie zdanie bez końca. '.repeat(150) + 'A tu „krótki cytat” na końcu.';
    const f = quotes(text);
    assert.deepStrictEqual(f.map(x => x.value), ['krótki cytat']);
  });
  test('quotation marks in Markdown code are not quotes; emphasis inside a quote is kept as words', () => {
    const text = '# Tytuł\n\nKod `x = "abc"` i „**bardzo** ważne słowa” tutaj.\n\n```\n"w bloku"\n```\n';
    const f = quotes(text, [], 'pl', 'a.md');
    assert.deepStrictEqual(f.map(x => x.value), ['bardzo ważne słowa']);
    assert.strictEqual(f[0].text, '„**bardzo** ważne słowa”');
  });
  test('marks with nothing but symbols inside are not quotes', () => {
    assert.deepStrictEqual(quotes('Wynik "..." oraz „ ” i "123".').length, 0);
  });
  test('quoteSpans is stable and sorted', () => {
    const doc = analyzeDocument('a.txt', 'A „b” c „d” e.');
    const s = quoteSpans(doc);
    assert.deepStrictEqual(s, [{ start: 2, end: 5 }, { start: 8, end: 11 }]);
    assert.strictEqual(quoteSpans(doc), s);
  });
});

suite('quotes: speakers (Polish)', () => {
  const people: Array<[string, FactKind, string, string?]> = [
    ['Dmitrij Pieskow', 'person', 'Dmitrij Pieskow'], ['Anna Nowak', 'person', 'Anna Nowak'], ['Jana Kowalskiego', 'person', 'Jan Kowalski'],
    ['Kremla', 'organization', 'Kreml'], ['PAP', 'organization', 'Polska Agencja Prasowa'], ['TLP', 'organization', 'TLP'],
    ['Reutera', 'organization', 'Reuters'], ['Ejaz Ashrafi', 'person', 'Ejaz Ashrafi'], ['Tusk', 'person', 'Donald Tusk'],
  ];
  test('speaker after the quote: „…” – powiedział X', () => {
    const [f] = quotes('„Nie ma zgody na rozszerzanie NATO” – powiedział rzecznik Kremla Dmitrij Pieskow.', people);
    assert.deepStrictEqual(f.attributes, { speaker: 'Dmitrij Pieskow', speakerRole: 'rzecznik Kremla', verb: 'powiedział', partial: false });
  });
  test('speaker before the quote with a colon, and a dropped subject in the next quote', () => {
    const f = quotes('Minister Anna Nowak oświadczyła: „Rozmowy były trudne”. Potem wyszła. „Wrócimy do stołu” – podkreśliła.', people);
    assert.deepStrictEqual(f.map(brief), [
      { value: 'Rozmowy były trudne', speaker: 'Anna Nowak', partial: false },
      { value: 'Wrócimy do stołu', speaker: 'Anna Nowak', partial: false },
    ]);
    assert.strictEqual(f[1].attributes.verb, 'podkreśliła');
  });
  test('dropped subject agrees in gender with the antecedent', () => {
    const f = quotes('Dmitrij Pieskow rozmawiał z Anną Nowak. „To koniec” – dodała.', [['Dmitrij Pieskow', 'person', 'Dmitrij Pieskow'], ['Anną Nowak', 'person', 'Anna Nowak']]);
    assert.strictEqual(f[0].attributes.speaker, 'Anna Nowak');
    const g = quotes('Anna Nowak rozmawiała z Dmitrijem Pieskowem. „To koniec” – dodał.', [['Anna Nowak', 'person', 'Anna Nowak'], ['Dmitrijem Pieskowem', 'person', 'Dmitrij Pieskow']]);
    assert.strictEqual(g[0].attributes.speaker, 'Dmitrij Pieskow');
  });
  test('według / zdaniem put the speaker after the cue; partial quotes are flagged', () => {
    const f = quotes('Zdaniem Jana Kowalskiego rozmowy były „bardzo trudne”. Według PAP premier Tusk mówił o „wielkim sukcesie”.', people);
    assert.deepStrictEqual(f.map(brief), [
      { value: 'bardzo trudne', speaker: 'Jan Kowalski', partial: true },
      { value: 'wielkim sukcesie', speaker: 'Donald Tusk', partial: true },
    ]);
  });
  test('a role alone resolves to the person who holds it in the document', () => {
    const text = 'Rzecznik Kremla Dmitrij Pieskow spotkał się z dziennikarzami.\n\n„Jesteśmy gotowi do rozmów” – oświadczył rzecznik Kremla.';
    const [f] = quotes(text, people);
    assert.strictEqual(f.attributes.speaker, 'Dmitrij Pieskow');
    assert.strictEqual(f.attributes.speakerRole, 'rzecznik Kremla');
  });
  test('a role taken from the person fact (attributes.role) also resolves', () => {
    const [f] = quotes('Pieskow przyjechał rano. „Jesteśmy gotowi” – powiedział rzecznik Kremla.', [['Pieskow', 'person', 'Dmitrij Pieskow', 'rzecznik Kremla'], ['Kremla', 'organization', 'Kreml']]);
    assert.strictEqual(f.attributes.speaker, 'Dmitrij Pieskow');
  });
  test('a role nobody holds gives a role without a speaker', () => {
    const [f] = quotes('„Sytuacja jest stabilna” – oświadczył minister.', people);
    assert.strictEqual(f.attributes.speaker, null);
    assert.strictEqual(f.attributes.speakerRole, 'minister');
  });
  test('organisation as speaker; a dative organisation does not beat the person', () => {
    const f = quotes('„Będą konsekwencje” – zapowiedziało w oświadczeniu ugrupowanie TLP. „Nie opuścimy tego miejsca” – powiedział agencji Reutera rzecznik Ejaz Ashrafi.', people);
    assert.deepStrictEqual(f.map(x => x.attributes.speaker), ['TLP', 'Ejaz Ashrafi']);
  });
  test('an outlet after a preposition or as addressee is not the speaker; the dropped subject is', () => {
    const f = quotes('Jego prawnik Saif Mulook rozmawiał z mediami. „Nikt nie wie, gdzie wyląduje” – napisał w wiadomości dla agencji AFP.', [['Saif Mulook', 'person', 'Saif Mulook'], ['AFP', 'organization', 'AFP']]);
    assert.strictEqual(f[0].attributes.speaker, 'Saif Mulook');
  });
  test('a name in the genitive after a role noun is the role\'s complement, not the speaker', () => {
    const text = 'Adwokat Saif Mulook był w sądzie. Asia Bibi czekała. „Została uwolniona” – napisał prawnik Asi Bibi.';
    const doc = analyzeDocument('a.txt', text);
    const e = ents(doc, [['Saif Mulook', 'person', 'Saif Mulook', 'prawnik'], ['Asia Bibi', 'person', 'Asia Bibi']]);
    const i = text.indexOf('Asi Bibi');
    e.push(makeFact(doc, 'person', i, i + 8, 'Asia Bibi', { gender: 'f' }, { canonical: 'Asia Bibi', lemma: 'Asia Bibi' }));
    const [f] = extractQuotes(doc, e);
    assert.strictEqual(f.attributes.speaker, 'Saif Mulook');
  });
  test('the subject agrees in gender with the verb', () => {
    const f = quotes('Asia Bibi mówiła, że Jan Nowak oddał życie za innych i zapytała: „A co zrobił on?”.', [['Asia Bibi', 'person', 'Asia Bibi'], ['Jan Nowak', 'person', 'Jan Nowak']]);
    assert.strictEqual(f[0].attributes.speaker, 'Asia Bibi');
  });
  test('an impersonal verb ("zaznaczono") has no speaker; a name the extractor missed right after the verb is used', () => {
    const f = quotes('Jan Nowak był w Berlinie. „Jesteśmy gotowi” – zaznaczono w Berlinie. „To decydujący krok” – powiedział Barnier.', [['Jan Nowak', 'person', 'Jan Nowak']]);
    assert.deepStrictEqual(f.map(x => x.attributes.speaker), [null, 'Barnier']);
  });
  test('role phrases take a genitive complement only up to the end of the clause', () => {
    const f = quotes('„Nie pozwolimy na to” – oświadczył szef rządu. Zdaniem sędziego tolerancja jest „podstawą islamu”.');
    assert.deepStrictEqual(f.map(x => x.attributes.speakerRole), ['szef rządu', 'sędziego']);
  });
  test('titles in quotation marks are not quotes but can be the speaker', () => {
    const f = quotes('„Walka o budżet będzie ostra” – pisze wtorkowa „Rzeczpospolita”. "Guardian" podaje, że firma "rozważa przenosiny". "Ignorujcie lud na własne ryzyko" - napisał dziennik "Daily Express".');
    assert.deepStrictEqual(f.map(x => [x.value, x.attributes.speaker]), [
      ['Walka o budżet będzie ostra', 'Rzeczpospolita'], ['rozważa przenosiny', null], ['Ignorujcie lud na własne ryzyko', 'Daily Express'],
    ]);
  });
  test('a dash, a name, then the verb; a name the extractor missed before an outlet after a preposition', () => {
    const f = quotes('„Mówią perfekcyjnie po niemiecku” – Nigel Farage wywodził, że to ważne. "To około 75 proc." - powiedział Barnier we francuskiej telewizji France 2.',
      [['Nigel Farage', 'person', 'Nigel Farage'], ['France 2', 'organization', 'France 2']]);
    assert.deepStrictEqual(f.map(x => x.attributes.speaker), ['Nigel Farage', 'Barnier']);
  });
  test('an unknown verb after a dash still attributes to a named person', () => {
    const [f] = quotes('"Protesty narastają. Nietolerancja rośnie" - alarmuje Ejaz Ashrafi.', people);
    assert.strictEqual(f.attributes.speaker, 'Ejaz Ashrafi');
  });
  test('a capitalised quote that the sentence runs on after is partial and inherits no speaker', () => {
    const f = quotes('„Nie ma zgody” – powiedział Dmitrij Pieskow. „Buntownikom” chodziło o zmiany.', people);
    assert.deepStrictEqual(f.map(brief), [
      { value: 'Nie ma zgody', speaker: 'Dmitrij Pieskow', partial: false },
      { value: 'Buntownikom', speaker: null, partial: true },
    ]);
  });
  test('scare quotes have no speaker', () => {
    const [f] = quotes('Woda stała się „nieczysta” po kontakcie z kubkiem.', people);
    assert.deepStrictEqual(brief(f), { value: 'nieczysta', speaker: null, partial: true });
  });
  test('a quote that continues an attributed one in the same paragraph keeps its speaker', () => {
    const f = quotes('„Nie ma zgody” – powiedział Dmitrij Pieskow. „To czerwona linia.”', people);
    assert.deepStrictEqual(f.map(x => x.attributes.speaker), ['Dmitrij Pieskow', 'Dmitrij Pieskow']);
  });
  test('a quoted title the entity extractor knows as an organisation is not a quote', () => {
    const f = quotes('Jak pisze „Rzeczpospolita”, rząd „rozważa zmiany”.', [['Rzeczpospolita', 'organization', 'Rzeczpospolita']]);
    assert.deepStrictEqual(f.map(x => x.value), ['rozważa zmiany']);
  });
  test('the sample article: partial quotes of Pieskow and Horne', () => {
    const text = readFileSync(join(__dirname, '../../../data/samples/biden-putin-call.pl.txt'), 'utf8');
    const f = quotes(text, [['Dmitrij Pieskow', 'person', 'Dmitrij Pieskow'], ['Emily Horne', 'person', 'Emily Horne'], ['Kremla', 'organization', 'Kreml'],
      ['Rady Bezpieczeństwa Narodowego', 'organization', 'Rada Bezpieczeństwa Narodowego']]);
    assert.deepStrictEqual(f.map(brief), [
      { value: 'kontynuowanie dyskusji', speaker: 'Dmitrij Pieskow', partial: true },
      { value: 'szereg tematów', speaker: 'Emily Horne', partial: true },
    ]);
    assert.strictEqual(f[0].attributes.speakerRole, 'rzecznik Kremla');
    assert.strictEqual(f[0].attributes.verb, 'mówił');
    assert.strictEqual(f[1].attributes.verb, 'według');
  });
});

suite('quotes: speakers (English)', () => {
  const people: Array<[string, FactKind, string, string?]> = [
    ['John Smith', 'person', 'John Smith'], ['Smith', 'person', 'John Smith'], ['Mary Jones', 'person', 'Mary Jones'],
    ['White House', 'organization', 'White House'], ['BGS', 'organization', 'British Geological Survey'],
  ];
  test('"…," said X / X said / X told reporters:', () => {
    const f = quotes('"We will not accept it," said John Smith, a spokesman for the ministry. Mary Jones told reporters: "The talks were constructive." "He was one of my idols," Smith said.', people, 'en');
    assert.deepStrictEqual(f.map(x => x.attributes.speaker), ['John Smith', 'Mary Jones', 'John Smith']);
    assert.strictEqual(f[0].attributes.speakerRole, 'spokesman for the ministry');
    assert.strictEqual(f[1].attributes.verb, 'told reporters');
  });
  test('pronouns refer back to the last person, organisations are not "he"', () => {
    const text = 'Mary Jones met the BGS team.\n\n"It was a classic earthquake," she said. A tremor shared a "similar location", the BGS said.';
    const f = quotes(text, people, 'en');
    assert.deepStrictEqual(f.map(brief), [
      { value: 'It was a classic earthquake', speaker: 'Mary Jones', partial: false },
      { value: 'similar location', speaker: 'British Geological Survey', partial: true },
    ]);
  });
  test('a pronoun after the verb begins the reported clause; "it" is not a person', () => {
    const f = quotes('Winston Churchill coined the phrase.\n\nThe document says it could bring a "brief period of ambiguity". "We are ready," it said.', people, 'en');
    assert.deepStrictEqual(f.map(x => x.attributes.speaker), [null, null]);
  });
  test('according to X', () => {
    const [f] = quotes('According to the White House, the call lasted "about an hour".', people, 'en');
    assert.deepStrictEqual(brief(f), { value: 'about an hour', speaker: 'White House', partial: true });
  });
  test('no reporting verb, no speaker', () => {
    const [f] = quotes('Shale gas drilling, known as "fracking", is controversial.', people, 'en');
    assert.strictEqual(f.attributes.speaker, null);
  });
});

suite('speakerOf (reported speech without quotation marks)', () => {
  test('subject before the verb, speaker after "według"/"according to", none without a cue', () => {
    const text = 'Rzecznik Kremla Dmitrij Pieskow mówił, że celem rozmowy jest kontynuacja dyskusji. Według Anny Nowak rozmowa trwała godzinę. Rozmowa trwała godzinę.';
    const doc = analyzeDocument('a.txt', text);
    const e = ents(doc, [['Dmitrij Pieskow', 'person', 'Dmitrij Pieskow'], ['Anny Nowak', 'person', 'Anna Nowak'], ['Kremla', 'organization', 'Kreml']]);
    assert.strictEqual(speakerOf(doc, 0, e)?.speaker, 'Dmitrij Pieskow');
    assert.strictEqual(speakerOf(doc, 0, e)?.speakerRole, 'rzecznik Kremla');
    assert.strictEqual(speakerOf(doc, 1, e)?.speaker, 'Anna Nowak');
    assert.strictEqual(speakerOf(doc, 2, e), null);
    assert.strictEqual(speakerOf(doc, 99, e), null);
  });
  test('Polish dialogue dashes and inverted attributions', () => {
    const text = 'Jan Nowak był w Berlinie.\n\nJoe Biden prowadzi na wschodzie – podaje agencja AP. − Wojna ma ogromny wpływ na handel − ostrzegł niedawno Dirk Jandura, prezes BGA. Jak dodał: „Skutki są trudne do przewidzenia”.';
    const doc = analyzeDocument('a.txt', text);
    const e = ents(doc, [['Dirk Jandura', 'person', 'Dirk Jandura'], ['Jan Nowak', 'person', 'Jan Nowak'], ['Joe Biden', 'person', 'Joe Biden'], ['AP', 'organization', 'Associated Press']]);
    const at = (s: string) => sentenceAt(doc, text.indexOf(s));
    assert.strictEqual(speakerOf(doc, at('Joe Biden'), e)?.speaker, 'Associated Press');
    assert.strictEqual(speakerOf(doc, at('Wojna'), e)?.speaker, 'Dirk Jandura');
    assert.strictEqual(speakerOf(doc, at('Jak dodał'), e)?.speaker, 'Dirk Jandura');
    assert.strictEqual(extractQuotes(doc, e)[0].attributes.speaker, 'Dirk Jandura');
  });
  test('English: the ministry said …; a dropped subject needs a pronoun', () => {
    const text = 'John Smith arrived. He said the talks had failed. The weather was bad.';
    const doc = analyzeDocument('a.txt', text, { language: 'en' });
    const e = ents(doc, [['John Smith', 'person', 'John Smith']]);
    assert.strictEqual(speakerOf(doc, 1, e)?.speaker, 'John Smith');
    assert.strictEqual(speakerOf(doc, 2, e), null);
    const d2 = analyzeDocument('a.txt', 'John Smith arrived. The acts are intolerable, the agency said in a statement.', { language: 'en' });
    assert.strictEqual(speakerOf(d2, 1, ents(d2, [['John Smith', 'person', 'John Smith']])), null);
  });
});

suite('quotes with the real entity extractor', function () {
  this.timeout(30000);
  test('the sample article through analyzeSource', () => {
    const text = readFileSync(join(__dirname, '../../../data/samples/biden-putin-call.pl.txt'), 'utf8');
    const q = analyzeSource('s.txt', text).facts.filter(f => f.kind === 'quote');
    assert.deepStrictEqual(q.map(f => [f.value, f.attributes.speaker]), [['kontynuowanie dyskusji', 'Dmitrij Pieskow'], ['szereg tematów', 'Emily Horne']]);
  });
  test('Polish and English snippets', () => {
    const pl = analyzeSource('a.txt', 'Minister Anna Nowak spotkała się z Janem Kowalskim. „Rozmowy były trudne” – powiedziała Nowak. „Wrócimy” – dodał Kowalski.').facts.filter(f => f.kind === 'quote');
    assert.deepStrictEqual(pl.map(f => f.attributes.speaker), ['Anna Nowak', 'Jan Kowalski']);
    const en = analyzeSource('a.txt', 'Prime Minister Boris Johnson visited Kyiv on Friday. "We stand with Ukraine," he told reporters.', { language: 'en' }).facts.filter(f => f.kind === 'quote');
    assert.deepStrictEqual(en.map(f => f.attributes.speaker), ['Boris Johnson']);
  });
});
