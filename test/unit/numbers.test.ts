import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyzeDocument } from '../../src/core/document';
import { extractTemporal } from '../../src/core/extract/temporal';
import { extractNumbers, nounLemma } from '../../src/core/extract/numbers';
import { formatNumber, numberWord, parseDigits, parseNumberText } from '../../src/core/numerals';
import type { Fact, Lang } from '../../src/core/types';

const sample = readFileSync(join(__dirname, '../../../data/samples/biden-putin-call.pl.txt'), 'utf8');

function facts(text: string, lang: Lang = 'pl'): Fact[] {
  const doc = analyzeDocument('t.txt', text, { language: lang });
  return extractNumbers(doc, extractTemporal(doc));
}
function brief(text: string, lang: Lang = 'pl'): Array<[string, string, string]> {
  return facts(text, lang).map(f => [f.kind, f.text, f.value]);
}
function one(text: string, lang: Lang = 'pl'): Fact {
  const f = facts(text, lang);
  assert.strictEqual(f.length, 1, `expected one fact in ${JSON.stringify(text)}, got ${JSON.stringify(f.map(x => [x.kind, x.text, x.value]))}`);
  return f[0];
}

suite('numerals', () => {
  test('digits with Polish and English separators', () => {
    assert.strictEqual(parseDigits('1 100', 'pl'), 1100);
    assert.strictEqual(parseDigits('13 500', 'pl'), 13500);
    assert.strictEqual(parseDigits('1,1', 'pl'), 1.1);
    assert.strictEqual(parseDigits('57,5', 'pl'), 57.5);
    assert.strictEqual(parseDigits('1.5', 'pl'), 1.5);
    assert.strictEqual(parseDigits('1.100', 'pl'), 1100);
    assert.strictEqual(parseDigits('1,100', 'en'), 1100);
    assert.strictEqual(parseDigits('1.5', 'en'), 1.5);
    assert.strictEqual(parseDigits('1,234,567.89', 'en'), 1234567.89);
    assert.strictEqual(parseDigits('1.234.567,89', 'pl'), 1234567.89);
    assert.strictEqual(parseDigits('abc', 'pl'), null);
  });
  test('Polish number words in every case and gender', () => {
    const cases: Array<[string, number]> = [
      ['dwa', 2], ['dwie', 2], ['dwóch', 2], ['dwoma', 2], ['dwiema', 2], ['trzech', 3], ['czterema', 4], ['pięćdziesiąt', 50],
      ['pięćdziesięciu', 50], ['pięćdziesięcioma', 50], ['półtorej', 1.5], ['półtora', 1.5], ['ćwierć', 0.25], ['pół', 0.5],
      ['dwa tysiące', 2000], ['tysiąc', 1000], ['trzy tysiące pięćset', 3500], ['sto dwadzieścia pięć', 125], ['dwustu', 200],
      ['dwa i pół', 2.5], ['piątym', 5], ['dwudziestego piątego', 25], ['1,1 mld', 1100000000], ['13 500', 13500], ['20 tys.', 20000],
      ['pół miliona', 500000], ['dwoje', 2], ['jedenastu', 11],
    ];
    for (const [s, v] of cases) assert.strictEqual(parseNumberText(s, 'pl'), v, s);
    assert.deepStrictEqual(numberWord('tysiące', 'pl'), { value: 1000, kind: 'scale' });
    assert.deepStrictEqual(numberWord('piątym', 'pl'), { value: 5, kind: 'ordinal' });
    assert.strictEqual(parseNumberText('tysiące', 'pl'), null, 'plural scale alone is vague ("tysiące ludzi")');
  });
  test('English number words', () => {
    const cases: Array<[string, number]> = [
      ['two', 2], ['fifty-five', 55], ['a dozen', 12], ['twice', 2], ['two hundred and five', 205], ['2.5 million', 2500000],
      ['three thousand', 3000], ['twenty-first', 21], ['a million', 1000000], ['one and a half', 1.5], ['5th', 5],
    ];
    for (const [s, v] of cases) assert.strictEqual(parseNumberText(s, 'en'), v, s);
  });
  test('not numbers', () => {
    for (const s of ['dwa koty', 'kilka', 'wiele', 'pięćdziesiąt pięćdziesiąt', 'a cat']) assert.strictEqual(parseNumberText(s, 'pl'), null, s);
    assert.strictEqual(parseNumberText('the two', 'en'), null);
  });
  test('canonical decimal strings', () => {
    assert.strictEqual(formatNumber(1100000000), '1100000000');
    assert.strictEqual(formatNumber(57.5), '57.5');
    assert.strictEqual(formatNumber(1.1 * 1e9), '1100000000');
    assert.strictEqual(formatNumber(0.1 + 0.2), '0.3');
  });
});

