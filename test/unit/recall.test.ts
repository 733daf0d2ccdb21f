// The checker's recall on paraphrased drafts: extraction of compound and fractional durations, ordinals and
// ages; alignment of short paraphrases in a short source; short quotes given to another speaker. End to end
// (extractors + alignment + rules), each with a contradiction that must be flagged and a paraphrase that must not.
import * as assert from 'assert';
import { checkDraft } from '../../src/core/check';
import { analyzeSource } from '../../src/core';
import { parseDigits } from '../../src/core/numerals';
import type { Finding, Lang } from '../../src/core/types';

function facts(text: string, lang: Lang) {
  return analyzeSource('x.txt', text, { language: lang }).facts;
}

function findings(draft: string, source: string, lang: Lang): Finding[] {
  return checkDraft({ file: 'd.md', text: draft }, [{ file: 's.txt', text: source }], { language: lang })
    .findings.filter(f => f.severity === 'error' || f.severity === 'warning');
}

const codes = (fs: Finding[]) => fs.map(f => f.code);

suite('recall: durations', () => {
  test('vulgar fractions after digits', () => {
    assert.strictEqual(parseDigits('7½', 'en'), 7.5);
    assert.strictEqual(parseDigits('3¼', 'pl'), 3.25);
    assert.strictEqual(parseDigits('¾', 'en'), 0.75);
    assert.strictEqual(parseDigits('12', 'en'), 12);
  });
  test('compound Polish and English durations', () => {
    const pl = facts('Posiedzenie zarządu trwało około godziny i kwadransa. Lot trwał ponad trzy godziny i kwadrans. Obrady trwały niespełna roku.', 'pl')
      .filter(f => f.kind === 'duration').map(f => f.attributes.minutes);
    assert.deepStrictEqual(pl, [75, 195, 525600]);
    const en = facts('The hearing lasted an hour and a quarter. The crew worked for 7½ hours before resting.', 'en')
      .filter(f => f.kind === 'duration').map(f => f.attributes.minutes);
    assert.deepStrictEqual(en, [75, 450]);
  });
  test('"około godziny 17" stays a time', () => {
    const fs = facts('Pociąg odjechał około godziny 17.', 'pl');
    assert.deepStrictEqual(fs.map(f => f.kind), ['time']);
  });
  const PL_SRC = 'Posiedzenie zarządu odbyło się w poniedziałek. Posiedzenie zarządu trwało ok. 40 minut. '
    + 'Po posiedzeniu zarząd ogłosił nowy plan. Posiedzenie prowadził prezes spółki. Na posiedzeniu omawiano budżet. '
    + 'Kolejne posiedzenie zaplanowano na jesień.';
  test('PL C: a compound duration against a short source that names the meeting everywhere', () => {
    assert.deepStrictEqual(codes(findings('Posiedzenie trwało około godziny i kwadransa.', PL_SRC, 'pl')), ['duration-mismatch']);
  });
  test('PL S: the same duration', () => {
    assert.deepStrictEqual(findings('Posiedzenie trwało około czterdziestu minut.', PL_SRC, 'pl'), []);
  });
  const EN_SRC = 'The rescue crew searched the valley for 6½ hours before finding the climbers. The climbers were taken to a hospital in Denver.';
  test('EN C: a fractional duration differs ("for N hours before …" is a duration)', () => {
    assert.deepStrictEqual(codes(findings('The crew searched for 9½ hours before finding the climbers.', EN_SRC, 'en')), ['duration-mismatch']);
  });
  test('EN S: the same duration in words', () => {
    assert.deepStrictEqual(findings('The crew searched for six and a half hours before finding the climbers.', EN_SRC, 'en'), []);
  });
});

