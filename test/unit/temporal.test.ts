import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyzeDocument } from '../../src/core/document';
import { extractTemporal, isoDuration } from '../../src/core/extract/temporal';
import type { Fact, Lang } from '../../src/core/types';

const sample = readFileSync(join(__dirname, '../../../data/samples/biden-putin-call.pl.txt'), 'utf8');

function facts(text: string, lang: Lang = 'pl'): Fact[] {
  return extractTemporal(analyzeDocument('t.txt', text, { language: lang }));
}
/** [kind, text, value] triples, in text order. */
function brief(text: string, lang: Lang = 'pl'): Array<[string, string, string]> {
  return facts(text, lang).map(f => [f.kind, f.text, f.value]);
}
function one(text: string, lang: Lang = 'pl'): Fact {
  const f = facts(text, lang);
  assert.strictEqual(f.length, 1, `expected one fact in ${JSON.stringify(text)}, got ${JSON.stringify(f.map(x => [x.kind, x.text, x.value]))}`);
  return f[0];
}

suite('temporal: sample article (biden-putin-call.pl.txt)', () => {
  const all = extractTemporal(analyzeDocument('biden-putin-call.pl.txt', sample));
  const byText = (t: string) => {
    const f = all.find(x => x.text === t);
    assert.ok(f, `no fact "${t}" among ${JSON.stringify(all.map(x => x.text))}`);
    return f;
  };
  test('offsets point at the source text', () => {
    for (const f of all) assert.strictEqual(sample.slice(f.start, f.end), f.text);
  });
  test('weekday: "w czwartek" and the adjective "Czwartkowa"', () => {
    const w = byText('czwartek');
    assert.strictEqual(w.kind, 'date');
    assert.strictEqual(w.value, 'weekday:4');
    assert.strictEqual(w.attributes.weekday, 4);
    const a = byText('Czwartkowa');
    assert.strictEqual(a.value, 'weekday:4');
    assert.strictEqual(a.attributes.adjective, true);
  });
  test('"7 grudnia" and "Dziesięć dni później" anchored to it', () => {
    const d = byText('7 grudnia');
    assert.strictEqual(d.value, 'XXXX-12-07');
    assert.strictEqual(d.attributes.month, 12);
    assert.strictEqual(d.attributes.day, 7);
    const r = byText('Dziesięć dni później');
    assert.strictEqual(r.kind, 'date');
    assert.strictEqual(r.value, 'rel:+P10D');
    assert.strictEqual(r.attributes.amount, 10);
    assert.strictEqual(r.attributes.unit, 'day');
    assert.strictEqual(r.attributes.direction, 'after');
    assert.strictEqual(r.attributes.anchor, '7 grudnia');
    assert.strictEqual(r.attributes.resolved, 'XXXX-12-17');
  });
  test('"przed majem 1997 roku" is May 1997 with qualifier before', () => {
    const d = byText('majem 1997 roku');
    assert.strictEqual(d.value, '1997-05');
    assert.strictEqual(d.attributes.qualifier, 'before');
    assert.strictEqual(d.attributes.year, 1997);
  });
  test('times 15:35 Washington and 23:35 Moscow', () => {
    const t1 = byText('godz. 15:35');
    assert.strictEqual(t1.kind, 'time');
    assert.strictEqual(t1.value, '15:35');
    assert.strictEqual(t1.attributes.zone, 'America/New_York');
    assert.strictEqual(t1.attributes.place, 'Waszyngton');
    const t2 = byText('23:35');
    assert.strictEqual(t2.value, '23:35');
    assert.strictEqual(t2.attributes.zone, 'Europe/Moscow');
  });
  test('duration "ok. 50 minut" is about 50 minutes', () => {
    const d = byText('ok. 50 minut');
    assert.strictEqual(d.kind, 'duration');
    assert.strictEqual(d.value, 'PT50M');
    assert.strictEqual(d.attributes.minutes, 50);
    assert.strictEqual(d.attributes.approx, 'about');
  });
  test('nothing else is a date, time or duration', () => {
    assert.deepStrictEqual(all.map(f => f.text), ['czwartek', 'godz. 15:35', '23:35', '7 grudnia', 'Dziesięć dni później', 'Czwartkowa', 'ok. 50 minut', 'majem 1997 roku']);
  });
});

