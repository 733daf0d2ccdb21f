import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyzeDocument } from '../../src/core/document';
import { extractEntities } from '../../src/core/extract/entities';
import type { Fact } from '../../src/core/types';

const sample = readFileSync(join(__dirname, '../../../data/samples/biden-putin-call.pl.txt'), 'utf8');
const facts = (text: string, language?: 'pl' | 'en') => extractEntities(analyzeDocument('t.txt', text, { language }));
const find = (fs: Fact[], text: string, kind?: string) => fs.find(f => f.text === text && (!kind || f.kind === kind));

suite('entities: sample article', () => {
  const fs = facts(sample);
  test('offsets are exact', () => {
    for (const f of fs) assert.strictEqual(sample.slice(f.start, f.end), f.text);
  });
  test('people with roles', () => {
    assert.strictEqual(find(fs, 'Joe Biden', 'person')?.canonical, 'Joe Biden');
    assert.strictEqual(find(fs, 'Władimir Putin', 'person')?.canonical, 'Władimir Putin');
    const p = find(fs, 'Dmitrij Pieskow', 'person');
    assert.strictEqual(p?.attributes.role, 'rzecznik Kremla');
    assert.strictEqual(p?.attributes.roleOrg, 'Kreml');
    const h = find(fs, 'Emily Horne', 'person');
    assert.ok(String(h?.attributes.role).startsWith('rzeczniczka amerykańskiej Rady Bezpieczeństwa Narodowego'));
    assert.strictEqual(h?.attributes.roleOrg, 'Rada Bezpieczeństwa Narodowego');
  });
  test('organisations, acronyms grouped with their full name', () => {
    const rbn = find(fs, 'Rady Bezpieczeństwa Narodowego', 'organization');
    assert.strictEqual(rbn?.lemma, 'Rada Bezpieczeństwa Narodowego');
    assert.strictEqual(find(fs, 'NSC', 'organization')?.canonical, 'Rada Bezpieczeństwa Narodowego');
    assert.strictEqual(find(fs, 'Siły Powietrzne USA', 'organization')?.lemma, 'Siły Powietrzne USA');
    assert.ok(find(fs, 'NATO', 'organization'));
    assert.ok(find(fs, 'CNN', 'organization'));
  });
  test('places with base forms', () => {
    for (const [text, lemma] of [['Waszyngton', 'Waszyngton'], ['Kijów', 'Kijów'], ['Ukrainą', 'Ukraina'], ['Europie', 'Europa'],
      ['Wilmington', 'Wilmington'], ['Delaware', 'Delaware'], ['Kaukazie', 'Kaukaz'], ['Azji Centralnej', 'Azja Centralna'],
      ['Polski', 'Polska'], ['Rosji', 'Rosja'], ['Federacją Rosyjską', 'Federacja Rosyjska'], ['Moskwa', 'Moskwa']]) {
      assert.strictEqual(find(fs, text, 'place')?.lemma, lemma, text);
    }
  });
  test('sentence-initial common words are not names', () => {
    assert.ok(!fs.some(f => /^(Niedawno|Między|Teraz|Propozycje|Obie|Ponadto)\b/.test(f.text)));
  });
});

suite('entities: Polish names', () => {
  test('inflected first names and surnames get base forms and one canonical name', () => {
    const fs = facts('Prezydent Rosji Władimir Putin rozmawiał z Joe Bidenem. Putina krytykowano. Według Putinowi bliskich osób nic się nie stało.');
    assert.strictEqual(find(fs, 'Władimir Putin')?.canonical, 'Władimir Putin');
    assert.strictEqual(find(fs, 'Joe Bidenem')?.lemma, 'Joe Biden');
    assert.strictEqual(find(fs, 'Putina')?.lemma, 'Putin');
    assert.strictEqual(find(fs, 'Putina')?.canonical, 'Władimir Putin');
    assert.strictEqual(find(fs, 'Władimir Putin')?.attributes.role, 'prezydent Rosji');
  });
  test('women: Asii Bibi, Theresy May, Angeli Merkel', () => {
    const fs = facts('Sprawa Asii Bibi poruszyła świat. Rząd Theresy May upadł, a kanclerz Angeli Merkel nie było w Londynie.');
    assert.strictEqual(find(fs, 'Asii Bibi')?.lemma, 'Asia Bibi');
    assert.strictEqual(find(fs, 'Theresy May')?.lemma, 'Theresa May');
    assert.strictEqual(find(fs, 'Angeli Merkel')?.lemma, 'Angela Merkel');
    assert.strictEqual(find(fs, 'Londynie', 'place')?.lemma, 'Londyn');
  });
  test('Russian surnames in -ow and adjectival -ski surnames', () => {
    const fs = facts('Minister Siergiej Ławrow spotkał się z Jarosławem Kaczyńskim. Ławrowa o to pytano, a Kaczyńskiego nie.');
    assert.strictEqual(find(fs, 'Jarosławem Kaczyńskim')?.lemma, 'Jarosław Kaczyński');
    assert.strictEqual(find(fs, 'Ławrowa')?.lemma, 'Ławrow');
    assert.strictEqual(find(fs, 'Kaczyńskiego')?.canonical, 'Jarosław Kaczyński');
  });
  test('hyphenated names', () => {
    const fs = facts('Szef Komisji Europejskiej Jean-Claude Juncker przyjechał do Warszawy.');
    assert.strictEqual(find(fs, 'Jean-Claude Juncker', 'person')?.lemma, 'Jean-Claude Juncker');
    assert.strictEqual(find(fs, 'Komisji Europejskiej', 'organization')?.lemma, 'Komisja Europejska');
    assert.strictEqual(find(fs, 'Warszawy', 'place')?.lemma, 'Warszawa');
  });
});