suite('recall: ordinals and ages', () => {
  test('English ordinals ranking a noun or a superlative; ages in apposition', () => {
    const fs = facts('Brazil has the fourth-largest fleet. It is the ninth season in a row. Martha Klein, 47, won. For the first time, the second half was calm.', 'en')
      .filter(f => f.kind === 'number');
    assert.deepStrictEqual(fs.map(f => [f.value, f.attributes.unit, f.attributes.ordinal]), [['4', 'largest', true], ['9', 'season', true], ['47', 'age', false]]);
  });
  const SRC = 'Brazil has the fourth-largest fleet in the region, officials said. It was the ninth season in a row that the club won the cup. '
    + 'Martha Klein, 47, was elected mayor of the town on Sunday.';
  test('EN C: another rank, another age', () => {
    assert.deepStrictEqual(codes(findings('Brazil has the second-largest fleet in the region.', SRC, 'en')), ['number-mismatch']);
    assert.deepStrictEqual(codes(findings('It was the eighth season in a row that the club won the cup.', SRC, 'en')), ['number-mismatch']);
    assert.deepStrictEqual(codes(findings('Martha Klein, 74, was elected mayor of the town.', SRC, 'en')), ['number-mismatch']);
  });
  test('EN S: the same rank and age; a count is not a rank', () => {
    assert.deepStrictEqual(findings('The fleet of Brazil is the fourth-largest in the region.', SRC, 'en'), []);
    assert.deepStrictEqual(findings('Martha Klein, 47, became mayor on Sunday.', SRC, 'en'), []);
    assert.deepStrictEqual(findings('The club has won the cup nine seasons in a row.', SRC, 'en'), []);
  });
});

suite('recall: short quotes and their speakers', () => {
  const EN_SRC = 'The council met on Monday. "Nothing has changed," farmer Tom Reed said after the vote. '
    + 'Mayor Alice Brandt said the budget would wait until spring.';
  test('EN C: a short quote the source gives to someone else', () => {
    const fs = findings('"Nothing has changed," Mayor Alice Brandt said after the vote.', EN_SRC, 'en');
    assert.deepStrictEqual(codes(fs), ['quote-speaker']);
    assert.match(fs[0].message, /Tom Reed/);
  });
  test('EN S: the right speaker; words the source does not quote', () => {
    assert.deepStrictEqual(findings('"Nothing has changed," Tom Reed said after the vote.', EN_SRC, 'en'), []);
    assert.deepStrictEqual(findings('"The budget would wait," Mayor Alice Brandt said.', EN_SRC, 'en'), []);
  });
  const PL_SRC = 'Minister rolnictwa Jan Kowalczyk powiedział, że w sprawie dopłat jest „pełne porozumienie”. '
    + 'Z kolei posłanka Anna Wiśniewska zapowiedziała dalsze rozmowy.';
  test('PL C: a two-word quote given to another person', () => {
    const fs = findings('Anna Wiśniewska mówiła, że w sprawie dopłat jest „pełne porozumienie”.', PL_SRC, 'pl');
    assert.deepStrictEqual(codes(fs), ['quote-speaker']);
  });
  test('PL S: the same speaker', () => {
    assert.deepStrictEqual(findings('Jan Kowalczyk mówił o „pełnym porozumieniu” w sprawie dopłat.', PL_SRC, 'pl'), []);
  });
});

suite('recall: dates under different qualifiers', () => {
  const SRC = 'Umowa obejmuje państwa, które nie należały do Unii przed majem 2004 roku. Rozmowy w tej sprawie trwają.';
  test('PL S: "od 2009 roku" is not the source\'s "przed majem 2004"', () => {
    assert.deepStrictEqual(findings('Słowacja należy do Unii od 2004 roku, a do strefy euro od 2009 roku.', SRC, 'pl'), []);
  });
  test('PL C: the same qualifier, another year', () => {
    assert.deepStrictEqual(codes(findings('Umowa obejmuje państwa, które nie należały do Unii przed majem 2007 roku.', SRC, 'pl')), ['date-mismatch']);
  });
});

suite('recall: mutually exclusive values (short / medium / long range)', () => {
  const PL_SRC = 'Armia kupi wyrzutnie rakiet krótkiego i średniego zasięgu od dwóch dostawców. Umowę podpisano we wtorek w Warszawie.';
  test('PL C: another member of the set, under a negation too', () => {
    assert.deepStrictEqual(codes(findings('Armia kupi wyrzutnie rakiet dalekiego zasięgu od dwóch dostawców.', PL_SRC, 'pl')), ['antonym-mismatch']);
    const SRC2 = 'Oba kraje zobowiązały się nie budować radarów średniego zasięgu przy granicy.';
    assert.deepStrictEqual(codes(findings('Oba kraje zobowiązały się nie budować radarów dalekiego zasięgu przy granicy.', SRC2, 'pl')), ['antonym-mismatch']);
  });
  test('PL S: the same members; a member not next to the set\'s noun', () => {
    assert.deepStrictEqual(findings('Armia kupi wyrzutnie rakiet średniego i krótkiego zasięgu od dwóch dostawców.', PL_SRC, 'pl'), []);
    assert.deepStrictEqual(findings('Po krótkiej przerwie armia kupi wyrzutnie rakiet od dwóch dostawców.', PL_SRC, 'pl'), []);
  });
  const EN_SRC = 'The airline will add six short-haul routes from Dublin next spring, its chief executive said.';
  test('EN C: long-haul for short-haul', () => {
    assert.deepStrictEqual(codes(findings('The airline will add six long-haul routes from Dublin next spring.', EN_SRC, 'en')), ['antonym-mismatch']);
  });
  test('EN S: the same value', () => {
    assert.deepStrictEqual(findings('Next spring the airline will add six short-haul routes from Dublin.', EN_SRC, 'en'), []);
  });
});