suite('temporal: Polish dates', () => {
  test('absolute dates in every common format', () => {
    assert.strictEqual(one('Umowę podpisano 7 grudnia 2021 r. w Genewie.').value, '2021-12-07');
    assert.strictEqual(one('Umowę podpisano 7 grudnia 2021 r. w Genewie.').text, '7 grudnia 2021 r.');
    assert.strictEqual(one('Termin: 7.12.2021.').value, '2021-12-07');
    assert.strictEqual(one('Termin mija 2021-12-07 w Gdańsku.').value, '2021-12-07');
    assert.strictEqual(one('Pismo z dnia 19.02.2007r. zaginęło.').value, '2007-02-19');
    assert.strictEqual(one('Spotkanie 4.01 w ratuszu.').value, 'XXXX-01-04');
    assert.strictEqual(one('Zmarł 5. lutego 251 r. w Katanii.').value, '0251-02-05');
    assert.strictEqual(one('Było to siódmego listopada.').value, 'XXXX-11-07');
    assert.strictEqual(one('Od 7 XII 2021 obowiązuje zakaz.').value, '2021-12-07');
  });
  test('month inflections: stycznia, styczniu, styczniem, maja, maju, majem', () => {
    for (const [t, v] of [['Wrócił w styczniu.', 'XXXX-01'], ['Przed styczniem nic się nie stało.', 'XXXX-01'], ['Do maja zostało mało.', 'XXXX-05'],
      ['W maju 1997 r. podpisano akt.', '1997-05'], ['Było to w lutym 2002 roku.', '2002-02'], ['Listopad 1950 r. był zimny.', '1950-11']]) {
      assert.strictEqual(one(t).value, v, t);
    }
  });
  test('"przed majem 1997 roku" and "od 1 stycznia" carry qualifiers', () => {
    assert.strictEqual(one('Nie należały do NATO przed majem 1997 roku.').attributes.qualifier, 'before');
    assert.strictEqual(one('Przepis obowiązuje od 1 stycznia.').attributes.qualifier, 'since');
    assert.strictEqual(one('Zostanie do 30 stycznia br.').attributes.yearRef, 'current');
  });
  test('years, ranges, decades and centuries', () => {
    assert.deepStrictEqual(brief('W 2020 roku i w 1997 r. oraz w latach 1994-1998.'), [['date', '2020 roku', '2020'], ['date', '1997 r.', '1997'], ['date', 'latach 1994-1998', '1994/1998']]);
    assert.strictEqual(one('To były lata 90. w Polsce.').value, '199X');
    assert.strictEqual(one('W latach osiemdziesiątych było inaczej.').value, '198X');
    assert.strictEqual(one('Kościół z XVII w. spłonął.').value, '16XX');
    assert.strictEqual(one('W XXI wieku to normalne.').value, '20XX');
    assert.strictEqual(one('Umowa obowiązuje od 1997 do 1998 i wygasła.').value, '1997/1998');
    assert.deepStrictEqual(brief('Pracował w roku 2002 i 2003.').map(x => x[2]), ['2002', '2003']);
  });
  test('weekdays as nouns and adjectives', () => {
    assert.strictEqual(one('Rozmawiali w czwartek.').value, 'weekday:4');
    assert.strictEqual(one('W niedzielę głosowanie.').value, 'weekday:7');
    assert.strictEqual(one('Sobotni mecz odwołano.').value, 'weekday:6');
    assert.strictEqual(one('Piątkowe spotkanie trwało długo.', 'pl').attributes.adjective, true);
    assert.strictEqual(one('Spotkamy się w przyszły czwartek.').attributes.relative, 'next');
    assert.strictEqual(one('They met last Thursday.', 'en').attributes.relative, 'last');
  });
  test('relative dates', () => {
    assert.strictEqual(one('Tydzień wcześniej padał deszcz.').value, 'rel:-P7D');
    assert.strictEqual(one('Dzień wcześniej padał deszcz.').value, 'rel:-P1D');
    assert.strictEqual(one('Wczoraj padał deszcz.').value, 'rel:-P1D');
    assert.strictEqual(one('Dwa lata temu padał deszcz.').value, 'rel:-P2Y');
    assert.strictEqual(one('W ubiegłym roku padał deszcz.').value, 'rel:-P1Y');
    assert.strictEqual(one('Następnego dnia padał deszcz.').value, 'rel:+P1D');
    const r = facts('Spotkali się 3 maja. Trzy dni później podpisali umowę.')[1];
    assert.strictEqual(r.value, 'rel:+P3D');
    assert.strictEqual(r.attributes.anchor, '3 maja');
    assert.strictEqual(r.attributes.resolved, 'XXXX-05-06');
    const p = facts('Dziesięć dni po 7 grudnia Kreml opublikował żądania.');
    assert.deepStrictEqual(p.map(f => f.value), ['rel:+P10D', 'XXXX-12-07']);
    assert.strictEqual(p[0].attributes.anchor, '7 grudnia');
  });
  test('not dates: names, ids, numbers, directions', () => {
    assert.deepStrictEqual(brief('Ernest Kwiecień i Maja Nowak przyszli.'), []);
    assert.deepStrictEqual(brief('Zgodnie z art. 2005 ustawy kupiono 2000 sztuk.'), []);
    assert.deepStrictEqual(brief('Na południu kraju i z północy napływa zimne powietrze.'), []);
    assert.deepStrictEqual(brief('Zapłacił 6 zł za godzinę pracy.'), []);
    assert.deepStrictEqual(brief('Wynik meczu 85:67 (29:17, 14:14).'), []);
    assert.deepStrictEqual(brief('Wzrost wyniósł 1,5 proc., a kurs 4.25 zł.'), []);
    assert.deepStrictEqual(brief('Numer 12/1999 czasopisma, tel. 058 675-22-45.'), []);
  });
});