suite('entities: English', () => {
  test('titles, roles and places', () => {
    const fs = facts('U.S. President Joe Biden spoke with Russian President Vladimir Putin on Thursday, NSC spokeswoman Emily Horne said. The White House confirmed the call from Wilmington, Delaware.', 'en');
    assert.strictEqual(find(fs, 'Emily Horne', 'person')?.attributes.role, 'NSC spokeswoman');
    assert.ok(find(fs, 'Joe Biden', 'person'));
    assert.ok(find(fs, 'Vladimir Putin', 'person'));
    assert.ok(find(fs, 'Wilmington', 'place'));
    assert.ok(find(fs, 'Delaware', 'place'));
  });
});

suite('entities: places, adjectives, groups', () => {
  test('relational adjectives link to their place; demonyms are groups of people', () => {
    const fs = facts('Ruchy rosyjskich wojsk zaniepokoiły Polaków i polskich polityków na granicy rosyjsko-ukraińskiej.');
    const adj = find(fs, 'rosyjskich', 'place');
    assert.strictEqual(adj?.value, 'Rosja');
    assert.strictEqual(adj?.attributes.adjective, true);
    assert.deepStrictEqual(find(fs, 'rosyjsko-ukraińskiej', 'place')?.attributes.places, ['Rosja', 'Ukraina']);
    const group = find(fs, 'Polaków', 'person');
    assert.strictEqual(group?.lemma, 'Polacy');
    assert.strictEqual(group?.attributes.group, true);
  });
  test('streets, districts, places inside organisation names', () => {
    const fs = facts('Sklep mieści się przy ul. Piotrkowskiej w Łodzi. Wyrok wydał Sąd Okręgowy w Piotrkowie Trybunalskim.');
    assert.strictEqual(find(fs, 'Piotrkowskiej', 'place')?.attributes.placeType, 'street');
    assert.strictEqual(find(fs, 'Łodzi', 'place')?.lemma, 'Łódź');
    assert.ok(fs.some(f => f.kind === 'organization' && f.text.startsWith('Sąd Okręgowy')));
    assert.ok(fs.some(f => f.kind === 'place' && f.text.startsWith('Piotrkowie')));
  });
  test('organisation acronyms resolve to the full name; non-name acronyms are skipped', () => {
    const fs = facts('Narodowy Fundusz Zdrowia (NFZ) podał dane. PKB wzrósł o 2 proc., a NFZ zapłacił w USD.');
    assert.strictEqual(find(fs, 'Narodowy Fundusz Zdrowia', 'organization')?.attributes.acronym, 'NFZ');
    assert.ok(fs.filter(f => f.text === 'NFZ').every(f => f.canonical === 'Narodowy Fundusz Zdrowia'));
    assert.ok(!fs.some(f => f.text === 'PKB' || f.text === 'USD'));
  });
  test('a role after the name, speech verbs, initials', () => {
    const fs = facts('Dmitrij Pieskow, rzecznik Kremla, zaprzeczył. – Nie ma zgody – mówi Szpilman. Pani K. odmówiła komentarza.');
    assert.strictEqual(find(fs, 'Dmitrij Pieskow', 'person')?.attributes.role, 'rzecznik Kremla');
    assert.ok(find(fs, 'Szpilman', 'person'));
    assert.ok(find(fs, 'K', 'person'));
  });
  test('capitalised common words and events are not names', () => {
    const fs = facts('Na święto Chleba przyszli wszyscy. Brexit zmienił Wielką Brytanię. Tylko dzięki temu wygrali.');
    assert.ok(!fs.some(f => /^(Chleba|Brexit|Tylko)$/.test(f.text)));
    assert.strictEqual(find(fs, 'Wielką Brytanię', 'place')?.lemma, 'Wielka Brytania');
  });
});