suite('recall: weekdays', () => {
  const PL_SRC = 'Sejmik województwa zebrał się we wtorek 9 maja 2023 r. w Opolu. Radni rozmawiali o drogach.';
  test('PL C: a weekday next to the right date (the date tells its weekday)', () => {
    const fs = findings('Sejmik województwa zebrał się w czwartek 9 maja 2023 r. w Opolu.', PL_SRC, 'pl');
    assert.deepStrictEqual(codes(fs), ['weekday-mismatch']);
    assert.strictEqual(fs[0].found, 'w czwartek');
    assert.strictEqual(fs[0].replacement, 'we wtorek');
  });
  test('PL C: a weekday next to a date without a year', () => {
    assert.deepStrictEqual(codes(findings('Sejmik województwa zebrał się w czwartek 9 maja w Opolu.', PL_SRC, 'pl')), ['weekday-mismatch']);
  });
  test('PL S: the right weekday, with or without the date', () => {
    assert.deepStrictEqual(findings('Sejmik województwa zebrał się we wtorek 9 maja w Opolu.', PL_SRC, 'pl'), []);
    assert.deepStrictEqual(findings('Radni sejmiku spotkali się w Opolu we wtorek.', PL_SRC, 'pl'), []);
  });
  const EN_SRC = 'The Tuesday vote was delayed by a storm. Senators returned to the chamber after lunch and debated the bill. The bill passed by two votes.';
  test('EN C: a bare weekday the neighbouring sentence contradicts (a warning)', () => {
    const fs = findings('Senators returned to the chamber on Friday after lunch.', EN_SRC, 'en');
    assert.deepStrictEqual(codes(fs), ['weekday-mismatch']);
    assert.strictEqual(fs[0].severity, 'warning');
  });
  test('EN S: the weekday of the neighbouring sentence', () => {
    assert.deepStrictEqual(findings('Senators returned to the chamber on Tuesday after lunch.', EN_SRC, 'en'), []);
  });
  test('EN S: neighbours that give different weekdays decide nothing', () => {
    const src = 'The Tuesday vote was delayed by a storm. Senators returned to the chamber after lunch and debated the bill. The bill passed on Thursday by two votes.';
    assert.deepStrictEqual(findings('Senators returned to the chamber on Friday after lunch.', src, 'en'), []);
  });
});

suite('recall: a name in another role', () => {
  const PL_SRC = 'Zyski spółki spadły z powodu protestów w Czechach, a nowa spółka zależna z siedzibą na Słowacji rośnie. Zarząd ogłosił plan oszczędności.';
  test('PL C: the seat given to the country the source names for something else', () => {
    const fs = findings('Nowa spółka zależna ma siedzibę w Czechach.', PL_SRC, 'pl');
    assert.deepStrictEqual(codes(fs), ['place-swap']);
    assert.strictEqual(fs[0].severity, 'warning');
  });
  test('PL S: the same role; names listed together', () => {
    assert.deepStrictEqual(findings('Nowa spółka zależna ma siedzibę na Słowacji.', PL_SRC, 'pl'), []);
    const src = 'Ministrowie spotkali się w Wiedniu i w Pradze, by rozmawiać o gazie.';
    assert.deepStrictEqual(findings('Ministrowie spotkali się w Pradze, by rozmawiać o gazie.', src, 'pl'), []);
  });
  const EN_SRC = 'The carrier blamed strikes in France for its losses, while its new subsidiary based in Austria keeps growing.';
  test('EN C: based in another country', () => {
    assert.deepStrictEqual(codes(findings('The new subsidiary is based in France.', EN_SRC, 'en')), ['place-swap']);
  });
  test('EN S: based in the right country', () => {
    assert.deepStrictEqual(findings('The new subsidiary is based in Austria.', EN_SRC, 'en'), []);
  });
});