suite('temporal: Polish times', () => {
  test('clock times with cues and dots', () => {
    assert.deepStrictEqual(brief('Start o godz. 15, koniec o 17.30.'), [['time', 'godz. 15', '15:00'], ['time', '17.30', '17:30']]);
    assert.strictEqual(one('Zaczęło się o godzinie 15.').value, '15:00');
    assert.strictEqual(one('Zaczęło się o godz.18 w sali.').value, '18:00');
    assert.strictEqual(one('Pociąg odjechał o 8.11 z Gdańska.').value, '08:11');
    assert.strictEqual(one('Do godziny czternastej nic się nie działo.').value, '14:00');
    assert.strictEqual(one('Obudził się o ósmej rano.').value, '08:00');
    assert.strictEqual(one('Wyszedł o 9 wieczorem.').value, '21:00');
    assert.strictEqual(one('Wrócił o północy.').value, '00:00');
    assert.strictEqual(one('Akcja skończyła się kwadrans przed godziną jedenastą.').value, '10:45');
  });
  test('zones and places', () => {
    const t = one('Rozmowa zaczęła się o 15:35 czasu polskiego.');
    assert.strictEqual(t.attributes.zone, 'Europe/Warsaw');
    assert.strictEqual(one('O 12:00 UTC ogłoszono wyniki.').attributes.zone, 'UTC');
    assert.strictEqual(one('O 9:00 czasu lokalnego.').attributes.place, 'local');
  });
  test('ranges are one fact', () => {
    assert.strictEqual(one('Otwarte w godz. 10.00 - 18.00 codziennie.').value, '10:00/18:00');
    assert.strictEqual(one('Głosowanie między godz. 7 a 21 w szkołach.').value, '07:00/21:00');
  });
});