suite('numbers: sample article', () => {
  test('"dwa porozumienia" is a count of agreements and the only number', () => {
    const doc = analyzeDocument('biden-putin-call.pl.txt', sample);
    const got = extractNumbers(doc, extractTemporal(doc));
    assert.deepStrictEqual(got.map(f => [f.kind, f.text, f.value]), [['number', 'dwa porozumienia', '2']]);
    assert.strictEqual(got[0].attributes.unit, 'porozumienie');
    assert.strictEqual(got[0].attributes.ordinal, false);
    assert.strictEqual(sample.slice(got[0].start, got[0].end), 'dwa porozumienia');
  });
});

suite('numbers: Polish', () => {
  test('counts with nouns and approximators', () => {
    const f = one('Ponad 100 osób zginęło.');
    assert.strictEqual(f.value, '100');
    assert.strictEqual(f.attributes.approx, 'more');
    assert.strictEqual(f.attributes.unit, 'osoba');
    assert.strictEqual(one('W akcji wzięło udział około 300 strażaków.').attributes.approx, 'about');
    assert.strictEqual(one('Zginęło prawie 50 żołnierzy.').attributes.approx, 'less');
    assert.strictEqual(one('Przybyło co najmniej 20 tys. ludzi.').value, '20000');
    assert.strictEqual(one('Rosja chce zawrzeć dwa nowe porozumienia.').attributes.unit, 'porozumienie');
    assert.strictEqual(one('Przyszło pięćdziesięciu dwóch posłów.').value, '52');
  });
  test('ordinals', () => {
    const a = one('Drużyna zajęła 5. miejsce w lidze.');
    assert.strictEqual(a.value, '5');
    assert.strictEqual(a.attributes.ordinal, true);
    assert.strictEqual(one('Jest na 12 miejscu w tabeli.').attributes.ordinal, true);
    assert.strictEqual(one('Zajęli trzecie miejsce.').attributes.ordinal, true);
  });
  test('money', () => {
    assert.deepStrictEqual(brief('Budżet wynosi 1,1 mld euro.'), [['money', '1,1 mld euro', '1100000000 EUR']]);
    // Scales multiply without binary floating-point noise (8.2 × 1e9 would be 8199999999.999999).
    assert.deepStrictEqual(brief('Dotacja wyniesie 8,2 mld zł, a rezerwa 0,7 mln zł.'), [['money', '8,2 mld zł', '8200000000 PLN'], ['money', '0,7 mln zł', '700000 PLN']]);
    assert.deepStrictEqual(brief('Sales reached $4.1 billion.', 'en'), [['money', '$4.1 billion', '4100000000 USD']]);
    assert.deepStrictEqual(brief('Kosztowało to 5 mln zł.'), [['money', '5 mln zł', '5000000 PLN']]);
    assert.deepStrictEqual(brief('Dostał 1 100 złotych.'), [['money', '1 100 złotych', '1100 PLN']]);
    assert.deepStrictEqual(brief('Zapłacił 30 mln dolarów amerykańskich.'), [['money', '30 mln dolarów amerykańskich', '30000000 USD']]);
    assert.deepStrictEqual(brief('Cena: 100 PLN za bilet.'), [['money', '100 PLN', '100 PLN']]);
    assert.strictEqual(one('Zebrano ok. 13 500 zł.').attributes.approx, 'about');
  });
  test('percent', () => {
    assert.deepStrictEqual(brief('Poparcie wynosi 57,5 proc.'), [['percent', '57,5 proc.', '57.5']]);
    assert.deepStrictEqual(brief('Poparcie wynosi 57,5 procent, a 21,0 proc. jest przeciw.'), [['percent', '57,5 procent', '57.5'], ['percent', '21,0 proc.', '21']]);
    assert.deepStrictEqual(brief('Inflacja to 3,2%.'), [['percent', '3,2%', '3.2']]);
    assert.strictEqual(one('Wzrost o 2 pkt proc. w rok.').attributes.points, true);
    assert.strictEqual(one('Spadek o 10-15 proc.').value, '10/15');
    assert.deepStrictEqual(brief('Wprowadzono 5-procentowy podatek.'), [['percent', '5-procentowy', '5']]);
  });
  test('identifiers, list markers, phones and model names are not facts', () => {
    assert.deepStrictEqual(brief('Zgodnie z art. 5 ust. 2 pkt 3 ustawy.'), []);
    assert.deepStrictEqual(brief('Zob. s. 12 i nr 4.'), []);
    assert.deepStrictEqual(brief('Samolot F-16 i szczepionka COVID-19.'), []);
    assert.deepStrictEqual(brief('Kontakt: tel. 058 675-22-45, kod 00-950.'), []);
    assert.deepStrictEqual(brief('1. Wstęp do sprawy.'), []);
    assert.deepStrictEqual(brief('Jeden z nich odszedł.'), []);
  });
  test('golden medals, vague thousands, bare numbers and scores are not facts', () => {
    assert.deepStrictEqual(brief('Zdobył dwa złote medale, a trzykrotny złoty medalista odpadł.'), [['number', 'dwa złote medale', '2']]);
    assert.strictEqual(one('Cena wzrosła dwukrotnie w ciągu roku.').attributes.multiplier, true);
    assert.deepStrictEqual(brief('Setki tysięcy ludzi wyszły na ulice.'), []);
    assert.deepStrictEqual(brief('Tekst ukazał się w POLITYKA 38 i przy ul. Długiej 1.'), []);
    assert.deepStrictEqual(brief('Wolves won 29-10 against Leeds.', 'en'), []);
  });
  test('numbers inside dates, times and durations are not numbers', () => {
    assert.deepStrictEqual(brief('Dnia 7 grudnia 2021 r. o godz. 15:35 rozmawiali ok. 50 minut.'), []);
  });
});