suite('recall: a quote with one word changed', () => {
  const EN_SRC = 'The mayor spoke at the opening. "This bridge is a truly remarkable achievement for the whole region," she said. '
    + 'The bridge cost $40 million.';
  test('EN C: one interior word of a source quotation changed', () => {
    const fs = findings('The mayor called the bridge "a truly questionable achievement."', EN_SRC, 'en');
    assert.deepStrictEqual(codes(fs), ['misquote']);
    assert.match(fs[0].message, /questionable/);
  });
  test('EN S: the same words; the changed word outside any source quotation', () => {
    assert.deepStrictEqual(findings('The mayor called the bridge "a truly remarkable achievement."', EN_SRC, 'en'), []);
    const src = 'Critics said the bridge was a truly remarkable waste of money.';
    assert.deepStrictEqual(findings('Critics called it "a truly shocking waste."', src, 'en'), []);
  });
  const PL_SRC = 'Burmistrz zabrała głos na otwarciu. „To naprawdę wielkie osiągnięcie całego regionu” – powiedziała.';
  test('PL C: one word of a quotation changed', () => {
    assert.deepStrictEqual(codes(findings('Burmistrz mówiła o „naprawdę wątpliwym osiągnięciu”.', PL_SRC, 'pl')), ['misquote']);
  });
  test('PL S: inflected words of the quotation', () => {
    assert.deepStrictEqual(findings('Burmistrz mówiła o „naprawdę wielkim osiągnięciu”.', PL_SRC, 'pl'), []);
  });
});

suite('recall: a negation in the second of two joined source sentences', () => {
  const PL_SRC = 'Dyrektor szpitala Jan Wolski poinformował w piątek, że powołał komisję, która ma wyjaśnić sprawę szczepień poza kolejnością '
    + 'i przedstawić wnioski w ciągu tygodnia. Dodał, że szpital nie prowadzi akcji szczepień.';
  test('PL C: the draft affirms what the second (less aligned) sentence negates', () => {
    assert.deepStrictEqual(codes(findings('Dyrektor szpitala Jan Wolski poinformował, że szpital sam prowadzi akcję szczepień.', PL_SRC, 'pl')), ['negation-mismatch']);
  });
  test('PL S: the same negation', () => {
    assert.deepStrictEqual(findings('Dyrektor szpitala Jan Wolski poinformował, że szpital nie prowadzi akcji szczepień.', PL_SRC, 'pl'), []);
  });
  const EN_SRC = 'Police chief Maria Lopez spoke to reporters on Monday about the new station. She said the department does not keep records of such calls.';
  test('EN C: the draft affirms what the second sentence negates', () => {
    assert.deepStrictEqual(codes(findings('Police chief Maria Lopez told reporters the department keeps records of such calls.', EN_SRC, 'en')), ['negation-mismatch']);
  });
  test('EN S: the same negation', () => {
    assert.deepStrictEqual(findings('Police chief Maria Lopez told reporters the department does not keep records of such calls.', EN_SRC, 'en'), []);
  });
});

suite('recall: guards', () => {
  test('PL S: a demonym is not the place of the statement', () => {
    const src = 'Według rządu szef polskiego resortu spotka się z przewodniczącym komisji we wtorek.';
    assert.deepStrictEqual(findings('W Brukseli szef resortu spotka się z przewodniczącym komisji.', src, 'pl'), []);
  });
  test('PL C/S: a weekday adjective is compared only for the same event', () => {
    const src = 'Minister powiedział, że negocjacje będą trudne; jego nagraną wypowiedź portal opublikował w piątek.';
    assert.deepStrictEqual(findings('Wypowiedź ministra nagrana podczas środowej kolacji opublikował portal.', src, 'pl'), []);
    const src2 = 'Podczas piątkowej kolacji minister powiedział, że negocjacje będą trudne.';
    assert.deepStrictEqual(codes(findings('Podczas środowej kolacji minister powiedział, że negocjacje będą trudne.', src2, 'pl')), ['weekday-mismatch']);
  });
});