suite('temporal: harder Polish cases', () => {
  test('hours in words after prepositions, noon, "o 11-ej"', () => {
    assert.strictEqual(one('Zebranie zaczęło się o dziesiątej.').value, '10:00');
    assert.strictEqual(one('Wrócił przed ósmą i zasnął.').value, '08:00');
    assert.strictEqual(one('Msza jest o jedenastej trzydzieści.').value, '11:30');
    assert.strictEqual(one('Obudził się o pierwszej w nocy.').value, '01:00');
    assert.strictEqual(one('Wrócił o dziesiątej w nocy.').value, '22:00');
    assert.strictEqual(one('Doszli tam około południa.').value, '12:00');
    assert.strictEqual(one('Spotkajmy się o 11-ej.').value, '11:00');
    assert.deepStrictEqual(brief('Mowa o piątej kolumnie i po drugiej stronie.'), []);
    assert.strictEqual(one('O jedenastej spotykam się z Kaziem.').value, '11:00');
    assert.deepStrictEqual(brief('Seanse o godz. 12.15, 16.45, 19 i 21.15.').map(x => x[2]), ['12:15', '16:45', '19:00', '21:15']);
    assert.deepStrictEqual(brief('Dyżur w godz. 10, 12 osób czeka.').map(x => x[2]), ['10:00']);
    assert.strictEqual(one('Biuro czynne w godzinach 9-17.').value, '09:00/17:00');
  });
  test('years written in words, "r. 1886", ranges without a cue, chronologies', () => {
    assert.strictEqual(one('Śledztwo zakończono w dwa tysiące czwartym roku.').value, '2004');
    assert.strictEqual(one('Budynek z r. 1886 stoi.').value, '1886');
    assert.strictEqual(one('Sprzedaż za okres 2000-2005 wzrosła.').value, '2000/2005');
    assert.strictEqual(one('Rozkład jazdy 2009/2010 obowiązuje.').value, '2009/2010');
    assert.strictEqual(one('1979 – podjęcie decyzji o budowie.').value, '1979');
    assert.strictEqual(one('W 1077 Henryk IV upokorzył się.').value, '1077');
    assert.deepStrictEqual(brief('Populacja zmalała z 1800 do 100 osobników.'), []);
  });
  test('decades versus ages; "maja" versus the verb; centuries in pairs', () => {
    assert.strictEqual(one('Malarstwo lat 70. było inne.').value, '197X');
    assert.deepStrictEqual(brief('Prezydent ma lat 30. i jest młody.'), []);
    assert.deepStrictEqual(brief('Grozi mu kara do lat 10. więzienia.'), []);
    assert.deepStrictEqual(brief('Może oni maja rację.'), []);
    assert.strictEqual(one('W końcu maja Orlen dodał loty.').value, 'XXXX-05');
    assert.deepStrictEqual(brief('Legendy z XVI i XVII w. przetrwały.').map(x => x[2]), ['15XX', '16XX']);
  });
  test('figure and exercise numbers are neither dates nor times', () => {
    assert.deepStrictEqual(brief('Pokazano to na rys. 3.25 oraz w tabeli 4.10 i na rysunku 9.11.'), []);
    assert.deepStrictEqual(brief('Ćwiczenie 3.10. Napisz program.'), []);
  });
  test('agreement: "do 50 minuty" is the 50th minute; ranges of durations', () => {
    assert.deepStrictEqual(brief('Do 50 minuty mecz był wyrównany.'), []);
    assert.strictEqual(one('Od 5-6 dni jestem na diecie.').value, 'P5D/P6D');
    assert.strictEqual(one('Czekał 23 minuty.').value, 'PT23M');
  });
});

suite('temporal: Polish durations', () => {
  test('numbers in every case, fractions and approximators', () => {
    const cases: Array<[string, string, string | null]> = [
      ['Rozmowa trwała ok. 50 minut.', 'PT50M', 'about'],
      ['Rozmowa trwała około pięćdziesięciu minut.', 'PT50M', 'about'],
      ['Rozmowa trwała półtorej godziny.', 'PT1H30M', null],
      ['Mecz trwał 90 minut.', 'PT1H30M', null],
      ['Po trzydziestu minutach wyszedł.', 'rel:+PT30M', null],
      ['Czekał przez trzydzieści minut.', 'PT30M', null],
      ['Czekał ponad dwie godziny.', 'PT2H', 'more'],
      ['Czekał prawie tydzień.', 'P7D', 'less'],
      ['Padało przez tydzień.', 'P7D', null],
      ['Spędził tam pół godziny.', 'PT30M', null],
      ['Spędził tam dwa i pół roku.', 'P2Y6M', null],
      ['Spędził tam 1,5 roku.', 'P1Y6M', null],
      ['Przerwa trwała kwadrans.', 'PT15M', null],
      ['Strajk trwał trzy doby.', 'P3D', null],
      ['Było to dwugodzinne spotkanie.', 'PT2H', null],
      ['Odbyła się 50-minutowa rozmowa.', 'PT50M', null],
      ['Rozmawiali godzinę i 20 minut.', 'PT1H20M', null],
    ];
    for (const [text, value, approx] of cases) {
      const f = one(text);
      assert.strictEqual(f.value, value, text);
      if (f.kind === 'duration') assert.strictEqual(f.attributes.approx ?? null, approx, text);
    }
  });
  test('"około pięćdziesięciu minut" equals "ok. 50 minut"; "półtorej godziny" equals "90 minut"', () => {
    assert.strictEqual(one('trwała około pięćdziesięciu minut').attributes.minutes, one('trwała ok. 50 minut').attributes.minutes);
    assert.strictEqual(one('trwała półtorej godziny').value, one('trwała 90 minut').value);
  });
  test('not durations: ordinal minutes, years as dates, ages', () => {
    assert.deepStrictEqual(brief('Gola strzelił w 50 minucie meczu.'), []);
    assert.deepStrictEqual(brief('Ma dwa koty i trzy psy.'), []);
  });
  test('isoDuration formats', () => {
    assert.strictEqual(isoDuration(1.5, 'hour'), 'PT1H30M');
    assert.strictEqual(isoDuration(2, 'week'), 'P14D');
    assert.strictEqual(isoDuration(18, 'month'), 'P1Y6M');
    assert.strictEqual(isoDuration(0.5, 'day'), 'PT12H');
    assert.strictEqual(isoDuration(1.5, 'day'), 'P1DT12H');
    assert.strictEqual(isoDuration(45, 'second'), 'PT45S');
  });
});