suite('numbers: English', () => {
  test('counts, money, percent', () => {
    assert.deepStrictEqual(brief('Some 50 people died.', 'en'), [['number', 'Some 50 people', '50']]);
    assert.strictEqual(one('More than 1,100 troops arrived.', 'en').attributes.approx, 'more');
    assert.strictEqual(one('A dozen soldiers died.', 'en').value, '12');
    assert.deepStrictEqual(brief('The deal is worth $2.5 billion.', 'en'), [['money', '$2.5 billion', '2500000000 USD']]);
    assert.deepStrictEqual(brief('It cost €1.1bn.', 'en'), [['money', '€1.1bn', '1100000000 EUR']]);
    assert.deepStrictEqual(brief('It cost 20 million dollars.', 'en'), [['money', '20 million dollars', '20000000 USD']]);
    assert.deepStrictEqual(brief('Growth was 3.2% and then 21 per cent.', 'en'), [['percent', '3.2%', '3.2'], ['percent', '21 per cent', '21']]);
    assert.deepStrictEqual(brief('Inflation rose 5.4 percent.', 'en'), [['percent', '5.4 percent', '5.4']]);
  });
  test('noise that is not a fact', () => {
    assert.deepStrictEqual(brief('See page 12 and chapter 3, flight 370.', 'en'), []);
    assert.deepStrictEqual(brief('One of them left; the second stayed.', 'en'), []);
    assert.deepStrictEqual(brief('He weighs 200 pounds.', 'en').map(x => x[0]), ['number']);
  });
  test('noun lemmas', () => {
    assert.strictEqual(nounLemma('porozumienia', 'pl'), 'porozumienie');
    assert.strictEqual(nounLemma('domów', 'pl'), 'dom');
    assert.strictEqual(nounLemma('osób', 'pl'), 'osoba');
    assert.strictEqual(nounLemma('soldiers', 'en'), 'soldier');
    assert.strictEqual(nounLemma('countries', 'en'), 'country');
  });
});