suite('temporal: English', () => {
  test('dates', () => {
    assert.strictEqual(one('The call took place on December 7, 2021.', 'en').value, '2021-12-07');
    assert.strictEqual(one('The call took place on 7 December.', 'en').value, 'XXXX-12-07');
    assert.strictEqual(one('It happened in March.', 'en').value, 'XXXX-03');
    assert.strictEqual(one('It happened in May 2021.', 'en').value, '2021-05');
    assert.strictEqual(one('They met on Thursday.', 'en').value, 'weekday:4');
    assert.strictEqual(one("Thursday's call was long.", 'en').value, 'weekday:4');
    assert.strictEqual(one('It rose in the 1990s.', 'en').value, '199X');
    assert.strictEqual(one('It was built in 2020.', 'en').value, '2020');
  });
  test('relative dates', () => {
    assert.strictEqual(one('A week later, they met.', 'en').value, 'rel:+P7D');
    assert.strictEqual(one('Two days earlier, they met.', 'en').value, 'rel:-P2D');
    assert.strictEqual(one('They met yesterday.', 'en').value, 'rel:-P1D');
    assert.strictEqual(one('They met three years ago.', 'en').value, 'rel:-P3Y');
  });
  test('times', () => {
    assert.strictEqual(one('It began at 3 p.m. sharp.', 'en').value, '15:00');
    assert.strictEqual(one('It began at 3:35 pm.', 'en').value, '15:35');
    const t = one('It began at 15:35 Moscow time.', 'en');
    assert.strictEqual(t.attributes.zone, 'Europe/Moscow');
    assert.strictEqual(one('It began at 10 a.m. ET.', 'en').attributes.zone, 'America/New_York');
    assert.strictEqual(one('It began at noon.', 'en').value, '12:00');
  });
  test('durations', () => {
    assert.strictEqual(one('They spoke for two hours.', 'en').value, 'PT2H');
    assert.strictEqual(one('They spoke for half an hour.', 'en').value, 'PT30M');
    assert.strictEqual(one('They spoke for an hour and a half.', 'en').value, 'PT1H30M');
    assert.strictEqual(one('They stayed for 10 days.', 'en').value, 'P10D');
    assert.strictEqual(one('They spoke for about 50 minutes.', 'en').attributes.approx, 'about');
    assert.strictEqual(one('A 24-hour ceasefire began.', 'en').value, 'PT24H');
  });
  test('not durations: "a second try", "one day he will"', () => {
    assert.deepStrictEqual(brief('He scored a second try.', 'en'), []);
    assert.deepStrictEqual(brief('Hopefully one day he will manage abroad.', 'en'), []);
    assert.strictEqual(one('Curfew from 6pm to 2am.', 'en').value, '18:00/02:00');
  });
  test('not temporal: modal "may", verb "march", decimals', () => {
    assert.deepStrictEqual(brief('They may march on the capital.', 'en'), []);
    assert.deepStrictEqual(brief('Growth was 3.25 percent and 1.5 points.', 'en'), []);
    assert.deepStrictEqual(brief('Read page 2012 of the report.', 'en'), []);
  });
});
